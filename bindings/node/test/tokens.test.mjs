// tokenize() against espree.tokenize() run live over the fixtures (tokens, comments, ast,
// jsx), with loc and range, and with comment: true.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import * as espree from 'espree';
import { tokenize } from '../index.mjs';
import { fixturesDir, walk } from './helpers.mjs';

// Not jsx/errors/: essa tokenizes JSX for a valid program only (TokenizeOptions::jsx), while
// espree's tokenizer also runs over invalid JSX.
const files = ['tokens', 'comments', 'ast', 'jsx']
  .flatMap((dir) => walk(path.join(fixturesDir, dir), ['.js', '.mjs', '.jsx']))
  .filter((file) => !file.includes(`jsx${path.sep}errors${path.sep}`));

function optionsFor(file) {
  return {
    ecmaVersion: 'latest',
    sourceType: file.endsWith('.mjs') ? 'module' : 'script',
    ecmaFeatures: { jsx: file.endsWith('.jsx') },
    loc: true,
    range: true,
  };
}

// Plain data: espree's loc objects are class instances.
const plain = (value) => JSON.parse(JSON.stringify(value));

test('tokens and comments as espree gives them', () => {
  let compared = 0;
  const failures = [];
  for (const file of files) {
    const src = readFileSync(file, 'utf8');
    const options = optionsFor(file);
    let expected;
    try {
      expected = espree.tokenize(src, { ...options, comment: true });
    } catch {
      continue;
    }
    compared++;
    let withComments, plainTokens;
    try {
      withComments = tokenize(src, { ...options, comment: true });
      plainTokens = tokenize(src, options);
    } catch (error) {
      failures.push(`${path.relative(fixturesDir, file)}: ${error.message}`);
      continue;
    }
    // Deep equality: espree writes a Template token's loc before its start (key order).
    const same = isDeepStrictEqual(plain(withComments), plain(expected)) &&
      isDeepStrictEqual(plain(withComments.comments), plain(expected.comments)) &&
      isDeepStrictEqual(plain(plainTokens), plain(expected)) &&
      plainTokens.comments === undefined;
    if (!same) failures.push(path.relative(fixturesDir, file));
  }
  assert.ok(compared > 250, `only ${compared} files compared`);
  assert.deepEqual(failures, []);
});

test('a token without positions has start and end only', () => {
  assert.deepEqual(tokenize('a = 1'), plain(espree.tokenize('a = 1', { ecmaVersion: 'latest' })));
});

test('a regular expression token carries its pattern and flags', () => {
  assert.deepEqual(tokenize('x = /a+/gu'),
    plain(espree.tokenize('x = /a+/gu', { ecmaVersion: 'latest' })));
});

test('a tokenizer error is a SyntaxError with pos and loc', () => {
  assert.throws(() => tokenize('a = "'), (error) => {
    assert.ok(error instanceof SyntaxError);
    assert.equal(error.pos, 4);
    assert.deepEqual(error.loc, { line: 1, column: 4 });
    assert.match(error.message, /Unterminated string constant \(1:4\)/);
    return true;
  });
});

// espree's ecmaVersion: keywords, punctuators and hashbangs of each edition.
test('tokens at each ecmaVersion as espree gives them', () => {
  const cases = [
    ['let x; yield; static; class A {}', 5], ['a.if; x = {if: 1}', 3], ['var enum', 3],
    ['a ** b', 6], ['a ** b', 7], ['x => x', 5], ['a ?? b', 10], ['a ?? b', 2020],
    ['let; yield', 2015], ['#!x\n1', 2023], ['async function f(){}', 7], ['class A {}', 3],
    ['let x = 1', 6], ['`a${b}`', 5], ['/a/u', 5], ['/a/s', 8], ['#!x\n1', 2022], ['0b1', 5],
  ];
  for (const [src, ecmaVersion] of cases) {
    const options = { ecmaVersion, loc: true, range: true };
    let expected;
    try {
      expected = plain(espree.tokenize(src, options));
    } catch (e) {
      assert.throws(() => tokenize(src, options), SyntaxError, `${src} (${ecmaVersion})`);
      continue;
    }
    assert.deepEqual(tokenize(src, options), expected, `${src} (${ecmaVersion})`);
  }
  assert.throws(() => tokenize('a', { ecmaVersion: 4 }), /ecmaVersion 4 is not supported/);
  assert.throws(() => tokenize('a', { ecmaVersion: 5, sourceType: 'module' }),
    /sourceType 'module' is not supported when ecmaVersion < 2015/);
});
