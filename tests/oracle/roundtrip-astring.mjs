#!/usr/bin/env node
// Property test: essa's ESTree JSON is complete enough to print the program back. For each
// file essa accepts, astring (pinned in package.json) prints essa's tree as code, essa parses
// that code again (same goal), and the two trees must be equal once positions (start, end,
// loc, range) are set aside. A tree that loses or misplaces a field, or a printer-visible
// flag (computed, shorthand, prefix, async, generator, ...), shows up as a difference.
//
// A file that differs must be listed in known-roundtrip-differences.txt with the reason
// (astring's limits, mostly: syntax newer than it prints), and a listed file that now
// round-trips must be removed, so the list stays exact. --update-known rewrites it.
//
// Usage:
//   node roundtrip-astring.mjs --essa PATH [--known FILE] [--jobs N] [--verbose]
//        [--test262 DIR [--sample N]] [--list FILE] [--update-known] [FILE|DIR...]

import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, renameSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generate } from "astring";
import {
  byteOrder, displayName, exitWithUsage, firstDifference, here, inputFiles, inputOrderPrinter,
  parseCommonArgs, printSummary, readKnown, runPool, show, sourceTypeOf,
} from "./common.mjs";

const kBatch = 400;

function usage(message) {
  exitWithUsage(
    "roundtrip-astring",
    "usage: roundtrip-astring.mjs --essa PATH [--known FILE] [--jobs N] [--verbose]\n" +
      "                             [--test262 DIR [--sample N]] [--list FILE] [--update-known] [FILE|DIR...]",
    message,
  );
}

function parseArgs(argv) {
  const opts = parseCommonArgs(argv, usage, {
    known: path.join(here, "known-roundtrip-differences.txt"),
    updateKnown: false,
  }, {
    "--update-known": (o) => { o.updateKnown = true; },
  });
  if (!opts.essa) usage("--essa PATH is required");
  return opts;
}

// essa-parse's NDJSON records for `files`, all in one goal.
function essaRecords(essa, files, sourceType) {
  const args = ["--ndjson", sourceType === "module" ? "--module" : "--script", "--", ...files];
  return new Promise((resolve, reject) => {
    execFile(essa, args, { maxBuffer: 1 << 30, timeout: 300_000 }, (error, stdout) => {
      // Status 1 only says some file had a syntax error; the records say which.
      if (error && error.code !== 1) return reject(error);
      resolve(stdout.split("\n").filter((l) => l).map((l) => JSON.parse(l)));
    });
  });
}

// The tree without positions; everything else, key order aside, must survive the round trip.
function withoutPositions(node) {
  if (Array.isArray(node)) return node.map(withoutPositions);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "start" || key === "end" || key === "loc" || key === "range") continue;
    out[key] = withoutPositions(value);
  }
  return out;
}

// Stage-3 syntax astring 1.9.0 cannot print (decorators, `accessor` fields, import phases):
// such a tree is out of the property's reach, and the file is counted as skipped.
function beyondAstring(node) {
  if (Array.isArray(node)) return node.some((item) => item !== null && typeof item === "object" && beyondAstring(item));
  if (node.type === "Decorator" || node.type === "AccessorProperty" || (node.phase !== undefined && node.phase !== null)) return true;
  for (const [key, value] of Object.entries(node)) {
    if (key !== "loc" && value !== null && typeof value === "object" && beyondAstring(value)) return true;
  }
  return false;
}

// One batch of files in one goal: the first difference per file, or null when it round-trips;
// undefined when essa rejects the file or astring cannot print its syntax (not part of the
// property).
async function checkBatch(opts, files, sourceType, scratch) {
  const first = await essaRecords(opts.essa, files, sourceType);
  const printed = [];
  const outcome = new Array(files.length);
  first.forEach((record, i) => {
    if (!record.ast || beyondAstring(record.ast)) return;  // outcome stays undefined
    let code;
    try {
      code = generate(record.ast);
    } catch (error) {
      outcome[i] = `astring cannot print it: ${String(error.message).split("\n")[0]}`;
      return;
    }
    const file = path.join(scratch, `${printed.length}.js`);
    writeFileSync(file, code);
    printed.push({ i, file, code });
  });
  if (printed.length === 0) return outcome;
  const second = await essaRecords(opts.essa, printed.map((p) => p.file), sourceType);
  printed.forEach(({ i, code }, k) => {
    const record = second[k];
    if (!record.ast) {
      outcome[i] = `the printed code does not parse: ${record.error.message} in ${show(code)}`;
      return;
    }
    const d = firstDifference(withoutPositions(record.ast), withoutPositions(first[i].ast));
    outcome[i] = d ? `${d.path}: ${show(d.actual)} after printing, ${show(d.expected)} before` : null;
  });
  return outcome;
}

