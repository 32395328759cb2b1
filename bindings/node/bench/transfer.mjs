// Where parse() spends its time on the benchmark corpus (bench/fetch-corpus.sh fills
// bench/corpus/), and what the other ways across into JavaScript would cost: the native call
// (parse, encode, the buffer handed over) and the generated decoder, against the ESTree JSON
// route (native parse + JSON text, then JSON.parse), objects made in C++ by Node-API calls
// (src/napi_objects.cpp: parse and objects in one call), and acorn. CPU time of this process
// (process.cpuUsage), best of 5 passes, so that other processes on a loaded machine count less.
//   node bench/transfer.mjs [CORPUS_DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as acorn from 'acorn';
import { parse } from '../index.mjs';

const require = createRequire(import.meta.url);
const native = require('../lib/native.cjs');
const { decode } = require('../lib/decoder.generated.cjs');
const here = path.dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2] ?? path.resolve(here, '../../../bench/corpus');
const files = readdirSync(dir).filter((name) => /\.m?js$/.test(name)).sort().map((name) => {
  const src = readFileSync(path.join(dir, name), 'utf8');
  return { src, flags: name.endsWith('.mjs') ? 1 : 0, sourceType: name.endsWith('.mjs') ? 'module' : 'script' };
});
const chars = files.reduce((sum, file) => sum + file.src.length, 0);

function cpuMs(run) {
  let best = Infinity;
  for (let pass = 0; pass < 5; pass++) {
    const start = process.cpuUsage();
    files.forEach((file, i) => run(file, i));
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const kDecode = { loc: false, range: false, comments: false, modern: true, sourceFile: undefined };
// Each kept answer in its own buffer; the timed native calls share one, as parse() does.
const answers = files.map((f) => native.parse(f.src, f.flags, new ArrayBuffer(0)));
let scratch = new ArrayBuffer(0);
const jsons = files.map((f) => native.parseJson(f.src, f.flags));
const words = answers.reduce((n, a) => n + a[1] + a[2] / 2, 0);  // tree, then side units
const rows = [
  ['binary: native parse + encode', cpuMs((f) => { scratch = native.parse(f.src, f.flags, scratch)[0]; })],
  ['binary: decode to objects', cpuMs((f, i) => decode(answers[i][0], answers[i][1], answers[i][2], f.src, kDecode))],
  ['binary: parse() to objects', cpuMs((f) => parse(f.src, { sourceType: f.sourceType }))],
  ['binary: parse() with loc, range', cpuMs((f) => parse(f.src, { sourceType: f.sourceType, locations: true, ranges: true }))],
  ['napi: objects made by Node-API calls', cpuMs((f) => native._parseObjectsNapi(f.src, f.flags))],
  ['json: native parse + JSON text', cpuMs((f) => native.parseJson(f.src, f.flags))],
  ['json: JSON.parse of that text', cpuMs((f, i) => JSON.parse(jsons[i]))],
  ['acorn: parse to objects', cpuMs((f) => acorn.parse(f.src, { ecmaVersion: 'latest', sourceType: f.sourceType }))],
];
console.log(`${files.length} files, ${(chars / 1e6).toFixed(1)} M UTF-16 units; ` +
  `${(words / 1e6).toFixed(1)} M words of binary tree, ` +
  `${(jsons.reduce((n, j) => n + j.length, 0) / 1e6).toFixed(0)} M chars of JSON`);
for (const [name, ms] of rows) {
  console.log(`${name.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms CPU  ${(chars / 1e3 / ms).toFixed(1).padStart(6)} M units/s`);
}
