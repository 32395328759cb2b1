// An independent count of test262, to check essa-test262's results JSON against.
// It shares no code with the runner: its own directory walk, its own reading of the
// frontmatter (regular expressions, not the runner's YAML subset reader), and essa-parse run
// once per file and mode as a separate process (exit 0: parsed, 1: syntax error).
//
//   node cross-check.mjs --essa-parse PATH --test262 DIR (--results FILE | --runner PATH)
//        [--every N] [--out DIR]
//
// Checks: the number of tests, positive tests and parse-phase negatives over the whole
// suite; then, for every Nth test (sorted by path), that the verdict by the rules of
// INTERPRETING.md equals the JSON's. Exit status 0 when everything agrees, 1 when not, 2 for
// a setup problem.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const args = { every: 40 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const key = argv[i].replace(/^--/, "");
  if (!["essa-parse", "test262", "results", "runner", "every", "out"].includes(key) || i + 1 >= argv.length) {
    console.error(`cross-check: bad argument ${argv[i]}`);
    process.exit(2);
  }
  args[key] = argv[++i];
}
if (!args["essa-parse"] || !args.test262 || !(args.results || args.runner)) {
  console.error("cross-check: needs --essa-parse, --test262 and --results or --runner");
  process.exit(2);
}
const every = Math.max(1, Number(args.every));

// 1. The results to check.
let resultsFile = args.results;
if (!resultsFile) {
  const out = resolve(args.out || ".");
  mkdirSync(out, { recursive: true });
  resultsFile = join(out, "cross-check-results.json");
  const run = spawnSync(args.runner, ["--test262", args.test262, "--json", resultsFile], { stdio: ["ignore", "ignore", "inherit"] });
  if (run.status !== 0 && run.status !== 1) {
    console.error(`cross-check: essa-test262 exited with ${run.status ?? run.signal}`);
    process.exit(2);
  }
}
const results = JSON.parse(readFileSync(resultsFile, "utf8"));
const byPath = new Map(results.tests.map((t) => [t.path, t]));

// 2. The suite, walked here.
const testDir = join(args.test262, "test");
const files = [];
(function walk(dir, rel) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = rel ? rel + "/" + entry.name : entry.name;
    if (entry.isDirectory()) walk(join(dir, entry.name), path);
    else if (entry.name.endsWith(".js") && !entry.name.includes("_FIXTURE")) files.push(path);
  }
})(testDir, "");
files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function metadata(source) {
  const block = /\/\*---([\s\S]*?)---\*\//.exec(source);
  const yaml = block ? block[1].replace(/\r/g, "") : "";
  const list = (key) => {
    const flow = new RegExp(`^${key}:[ \\t]*\\[([^\\]]*)\\]`, "m").exec(yaml);
    if (flow) return flow[1].split(",").map((s) => s.trim().replace(/^['"]|['"]$/g, "")).filter(Boolean);
    const items = new RegExp(`^${key}:[ \\t]*\\n((?:[ \\t]*-.*\\n?)+)`, "m").exec(yaml);
    return items ? items[1].split("\n").map((l) => l.replace(/^\s*-\s*/, "").trim()).filter(Boolean) : [];
  };
  const negative = /^negative:[ \t]*\n((?:[ \t]+.*\n?)+)/m.exec(yaml);
  const phase = negative ? (/phase:\s*(\S+)/.exec(negative[1]) || [])[1] : undefined;
  return { flags: list("flags"), phase };
}

function parses(source, goal) {
  const run = spawnSync(args["essa-parse"], [goal, "-"], { input: source, stdio: ["pipe", "ignore", "ignore"] });
  if (run.status === 0) return true;
  if (run.status === 1) return false;
  console.error(`cross-check: essa-parse ${goal} exited with ${run.status ?? run.signal}`);
  process.exit(2);
}

let agree = 0, differ = 0;
const counts = { total: 0, positive: 0, negative: 0 };
for (let i = 0; i < files.length; i++) {
  const path = files[i];
  const source = readFileSync(join(testDir, path), "utf8");
  const meta = metadata(source);
  const negative = meta.phase === "parse";
  counts.total++;
  counts[negative ? "negative" : "positive"]++;
  if (i % every !== 0) continue;
  const has = (f) => meta.flags.includes(f);
  const runs = has("module") ? [["--module", source]]
    : has("raw") || has("noStrict") ? [["--script", source]]
    : has("onlyStrict") ? [["--script", '"use strict";\n' + source]]
    : [["--script", source], ["--script", '"use strict";\n' + source]];
  const pass = runs.every(([goal, text]) => parses(text, goal) !== negative);
  const theirs = byPath.get(path);
  if (theirs && (theirs.result === "pass") === pass) {
    agree++;
  } else {
    differ++;
    console.log(`differ: ${path}: cross-check says ${pass ? "pass" : "fail"}, JSON says ${theirs ? theirs.result : "nothing"}`);
  }
}

let mismatches = 0;
for (const key of ["total", "positive", "negative"]) {
  const theirs = key === "total" ? results.summary.total : results.summary[key].total;
  const same = theirs === counts[key];
  mismatches += same ? 0 : 1;
  console.log(`${same ? "ok" : "not ok"} - ${key} tests: counted ${counts[key]}, JSON ${theirs}`);
}
console.log(`ok - sample of every ${every}th test: ${agree} verdicts agree, ${differ} differ`);
console.log(`${agree} passed, ${differ + mismatches} failed`);
process.exit(differ + mismatches ? 1 : 0);
