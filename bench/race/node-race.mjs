// One parser's side of the Node race (run-node-race.sh): in this fresh process, parse every
// file of the corpus list to JavaScript objects, one warm-up pass and then --passes timed
// passes (each tree is dropped when the next file is parsed, as a linter walks file by file),
// and print one JSON object: the wall and CPU milliseconds of each pass over the whole corpus,
// the node count of the warm-up pass's trees (a check that the work was done: every parser
// builds about as many) and the process's peak RSS.
//   node node-race.mjs --parser NAME [--passes N] CORPUS_DIR CORPUS_LIST
//   node node-race.mjs --list      (the parser names, one per line)
// With --ts, the TypeScript race (docs/bench.md): its own parsers, and CORPUS_LIST is the list
// of the TypeScript corpus's files that every one of them accepts, written by
//   node node-race.mjs --ts --select CORPUS_DIR TS_CORPUS_TXT LIST_OUT
// (CORPUS_DIR is tests/ts-corpus/node_modules; the rejected files go to stderr).
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';

function version(pkg) {
  return JSON.parse(readFileSync(new URL(`./node_modules/${pkg}/package.json`, import.meta.url), 'utf8')).version;
}

// Each parser: load() -> parse(file) -> the Program as plain objects, where file is
// {src, module, name, lang} (lang is js, or for TypeScript ts, tsx or dts). Options: ESTree
// output with start/end offsets and no loc/range where the parser lets us choose (Babel always
// adds loc).
const jsParsers = {
  'essa-parser': {
    version: () => JSON.parse(readFileSync(new URL('../../bindings/node/package.json', import.meta.url), 'utf8')).version,
    load: async () => {
      const { parse } = await import('../../bindings/node/index.mjs');
      return (f) => parse(f.src, { sourceType: f.module ? 'module' : 'script' });
    },
  },
  'yuku-parser': {
    version: () => version('yuku-parser'),
    load: async () => {
      const { parse } = await import('yuku-parser');
      // acorn's default: no ParenthesizedExpression nodes.
      return (f) => parse(f.src, { sourceType: f.module ? 'module' : 'script', preserveParens: false }).program;
    },
  },
  'oxc-parser': {
    version: () => version('oxc-parser'),
    load: async () => {
      const oxc = await import('oxc-parser');
      // `program` is built on first access: touching it is part of the parse.
      return (f) => oxc.parseSync(f.name, f.src, { sourceType: f.module ? 'module' : 'script' }).program;
    },
  },
  meriyah: {
    version: () => version('meriyah'),
    load: async () => {
      const meriyah = await import('meriyah');
      return (f) => meriyah.parse(f.src, { sourceType: f.module ? 'module' : 'script', next: true });
    },
  },
  acorn: {
    version: () => version('acorn'),
    load: async () => {
      const acorn = await import('acorn');
      return (f) => acorn.parse(f.src, { ecmaVersion: 'latest', sourceType: f.module ? 'module' : 'script' });
    },
  },
  espree: {
    version: () => version('espree'),
    load: async () => {
      const espree = await import('espree');
      return (f) => espree.parse(f.src, { ecmaVersion: 'latest', sourceType: f.module ? 'module' : 'script' });
    },
  },
  babel: {
    version: () => version('@babel/parser'),
    load: async () => {
      const babel = await import('@babel/parser');
      return (f) => babel.parse(f.src, { sourceType: f.module ? 'module' : 'script', plugins: ['estree'] }).program;
    },
  },
};

