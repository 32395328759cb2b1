#!/usr/bin/env node
// Compares essa-parse's ESTree JSON with acorn's (pinned in package.json), file by file, with
// and without --loc --range. acorn is the oracle: files it rejects are skipped and counted.
// acorn is extended with acorn-import-phases (also pinned), which parses the stage-3 phase
// imports (`import defer * as ns`, `import source x`, `import.defer()`, `import.source()`)
// and adds "phase" to those nodes only, as essa does by default.
// With --jsx, acorn is also extended with acorn-jsx (pinned) and essa-parse runs with --jsx:
// the JSX oracle, over the JSX fixtures, a corpus of real JSX and test262 (plain code must
// come out the same with JSX on), with its own list, known-jsx-differences.txt. A .jsx
// input is JSX in either mode, as essa-parse parses it. --module parses every input with the
// module goal (a corpus of ES modules named .js).
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
// JSON.stringify(ast, replacer, 2) without locations and ranges; one with X.error beside it
// must be rejected by acorn with that error, written `line:column: message` (acorn's loc and
// its message without the "(line:column)" suffix), and by essa with the same. A stale X.json
// or X.error fails the run. An X.loc.json beside X.json holds the same tree with locations
// and ranges, and must be acorn's too. --write-expected (re)writes those files from acorn,
// never from essa: X.json when acorn accepts the input, X.error when it rejects it, and
// X.loc.json where one exists already or with --with-loc.
//
// essa-parse reads many files per process and answers in NDJSON, so files go in batches
// (--batch, 500 by default), one process per batch and mode, --jobs batches at a time.
//
// Usage:
//   node compare-ast.mjs --essa PATH [--jsx] [--module] [--known FILE] [--jobs N] [--batch N] [--verbose]
//        [--test262 DIR [--sample N]] [--list FILE] [--update-known] [FILE|DIR...]
//   node compare-ast.mjs --write-expected [--with-loc] FILE|DIR...
//
// Names in reports and in the known list are relative to the test262 directory for files
// under it (test/language/...), otherwise relative to the repository root.

import { execFile } from "node:child_process";
import { existsSync, readFileSync, writeFileSync, renameSync, unlinkSync } from "node:fs";
import path from "node:path";
import * as acorn from "acorn";
import importPhases from "acorn-import-phases";
import acornJsx from "acorn-jsx";
import {
  byteOrder, displayName, exitWithUsage, firstDifference, here, inputFiles, inputOrderPrinter,
  join, parseCommonArgs, printSummary, readKnown, runPool, show, sourceTypeOf,
} from "./common.mjs";

function usage(message) {
  exitWithUsage(
    "compare-ast",
    "usage: compare-ast.mjs --essa PATH [--jsx] [--module] [--known FILE] [--jobs N] [--batch N] [--verbose]\n" +
      "                       [--test262 DIR [--sample N]] [--list FILE] [--update-known] [FILE|DIR...]\n" +
      "       compare-ast.mjs --write-expected [--with-loc] FILE|DIR...",
    message,
  );
}

