#!/usr/bin/env bash
# The Node race (docs/bench.md): parse to JavaScript objects over the corpus of
# bench/corpus.txt with essa-parser (bindings/node, built here when missing) and the parsers
# pinned in bench/race/package.json, one fresh process per parser and round (so each peak RSS
# is that parser's own), the parsers' order rotated from round to round. Prints one markdown
# table and writes the raw results to bench/results/node-race.jsonl.
#   bench/race/run-node-race.sh [--rounds N] [--passes N]   (defaults: 3 rounds, 3 passes)
# ESSA_RACE_OUT=DIR writes the results there instead of bench/results.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rounds=3
passes=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds) rounds="$2"; shift ;;
    --passes) passes="$2"; shift ;;
    *) echo "usage: bench/race/run-node-race.sh [--rounds N] [--passes N]" >&2; exit 2 ;;
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
results="$out/node-race.jsonl"
: > "$results"

mapfile -t parsers < <(node "$here/node-race.mjs" --list)
n=${#parsers[@]}
for ((round = 0; round < rounds; round++)); do
  for ((i = 0; i < n; i++)); do
    parser="${parsers[$(((i + round) % n))]}"
    echo "run-node-race: round $((round + 1))/$rounds: $parser" >&2
    node "$here/node-race.mjs" --parser "$parser" --passes "$passes" \
      "$root/bench/corpus" "$root/bench/corpus.txt" >> "$results"
  done
done
{
  echo "Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores (shared with other work: numbers vary between runs);"
  echo "$(node --version | sed 's/^/Node.js /'); $rounds rounds x $passes passes per parser."
} > "$out/node-race-machine.txt"
node "$here/node-race-report.mjs" "$results" "$out/node-race-machine.txt"
