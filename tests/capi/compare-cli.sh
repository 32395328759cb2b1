#!/usr/bin/env bash
# The C API against essa-parse: every EVERY-th file of test262/test (sorted) is parsed by both
# in the script and module goals, without and with --loc --range --source-file, and in the
# CommonJS goal with comments (collected and attached) and the stage-3 fields, as NDJSON (ASTs
# and error records); every 10th file of that sample is tokenized by both, without and with
# comments. The outputs must be identical.
#   compare-cli.sh ESSA_PARSE ESSA_CAPI_NDJSON TEST262_DIR EVERY OUT_DIR
set -euo pipefail
parse="$1" capi="$2" test262="$3" every="$4" out="$5"
mkdir -p "$out"
cd "$test262"  # relative names: the same "file" in both outputs, and short command lines
mapfile -t files < <(find test -type f -name '*.js' | LC_ALL=C sort | awk -v n="$every" 'NR % n == 1')
[[ ${#files[@]} -gt 0 ]] || { echo "no test262 files under $test262/test" >&2; exit 1; }

failures=0
# Runs "$@" with stdout to $1's file; exit status 0 or 1 (syntax errors) is expected.
run() {
  local file="$1"
  shift
  local status=0
  "$@" >"$file" 2>/dev/null || status=$?
  if [[ $status -gt 1 ]]; then
    echo "FAIL: exit status $status from: $*" | cut -c1-300 >&2
    failures=$((failures + 1))
  fi
  echo "$status" >>"$file.status"
}
compare() {
  local what="$1" a="$2" b="$3"
  if ! cmp -s "$a" "$b" || ! cmp -s "$a.status" "$b.status"; then
    echo "FAIL: $what: the C API's output differs from essa-parse's" >&2
    diff <(cut -c1-200 "$a") <(cut -c1-200 "$b") | head -n 6 >&2 || true
    failures=$((failures + 1))
  fi
}

records=0
# One run of both over the sample: GOAL (essa-parse's flag) and the options both take.
compare_ndjson() {
  local goal="$1" extra="$2"
  rm -f "$out"/cli.* "$out"/capi.*
  # shellcheck disable=SC2086
  run "$out/cli.ndjson" "$parse" --ndjson $goal $extra "${files[@]}"
  local capi_goal=""
  [[ $goal != --script ]] && capi_goal=$goal
  # shellcheck disable=SC2086
  run "$out/capi.ndjson" "$capi" $capi_goal $extra "${files[@]}"
  compare "$goal $extra" "$out/cli.ndjson" "$out/capi.ndjson"
  records=$((records + $(wc -l <"$out/capi.ndjson")))
}
for goal in --script --module; do
  for extra in "" "--loc --range --source-file sample.js"; do
    compare_ndjson "$goal" "$extra"
  done
done
compare_ndjson --commonjs "--range --comments --attach-comments --stage3-fields"

tokens=0
for ((i = 0; i < ${#files[@]}; i += 10)); do
  f="${files[i]}"
  for extra in "" --comments; do
    rm -f "$out"/cli.* "$out"/capi.*
    run "$out/cli.tokens" "$parse" --tokens --loc --range $extra --script "$f"
    run "$out/capi.tokens" "$capi" --tokens --loc --range $extra "$f"
    compare "--tokens $extra $f" "$out/cli.tokens" "$out/capi.tokens"
    tokens=$((tokens + 1))
  done
done

echo "${#files[@]} files: $records NDJSON records and $tokens token lists compared, $failures failures"
[[ $failures -eq 0 ]]
