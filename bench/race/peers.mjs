// The peers' side of the race (run-race.sh). For one peer and every file of the corpus list it
// times, in this process, warm-up passes and then the median of --runs passes of
//   parse   source -> the peer's AST as JavaScript objects
//   json    the same, then JSON.stringify of the AST
// and prints one JSON object: MB/s (10^6 bytes per second) per file, and the process's peak RSS.
//   node peers.mjs --peer NAME [--runs N] [--warmup N] [--quick] CORPUS_DIR CORPUS_LIST
// --quick is one JSON pass per file (which includes the parse): a check, not a measurement.
//   node peers.mjs --list      (the peer names, one per line)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

import * as acorn from 'acorn';
import * as meriyah from 'meriyah';
import * as babel from '@babel/parser';
import * as espree from 'espree';
import * as oxc from 'oxc-parser';
import swc from '@swc/core';

// acorn, espree and meriyah put BigInt values in the tree; JSON.stringify would throw on them.
BigInt.prototype.toJSON = function () { return this.toString(); };

function version(pkg) {
  // Some packages do not export package.json; read it from node_modules directly.
  const dir = new URL(`./node_modules/${pkg}/package.json`, import.meta.url);
  return JSON.parse(readFileSync(dir, 'utf8')).version;
}

// Each peer: parse(source, isModule, fileName) -> the ESTree-style tree, with the options
// closest to ESTree (and to essa's default output, which has no loc/range).
const peers = {
  acorn: {
    pkg: 'acorn',
    parse: (src, module) => acorn.parse(src, { ecmaVersion: 'latest', sourceType: module ? 'module' : 'script' }),
  },
  meriyah: {
    pkg: 'meriyah',
    parse: (src, module) => meriyah.parse(src, { sourceType: module ? 'module' : 'script', next: true }),
  },
  babel: {
    pkg: '@babel/parser',
    // Babel always adds loc and start/end; the estree plugin gives ESTree node shapes.
    parse: (src, module) => babel.parse(src, { sourceType: module ? 'module' : 'script', plugins: ['estree'] }),
  },
  espree: {
    pkg: 'espree',
    parse: (src, module) => espree.parse(src, { ecmaVersion: 'latest', sourceType: module ? 'module' : 'script' }),
  },
  oxc: {
    pkg: 'oxc-parser',
    // `program` is built lazily on first access: touching it is part of the parse.
    parse: (src, module, name) => oxc.parseSync(name, src, { sourceType: module ? 'module' : 'script' }).program,
  },
  'oxc-raw': {
    pkg: 'oxc-parser',
    // Raw transfer needs Node.js >= 22 on 64-bit little-endian machines.
    supported: () => oxc.rawTransferSupported(),
    parse: (src, module, name) =>
      oxc.parseSync(name, src, { sourceType: module ? 'module' : 'script', experimentalRawTransfer: true }).program,
  },
  swc: {
    pkg: '@swc/core',
    // swc's own AST (not ESTree); parseSync builds it in Rust and hands it over as JSON.
    parse: (src, module) => swc.parseSync(src, { syntax: 'ecmascript', isModule: module, target: 'es2022' }),
  },
};

function usage() {
  console.error('usage: node peers.mjs --peer NAME [--runs N] [--warmup N] [--quick] CORPUS_DIR CORPUS_LIST');
  process.exit(2);
}

const args = process.argv.slice(2);
let peerName = null;
let runs = 7;
let warmup = 2;
let modes = ['parse', 'json'];
const positional = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--list') {
    console.log(Object.keys(peers).join('\n'));
    process.exit(0);
  } else if (a === '--peer') peerName = args[++i];
  else if (a === '--runs') runs = Number(args[++i]);
  else if (a === '--warmup') warmup = Number(args[++i]);
  else if (a === '--quick') { runs = 1; warmup = 0; modes = ['json']; }
  else if (a.startsWith('-')) usage();
  else positional.push(a);
}
if (positional.length !== 2 || !peers[peerName] || !(runs >= 1) || !(warmup >= 0)) usage();
const [corpusDir, corpusList] = positional;
const peer = peers[peerName];
const result = { peer: peerName, version: version(peer.pkg), runs, files: [] };
if (peer.supported && !peer.supported()) {
  result.unsupported = `not supported on Node.js ${process.version} here`;
  console.log(JSON.stringify(result));
  process.exit(0);
}

const entries = readFileSync(corpusList, 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => {
    const [name, , goal] = l.trim().split(/\s+/);
    return { name, module: goal === 'module', file: `${name}.${goal === 'module' ? 'mjs' : 'js'}` };
  });

function median(v) {
  v.sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

let sink = 0;  // keeps the results observable so that no pass can be optimised away
for (const e of entries) {
  const src = readFileSync(`${corpusDir}/${e.file}`, 'utf8');
  const bytes = Buffer.byteLength(src, 'utf8');
  const row = { name: e.name, bytes };
  try {
    for (const mode of modes) {
      const times = [];
      for (let r = -warmup; r < runs; r++) {
        const t0 = performance.now();
        const ast = peer.parse(src, e.module, e.file);
        if (mode === 'json') sink += JSON.stringify(ast).length;
        else sink += ast ? 1 : 0;
        const t1 = performance.now();
        if (r >= 0) times.push(t1 - t0);
      }
      row[mode] = Math.round(bytes / 1e3 / median(times) * 100) / 100;
    }
  } catch (err) {
    row.error = String(err && err.message ? err.message : err).slice(0, 200);
  }
  result.files.push(row);
}
result.max_rss_kb = process.resourceUsage().maxRSS;
result.sink = sink > 0;
console.log(JSON.stringify(result));
