#!/usr/bin/env node
// The TypeScript oracle: essa-parse's AST of each .ts/.tsx/.mts/.cts file against
// @typescript-eslint/typescript-estree's
//   parse(src, {range: true, loc: true, jsx, comment: true, tokens: true, filePath})
// (pinned in package.json), after dropping essa's "start"/"end" (typescript-estree has none).
// The Program's "comments" come from `essa-parse --comments`, its "tokens" (compared when the
// trees match) from `essa-parse --tokens`. Values are compared after JSON (a RegExp or BigInt value is null, as
// essa writes it); key order is not compared (typescript-estree's own order is the order
// its converter assigns keys, loc before range on some nodes and after on others, "end"
// before "start" inside loc), so the comparison is of parsed JSON, not bytes.
//
// A file that differs (or that one side rejects and the other accepts) must be listed in
// known-ts-differences.txt with its reason; a listed file that now matches fails too.
//
// With --expected (the fixtures), each input X.ts has X.ts.json beside it: typescript-estree's
// whole result (the tree, with the Program's "comments" and "tokens"), written by
// --write-expected from the pinned package and read without Node by tests/unit/fixture_test.cpp;
// one that is missing, or that is no longer what the pinned package writes, fails (STALE).
//
//   node compare-ts.mjs --essa PATH [--known FILE] [--update-known] [--verbose]
//                       [--expected] [--write-expected] FILE|DIR...

import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { parse } from "@typescript-eslint/typescript-estree";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..", "..");
const kExtensions = [".ts", ".tsx", ".mts", ".cts"];

function usage(message) {
  if (message) console.error(`compare-ts: ${message}`);
  console.error("usage: node compare-ts.mjs --essa PATH [--known FILE] [--update-known] [--verbose] [--expected] [--write-expected] FILE|DIR...");
  process.exit(2);
}

const opts = { essa: null, known: path.join(here, "known-ts-differences.txt"), update: false, verbose: false,
               expected: false, writeExpected: false, files: [] };
for (let i = 2; i < process.argv.length; i++) {
  const arg = process.argv[i];
  const value = () => (i + 1 < process.argv.length ? process.argv[++i] : usage(`${arg} needs a value`));
  if (arg === "--essa") opts.essa = value();
  else if (arg === "--known") opts.known = value();
  else if (arg === "--update-known") opts.update = true;
  else if (arg === "--verbose") opts.verbose = true;
  else if (arg === "--expected") opts.expected = true;
  else if (arg === "--write-expected") opts.writeExpected = opts.expected = true;
  else if (arg.startsWith("--")) usage(`unknown option ${arg}`);
  else opts.files.push(arg);
}
if (!opts.essa) usage("--essa is required");
if (opts.files.length === 0) usage("no input");

function walk(p, out) {
  if (statSync(p).isDirectory()) {
    for (const name of readdirSync(p).sort()) walk(path.join(p, name), out);
  } else if (kExtensions.some((e) => p.endsWith(e))) {
    out.push(p);
  }
  return out;
}
const files = opts.files.flatMap((f) => walk(f, []));
const nameOf = (file) => path.relative(repoRoot, path.resolve(file)).split(path.sep).join("/");

// typescript-estree's verdict: the tree as JSON would carry it, or the error's message;
// `text` is the whole result as a fixture's expected file holds it.
function reference(file) {
  const source = readFileSync(file, "utf8");
  try {
    const ast = parse(source, {
      range: true, loc: true, comment: true, tokens: true,
      jsx: file.endsWith(".tsx"), filePath: path.basename(file),
    });
    const text = JSON.stringify(ast, (k, v) => (typeof v === "bigint" || v instanceof RegExp ? null : v), 2) + "\n";
    const whole = JSON.parse(text);
    const tokens = whole.tokens;
    delete whole.tokens;
    return { ast: whole, tokens, text };
  } catch (e) {
    return { error: `${e.lineNumber ?? "?"}:${e.column ?? "?"}: ${e.message}` };
  }
}

// With --expected: the fixture's stored expectation against the reference (written first
// with --write-expected); a problem, or null.
function checkExpected(file, ref) {
  const expectedPath = `${file}.json`;
  if (ref.error) return null;  // a rejected input is a difference of its own
  if (opts.writeExpected) writeFileSync(expectedPath, ref.text);
  let stored;
  try { stored = readFileSync(expectedPath, "utf8"); } catch { return `no ${path.basename(expectedPath)} (--write-expected writes it)`; }
  return stored === ref.text ? null : `STALE ${path.basename(expectedPath)}: not what the pinned typescript-estree writes (--write-expected)`;
}

