// Where parse() spends its time on the benchmark corpus (bench/fetch-corpus.sh fills
// bench/corpus/): the native call (parse, ESTree JSON, the JSON string handed to V8), then
// JSON.parse, against acorn. CPU time of this process (process.cpuUsage), best of 3 passes,
// so that other processes on a loaded machine do not count.
//   node bench/transfer.mjs [CORPUS_DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as acorn from 'acorn';
import { parse } from '../index.mjs';

const require = createRequire(import.meta.url);
const native = require('../lib/native.cjs');
const here = path.dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2] ?? path.resolve(here, '../../../bench/corpus');
const files = readdirSync(dir).filter((name) => /\.m?js$/.test(name)).sort().map((name) => {
  const src = readFileSync(path.join(dir, name), 'utf8');
  return { src, sourceType: name.endsWith('.mjs') ? 'module' : 'script' };
});
const chars = files.reduce((sum, file) => sum + file.src.length, 0);

function cpuMs(run) {
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const start = process.cpuUsage();
    files.forEach((file, i) => run(file, i));
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const jsons = files.map((file) => native.parseJson(file.src, file.sourceType === 'module' ? 1 : 0));
const rows = [
  ['essa: native parse + JSON text', cpuMs((f) => native.parseJson(f.src, f.sourceType === 'module' ? 1 : 0))],
  ['essa: JSON.parse of that text', cpuMs((f, i) => JSON.parse(jsons[i]))],
  ['essa: parse() to objects', cpuMs((f) => parse(f.src, { sourceType: f.sourceType }))],
  ['acorn: parse to objects', cpuMs((f) => acorn.parse(f.src, { ecmaVersion: 'latest', sourceType: f.sourceType }))],
];
console.log(`${files.length} files, ${(chars / 1e6).toFixed(1)} M UTF-16 units, ` +
  `${(jsons.reduce((n, j) => n + j.length, 0) / 1e6).toFixed(0)} M chars of JSON`);
for (const [name, ms] of rows) {
  console.log(`${name.padEnd(32)} ${ms.toFixed(0).padStart(7)} ms CPU  ${(chars / 1e3 / ms).toFixed(1).padStart(6)} M units/s`);
}
