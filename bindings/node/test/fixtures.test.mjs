// parse() against acorn (acorn-jsx for .jsx) run live over tests/fixtures: the same tree
// (key order, RegExp and BigInt values included), with and without locations and ranges, and
// the same SyntaxError (message, pos, loc, raisedAt) where acorn rejects the input.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { parse } from '../index.mjs';
import { acornParse, fixturesDir, show, walk } from './helpers.mjs';

const files = ['ast', 'jsx', 'comments', 'tokens', 'preserve-parens']
  .flatMap((dir) => walk(path.join(fixturesDir, dir), ['.js', '.mjs', '.jsx']));

function optionsFor(file) {
  return {
    sourceType: file.endsWith('.mjs') ? 'module' : 'script',
    jsx: file.endsWith('.jsx'),
    preserveParens: file.includes(`${path.sep}preserve-parens${path.sep}`),
  };
}

test('the fixtures are found', () => assert.ok(files.length > 300, `${files.length} files`));

for (const file of files) {
  const name = path.relative(fixturesDir, file);
  test(`fixture ${name}`, () => {
    const src = readFileSync(file, 'utf8');
    const options = optionsFor(file);
    let expected;
    try {
      expected = acornParse(src, options);
    } catch (error) {
      assert.throws(() => parse(src, options), (thrown) => {
        assert.ok(thrown instanceof SyntaxError);
        assert.equal(thrown.message, error.message);
        assert.equal(thrown.pos, error.pos);
        assert.deepEqual({ ...thrown.loc }, { line: error.loc.line, column: error.loc.column });
        assert.equal(thrown.raisedAt, error.raisedAt);
        return true;
      });
      return;
    }
    assert.equal(show(parse(src, options)), show(expected));
    const positions = { ...options, locations: true, ranges: true };
    assert.equal(show(parse(src, positions)), show(acornParse(src, positions)));
  });
}
