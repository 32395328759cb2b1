#!/usr/bin/env bash
# Whole-tree throughput of essa-parse: --check (parse only) and NDJSON to /dev/null (parse and
# JSON) over DIR with 1 and 2 jobs, best of RUNS whole-process wall times (the walk, goal
# detection and reading included), with the aggregate MB/s and the 2-job speedup.
#   bench/tree-jobs.sh DIR [RUNS]       (default 7 runs; build/release must be built)
# DIR is any tree, e.g. a node_modules made by `npm install` in a scratch directory.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir=$1
runs=${2:-7}
essa=${ESSA_PARSE:-$here/../build/release/cli/essa-parse}
# Files and MB as essa-parse counts them (its summary line); this run also warms the cache.
summary=$("$essa" --check --quiet -j 2 "$dir" | tail -1) || true
files=$(awk '{print $1}' <<<"$summary")
mb=$(awk '{print $3}' <<<"$summary")

best() {  # the best wall time, in seconds, of RUNS runs of "$@"
  local best="" t0 t1
  for ((i = 0; i < runs; i++)); do
    t0=$EPOCHREALTIME
    "$@" >/dev/null 2>&1 || true
    t1=$EPOCHREALTIME
    best=$(awk -v a="$t0" -v b="$t1" -v m="$best" 'BEGIN { t = b - a; print (m == "" || t < m) ? t : m }')
  done
  echo "$best"
}

echo "tree: $dir, $files files, $mb MB; best of $runs runs, whole process"
echo
echo "| run | 1 job s | 1 job MB/s | 2 jobs s | 2 jobs MB/s | 2 jobs / 1 job |"
echo "|---|---:|---:|---:|---:|---:|"
for mode in check ndjson; do
  args=(--quiet)
  name='NDJSON > /dev/null'
  if [[ $mode == check ]]; then args+=(--check); name='`--check` (parse only)'; fi
  t1=$(best "$essa" "${args[@]}" -j 1 "$dir")
  t2=$(best "$essa" "${args[@]}" -j 2 "$dir")
  awk -v n="$name" -v a="$t1" -v b="$t2" -v mb="$mb" \
    'BEGIN { printf "| %s | %.3f | %.0f | %.3f | %.0f | %.2f× |\n", n, a, mb / a, b, mb / b, a / b }'
done
