#!/usr/bin/env bash
# Installs what essa needs on Debian (bookworm): compilers, CMake, Ninja, ccache, ICU,
# GoogleTest, Google Benchmark, nlohmann/json, Python 3 (the ctypes binding's tests), Node.js
# with npm (for the acorn oracle), GNU parallel and Dask distributed (the batch recipes of
# docs/batch.md).
# Idempotent and quiet when everything is already there. Needs root (or sudo) to install.
set -euo pipefail

packages=(g++ clang libclang-rt-14-dev cmake ninja-build ccache pkg-config
          libicu-dev libgtest-dev libgmock-dev libbenchmark-dev nlohmann-json3-dev chromium
          python3 binutils parallel python3-distributed)
# Node.js and npm: the oracle scripts need them; keep a machine's own newer Node if present.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi
