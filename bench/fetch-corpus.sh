#!/usr/bin/env bash
# Fills bench/corpus/ (git-ignored) with the pinned benchmark inputs from bench/package.json.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/../scripts/setup-node.sh" bench
mkdir -p "$here/corpus"
src="$here/node_modules/typescript/lib/typescript.js"
dst="$here/corpus/typescript.js"
if ! cmp -s "$src" "$dst"; then
  cp "$src" "$dst"
  echo "fetch-corpus: wrote bench/corpus/typescript.js ($(wc -c < "$dst") bytes)"
fi
