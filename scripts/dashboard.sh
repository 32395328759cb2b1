#!/usr/bin/env bash
# The conformance dashboard compared with other parsers, in one command: runs the peers
# (test262-runner/peers/run-peers.mjs) over the test262 checkout, then essa-test262 over the
# whole suite with --compare, appending this run to a history log. Writes OUT/index.html,
# OUT/results.json, OUT/peers/<parser>.json and OUT/history.jsonl (docs/test262.md).
#
#   scripts/dashboard.sh [--out DIR] [--every N] [--runner PATH] [--test262 DIR]
#                        [--history FILE] [--commit TEXT]
#
# --every N runs the peers on every Nth test only (CI's cheap sample); essa always runs all.
# Exit status: essa-test262's (0 when the run matches tests/test262/expected-failures.txt).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/build/dashboard"
every=1
runner="$root/build/release/test262-runner/essa-test262"
test262="$root/../shared/test262"
history=""
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --every) every="$2"; shift 2 ;;
    --runner) runner="$2"; shift 2 ;;
    --test262) test262="$2"; shift 2 ;;
    --history) history="$2"; shift 2 ;;
    --commit) commit="$2"; shift 2 ;;
    *) echo "usage: scripts/dashboard.sh [--out DIR] [--every N] [--runner PATH] [--test262 DIR] [--history FILE] [--commit TEXT]" >&2
       exit 2 ;;
  esac
done
[[ -n $history ]] || history="$out/history.jsonl"
[[ -x $runner ]] || { echo "dashboard: no essa-test262 at $runner (scripts/build.sh release)" >&2; exit 2; }
"$root/scripts/setup-node.sh" test262-runner/peers
mkdir -p "$out/peers"
node "$root/test262-runner/peers/run-peers.mjs" --test262 "$test262" --out "$out/peers" --every "$every"
"$runner" --test262 "$test262" --expect "$root/tests/test262/expected-failures.txt" \
  --json "$out/results.json" --html "$out" --history "$history" --commit "$commit" \
  --compare "$out"/peers/*.json
