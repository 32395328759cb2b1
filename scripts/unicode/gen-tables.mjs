// Writes lexer/unicode_tables.inc: ID_Start and ID_Continue as sorted, inclusive code point
// ranges above ASCII, from the pinned @unicode/unicode-<version> package (see docs/unicode.md).
//
//   node gen-tables.mjs [output-file]    (default: ../../lexer/unicode_tables.inc)
//
// The output depends only on the package data, so regenerating is reproducible and
// scripts/check-unicode-tables.sh can diff it against the committed file.

import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { dataPackage, dataPackageVersion, here, unicodeVersion } from './unicode-data.mjs';

async function loadRanges(property) {
  const module = await import(`${dataPackage}/${property}/ranges.mjs`);
  // The package's ranges are half-open [begin, end); we emit inclusive [first, last].
  return module.default.map((r) => [r.begin, r.end - 1]);
}

// Keeps the part of each range at or above 0x80 (ASCII is answered inline by lexer/unicode.h),
// and checks that the ranges are sorted, disjoint and not adjacent (adjacent ones would merge).
function aboveAscii(ranges, name) {
  const out = [];
  for (const [first, last] of ranges) {
    if (last < 0x80) continue;
    const lo = Math.max(first, 0x80);
    const prev = out[out.length - 1];
    if (prev && lo <= prev[1] + 1) {
      throw new Error(`${name}: ranges not sorted and disjoint near U+${hex(lo)}`);
    }
    out.push([lo, last]);
  }
  return out;
}

function hex(cp) {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

function countCodePoints(ranges) {
  return ranges.reduce((n, [first, last]) => n + last - first + 1, 0);
}

function emitTable(name, ranges, property) {
  const perLine = 4;
  const lines = [];
  for (let i = 0; i < ranges.length; i += perLine) {
    const cells = ranges
      .slice(i, i + perLine)
      .map(([first, last]) => `{0x${hex(first)}, 0x${hex(last)}}`);
    lines.push(`    ${cells.join(', ')},`);
  }
  return [
    `// ${property} >= U+0080: ${ranges.length} ranges, ${countCodePoints(ranges)} code points.`,
    `inline constexpr CodePointRange ${name}[] = {`,
    ...lines,
    '};',
    '',
  ].join('\n');
}

// lexer/unicode.cpp answers white space with ICU's General_Category == Zs, on the ground that
// Zs has not changed for many Unicode versions. Stop here if the new data says otherwise.
async function checkSpaceSeparators() {
  const expected = [
    [0x0020, 0x0020], [0x00A0, 0x00A0], [0x1680, 0x1680], [0x2000, 0x200A],
    [0x202F, 0x202F], [0x205F, 0x205F], [0x3000, 0x3000],
  ];
  const actual = await loadRanges('General_Category/Space_Separator');
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(
      `Unicode ${unicodeVersion} changed General_Category=Zs; ICU's answer in ` +
        'lexer/unicode.cpp and the tests in tests/unit/unicode_test.cpp need review',
    );
  }
}

async function main() {
  const output = resolve(process.argv[2] ?? join(here, '..', '..', 'lexer', 'unicode_tables.inc'));
  await checkSpaceSeparators();
  const idStart = aboveAscii(await loadRanges('Binary_Property/ID_Start'), 'ID_Start');
  const idContinue = aboveAscii(await loadRanges('Binary_Property/ID_Continue'), 'ID_Continue');

  const text = [
    `// GENERATED FILE, do not edit. Written by scripts/unicode/gen-tables.mjs`,
    `// (run scripts/gen-unicode-tables.sh) from ${dataPackage}@${dataPackageVersion}:`,
    `// Unicode ${unicodeVersion} ID_Start and ID_Continue, as sorted inclusive ranges of code`,
    `// points >= U+0080. Included by lexer/unicode.cpp, which defines CodePointRange.`,
    '',
    emitTable('kIdStartRanges', idStart, 'ID_Start'),
    emitTable('kIdContinueRanges', idContinue, 'ID_Continue'),
  ].join('\n');
  writeFileSync(output, text);
}

await main();
