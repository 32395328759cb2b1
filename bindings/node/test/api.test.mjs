// The API: acorn's options compared with acorn run live, Literal values, comments and
// tokens, errors, and both entry points.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import test from 'node:test';
import * as espree from 'espree';
import essa, { parse, tokenize } from '../index.mjs';
import { acornParse, show } from './helpers.mjs';

const require = createRequire(import.meta.url);

// Both parse src with options: the same tree, or the same error message.
function sameAsAcorn(src, options) {
  let expected;
  try {
    expected = show(acornParse(src, options));
  } catch (error) {
    assert.throws(() => parse(src, options), { name: 'SyntaxError', message: error.message });
    return;
  }
  assert.equal(show(parse(src, options)), expected);
}

const optionCases = [
  ['return 1', { allowReturnOutsideFunction: true }],
  ['return 1', {}],
  ['await x', { allowAwaitOutsideFunction: true }],
  ['await x', {}],
  ['if (a) import x from "y"', { sourceType: 'module', allowImportExportEverywhere: true }],
  ['import x from "y"', { allowImportExportEverywhere: true }],
  ['import x from "y"', {}],
  ['#!/usr/bin/env node\n1', {}],
  ['#!/usr/bin/env node\n1', { allowHashBang: false }],
  ['var enum = 1', { allowReserved: true }],
  ['var enum = 1', {}],
  ['a.if', { allowReserved: 'never' }],
  ['((a)) + (b, c)', { preserveParens: true }],
  ['return new.target', { sourceType: 'commonjs' }],
  ['with (a) b', { sourceType: 'module' }],
  ['x = 1', { locations: true, ranges: true, sourceFile: 'x.js' }],
  ['a\n\u2028b', { locations: true }],
  ['<a b="c">{d}</a>', { jsx: true, locations: true }],
  ['<a/>', {}],
  // ecmaVersion: each feature one edition before it and at it.
  ['({ get a() { return 1 } })', { ecmaVersion: 3 }],
  ['({ get a() { return 1 } })', { ecmaVersion: 5 }],
  ['const a = 1', { ecmaVersion: 5 }],
  ['const a = 1', { ecmaVersion: 2015 }],
  ['a ** b', { ecmaVersion: 2015 }],
  ['a ** b', { ecmaVersion: 2016 }],
  ['try {} catch {}', { ecmaVersion: 2018 }],
  ['try {} catch {}', { ecmaVersion: 10 }],
  ['a ??= b', { ecmaVersion: 2020 }],
  ['a ??= b', { ecmaVersion: 2021 }],
  ['1_000', { ecmaVersion: 2020 }],
  ['class A { #x; static { } }', { ecmaVersion: 2021 }],
  ['class A { #x; static { } }', { ecmaVersion: 13 }],
  ['await 1', { ecmaVersion: 2021, sourceType: 'module' }],
  ['await 1', { ecmaVersion: 2022, sourceType: 'module' }],
  ['#!/usr/bin/env node\n1', { ecmaVersion: 2022 }],
  ['#!/usr/bin/env node\n1', { ecmaVersion: 2023 }],
  ['/a/v', { ecmaVersion: 2023 }],
  ['/a/v', { ecmaVersion: 2024 }],
  ['import a from "m" with { type: "json" }', { ecmaVersion: 2024, sourceType: 'module' }],
  ['import a from "m" with { type: "json" }', { ecmaVersion: 2025, sourceType: 'module' }],
  ['import("m", {})', { ecmaVersion: 2025 }],
  ['{ using x = y; }', { ecmaVersion: 2025 }],
  ['{ using x = y; }', { ecmaVersion: 2026 }],
];
for (const [src, options] of optionCases) {
  test(`option ${JSON.stringify(options)} on ${JSON.stringify(src)}`, () => sameAsAcorn(src, options));
}

test('lang: "jsx" is jsx: true', () => {
  assert.deepEqual(parse('<a/>', { lang: 'jsx' }), parse('<a/>', { jsx: true }));
});

test('strict: the script is strict mode code', () => {
  assert.throws(() => parse('with (a) b', { strict: true }), SyntaxError);
  assert.doesNotThrow(() => parse('with (a) b'));
});

