#!/usr/bin/env bash
# Regenerates lexer/unicode_tables.inc and regexp/regexp_property_tables.inc from the pinned Unicode data package (docs/unicode.md).
# Optional arguments: other output files for the two tables (scripts/check-unicode-tables.sh
# uses them).
# Needs Node.js and npm; the build itself only uses the committed output.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$(realpath -m "${1:-$here/../lexer/unicode_tables.inc}")"
regexp_out="$(realpath -m "${2:-$here/../regexp/regexp_property_tables.inc}")"
cd "$here/unicode"
npm ci --no-audit --no-fund --silent
node gen-tables.mjs "$out"
node gen-regexp-tables.mjs "$regexp_out"
