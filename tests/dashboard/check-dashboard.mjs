// Runs essa-test262 with --json and --html, opens the dashboard in Debian's headless Chromium
// (driven by playwright-core; no browser download), and checks the page against the JSON:
// the totals, the directory and feature tables, and that the search box filters the failures;
// with peers (--compare files, or --peers-runner to run test262-runner/peers/run-peers.mjs over
// the same selection), the comparison table, the peer columns and the disagreements; with a
// history log (--history FILE.jsonl, copied into --out first, since the run appends to it),
// the appended line, the trend and the tests that flipped.
//
//   node check-dashboard.mjs --runner PATH --test262 DIR --out DIR
//        [--filter PATTERN]... [--expect FILE] [--history FILE]... [--screenshot FILE]
//        [--compare FILE]... [--peers-runner PATH] [--min-disagreements N] [--chromium PATH]
//
// Exit status: 0 when every check passed, 1 when one failed, 2 for a setup problem.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const args = { filters: [], history: [], compare: [], chromium: process.env.CHROMIUM || "/usr/bin/chromium" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) setup(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--runner") args.runner = value();
    else if (a === "--test262") args.test262 = value();
    else if (a === "--out") args.out = value();
    else if (a === "--filter") args.filters.push(value());
    else if (a === "--expect") args.expect = value();
    else if (a === "--history") args.history.push(value());
    else if (a === "--screenshot") args.screenshot = value();
    else if (a === "--compare") args.compare.push(value());
    else if (a === "--peers-runner") args.peersRunner = value();
    else if (a === "--min-disagreements") args.minDisagreements = Number(value());
    else if (a === "--chromium") args.chromium = value();
    else setup(`unknown argument ${a}`);
  }
  for (const k of ["runner", "test262", "out"]) if (!args[k]) setup(`--${k} is required`);
  return args;
}

function setup(message) {
  console.error(`check-dashboard: ${message}`);
  process.exit(2);
}

let failures = 0, passes = 0;
function check(ok, what, detail) {
  if (ok) {
    passes++;
    console.log(`ok - ${what}`);
  } else {
    failures++;
    console.log(`not ok - ${what}${detail === undefined ? "" : ": " + detail}`);
  }
}
function checkEqual(actual, expected, what) {
  const same = JSON.stringify(actual) === JSON.stringify(expected);
  check(same, what, same ? undefined : `page has ${JSON.stringify(actual)}, JSON has ${JSON.stringify(expected)}`);
}

// The page's search rule, restated from docs/test262.md: every word of the query occurs,
// ignoring case, in the path, a run's error message or a feature name.
function matchesQuery(test, query) {
  const hay = [test.path, ...test.runs.map((r) => (r.error ? r.error.message : "")), ...test.features]
    .join(" ").toLowerCase();
  return query.toLowerCase().split(/\s+/).filter(Boolean).every((t) => hay.includes(t));
}

const args = parseArgs(process.argv.slice(2));
if (!existsSync(args.chromium)) {
  setup(`no browser at ${args.chromium}: install Debian's chromium (scripts/setup.sh does)`);
}
let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch {
  setup(`playwright-core is not installed in ${here}: run scripts/setup-node.sh`);
}

