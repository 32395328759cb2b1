// acorn's option names (and essa's jsx/lang) -> the flag bits of src/binding.cpp. Unknown
// values are errors, so an option essa does not implement is never silently ignored.
'use strict';

const Flag = {
  module: 1 << 0,
  commonjs: 1 << 1,
  strict: 1 << 2,
  allowReturn: 1 << 3,
  allowAwait: 1 << 4,
  allowImportExport: 1 << 5,
  allowHashBang: 1 << 6,
  reservedYes: 1 << 7,
  reservedNever: 1 << 8,
  preserveParens: 1 << 9,
  jsx: 1 << 10,
  locations: 1 << 11,
  ranges: 1 << 12,
  comments: 1 << 13,
  hasSourceFile: 1 << 14,
  typescript: 1 << 15,
  dts: 1 << 24,
  detectGoal: 1 << 25,
  tokens: 1 << 26,  // the tokens too, from the same parse
  eslint: 1 << 27,  // espree.parse's tree for ESLint: its token types, TemplateElement spans
};
// Bits 16-23 of parse()'s flags: the edition (3, 5, 6 ... 17); 0 is "latest".
const kEditionShift = 16;

// acorn's ecmaVersion -> the edition parse() passes on (0 for "latest"): a year from 2015 on is
// year - 2009, as acorn maps it. essa takes editions 3, 5 and 6 to 17 (2015 to 2026), as
// ParseOptions::ecma_version does.
function ecmaEdition(version) {
  if (version === undefined || version === 'latest') return 0;
  if (Number.isInteger(version)) {
    const edition = version >= 2015 ? version - 2009 : version;
    if ((edition >= 6 && edition <= 17) || edition === 3 || edition === 5) return edition;
  }
  throw new Error(`essa-parser: ecmaVersion ${JSON.stringify(version)} is not supported; ` +
    'essa takes 3, 5, 2015 to 2026 (editions 6 to 17) and "latest"');
}

const kLangs = ['js', 'jsx', 'ts', 'tsx', 'dts'];

// lang: "ts", "tsx" and "dts" (a declaration file) are TypeScript, as typescript-estree parses
// it; `jsx: true` with "ts" is "tsx".
function langFlags(options) {
  const lang = options.lang;
  if (lang !== undefined && !kLangs.includes(lang)) {
    throw new Error(`essa-parser: lang ${JSON.stringify(lang)} is not one of ` +
      `${kLangs.map((l) => JSON.stringify(l)).join(', ')}`);
  }
  if (lang === 'ts' || lang === 'tsx') return Flag.typescript;
  if (lang === 'dts') return Flag.typescript | Flag.dts;
  return 0;
}

function wantsJsx(options) {
  return options.jsx === true || options.lang === 'jsx' || options.lang === 'tsx';
}

// TypeScript is parsed at the latest edition only, as typescript-estree parses it.
function checkTsEdition(edition, options) {
  if (edition !== 0) {
    throw new Error(`essa-parser: ecmaVersion ${JSON.stringify(options.ecmaVersion)} is not ` +
      `taken with lang ${JSON.stringify(options.lang)} (TypeScript is parsed at the latest edition)`);
  }
}

// The flags for parse().
function parseFlags(options) {
  const edition = ecmaEdition(options.ecmaVersion);
  let flags = langFlags(options) | (edition << kEditionShift);
  if (flags & Flag.typescript) checkTsEdition(edition, options);
  // TypeScript without a sourceType: a module when it imports or exports, as typescript-estree
  // decides (CommonJS unless only the module goal parses it).
  if ((flags & Flag.typescript) && options.sourceType === undefined) flags |= Flag.detectGoal;
  const sourceType = options.sourceType ?? 'script';
  if (sourceType === 'module') flags |= Flag.module;
  else if (sourceType === 'commonjs') flags |= Flag.commonjs;
  else if (sourceType !== 'script') {
    throw new Error(`essa-parser: sourceType ${JSON.stringify(sourceType)} is not one of ` +
      '"script", "module", "commonjs"');
  }
  if (options.strict) flags |= Flag.strict;
  if (options.allowReturnOutsideFunction) flags |= Flag.allowReturn;
  if (options.allowAwaitOutsideFunction) flags |= Flag.allowAwait;
  if (options.allowImportExportEverywhere) flags |= Flag.allowImportExport;
  // acorn's default: a hashbang line from ES2023 (edition 14) on.
  if (options.allowHashBang ?? (edition === 0 || edition >= 14)) flags |= Flag.allowHashBang;
  if (options.allowReserved === 'never') flags |= Flag.reservedNever;
  else if (options.allowReserved === true) flags |= Flag.reservedYes;
  if (options.preserveParens) flags |= Flag.preserveParens;
  if (wantsJsx(options)) flags |= Flag.jsx;
  if (options.locations) flags |= Flag.locations;
  if (options.ranges) flags |= Flag.ranges;
  if (options.onComment !== undefined || options.comments) flags |= Flag.comments;
  if (options.onToken !== undefined || options.tokens) flags |= Flag.tokens;
  if (options.sourceFile !== undefined && options.sourceFile !== null) {
    flags |= Flag.hasSourceFile;
  }
  return flags;
}

// The flags for tokenize(), from espree's option names (loc, range, comment) or acorn's. The
// edition is espree's ecmaVersion (the latest when not given).
function tokenizeFlags(options) {
  const edition = ecmaEdition(options.ecmaVersion);
  let flags = langFlags(options) | (edition << kEditionShift);
  if (flags & Flag.typescript) {
    checkTsEdition(edition, options);
    if (options.sourceType === undefined) flags |= Flag.detectGoal;
    else if (options.sourceType === 'commonjs') flags |= Flag.commonjs;
  }
  if (options.sourceType === 'module') {
    if (edition !== 0 && edition < 6) {
      throw new Error(`essa-parser: sourceType 'module' is not supported when ecmaVersion < 2015`);
    }
    flags |= Flag.module;
  }
  if (wantsJsx(options) || options.ecmaFeatures?.jsx) flags |= Flag.jsx;
  if (options.loc || options.locations) flags |= Flag.locations;
  if (options.range || options.ranges) flags |= Flag.ranges;
  if (options.comment) flags |= Flag.comments;
  return flags;
}

module.exports = { Flag, kEditionShift, parseFlags, tokenizeFlags };
