// One parser's side of the Node race (run-node-race.sh): in this fresh process, parse every
// file of the corpus list to JavaScript objects, one warm-up pass and then --passes timed
// passes (each tree is dropped when the next file is parsed, as a linter walks file by file),
// and print one JSON object: the wall and CPU milliseconds of each pass over the whole corpus,
// the node count of the warm-up pass's trees (a check that the work was done: every parser
// builds about as many) and the process's peak RSS.
//   node node-race.mjs --parser NAME [--passes N] CORPUS_DIR CORPUS_LIST
//   node node-race.mjs --list      (the parser names, one per line)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

function version(pkg) {
  return JSON.parse(readFileSync(new URL(`./node_modules/${pkg}/package.json`, import.meta.url), 'utf8')).version;
}

// Each parser: load() -> parse(source, isModule, fileName) -> the Program as plain objects.
// Options: ESTree output with start/end offsets and no loc/range where the parser lets us
// choose (Babel always adds loc).
const parsers = {
  'essa-parser': {
    version: () => JSON.parse(readFileSync(new URL('../../bindings/node/package.json', import.meta.url), 'utf8')).version,
    load: async () => {
      const { parse } = await import('../../bindings/node/index.mjs');
      return (src, module) => parse(src, { sourceType: module ? 'module' : 'script' });
    },
  },
  'yuku-parser': {
    version: () => version('yuku-parser'),
    load: async () => {
      const { parse } = await import('yuku-parser');
      // acorn's default: no ParenthesizedExpression nodes.
      return (src, module) => parse(src, { sourceType: module ? 'module' : 'script', preserveParens: false }).program;
    },
  },
  'oxc-parser': {
    version: () => version('oxc-parser'),
    load: async () => {
      const oxc = await import('oxc-parser');
      // `program` is built on first access: touching it is part of the parse.
      return (src, module, name) => oxc.parseSync(name, src, { sourceType: module ? 'module' : 'script' }).program;
    },
  },
  meriyah: {
    version: () => version('meriyah'),
    load: async () => {
      const meriyah = await import('meriyah');
      return (src, module) => meriyah.parse(src, { sourceType: module ? 'module' : 'script', next: true });
    },
  },
  acorn: {
    version: () => version('acorn'),
    load: async () => {
      const acorn = await import('acorn');
      return (src, module) => acorn.parse(src, { ecmaVersion: 'latest', sourceType: module ? 'module' : 'script' });
    },
  },
  espree: {
    version: () => version('espree'),
    load: async () => {
      const espree = await import('espree');
      return (src, module) => espree.parse(src, { ecmaVersion: 'latest', sourceType: module ? 'module' : 'script' });
    },
  },
  babel: {
    version: () => version('@babel/parser'),
    load: async () => {
      const babel = await import('@babel/parser');
      return (src, module) => babel.parse(src, { sourceType: module ? 'module' : 'script', plugins: ['estree'] }).program;
    },
  },
};

function usage() {
  console.error('usage: node node-race.mjs --parser NAME [--passes N] CORPUS_DIR CORPUS_LIST | --list');
  process.exit(2);
}

const args = process.argv.slice(2);
let name = null;
let passes = 3;
const positional = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--list') {
    console.log(Object.keys(parsers).join('\n'));
    process.exit(0);
  } else if (args[i] === '--parser') name = args[++i];
  else if (args[i] === '--passes') passes = Number(args[++i]);
  else if (args[i].startsWith('-')) usage();
  else positional.push(args[i]);
}
if (positional.length !== 2 || !parsers[name] || !(passes >= 1)) usage();
const [corpusDir, corpusList] = positional;

const files = readFileSync(corpusList, 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => {
    const [file, , goal] = l.trim().split(/\s+/);
    const ext = goal === 'module' ? 'mjs' : 'js';
    return { name: `${file}.${ext}`, module: goal === 'module', src: readFileSync(`${corpusDir}/${file}.${ext}`, 'utf8') };
  });

// Nodes of a tree (objects with a string `type`): the same walk for every parser.
function countNodes(value) {
  if (value === null || typeof value !== 'object') return 0;
  let n = typeof value.type === 'string' && !Array.isArray(value) ? 1 : 0;
  for (const key in value) {
    if (key !== 'loc' && key !== 'range') n += countNodes(value[key]);
  }
  return n;
}

const parse = await parsers[name].load();
const wall = [];
const cpu = [];
let nodes = 0;
for (const file of files) nodes += countNodes(parse(file.src, file.module, file.name));  // warm-up
let sink = 0;  // keeps each tree observable, so that no parse can be optimised away
for (let pass = 0; pass < passes; pass++) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const file of files) sink += parse(file.src, file.module, file.name).body.length;
  const t1 = performance.now();
  const used = process.cpuUsage(cpu0);
  wall.push(t1 - t0);
  cpu.push((used.user + used.system) / 1000);
}
console.log(JSON.stringify({
  parser: name,
  version: parsers[name].version(),
  files: files.length,
  chars: files.reduce((sum, f) => sum + f.src.length, 0),
  wall_ms: wall,
  cpu_ms: cpu,
  nodes,
  sink: sink > 0,
  max_rss_kb: process.resourceUsage().maxRSS,
}));
