// parse() with lang "ts"/"tsx"/"dts" against @typescript-eslint/typescript-estree (pinned in
// package.json, the version tests/oracle-ts pins) run live: the same objects (RegExp and BigInt
// values included; key order aside, as typescript-estree's own order is its converter's; the
// keys typescript-estree sets to undefined, which its JSON leaves out, left out), with range,
// loc, comments and tokens and without them, over
// tests/fixtures/ts and every 8th file of the TypeScript corpus that essa-parse matches
// (tests/ts-corpus; skipped when its node_modules is not installed).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { parse as tsParse } from '@typescript-eslint/typescript-estree';
import { parse, tokenize } from '../index.mjs';
import { fixturesDir, readKnown, repoRoot, walk } from './helpers.mjs';

const kExtensions = ['.ts', '.tsx', '.mts', '.cts'];

// What essa-parse decides from a file name (docs/typescript.md): the lang, and the goal of
// .mts files (others: a module when only that parses, as typescript-estree decides).
export function tsOptionsFor(file) {
  const base = path.basename(file);
  const lang = /\.d\.[mc]?ts$/.test(base) ? 'dts' : base.endsWith('.tsx') ? 'tsx' : 'ts';
  return base.endsWith('.mts') ? { lang, sourceType: 'module' } : { lang };
}

// typescript-estree's tree without the keys it sets to undefined (`typeAnnotation: undefined`
// on an Identifier, but no key on an ObjectExpression: its converter's choice per node).
function withoutUndefined(value) {
  if (Array.isArray(value)) {
    value.forEach(withoutUndefined);
  } else if (value !== null && typeof value === 'object' && !(value instanceof RegExp)) {
    for (const key of Object.keys(value)) {
      if (value[key] === undefined) delete value[key];
      else withoutUndefined(value[key]);
    }
  }
  return value;
}

function reference(src, file, full) {
  return withoutUndefined(tsParse(src, {
    range: full, loc: full, comment: full, tokens: full,
    jsx: file.endsWith('.tsx'), filePath: path.basename(file),
  }));
}

function essa(src, file, full) {
  const options = tsOptionsFor(file);
  return full ? parse(src, { ...options, ranges: true, locations: true, comments: true, tokens: true })
    : parse(src, options);
}

// The path of the first difference, for a readable failure before the full diff.
function firstDifference(a, e, where = '') {
  const isObject = (v) => v !== null && typeof v === 'object' && !(v instanceof RegExp);
  if (isObject(a) && isObject(e) && Array.isArray(a) === Array.isArray(e)) {
    for (const k of new Set([...Object.keys(e), ...Object.keys(a)])) {
      if (!(k in a) || !(k in e)) return `${where}.${k}: ${k in a ? 'only in essa' : 'only in typescript-estree'}`;
      const d = firstDifference(a[k], e[k], `${where}.${k}`);
      if (d) return d;
    }
    return null;
  }
  try {
    assert.deepStrictEqual(a, e);
    return null;
  } catch {
    return `${where}: ${String(a)} vs ${String(e)}`;
  }
}

function sameAsTypescriptEstree(file) {
  const src = readFileSync(file, 'utf8');
  for (const full of [true, false]) {
    const got = essa(src, file, full);
    const want = reference(src, file, full);
    const where = firstDifference(got, want);
    assert.equal(where, null, `${path.basename(file)} (${full ? 'with' : 'without'} positions, comments, tokens): ${where}`);
    assert.deepStrictEqual(got, want);
  }
}

const fixtures = walk(path.join(fixturesDir, 'ts'), kExtensions);
test('the TypeScript fixtures are found', () => assert.ok(fixtures.length > 50, `${fixtures.length} files`));
for (const file of fixtures) {
  test(`ts fixture ${path.relative(fixturesDir, file)}`, () => sameAsTypescriptEstree(file));
}

// The corpus: files essa-parse matches (those not in its known-differences list).
const corpusDir = path.join(repoRoot, 'tests', 'ts-corpus');
const corpusModules = path.join(corpusDir, 'node_modules');
const corpusInstalled = existsSync(corpusModules);
test('the TypeScript corpus sample', { skip: !corpusInstalled && 'tests/ts-corpus/node_modules is not installed (scripts/setup-node.sh)' }, async (t) => {
  const folders = readFileSync(path.join(corpusDir, 'corpus.txt'), 'utf8').split('\n')
    .map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const known = readKnown(path.join(corpusDir, 'known-differences.txt'));
  const files = folders.flatMap((f) => walk(path.join(corpusModules, f), kExtensions))
    .filter((f) => !f.includes(`${path.sep}node_modules${path.sep}`, corpusModules.length + 1))
    .filter((f) => !known.has(path.relative(repoRoot, f).split(path.sep).join('/')))
    .filter((_, i) => i % 8 === 0);
  assert.ok(files.length > 50, `${files.length} files`);
  for (const file of files) {
    await t.test(path.relative(corpusModules, file), () => sameAsTypescriptEstree(file));
  }
});

test('lang: "ts" with jsx: true is "tsx"', () => {
  assert.deepStrictEqual(parse('<a b={1 as T}/>', { lang: 'ts', jsx: true }),
    parse('<a b={1 as T}/>', { lang: 'tsx' }));
});

test('a module when it imports or exports, as typescript-estree decides', () => {
  assert.equal(parse('let a: T', { lang: 'ts' }).sourceType, 'script');
  assert.equal(parse('export type A = B', { lang: 'ts' }).sourceType, 'module');
  assert.equal(parse('let a: T', { lang: 'ts', sourceType: 'module' }).sourceType, 'module');
});

test('TypeScript tokens are typescript-estree\'s, without start and end', () => {
  const src = 'let a: Array<Array<T>> = /x/g;';
  const want = withoutUndefined(tsParse(src, { tokens: true, range: true, loc: true }).tokens);
  assert.deepStrictEqual(tokenize(src, { lang: 'ts', range: true, loc: true }), want);
});

test('TypeScript syntax is an error without lang, and lang values are checked', () => {
  assert.throws(() => parse('let a: T'), SyntaxError);
  assert.throws(() => parse('let a: T', { lang: 'typescript' }), /lang "typescript" is not one of/);
  assert.throws(() => parse('let a: T', { lang: 'ts', ecmaVersion: 2015 }), /not taken with lang "ts"/);
  assert.throws(() => parse('enum {', { lang: 'ts' }), SyntaxError);
});

test('TypeScript errors are typescript-estree\'s: raisedAt is pos', () => {
  for (const [src, options] of [['let a = ;', { lang: 'ts' }], ['"a', { lang: 'ts' }]]) {
    assert.throws(() => parse(src, options), (error) => error.raisedAt === error.pos);
  }
  assert.throws(() => tokenize('"a', { lang: 'ts' }), (error) => error.raisedAt === error.pos);
});
