#!/usr/bin/env node
// Compares essa-parse's ESTree JSON with acorn's (pinned in package.json), file by file, with
// and without --loc --range. acorn is the oracle: files it rejects are skipped and counted.
// The expected text is JSON.stringify(acorn.parse(src, {ecmaVersion: "latest", sourceType,
// locations, ranges})) with regex and BigInt values mapped to null (our one declared
// difference), and essa's output must equal it byte for byte; when it does not, the report
// gives the first differing path (body[3].expression.arguments[0].raw) and both values.
//
// A file that differs must be listed in known-ast-differences.txt, and a listed file that now
// matches must be removed from it, so the list stays exact. --update-known rewrites the list
// from this run (entries for files the run did not check are kept).
//
// Fixtures: an input X.js / X.mjs with X.json beside it must hold acorn's output, as
// JSON.stringify(ast, replacer, 2) without locations and ranges; a stale X.json fails the run.
// --write-expected (re)writes those files from acorn, never from essa.
//
// essa-parse reads many files per process and answers in NDJSON, so files go in batches
// (--batch, 500 by default), one process per batch and mode, --jobs batches at a time.
//
// Usage:
//   node compare-ast.mjs --essa PATH [--known FILE] [--jobs N] [--batch N] [--verbose]
//        [--test262 DIR [--sample N]] [--list FILE] [--update-known] [FILE|DIR...]
//   node compare-ast.mjs --write-expected FILE|DIR...
//
// Names in reports and in the known list are relative to the test262 directory for files
// under it (test/language/...), otherwise relative to the repository root.

import { execFile } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, renameSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as acorn from "acorn";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..", "..");

function usage(message) {
  if (message) console.error(`compare-ast: ${message}`);
  console.error(
    "usage: compare-ast.mjs --essa PATH [--known FILE] [--jobs N] [--batch N] [--verbose]\n" +
      "                       [--test262 DIR [--sample N]] [--list FILE] [--update-known] [FILE|DIR...]\n" +
      "       compare-ast.mjs --write-expected FILE|DIR...",
  );
  process.exit(2);
}

function parseArgs(argv) {
  const opts = {
    essa: null,
    known: path.join(here, "known-ast-differences.txt"),
    jobs: Math.max(1, os.availableParallelism ? os.availableParallelism() : os.cpus().length),
    batch: 500,
    timeout: 300,
    verbose: false,
    test262: null,
    sample: 0,
    lists: [],
    files: [],
    updateKnown: false,
    writeExpected: false,
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
      case "--batch": opts.batch = Number.parseInt(value(), 10); break;
      case "--timeout": opts.timeout = Number.parseInt(value(), 10); break;
      case "--verbose": opts.verbose = true; break;
      case "--test262": opts.test262 = path.resolve(value()); break;
      case "--sample": opts.sample = Number.parseInt(value(), 10); break;
      case "--list": opts.lists.push(value()); break;
      case "--update-known": opts.updateKnown = true; break;
      case "--write-expected": opts.writeExpected = true; break;
      case "--help": case "-h": usage(); break;
      default:
        if (arg.startsWith("--")) usage(`unknown option ${arg}`);
        opts.files.push(arg);
    }
  }
  if (!opts.essa && !opts.writeExpected) usage("--essa PATH is required");
  if (!(opts.jobs >= 1)) usage("--jobs needs a positive number");
  if (!(opts.batch >= 1)) usage("--batch needs a positive number");
  if (!(opts.timeout >= 1)) usage("--timeout needs a positive number of seconds");
  if (!(opts.sample >= 0)) usage("--sample needs a non-negative number");
  return opts;
}

// Every .js/.mjs file under dir.
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

// The known list: one name per line; `#` starts a comment (the difference when listed).
function readKnown(file) {
  const known = new Map();
  if (!existsSync(file)) return known;
  readFileSync(file, "utf8").split("\n").forEach((line, i) => {
    const name = line.replace(/#.*/, "").trim();
    if (name) known.set(name, { line: i + 1, comment: line.includes("#") ? line.slice(line.indexOf("#") + 1).trim() : "" });
  });
  return known;
}

function writeKnown(file, entries) {
  const names = [...entries.keys()].sort(byteOrder);
  const lines = [
    "# Files whose essa-parse AST differs from acorn's (tests/oracle/compare-ast.mjs).",
    "# One name per line (test262-relative, or repository-relative for fixtures); after `#`, the",
    "# first difference when the line was written. A new difference fails the oracle, and so does",
    "# a listed file that now matches. Rewrite with compare-ast.mjs --update-known.",
    ...names.map((name) => (entries.get(name) ? `${name}  # ${entries.get(name)}` : name)),
  ];
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, lines.join("\n") + "\n");
  renameSync(temp, file);
}

