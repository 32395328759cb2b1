#!/usr/bin/env bash
# Configures and builds one flavour of essa into build/<flavour>.
#   scripts/build.sh release     g++/gcc, -O2, warnings as errors
#   scripts/build.sh sanitize    clang++/clang, AddressSanitizer + UBSan, warnings as errors
#   scripts/build.sh debug       g++/gcc, -O0 -g
set -euo pipefail
cd "$(dirname "$0")/.."
flavour="${1:-release}"
shift || true
case "$flavour" in
  release)  args=(-DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=g++ -DCMAKE_C_COMPILER=gcc
                  -DESSA_WERROR=ON
                  -DESSA_BUILD_BENCH=ON) ;;
  sanitize) args=(-DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang
                  -DESSA_SANITIZE=ON -DESSA_WERROR=ON -DCMAKE_CXX_FLAGS=-O1 -DCMAKE_C_FLAGS=-O1) ;;
  debug)    args=(-DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=g++ -DCMAKE_C_COMPILER=gcc) ;;
  *) echo "usage: scripts/build.sh release|sanitize|debug [cmake args...]" >&2; exit 2 ;;
esac
cmake -S . -B "build/$flavour" -G Ninja "${args[@]}" "$@" >/dev/null
cmake --build "build/$flavour" -j "$(nproc)"
