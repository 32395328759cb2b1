#!/usr/bin/env node
// Compares `essa-parse --attach-comments` with @babel/parser (estree plugin, attachComment;
// pinned in package.json), file by file: the same comments must lead, trail or sit inside
// the same nodes. Each side is reduced to lines "Type@start-end leading|trailing|inner:
// comment starts" (positions in UTF-16 units), sorted, and the lists must be equal. Babel is
// the oracle: files it or acorn rejects are skipped and counted.
//
// Babel's InterpreterDirective (the hashbang) is not an ESTree node, so its comments are not
// compared. A file that differs must be listed in known-attach-differences.txt with the reason,
// and a listed file that now matches must be removed from it, so the list stays exact.
//
// Usage:
//   node compare-attach.mjs --essa PATH [--known FILE] [--jobs N] [--batch N] [--verbose]
//        [--test262 DIR [--sample N]] [--list FILE] [FILE|DIR...]

import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as babelParse } from "@babel/parser";
import {
  displayName, exitWithUsage, here, inputFiles, inputOrderPrinter, parseCommonArgs,
  printSummary, readKnown, runPool, sourceTypeOf,
} from "./common.mjs";

function usage(message) {
  exitWithUsage(
    "compare-attach",
    "usage: compare-attach.mjs --essa PATH [--known FILE] [--jobs N] [--batch N] [--verbose]\n" +
      "                          [--test262 DIR [--sample N]] [--list FILE] [FILE|DIR...]",
    message,
  );
}

function parseArgs(argv) {
  const opts = parseCommonArgs(argv, usage, { known: path.join(here, "known-attach-differences.txt"), batch: 200 }, {
    "--batch": (o, value) => { o.batch = Number.parseInt(value(), 10); },
  });
  if (!opts.essa) usage("--essa PATH is required");
  if (!(opts.jobs >= 1)) usage("--jobs needs a positive number");
  if (!(opts.batch >= 1)) usage("--batch needs a positive number");
  return opts;
}

const kLists = { leadingComments: "leading", trailingComments: "trailing", innerComments: "inner" };
const kSkip = new Set(["loc", "range", "comments", "tokens", "extra", ...Object.keys(kLists)]);

// The attachment lines of a tree (Babel's File or essa's Program).
function attachments(root) {
  const lines = [];
  const walk = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (node === null || typeof node !== "object") return;
    if (typeof node.type === "string" && node.type !== "InterpreterDirective") {
      for (const [key, name] of Object.entries(kLists)) {
        if (node[key] && node[key].length > 0) {
          lines.push(`${node.type}@${node.start}-${node.end} ${name}: ${node[key].map((c) => c.start).join(",")}`);
        }
      }
    }
    for (const [key, value] of Object.entries(node)) if (!kSkip.has(key)) walk(value);
  };
  walk(root);
  return lines.sort();
}

function babelLines(src, sourceType) {
  try {
    const file = babelParse(src, { sourceType, plugins: [["estree", { classFeatures: true }]], attachComment: true, errorRecovery: false });
    return attachments(file.program);
  } catch {
    return null;
  }
}

function runEssa(opts, files, sourceType) {
  const args = ["--ndjson", "--attach-comments", sourceType === "module" ? "--module" : "--script", "--", ...files];
  return new Promise((resolve) => {
    execFile(opts.essa, args, { maxBuffer: 1 << 30, encoding: "utf8" }, (error, stdout) => {
      const records = new Map();
      for (const line of stdout.split("\n")) {
        if (!line) continue;
        try {
          const record = JSON.parse(line);
          records.set(record.file, record);
        } catch {
          // a line cut by a crash: the file gets no record
        }
      }
      resolve(records);
    });
  });
}

function firstLineDifference(actual, expected) {
  const n = Math.max(actual.length, expected.length);
  for (let i = 0; i < n; i++) {
    if (actual[i] !== expected[i]) return { at: i, actual: actual[i] ?? "<none>", expected: expected[i] ?? "<none>" };
  }
  return null;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.essa)) usage(`no essa-parse at ${opts.essa}`);
  const files = inputFiles(opts, usage, { expandDirectories: true });
  if (files.length === 0) usage("no input files");
  const known = readKnown(opts.known);
  const knownLabel = displayName(opts.known, null);
  const tally = { matched: 0, known: 0, fresh: 0, fixed: 0, skipped: 0, attached: 0 };
  const { results, flush } = inputOrderPrinter(files.length);

  const batches = [];
  const open = { script: null, module: null };
  files.forEach((file, index) => {
    const src = readFileSync(file, "utf8");
    const sourceType = sourceTypeOf(file, src);
    if (!open[sourceType] || open[sourceType].items.length >= opts.batch) {
      open[sourceType] = { sourceType, items: [] };
      batches.push(open[sourceType]);
    }
    open[sourceType].items.push({ index, file, src });
  });

  async function check(batch) {
    const accepted = [];
    for (const item of batch.items) {
      item.expected = babelLines(item.src, batch.sourceType);
      item.src = null;
      if (item.expected === null) {
        tally.skipped++;
        results[item.index] = opts.verbose ? [`skip ${displayName(item.file, opts.test262)} (Babel rejects it)`] : [];
      } else {
        accepted.push(item);
      }
    }
    if (accepted.length === 0) return flush();
    const records = await runEssa(opts, accepted.map((item) => item.file), batch.sourceType);
    for (const item of accepted) {
      const name = displayName(item.file, opts.test262);
      const record = records.get(item.file);
      if (record && record.error) {
        tally.skipped++;  // acorn's grammar, not Babel's: compare-ast.mjs judges these
        results[item.index] = opts.verbose ? [`skip ${name} (essa rejects it: ${record.error.message})`] : [];
        continue;
      }
      if (item.expected.length > 0) tally.attached++;
      const actual = record ? attachments(record.ast) : ["<no record: crash?>"];
      const diff = firstLineDifference(actual, item.expected);
      const listed = known.has(name);
      if (!diff && !listed) {
        tally.matched++;
        results[item.index] = opts.verbose ? [`ok ${name}`] : [];
      } else if (diff && listed) {
        tally.known++;
        results[item.index] = opts.verbose ? [`known ${name}`] : [];
      } else if (!diff) {
        tally.fixed++;
        results[item.index] = [`FIXED ${name}: now matches Babel; delete line ${known.get(name).line} of ${knownLabel}`];
      } else {
        tally.fresh++;
        results[item.index] = [
          `DIFF ${name} (${batch.sourceType}) at line ${diff.at} of the sorted attachments`,
          `  essa:  ${diff.actual}`,
          `  babel: ${diff.expected}`,
        ];
      }
    }
    flush();
  }

  await runPool(batches.length, opts.jobs, (index) => check(batches[index]));
  flush();
  const compared = tally.matched + tally.known + tally.fresh + tally.fixed;
  printSummary(
    `compared ${compared} files (${tally.attached} with attached comments): ${tally.matched} match Babel, ` +
      `${tally.known} listed as known differences, ${tally.fresh} new differences, ${tally.fixed} fixed; ` +
      `skipped ${tally.skipped} that Babel or essa rejects`,
    tally.matched + tally.known,
    tally.fresh + tally.fixed,
  );
}

main();