function readList(file) {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

// Our declared difference: acorn holds a RegExp or a BigInt in a Literal's value; essa writes
// null (JSON.stringify would print {} for the first and throw on the second). Applied to the
// tree in place, so that JSON.stringify runs without a (slow) replacer function.
function applyDeclaredDifference(node) {
  if (Array.isArray(node)) {
    for (const item of node) if (item !== null && typeof item === "object") applyDeclaredDifference(item);
    return node;
  }
  if (node.type === "Literal" && (typeof node.value === "bigint" || node.value instanceof RegExp)) {
    node.value = null;
  }
  for (const key in node) {
    const value = node[key];
    if (value !== null && typeof value === "object" && key !== "loc") applyDeclaredDifference(value);
  }
  return node;
}

function parseWithAcorn(src, sourceType, positions) {
  const options = { ecmaVersion: "latest", sourceType, locations: positions, ranges: positions };
  return applyDeclaredDifference(acorn.parse(src, options));
}

// acorn's JSON for src in both modes, or null when acorn rejects it. Two parses are cheaper
// than one tree printed twice through a replacer that drops loc and range.
function acornJson(src, sourceType) {
  let plain;
  try {
    plain = parseWithAcorn(src, sourceType, false);
  } catch {
    return null;
  }
  return {
    ast: plain,
    plain: JSON.stringify(plain),
    positions: JSON.stringify(parseWithAcorn(src, sourceType, true)),
  };
}

function fixtureJsonPath(file) {
  return file.replace(/\.m?js$/, ".json");
}

// Fixture JSON leaves positions to start/end: loc and range are derived from them by the
// writer alone, which its unit tests and the test262 comparison cover.
function fixtureText(plainAst) {
  return JSON.stringify(plainAst, null, 2) + "\n";
}

const kAbsent = Symbol("absent");

function show(value) {
  if (value === kAbsent) return "<absent>";
  const text = JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

function join(where, key) {
  return typeof key === "number" ? `${where}[${key}]` : where ? `${where}.${key}` : key;
}

// The first path where the values of `actual` and `expected` differ, or null.
function firstDifference(actual, expected, where = "") {
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

// Same values, different text: the first object whose keys come in another order.
function firstKeyOrderDifference(actual, expected, where = "") {
  if (actual === null || expected === null || typeof actual !== "object") return null;
  if (!Array.isArray(actual)) {
    const a = Object.keys(actual).join(",");
    const e = Object.keys(expected).join(",");
    if (a !== e) return { path: `${where || "(root)"} (key order)`, actual: a, expected: e };
  }
  for (const k of Object.keys(expected)) {
    const d = firstKeyOrderDifference(actual[k], expected[k], join(where, Array.isArray(expected) ? Number(k) : k));
    if (d) return d;
  }
  return null;
}

function describeDifference(actualText, expectedText) {
  let actual;
  try {
    actual = JSON.parse(actualText);
  } catch (e) {
    return { path: "(essa)", actual: `invalid JSON: ${e.message}`, expected: "acorn's tree" };
  }
  const expected = JSON.parse(expectedText);
  return (
    firstDifference(actual, expected) ??
    firstKeyOrderDifference(actual, expected) ?? {
      path: "(text)",
      actual: actualText.slice(0, 200),
      expected: expectedText.slice(0, 200),
    }
  );
}

// One essa-parse process over `files` (all of one goal); resolves to the records by path:
// {ast: text} or {error: {message, line, column}}. Files it gave no record for are missing
// from the map; `failure` says why the process did not finish normally.
function runEssaOnce(opts, files, sourceType, positions) {
  const args = ["--ndjson", sourceType === "module" ? "--module" : "--script"];
  if (positions) args.push("--loc", "--range");
  args.push("--", ...files);
  return new Promise((resolve) => {
    execFile(
      opts.essa,
      args,
      { maxBuffer: 1 << 30, encoding: "utf8", timeout: opts.timeout * 1000, killSignal: "SIGKILL" },
      (error, stdout, stderr) => {
        const records = new Map();
        for (const line of stdout.split("\n")) {
          const head = /^\{"file":("(?:[^"\\]|\\.)*"),"(ast|error)":/.exec(line);
          if (!head || !line.endsWith("}")) continue;
          const file = JSON.parse(head[1]);
          const body = line.slice(head[0].length, -1);
          records.set(file, head[2] === "ast" ? { ast: body } : { error: JSON.parse(body) });
        }
        let failure = null;
        // Status 1 (syntax errors) and 2 (e.g. a tree too deep to write) still give a record
        // per file; a signal or a timeout does not.
        if (error && (error.signal || error.killed || typeof error.code !== "number")) {
          const why = error.killed
            ? `timed out after ${opts.timeout} s`
            : error.signal ? `killed by ${error.signal}` : `failed to run (${error.code})`;
          failure = `essa-parse ${why}: ${stderr.trim().split("\n").pop() || ""}`;
        }
        resolve({ records, failure });
      },
    );
  });
}

// Like runEssaOnce, but a batch that crashes is split in halves until each crash is pinned on
// one file, which gets {crash: message}. Output before a crash may be lost in stdio buffers,
// so records of a crashed batch are not trusted as complete.
async function runEssa(opts, files, sourceType, positions) {
  const { records, failure } = await runEssaOnce(opts, files, sourceType, positions);
  const missing = files.filter((f) => !records.has(f));
  if (missing.length === 0) return records;
  if (files.length === 1) {
    records.set(files[0], { crash: failure ?? "essa-parse wrote no record" });
    return records;
  }
  const half = Math.ceil(missing.length / 2);
  for (const part of [missing.slice(0, half), missing.slice(half)]) {
    for (const [file, record] of await runEssa(opts, part, sourceType, positions)) records.set(file, record);
  }
  return records;
}

function compareRecord(record, expectedText) {
  if (!record) return { path: "(essa)", actual: "no record", expected: "acorn's tree" };
  if (record.crash) return { path: "(essa)", actual: record.crash, expected: "acorn's tree" };
  if (record.error) {
    const e = record.error;
    return { path: "(essa)", actual: `SyntaxError: ${e.message} (${e.line}:${e.column})`, expected: "acorn accepts it" };
  }
  if (record.ast === expectedText) return null;
  return describeDifference(record.ast, expectedText);
}

function writeExpected(opts, files) {
  let written = 0;
  for (const file of files) {
    const src = readFileSync(file, "utf8");
    const sourceType = sourceTypeOf(file, src);
    const expected = acornJson(src, sourceType);
    if (!expected) {
      console.error(`compare-ast: acorn rejects ${file} (${sourceType}); no expected JSON written`);
      process.exitCode = 1;
      continue;
    }
    writeFileSync(fixtureJsonPath(file), fixtureText(expected.ast));
    written++;
  }
  console.log(`wrote ${written} expected JSON files from acorn ${acorn.version}`);
}

function expandInputs(opts) {
  const files = [];
  if (opts.test262) {
    const testDir = path.join(opts.test262, "test");
    if (!existsSync(testDir)) usage(`no test directory in ${opts.test262}`);
    files.push(...strideSample(walk(testDir).sort(byteOrder), opts.sample));
  }
  for (const list of opts.lists) files.push(...readList(list));
  for (const arg of opts.files) {
    if (existsSync(arg) && statSync(arg).isDirectory()) files.push(...walk(arg).sort(byteOrder));
    else files.push(arg);
  }
  return files;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const files = expandInputs(opts);
  if (files.length === 0) usage("no input files");
  if (opts.writeExpected) return writeExpected(opts, files);
  if (!existsSync(opts.essa)) usage(`no essa-parse at ${opts.essa}`);

  const known = readKnown(opts.known);
  const knownLabel = displayName(opts.known, null);
  // Outcomes per file: matched, known (listed and differs), fresh (a new difference), fixed
  // (listed but matches), stale (its fixture JSON is not acorn's), unreadable, skipped.
  const tally = { matched: 0, known: 0, fresh: 0, fixed: 0, stale: 0, unreadable: 0, skipped: 0 };
  const differing = new Map();  // name -> first difference, for --update-known
  const checked = new Set();

  // Batches of one goal each, in input order.
  const batches = [];
  {
    const open = { script: null, module: null };
    files.forEach((file, index) => {
      let src;
      try {
        src = readFileSync(file, "utf8");
      } catch (e) {
        batches.push({ items: [{ index, file, readError: e.message }] });
        return;
      }
      const sourceType = sourceTypeOf(file, src);
      if (!open[sourceType] || open[sourceType].items.length >= opts.batch) {
        open[sourceType] = { sourceType, items: [] };
        batches.push(open[sourceType]);
      }
      open[sourceType].items.push({ index, file, src });
    });
  }

  // Results are printed in input order, whatever order the batches finish in.
  const results = new Array(files.length);
  let nextToPrint = 0;
  const flush = () => {
    while (nextToPrint < files.length && results[nextToPrint]) {
      for (const line of results[nextToPrint++]) console.log(line);
    }
  };

  function judge(item, diffs, sourceType, expectedFixture) {
    const name = displayName(item.file, opts.test262);
    checked.add(name);
    const diff = diffs.find((d) => d.diff);
    if (diff) differing.set(name, `${diff.mode}: ${diff.diff.path}`);
    const listed = known.has(name);
    if (expectedFixture !== undefined) {
      const jsonPath = fixtureJsonPath(item.file);
      if (readFileSync(jsonPath, "utf8") !== expectedFixture) {
        tally.stale++;
        return [`STALE ${displayName(jsonPath, opts.test262)}: not acorn's output; rewrite it with --write-expected`];
      }
    }
    if (!diff && !listed) {
      tally.matched++;
      return opts.verbose ? [`ok ${name}`] : [];
    }
    if (diff && listed) {
      tally.known++;
      return opts.verbose ? [`known ${name}: ${diff.mode} ${diff.diff.path}`] : [];
    }
    if (!diff) {
      tally.fixed++;
      return [`FIXED ${name} (${sourceType}): now matches acorn; delete line ${known.get(name).line} of ${knownLabel}`];
    }
    tally.fresh++;
    const mode = diff.mode === "plain" ? "" : `, ${diff.mode}`;
    return [
      `DIFF ${name} (${sourceType}${mode}) at ${diff.diff.path}`,
      `  essa:  ${show(diff.diff.actual)}`,
      `  acorn: ${show(diff.diff.expected)}`,
    ];
  }

  async function check(batch) {
    if (!batch.sourceType) {
      const item = batch.items[0];
      tally.unreadable++;
      results[item.index] = [`ERROR ${displayName(item.file, opts.test262)}: cannot read: ${item.readError}`];
      return;
    }
    const accepted = [];
    for (const item of batch.items) {
      const expected = acornJson(item.src, batch.sourceType);
      item.src = null;  // keep memory to one batch's trees
      if (!expected) {
        tally.skipped++;
        results[item.index] = opts.verbose
          ? [`skip ${displayName(item.file, opts.test262)} (acorn rejects it as ${batch.sourceType})`]
          : [];
        continue;
      }
      const jsonPath = fixtureJsonPath(item.file);
      if (!opts.test262 || !path.resolve(item.file).startsWith(opts.test262 + path.sep)) {
        if (existsSync(jsonPath)) item.fixture = fixtureText(expected.ast);
      }
      item.plain = expected.plain;
      item.positions = expected.positions;
      accepted.push(item);
    }
    if (accepted.length > 0) {
      const paths = accepted.map((item) => item.file);
      const [plain, positions] = await Promise.all([
        runEssa(opts, paths, batch.sourceType, false),
        runEssa(opts, paths, batch.sourceType, true),
      ]);
      for (const item of accepted) {
        const diffs = [
          { mode: "plain", diff: compareRecord(plain.get(item.file), item.plain) },
          { mode: "--loc --range", diff: compareRecord(positions.get(item.file), item.positions) },
        ];
        results[item.index] = judge(item, diffs, batch.sourceType, item.fixture);
      }
    }
    flush();
  }

  let next = 0;
  async function worker() {
    while (next < batches.length) await check(batches[next++]);
  }
  await Promise.all(Array.from({ length: Math.min(opts.jobs, batches.length) }, worker));
  flush();

  if (opts.updateKnown) {
    const entries = new Map();
    for (const [name, entry] of known) if (!checked.has(name)) entries.set(name, entry.comment);
    for (const [name, first] of differing) entries.set(name, first);
    writeKnown(opts.known, entries);
    console.log(`wrote ${entries.size} entries to ${knownLabel}`);
  }

  const compared = tally.matched + tally.known + tally.fresh + tally.fixed + tally.stale;
  console.log(
    `compared ${compared} files: ${tally.matched} match acorn, ${tally.known} listed as known ` +
      `differences, ${tally.fresh} new differences, ${tally.fixed} fixed, ${tally.stale} stale ` +
      `fixtures; skipped ${tally.skipped} that acorn rejects` +
      (tally.unreadable ? `; ${tally.unreadable} unreadable` : ""),
  );
  // After --update-known the list describes this run: new and fixed differences are settled.
  const settled = opts.updateKnown ? tally.fresh + tally.fixed : 0;
  const passed = tally.matched + tally.known + settled;
  const failed = tally.fresh + tally.fixed - settled + tally.stale + tally.unreadable;
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main();