function parseArgs(argv) {
  const jsx = argv.includes("--jsx");
  const defaults = {
    known: path.join(here, jsx ? "known-jsx-differences.txt" : "known-ast-differences.txt"),
    jsx: false,
    batch: 500,
    timeout: 300,
    updateKnown: false,
    writeExpected: false,
    withLoc: false,
  };
  const opts = parseCommonArgs(argv, usage, defaults, {
    "--batch": (o, value) => { o.batch = Number.parseInt(value(), 10); },
    "--timeout": (o, value) => { o.timeout = Number.parseInt(value(), 10); },
    "--update-known": (o) => { o.updateKnown = true; },
    "--write-expected": (o) => { o.writeExpected = true; },
    "--with-loc": (o) => { o.withLoc = true; },
    "--jsx": (o) => { o.jsx = true; },
    "--module": (o) => { o.module = true; },
  });
  if (!opts.essa && !opts.writeExpected) usage("--essa PATH is required");
  if (!(opts.jobs >= 1)) usage("--jobs needs a positive number");
  if (!(opts.batch >= 1)) usage("--batch needs a positive number");
  if (!(opts.timeout >= 1)) usage("--timeout needs a positive number of seconds");
  if (!(opts.sample >= 0)) usage("--sample needs a non-negative number");
  return opts;
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

const AcornWithPhases = acorn.Parser.extend(importPhases());
const AcornWithJsx = acorn.Parser.extend(importPhases(), acornJsx());

// The parser for `file`: acorn-jsx for a .jsx file, and for every file with --jsx.
function isJsx(file) {
  return jsxEverywhere || file.endsWith(".jsx");
}
let jsxEverywhere = false;

function parseWithAcorn(src, sourceType, positions, jsx) {
  const options = { ecmaVersion: "latest", sourceType, locations: positions, ranges: positions };
  return applyDeclaredDifference((jsx ? AcornWithJsx : AcornWithPhases).parse(src, options));
}

// acorn's error for src as a fixture's X.error holds it, or null when acorn accepts src.
function acornErrorText(src, sourceType, jsx) {
  try {
    (jsx ? AcornWithJsx : acorn.Parser).parse(src, { ecmaVersion: "latest", sourceType });
  } catch (e) {
    if (!(e instanceof SyntaxError) || !e.loc) throw e;
    return `${e.loc.line}:${e.loc.column}: ${e.message.replace(/ \(\d+:\d+\)$/, "")}\n`;
  }
  return null;
}

// essa's error in the same form, from an NDJSON error record.
function essaErrorText(error) {
  return `${error.line}:${error.column}: ${error.message}\n`;
}

// acorn's JSON for src in both modes, or null when acorn rejects it. Two parses are cheaper
// than one tree printed twice through a replacer that drops loc and range.
function acornJson(src, sourceType, jsx) {
  let plain;
  try {
    plain = parseWithAcorn(src, sourceType, false, jsx);
  } catch {
    return null;
  }
  return {
    ast: plain,
    plain: JSON.stringify(plain),
    positions: JSON.stringify(parseWithAcorn(src, sourceType, true, jsx)),
  };
}

function fixtureJsonPath(file) {
  return file.replace(/\.(m?js|jsx)$/, ".json");
}

function fixtureErrorPath(file) {
  return file.replace(/\.(m?js|jsx)$/, ".error");
}

function fixtureLocPath(file) {
  return file.replace(/\.(m?js|jsx)$/, ".loc.json");
}

// The tree with locations and ranges, indented as the plain fixture is.
function fixtureLocText(positionsJson) {
  return JSON.stringify(JSON.parse(positionsJson), null, 2) + "\n";
}

// Fixture JSON leaves positions to start/end: loc and range are derived from them by the
// writer alone, which its unit tests and the test262 comparison cover.
function fixtureText(plainAst) {
  return JSON.stringify(plainAst, null, 2) + "\n";
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
  if (opts.jsx) args.push("--jsx");
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

// essa must reject a fixture that acorn rejects, with the same position and message.
function compareErrorRecord(record, expectedText) {
  const expected = expectedText.trimEnd();
  if (!record) return { path: "(essa)", actual: "no record", expected };
  if (record.crash) return { path: "(essa)", actual: record.crash, expected };
  if (!record.error) return { path: "(essa)", actual: "accepts it", expected };
  const actual = essaErrorText(record.error);
  return actual === expectedText ? null : { path: "(error)", actual: actual.trimEnd(), expected };
}

function writeExpected(opts, files) {
  let written = 0;
  let errors = 0;
  for (const file of files) {
    const src = readFileSync(file, "utf8");
    const sourceType = sourceTypeOf(file, src);
    const expected = acornJson(src, sourceType, isJsx(file));
    const [write, remove] = expected
      ? [fixtureJsonPath(file), fixtureErrorPath(file)]
      : [fixtureErrorPath(file), fixtureJsonPath(file)];
    writeFileSync(write, expected ? fixtureText(expected.ast) : acornErrorText(src, sourceType, isJsx(file)));
    if (existsSync(remove)) unlinkSync(remove);
    const locPath = fixtureLocPath(file);
    if (expected && (opts.withLoc || existsSync(locPath))) {
      writeFileSync(locPath, fixtureLocText(expected.positions));
      written++;
    } else if (!expected && existsSync(locPath)) {
      unlinkSync(locPath);
    }
    written++;
    if (!expected) errors++;
  }
  console.log(`wrote ${written} expected files from acorn ${acorn.version} (${errors} of them .error)`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  jsxEverywhere = opts.jsx;
  const files = inputFiles(opts, usage, { expandDirectories: true });
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
      const sourceType = opts.module ? "module" : sourceTypeOf(file, src);
      if (!open[sourceType] || open[sourceType].items.length >= opts.batch) {
        open[sourceType] = { sourceType, items: [] };
        batches.push(open[sourceType]);
      }
      open[sourceType].items.push({ index, file, src });
    });
  }

  // Results are printed in input order, whatever order the batches finish in.
  const { results, flush } = inputOrderPrinter(files.length);

  function judge(item, diffs, sourceType, expectedFixture) {
    const name = displayName(item.file, opts.test262);
    checked.add(name);
    const diff = diffs.find((d) => d.diff);
    if (diff) differing.set(name, `${diff.mode}: ${diff.diff.path}`);
    const listed = known.has(name);
    if (expectedFixture !== undefined) {
      const fixturePath = item.acornError !== undefined ? fixtureErrorPath(item.file) : fixtureJsonPath(item.file);
      if (!existsSync(fixturePath) || readFileSync(fixturePath, "utf8") !== expectedFixture) {
        tally.stale++;
        return [`STALE ${displayName(fixturePath, opts.test262)}: not acorn's output; rewrite it with --write-expected`];
      }
      const locPath = fixtureLocPath(item.file);
      if (existsSync(locPath) && (item.positions === undefined || readFileSync(locPath, "utf8") !== fixtureLocText(item.positions))) {
        tally.stale++;
        return [`STALE ${displayName(locPath, opts.test262)}: not acorn's output; rewrite it with --write-expected`];
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
    const rejected = [];  // fixtures with an X.error (or an X.json that acorn now rejects)
    for (const item of batch.items) {
      const expected = acornJson(item.src, batch.sourceType, isJsx(item.file));
      const isFixture = !opts.test262 || !path.resolve(item.file).startsWith(opts.test262 + path.sep);
      if (!expected && isFixture && (existsSync(fixtureErrorPath(item.file)) || existsSync(fixtureJsonPath(item.file)))) {
        item.acornError = acornErrorText(item.src, batch.sourceType, isJsx(item.file));
        item.fixture = item.acornError;
        item.src = null;
        rejected.push(item);
        continue;
      }
      item.src = null;  // keep memory to one batch's trees
      if (!expected) {
        tally.skipped++;
        results[item.index] = opts.verbose
          ? [`skip ${displayName(item.file, opts.test262)} (acorn rejects it as ${batch.sourceType})`]
          : [];
        continue;
      }
      if (isFixture && (existsSync(fixtureJsonPath(item.file)) || existsSync(fixtureErrorPath(item.file)))) {
        item.fixture = fixtureText(expected.ast);
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
    if (rejected.length > 0) {
      const records = await runEssa(opts, rejected.map((item) => item.file), batch.sourceType, false);
      for (const item of rejected) {
        const diff = compareErrorRecord(records.get(item.file), item.acornError);
        results[item.index] = judge(item, [{ mode: "error", diff }], batch.sourceType, item.fixture);
      }
    }
    flush();
  }

  await runPool(batches.length, opts.jobs, (index) => check(batches[index]));
  flush();

  if (opts.updateKnown) {
    const entries = new Map();
    for (const [name, entry] of known) if (!checked.has(name)) entries.set(name, entry.comment);
    for (const [name, first] of differing) entries.set(name, first);
    writeKnown(opts.known, entries);
    console.log(`wrote ${entries.size} entries to ${knownLabel}`);
  }

  const compared = tally.matched + tally.known + tally.fresh + tally.fixed + tally.stale;
  // After --update-known the list describes this run: new and fixed differences are settled.
  const settled = opts.updateKnown ? tally.fresh + tally.fixed : 0;
  printSummary(
    `compared ${compared} files: ${tally.matched} match acorn, ${tally.known} listed as known ` +
      `differences, ${tally.fresh} new differences, ${tally.fixed} fixed, ${tally.stale} stale ` +
      `fixtures; skipped ${tally.skipped} that acorn rejects` +
      (tally.unreadable ? `; ${tally.unreadable} unreadable` : ""),
    tally.matched + tally.known + settled,
    tally.fresh + tally.fixed - settled + tally.stale + tally.unreadable,
  );
}

main();