// 1. The run, after the peers' when there are any.
mkdirSync(args.out, { recursive: true });
if (args.peersRunner) {
  const peersDir = resolve(args.out, "peers");
  const filterArgs = args.filters.flatMap((f) => ["--filter", f]);
  const peersRun = spawnSync(process.execPath, [args.peersRunner, "--test262", args.test262, "--out", peersDir,
    "--jobs", "2", ...filterArgs], { encoding: "utf8" });
  process.stdout.write(peersRun.stdout || "");
  process.stderr.write(peersRun.stderr || "");
  if (peersRun.status !== 0) setup(`run-peers.mjs did not complete (status ${peersRun.status})`);
  for (const line of (peersRun.stdout || "").split("\n")) {
    const m = / -> (.*\.json)$/.exec(line);
    if (m) args.compare.push(m[1]);
  }
}
// A history log is copied, so that the committed one stays as it is.
let logLinesBefore = [];
args.history = args.history.map((file) => {
  if (!file.endsWith(".jsonl")) return file;
  const copy = resolve(args.out, basename(file));
  copyFileSync(file, copy);
  logLinesBefore = readFileSync(copy, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  return copy;
});
const logFile = args.history.find((f) => f.endsWith(".jsonl"));
const jsonFile = resolve(args.out, "results.json");
const htmlDir = resolve(args.out, "html");
const runnerArgs = ["--test262", args.test262, "--jobs", "2", "--json", jsonFile, "--html", htmlDir];
for (const f of args.filters) runnerArgs.push("--filter", f);
if (args.expect) runnerArgs.push("--expect", args.expect);
if (args.history.length) runnerArgs.push("--history", ...args.history);
if (args.compare.length) runnerArgs.push("--compare", ...args.compare);
if (logFile) runnerArgs.push("--commit", "check-dashboard");
const run = spawnSync(args.runner, runnerArgs, { encoding: "utf8" });
process.stdout.write(run.stdout || "");
process.stderr.write(run.stderr || "");
if (run.error || run.status === 2 || run.status === null) setup(`essa-test262 did not complete (${run.error || "status " + run.status})`);
if (args.expect) check(run.status === 0, "the run matches the expected failures (exit status 0)", `status ${run.status}`);
const results = JSON.parse(readFileSync(jsonFile, "utf8"));
const summary = results.summary;
const failed = results.tests.filter((t) => t.result === "fail");
check(results.tests.length === summary.total, "the JSON lists one entry per counted test",
  `${results.tests.length} entries, total ${summary.total}`);

// 2. The browser: a fresh profile, no network (every request but file:// is refused and counted).
const profile = mkdtempSync(join(tmpdir(), "essa-dashboard-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: args.chromium,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run"],
  viewport: { width: 1280, height: 1000 },
});
try {
  const outside = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = context.pages()[0] || (await context.newPage());
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") pageErrors.push(m.text()); });
  await page.goto(pathToFileURL(join(htmlDir, "index.html")).href);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });

  // 3. Totals.
  const number = async (id) => {
    const [value, text] = await page.$eval(`#${id}`, (n) => [n.dataset.value, n.textContent]);
    check(text.replaceAll(",", "") === value, `#${id} shows its value`, `${text} vs ${value}`);
    return Number(value);
  };
  checkEqual(await number("total"), summary.total, "total");
  checkEqual(await number("passed"), summary.passed, "passed");
  checkEqual(await number("failed"), summary.failed, "failed");
  checkEqual(await number("positive-total"), summary.positive.total, "positive total");
  checkEqual(await number("positive-passed"), summary.positive.passed, "positive passed");
  checkEqual(await number("negative-total"), summary.negative.total, "negative total");
  checkEqual(await number("negative-passed"), summary.negative.passed, "negative passed");
  const rate = summary.total ? (100 * summary.passed) / summary.total : 100;
  checkEqual(await page.textContent("#pass-rate"), rate.toFixed(2) + "%", "pass rate");

  // 4. Directories: the top level, then one level down.
  const dirRows = () => page.$$eval("#dir-table tbody tr", (rows) => rows.map((r) => ({
    name: r.dataset.name, total: Number(r.dataset.total), passed: Number(r.dataset.passed) })));
  checkEqual(await dirRows(), summary.directories.map((d) => ({ name: d.name, total: d.total, passed: d.passed })),
    "directory table = summary.directories");
  const top = summary.directories[0];
  if (top) {
    await page.click(`#dir-table tbody tr[data-name="${top.name}"]`);
    const expected = new Map();
    for (const t of results.tests) {
      const parts = t.path.split("/");
      if (parts[0] !== top.name || parts.length < 3) continue;
      const e = expected.get(parts[1]) || { name: parts[1], total: 0, passed: 0 };
      e.total++;
      e.passed += t.result === "pass" ? 1 : 0;
      expected.set(parts[1], e);
    }
    const want = [...expected.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    checkEqual(await dirRows(), want, `drill-down into ${top.name}/ lists its sub-directories`);
    checkEqual(await page.textContent("#dir-crumbs strong"), top.name, "the breadcrumb names it");
    await page.click("#dir-crumbs button");
  }

  // 5. Features.
  const features = new Map();
  for (const t of results.tests) {
    for (const f of t.features) {
      const e = features.get(f) || { name: f, total: 0, passed: 0 };
      e.total++;
      e.passed += t.result === "pass" ? 1 : 0;
      features.set(f, e);
    }
  }
  const featureRows = await page.$$eval("#feature-table tbody tr", (rows) => rows.map((r) => {
    const c = r.querySelectorAll("td");
    return { name: c[0].textContent, total: Number(c[1].textContent.replaceAll(",", "")),
      passed: Number(c[2].textContent.replaceAll(",", "")) };
  }));
  const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  checkEqual(featureRows.sort(byName), [...features.values()].sort(byName), "feature table = the tests' features");

  // 6. Failures and the search box.
  const shown = () => page.$$eval("#failure-list .failure", (rows) => rows.map((r) => r.dataset.path));
  const pageSize = 200;
  checkEqual(Number(await page.getAttribute("#failure-count", "data-total")), failed.length, "failure count");
  checkEqual((await shown()).length, Math.min(pageSize, failed.length), "failures listed");
  // A query that keeps some failures and drops others, when the failures allow one.
  const candidates = [...new Set(failed.flatMap((t) => {
    const parts = t.path.split("/");
    return [parts[0] + "/", parts.slice(0, -1).join("/") + "/", t.path];
  }))];
  let query = candidates.find((q) => {
    const n = failed.filter((t) => matchesQuery(t, q)).length;
    return n > 0 && n < failed.length;
  }) || (failed[0] ? failed[0].path : "no-such-test-anywhere");
  const want = failed.filter((t) => matchesQuery(t, query)).map((t) => t.path);
  await page.fill("#search", query);
  checkEqual(Number(await page.getAttribute("#failure-count", "data-matches")), want.length,
    `search "${query}": match count`);
  checkEqual(await shown(), want.slice(0, pageSize), `search "${query}": the listed failures`);
  if (failed.length > 1) check(want.length < failed.length, "the search left some failures out");
  await page.fill("#search", query.toUpperCase() + "  ");
  checkEqual((await shown()).length, Math.min(pageSize, want.length), "search ignores case and spaces");
  await page.fill("#search", "no-such-test-anywhere");
  checkEqual((await shown()).length, 0, "a query matching nothing lists nothing");
  await page.fill("#search", "");
  checkEqual((await shown()).length, Math.min(pageSize, failed.length), "clearing the search lists every failure again");

  // 7. A failure opens onto its source.
  if (failed.length) {
    const first = failed[0];
    await page.click(`#failure-list .failure[data-path="${first.path}"] > summary`);
    const source = readFileSync(join(args.test262, "test", first.path), "utf8");
    const pre = await page.textContent(`#failure-list .failure[data-path="${first.path}"] pre.source`);
    const firstLine = source.split("\n").find((l) => l.trim()) || "";
    check(pre.includes(firstLine), "an opened failure shows the test's source");
  }

  // 8. The trend: one point per earlier run, then this one.
  if (args.history.length) {
    check(await page.isVisible("#trend-section"), "the trend chart is shown");
    const titles = await page.$$eval("#trend circle.dot title", (ts) => ts.map((t) => t.textContent));
    const earlier = args.history.length - (logFile ? 1 : 0) + logLinesBefore.length;
    checkEqual(titles.length, earlier + 1, "one point per run");
    const last = titles[titles.length - 1] || "";
    check(last.startsWith(results.date + ": " + rate.toFixed(2) + "%"), "the last point is this run", last);
  } else {
    check(!(await page.isVisible("#trend-section")), "no trend chart without history");
  }

  // 9. The history log: this run appended, and the tests that flipped since its last line.
  if (logFile) {
    const lines = readFileSync(logFile, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
    checkEqual(lines.length, logLinesBefore.length + 1, "the run appended one line to the history log");
    const last = lines[lines.length - 1];
    checkEqual([last.format, last.date, last.commit, last.total, last.passed],
      ["essa-test262-history", results.date, "check-dashboard", summary.total, summary.passed], "the appended line");
    checkEqual(last.failing, failed.map((t) => t.path).sort(), "the appended line lists the failing tests");
    const feats = {};
    for (const t of results.tests) for (const f of t.features) {
      feats[f] = feats[f] || [0, 0];
      feats[f][0]++;
      feats[f][1] += t.result === "pass" ? 1 : 0;
    }
    checkEqual(last.features, Object.fromEntries(Object.keys(feats).sort().map((k) => [k, feats[k]])),
      "the appended line counts per feature");
    if (logLinesBefore.length) {
      const prev = logLinesBefore[logLinesBefore.length - 1];
      const ran = new Set(results.tests.map((t) => t.path));
      const nowFailing = new Set(last.failing);
      const fixed = prev.failing.filter((p) => ran.has(p) && !nowFailing.has(p)).sort();
      const broken = last.failing.filter((p) => !prev.failing.includes(p)).sort();
      check(await page.isVisible("#flips-section"), "the flips are shown");
      const listed = (id) => page.$$eval(`#${id} li[data-path]`, (ls) => ls.map((l) => l.dataset.path));
      checkEqual(await listed("flips-fixed"), fixed, "now passing = failed in the last logged run, passing now");
      checkEqual(await listed("flips-broken"), broken, "now failing = failing now, not in the last logged run");
      check(fixed.length + broken.length > 0, "the log's last run differs from this one (the check means something)");
    }
  } else {
    check(!(await page.isVisible("#flips-section")), "no flips without a history log");
  }

  // 10. The peers: their table, columns, and the tests where essa and most peers disagree.
  if (args.compare.length) {
    const peers = args.compare.map((f) => JSON.parse(readFileSync(f, "utf8")));
    const verdicts = peers.map((p) => new Map(p.tests.map((t) => [t.path, t.result])));
    const names = peers.map((p) => p.parser || "essa");
    const count = (k, tests) => {
      let total = 0, passed = 0;
      for (const t of tests) {
        const v = verdicts[k].get(t.path);
        if (v === undefined) continue;
        total++;
        passed += v === "pass" ? 1 : 0;
      }
      return [total, passed];
    };
    check(await page.isVisible("#peer-section"), "the comparison table is shown");
    const peerRows = await page.$$eval("#peer-table tbody tr", (rows) => rows.map((r) => [r.dataset.name, Number(r.dataset.total), Number(r.dataset.passed)]));
    const byFirst = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    checkEqual(peerRows.slice().sort(byFirst), [["essa", summary.total, summary.passed],
      ...names.map((n, k) => [n, ...count(k, results.tests)])].sort(byFirst), "one row per parser, counted over essa's tests");
    const rates = peerRows.map((r) => (r[1] ? r[2] / r[1] : 1));
    check(rates.every((r, i) => i === 0 || rates[i - 1] >= r), "the comparison is sorted by pass rate, best first");
    await page.click('#peer-table th[data-key="name"]');
    const sortedNames = await page.$$eval("#peer-table tbody tr", (rows) => rows.map((r) => r.dataset.name));
    checkEqual(sortedNames, sortedNames.slice().sort((a, b) => a.localeCompare(b)), "a click on Parser sorts by name");
    checkEqual(await page.$$eval("#dir-table th.peer", (ths) => ths.map((t) => t.dataset.peer)), names, "a directory column per peer");
    checkEqual(await page.$$eval("#feature-table th.peer", (ths) => ths.map((t) => t.dataset.peer)), names, "a feature column per peer");
    const dirCells = await page.$$eval("#dir-table tbody tr", (rows) => rows.map((r) => [r.dataset.name,
      ...[...r.querySelectorAll("td.peer")].map((c) => [Number(c.dataset.total || 0), Number(c.dataset.passed || 0)])]));
    checkEqual(dirCells, summary.directories.map((d) => [d.name,
      ...names.map((_, k) => count(k, results.tests.filter((t) => t.path.startsWith(d.name + "/"))))]),
      "the peers' directory columns count their verdicts");
    // Sorting the features by the first peer's column.
    await page.click('#feature-table th[data-key="peer0"]');
    await page.click('#feature-table th[data-key="peer0"]');
    const firstPeerRates = await page.$$eval("#feature-table tbody tr", (rows) => rows.map((r) => {
      const c = r.querySelector("td.peer");
      return c && c.dataset.total ? Number(c.dataset.passed) / Number(c.dataset.total) : -1;
    }));
    check(firstPeerRates.every((r, i) => i === 0 || firstPeerRates[i - 1] <= r), `the feature table sorts by ${names[0]}'s column`);

    const want = results.tests.filter((t) => {
      let ran = 0, against = 0;
      for (const v of verdicts) {
        const r = v.get(t.path);
        if (r === undefined) continue;
        ran++;
        against += r !== t.result ? 1 : 0;
      }
      return 2 * against > ran;
    }).map((t) => t.path);
    const listed = () => page.$$eval("#disagree-list .disagreement", (ds) => ds.map((d) => d.dataset.path));
    checkEqual(Number(await page.getAttribute("#disagree-count", "data-total")), want.length, "the disagreement count");
    if (args.minDisagreements) check(want.length >= args.minDisagreements, `at least ${args.minDisagreements} disagreements (the check means something)`, want.length);
    checkEqual(await listed(), want.slice(0, 200), "the disagreements: essa against more than half of the peers that ran the test");
    if (want.length) {
      const q = want[0];
      await page.fill("#disagree-search", q);
      checkEqual(await listed(), want.filter((p) => p.includes(q)).slice(0, 200), "the disagreement filter");
      await page.click(`#disagree-list .disagreement[data-path="${q}"] > summary`);
      const pre = await page.textContent(`#disagree-list .disagreement[data-path="${q}"] pre.source`);
      const firstLine = readFileSync(join(args.test262, "test", q), "utf8").split("\n").find((l) => l.trim()) || "";
      check(pre.includes(firstLine), "an opened disagreement shows the test's source");
      const chips = await page.$$eval(`#disagree-list .disagreement[data-path="${q}"] .verdict`, (cs) => cs.map((c) => c.dataset.peer));
      checkEqual(chips, names, "an opened disagreement names each peer's verdict");
      await page.fill("#disagree-search", "");
    }
  } else {
    check(!(await page.isVisible("#peer-section")), "no comparison without peers");
  }

  check(outside.length === 0, "the page made no network request", outside.join(", "));
  check(pageErrors.length === 0, "no script errors", pageErrors.join("; "));

  if (args.screenshot) {
    // The page as a person first sees it.
    await page.reload();
    await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: args.screenshot, fullPage: false });
    console.log(`screenshot: ${args.screenshot}`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(`${passes} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