test('options essa does not have are errors, not ignored', () => {
  assert.throws(() => parse('1', { ecmaVersion: 4 }), /ecmaVersion 4 is not supported/);
  assert.throws(() => parse('1', { ecmaVersion: 2014 }), /ecmaVersion 2014 is not supported/);
  assert.throws(() => parse('1', { ecmaVersion: 2027 }), /ecmaVersion 2027 is not supported/);
  assert.throws(() => tokenize('1', { ecmaVersion: 4 }), /ecmaVersion 4 is not supported/);
  assert.throws(() => parse('1', { sourceType: 'esm' }), /sourceType "esm"/);
  assert.throws(() => parse('1', { lang: 'flow' }), /lang "flow" is not one of/);
  assert.throws(() => parse(1), TypeError);
  for (const ecmaVersion of ['latest', 2026, 17, undefined]) parse('1', { ecmaVersion });
});

test('regular expression and BigInt values', () => {
  const [re, big, bad, plain] = parse('/a+/gu; 0x1fn; /(?<a>)|(?<a>)/; "s"').body
    .map((statement) => statement.expression.value);
  assert.ok(re instanceof RegExp);
  assert.equal(String(re), '/a+/gu');
  assert.equal(big, 31n);
  // Duplicate names in alternatives (ES2025): acorn takes them; the RegExp of an engine
  // without them throws, and then the value is null, as acorn gives it.
  assert.equal(show([bad]), show([acornParse('/(?<a>)|(?<a>)/').body[0].expression.value]));
  assert.equal(plain, 's');
});

test('a regular expression the engine cannot build has the value null, as in acorn', () => {
  const src = '/[\\p{Basic_Emoji}--\\q{x}]/v';
  assert.equal(show(parse(src)), show(acornParse(src)));
});

test('onComment as an array and as a function, comments: true', () => {
  const src = '/* a */ x // b\n';
  const acornComments = [];
  acornParse(src, { onComment: acornComments, locations: true, ranges: true });
  const comments = [];
  const program = parse(src, { onComment: comments, locations: true, ranges: true });
  assert.equal(program.comments, undefined);
  assert.equal(show(comments), show(acornComments));
  const calls = [];
  parse(src, { onComment: (...args) => calls.push(args) });
  const acornCalls = [];
  acornParse(src, { onComment: (...args) => acornCalls.push(args) });
  assert.deepEqual(calls, acornCalls);
  assert.equal(show(parse(src, { comments: true }).comments), show(acornComments.map(
    ({ type, value, start, end }) => ({ type, value, start, end }))));
});

test('onToken and tokens: true give espree tokens', () => {
  const tokens = [];
  const program = parse('a = /b/', { onToken: tokens, tokens: true });
  const expected = JSON.parse(JSON.stringify(espree.tokenize('a = /b/', { ecmaVersion: 'latest' })));
  assert.deepEqual(tokens, expected);
  assert.deepEqual(program.tokens, expected);
});

test('a syntax error is acorn\'s: message, pos, loc, raisedAt, SyntaxError', () => {
  const src = 'let x = 1;\nlet x = 2;';
  let acornError;
  try {
    acornParse(src);
  } catch (error) {
    acornError = error;
  }
  assert.throws(() => parse(src), (error) => {
    assert.ok(error instanceof SyntaxError);
    assert.equal(error.message, acornError.message);
    assert.equal(error.pos, acornError.pos);
    assert.deepEqual(error.loc, { line: acornError.loc.line, column: acornError.loc.column });
    // acorn declares the second `x` once it has read the `=` after it.
    assert.equal(error.raisedAt, acornError.raisedAt);
    assert.equal(error.raisedAt, 18);
    return true;
  });
  // tokenize()'s errors are acorn's tokenizer's: after a lone backslash at the end it stands one
  // past the end.
  assert.throws(() => tokenize('a = "b\\'), (error) => error.pos === 4 && error.raisedAt === 8);
});

test('positions count UTF-16 code units', () => {
  sameAsAcorn('"😀" + 𝑥 +', {});
  sameAsAcorn('"😀"; 𝑥', { locations: true, ranges: true });
});

test('the CommonJS entry is the ES module entry', () => {
  const cjs = require('../index.cjs');
  assert.equal(cjs.parse, parse);
  assert.equal(cjs.tokenize, tokenize);
  assert.equal(essa.parse, parse);
  assert.equal(require('essa-parser').parse, parse);
});

test('the package imports by its name', async () => {
  const esm = await import('essa-parser');
  assert.equal(esm.parse, parse);
});
