#!/usr/bin/env bash
# CTest batch.parallel: parallel-shards.sh over 3 shards on this machine (--sshlogin ":")
# gives the same records as one essa-parse -j 2 run, and the same exit status.
#   examples/batch/test-parallel-shards.sh ESSA_PARSE
set -euo pipefail
essa=$1
here=$(cd "$(dirname "$0")" && pwd)
command -v parallel >/dev/null || { echo "no GNU parallel (scripts/setup.sh installs it)"; exit 77; }
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
cp -r "$here/../../tests/fixtures/ast" "$tree/ast"
mkdir -p "$tree/pkg"
echo '{"type": "module"}' > "$tree/pkg/package.json"
echo 'export const x = 1;' > "$tree/pkg/m.js"
echo 'if (x) return;' > "$tree/c.cjs"
echo 'a +;' > "$tree/bad.js"

set +e
"$essa" -j 2 --quiet "$tree" > "$tree/one.ndjson" 2>/dev/null
one=$?
ESSA_PARSE=$essa "$here/parallel-shards.sh" : 3 "$tree" > "$tree/sharded.ndjson" 2>/dev/null
sharded=$?
set -e
[[ $one -eq 1 && $sharded -eq 1 ]] || { echo "exit status: one run $one, shards $sharded (want 1)"; exit 1; }
lines=$(wc -l < "$tree/one.ndjson")
[[ $lines -gt 20 ]] || { echo "only $lines records"; exit 1; }
if ! cmp -s <(sort "$tree/one.ndjson") <(sort "$tree/sharded.ndjson"); then
  echo "the shards' records differ from one run's"
  exit 1
fi
echo "ok: $lines records, the same from 3 shards as from one run"
