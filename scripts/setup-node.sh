#!/usr/bin/env bash
# Installs the pinned npm packages of tests/oracle, tests/oracle-ts, tests/ts-corpus (the
# TypeScript corpus), bench, bench/race, tests/dashboard and test262-runner/peers (or of the
# folders given as arguments, relative to the repository root) with `npm ci`, only when
# node_modules is missing or was installed from another package-lock.json. Silent when
# nothing is to do.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! command -v npm >/dev/null 2>&1; then
  echo "setup-node: npm not found (install Node.js 20 and npm)" >&2
  exit 1
fi
dirs=("$@")
[[ ${#dirs[@]} -gt 0 ]] || dirs=(tests/oracle tests/oracle-ts tests/ts-corpus bench bench/race tests/dashboard test262-runner/peers)
for dir in "${dirs[@]}"; do
  cd "$root/$dir"
  # A stamp of the lockfile's hash; mtimes are useless after a fresh checkout.
  want="$(sha256sum package-lock.json | cut -d' ' -f1)"
  stamp=node_modules/.essa-lock-sha256
  if [[ -f $stamp && "$(cat "$stamp")" == "$want" ]]; then
    continue
  fi
  npm ci --no-audit --no-fund --silent
  echo "$want" > "$stamp"
  echo "setup-node: installed $dir/node_modules"
done
