// The Node race's table (run-node-race.sh) from its raw results: per parser the median over
// every timed pass of every round of the wall and CPU milliseconds to parse the whole corpus
// to objects, the throughput, how many times essa-parser's wall time that is, and the
// largest peak RSS of its processes. With essa-bench-race's results over the TypeScript race's
// files and over the plain corpus (run-node-race.sh --ts), a line with essa's native speed.
//   node node-race-report.mjs RESULTS.jsonl [MACHINE.txt [TS_NATIVE.json JS_NATIVE.json]]
import { readFileSync } from 'node:fs';

const [resultsFile, machineFile, tsNative, jsNative] = process.argv.slice(2);
const runs = readFileSync(resultsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

const byParser = new Map();
for (const run of runs) {
  if (!byParser.has(run.parser)) byParser.set(run.parser, []);
  byParser.get(run.parser).push(run);
}
const rows = [...byParser].map(([parser, list]) => ({
  parser,
  version: list[0].version,
  chars: list[0].chars,
  nodes: list[0].nodes,
  wall: median(list.flatMap((r) => r.wall_ms)),
  cpu: median(list.flatMap((r) => r.cpu_ms)),
  rss: Math.max(...list.map((r) => r.max_rss_kb)),
})).sort((a, b) => a.wall - b.wall);
const essa = rows.find((r) => r.parser === 'essa-parser');

const first = runs[0];
if (machineFile) console.log(readFileSync(machineFile, 'utf8').trim().split('\n').join(' '));
console.log(`Corpus: ${first.files} files, ${(first.chars / 1e6).toFixed(1)} M UTF-16 units; parse to JavaScript objects.`);
console.log('');
console.log('| parser | version | wall ms | CPU ms | M units/s | vs essa-parser | peak RSS MB | nodes |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const ratio = essa ? `${(r.wall / essa.wall).toFixed(2)}x` : '';
  console.log(`| ${r.parser} | ${r.version} | ${r.wall.toFixed(0)} | ${r.cpu.toFixed(0)} | ` +
    `${(r.chars / 1e3 / r.wall).toFixed(1)} | ${ratio} | ${(r.rss / 1024).toFixed(0)} | ${r.nodes} |`);
}

// MB/s over a corpus: total bytes over the sum of the per-file median times (report.mjs's
// measure); the files that did not parse (no figure) are counted apart.
function native(file) {
  const { files } = JSON.parse(readFileSync(file, 'utf8'));
  const ok = files.filter((f) => f.parse > 0 && f.json > 0 && f.json_loc > 0);
  const bytes = ok.reduce((sum, f) => sum + f.bytes, 0);
  const rate = (key) => (bytes / 1e6 / ok.reduce((sum, f) => sum + f.bytes / 1e6 / f[key], 0)).toFixed(1);
  return `${ok.length} files${ok.length < files.length ? ` (${files.length - ok.length} rejected)` : ''}, ` +
    `${(bytes / 1e6).toFixed(1)} MB: parse ${rate('parse')} MB/s, JSON ${rate('json')}, JSON with loc and range ${rate('json_loc')}`;
}
if (tsNative && jsNative) {
  console.log('');
  console.log(`essa in process (essa-bench-race, median of 7 runs per file): these TypeScript files ${native(tsNative)};` +
              ` the plain corpus (bench/corpus.txt) ${native(jsNative)}.`);
}
