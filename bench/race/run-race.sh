#!/usr/bin/env bash
# The race (docs/bench.md): essa against acorn, meriyah, Babel, espree, oxc-parser and swc on
# the pinned corpus of bench/corpus.txt, all measured in this one run. Prints one markdown
# table and writes bench/results/race.json (and the raw pieces next to it).
#   bench/race/run-race.sh            build essa (scripts/build.sh release), then race
#   bench/race/run-race.sh --quick    one pass per file, no warm-up: checks the harness only
#   bench/race/run-race.sh --runs N   N timed runs per file and mode (default 7)
# ESSA_RACE_BIN_DIR=DIR skips the build and uses DIR/bench/essa-bench-race and DIR/cli/essa-parse.
# ESSA_RACE_OUT=DIR writes the results there instead of bench/results.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs=7
quick=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick=(--quick); runs=1 ;;
    --runs) runs="$2"; shift ;;
    *) echo "usage: bench/race/run-race.sh [--quick] [--runs N]" >&2; exit 2 ;;
  esac
  shift
done

bin="${ESSA_RACE_BIN_DIR:-}"
if [[ -z $bin ]]; then
  "$root/scripts/build.sh" release
  bin="$root/build/release"
fi
race_bin="$bin/bench/essa-bench-race"
parse_bin="$bin/cli/essa-parse"
for b in "$race_bin" "$parse_bin"; do
  [[ -x $b ]] || { echo "run-race: $b is missing (build with -DESSA_BUILD_BENCH=ON)" >&2; exit 1; }
done

"$root/scripts/setup-node.sh" bench/race
"$root/bench/fetch-corpus.sh" >&2
corpus="$root/bench/corpus"
list="$root/bench/corpus.txt"
out="${ESSA_RACE_OUT:-$root/bench/results}"
mkdir -p "$out"
rm -f "$out"/peer-*.json

{
  echo "Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores (shared with other work: numbers vary between runs);"
  echo "$(node --version | sed 's/^/Node.js /'), $(g++ --version | head -1)."
} > "$out/machine.txt"
"$parse_bin" --version > "$out/essa-version.txt"

echo "run-race: essa in process" >&2
if [[ ${#quick[@]} -gt 0 ]]; then
  "$race_bin" --quick "$corpus" "$list" > "$out/essa.json"
else
  "$race_bin" --runs "$runs" "$corpus" "$list" > "$out/essa.json"
fi

# A large heap: JSON.stringify of the biggest trees needs more than Node's default.
n=0
for peer in $(node "$here/peers.mjs" --list); do
  n=$((n + 1))
  echo "run-race: $peer in process" >&2
  if [[ ${#quick[@]} -gt 0 ]]; then
    node --max-old-space-size=8192 "$here/peers.mjs" --peer "$peer" --quick "$corpus" "$list" > "$out/peer-$n-$peer.json"
  else
    node --max-old-space-size=8192 "$here/peers.mjs" --peer "$peer" --runs "$runs" "$corpus" "$list" > "$out/peer-$n-$peer.json"
  fi
done

# Whole processes, one file each: wall seconds from bash's microsecond clock around the run (GNU
# time's own figure has 10 ms steps, too coarse for essa on one file) and peak RSS from GNU
# time. Three runs per file (one with --quick); the report takes the median.
echo "run-race: whole processes" >&2
process_runs=3
[[ ${#quick[@]} -gt 0 ]] && process_runs=1
: > "$out/process.tsv"
acorn_cli="$here/node_modules/acorn/bin/acorn"
timed() {  # timed TOOL FILE COMMAND...
  local tool="$1" file="$2"
  shift 2
  local t0 t1 rss
  t0=$EPOCHREALTIME
  if ! /usr/bin/time -f '%M' -o "$out/time.txt" "$@" > /dev/null 2> "$out/stderr.txt"; then
    echo "run-race: $tool failed on $file:" >&2
    cat "$out/stderr.txt" >&2
    exit 1
  fi
  t1=$EPOCHREALTIME
  rss="$(tail -1 "$out/time.txt")"
  printf '%s\t%s\t%s\t%s\n' "$tool" "$file" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')" \
    "$rss" >> "$out/process.tsv"
}
# The fixed cost of a process (libc, libstdc++, ICU): parse-only on an empty input, so that the
# report can say what the parse itself adds to the peak RSS.
: > "$out/empty.js"
timed essa-parse-only empty "$race_bin" --parse-once "$out/empty.js"
rm -f "$out/empty.js"
while read -r name _ goal; do
  [[ -z $name || $name == \#* ]] && continue
  if [[ $goal == module ]]; then file="$corpus/$name.mjs"; essa_goal=--module; acorn_goal=--module
  else file="$corpus/$name.js"; essa_goal=--script; acorn_goal=; fi
  for ((i = 0; i < process_runs; i++)); do
    timed essa-parse-only "$name" "$race_bin" --parse-once "$file" ${essa_goal/--script/}
    timed essa-parse "$name" "$parse_bin" "$essa_goal" "$file"
    timed acorn-cli "$name" node "$acorn_cli" --ecma2025 --compact $acorn_goal "$file"
  done
done < "$list"

rm -f "$out/time.txt" "$out/stderr.txt"
node "$here/report.mjs" "$out"
