#!/usr/bin/env node
// Compares essa-parse with acorn (pinned in package.json, with acorn-import-phases as
// compare-ast.mjs uses it) under each of acorn's options that essa takes: the same option on
// both sides (--strict and {strict: true}, --allow-reserved=never and {allowReserved:
// "never"}, ...), over the same inputs. Where acorn accepts an input, essa's ESTree JSON must
// equal acorn's byte for byte; where acorn rejects it, essa must reject it at the same line and
// column with the same message.
//
// Inputs: the snippets file (option-snippets.txt: snippets separated by lines `//----`, each
// parsed as a script and as a module), the files and directories given (fixtures: goal by
// test262's rules, as compare-ast.mjs), and with --test262 a sample of test262 files, of which
// only the positive tests that acorn accepts with its default options are used (the rest are
// compare-ast's business: there the options add nothing to check).
//
// A difference must be listed in known-option-differences.txt as `CONFIG NAME`, and a listed
// one that now matches must be removed, so the list stays exact.
//
// --ecma-versions compares acorn's ecmaVersion instead: acorn with each edition 3, 5, 6 to 17
// and essa-parse --ecma-version with the edition number (see kEcmaConfigs), the same inputs;
// its differences go to known-ecma-version-differences.txt (--known).
//
// Fixtures with an option: each X.js / X.mjs under --parens-fixtures DIR has X.json (acorn's
// tree with preserveParens, as compare-ast.mjs writes fixtures) or X.error (acorn's error,
// `line:column: message`); a stale one fails the run, and --write-expected (re)writes them from
// acorn, never from essa. essa_unit_tests checks essa --preserve-parens against them.
//
// Usage:
//   node compare-options.mjs --essa PATH [--known FILE] [--snippets FILE] [--jobs N]
//        [--test262 DIR [--sample N]] [--parens-fixtures DIR] [--ecma-versions] [--verbose]
//        [--update-known] [FILE|DIR...]
//   node compare-options.mjs --write-expected --parens-fixtures DIR

import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, renameSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as acorn from "acorn";
import importPhases from "acorn-import-phases";
import {
  byteOrder, displayName, exitWithUsage, firstDifference, here, inputFiles, parseCommonArgs,
  printSummary, readKnown, runPool, show, sourceTypeOf,
} from "./common.mjs";

// Each configuration: acorn's options (over ecmaVersion "latest" and the input's sourceType)
// and essa-parse's flags. `goals` limits the inputs' goals (acorn's commonjs is a script goal).
const kConfigs = [
  { name: "default", acorn: {}, essa: [] },
  { name: "strict", acorn: { strict: true }, essa: ["--strict"] },
  { name: "return", acorn: { allowReturnOutsideFunction: true }, essa: ["--allow-return-outside-function"] },
  { name: "await", acorn: { allowAwaitOutsideFunction: true }, essa: ["--allow-await-outside-function"] },
  { name: "everywhere", acorn: { allowImportExportEverywhere: true }, essa: ["--allow-import-export-everywhere"] },
  { name: "no-hashbang", acorn: { allowHashBang: false }, essa: ["--allow-hash-bang=false"] },
  { name: "reserved", acorn: { allowReserved: true }, essa: ["--allow-reserved"] },
  { name: "reserved-never", acorn: { allowReserved: "never" }, essa: ["--allow-reserved=never"] },
  { name: "parens", acorn: { preserveParens: true }, essa: ["--preserve-parens"] },
  { name: "commonjs", acorn: { sourceType: "commonjs" }, essa: ["--commonjs"], goals: ["script"] },
  {
    name: "commonjs-return",
    acorn: { sourceType: "commonjs", allowReturnOutsideFunction: true },
    essa: ["--commonjs", "--allow-return-outside-function"],
    goals: ["script"],
  },
];

// With --ecma-versions: acorn's ecmaVersion, each edition essa takes, given to acorn as its
// year from 2015 on (3 and 5 have none) and to essa-parse as its edition number (so both
// spellings are exercised), beside the default options. acorn's allowHashBang defaults from
// the version on both sides. ESSA_ECMA_EDITIONS=6,7 (say) compares only those editions.
const kEcmaConfigs = (process.env.ESSA_ECMA_EDITIONS?.split(",").map(Number) ??
                      [3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]).map((edition) => ({
  name: edition >= 6 ? `ecma${2009 + edition}` : `ecma${edition}`,
  acorn: { ecmaVersion: edition >= 6 ? 2009 + edition : edition },
  essa: ["--ecma-version", String(edition)],
}));

function usage(message) {
  exitWithUsage(
    "compare-options",
    "usage: compare-options.mjs --essa PATH [--known FILE] [--snippets FILE] [--jobs N]\n" +
      "                           [--test262 DIR [--sample N]] [--ecma-versions] [--verbose] [--update-known]\n" +
      "                           [FILE|DIR...]",
    message,
  );
}