// The TypeScript race's parsers. Every one gets the file's lang and the goal typescript-estree
// gave it (--select); no ParenthesizedExpression nodes (typescript-estree has none). The
// "+eslint" rows add what ESLint asks of a parser: loc, range, tokens and comments.
async function essaTs(extra) {
  const { parse } = await import('../../bindings/node/index.mjs');
  return (f) => parse(f.src, { lang: f.lang, sourceType: f.module ? 'module' : 'script', ...extra });
}
async function tsEstree(extra) {
  const { parse } = await import('@typescript-eslint/typescript-estree');
  return (f) => parse(f.src, { range: true, loc: true, jsx: f.lang === 'tsx', filePath: basename(f.name), ...extra });
}
const essaVersion = () => JSON.parse(readFileSync(new URL('../../bindings/node/package.json', import.meta.url), 'utf8')).version;
// essa-parser takes TypeScript once its package knows lang "ts" (and, for the +eslint row, its
// tokens); before that its rows are left out of the race and of the selection. (Node 20
// throws a failed import of the package's CommonJS half again later, uncaught: look first.)
async function essaSupports(extra) {
  if (!existsSync(new URL('../../bindings/node/build/Release/essa.node', import.meta.url))) return false;
  try {
    const program = (await essaTs(extra))({ src: 'let a: number = 1;', module: true, lang: 'ts' });
    return !extra.tokens || Array.isArray(program.tokens);
  } catch {
    return false;
  }
}
const tsParsers = {
  'essa-parser': { version: essaVersion, supported: () => essaSupports({}), load: () => essaTs({}) },
  'essa-parser+loc': {
    version: essaVersion,
    supported: () => essaSupports({}),
    load: () => essaTs({ locations: true, ranges: true }),
  },
  'essa-parser+eslint': {
    version: essaVersion,
    supported: () => essaSupports({ tokens: true, comments: true }),
    load: () => essaTs({ locations: true, ranges: true, tokens: true, comments: true }),
  },
  'typescript-estree': { version: () => version('@typescript-eslint/typescript-estree'), load: () => tsEstree({}) },
  'typescript-estree+eslint': {
    version: () => version('@typescript-eslint/typescript-estree'),
    load: () => tsEstree({ tokens: true, comment: true }),
  },
  'oxc-parser': {
    version: () => version('oxc-parser'),
    load: async () => {
      const oxc = await import('oxc-parser');
      // Node 20 has no raw transfer: the tree crosses as JSON. It does not throw: the errors.
      return (f) => {
        const r = oxc.parseSync(basename(f.name), f.src, { lang: f.lang, sourceType: f.module ? 'module' : 'script', preserveParens: false });
        if (r.errors.length) throw new SyntaxError(r.errors[0].message);
        return r.program;
      };
    },
  },
  'yuku-parser': {
    version: () => version('yuku-parser'),
    load: async () => {
      const { parse } = await import('yuku-parser');
      return (f) => {
        const r = parse(f.src, { lang: f.lang, sourceType: f.module ? 'module' : 'script', preserveParens: false });
        const error = r.diagnostics.find((d) => d.severity === 'error');
        if (error) throw new SyntaxError(error.message);
        return r.program;
      };
    },
  },
};

function usage() {
  console.error('usage: node node-race.mjs [--ts] --parser NAME [--passes N] CORPUS_DIR CORPUS_LIST | [--ts] --list\n' +
                '       node node-race.mjs --ts --select CORPUS_DIR TS_CORPUS_TXT LIST_OUT');
  process.exit(2);
}

const args = process.argv.slice(2);
let name = null;
let passes = 3;
let ts = false;
let list = false;
let select = false;
const positional = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--list') list = true;
  else if (args[i] === '--ts') ts = true;
  else if (args[i] === '--select') select = true;
  else if (args[i] === '--parser') name = args[++i];
  else if (args[i] === '--passes') passes = Number(args[++i]);
  else if (args[i].startsWith('-')) usage();
  else positional.push(args[i]);
}
const parsers = ts ? tsParsers : jsParsers;
if (list) {
  for (const [n, p] of Object.entries(parsers)) if (!p.supported || await p.supported()) console.log(n);
  process.exit(0);
}

const langOf = (path) => (/\.d\.[cm]?ts$/.test(path) ? 'dts' : path.endsWith('.tsx') ? 'tsx' : 'ts');

