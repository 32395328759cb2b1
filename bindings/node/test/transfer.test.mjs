// The binary transfer (src/encode.cpp, lib/decoder.generated.cjs) where the fixtures do not
// reach: strings from the source and from the side string in a non-ASCII text, names that
// repeat (escaped or not), trees larger than the buffer kept between calls, parses that
// follow one another, and trees too deep for the stack.
import assert from 'node:assert/strict';
import test from 'node:test';
import { parse } from '../index.mjs';
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
