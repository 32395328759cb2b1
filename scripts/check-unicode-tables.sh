#!/usr/bin/env bash
# Fails if the committed lexer/unicode_tables.inc differs from what the generator writes now.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
committed="$here/../lexer/unicode_tables.inc"
fresh="$(mktemp)"
trap 'rm -f "$fresh"' EXIT
"$here/gen-unicode-tables.sh" "$fresh"
if ! diff -u "$committed" "$fresh"; then
  echo "lexer/unicode_tables.inc is stale: run scripts/gen-unicode-tables.sh" >&2
  exit 1
fi
echo "lexer/unicode_tables.inc matches the generator"
