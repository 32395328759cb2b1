#!/usr/bin/env bash
# Fills bench/corpus/ (git-ignored) with the pinned benchmark inputs: each line of
# bench/corpus.txt names a file of a package pinned in bench/package.json. Module-goal
# files are written as <name>.mjs, script-goal files as <name>.js.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/../scripts/setup-node.sh" bench
mkdir -p "$here/corpus"
while read -r name path goal; do
  [[ -z $name || $name == \#* ]] && continue
  case "$goal" in
    script) ext=js ;;
    module) ext=mjs ;;
    *) echo "fetch-corpus: bad goal '$goal' for $name in corpus.txt" >&2; exit 1 ;;
  esac
  src="$here/node_modules/$path"
  dst="$here/corpus/$name.$ext"
  if [[ ! -f $src ]]; then
    echo "fetch-corpus: $path is missing from bench/node_modules" >&2
    exit 1
  fi
  if ! cmp -s "$src" "$dst"; then
    cp "$src" "$dst"
    echo "fetch-corpus: wrote bench/corpus/$name.$ext ($(wc -c < "$dst") bytes)"
  fi
done < "$here/corpus.txt"
