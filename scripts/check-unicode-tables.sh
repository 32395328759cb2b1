#!/usr/bin/env bash
# Fails if the committed lexer/unicode_tables.inc or regexp/regexp_property_tables.inc differs
# from what the generators write now.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
committed="$here/../lexer/unicode_tables.inc"
committed_regexp="$here/../regexp/regexp_property_tables.inc"
fresh="$(mktemp)"
fresh_regexp="$(mktemp)"
trap 'rm -f "$fresh" "$fresh_regexp"' EXIT
"$here/gen-unicode-tables.sh" "$fresh" "$fresh_regexp"
if ! diff -u "$committed" "$fresh"; then
  echo "lexer/unicode_tables.inc is stale: run scripts/gen-unicode-tables.sh" >&2
  exit 1
fi
if ! diff -u "$committed_regexp" "$fresh_regexp"; then
  echo "regexp/regexp_property_tables.inc is stale: run scripts/gen-unicode-tables.sh" >&2
  exit 1
fi
echo "lexer/unicode_tables.inc and regexp/regexp_property_tables.inc match the generators"