// --select: every .ts/.tsx/.mts/.cts file (declaration files included) under the folders of
// the TypeScript corpus list (tests/ts-corpus/corpus.txt), minus nested node_modules, parsed
// by each parser of the race (its plain row: the others use the same parser). Writes the list
// of the files all of them accept (`path path goal lang`, the layout of bench/corpus.txt plus
// the lang; the goal is typescript-estree's sourceType) and prints each rejection to stderr.
if (select) {
  if (!ts || positional.length !== 3) usage();
  const [corpusDir, corpusTxt, listOut] = positional;
  const walk = (dir, out) => {
    for (const entry of readdirSync(join(corpusDir, dir)).sort()) {
      const rel = `${dir}/${entry}`;
      if (statSync(join(corpusDir, rel)).isDirectory()) {
        if (entry !== 'node_modules') walk(rel, out);
      } else if (/\.[cm]?tsx?$/.test(entry)) out.push(rel);
    }
    return out;
  };
  const paths = readFileSync(corpusTxt, 'utf8').split('\n').map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#')).flatMap((dir) => walk(dir, []));
  const racing = [];
  for (const n of ['typescript-estree', 'essa-parser', 'oxc-parser', 'yuku-parser']) {
    if (tsParsers[n].supported && !(await tsParsers[n].supported())) {
      console.error(`select: ${n} does not parse TypeScript here: left out`);
      continue;
    }
    racing.push([n, await tsParsers[n].load()]);
  }
  const lines = [];
  const rejected = {};
  for (const path of paths) {
    const f = { name: path, src: readFileSync(join(corpusDir, path), 'utf8'), lang: langOf(path), module: true };
    let ok = true;
    for (const [n, parse] of racing) {
      try {
        const program = parse(f);
        if (n === 'typescript-estree') f.module = program.sourceType === 'module';
      } catch (e) {
        ok = false;
        rejected[n] = (rejected[n] ?? 0) + 1;
        console.error(`select: ${n} rejects ${path}: ${String(e.message).split('\n')[0]}`);
      }
    }
    if (ok) lines.push(`${path} ${path} ${f.module ? 'module' : 'script'} ${f.lang}`);
  }
  writeFileSync(listOut, [
    '# The TypeScript race\'s files (node node-race.mjs --ts --select): those of tests/ts-corpus',
    `# that ${racing.map(([n]) => n).join(', ')} all accept; name, path, goal, lang.`,
    ...lines, ''].join('\n'));
  console.error(`select: ${lines.length} of ${paths.length} files accepted by every parser; ` +
                `rejected: ${racing.map(([n]) => `${n} ${rejected[n] ?? 0}`).join(', ')}`);
  process.exit(0);
}

if (positional.length !== 2 || !parsers[name] || !(passes >= 1)) usage();
const [corpusDir, corpusList] = positional;

// A JS list line is `name path goal`, the file being CORPUS_DIR/name.js (.mjs for module);
// a TypeScript one adds the lang, and CORPUS_DIR/name is the file itself.
const files = readFileSync(corpusList, 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => {
    const [file, , goal, lang] = l.trim().split(/\s+/);
    const name = lang ? file : `${file}.${goal === 'module' ? 'mjs' : 'js'}`;
    return { name, module: goal === 'module', lang: lang ?? 'js', src: readFileSync(`${corpusDir}/${name}`, 'utf8') };
  });

// Nodes of a tree (objects with a string `type`): the same walk for every parser. The tokens
// and comments some rows add are not nodes of the tree.
function countNodes(value) {
  if (value === null || typeof value !== 'object') return 0;
  let n = typeof value.type === 'string' && !Array.isArray(value) ? 1 : 0;
  for (const key in value) {
    if (key !== 'loc' && key !== 'range' && key !== 'tokens' && key !== 'comments') n += countNodes(value[key]);
  }
  return n;
}

const parse = await parsers[name].load();
const wall = [];
const cpu = [];
let nodes = 0;
for (const file of files) nodes += countNodes(parse(file));  // warm-up
let sink = 0;  // keeps each tree observable, so that no parse can be optimised away
for (let pass = 0; pass < passes; pass++) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const file of files) sink += parse(file).body.length;
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