function parseArgs(argv) {
  const defaults = {
    known: path.join(here, "known-option-differences.txt"),
    snippets: path.join(here, "option-snippets.txt"),
    batch: 500,
    updateKnown: false,
  };
  const opts = parseCommonArgs(argv, usage, defaults, {
    "--snippets": (o, value) => { o.snippets = path.resolve(value()); },
    "--update-known": (o) => { o.updateKnown = true; },
    "--ecma-versions": (o) => { o.ecmaVersions = true; },
    "--parens-fixtures": (o, value) => { o.parensFixtures = path.resolve(value()); },
    "--write-expected": (o) => { o.writeExpected = true; },
  });
  if (!opts.essa && !opts.writeExpected) usage("--essa PATH is required");
  if (!(opts.jobs >= 1)) usage("--jobs needs a positive number");
  return opts;
}

const AcornWithPhases = acorn.Parser.extend(importPhases());

// Our one declared difference (compare-ast.mjs): regex and BigInt values are null.
function replacer(key, value) {
  if (typeof value === "bigint" || value instanceof RegExp) return null;
  return value;
}

// acorn's result as the text essa must print: {ast} or {error: "line:column: message"}.
function acornResult(src, sourceType, options) {
  try {
    const ast = AcornWithPhases.parse(src, { ecmaVersion: "latest", sourceType, ...options });
    return { ast: JSON.stringify(ast, replacer) };
  } catch (e) {
    if (!(e instanceof SyntaxError) || !e.loc) {
      return { error: `(not a syntax error) ${e.message}` };
    }
    return { error: `${e.loc.line}:${e.loc.column}: ${e.message.replace(/ \(\d+:\d+\)$/, "")}` };
  }
}

// A --parens-fixtures input's expected text: the tree indented by two spaces, or the error.
function parensFixtureText(file, src) {
  const sourceType = file.endsWith(".mjs") ? "module" : "script";
  const result = acornResult(src, sourceType, { preserveParens: true });
  if (result.error !== undefined) return { path: file.replace(/\.m?js$/, ".error"), text: `${result.error}\n` };
  return { path: file.replace(/\.m?js$/, ".json"), text: JSON.stringify(JSON.parse(result.ast), null, 2) + "\n" };
}

// Checks (or with --write-expected writes) the --parens-fixtures expected files: stale names.
function checkParensFixtures(opts) {
  if (!opts.parensFixtures) return [];
  const stale = [];
  for (const file of inputFiles({ files: [opts.parensFixtures], lists: [] }, usage, { expandDirectories: true })) {
    const { path: expectedPath, text } = parensFixtureText(file, readFileSync(file, "utf8"));
    const other = expectedPath.endsWith(".json") ? expectedPath.replace(/\.json$/, ".error") : expectedPath.replace(/\.error$/, ".json");
    if (opts.writeExpected) {
      writeFileSync(expectedPath, text);
      rmSync(other, { force: true });
    } else if (!existsSync(expectedPath) || readFileSync(expectedPath, "utf8") !== text || existsSync(other)) {
      stale.push(displayName(expectedPath, null));
    }
  }
  return stale;
}

// The snippets, written to files in `dir`: [{file, name, src}] (each in both goals later).
function readSnippets(file, dir) {
  const lines = readFileSync(file, "utf8").split("\n");
  const snippets = [];
  let start = 0;
  const flush = (end) => {
    const body = lines.slice(start, end);
    const first = start + 1;
    start = end + 1;
    if (body.every((l) => l.trim() === "" || l.startsWith("#"))) return;
    const src = body.join("\n");
    const out = path.join(dir, `snippet-${first}.js`);
    writeFileSync(out, src);
    snippets.push({ file: out, name: `${path.basename(file)}:${first}`, src });
  };
  lines.forEach((line, i) => {
    if (line === "//----") flush(i);
  });
  flush(lines.length);
  return snippets;
}

// One essa-parse process over `files` with `flags`: records by path, {ast} or {error}.
function runEssa(opts, files, flags) {
  return new Promise((resolve) => {
    execFile(
      opts.essa,
      ["--ndjson", ...flags, "--", ...files],
      { maxBuffer: 1 << 30, encoding: "utf8", timeout: 300000, killSignal: "SIGKILL" },
      (error, stdout, stderr) => {
        const records = new Map();
        for (const line of stdout.split("\n")) {
          const head = /^\{"file":("(?:[^"\\]|\\.)*"),"(ast|error)":/.exec(line);
          if (!head || !line.endsWith("}")) continue;
          const file = JSON.parse(head[1]);
          const body = line.slice(head[0].length, -1);
          if (head[2] === "ast") {
            records.set(file, { ast: body });
          } else {
            const e = JSON.parse(body);
            records.set(file, { error: `${e.line}:${e.column}: ${e.message}` });
          }
        }
        if (error && typeof error.code !== "number") {
          const why = `essa-parse failed: ${error.signal ?? error.code} ${stderr.trim().split("\n").pop() ?? ""}`;
          for (const f of files) if (!records.has(f)) records.set(f, { error: `(crash) ${why}` });
        }
        resolve(records);
      },
    );
  });
}

