// parse() against acorn over a sample of test262 (every 20th file by path) that acorn
// accepts, with locations and ranges; files in the oracle's known-differences list
// (tests/oracle/known-ast-differences.txt) are left out, as compare-ast.mjs leaves them.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { parse } from '../index.mjs';
import { acornParse, readKnown, repoRoot, show, sourceTypeOf, test262Dir, walk } from './helpers.mjs';

const kStride = 20;
const testDir = path.join(test262Dir, 'test');
const known = readKnown(path.join(repoRoot, 'tests', 'oracle', 'known-ast-differences.txt'));

test('test262 sample', { skip: !existsSync(testDir) && `no test262 at ${test262Dir}` }, () => {
  const files = walk(testDir, ['.js']).filter((_, i) => i % kStride === 0);
  let compared = 0;
  const failures = [];
  for (const file of files) {
    const name = path.relative(test262Dir, file).split(path.sep).join('/');
    if (known.has(name)) continue;
    const src = readFileSync(file, 'utf8');
    const options = { sourceType: sourceTypeOf(file, src), locations: true, ranges: true };
    let expected;
    try {
      expected = show(acornParse(src, options));
    } catch {
      continue;
    }
    compared++;
    let actual;
    try {
      actual = show(parse(src, options));
    } catch (error) {
      actual = `threw ${error.message}`;
    }
    if (actual !== expected) failures.push(name);
  }
  assert.ok(compared > 1500, `only ${compared} files compared`);
  assert.deepEqual(failures, []);
});
