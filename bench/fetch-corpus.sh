#!/usr/bin/env bash
# Fills bench/corpus/ (git-ignored) with the pinned benchmark inputs: each line of
# bench/corpus.txt names a file of a package pinned in bench/package.json. Module-goal
# files are written as <name>.mjs, script-goal files as <name>.js. bench/corpus-jsx.txt names
# JSX sources (goal jsx: a module with JSX) of the package the JSX oracle pins in
# tests/oracle/package.json (its React peer clashes with the React pinned here); they are
# written as <name>.jsx.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/../scripts/setup-node.sh" bench tests/oracle
mkdir -p "$here/corpus"
cat "$here/corpus.txt" "$here/corpus-jsx.txt" | while read -r name path goal; do
  [[ -z $name || $name == \#* ]] && continue
  case "$goal" in
    script) ext=js ;;
    module) ext=mjs ;;
    jsx) ext=jsx ;;
    *) echo "fetch-corpus: bad goal '$goal' for $name in corpus.txt" >&2; exit 1 ;;
  esac
  modules="$here/node_modules"
  [[ $goal == jsx ]] && modules="$here/../tests/oracle/node_modules"
  src="$modules/$path"
  dst="$here/corpus/$name.$ext"
  if [[ ! -f $src ]]; then
    echo "fetch-corpus: $path is missing from $modules" >&2
    exit 1
  fi
  if ! cmp -s "$src" "$dst"; then
    cp "$src" "$dst"
    echo "fetch-corpus: wrote bench/corpus/$name.$ext ($(wc -c < "$dst") bytes)"
  fi
done
