// essa-test262's rules, restated for Node from test262-runner/ (discover.cpp, frontmatter.cpp,
// run.cpp) so that a peer is judged exactly as essa is: which files are tests, the
// frontmatter's YAML subset, the runs each test gets, and the verdict.
import { readdirSync } from "node:fs";
import { join } from "node:path";

// discover.cpp: every `.js` file under test/ whose name has no `_FIXTURE`, sorted bytewise.
export function discoverTests(testDir, filters) {
  const out = [];
  (function walk(dir, rel) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = rel ? rel + "/" + entry.name : entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), path);
      else if (entry.isFile() && entry.name.endsWith(".js") && !entry.name.includes("_FIXTURE")) {
        if (matchesFilter(filters, path)) out.push(path);
      }
    }
  })(testDir, "");
  // Bytewise, as std::sort on std::string (paths in test262 are ASCII).
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// --filter: a glob over the whole path when the pattern has * or ?, else a substring.
export function globMatch(pattern, text) {
  let p = 0, t = 0, star = -1, starText = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] === "*") {
      star = p++;
      starText = t;
    } else if (p < pattern.length && (pattern[p] === "?" || pattern[p] === text[t])) {
      ++p;
      ++t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++starText;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === "*") ++p;
  return p === pattern.length;
}

export function matchesFilter(patterns, path) {
  if (!patterns.length) return true;
  return patterns.some((p) => (/[*?]/.test(p) ? globMatch(p, path) : path.includes(p)));
}

// frontmatter.cpp: the first `/*---` ... `---*/` block, its flags, negative and features.
const isSpace = (c) => c === " " || c === "\t" || c === "\r";
function trim(s) {
  let a = 0, b = s.length;
  while (a < b && isSpace(s[a])) ++a;
  while (b > a && isSpace(s[b - 1])) --b;
  return s.slice(a, b);
}
function unquote(s) {
  s = trim(s);
  if (s.length >= 2 && (s[0] === "'" || s[0] === '"') && s[s.length - 1] === s[0]) s = s.slice(1, -1);
  return s;
}
function splitFlowList(body, out) {
  for (const part of body.split(",")) {
    const item = unquote(part);
    if (item) out.push(item);
  }
}

export function parseFrontmatter(source) {
  const meta = { found: false, flags: [], features: [], negativePhase: "", negativeType: "" };
  const open = source.indexOf("/*---");
  if (open < 0) return finish(meta);
  const close = source.indexOf("---*/", open + 5);
  if (close < 0) return finish(meta);
  meta.found = true;
  const setNegative = (name, value) => {
    if (name === "phase") meta.negativePhase = unquote(value);
    if (name === "type") meta.negativeType = unquote(value);
  };
  let key = "";
  let pendingFlow = "";
  const lines = source.slice(open + 5, close).split("\n");
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  for (let line of lines) {
    let end = line.length;
    while (end > 0 && isSpace(line[end - 1])) --end;
    line = line.slice(0, end);
    const list = key === "flags" ? meta.flags : key === "features" ? meta.features : null;
    if (pendingFlow) {
      pendingFlow += line;
      const close = pendingFlow.indexOf("]");
      if (close < 0) continue;
      if (list) splitFlowList(pendingFlow.slice(1, close), list);
      pendingFlow = "";
      continue;
    }
    if (!line) continue;
    if (isSpace(line[0]) || line[0] === "-") {
      const inner = trim(line);
      if (list && inner[0] === "-") {
        const item = unquote(inner.slice(1));
        if (item) list.push(item);
      } else if (key === "negative") {
        const colon = inner.indexOf(":");
        if (colon >= 0) setNegative(trim(inner.slice(0, colon)), inner.slice(colon + 1));
      }
      continue;
    }
    const colon = line.indexOf(":");
    if (colon < 0) {
      key = "";
      continue;
    }
    const name = trim(line.slice(0, colon));
    key = name === "flags" || name === "features" || name === "negative" ? name : "";
    const value = trim(line.slice(colon + 1));
    if (!key || !value) continue;
    if (key === "negative") {
      if (value[0] === "{") {
        const close = value.indexOf("}");
        const pairs = [];
        splitFlowList(close < 0 ? value.slice(1) : value.slice(1, close), pairs);
        for (const pair of pairs) {
          const c = pair.indexOf(":");
          if (c >= 0) setNegative(trim(pair.slice(0, c)), pair.slice(c + 1));
        }
      }
      continue;
    }
    const values = key === "flags" ? meta.flags : meta.features;
    if (value[0] === "[") {
      const close = value.indexOf("]");
      if (close < 0) pendingFlow = value + " ";
      else splitFlowList(value.slice(1, close), values);
    } else {
      values.push(unquote(value));
    }
  }
  return finish(meta);
}

function finish(meta) {
  meta.module = meta.flags.includes("module");
  meta.onlyStrict = meta.flags.includes("onlyStrict");
  meta.noStrict = meta.flags.includes("noStrict");
  meta.raw = meta.flags.includes("raw");
  meta.expectsParseError = meta.negativePhase === "parse";
  return meta;
}

// modes_for: module once; raw or noStrict once sloppy; onlyStrict once strict; else both.
export function modesFor(meta) {
  if (meta.module) return ["module"];
  if (meta.raw || meta.noStrict) return ["sloppy"];
  if (meta.onlyStrict) return ["strict"];
  return ["sloppy", "strict"];
}

export const STRICT_PREFIX = '"use strict";\n';

// judge: a parse-phase negative passes when every run rejected it, any other test when every
// run parsed it; no runs is a failure.
export function judge(meta, runs) {
  if (!runs.length) return false;
  const want = meta.expectsParseError ? "error" : "parse";
  return runs.every((r) => r.got === want);
}
