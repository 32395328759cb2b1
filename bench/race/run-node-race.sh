#!/usr/bin/env bash
# The Node race (docs/bench.md): parse to JavaScript objects over the corpus of
# bench/corpus.txt with essa-parser (bindings/node, built here when missing) and the parsers
# pinned in bench/race/package.json, one fresh process per parser and round (so each peak RSS
# is that parser's own), the parsers' order rotated from round to round. Prints one markdown
# table and writes the raw results to bench/results/node-race.jsonl.
#   bench/race/run-node-race.sh [--ts] [--rounds N] [--passes N]   (defaults: 3 rounds, 3 passes)
# --ts races the TypeScript parsers over the files of the TypeScript corpus (tests/ts-corpus)
# that all of them accept: it writes that list (ts-race-files.txt, the rejections beside it),
# node-race-ts.jsonl, and essa's native speed on the same files and on the plain corpus
# (ts-native.json, js-native.json) when build/release (or ESSA_RACE_BIN_DIR) has
# essa-bench-race.
# ESSA_RACE_OUT=DIR writes the results there instead of bench/results.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rounds=3
passes=3
ts=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --ts) ts=(--ts) ;;
    --rounds) rounds="$2"; shift ;;
    --passes) passes="$2"; shift ;;
    *) echo "usage: bench/race/run-node-race.sh [--ts] [--rounds N] [--passes N]" >&2; exit 2 ;;
  esac
  shift
done

"$root/scripts/setup-node.sh" bench/race bench
if [[ ! -f $root/bindings/node/build/Release/essa.node ]]; then
  echo "run-node-race: building essa-parser (npm ci in bindings/node)" >&2
  (cd "$root/bindings/node" && npm ci --no-audit --no-fund --loglevel=error)
fi
"$root/bench/fetch-corpus.sh" >&2
out="${ESSA_RACE_OUT:-$root/bench/results}"
mkdir -p "$out"
corpus="$root/bench/corpus"
list="$root/bench/corpus.txt"
results="$out/node-race.jsonl"
if [[ ${#ts[@]} -gt 0 ]]; then
  "$root/scripts/setup-node.sh" tests/ts-corpus
  corpus="$root/tests/ts-corpus/node_modules"
  list="$out/ts-race-files.txt"
  results="$out/node-race-ts.jsonl"
  echo "run-node-race: selecting the files every TypeScript parser accepts" >&2
  node "$here/node-race.mjs" --ts --select "$corpus" "$root/tests/ts-corpus/corpus.txt" "$list" \
    2> "$out/ts-race-rejected.txt"
  tail -1 "$out/ts-race-rejected.txt" >&2
fi
: > "$results"

load0="$(cut -d' ' -f1-3 /proc/loadavg)"
mapfile -t parsers < <(node "$here/node-race.mjs" "${ts[@]}" --list)
n=${#parsers[@]}
for ((round = 0; round < rounds; round++)); do
  for ((i = 0; i < n; i++)); do
    parser="${parsers[$(((i + round) % n))]}"
    echo "run-node-race: round $((round + 1))/$rounds: $parser" >&2
    node "$here/node-race.mjs" "${ts[@]}" --parser "$parser" --passes "$passes" \
      "$corpus" "$list" >> "$results"
  done
done
native=()
race_bin="${ESSA_RACE_BIN_DIR:-$root/build/release}/bench/essa-bench-race"
if [[ ${#ts[@]} -gt 0 && -x $race_bin ]]; then
  echo "run-node-race: essa-bench-race over the same TypeScript files and over bench/corpus.txt" >&2
  "$race_bin" --runs 7 "$corpus" "$list" > "$out/ts-native.json" || true
  "$race_bin" --runs 7 "$root/bench/corpus" "$root/bench/corpus.txt" > "$out/js-native.json"
  native=("$out/ts-native.json" "$out/js-native.json")
fi
{
  echo "Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores (shared with other work: numbers vary between runs);"
  echo "$(node --version | sed 's/^/Node.js /'); $rounds rounds x $passes passes per parser;"
  echo "load average before and after: $load0 / $(cut -d' ' -f1-3 /proc/loadavg)."
} > "$out/node-race${ts[0]:+-ts}-machine.txt"
node "$here/node-race-report.mjs" "$results" "$out/node-race${ts[0]:+-ts}-machine.txt" "${native[@]}"
