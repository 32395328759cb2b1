#!/usr/bin/env bash
# The scaling check of issue 7: the script-goal files of the corpus, each wrapped in a function,
# concatenated 1x, 4x and 16x; essa must take the same time per MB and no more memory per input
# byte as the input grows. Prints one markdown table (wall time of one parse-only process and
# of essa-parse FILE > /dev/null, peak RSS, both per MB of input).
#   bench/race/scaling.sh             uses build/release (run bench/race/run-race.sh first)
# ESSA_RACE_BIN_DIR=DIR uses DIR/bench/essa-bench-race and DIR/cli/essa-parse instead.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${ESSA_RACE_BIN_DIR:-$root/build/release}"
race_bin="$bin/bench/essa-bench-race"
parse_bin="$bin/cli/essa-parse"
for b in "$race_bin" "$parse_bin"; do
  [[ -x $b ]] || { echo "scaling: $b is missing (run bench/race/run-race.sh first)" >&2; exit 1; }
done
"$root/bench/fetch-corpus.sh" >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One copy: every script file as its own function, so that the copies do not clash.
while read -r name _ goal; do
  [[ -z $name || $name == \#* || $goal != script ]] && continue
  printf ';(function () {\n'
  cat "$root/bench/corpus/$name.js"
  printf '\n})();\n'
done < "$root/bench/corpus.txt" > "$work/x1.js"
for n in 4 16; do
  for ((i = 0; i < n; i++)); do cat "$work/x1.js"; done > "$work/x$n.js"
done

# Wall time from bash's microsecond clock (GNU time's has 10 ms steps), peak RSS from GNU time.
measure() {  # measure FILE COMMAND... -> "seconds max_rss_kb", best of 3 wall times
  local file="$1" best="" rss=0 t0 t1 s k
  shift
  for _ in 1 2 3; do
    t0=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$work/time.txt" "$@" "$file" > /dev/null
    t1=$EPOCHREALTIME
    s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')
    k=$(tail -1 "$work/time.txt")
    if [[ -z $best ]] || awk "BEGIN { exit !($s < $best) }"; then best=$s; fi
    (( k > rss )) && rss=$k
  done
  echo "$best $rss"
}

echo '| input | MB | parse-only s/MB | parse-only RSS / input | essa-parse s/MB | essa-parse RSS / input |'
echo '|---|---:|---:|---:|---:|---:|'
for n in 1 4 16; do
  f="$work/x$n.js"
  bytes=$(wc -c < "$f")
  read -r ps pk < <(measure "$f" "$race_bin" --parse-once)
  read -r es ek < <(measure "$f" "$parse_bin" --script)
  awk -v n="$n" -v b="$bytes" -v ps="$ps" -v pk="$pk" -v es="$es" -v ek="$ek" 'BEGIN {
    mb = b / 1e6
    printf "| %dx | %.1f | %.4f | %.1f | %.4f | %.1f |\n", n, mb, ps / mb, pk * 1024 / b, es / mb, ek * 1024 / b
  }'
done
