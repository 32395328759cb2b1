#!/usr/bin/env node
// Measures how closely essa-parser's SyntaxErrors (bindings/node, which must be built: `npm
// install ./bindings/node`) agree with acorn's (pinned in package.json, with
// acorn-import-phases, and acorn-jsx for .jsx files): over every test262 file acorn rejects,
// in each mode test262 runs it (INTERPRETING.md: the module goal for `module`, the strict mode
// alone for `onlyStrict` (a "use strict" directive put first), sloppy alone for `noStrict` and
// `raw`, both otherwise), and over the repository's error fixtures (tests/fixtures, X.error
// beside X.js/X.mjs/X.jsx). Counts, per field, how often message, pos, loc and raisedAt agree.
// A measurement, not a gate: bindings/node/test/test262.test.mjs asserts the same over test262.
//
// Usage:
//   node compare-errors.mjs [--test262 DIR [--sample N]] [--no-fixtures] [--verbose] [FILE...]
// --verbose prints each differing case: its name, mode, both values and the text around.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import * as acorn from "acorn";
import importPhases from "acorn-import-phases";
import acornJsx from "acorn-jsx";
import { displayName, exitWithUsage, inputFiles, parseCommonArgs, repoRoot, sourceTypeOf } from "./common.mjs";

const { parse } = await import(path.join(repoRoot, "bindings", "node", "index.mjs"));

function usage(message) {
  exitWithUsage(
    "compare-errors",
    "usage: compare-errors.mjs [--test262 DIR [--sample N]] [--no-fixtures] [--verbose] [FILE...]",
    message,
  );
}

const opts = parseCommonArgs(process.argv.slice(2), usage, { fixtures: true }, {
  "--no-fixtures": (o) => { o.fixtures = false; },
});

const AcornWithPhases = acorn.Parser.extend(importPhases());
const AcornWithJsx = acorn.Parser.extend(importPhases(), acornJsx());
const kUseStrict = '"use strict";\n';

// The runs test262 makes of a file: [mode, source, options].
function runsOf(file, src) {
  const jsx = file.endsWith(".jsx");
  const preserveParens = file.includes(`${path.sep}preserve-parens${path.sep}`);
  const sourceType = sourceTypeOf(file, src);
  const base = { sourceType, jsx, preserveParens };
  if (sourceType === "module") return [["module", src, base]];
  const flags = /^\s*flags:\s*\[([^\]]*)\]/m.exec(src)?.[1].split(",").map((f) => f.trim()) ?? [];
  if (flags.includes("onlyStrict")) return [["strict", kUseStrict + src, base]];
  if (flags.includes("noStrict") || flags.includes("raw") || !file.includes(`${path.sep}test${path.sep}`)) {
    return [["sloppy", src, base]];
  }
  return [["sloppy", src, base], ["strict", kUseStrict + src, base]];
}

function acornError(src, { jsx, ...options }) {
  try {
    (jsx ? AcornWithJsx : AcornWithPhases).parse(src, { ecmaVersion: "latest", ...options });
  } catch (e) {
    if (!(e instanceof SyntaxError) || e.pos === undefined) throw e;
    return e;
  }
  return null;
}

function essaError(src, options) {
  try {
    parse(src, options);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    return e;
  }
  return null;
}

function fixtureInputs(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) fixtureInputs(full, out);
    else if (/\.(m?js|jsx)$/.test(entry.name) && existsSync(full.replace(/\.(m?js|jsx)$/, ".error"))) {
      out.push(full);
    }
  }
  return out.sort();
}

const files = inputFiles(opts, usage);
if (opts.fixtures) files.push(...fixtureInputs(path.join(repoRoot, "tests", "fixtures")));

const fields = ["message", "pos", "loc", "raisedAt"];
const agree = Object.fromEntries(fields.map((f) => [f, 0]));
let rejected = 0;
let accepted = 0;
const byMessage = new Map();
for (const file of files) {
  const src = readFileSync(file, "utf8");
  for (const [mode, text, options] of runsOf(file, src)) {
    const expected = acornError(text, options);
    if (!expected) continue;
    rejected++;
    const actual = essaError(text, options);
    if (!actual) {
      accepted++;
      if (opts.verbose) console.log(`${displayName(file, opts.test262)} [${mode}]: essa accepts; acorn: ${expected.message}`);
      continue;
    }
    const same = {
      message: actual.message === expected.message,
      pos: actual.pos === expected.pos,
      loc: actual.loc?.line === expected.loc.line && actual.loc?.column === expected.loc.column,
      raisedAt: actual.raisedAt === expected.raisedAt,
    };
    for (const f of fields) if (same[f]) agree[f]++;
    if (fields.every((f) => same[f])) continue;
    const key = expected.message.replace(/ \(\d+:\d+\)$/, "").replace(/'[^']*'/g, "'…'").replace(/\/.*\/: /, "/…/: ");
    byMessage.set(key, (byMessage.get(key) ?? 0) + 1);
    if (opts.verbose) {
      const around = (at) => JSON.stringify(text.slice(Math.max(0, at - 25), at) + "⟨here⟩" + text.slice(at, at + 15));
      console.log(`${displayName(file, opts.test262)} [${mode}]: ${expected.message}`);
      for (const f of fields) {
        if (same[f]) continue;
        const show = (e) => (f === "loc" ? JSON.stringify({ line: e.loc?.line, column: e.loc?.column }) : JSON.stringify(e[f]));
        console.log(`  ${f}: essa ${show(actual)}, acorn ${show(expected)}`);
      }
      if (!same.raisedAt) {
        console.log(`  essa   raisedAt at ${around(actual.raisedAt)}`);
        console.log(`  acorn  raisedAt at ${around(expected.raisedAt)}`);
      }
    }
  }
}

const compared = rejected - accepted;
console.log(`${rejected} runs acorn rejects; essa accepts ${accepted}; of the ${compared} both reject, agreeing:`);
for (const f of fields) console.log(`  ${f.padEnd(8)} ${agree[f]} (${((100 * agree[f]) / Math.max(1, compared)).toFixed(2)}%)`);
if (byMessage.size > 0) {
  console.log("differing cases by acorn's message:");
  for (const [message, count] of [...byMessage].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(5)}  ${message}`);
}
