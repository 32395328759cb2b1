// essa-parser/eslint: parseForESLint() deep-equal to espree.parse() over the fixtures, and
// ESLint's recommended rules (with inline eslint-disable comments) reporting the same
// problems with essa-parser as with espree over a real codebase: ESLint's own lib/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import test from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { Linter } from 'eslint';
import * as espree from 'espree';
import essaParser, { parseForESLint } from '../eslint.mjs';
import { fixturesDir, show, walk } from './helpers.mjs';

const require = createRequire(import.meta.url);
// Plain data (espree's loc objects are class instances), RegExp and BigInt values shown.
const plain = (value) => JSON.parse(show(value));

// espree's ecmaVersion: ES3 and ES5 names and keywords, the hashbang from 2023, a later year.
test('parseForESLint at each ecmaVersion gives espree\'s tree and tokens', () => {
  const cases = [['var let = 1; yield: static;', 5], ['var x = {a: 1}; a.b', 3],
    ['let x = 1; a ** b', 2016], ['#!x\nlet y', 2023], ['a ?? b', 2026]];
  for (const [src, ecmaVersion] of cases) {
    const options = { ecmaVersion, sourceType: 'script' };
    const expected = espree.parse(src, { ...options, range: true, loc: true, comment: true, tokens: true });
    assert.deepEqual(plain(parseForESLint(src, options).ast), plain(expected), `${src} (${ecmaVersion})`);
  }
  assert.throws(() => parseForESLint('a', { ecmaVersion: 4 }), /ecmaVersion 4 is not supported/);
});

test('parseForESLint gives espree\'s tree, comments and tokens', () => {
  const files = ['ast', 'jsx', 'comments', 'tokens']
    .flatMap((dir) => walk(path.join(fixturesDir, dir), ['.js', '.mjs', '.jsx']));
  let compared = 0;
  const failures = [];
  for (const file of files) {
    const src = readFileSync(file, 'utf8');
    const options = {
      ecmaVersion: 'latest',
      sourceType: file.endsWith('.mjs') ? 'module' : 'script',
      ecmaFeatures: { jsx: file.endsWith('.jsx') },
    };
    let expected;
    try {
      expected = espree.parse(src, { ...options, range: true, loc: true, comment: true, tokens: true });
    } catch {
      continue;
    }
    compared++;
    let actual;
    try {
      actual = parseForESLint(src, options).ast;
    } catch (error) {
      failures.push(`${path.relative(fixturesDir, file)}: ${error.message}`);
      continue;
    }
    if (!isDeepStrictEqual(plain(actual), plain(expected))) failures.push(path.relative(fixturesDir, file));
  }
  assert.ok(compared > 250, `only ${compared} files compared`);
  assert.deepEqual(failures, []);
});

test('meta and visitor keys', () => {
  assert.equal(essaParser.meta.name, 'essa-parser/eslint');
  assert.ok(parseForESLint('1').visitorKeys.Program.includes('body'));
  assert.equal(require('essa-parser/eslint').parseForESLint, parseForESLint);
});

// ESLint's recommended rules: the built-in rules whose docs say recommended.
function recommendedRules() {
  const { builtinRules } = require('eslint/use-at-your-own-risk');
  const rules = {};
  for (const [name, rule] of builtinRules) if (rule.meta?.docs?.recommended) rules[name] = 'error';
  return rules;
}

function lint(linter, src, filename, parser) {
  const config = {
    files: ['**/*.js'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs', ...(parser ? { parser } : {}) },
    rules: recommendedRules(),
  };
  return linter.verify(src, [config], { filename }).map(
    ({ ruleId, message, line, column, endLine, endColumn }) => ({ ruleId, message, line, column, endLine, endColumn }));
}

test('ESLint reports the same problems with essa-parser as with espree', () => {
  const eslintLib = path.join(path.dirname(require.resolve('eslint/package.json')), 'lib');
  const files = walk(eslintLib, ['.js']);
  assert.ok(files.length > 200, `${files.length} files`);
  const linter = new Linter({ configType: 'flat' });
  const extra = '/* eslint-disable no-unused-vars */\nvar unused = `a${b}c`;\n/* eslint-enable */\n' +
    'var unusedToo; // eslint-disable-line no-var\nif (x) { debugger; }\nlet y = 0; y = y;\n';
  const inputs = [...files.map((file) => [readFileSync(file, 'utf8'), file]), [extra, 'extra.js']];
  let problems = 0;
  for (const [src, file] of inputs) {
    const withEspree = lint(linter, src, file, null);
    const withEssa = lint(linter, src, file, essaParser);
    problems += withEspree.length;
    assert.deepEqual(withEssa, withEspree, file);
  }
  console.log(`# ${inputs.length} files, ${problems} problems`);
  assert.ok(problems > 0, 'the run reported no problem at all: it proves nothing');
});
