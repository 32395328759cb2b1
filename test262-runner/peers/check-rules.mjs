// Checks that run-peers.mjs applies essa-test262's rules: over the same tests, both must list
// the same paths with the same expectation, flags, features and runs (modes), and acorn's
// verdicts must be the known ones.
//
//   node check-rules.mjs --runner PATH --test262 DIR --out DIR [--filter PATTERN]...
//        [--known PATH=pass|fail]...
//
// Exit status: 0 when everything agrees, 1 when not, 2 for a setup problem.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const args = { filters: [], known: [] };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (i + 1 >= argv.length) setup(`${a} needs a value`);
  const v = argv[++i];
  if (a === "--runner") args.runner = v;
  else if (a === "--test262") args.test262 = v;
  else if (a === "--out") args.out = v;
  else if (a === "--filter") args.filters.push(v);
  else if (a === "--known") args.known.push(v);
  else setup(`unknown argument ${a}`);
}
if (!args.runner || !args.test262 || !args.out) setup("--runner, --test262 and --out are required");

function setup(message) {
  console.error(`check-rules: ${message}`);
  process.exit(2);
}
let failures = 0;
function check(ok, what, detail) {
  if (!ok) failures++;
  console.log(`${ok ? "ok" : "not ok"} - ${what}${ok || detail === undefined ? "" : ": " + detail}`);
}

const out = resolve(args.out);
mkdirSync(out, { recursive: true });
const filterArgs = args.filters.flatMap((f) => ["--filter", f]);
const essaFile = join(out, "essa.json");
const essa = spawnSync(args.runner, ["--test262", args.test262, "--jobs", "2", "--json", essaFile, ...filterArgs],
  { stdio: ["ignore", "ignore", "inherit"] });
if (essa.status !== 0 && essa.status !== 1) setup(`essa-test262 exited with ${essa.status ?? essa.signal}`);
const peers = spawnSync(process.execPath, [join(here, "run-peers.mjs"), "--test262", args.test262, "--out", out,
  "--peers", "acorn", "--jobs", "2", ...filterArgs], { stdio: ["ignore", "inherit", "inherit"] });
if (peers.status !== 0) setup(`run-peers.mjs exited with ${peers.status ?? peers.signal}`);

const mine = JSON.parse(readFileSync(essaFile, "utf8"));
const acorn = JSON.parse(readFileSync(join(out, "acorn.json"), "utf8"));
check(acorn.format === mine.format && acorn.format_version === mine.format_version, "the same format");
check(acorn.test262_commit === mine.test262_commit, "the same test262 commit");
check(JSON.stringify(acorn.tests.map((t) => t.path)) === JSON.stringify(mine.tests.map((t) => t.path)),
  `the same ${mine.tests.length} tests in the same order`);
const shape = (t) => JSON.stringify([t.expected, t.negative, t.flags, t.features, t.runs.map((r) => r.mode)]);
const byPath = new Map(acorn.tests.map((t) => [t.path, t]));
let same = 0;
for (const t of mine.tests) {
  const p = byPath.get(t.path);
  if (p && shape(p) === shape(t)) same++;
  else check(false, `${t.path}: the same expectation, flags, features and modes`, p ? `${shape(p)} vs ${shape(t)}` : "missing");
}
check(same === mine.tests.length, `${same} of ${mine.tests.length} tests read alike`);
for (const key of ["total", "passed", "failed"]) {
  check(typeof acorn.summary[key] === "number", `summary.${key} is a count`);
}
check(acorn.summary.positive.total === mine.summary.positive.total &&
  acorn.summary.negative.total === mine.summary.negative.total, "the same positive and negative totals");
for (const k of args.known) {
  const [path, want] = k.split("=");
  const t = byPath.get(path);
  check(t && t.result === want, `acorn: ${path}: ${want}`, t ? t.result : "not run");
}
console.log(failures ? `${failures} failed` : "all agree");
process.exit(failures ? 1 : 0);
