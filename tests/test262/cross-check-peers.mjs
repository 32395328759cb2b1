// An independent run of one peer parser, to check a results file that
// test262-runner/peers/run-peers.mjs wrote. It shares no code with the peers runner: its own
// directory walk, its own reading of the frontmatter (regular expressions, as
// cross-check.mjs), and its own call of the parser.
//
//   node cross-check-peers.mjs --results FILE --test262 DIR [--every N]
//
// The parser is the file's "parser" (any of test262-runner/peers/). Checks: the number of tests,
// positive tests and parse-phase negatives over the whole suite; then, for every Nth test
// (sorted by path), the verdict; and prints both pass rates over those tests. The verdicts
// come from child processes (this script with --judge FROM): a native parser that crashes
// loses only the test it crashed on, which counts as failed, as in run-peers.mjs. Exit status 0
// when the counts agree and the pass rates differ by at most 0.1 percentage points, 1 when
// not, 2 for a setup problem.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { readFileSync, readdirSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "../../test262-runner/peers/package.json"));
const args = { every: 1, judge: -1 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  const key = argv[i].replace(/^--/, "");
  if (!["results", "test262", "every", "judge"].includes(key) || i + 1 >= argv.length) {
    console.error(`cross-check-peers: bad argument ${argv[i]}`);
    process.exit(2);
  }
  args[key] = argv[i + 1];
}
if (!args.results || !args.test262) {
  console.error("cross-check-peers: needs --results and --test262");
  process.exit(2);
}
const every = Math.max(1, Number(args.every));
const results = JSON.parse(readFileSync(args.results, "utf8"));

// The parser, called as its documentation says, with the options the results file names.
const parsers = {
  acorn() {
    const acorn = require("acorn");
    return (text, module) => acorn.parse(text, { ecmaVersion: "latest", sourceType: module ? "module" : "script" });
  },
  espree() {
    const espree = require("espree");
    return (text, module) => espree.parse(text, { ecmaVersion: espree.latestEcmaVersion, sourceType: module ? "module" : "script" });
  },
  meriyah() {
    const meriyah = require("meriyah");
    return (text, module) => meriyah.parse(text, { module, webcompat: true, lexical: true });
  },
  "meriyah-next"() {
    const meriyah = require("meriyah");
    return (text, module) => meriyah.parse(text, { module, webcompat: true, lexical: true, next: true });
  },
  babel() {
    const babel = require("@babel/parser");
    const plugins = ["decorators", "decoratorAutoAccessors", "sourcePhaseImports", "deferredImportEvaluation"];
    return (text, module) => babel.parse(text, { sourceType: module ? "module" : "script", plugins });
  },
  async yuku() {
    const yuku = await import(require.resolve("yuku-parser"));
    return (text, module) => {
      const r = yuku.parse(text, { sourceType: module ? "module" : "script", semanticErrors: true });
      const e = r.diagnostics.find((d) => d.severity === "error");
      if (e) throw new SyntaxError(e.message);
    };
  },
  oxc() {
    const oxc = require("oxc-parser");
    return (text, module) => {
      const r = oxc.parseSync(module ? "x.mjs" : "x.js", text, { sourceType: module ? "module" : "script", showSemanticErrors: true });
      if (r.errors.some((e) => e.severity === "Error")) throw new SyntaxError(r.errors[0].message);
    };
  },
};
if (!parsers[results.parser]) {
  console.error(`cross-check-peers: no independent run for ${results.parser} (${Object.keys(parsers).join(", ")})`);
  process.exit(2);
}
const parse = await parsers[results.parser]();
const parses = (text, module) => {
  try {
    parse(text, module);
    return true;
  } catch (e) {
    if (e instanceof SyntaxError || (e && typeof e.message === "string")) return false;
    throw e;
  }
};

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
  const flow = /^flags:[ \t]*\[([^\]]*)\]/m.exec(yaml);
  const items = /^flags:[ \t]*\n((?:[ \t]*-.*\n?)+)/m.exec(yaml);
  const flags = flow ? flow[1].split(",").map((s) => s.trim())
    : items ? items[1].split("\n").map((l) => l.replace(/^\s*-\s*/, "").trim()) : [];
  const negative = /^negative:[ \t]*\n((?:[ \t]+.*\n?)+)/m.exec(yaml);
  return { flags, negative: negative ? /phase:\s*parse\b/.test(negative[1]) : false };
}

// A child: judges the sampled tests from index --judge on, one line per test, written
// synchronously so that a crash loses nothing already judged.
function judgeOne(path) {
  const source = readFileSync(join(testDir, path), "utf8");
  const meta = metadata(source);
  const runs = meta.flags.includes("module") ? [[source, true]]
    : meta.flags.includes("raw") || meta.flags.includes("noStrict") ? [[source, false]]
    : meta.flags.includes("onlyStrict") ? [['"use strict";\n' + source, false]]
    : [[source, false], ['"use strict";\n' + source, false]];
  return runs.every(([text, module]) => parses(text, module) !== meta.negative);
}
if (Number(args.judge) >= 0) {
  for (let i = Number(args.judge); i < files.length; i += every) {
    writeSync(1, `${i} ${judgeOne(files[i]) ? "pass" : "fail"}\n`);
  }
  process.exit(0);
}

let failures = 0;
const check = (ok, what, detail) => {
  if (!ok) failures++;
  console.log(`${ok ? "ok" : "not ok"} - ${what}${ok || detail === undefined ? "" : ": " + detail}`);
};
const byPath = new Map(results.tests.map((t) => [t.path, t]));
let negatives = 0;
for (const path of files) negatives += metadata(readFileSync(join(testDir, path), "utf8")).negative ? 1 : 0;
const mine = new Map();
for (let from = 0; from < files.length;) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--results", args.results,
    "--test262", args.test262, "--every", String(every), "--judge", String(from)],
  { encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "inherit"] });
  let last = from - every;
  for (const line of child.stdout.split("\n")) {
    const [i, verdict] = line.split(" ");
    if (verdict) {
      mine.set(Number(i), verdict === "pass");
      last = Number(i);
    }
  }
  if (child.status === 0) break;
  const crashed = last + every;
  console.log(`  crashed: ${files[crashed]} (${child.signal || "exit status " + child.status}), counted as failed`);
  mine.set(crashed, false);
  from = crashed + every;
}
let sampled = 0, same = 0, passMine = 0, passFile = 0;
for (const [i, pass] of [...mine].sort((a, b) => a[0] - b[0])) {
  const path = files[i];
  const theirs = byPath.get(path);
  sampled++;
  passMine += pass ? 1 : 0;
  passFile += theirs && theirs.result === "pass" ? 1 : 0;
  if (theirs && (theirs.result === "pass") === pass) same++;
  else if (same + 20 > sampled) console.log(`  differs: ${path} (here ${pass ? "pass" : "fail"}, file ${theirs ? theirs.result : "missing"})`);
}
check(results.tests.length === files.length, `${files.length} tests`, `file has ${results.tests.length}`);
check(results.summary.negative.total === negatives, `${negatives} parse-phase negatives`, `file has ${results.summary.negative.total}`);
const rate = (n) => (100 * n) / Math.max(1, sampled);
console.log(`${results.parser}: ${sampled} tests judged here; ${same} verdicts agree; pass rate here ${rate(passMine).toFixed(3)}%, in the file ${rate(passFile).toFixed(3)}%`);
check(Math.abs(rate(passMine) - rate(passFile)) <= 0.1, "the pass rates agree within 0.1%");
process.exit(failures ? 1 : 0);