function writeKnown(file, entries) {
  const names = [...entries.keys()].sort(byteOrder);
  const lines = [
    "# Files whose tree changes when astring prints it and essa parses it again",
    "# (tests/oracle/roundtrip-astring.mjs). One name per line; after `#`, the first difference",
    "# when the line was written. A new difference fails the test, and so does a listed file that",
    "# now round-trips. Rewrite with roundtrip-astring.mjs --update-known.",
    "# Every entry is a limit of astring 1.9.0 or an acorn quirk, not a fault of essa's tree:",
    "# astring drops parentheses that change the tree (`export default (function () {})`,",
    "# `(a?.b).c`, `for ((async) of x)`, `new (import(''))()`, a parenthesised directive), prints",
    "# string module names as identifiers (`export { a as \"b\" }`), and drops import attributes",
    "# and the options of `import(x, options)`; the semicolon it adds after a final",
    "# `\"use strict\"` makes it a directive, which acorn does not look ahead for at the end of input.",
    ...names.map((name) => `${name}  # ${entries.get(name)}`),
  ];
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, lines.join("\n") + "\n");
  renameSync(temp, file);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const files = inputFiles(opts, usage, { expandDirectories: true });
  const known = readKnown(opts.known);
  // Batches of one goal each, in input order.
  const goals = files.map((f) => sourceTypeOf(f, readFileSync(f, "latin1")));
  const batches = [];
  for (const goal of ["script", "module"]) {
    const indexes = files.map((_, i) => i).filter((i) => goals[i] === goal);
    for (let b = 0; b < indexes.length; b += kBatch) batches.push({ goal, indexes: indexes.slice(b, b + kBatch) });
  }
  const outcomes = new Array(files.length);
  const scratchRoot = mkdtempSync(path.join(os.tmpdir(), "essa-roundtrip-"));
  try {
    await runPool(batches.length, opts.jobs, async (b) => {
      const { goal, indexes } = batches[b];
      const scratch = mkdtempSync(path.join(scratchRoot, "b"));
      const result = await checkBatch(opts, indexes.map((i) => files[i]), goal, scratch);
      indexes.forEach((i, k) => { outcomes[i] = result[k]; });
    });
  } finally {
    rmSync(scratchRoot, { recursive: true, force: true });
  }

  const printer = inputOrderPrinter(files.length);
  let checked = 0, rejected = 0, passed = 0, failed = 0;
  const seen = new Set();
  const found = new Map();
  files.forEach((file, i) => {
    const name = displayName(file, opts.test262);
    const outcome = outcomes[i];
    const lines = [];
    if (outcome === undefined) {
      ++rejected;
    } else {
      ++checked;
      seen.add(name);
      if (outcome !== null) found.set(name, outcome);
      if (outcome !== null && !known.has(name)) {
        ++failed;
        lines.push(`NEW DIFFERENCE ${name}: ${outcome}`);
      } else if (outcome === null && known.has(name)) {
        ++failed;
        lines.push(`NOW ROUND-TRIPS ${name}: remove it from ${path.basename(opts.known)} (line ${known.get(name).line})`);
      } else {
        ++passed;
        if (opts.verbose) lines.push(`ok ${name}${outcome ? ` (known: ${outcome})` : ""}`);
      }
    }
    printer.results[i] = lines;
  });
  printer.flush();
  if (opts.updateKnown) {
    const entries = new Map([...known].filter(([name]) => !seen.has(name)).map(([n, v]) => [n, v.comment]));
    for (const [name, outcome] of found) entries.set(name, outcome);
    writeKnown(opts.known, entries);
    console.log(`rewrote ${opts.known}: ${entries.size} entries`);
  }
  printSummary(`${checked} files printed and parsed again (${rejected} skipped: essa rejects them, or they hold stage-3 syntax astring cannot print); ` +
               `${found.size} known differences`, passed, failed);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
