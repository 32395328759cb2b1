#!/usr/bin/env node
// Compares `essa-parse --tokens --loc --range` with espree.tokenize() (pinned in package.json)
// file by file. espree is the oracle: files it rejects are skipped and counted. A file that
// differs must be listed in known-token-differences.txt, and a listed file that now matches
// must be removed from it, so the list stays exact.
//
// Usage:
//   node compare-tokens.mjs --essa PATH [--known FILE] [--jobs N] [--verbose]
//        [--test262 DIR [--sample N]] [--list FILE] [FILE...]
//
// Names in reports and in the known list are relative to the test262 directory for files
// under it (test/language/...), otherwise relative to the repository root.

import { execFile } from "node:child_process";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as espree from "espree";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..", "..");

function usage(message) {
  if (message) console.error(`compare-tokens: ${message}`);
  console.error(
    "usage: compare-tokens.mjs --essa PATH [--known FILE] [--jobs N] [--verbose]\n" +
      "                          [--test262 DIR [--sample N]] [--list FILE] [FILE...]",
  );
  process.exit(2);
}

function parseArgs(argv) {
  const opts = {
    essa: null,
    known: path.join(here, "known-token-differences.txt"),
    jobs: Math.max(1, os.availableParallelism ? os.availableParallelism() : os.cpus().length),
    verbose: false,
    test262: null,
    sample: 0,
    lists: [],
    files: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
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
  if (!opts.essa) usage("--essa PATH is required");
  if (!(opts.jobs >= 1)) usage("--jobs needs a positive number");
  if (!(opts.sample >= 0)) usage("--sample needs a non-negative number");
  return opts;
}

// Every .js/.mjs file under dir, sorted by path (byte order, so the sample is stable).
function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.m?js$/.test(entry.name)) out.push(full);
  }
  return out;
}

