#!/usr/bin/env node
// Compares `essa-parse --tokens --loc --range` with espree.tokenize() (pinned in package.json)
// file by file. espree is the oracle: files it rejects are skipped and counted. A file that
// differs must be listed in known-token-differences.txt, and a listed file that now matches
// must be removed from it, so the list stays exact.
//
// With --comments, `essa-parse --tokens --comments` is compared with
// {tokens, comments: tokens.comments} of espree.tokenize(src, {comment: true}); with
// --comments --no-positions, both run without loc and range and only the comments are compared
// (espree's tokens then have no start and end, which essa-parse --tokens always prints).
//
// Fixtures: an input X.js / X.mjs with X.json beside it must hold espree's tokens, as
// JSON.stringify(tokens, null, 2) with loc and range; a stale X.json fails the run.
// --write-expected (re)writes those files from espree, never from essa.
//
// A .jsx input, and every input with --jsx, is tokenized as JSX: espree with
// `ecmaFeatures: {jsx: true}`, essa-parse with --jsx; --jsx also makes the known list
// known-jsx-token-differences.txt. --module tokenizes every input with the module goal (a
// corpus of ES modules named .js).
//
// Usage:
//   node compare-tokens.mjs --essa PATH [--jsx] [--module] [--comments] [--no-positions] [--known FILE] [--jobs N]
//        [--verbose] [--test262 DIR [--sample N]] [--list FILE] [FILE...]
//   node compare-tokens.mjs --write-expected FILE...
//
// Names in reports and in the known list are relative to the test262 directory for files
// under it (test/language/...), otherwise relative to the repository root.

