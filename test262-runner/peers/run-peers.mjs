// Runs the peer parsers (peers.mjs) over test262 under essa-test262's rules (rules.mjs) on
// one worker process per core, and writes one results JSON per peer in essa-test262's format
// (docs/test262.md), for `essa-test262 --compare`. Workers are processes, not threads: two of
// the peers are native code, and a crash in one must cost one test, not the run.
//
//   node run-peers.mjs --test262 DIR --out DIR [--peers a,b,...] [--filter PATTERN]...
//        [--every N] [--jobs N] [--timeout SECONDS]
//
// --every N keeps every Nth selected test (by sorted path): CI's cheap sample.
// Exit status: 0 when the files were written, 2 for a usage or I/O problem.
import { fork } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync, renameSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { discoverTests, judge, modesFor, parseFrontmatter, STRICT_PREFIX } from "./rules.mjs";
import { findPeers } from "./peers.mjs";

// The error's position in the file as written, as essa-test262 reports it: line 1-based,
// column and offset in UTF-16 units; a strict run's one-line prefix is taken off.
export function position(text, offset, strict) {
  offset = Math.max(0, Math.min(offset | 0, text.length));
  let line = 1, lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  const out = { line, column: offset - lineStart, offset };
  if (strict) {
    if (out.line > 1) {
      out.line -= 1;
      out.offset = Math.max(0, out.offset - STRICT_PREFIX.length);
    } else {
      out.column = 0;
      out.offset = 0;
    }
  }
  return out;
}

function runTest(peer, source, meta) {
  const runs = [];
  for (const mode of modesFor(meta)) {
    const text = mode === "strict" ? STRICT_PREFIX + source : source;
    const start = process.hrtime.bigint();
    let error;
    try {
      error = peer.parse(text, mode === "module");
    } catch (e) {
      // Not a syntax error: the parser itself broke.
      error = { crash: true, message: String(e && e.message) };
    }
    const duration_us = Number((process.hrtime.bigint() - start) / 1000n);
    if (!error) {
      runs.push({ mode, got: "parse", duration_us, error: null });
    } else {
      const at = error.crash ? { line: 0, column: 0, offset: 0 } : position(text, error.offset, mode === "strict");
      runs.push({ mode, got: error.crash ? "crash" : "error", duration_us, error: { message: error.message, ...at } });
    }
  }
  return runs;
}

// A worker process: runs every peer on each test the parent sends, and before each parse
// writes "test peer" into its own small file (synchronously), so that the parent can name the
// test and the peer when the process dies or hangs.
function worker() {
  let init = null, peers = null, fd = -1;
  process.on("message", (m) => {
    if (m.init) {
      init = m.init;
      peers = findPeers(init.peerNames);
      fd = openSync(init.statusFile, "w");
      process.send({ ready: true });
      return;
    }
    const { index, skip } = m;
    const source = readFileSync(join(init.testDir, init.paths[index]), "utf8");
    const meta = parseFrontmatter(source);
    const byPeer = peers.map((peer, k) => {
      if (skip.includes(k)) return null;
      writeSync(fd, `${index} ${k}        \n`, 0);
      return runTest(peer, source, meta);
    });
    process.send({ index, meta, byPeer });
  });
}

function usage(message) {
  console.error(`run-peers: ${message}`);
  process.exit(2);
}

function parseArgs(argv) {
  const args = { filters: [], peers: [], every: 1, jobs: availableParallelism(), timeout: 60 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
    if (a === "--test262") args.test262 = value();
    else if (a === "--out") args.out = value();
    else if (a === "--peers") args.peers.push(...value().split(",").filter(Boolean));
    else if (a === "--filter") args.filters.push(...value().split(",").filter(Boolean));
    else if (a === "--every") args.every = Number(value());
    else if (a === "--jobs") args.jobs = Number(value());
    else if (a === "--timeout") args.timeout = Number(value());
    else usage(`unknown argument ${a}`);
  }
  if (!args.test262 || !args.out) usage("--test262 DIR and --out DIR are required");
  for (const k of ["every", "jobs", "timeout"]) {
    if (!(Number.isInteger(args[k]) && args[k] > 0)) usage(`--${k} needs a positive whole number`);
  }
  return args;
}

// test262_commit in main.cpp: the checkout's COMMIT file, else git's HEAD.
function test262Commit(root) {
  const first = (f) => readFileSync(f, "utf8").split("\n")[0].replace(/[\r ]+$/, "");
  try {
    if (existsSync(join(root, "COMMIT"))) return first(join(root, "COMMIT"));
    const head = first(join(root, ".git", "HEAD"));
    if (!head.startsWith("ref: ")) return head;
    const ref = head.slice(5);
    if (existsSync(join(root, ".git", ref))) return first(join(root, ".git", ref));
    for (const line of readFileSync(join(root, ".git", "packed-refs"), "utf8").split("\n")) {
      if (line.slice(41) === ref) return line.slice(0, 40);
    }
  } catch {}
  return null;
}

function counts(list) {
  const passed = list.filter((t) => t.result === "pass").length;
  return { total: list.length, passed, failed: list.length - passed };
}