// essa's records, one per file in input order (NDJSON).
function essaRecords(list) {
  const run = spawnSync(opts.essa, ["--ndjson", "--range", "--loc", "--comments", "-j", "1", ...list],
                        { maxBuffer: 1 << 30, encoding: "utf8" });
  if (run.error) throw run.error;
  const lines = run.stdout.split("\n").filter((l) => l.length > 0);
  if (lines.length !== list.length) {
    console.error(run.stderr);
    throw new Error(`essa-parse wrote ${lines.length} records for ${list.length} files`);
  }
  return lines.map((l) => JSON.parse(l));
}

// essa's tokens of one file (--tokens reads one input), or its error.
function essaTokens(file) {
  const run = spawnSync(opts.essa, ["--tokens", "--range", "--loc", file],
                        { maxBuffer: 1 << 30, encoding: "utf8" });
  if (run.error) throw run.error;
  if (run.status !== 0) return { error: run.stderr.split("\n")[0] };
  return { tokens: JSON.parse(run.stdout) };
}

function dropOffsets(node) {
  if (Array.isArray(node)) { node.forEach(dropOffsets); return node; }
  if (node !== null && typeof node === "object") {
    delete node.start;
    delete node.end;
    for (const k of Object.keys(node)) if (k !== "loc") dropOffsets(node[k]);
  }
  return node;
}

const show = (v) => { const t = JSON.stringify(v); return t === undefined ? "<absent>" : t.length > 160 ? t.slice(0, 157) + "..." : t; };
function firstDifference(a, e, where = "") {
  const isObj = (v) => v !== null && typeof v === "object";
  if (Array.isArray(a) !== Array.isArray(e)) return { where, a, e };
  if (isObj(a) && isObj(e)) {
    const keys = new Set([...Object.keys(e), ...Object.keys(a)]);
    for (const k of keys) {
      const d = firstDifference(a[k], e[k], Array.isArray(a) ? `${where}[${k}]` : where ? `${where}.${k}` : k);
      if (d) return d;
    }
    return null;
  }
  return Object.is(a, e) ? null : { where: where || "(root)", a, e };
}

const known = new Map();
try {
  readFileSync(opts.known, "utf8").split("\n").forEach((line) => {
    const name = line.replace(/#.*/, "").trim();
    if (name) known.set(name, line);
  });
} catch { /* no list: nothing known */ }

const records = essaRecords(files);
let passed = 0;
let failed = 0;
const differing = [];
files.forEach((file, i) => {
  const name = nameOf(file);
  const ref = reference(file);
  const got = records[i];
  let problem = null;
  // Errors are not compared yet (a later stage): inputs are what typescript-estree accepts.
  if (ref.error && got.error) problem = `both reject it (typescript-estree: ${ref.error})`;
  else if (ref.error) problem = `typescript-estree rejects it (${ref.error}); essa accepts it`;
  else if (got.error) problem = `essa rejects it (${got.error.line}:${got.error.column}: ${got.error.message})`;
  else {
    let d = firstDifference(dropOffsets(got.ast), ref.ast);
    if (!d) {
      const tokens = essaTokens(file);
      if (tokens.error) problem = `essa --tokens rejects it (${tokens.error})`;
      else d = firstDifference(dropOffsets(tokens.tokens), ref.tokens, "tokens");
    }
    if (d) problem = `${d.where}: essa ${show(d.a)}, typescript-estree ${show(d.e)}`;
  }
  if (opts.expected) {
    const stale = checkExpected(file, ref);
    if (stale) {
      failed++;
      console.log(`FAIL ${name}: ${stale}`);
    }
  }
  if (problem) differing.push(`${name}  # ${problem}`);
  const isKnown = known.has(name);
  if (problem && !isKnown) {
    failed++;
    console.log(`FAIL ${name}: ${problem}`);
  } else if (!problem && isKnown) {
    failed++;
    console.log(`FAIL ${name}: matches now; delete it from ${path.basename(opts.known)}`);
  } else {
    passed++;
    if (opts.verbose) console.log(`${problem ? "known" : "ok"} ${name}${problem ? `: ${problem}` : ""}`);
  }
});
if (opts.update) {
  const header = readFileSync(opts.known, "utf8").split("\n").filter((l) => l.startsWith("#"));
  writeFileSync(opts.known, [...header, ...differing].join("\n") + "\n");
}
console.log(`${files.length} files compared with typescript-estree`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