// The first difference between essa's record and acorn's result, or null.
function difference(record, expected) {
  if (!record) return { path: "(essa)", actual: "no record", expected: expected.ast ? "a tree" : expected.error };
  if (expected.error !== undefined) {
    if (record.error === expected.error) return null;
    return { path: "(error)", actual: record.error ?? "accepts it", expected: expected.error };
  }
  if (record.error !== undefined) return { path: "(essa)", actual: `SyntaxError ${record.error}`, expected: "acorn accepts it" };
  if (record.ast === expected.ast) return null;
  return firstDifference(JSON.parse(record.ast), JSON.parse(expected.ast)) ?? { path: "(text)", actual: "key order", expected: "" };
}

function writeKnown(file, entries) {
  const names = [...entries.keys()].sort(byteOrder);
  const lines = [
    "# Inputs where essa-parse with one of acorn's options differs from acorn with the same",
    "# option (tests/oracle/compare-options.mjs). One `CONFIG NAME` per line; after `#`, why. A new",
    "# difference fails the oracle, and so does a listed one that now matches.",
    ...names.map((name) => (entries.get(name) ? `${name}  # ${entries.get(name)}` : name)),
  ];
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, lines.join("\n") + "\n");
  renameSync(temp, file);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const stale = checkParensFixtures(opts);
  if (opts.writeExpected) {
    console.log(`wrote the expected files under ${displayName(opts.parensFixtures, null)} from acorn ${acorn.version}`);
    return;
  }
  if (opts.parensFixtures) opts.files.push(opts.parensFixtures);
  const dir = mkdtempSync(path.join(os.tmpdir(), "essa-options-"));
  try {
    // Inputs: {file, name, goal, src}.
    const inputs = [];
    for (const s of readSnippets(opts.snippets, dir)) {
      inputs.push({ ...s, goal: "script" });
      inputs.push({ ...s, name: `${s.name} (module)`, goal: "module" });
    }
    for (const file of inputFiles(opts, usage, { expandDirectories: true })) {
      const src = readFileSync(file, "utf8");
      const goal = sourceTypeOf(file, src);
      const isTest262 = opts.test262 && path.resolve(file).startsWith(opts.test262 + path.sep);
      // Negative tests acorn accepts are compare-ast's known differences, not the options'.
      if (isTest262 && (/^\s*negative:/m.test(src) || acornResult(src, goal, {}).error !== undefined)) continue;
      inputs.push({ file, name: displayName(file, opts.test262), goal, src });
    }

    const configs = opts.ecmaVersions ? kEcmaConfigs : kConfigs;
    const known = readKnown(opts.known);
    const tally = { matched: 0, known: 0, fresh: 0, fixed: 0 };
    const differing = new Map();
    const lines = [];
    const jobs = [];
    for (const config of configs) {
      for (const goal of config.goals ?? ["script", "module"]) {
        const items = inputs.filter((i) => i.goal === goal);
        for (let i = 0; i < items.length; i += opts.batch) jobs.push({ config, goal, items: items.slice(i, i + opts.batch) });
      }
    }
    const results = new Array(jobs.length);
    await runPool(jobs.length, opts.jobs, async (index) => {
      const { config, goal, items } = jobs[index];
      const flags = [...config.essa];
      if (!flags.includes("--commonjs")) flags.push(goal === "module" ? "--module" : "--script");
      const records = await runEssa(opts, items.map((i) => i.file), flags);
      const out = [];
      for (const item of items) {
        const sourceType = config.acorn.sourceType ?? goal;
        const expected = acornResult(item.src, sourceType, config.acorn);
        const diff = difference(records.get(item.file), expected);
        const key = `${config.name} ${item.name}`;
        const listed = known.has(key);
        if (diff) differing.set(key, `${diff.path}: essa ${show(diff.actual)}, acorn ${show(diff.expected)}`);
        if (!diff && !listed) {
          tally.matched++;
        } else if (diff && listed) {
          tally.known++;
        } else if (!diff) {
          tally.fixed++;
          out.push(`FIXED ${key}: now matches acorn; delete line ${known.get(key).line} of the known list`);
        } else {
          tally.fresh++;
          out.push(`DIFF ${key} at ${diff.path}`, `  essa:  ${show(diff.actual)}`, `  acorn: ${show(diff.expected)}`);
        }
      }
      results[index] = out;
    });
    for (const out of results) for (const line of out) lines.push(line);
    for (const name of stale) lines.push(`STALE ${name}: not acorn's output with preserveParens; rewrite it with --write-expected`);
    for (const line of lines) console.log(line);

    if (opts.updateKnown) {
      const entries = new Map();
      for (const [name, first] of differing) entries.set(name, known.get(name)?.comment || first);
      writeKnown(opts.known, entries);
      console.log(`wrote ${entries.size} entries to ${displayName(opts.known, null)}`);
    }
    const settled = opts.updateKnown ? tally.fresh + tally.fixed : 0;
    printSummary(
      `compared ${inputs.length} inputs under ${configs.length} option sets: ${tally.matched} match acorn, ` +
        `${tally.known} listed as known differences, ${tally.fresh} new differences, ${tally.fixed} fixed, ` +
        `${stale.length} stale fixtures`,
      tally.matched + tally.known + settled,
      tally.fresh + tally.fixed - settled + stale.length,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
