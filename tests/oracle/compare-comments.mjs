#!/usr/bin/env node
// Compares the "comments" of `essa-parse --comments` with acorn's onComment array (pinned in
// package.json), file by file, with and without --loc --range. acorn is the oracle: files it
// rejects are skipped and counted. essa's Program must end in
//   ,"comments":JSON.stringify(arr)}
// where arr is the array acorn.parse(src, {ecmaVersion: "latest", sourceType, onComment: arr,
// locations, ranges}) filled, byte for byte; espree's `comment: true` puts the same array on
// the Program. The rest of the tree is compare-ast.mjs's business.
//
// A file that differs must be listed in known-comment-differences.txt, and a listed file that
// now matches must be removed from it, so the list stays exact.
//
// Usage:
//   node compare-comments.mjs --essa PATH [--known FILE] [--jobs N] [--batch N] [--verbose]
//        [--test262 DIR [--sample N]] [--list FILE] [FILE|DIR...]

import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import * as acorn from "acorn";
import * as espree from "espree";
import {
  displayName, exitWithUsage, firstDifference, here, inputFiles, inputOrderPrinter,
  parseCommonArgs, printSummary, readKnown, runPool, show, sourceTypeOf,
} from "./common.mjs";

function usage(message) {
  exitWithUsage(
    "compare-comments",
    "usage: compare-comments.mjs --essa PATH [--known FILE] [--jobs N] [--batch N] [--verbose]\n" +
      "                            [--test262 DIR [--sample N]] [--list FILE] [FILE|DIR...]",
    message,
  );
}

function parseArgs(argv) {
  const opts = parseCommonArgs(argv, usage, { known: path.join(here, "known-comment-differences.txt"), batch: 500 }, {
    "--batch": (o, value) => { o.batch = Number.parseInt(value(), 10); },
  });
  if (!opts.essa) usage("--essa PATH is required");
  if (!(opts.jobs >= 1)) usage("--jobs needs a positive number");
  if (!(opts.batch >= 1)) usage("--batch needs a positive number");
  if (!(opts.sample >= 0)) usage("--sample needs a non-negative number");
  return opts;
}

// acorn's comments for src in both modes, as the text essa's Program must end with; null when
// acorn rejects the source.
function acornTails(src, sourceType) {
  const tails = {};
  for (const [mode, positions] of [["plain", false], ["positions", true]]) {
    const comments = [];
    try {
      acorn.parse(src, { ecmaVersion: "latest", sourceType, onComment: comments, locations: positions, ranges: positions });
    } catch {
      return null;
    }
    tails[mode] = `,"comments":${JSON.stringify(comments)}}`;
    tails[`${mode}Espree`] = espreeDifference(src, sourceType, positions, comments);
  }
  return tails;
}

// acorn's comments in espree's shape.
function asEspree(src, comments) {
  return comments.map((c) => {
    const out = {
      type: c.type === "Line" && c.start === 0 && src.startsWith("#!") ? "Hashbang" : c.type,
      value: c.value,
      start: c.start,
      end: c.end,
      range: [c.start, c.end],
    };
    if (c.loc) out.loc = { start: c.loc.start, end: c.loc.end };
    return out;
  });
}

// null when espree's comments are acorn's in espree's shape (or espree rejects the source).
function espreeDifference(src, sourceType, positions, comments) {
  let program;
  try {
    program = espree.parse(src, { ecmaVersion: "latest", sourceType, comment: true, loc: positions, range: positions });
  } catch {
    return null;
  }
  const expected = JSON.stringify(asEspree(src, comments));
  const actual = JSON.stringify(program.comments);
  if (actual === expected) return null;
  return firstDifference(JSON.parse(actual), JSON.parse(expected), "espree comments") ??
    { path: "espree comments (key order)", actual: actual.slice(0, 200), expected: expected.slice(0, 200) };
}

// One essa-parse process over `files` (one goal); resolves to a map path -> record text
// ({ast: text} or {error: text}); a file without a record is missing from the map.
function runEssa(opts, files, sourceType, positions) {
  const args = ["--ndjson", "--comments", sourceType === "module" ? "--module" : "--script"];
  if (positions) args.push("--loc", "--range");
  args.push("--", ...files);
  return new Promise((resolve) => {
    execFile(opts.essa, args, { maxBuffer: 1 << 30, encoding: "utf8" }, (error, stdout) => {
      const records = new Map();
      for (const line of stdout.split("\n")) {
        const head = /^\{"file":("(?:[^"\\]|\\.)*"),"(ast|error)":/.exec(line);
        if (!head || !line.endsWith("}")) continue;
        const body = line.slice(head[0].length, -1);
        records.set(JSON.parse(head[1]), head[2] === "ast" ? { ast: body } : { error: body });
      }
      resolve(records);
    });
  });
}

