// An independent run of one peer parser, to check a results file that
// test262-runner/peers/run-peers.mjs wrote. It shares no code with the peers runner: its own
// directory walk, its own reading of the frontmatter (regular expressions, as
// cross-check.mjs), and its own call of the parser.
//
//   node cross-check-peers.mjs --results FILE --test262 DIR [--every N]
//
// The parser is the file's "parser" (acorn, meriyah or oxc). Checks: the number of tests,
// positive tests and parse-phase negatives over the whole suite; then, for every Nth test
// (sorted by path), the verdict; and prints both pass rates over those tests. Exit status 0
// when the counts agree and the pass rates differ by at most 0.1 percentage points, 1 when
// not, 2 for a setup problem.
import { createRequire } from "node:module";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "../../test262-runner/peers/package.json"));
const args = { every: 1 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  const key = argv[i].replace(/^--/, "");
  if (!["results", "test262", "every"].includes(key) || i + 1 >= argv.length) {
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
  meriyah() {
    const meriyah = require("meriyah");
    return (text, module) => meriyah.parse(text, { module, webcompat: true, lexical: true });
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
const parse = parsers[results.parser]();
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

let failures = 0;
const check = (ok, what, detail) => {
  if (!ok) failures++;
  console.log(`${ok ? "ok" : "not ok"} - ${what}${ok || detail === undefined ? "" : ": " + detail}`);
};
const byPath = new Map(results.tests.map((t) => [t.path, t]));
let negatives = 0, sampled = 0, same = 0, passMine = 0, passFile = 0;
files.forEach((path, i) => {
  const source = readFileSync(join(testDir, path), "utf8");
  const meta = metadata(source);
  negatives += meta.negative ? 1 : 0;
  if (i % every !== 0) return;
  const runs = meta.flags.includes("module") ? [[source, true]]
    : meta.flags.includes("raw") || meta.flags.includes("noStrict") ? [[source, false]]
    : meta.flags.includes("onlyStrict") ? [['"use strict";\n' + source, false]]
    : [[source, false], ['"use strict";\n' + source, false]];
  const pass = runs.every(([text, module]) => parses(text, module) !== meta.negative);
  const theirs = byPath.get(path);
  sampled++;
  passMine += pass ? 1 : 0;
  passFile += theirs && theirs.result === "pass" ? 1 : 0;
  if (theirs && (theirs.result === "pass") === pass) same++;
  else if (same + 20 > sampled) console.log(`  differs: ${path} (here ${pass ? "pass" : "fail"}, file ${theirs ? theirs.result : "missing"})`);
});
check(results.tests.length === files.length, `${files.length} tests`, `file has ${results.tests.length}`);
check(results.summary.negative.total === negatives, `${negatives} parse-phase negatives`, `file has ${results.summary.negative.total}`);
const rate = (n) => (100 * n) / Math.max(1, sampled);
console.log(`${results.parser}: ${sampled} tests judged here; ${same} verdicts agree; pass rate here ${rate(passMine).toFixed(3)}%, in the file ${rate(passFile).toFixed(3)}%`);
check(Math.abs(rate(passMine) - rate(passFile)) <= 0.1, "the pass rates agree within 0.1%");
process.exit(failures ? 1 : 0);
