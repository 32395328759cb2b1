#!/usr/bin/env node
// The decorator oracle: essa-parse --stage3-fields --range against meriyah (pinned in
// package.json) with `next: true`, which parses the stage-3 decorators and auto-accessors and,
// like --stage3-fields, writes "decorators" on every class, method and field and "phase" on
// every import. acorn knows no decorators, so compare-ast.mjs cannot check them.
//
// Inputs: test262 files whose `features` list `decorators` (--test262 DIR; the staging tests
// included), and any files or directories given (tests/fixtures/decorators). Files meriyah
// rejects are skipped and counted; a file essa rejects while meriyah accepts is a difference.
//
// meriyah's tree is not acorn's, so the trees are compared as values (key order aside, which is
// acorn's in essa) after the two declared differences below. Any other difference must be
// listed in known-decorator-differences.txt with its explanation, and a listed file that now
// matches fails the run too, so the list stays exact.
//
// Usage:
//   node compare-decorators.mjs --essa PATH [--known FILE] [--verbose] [--test262 DIR] [FILE|DIR...]

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse as meriyahParse } from "meriyah";
import {
  byteOrder, displayName, exitWithUsage, firstDifference, here, inputFiles, parseCommonArgs,
  printSummary, readKnown, show, sourceTypeOf,
} from "./common.mjs";

function usage(message) {
  exitWithUsage(
    "compare-decorators",
    "usage: compare-decorators.mjs --essa PATH [--known FILE] [--verbose] [--test262 DIR] [FILE|DIR...]",
    message,
  );
}

// Declared differences, applied to essa's tree: keys acorn writes (and so essa) that meriyah
// leaves out. `expression` on function declarations and expressions (always false there) and
// `id` on arrow functions (always null) are acorn's own; meriyah writes neither. A regex or
// BigInt Literal's value is null in essa and a RegExp / BigInt object in meriyah.
function applyDeclaredDifferences(node) {
  if (Array.isArray(node)) {
    for (const item of node) if (item !== null && typeof item === "object") applyDeclaredDifferences(item);
    return node;
  }
  if (node.type === "FunctionExpression" || node.type === "FunctionDeclaration") delete node.expression;
  if (node.type === "ArrowFunctionExpression") delete node.id;
  for (const key in node) {
    const value = node[key];
    if (value !== null && typeof value === "object") applyDeclaredDifferences(value);
  }
  return node;
}

function meriyahTree(src, sourceType) {
  let ast;
  try {
    ast = meriyahParse(src, { next: true, module: sourceType === "module", ranges: true, raw: true });
  } catch {
    return null;
  }
  // Through JSON, as essa's tree comes: RegExp and BigInt values become null.
  return JSON.parse(
    JSON.stringify(ast, (k, v) => (typeof v === "bigint" || v instanceof RegExp ? null : v)),
  );
}

function essaRecords(essa, files, sourceType) {
  if (files.length === 0) return new Map();
  const args = ["--ndjson", "--stage3-fields", "--range", sourceType === "module" ? "--module" : "--script", "--", ...files];
  let stdout;
  try {
    stdout = execFileSync(essa, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  } catch (e) {
    stdout = e.stdout ?? "";  // status 1: some file has a syntax error; records still come
  }
  const records = new Map();
  for (const line of stdout.split("\n")) {
    if (!line) continue;
    const record = JSON.parse(line);
    records.set(record.file, record);
  }
  return records;
}

// test262 files whose frontmatter lists the decorators feature.
function isDecoratorTest(src) {
  const front = /\/\*---([\s\S]*?)---\*\//.exec(src);
  return front !== null && /^\s*features:[^\n]*\bdecorators\b/m.test(front[1]);
}

function main() {
  const opts = parseCommonArgs(process.argv.slice(2), usage, {
    known: path.join(here, "known-decorator-differences.txt"),
  });
  if (!opts.essa) usage("--essa PATH is required");
  const all = inputFiles(opts, usage, { expandDirectories: true });
  const files = [];
  const sources = new Map();
  for (const file of all) {
    const src = readFileSync(file, "utf8");
    const inTest262 = opts.test262 && path.resolve(file).startsWith(opts.test262 + path.sep);
    if (inTest262 && !isDecoratorTest(src)) continue;
    files.push(file);
    sources.set(file, src);
  }
  files.sort(byteOrder);
  if (files.length === 0) usage("no input files");

  const known = readKnown(opts.known);
  const knownLabel = displayName(opts.known, null);
  const tally = { matched: 0, known: 0, fresh: 0, fixed: 0, skipped: 0 };
  for (const sourceType of ["script", "module"]) {
    const mine = files.filter((f) => sourceTypeOf(f, sources.get(f)) === sourceType);
    const expected = new Map();
    for (const file of mine) {
      const tree = meriyahTree(sources.get(file), sourceType);
      if (tree) expected.set(file, tree);
      else tally.skipped++;
      if (!tree && opts.verbose) console.log(`skip ${displayName(file, opts.test262)} (meriyah rejects it)`);
    }
    const records = essaRecords(opts.essa, [...expected.keys()], sourceType);
    for (const [file, tree] of expected) {
      const name = displayName(file, opts.test262);
      const record = records.get(file);
      let diff;
      if (!record) diff = { path: "(essa)", actual: "no record", expected: "meriyah's tree" };
      else if (record.error) diff = { path: "(essa)", actual: `SyntaxError: ${record.error.message}`, expected: "meriyah accepts it" };
      else diff = firstDifference(applyDeclaredDifferences(record.ast), tree);
      const listed = known.has(name);
      if (!diff && !listed) {
        tally.matched++;
        if (opts.verbose) console.log(`ok ${name}`);
      } else if (diff && listed) {
        tally.known++;
        if (opts.verbose) console.log(`known ${name}: ${diff.path}`);
      } else if (!diff) {
        tally.fixed++;
        console.log(`FIXED ${name} (${sourceType}): now matches meriyah; delete line ${known.get(name).line} of ${knownLabel}`);
      } else {
        tally.fresh++;
        console.log(`DIFF ${name} (${sourceType}) at ${diff.path}`);
        console.log(`  essa:    ${show(diff.actual)}`);
        console.log(`  meriyah: ${show(diff.expected)}`);
      }
    }
  }
  const compared = tally.matched + tally.known + tally.fresh + tally.fixed;
  printSummary(
    `compared ${compared} files with meriyah: ${tally.matched} match, ${tally.known} listed as ` +
      `known differences, ${tally.fresh} new differences, ${tally.fixed} fixed; skipped ` +
      `${tally.skipped} that meriyah rejects`,
    tally.matched + tally.known,
    tally.fresh + tally.fixed,
  );
}

main();
