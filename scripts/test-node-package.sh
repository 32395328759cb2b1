#!/usr/bin/env bash
# The npm package essa-parser (bindings/node), as a user gets it: installed from the folder
# (`npm install ./bindings/node`, which compiles the addon), its tests run (`npm test`); then
# packed with `npm pack`, the tarball installed into an empty project and loaded through both
# entry points. Nothing is written outside the ignored node_modules/ and build folders.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

echo "node-package: npm install ./bindings/node"
npm install --no-save --no-audit --no-fund --loglevel=error ./bindings/node
echo "node-package: npm test"
npm test --prefix bindings/node

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "node-package: npm pack, then the tarball installed in an empty project"
(cd bindings/node && npm pack --silent --pack-destination "$work" >/dev/null)
mkdir "$work/consumer"
cd "$work/consumer"
echo '{"name": "consumer", "private": true}' > package.json
npm install --no-audit --no-fund --loglevel=error "$work"/essa-parser-*.tgz
node -e '
const { parse, tokenize } = require("essa-parser");
const program = parse("let a = /x/g, b = 1n;", { sourceType: "module" });
const [re, big] = program.body[0].declarations.map((d) => d.init.value);
if (!(re instanceof RegExp) || big !== 1n || tokenize("a").length !== 1) process.exit(1);
'
node --input-type=module -e '
import { parse } from "essa-parser";
if (parse("<a/>", { jsx: true }).body[0].expression.type !== "JSXElement") process.exit(1);
'
cd "$root"
echo "node-package: ok"