import { execFile } from "node:child_process";
import { readFileSync, existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as espree from "espree";
import {
  displayName, exitWithUsage, firstDifference, here, inputFiles, inputOrderPrinter, kAbsent,
  parseCommonArgs, printSummary, readKnown, runPool, show, sourceTypeOf,
} from "./common.mjs";

function usage(message) {
  exitWithUsage(
    "compare-tokens",
    "usage: compare-tokens.mjs --essa PATH [--jsx] [--module] [--comments] [--no-positions] [--known FILE] [--jobs N] [--verbose]\n" +
      "                          [--test262 DIR [--sample N]] [--list FILE] [FILE...]\n" +
      "       compare-tokens.mjs --write-expected FILE...",
    message,
  );
}

function parseArgs(argv) {
  const opts = parseCommonArgs(argv, usage, {
    known: path.join(here, argv.includes("--jsx") ? "known-jsx-token-differences.txt" : "known-token-differences.txt"),
    jsx: false,
    writeExpected: false,
    comments: false,
    positions: true,
  }, {
    "--write-expected": (o) => { o.writeExpected = true; },
    "--comments": (o) => { o.comments = true; },
    "--no-positions": (o) => { o.positions = false; },
    "--jsx": (o) => { o.jsx = true; },
    "--module": (o) => { o.module = true; },
  });
  if (!opts.essa && !opts.writeExpected) usage("--essa PATH is required");
  if (!opts.positions && !opts.comments) usage("--no-positions needs --comments");
  if (!(opts.jobs >= 1)) usage("--jobs needs a positive number");
  if (!(opts.sample >= 0)) usage("--sample needs a non-negative number");
  jsxEverywhere = opts.jsx;
  return opts;
}

// espree's tokens for src as plain data (through JSON: its loc objects are class instances),
// or null when espree rejects it.
let jsxEverywhere = false;

// espree's options for `file`: JSX for a .jsx file, and for every file with --jsx.
function espreeOptions(file, sourceType) {
  const options = { ecmaVersion: "latest", sourceType };
  if (jsxEverywhere || file.endsWith(".jsx")) options.ecmaFeatures = { jsx: true };
  return options;
}

function espreeTokens(file, src, sourceType) {
  try {
    const tokens = espree.tokenize(src, { ...espreeOptions(file, sourceType), loc: true, range: true });
    return JSON.parse(JSON.stringify(tokens));
  } catch {
    return null;
  }
}

function fixtureJsonPath(file) {
  return file.replace(/\.(m?js|jsx)$/, ".json");
}

function fixtureText(tokens) {
  return JSON.stringify(tokens, null, 2) + "\n";
}

function writeExpected(files) {
  let written = 0;
  for (const file of files) {
    const src = readFileSync(file, "utf8");
    const sourceType = sourceTypeOf(file, src);
    const tokens = espreeTokens(file, src, sourceType);
    if (!tokens) {
      console.error(`compare-tokens: espree rejects ${file} (${sourceType}); no expected JSON written`);
      process.exitCode = 1;
      continue;
    }
    writeFileSync(fixtureJsonPath(file), fixtureText(tokens));
    written++;
  }
  console.log(`wrote ${written} expected token files from espree ${espree.version}`);
}

// What --comments compares: espree's tokens and comments, or with --no-positions its comments
// alone (as plain data).
function espreeWithComments(file, src, sourceType, positions) {
  const tokens = espree.tokenize(src, { ...espreeOptions(file, sourceType), loc: positions, range: positions, comment: true });
  return JSON.parse(JSON.stringify(positions ? { tokens, comments: tokens.comments } : { comments: tokens.comments }));
}

function runEssa(opts, file, sourceType) {
  const args = ["--tokens", sourceType === "module" ? "--module" : "--script", file];
  if (opts.positions) args.push("--loc", "--range");
  if (opts.comments) args.push("--comments");
  if (opts.jsx) args.push("--jsx");
  const essa = opts.essa;
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
  const files = inputFiles(opts, usage, { expandDirectories: true });
  if (files.length === 0) usage("no input files");
  if (opts.writeExpected) return writeExpected(files);
  if (!existsSync(opts.essa)) usage(`no essa-parse at ${opts.essa}`);

  const known = readKnown(opts.known);
  const knownLabel = displayName(opts.known, null);
  const tally = { matched: 0, expectedDiff: 0, skipped: 0, unexpected: 0 };

  // Results are printed in input order, whatever order the child processes finish in.
  const { results, flush } = inputOrderPrinter(files.length);

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
    const sourceType = opts.module ? "module" : sourceTypeOf(file, src);
    const expected = espreeTokens(file, src, sourceType);
    if (!expected) {
      tally.skipped++;
      if (opts.verbose) out.push(`skip ${name} (espree rejects it as ${sourceType})`);
      return out;
    }
    const jsonPath = fixtureJsonPath(file);
    const inTest262 = opts.test262 && path.resolve(file).startsWith(opts.test262 + path.sep);
    if (!inTest262 && existsSync(jsonPath) && readFileSync(jsonPath, "utf8") !== fixtureText(expected)) {
      tally.unexpected++;
      out.push(`STALE ${displayName(jsonPath, opts.test262)}: not espree's tokens; rewrite it with --write-expected`);
      return out;
    }
    const got = await runEssa(opts, file, sourceType);
    let diff;
    if (opts.comments) {
      const want = espreeWithComments(file, src, sourceType, opts.positions);
      diff = got.error
        ? { path: "(essa)", actual: got.error, expected: "espree's tokens and comments" }
        : firstDifference(opts.positions ? got.tokens : { comments: got.tokens.comments }, want);
    } else {
      diff = got.error
        ? { path: "(essa)", actual: got.error, expected: `${expected.length} tokens` }
        : firstDifference(got.tokens, expected);
    }
    const listed = known.has(name);
    if (!diff && !listed) {
      tally.matched++;
      if (opts.verbose) out.push(`ok ${name}`);
    } else if (diff && listed) {
      tally.expectedDiff++;
      if (opts.verbose) out.push(`known ${name}: ${diff.path}`);
    } else if (!diff) {
      tally.unexpected++;
      out.push(`FIXED ${name} (${sourceType}): now matches espree; delete line ${known.get(name).line} of ${knownLabel}`);
    } else {
      tally.unexpected++;
      out.push(`DIFF ${name} (${sourceType}) at ${diff.path}`);
      if (got.error) {
        out.push(`  ${got.error}`);
      } else {
        out.push(`  essa:   ${show(diff.actual)}`);
        out.push(`  espree: ${show(diff.expected)}`);
        const token = opts.comments ? null : /^\[(\d+)\]/.exec(diff.path);
        if (token && diff.path !== token[0]) {
          const i = Number(token[1]);
          out.push(`  essa token:   ${show(i < got.tokens.length ? got.tokens[i] : kAbsent)}`);
          out.push(`  espree token: ${show(i < expected.length ? expected[i] : kAbsent)}`);
        }
      }
    }
    return out;
  }

  await runPool(files.length, opts.jobs, async (index) => {
    results[index] = await check(index);
    flush();
  });
  flush();

  const compared = tally.matched + tally.expectedDiff + tally.unexpected;
  printSummary(
    `compared ${compared} files: ${tally.matched} match espree, ${tally.expectedDiff} listed as known ` +
      `differences; skipped ${tally.skipped} that espree rejects`,
    tally.matched + tally.expectedDiff,
    tally.unexpected,
  );
}

main();
