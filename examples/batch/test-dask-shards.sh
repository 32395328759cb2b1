#!/usr/bin/env bash
# CTest batch.dask_shards: dask-shards.py on a LocalCluster of two worker processes, three
# shards over test-tree/ (every goal rule: package.json "type", .mjs, .cjs, detection) and the
# AST fixtures, gives the records of one essa-parse -j 2 run, byte for byte and in the same
# order once the shards are interleaved (shard I holds files I, I+3, ...), and the same status.
#   examples/batch/test-dask-shards.sh ESSA_PARSE LIBESSA_SO
set -euo pipefail
essa=$1
library=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# Debian's python3-distributed serves /usr/bin/python3, which may not be the first on PATH.
python=""
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import dask.distributed' 2>/dev/null; then python=$candidate; break; fi
done
[[ -n $python ]] || { echo "no dask.distributed (scripts/setup.sh installs python3-distributed)"; exit 77; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$root"  # relative names, as a user would give them
inputs=(examples/batch/test-tree tests/fixtures/ast)

set +e
"$essa" -j 2 --quiet "${inputs[@]}" > "$out/one.ndjson" 2>/dev/null
one=$?
ESSA_PARSE=$essa ESSA_LIBRARY=$library PYTHONPATH="$root/bindings/python" PYTHONDONTWRITEBYTECODE=1 \
  "$python" "$here/dask-shards.py" --local 2 --shards 3 --out-dir "$out/shards" -- "${inputs[@]}" \
  2> "$out/dask.err"
sharded=$?
set -e
if [[ $one -ne 1 || $sharded -ne 1 ]]; then
  echo "exit status: one run $one, shards $sharded (want 1)"
  cat "$out/dask.err"
  exit 1
fi
lines=$(wc -l < "$out/one.ndjson")
[[ $lines -gt 200 ]] || { echo "only $lines records"; exit 1; }
# Records are never empty lines: paste pads the shorter shards with empty ones.
paste -d '\n' "$out"/shards/shard-{1,2,3}-of-3.ndjson | sed '/^$/d' > "$out/interleaved.ndjson"
if ! cmp "$out/one.ndjson" "$out/interleaved.ndjson"; then
  diff <(cut -c1-200 "$out/one.ndjson") <(cut -c1-200 "$out/interleaved.ndjson") | head -20
  echo "the shards' records differ from one run's"
  exit 1
fi
tail -1 "$out/dask.err"
echo "ok: $lines records, the same from 3 Dask shards as from one essa-parse run"
