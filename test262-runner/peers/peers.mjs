// The parsers compared with essa, each as a name and a function that parses one text with
// the script or module goal and returns null, or the error as {message, offset} (offset in
// UTF-16 units of the text it was given). Options are each parser's strictest standard mode:
// every early error it knows, Annex B on (test262's annexB/ tests and acorn expect it), and
// the stage-3 proposals test262 has tests for where the parser needs them switched on.
import { readFileSync } from "node:fs";
import * as acorn from "acorn";
import * as espree from "espree";
import * as meriyah from "meriyah";
import * as babel from "@babel/parser";
import * as oxc from "oxc-parser";
import * as yuku from "yuku-parser";

// Read from node_modules directly: not every package exports its package.json.
const version = (pkg) =>
  JSON.parse(readFileSync(new URL(`node_modules/${pkg}/package.json`, import.meta.url), "utf8")).version;

// A thrown error to {message, offset}; position fields differ per parser.
function thrown(e, offset) {
  if (!(e instanceof SyntaxError) && !(e && typeof e.message === "string")) throw e;
  return { message: String(e.message).replace(/\s*\(\d+:\d+\)$/, ""), offset: offset ?? 0 };
}

const babelPlugins = [
  "decorators",
  "decoratorAutoAccessors",
  "sourcePhaseImports",
  "deferredImportEvaluation",
];

export const peers = [
  {
    name: "acorn",
    package: "acorn",
    options: 'ecmaVersion: "latest"',
    parse(text, module) {
      try {
        acorn.parse(text, { ecmaVersion: "latest", sourceType: module ? "module" : "script" });
        return null;
      } catch (e) {
        return thrown(e, e.pos);
      }
    },
  },
  {
    name: "espree",
    package: "espree",
    options: 'ecmaVersion: "latest"',
    parse(text, module) {
      try {
        espree.parse(text, { ecmaVersion: "latest", sourceType: module ? "module" : "script" });
        return null;
      } catch (e) {
        return thrown(e, e.index);
      }
    },
  },
  {
    name: "meriyah",
    package: "meriyah",
    options: "webcompat, lexical",
    parse(text, module) {
      try {
        meriyah.parse(text, { sourceType: module ? "module" : "script", webcompat: true, lexical: true });
        return null;
      } catch (e) {
        return thrown(e, e.start ?? e.index);
      }
    },
  },
  {
    name: "meriyah-next",
    package: "meriyah",
    options: "webcompat, lexical, next",
    parse(text, module) {
      try {
        meriyah.parse(text, {
          sourceType: module ? "module" : "script", webcompat: true, lexical: true, next: true,
        });
        return null;
      } catch (e) {
        return thrown(e, e.start ?? e.index);
      }
    },
  },
  {
    name: "babel",
    package: "@babel/parser",
    options: `plugins: ${babelPlugins.join(", ")}`,
    parse(text, module) {
      try {
        babel.parse(text, { sourceType: module ? "module" : "script", plugins: babelPlugins });
        return null;
      } catch (e) {
        return thrown(e, e.pos);
      }
    },
  },
  {
    name: "oxc",
    package: "oxc-parser",
    options: "showSemanticErrors",
    parse(text, module) {
      const r = oxc.parseSync(module ? "test.mjs" : "test.js", text, {
        sourceType: module ? "module" : "script", lang: "js", showSemanticErrors: true,
      });
      const e = r.errors.find((d) => d.severity === "Error");
      return e ? { message: e.message, offset: e.labels && e.labels[0] ? e.labels[0].start : 0 } : null;
    },
  },
  {
    name: "yuku",
    package: "yuku-parser",
    options: "semanticErrors",
    parse(text, module) {
      const r = yuku.parse(text, { sourceType: module ? "module" : "script", lang: "js", semanticErrors: true });
      const e = r.diagnostics.find((d) => d.severity === "error");
      return e ? { message: e.message, offset: e.start ?? 0 } : null;
    },
  },
];

for (const peer of peers) peer.version = version(peer.package);

export function findPeers(names) {
  if (!names || !names.length) return peers;
  return names.map((n) => {
    const peer = peers.find((p) => p.name === n);
    if (!peer) throw new Error(`unknown peer ${n} (known: ${peers.map((p) => p.name).join(", ")})`);
    return peer;
  });
}
