// What ESLint's parser entry costs: parseForESLint() over the plain corpus (bench/corpus.txt,
// filled by bench/fetch-corpus.sh) and over the TypeScript race's files
// (bench/results/ts-race-files.txt, under tests/ts-corpus/node_modules), with the parts it is
// made of: parse() with locations and ranges alone, then with tokens and comments, and
// tokenize(); and what the reference parsers take for the same (espree.parse with ESLint's
// options; typescript-estree's parse with them and typescript-eslint's scope analysis, as
// @typescript-eslint/parser does without type information). CPU time of this process
// (process.cpuUsage), best of --passes passes after one to warm up.
//   node bench/eslint.mjs [--js] [--ts] [--passes N] [--only ROW[,ROW...]]   (ROW: a row's first words)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, tokenize } from '../index.mjs';
import { parseForESLint } from '../eslint.mjs';
import * as espree from 'espree';
import { parse as tsParse } from '@typescript-eslint/typescript-estree';
import { analyze } from '@typescript-eslint/scope-manager';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const args = process.argv.slice(2);
const passes = args.includes('--passes') ? Number(args[args.indexOf('--passes') + 1]) : 5;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;
const wantJs = args.includes('--js') || !args.includes('--ts');
const wantTs = args.includes('--ts') || !args.includes('--js');

function listed(listFile, dir) {
  return readFileSync(listFile, 'utf8').split('\n').map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#')).map((l) => l.split(/\s+/));
}

function jsFiles() {
  return listed(path.join(root, 'bench/corpus.txt')).map(([name, , goal]) => {
    const file = path.join(root, 'bench/corpus', `${name}.${goal === 'module' ? 'mjs' : 'js'}`);
    return { src: readFileSync(file, 'utf8'), sourceType: goal, lang: undefined };
  });
}

function tsFiles() {
  const dir = path.join(root, 'tests/ts-corpus/node_modules');
  return listed(path.join(root, 'bench/results/ts-race-files.txt')).map(([, file, goal, lang]) => (
    { src: readFileSync(path.join(dir, file), 'utf8'), sourceType: goal, lang }));
}

function cpuMs(files, run) {
  for (const file of files) run(file);  // warm-up
  let best = Infinity;
  for (let pass = 0; pass < passes; pass++) {
    const start = process.cpuUsage();
    for (const file of files) run(file);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const kAll = { range: true, loc: true, comment: true, tokens: true };
const kRows = [
  ['parseForESLint', (f) => parseForESLint(f.src, { sourceType: f.sourceType, ecmaVersion: 'latest', lang: f.lang })],
  ['parse() + loc, range', (f) => parse(f.src, { sourceType: f.sourceType, lang: f.lang, locations: true, ranges: true })],
  ['parse() + loc, range, tokens, comments', (f) => parse(f.src, { sourceType: f.sourceType, lang: f.lang,
    locations: true, ranges: true, tokens: true, comments: true })],
  ['tokenize() + loc, range, comment', (f) => tokenize(f.src, { sourceType: f.sourceType, lang: f.lang,
    loc: true, range: true, comment: true })],
  ['espree.parse, ESLint\'s options', (f) => f.lang === undefined &&
    espree.parse(f.src, { ecmaVersion: 'latest', sourceType: f.sourceType, ...kAll })],
  ['typescript-estree + scope analysis', (f) => {
    if (f.lang === undefined) return;
    const ast = tsParse(f.src, { ...kAll, jsx: f.lang === 'tsx', filePath: `file.${f.lang === 'dts' ? 'd.ts' : f.lang}` });
    analyze(ast, { sourceType: ast.sourceType });
  }],
];

for (const [label, load, on] of [['plain corpus', jsFiles, wantJs], ['TypeScript race files', tsFiles, wantTs]]) {
  if (!on) continue;
  const files = load();
  const units = files.reduce((n, f) => n + f.src.length, 0);
  console.log(`${label}: ${files.length} files, ${(units / 1e6).toFixed(1)} M UTF-16 units; best of ${passes}`);
  for (const [name, run] of kRows) {
    if (only !== undefined && !only.some((prefix) => name.startsWith(prefix))) continue;
    if (name.startsWith('espree') && label !== 'plain corpus') continue;
    if (name.startsWith('typescript-estree') && label === 'plain corpus') continue;
    console.log(`  ${name.padEnd(40)} ${cpuMs(files, run).toFixed(0).padStart(7)} ms CPU`);
  }
}
