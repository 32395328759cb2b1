// The binary transfer (src/encode.cpp, lib/decoder.generated.cjs) where the fixtures do not
// reach: strings from the source and from the side string in a non-ASCII text, names that
// repeat (escaped or not), trees larger than the buffer kept between calls, parses that
// follow one another, and trees too deep for the stack; tokens and comments in the same
// words, against espree.
import assert from 'node:assert/strict';
import test from 'node:test';
import * as espree from 'espree';
import { parse, tokenize } from '../index.mjs';
import { parseForESLint } from '../eslint.mjs';
import { acornParse, show } from './helpers.mjs';

function sameAsAcorn(src, options = {}) {
  const all = { ...options, locations: true, ranges: true };
  assert.equal(show(parse(src, options)), show(acornParse(src, options)));
  const comments = [];
  const acornComments = [];
  assert.equal(show(parse(src, { ...all, onComment: comments })),
    show(acornParse(src, { ...all, onComment: acornComments })));
  assert.equal(show(comments), show(acornComments));
}

test('source slices and side strings side by side in a non-ASCII text', () => {
  sameAsAcorn('/* é */ var \\u0061b = "é\\x41😀", c = `${é}\\u{1F600}é`; // ü\n' +
    'ab + 𝑥 + "\\ud800" + \'plain\'; /ü+/u; 12345678901234567890n; 1.5e300');
});

test('a name spelled with and without escapes is one name', () => {
  sameAsAcorn('var a, \\u0061b, ab; a + \\u{61} + ab + \\u0061b; ({ a, ab: b }) => a');
  const program = parse('a; \\u0061; a');
  assert.deepEqual(program.body.map((s) => s.expression.name), ['a', 'a', 'a']);
});

test('a tree larger than the buffer kept from the last call, then smaller ones', () => {
  const big = Array.from({ length: 20000 }, (_, i) => `var v${i % 97} = [${i}, "s${i}", /r${i}/g, ${i}n];`).join('\n');
  const small = 'x = 1.5';
  const first = parse(small);
  sameAsAcorn(big);
  sameAsAcorn(small);
  assert.equal(show(first), show(acornParse(small)), 'an earlier tree is not touched by later parses');
});

test('comments with every option, after an empty program', () => {
  sameAsAcorn('// only a comment');
  sameAsAcorn('');
  sameAsAcorn('#!/usr/bin/env node\n<!-- a\n/* b */ --> c\n', {});
});

test('a tree too deep for the stack is a RangeError that says so, not a crash', () => {
  const src = `a${'.a'.repeat(7990)}`;
  let tree;
  try {
    tree = parse(src, { locations: true, ranges: true });
  } catch (error) {
    assert.ok(error instanceof RangeError);
    assert.match(error.message, /nested too deeply/);
    return;
  }
  assert.equal(tree.body[0].expression.type, 'MemberExpression');
});

// Plain data: espree's loc objects are class instances.
const plain = (value) => JSON.parse(show(value));

// tokenize() against espree.tokenize (with loc and range: without them espree's Template
// tokens have no start and end, and with them it writes a Template's loc first, so key order
// aside), parse()'s tokens against tokenize()'s with every choice of positions, and
// parseForESLint against espree.parse.
function tokensAsEspree(src, options = {}) {
  const want = espree.tokenize(src, { ecmaVersion: 'latest', ...options, loc: true, range: true, comment: true });
  const got = tokenize(src, { ...options, loc: true, range: true, comment: true });
  assert.deepStrictEqual(plain(got), plain(want));
  assert.deepStrictEqual(plain(got.comments), plain(want.comments));
  for (const positions of [{}, { loc: true }, { range: true }, { loc: true, range: true }]) {
    const program = parse(src, { sourceType: options.sourceType, jsx: options.ecmaFeatures?.jsx,
      locations: positions.loc, ranges: positions.range, tokens: true });
    const tokens = tokenize(src, { ...options, ...positions });
    assert.equal(show(program.tokens), show(tokens), `parse's tokens ${JSON.stringify(positions)}`);
  }
  const tree = espree.parse(src, { ecmaVersion: 'latest', ...options, range: true, loc: true, comment: true, tokens: true });
  assert.deepStrictEqual(plain(parseForESLint(src, options).ast), plain(tree), 'parseForESLint');
}

test('tokens and comments in a non-ASCII text: names, escapes, private names, templates', () => {
  tokensAsEspree('#!/usr/bin/env node\n/* é */ var \\u0061b = "é😀", c = `${é}\\u{1F600}é${`ü${x}`}`; // ü\n' +
    'class 𝑥 { #p = ab.if; static #q() { return this.#p + \\u{63} } }\nab / 2 / /ü+/u.source; 1n;');
});

test('JSX tokens: names, text with entities, attribute strings', () => {
  tokensAsEspree('<a b="é &amp;" c:d={1}>x &lt; ü{/* c */}</a>;', { ecmaFeatures: { jsx: true }, sourceType: 'module' });
});

test('keywords the tree reads as names are Identifier tokens for ESLint only', () => {
  const src = 'a.if; x = { with: null, true: 1, let: 2 }; import.meta; function f() { new.target }';
  tokensAsEspree(src, { sourceType: 'module' });
  assert.equal(parse(src, { sourceType: 'module', tokens: true }).tokens[2].type, 'Keyword');
  assert.equal(parseForESLint(src, { sourceType: 'module' }).ast.tokens[2].type, 'Identifier');
});

test('tokens in many more words than the first buffer holds, then a parse and a tokenize', () => {
  const big = Array.from({ length: 5000 }, (_, i) => `v${i % 97} = [${i}, "s${i}", /r${i}/g, \`t${i}\`];`).join('\n');
  const small = 'x = /y/';
  const tokens = tokenize(small, { loc: true });
  const all = { loc: true, range: true, comment: true };
  const bigTokens = tokenize(big, all);
  assert.deepStrictEqual(plain(bigTokens), plain(espree.tokenize(big, { ecmaVersion: 'latest', ...all })));
  assert.equal(show(parse(big, { locations: true, ranges: true, tokens: true }).tokens), show(bigTokens));
  tokensAsEspree(small);
  assert.equal(show(tokens), show(plain(espree.tokenize(small, { ecmaVersion: 'latest', loc: true }))),
    'an earlier answer is not touched by later calls');
});

test('the tokens of parse() come from that parse, whatever its options', () => {
  // A top-level return (CommonJS): the parse's own tokens, no second, standalone tokenizing.
  const program = parse('return /a/.test(b)', { sourceType: 'commonjs', tokens: true, locations: true, sourceFile: 'f.js' });
  assert.deepEqual(program.tokens.map((t) => t.type), ['Keyword', 'RegularExpression', 'Punctuator',
    'Identifier', 'Punctuator', 'Identifier', 'Punctuator']);
  assert.equal(program.loc.source, 'f.js');
  assert.equal(program.tokens[0].loc.source, undefined, 'tokens have no source, as espree\'s');
  const onToken = [];
  const withCallback = parse('a', { onToken: (t) => onToken.push(t) });
  assert.equal(withCallback.tokens, undefined);
  assert.deepEqual(onToken, [{ type: 'Identifier', value: 'a', start: 0, end: 1 }]);
});
