// Joins the pieces of one race (run-race.sh writes them to a directory) into race.json and
// prints one markdown table: corpus totals per parser and essa's ratio to each.
//   node report.mjs RESULTS_DIR
// RESULTS_DIR holds essa.json (essa-bench-race), peer-N-NAME.json (peers.mjs, in order), process.tsv
// (whole-process runs: tool file seconds max_rss_kb), machine.txt and
// essa-version.txt.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node report.mjs RESULTS_DIR');
  process.exit(2);
}
const read = (name) => JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));

// MB/s over the whole corpus: total bytes over the sum of the per-file median times.
function total(files, key) {
  let bytes = 0;
  let seconds = 0;
  for (const f of files) {
    if (!(f[key] > 0)) return null;
    bytes += f.bytes;
    seconds += f.bytes / 1e6 / f[key];
  }
  return bytes / 1e6 / seconds;
}

const essa = read('essa.json');
// `essa-parse --version`, when run-race.sh recorded it.
essa.version = existsSync(`${dir}/essa-version.txt`)
  ? readFileSync(`${dir}/essa-version.txt`, 'utf8').trim().split(/\s+/).pop() : '-';
const peers = readdirSync(dir).filter((n) => /^peer-\d+-.*\.json$/.test(n))
  .sort((a, b) => parseInt(a.slice(5), 10) - parseInt(b.slice(5), 10)).map(read);
const processRuns = readFileSync(`${dir}/process.tsv`, 'utf8').trim().split('\n').filter(Boolean)
  .map((l) => { const [tool, file, seconds, rss] = l.split('\t'); return { tool, file, seconds: +seconds, rss_kb: +rss }; });
const machine = readFileSync(`${dir}/machine.txt`, 'utf8').trim();

const corpusBytes = essa.files.reduce((s, f) => s + f.bytes, 0);
const essaParse = total(essa.files, 'parse');
const essaJson = total(essa.files, 'json');
const essaJsonLoc = total(essa.files, 'json_loc');

// Whole process, per tool: the sum over the corpus of the median wall time per file.
const wholeProcess = {};
for (const r of processRuns) {
  if (r.file === 'empty') continue;  // the baseline run, not part of the corpus
  const t = (wholeProcess[r.tool] ??= { runs: {}, max_rss_kb: 0 });
  (t.runs[r.file] ??= []).push(r.seconds);
  t.max_rss_kb = Math.max(t.max_rss_kb, r.rss_kb);
}
const median = (v) => { const s = [...v].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
for (const t of Object.values(wholeProcess)) {
  t.seconds = Object.values(t.runs).reduce((s, v) => s + median(v), 0);
  t.mb_per_s = corpusBytes / 1e6 / t.seconds;
}

const fmt = (x) => (x == null ? 'n/a' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const ratio = (a, b) => (a == null || b == null ? 'n/a' : `${(a / b).toFixed(1)}×`);
const mb = (kb) => (kb ? (kb / 1024).toFixed(0) : 'n/a');

const rows = [];
rows.push(`| essa (in process) | ${essa.version} | ${fmt(essaParse)} | – | ${fmt(essaJson)} (loc+range ${fmt(essaJsonLoc)}) | – | ${mb(wholeProcess['essa-parse-only']?.max_rss_kb)} |`);
for (const p of peers) {
  if (p.unsupported) {
    rows.push(`| ${p.peer} | ${p.version} | ${p.unsupported} | | | | |`);
    continue;
  }
  const failed = p.files.filter((f) => f.error).map((f) => f.name);
  const pp = total(p.files, 'parse');
  const pj = total(p.files, 'json');
  const note = failed.length ? ` (failed: ${failed.join(', ')})` : '';
  rows.push(`| ${p.peer}${note} | ${p.version} | ${fmt(pp)} | ${ratio(essaParse, pp)} | ${fmt(pj)} | ${ratio(essaJson, pj)} | ${mb(p.max_rss_kb)} |`);
}
const ep = wholeProcess['essa-parse'];
const ac = wholeProcess['acorn-cli'];
if (ep && ac) {
  rows.push(`| essa-parse FILE > /dev/null (whole process) | ${essa.version} | | | ${fmt(ep.mb_per_s)} | – | ${mb(ep.max_rss_kb)} |`);
  rows.push(`| acorn CLI --compact (whole process) | ${peers.find((p) => p.peer === 'acorn')?.version ?? '-'} | | | ${fmt(ac.mb_per_s)} | ${ratio(ep.mb_per_s, ac.mb_per_s)} | ${mb(ac.max_rss_kb)} |`);
}

// Issue 7's whole-process target is on typescript.js alone.
let tsLine = '';
if (ep?.runs.typescript && ac?.runs.typescript) {
  const e = median(ep.runs.typescript);
  const a = median(ac.runs.typescript);
  tsLine = `\n\ntypescript.js whole process: essa-parse ${e.toFixed(2)} s, acorn CLI ${a.toFixed(2)} s (${(a / e).toFixed(1)}× faster).`;
}
// Issue 7's memory target: parse-only peak RSS against the input, per file of 1 MB or more
// (below that the process's own few MB dominate).
const rssRatios = processRuns.filter((r) => r.tool === 'essa-parse-only')
  .map((r) => ({ file: r.file, bytes: essa.files.find((f) => f.name === r.file)?.bytes ?? 0, kb: r.rss_kb }))
  .filter((r) => r.bytes >= 1e6).map((r) => ({ ...r, ratio: (r.kb * 1024) / r.bytes }));
if (rssRatios.length) {
  const worst = rssRatios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const ts = rssRatios.find((r) => r.file === 'typescript');
  tsLine += `\nParse-only peak RSS: at most ${worst.ratio.toFixed(1)}× the input (${worst.file}) over the files of 1 MB or more`;
  if (ts) tsLine += `, ${ts.ratio.toFixed(1)}× on typescript.js`;
  // What the parse adds beyond a process that parses nothing.
  const base = processRuns.find((r) => r.tool === 'essa-parse-only' && r.file === 'empty');
  if (base) {
    const added = rssRatios.map((r) => ((r.kb - base.rss_kb) * 1024) / r.bytes);
    tsLine += `; above the ${mb(base.rss_kb)} MB of a process that parses an empty input, at most ${Math.max(...added).toFixed(1)}×`;
  }
  tsLine += '.';
}

const table = [
  `Corpus: ${essa.files.length} files, ${(corpusBytes / 1e6).toFixed(1)} MB; ${essa.runs === 1 ? 'ONE pass per file (--quick): not a measurement' : `median of ${essa.runs} runs per file after warm-up`}. ${machine}`,
  '',
  '| parser | version | parse MB/s | essa × | parse + JSON MB/s | essa × | peak RSS MB |',
  '|---|---|---:|---:|---:|---:|---:|',
  ...rows,
].join('\n') + tsLine;

writeFileSync(`${dir}/race.json`, JSON.stringify({
  machine,
  corpus_bytes: corpusBytes,
  essa: { ...essa, total: { parse: essaParse, json: essaJson, json_loc: essaJsonLoc } },
  peers: peers.map((p) => ({ ...p, total: p.unsupported ? null : { parse: total(p.files, 'parse'), json: total(p.files, 'json') } })),
  whole_process: wholeProcess,
  table,
}, null, 2) + '\n');
console.log(table);
