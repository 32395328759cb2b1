#!/usr/bin/env bash
# One command from a fresh Debian machine: install dependencies, then build and run every test
# twice: a g++ Release build, and a clang build under AddressSanitizer + UBSan; then install the
# Release build and build the examples against the installed tree (scripts/check-install.sh);
# then the npm package is installed, tested and packed (scripts/test-node-package.sh); then
# each libFuzzer target runs for a short time-box on its committed corpus (docs/reliability.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
[ -x scripts/setup-node.sh ] && scripts/setup-node.sh
jobs="$(nproc)"
for flavour in sanitize release; do
  echo "== $flavour build"
  scripts/build.sh "$flavour"
  echo "== $flavour tests"
  ctest --test-dir "build/$flavour" --output-on-failure -j "$jobs"
done
echo "== install and consume (g++, clang++, Python, add_subdirectory)"
scripts/check-install.sh build/release
echo "== npm package essa-parser (bindings/node)"
scripts/test-node-package.sh
# 3 minutes of fuzzing in all, split evenly between the targets (ESSA_FUZZ_SECONDS overrides).
echo "== fuzz"
scripts/fuzz.sh --ci "${ESSA_FUZZ_SECONDS:-180}"