function byteOrder(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// N files spread evenly over the sorted list: indexes floor(i * total / N).
function strideSample(files, n) {
  if (n <= 0 || n >= files.length) return files;
  const picked = [];
  for (let i = 0; i < n; i++) picked.push(files[Math.floor((i * files.length) / n)]);
  return picked;
}

// test262 rules (INTERPRETING.md): `flags: [module]` in the frontmatter selects the module
// goal; _FIXTURE files are imported by module tests; elsewhere .mjs means module.
function sourceTypeOf(file, src) {
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

function displayName(file, test262) {
  const abs = path.resolve(file);
  for (const base of [test262, repoRoot]) {
    if (base && abs.startsWith(base + path.sep)) return path.relative(base, abs).split(path.sep).join("/");
  }
  return file;
}

// The known list: one name per line; `#` starts a comment (the reason).
function readKnown(file) {
  const known = new Map();
  if (!existsSync(file)) return known;
  readFileSync(file, "utf8").split("\n").forEach((line, i) => {
    const name = line.replace(/#.*/, "").trim();
    if (name) known.set(name, i + 1);
  });
  return known;
}

function readList(file) {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

const kAbsent = Symbol("absent");

function show(value) {
  if (value === kAbsent) return "<absent>";
  const text = JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

// The first path where `actual` and `expected` differ, or null. Key order is not compared.
function firstDifference(actual, expected, where = "") {
  if (Array.isArray(actual) && Array.isArray(expected)) {
    const n = Math.max(actual.length, expected.length);
    for (let i = 0; i < n; i++) {
      const a = i < actual.length ? actual[i] : kAbsent;
      const e = i < expected.length ? expected[i] : kAbsent;
      const d = firstDifference(a, e, `${where}[${i}]`);
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
      const d = firstDifference(a, e, `${where}.${k}`);
      if (d) return d;
    }
    return null;
  }
  if (Object.is(actual, expected)) return null;
  return { path: where || "(root)", actual, expected };
}

function runEssa(essa, file, sourceType) {
  const args = ["--tokens", "--loc", "--range", sourceType === "module" ? "--module" : "--script", file];
  return new Promise((resolve) => {
    execFile(essa, args, { maxBuffer: 1 << 30, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error) {
        const why = error.signal ? `killed by ${error.signal}` : `exit ${error.code}`;
        resolve({ error: `essa-parse failed (${why}): ${stderr.trim().split("\n")[0] || ""}` });
        return;
      }
      try {
        resolve({ tokens: JSON.parse(stdout) });
      } catch (e) {
        resolve({ error: `essa-parse printed invalid JSON: ${e.message}` });
      }
    });
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.essa)) usage(`no essa-parse at ${opts.essa}`);

  let files = [];
  if (opts.test262) {
    const testDir = path.join(opts.test262, "test");
    if (!existsSync(testDir)) usage(`no test directory in ${opts.test262}`);
    files.push(...strideSample(walk(testDir).sort(byteOrder), opts.sample));
  }
  for (const list of opts.lists) files.push(...readList(list));
  files.push(...opts.files);
  if (files.length === 0) usage("no input files");

  const known = readKnown(opts.known);
  const knownLabel = displayName(opts.known, null);
  const tally = { matched: 0, expectedDiff: 0, skipped: 0, unexpected: 0 };

  // Results are printed in input order, whatever order the child processes finish in.
  const results = new Array(files.length);
  let nextToPrint = 0;
  const flush = () => {
    while (nextToPrint < files.length && results[nextToPrint]) {
      const lines = results[nextToPrint++];
      for (const line of lines) console.log(line);
    }
  };

  async function check(index) {
    const file = files[index];
    const name = displayName(file, opts.test262);
    const out = [];
    let src;
    try {
      src = readFileSync(file, "utf8");
    } catch (e) {
      tally.unexpected++;
      out.push(`ERROR ${name}: cannot read: ${e.message}`);
      return out;
    }
    const sourceType = sourceTypeOf(file, src);
    let expected;
    try {
      expected = espree.tokenize(src, { ecmaVersion: "latest", sourceType, loc: true, range: true });
    } catch {
      tally.skipped++;
      if (opts.verbose) out.push(`skip ${name} (espree rejects it as ${sourceType})`);
      return out;
    }
    // Through JSON, so both sides are plain data (espree's loc objects are class instances).
    expected = JSON.parse(JSON.stringify(expected));
    const got = await runEssa(opts.essa, file, sourceType);
    const diff = got.error
      ? { path: "(essa)", actual: got.error, expected: `${expected.length} tokens` }
      : firstDifference(got.tokens, expected);
    const listed = known.has(name);
    if (!diff && !listed) {
      tally.matched++;
      if (opts.verbose) out.push(`ok ${name}`);
    } else if (diff && listed) {
      tally.expectedDiff++;
      if (opts.verbose) out.push(`known ${name}: ${diff.path}`);
    } else if (!diff) {
      tally.unexpected++;
      out.push(`FIXED ${name} (${sourceType}): now matches espree; delete line ${known.get(name)} of ${knownLabel}`);
    } else {
      tally.unexpected++;
      out.push(`DIFF ${name} (${sourceType}) at ${diff.path}`);
      if (got.error) {
        out.push(`  ${got.error}`);
      } else {
        out.push(`  essa:   ${show(diff.actual)}`);
        out.push(`  espree: ${show(diff.expected)}`);
        const token = /^\[(\d+)\]/.exec(diff.path);
        if (token && diff.path !== token[0]) {
          const i = Number(token[1]);
          out.push(`  essa token:   ${show(i < got.tokens.length ? got.tokens[i] : kAbsent)}`);
          out.push(`  espree token: ${show(i < expected.length ? expected[i] : kAbsent)}`);
        }
      }
    }
    return out;
  }

  let next = 0;
  async function worker() {
    while (next < files.length) {
      const index = next++;
      results[index] = await check(index);
      flush();
    }
  }
  await Promise.all(Array.from({ length: Math.min(opts.jobs, files.length) }, worker));
  flush();

  const compared = tally.matched + tally.expectedDiff + tally.unexpected;
  console.log(
    `compared ${compared} files: ${tally.matched} match espree, ${tally.expectedDiff} listed as known ` +
      `differences; skipped ${tally.skipped} that espree rejects`,
  );
  console.log(`${tally.matched + tally.expectedDiff} passed, ${tally.unexpected} failed`);
  process.exitCode = tally.unexpected === 0 ? 0 : 1;
}

main();
