#!/usr/bin/env bash
# Builds one libFuzzer target (clang, ASan + UBSan, the library coverage-instrumented) into
# build/fuzz and runs it.
#   scripts/fuzz.sh TARGET SECONDS [SEED_DIR...]
#                                    fuzz for SECONDS on the committed corpus fuzz/corpus/TARGET
#                                    and the seeds given (e.g. ../shared/test262/test
#                                    tests/fixtures); new inputs go to build/fuzz/corpus/TARGET,
#                                    crashes to build/fuzz/artifacts/; one core, exit status
#                                    nonzero on a finding
#   scripts/fuzz.sh --ci SECONDS     every target, SECONDS in all split evenly between them
#                                    (at least 10 s each), new inputs discarded
#   scripts/fuzz.sh --merge TARGET DIR...
#                                    minimizes DIR... plus the committed corpus into
#                                    fuzz/corpus/TARGET (keeps only inputs that add coverage)
# TARGET is one of: lexer parser tokens report_error capi. docs/reliability.md has the campaigns.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(lexer parser tokens report_error capi)
build=build/fuzz

configure() {
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
    -DESSA_SANITIZE=ON -DESSA_BUILD_FUZZ=ON -DESSA_BUILD_TESTS=OFF -DESSA_WERROR=ON \
    "-DCMAKE_CXX_FLAGS=-O1 -gline-tables-only" >/dev/null
}

build_targets() {
  configure
  local names=()
  for t in "$@"; do names+=("essa-fuzz-$t"); done
  cmake --build "$build" -j "$(nproc)" --target "${names[@]}"
}

# Options common to every run: the dictionary, inputs up to 8 KiB, a hang after 10 s, 2 GB.
fuzz_options=(-dict=fuzz/javascript.dict -max_len=8192 -timeout=10 -rss_limit_mb=2048
              -print_final_stats=1)

check_target() {
  local t
  for t in "${targets[@]}"; do [[ $1 == "$t" ]] && return 0; done
  echo "fuzz.sh: unknown target '$1' (one of: ${targets[*]})" >&2
  exit 2
}

case "${1:-}" in
  --ci)
    total="${2:?usage: scripts/fuzz.sh --ci SECONDS}"
    # The step's budget stays SECONDS however many targets there are.
    seconds=$((total / ${#targets[@]}))
    [[ $seconds -ge 10 ]] || seconds=10
    build_targets "${targets[@]}"
    mkdir -p "$build/artifacts"
    for t in "${targets[@]}"; do
      scratch="$(mktemp -d)"
      echo "== fuzz $t for ${seconds}s"
      status=0
      "$build/fuzz/essa-fuzz-$t" "${fuzz_options[@]}" -max_total_time="$seconds" \
        -artifact_prefix="$build/artifacts/$t-" "$scratch" "fuzz/corpus/$t" \
        2>"$build/fuzz-$t.log" || status=$?
      rm -rf "$scratch"
      grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|stat::number_of_executed_units)' "$build/fuzz-$t.log" || true
      if [[ $status -ne 0 ]]; then
        tail -n 60 "$build/fuzz-$t.log" >&2
        echo "fuzz.sh: $t found a problem (log: $build/fuzz-$t.log)" >&2
        exit 1
      fi
    done
    ;;
  --merge)
    target="${2:?usage: scripts/fuzz.sh --merge TARGET DIR...}"
    check_target "$target"
    shift 2
    build_targets "$target"
    fresh="$(mktemp -d)"
    trap 'rm -rf "$fresh"' EXIT
    mkdir -p "fuzz/corpus/$target"
    "$build/fuzz/essa-fuzz-$target" "${fuzz_options[@]}" -merge=1 "$fresh" \
      "fuzz/corpus/$target" "$@"
    rm -rf "fuzz/corpus/$target"
    mv "$fresh" "fuzz/corpus/$target"
    trap - EXIT
    echo "fuzz/corpus/$target: $(ls "fuzz/corpus/$target" | wc -l) files," \
         "$(du -sh "fuzz/corpus/$target" | cut -f1)"
    ;;
  ""|-h|--help)
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
    ;;
  *)
    target="$1"
    seconds="${2:?usage: scripts/fuzz.sh TARGET SECONDS [SEED_DIR...]}"
    check_target "$target"
    build_targets "$target"
    mkdir -p "$build/corpus/$target" "$build/artifacts" "fuzz/corpus/$target"
    exec "$build/fuzz/essa-fuzz-$target" "${fuzz_options[@]}" -max_total_time="$seconds" \
      -artifact_prefix="$build/artifacts/$target-" "$build/corpus/$target" \
      "fuzz/corpus/$target" "${@:3}"
    ;;
esac
