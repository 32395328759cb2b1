// What compare-ast.mjs and compare-tokens.mjs share: options, input files, test262's goal
// rules, the known-differences list, the first differing path, and the run's summary.

import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, "..", "..");

// Prints `message` (if any) after the script's name, then the usage text; exits with 2.
export function exitWithUsage(script, text, message) {
  if (message) console.error(`${script}: ${message}`);
  console.error(text);
  process.exit(2);
}

// The options both scripts take, over `defaults` (which names the known list). `extra` maps a
// script's own options to handlers (opts, value), where value() takes the option's argument.
export function parseCommonArgs(argv, usage, defaults, extra = {}) {
  const opts = {
    essa: null,
    jobs: Math.max(1, os.availableParallelism ? os.availableParallelism() : os.cpus().length),
    verbose: false,
    test262: null,
    sample: 0,
    lists: [],
    files: [],
    ...defaults,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    if (Object.hasOwn(extra, arg)) {
      extra[arg](opts, value);
      continue;
    }
    switch (arg) {
      case "--essa": opts.essa = value(); break;
      case "--known": opts.known = value(); break;
      case "--jobs": opts.jobs = Number.parseInt(value(), 10); break;
      case "--verbose": opts.verbose = true; break;
      case "--test262": opts.test262 = path.resolve(value()); break;
      case "--sample": opts.sample = Number.parseInt(value(), 10); break;
      case "--list": opts.lists.push(value()); break;
      case "--help": case "-h": usage(); break;
      default:
        if (arg.startsWith("--")) usage(`unknown option ${arg}`);
        opts.files.push(arg);
    }
  }
  return opts;
}

// Every .js/.mjs file under dir (and .jsx with `jsx`), in directory order.
function walk(dir, out = [], jsx = false) {
  const wanted = jsx ? /\.(m?js|jsx)$/ : /\.m?js$/;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out, jsx);
    else if (wanted.test(entry.name)) out.push(full);
  }
  return out;
}

export function byteOrder(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// N files spread evenly over the sorted list: indexes floor(i * total / N).
function strideSample(files, n) {
  if (n <= 0 || n >= files.length) return files;
  const picked = [];
  for (let i = 0; i < n; i++) picked.push(files[Math.floor((i * files.length) / n)]);
  return picked;
}

function readList(file) {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

// The files to check, in this order: the test262 sample (sorted by path in byte order, so the
// sample is stable), the --list files, then the arguments; with expandDirectories, a directory
// argument stands for its .js/.mjs files (and .jsx files when opts.jsx), sorted.
export function inputFiles(opts, usage, { expandDirectories = false } = {}) {
  const files = [];
  if (opts.test262) {
    const testDir = path.join(opts.test262, "test");
    if (!existsSync(testDir)) usage(`no test directory in ${opts.test262}`);
    files.push(...strideSample(walk(testDir).sort(byteOrder), opts.sample));
  }
  for (const list of opts.lists) files.push(...readList(list));
  for (const arg of opts.files) {
    if (expandDirectories && existsSync(arg) && statSync(arg).isDirectory()) {
      files.push(...walk(arg, [], opts.jsx === true).sort(byteOrder));
    } else {
      files.push(arg);
    }
  }
  return files;
}

// test262 rules (INTERPRETING.md): `flags: [module]` in the frontmatter selects the module
// goal; _FIXTURE files are imported by module tests; elsewhere .mjs means module.
export function sourceTypeOf(file, src) {
  const front = /\/\*---([\s\S]*?)---\*\//.exec(src);
  if (front) {
    const inline = /^\s*flags:\s*\[([^\]]*)\]/m.exec(front[1]);
    if (inline) {
      return inline[1].split(",").some((f) => f.trim() === "module") ? "module" : "script";
    }
    const block = /^\s*flags:\s*\n((?:[ \t]*-[^\n]*\n?)+)/m.exec(front[1]);
    if (block) {
      return /^[ \t]*-\s*module\s*$/m.test(block[1]) ? "module" : "script";
    }
  }
  if (file.endsWith(".mjs") || /_FIXTURE\.js$/.test(file)) return "module";
  return "script";
}

// Names in reports and in the known lists: relative to the test262 directory for files under
// it, otherwise relative to the repository root.
export function displayName(file, test262) {
  const abs = path.resolve(file);
  for (const base of [test262, repoRoot]) {
    if (base && abs.startsWith(base + path.sep)) return path.relative(base, abs).split(path.sep).join("/");
  }
  return file;
}

// A known list: one name per line; `#` starts a comment (the reason, or the difference when
// the line was written). Maps each name to its line number and comment.
export function readKnown(file) {
  const known = new Map();
  if (!existsSync(file)) return known;
  readFileSync(file, "utf8").split("\n").forEach((line, i) => {
    const name = line.replace(/#.*/, "").trim();
    if (name) known.set(name, { line: i + 1, comment: line.includes("#") ? line.slice(line.indexOf("#") + 1).trim() : "" });
  });
  return known;
}

export const kAbsent = Symbol("absent");

export function show(value) {
  if (value === kAbsent) return "<absent>";
  const text = JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

// A path below `where`: body[3].expression, [0].loc (a root array's elements have no name).
export function join(where, key) {
  return typeof key === "number" ? `${where}[${key}]` : where ? `${where}.${key}` : key;
}

// The first path where the values of `actual` and `expected` differ, or null. Key order is
// not compared.
export function firstDifference(actual, expected, where = "") {
  if (Array.isArray(actual) && Array.isArray(expected)) {
    const n = Math.max(actual.length, expected.length);
    for (let i = 0; i < n; i++) {
      const a = i < actual.length ? actual[i] : kAbsent;
      const e = i < expected.length ? expected[i] : kAbsent;
      const d = firstDifference(a, e, join(where, i));
      if (d) return d;
    }
    return null;
  }
  const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  if (isObject(actual) && isObject(expected)) {
    const keys = [...Object.keys(expected)];
    for (const k of Object.keys(actual)) if (!(k in expected)) keys.push(k);
    for (const k of keys) {
      const a = k in actual ? actual[k] : kAbsent;
      const e = k in expected ? expected[k] : kAbsent;
      const d = firstDifference(a, e, join(where, k));
      if (d) return d;
    }
    return null;
  }
  if (Object.is(actual, expected)) return null;
  return { path: where || "(root)", actual, expected };
}

// Runs task(0) ... task(count - 1), at most `jobs` at a time.
export async function runPool(count, jobs, task) {
  let next = 0;
  async function worker() {
    while (next < count) await task(next++);
  }
  await Promise.all(Array.from({ length: Math.min(jobs, count) }, worker));
}

// Each input's report lines, printed in input order whatever order they are ready in:
// results[i] = lines, then flush().
export function inputOrderPrinter(count) {
  const results = new Array(count);
  let nextToPrint = 0;
  const flush = () => {
    while (nextToPrint < count && results[nextToPrint]) {
      for (const line of results[nextToPrint++]) console.log(line);
    }
  };
  return { results, flush };
}

// The last lines of a run; the exit status is 1 when anything failed.
export function printSummary(compared, passed, failed) {
  console.log(compared);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}