// The results file, laid out as report_json.cpp lays out essa's.
function resultsText(head, tests) {
  const all = counts(tests);
  const dirs = new Map();
  for (const t of tests) {
    const slash = t.path.indexOf("/");
    const name = slash < 0 ? "(root)" : t.path.slice(0, slash);
    if (!dirs.has(name)) dirs.set(name, []);
    dirs.get(name).push(t);
  }
  head.summary = {
    ...all,
    skipped: 0,
    positive: counts(tests.filter((t) => t.expected === "parse")),
    negative: counts(tests.filter((t) => t.expected === "error")),
    directories: [...dirs.keys()].sort().map((name) => ({ name, ...counts(dirs.get(name)) })),
    expectations: null,
  };
  let text = "{\n";
  for (const [k, v] of Object.entries(head)) text += `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`;
  text += '  "tests": [';
  text += tests.length ? "\n    " + tests.map((t) => JSON.stringify(t)).join(",\n    ") + "\n  ]\n}\n" : "]\n}\n";
  return text;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  let peers;
  try {
    peers = findPeers(args.peers);
  } catch (e) {
    usage(e.message);
  }
  const testDir = join(args.test262, "test");
  if (!existsSync(testDir)) usage(`no test directory at ${testDir}`);
  const started = Date.now();
  const date = new Date(started).toISOString().replace(/\.\d+Z$/, "Z");
  const paths = discoverTests(testDir, args.filters).filter((_, i) => i % args.every === 0);
  if (!paths.length) usage("no test matches the filter");

  const jobs = Math.min(args.jobs, paths.length);
  const metas = new Array(paths.length);
  const results = peers.map(() => new Array(paths.length));
  const statusDir = mkdtempSync(join(tmpdir(), "essa-peers-"));
  const cutShort = (index, k, got, message) => {
    const meta = metas[index] || parseFrontmatter(readFileSync(join(testDir, paths[index]), "utf8"));
    metas[index] = meta;
    results[k][index] = [{ mode: modesFor(meta)[0], got, duration_us: 0, error: { message, line: 0, column: 0, offset: 0 } }];
    console.error(`run-peers: ${peers[k].name} ${got === "timeout" ? "timed out" : "crashed"} on ${paths[index]} (${message})`);
  };

  await new Promise((resolveAll) => {
    let next = 0, live = 0;
    const redo = []; // {index, skip}: tests to finish after a worker died on them
    const start = (slot) => {
      const statusFile = join(statusDir, `worker-${slot}`);
      const child = fork(fileURLToPath(import.meta.url), ["--worker"], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
      live++;
      let current = null, since = 0, done = false;
      const give = () => {
        current = redo.length ? redo.shift() : next < paths.length ? { index: next++, skip: [] } : null;
        if (!current) {
          done = true;
          child.kill();
          return;
        }
        since = Date.now();
        child.send(current);
      };
      const timer = setInterval(() => {
        if (current && Date.now() - since > args.timeout * 1000) child.kill("SIGKILL");
      }, 500);
      child.on("message", (m) => {
        if (m.ready) return give();
        metas[m.index] = m.meta;
        m.byPeer.forEach((runs, k) => { if (runs) results[k][m.index] = runs; });
        give();
      });
      child.on("exit", (code, signal) => {
        clearInterval(timer);
        live--;
        if (!done && current) {
          // The status file names the peer that was parsing.
          let k = -1;
          try {
            const [index, peer] = readFileSync(statusFile, "utf8").trim().split(/\s+/).map(Number);
            if (index === current.index) k = peer;
          } catch {}
          if (k < 0) k = peers.findIndex((_, j) => !current.skip.includes(j));
          const timedOut = Date.now() - since > args.timeout * 1000;
          cutShort(current.index, k, timedOut ? "timeout" : "crash",
            timedOut ? `still parsing after ${args.timeout} s` : signal ? `signal ${signal}` : `exit status ${code}`);
          const skip = current.skip.concat([k]);
          if (skip.length < peers.length) redo.push({ index: current.index, skip });
          start(slot);
        } else if (!done) {
          console.error(`run-peers: a worker stopped before it took a test (${signal || "exit status " + code})`);
          process.exit(2);
        } else if (live === 0) {
          resolveAll();
        }
      });
      child.send({ init: { testDir, paths, peerNames: peers.map((p) => p.name), statusFile } });
    };
    for (let s = 0; s < jobs; s++) start(s);
  });
  rmSync(statusDir, { recursive: true, force: true });

  const wall = (Date.now() - started) / 1000;
  mkdirSync(args.out, { recursive: true });
  peers.forEach((peer, k) => {
    const tests = paths.map((path, i) => {
      const meta = metas[i];
      const runs = results[k][i];
      const passed = judge(meta, runs);
      return {
        path,
        expected: meta.expectsParseError ? "error" : "parse",
        negative: meta.negativePhase ? { phase: meta.negativePhase, type: meta.negativeType } : null,
        flags: meta.flags,
        features: meta.features,
        result: passed ? "pass" : "fail",
        listed: false,
        runs,
      };
    });
    const head = {
      format: "essa-test262-results",
      format_version: 1,
      essa_version: null,
      parser: peer.name,
      parser_version: `${peer.package} ${peer.version}`,
      parser_options: peer.options,
      test262_commit: test262Commit(args.test262),
      date,
      wall_seconds: Math.round(wall * 1000) / 1000,
      options: { jobs, timeout_seconds: args.timeout, filter: args.filters, features: [], expect: null,
        every: args.every },
    };
    const file = resolve(args.out, `${peer.name}.json`);
    writeFileSync(file + ".tmp", resultsText(head, tests));
    renameSync(file + ".tmp", file);
    const c = counts(tests);
    const rate = c.total ? ((100 * c.passed) / c.total).toFixed(2) : "100.00";
    console.log(`${peer.name.padEnd(13)} ${peer.package} ${peer.version}: ${c.passed} of ${c.total} passed (${rate}%), ${c.failed} failed -> ${file}`);
  });
  console.log(`${paths.length} tests, ${peers.length} parsers, ${jobs} workers, ${wall.toFixed(1)} s`);
}

if (process.argv[2] !== "--worker") {
  main().catch((e) => {
    console.error(`run-peers: ${e && e.stack ? e.stack : e}`);
    process.exit(2);
  });
} else {
  worker();
}
