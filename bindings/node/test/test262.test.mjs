// parse() against acorn over a sample of test262 (every 20th file by path) that acorn
// accepts, with locations and ranges; files in the oracle's known-differences list
// (tests/oracle/known-ast-differences.txt) are left out, as compare-ast.mjs leaves them.
// And the SyntaxError (message, pos, loc, raisedAt) against acorn's over every test262
// negative syntax test that acorn rejects, in each mode test262 runs it; the runs that
// differ are listed in known-error-differences.txt, which must stay exact.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { parse } from '../index.mjs';
import { acornParse, readKnown, repoRoot, show, sourceTypeOf, test262Dir, walk } from './helpers.mjs';
import { fileURLToPath } from 'node:url';

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

// The runs test262 makes of a script (INTERPRETING.md): strict alone for onlyStrict (a
// "use strict" directive put first), sloppy alone for noStrict and raw, else both.
const kUseStrict = '"use strict";\n';
function runsOf(file, src) {
  const sourceType = sourceTypeOf(file, src);
  if (sourceType === 'module') return [['module', src, { sourceType }]];
  const flags = /^\s*flags:\s*\[([^\]]*)\]/m.exec(src)?.[1].split(',').map((f) => f.trim()) ?? [];
  if (flags.includes('onlyStrict')) return [['strict', kUseStrict + src, { sourceType }]];
  if (flags.includes('noStrict') || flags.includes('raw')) return [['sloppy', src, { sourceType }]];
  return [['sloppy', src, { sourceType }], ['strict', kUseStrict + src, { sourceType }]];
}

function thrown(parser, src, options) {
  try {
    parser(src, options);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return error;
  }
  return null;
}

const knownErrors = readKnown(fileURLToPath(new URL('known-error-differences.txt', import.meta.url)));

test('test262 syntax errors', { skip: !existsSync(testDir) && `no test262 at ${test262Dir}` }, () => {
  let compared = 0;
  const raisedAt = [];
  const differences = [];
  for (const file of walk(testDir, ['.js'])) {
    const src = readFileSync(file, 'utf8');
    if (!/^\s*negative:\s*\n\s*phase:\s*parse\b/m.test(src)) continue;
    const name = path.relative(test262Dir, file).split(path.sep).join('/');
    for (const [mode, text, options] of runsOf(file, src)) {
      const expected = thrown(acornParse, text, options);
      const actual = expected && thrown(parse, text, options);
      if (!actual) continue;  // essa accepts what acorn rejects: compare-ast's known differences
      compared++;
      const run = `${name} [${mode}]`;
      if (actual.raisedAt !== expected.raisedAt) raisedAt.push(`${run}: ${actual.raisedAt}, acorn ${expected.raisedAt}`);
      const same = actual.message === expected.message && actual.pos === expected.pos &&
        actual.loc.line === expected.loc.line && actual.loc.column === expected.loc.column;
      // docs/regexp.md: essa reports a pattern error at the character it is about.
      const declared = expected.message.startsWith('Invalid regular expression: ') &&
        actual.message.replace(/ \(\d+:\d+\)$/, '') === expected.message.replace(/ \(\d+:\d+\)$/, '');
      if (!same && !declared) differences.push(run);
    }
  }
  assert.ok(compared > 8000, `only ${compared} runs compared`);
  assert.deepEqual(raisedAt, []);
  assert.deepEqual(differences.filter((run) => !knownErrors.has(run)), [], 'differences not in known-error-differences.txt');
  assert.deepEqual([...knownErrors.keys()].filter((run) => !differences.includes(run)), [],
    'known-error-differences.txt lists runs that agree now');
});
