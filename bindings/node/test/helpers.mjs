// What the tests share: the references (acorn with acorn-import-phases, acorn-jsx, espree,
// all pinned in package.json), the repository's fixtures and test262, and a comparison that
// also sees key order and the Literal values JSON cannot carry.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as acorn from 'acorn';
import importPhases from 'acorn-import-phases';
import acornJsx from 'acorn-jsx';

export { readKnown, sourceTypeOf } from '../../../tests/oracle/common.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..', '..');
export const fixturesDir = path.join(repoRoot, 'tests', 'fixtures');
// The pinned test262 beside the repository, as CTest finds it (ESSA_TEST262_DIR overrides).
export const test262Dir = process.env.ESSA_TEST262_DIR ??
  path.resolve(repoRoot, '..', 'shared', 'test262');

const AcornWithPhases = acorn.Parser.extend(importPhases());
const AcornWithJsx = acorn.Parser.extend(importPhases(), acornJsx());

export function acornParse(src, options = {}) {
  const parser = options.jsx ? AcornWithJsx : AcornWithPhases;
  const { jsx, ...rest } = options;
  return parser.parse(src, { ecmaVersion: 'latest', ...rest });
}

// The tree as text, keys in order; a RegExp and a BigInt are written as themselves, so a
// missing or wrong value shows.
export function show(tree) {
  return JSON.stringify(tree, (key, value) => {
    if (typeof value === 'bigint') return `BigInt(${value})`;
    if (value instanceof RegExp) return `RegExp(${value})`;
    return value;
  });
}

// Every file under dir whose name ends in one of exts, sorted by path.
export function walk(dir, exts, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, exts, out);
    else if (exts.some((ext) => entry.name.endsWith(ext))) out.push(full);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