// null when the record ends with the expected tail, else the first difference.
function compare(record, tail) {
  if (!record) return { path: "(essa)", actual: "no record (crash?)", expected: "acorn's comments" };
  if (record.error) return { path: "(essa)", actual: `error ${record.error}`, expected: "acorn accepts it" };
  if (record.ast.endsWith(tail)) return null;
  const at = record.ast.lastIndexOf(',"comments":[');
  if (at < 0) return { path: "comments", actual: "<absent>", expected: "an array" };
  const expected = JSON.parse(tail.slice(',"comments":'.length, -1));
  let actual;
  try {
    actual = JSON.parse(record.ast.slice(at + ',"comments":'.length, -1));
  } catch (e) {
    return { path: "comments", actual: `invalid JSON: ${e.message}`, expected: "acorn's comments" };
  }
  const diff = firstDifference(actual, expected, "comments");
  return diff ?? { path: "comments (text or key order)", actual: record.ast.slice(at, at + 200), expected: tail.slice(0, 200) };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.essa)) usage(`no essa-parse at ${opts.essa}`);
  const files = inputFiles(opts, usage, { expandDirectories: true });
  if (files.length === 0) usage("no input files");
  const known = readKnown(opts.known);
  const knownLabel = displayName(opts.known, null);
  const tally = { matched: 0, known: 0, fresh: 0, fixed: 0, skipped: 0, unreadable: 0, comments: 0 };
  const { results, flush } = inputOrderPrinter(files.length);

  // Batches of one goal each, in input order.
  const batches = [];
  const open = { script: null, module: null };
  files.forEach((file, index) => {
    let src;
    try {
      src = readFileSync(file, "utf8");
    } catch (e) {
      tally.unreadable++;
      results[index] = [`ERROR ${displayName(file, opts.test262)}: cannot read: ${e.message}`];
      return;
    }
    const sourceType = sourceTypeOf(file, src);
    if (!open[sourceType] || open[sourceType].items.length >= opts.batch) {
      open[sourceType] = { sourceType, items: [] };
      batches.push(open[sourceType]);
    }
    open[sourceType].items.push({ index, file, src });
  });

  function judge(item, diffs) {
    const name = displayName(item.file, opts.test262);
    const diff = diffs.find((d) => d.diff);
    const listed = known.has(name);
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
      return [`FIXED ${name}: now matches acorn; delete line ${known.get(name).line} of ${knownLabel}`];
    }
    tally.fresh++;
    return [
      `DIFF ${name} (${item.sourceType}, ${diff.mode}) at ${diff.diff.path}`,
      ...(diff.mode.startsWith("espree")
        ? [`  espree:          ${show(diff.diff.actual)}`, `  acorn as espree: ${show(diff.diff.expected)}`]
        : [`  essa:  ${show(diff.diff.actual)}`, `  acorn: ${show(diff.diff.expected)}`]),
    ];
  }

  async function check(batch) {
    const accepted = [];
    for (const item of batch.items) {
      item.tails = acornTails(item.src, batch.sourceType);
      item.sourceType = batch.sourceType;
      if (item.tails && item.tails.plain !== ',"comments":[]}') tally.comments++;
      item.src = null;
      if (!item.tails) {
        tally.skipped++;
        results[item.index] = opts.verbose ? [`skip ${displayName(item.file, opts.test262)} (acorn rejects it)`] : [];
        continue;
      }
      accepted.push(item);
    }
    if (accepted.length > 0) {
      const paths = accepted.map((item) => item.file);
      const [plain, positions] = await Promise.all([
        runEssa(opts, paths, batch.sourceType, false),
        runEssa(opts, paths, batch.sourceType, true),
      ]);
      for (const item of accepted) {
        results[item.index] = judge(item, [
          { mode: "plain", diff: compare(plain.get(item.file), item.tails.plain) },
          { mode: "--loc --range", diff: compare(positions.get(item.file), item.tails.positions) },
          { mode: "espree", diff: item.tails.plainEspree },
          { mode: "espree --loc --range", diff: item.tails.positionsEspree },
        ]);
      }
    }
    flush();
  }

  await runPool(batches.length, opts.jobs, (index) => check(batches[index]));
  flush();
  const compared = tally.matched + tally.known + tally.fresh + tally.fixed;
  printSummary(
    `compared ${compared} files (${tally.comments} with comments): ${tally.matched} match acorn, ` +
      `${tally.known} listed as known differences, ${tally.fresh} new differences, ${tally.fixed} fixed; ` +
      `skipped ${tally.skipped} that acorn rejects` + (tally.unreadable ? `; ${tally.unreadable} unreadable` : ""),
    tally.matched + tally.known,
    tally.fresh + tally.fixed + tally.unreadable,
  );
}

main();
