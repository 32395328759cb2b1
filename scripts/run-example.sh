#!/usr/bin/env bash
# One command from a fresh Debian machine: install dependencies, build, and run essa-parse
# on the bundled example, printing its output.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh release >/dev/null
build/release/cli/essa-parse --pretty examples/hello.js
