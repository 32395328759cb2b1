// essa-parser/eslint: a parser for ESLint (languageOptions.parser). ESLint's rules are
// written against espree's tree, which differs from acorn's in a few places; this entry gives
// espree's: range and loc on every node, TemplateElement spans that include their delimiters
// (` and ${ or }), and Program.comments (the hashbang as a "Hashbang" comment) and
// Program.tokens as espree.parse(code, {comment: true, tokens: true}) gives them. TypeScript
// (parserOptions `lang`, or a .ts/.tsx/.d.ts `filePath`) gives what @typescript-eslint/parser
// gives: typescript-estree's tree with its scope manager.
'use strict';
const { KEYS } = require('eslint-visitor-keys');
const { parse, version } = require('../index.cjs');
const { parseFlags, Flag } = require('./options.cjs');
const { parseToObjects } = require('./transfer.cjs');

// espree's ecmaVersion: 3, 5, 6 to 17 or 2015 to 2026 as essa takes them; "latest", and a
// later year or edition (ESLint passes its latest year for "latest"), as the latest.
function ecmaVersionOf(ecmaVersion) {
  if (ecmaVersion === undefined || ecmaVersion === 'latest') return 'latest';
  if (Number.isInteger(ecmaVersion)) {
    if (ecmaVersion > 2026 || (ecmaVersion > 17 && ecmaVersion < 2015)) return 'latest';
    const edition = ecmaVersion >= 2015 ? ecmaVersion - 2009 : ecmaVersion;
    if ((edition >= 6 && edition <= 17) || edition === 3 || edition === 5) return ecmaVersion;
  }
  throw new Error(`essa-parser/eslint: ecmaVersion ${JSON.stringify(ecmaVersion)} is not ` +
    'supported; essa takes 3, 5, 6 to 17, 2015 to 2026 and "latest"');
}

// TypeScript as typescript-eslint's parser gives it: `lang` ("ts", "tsx", "dts"), or the
// extension of `filePath` (which ESLint passes); undefined for JavaScript.
function tsLangOf(options) {
  if (options.lang !== undefined) return ['ts', 'tsx', 'dts'].includes(options.lang) ? options.lang : undefined;
  const file = typeof options.filePath === 'string' ? options.filePath : '';
  if (/\.d\.[mc]?ts$/.test(file)) return 'dts';
  if (/\.[mc]?ts$/.test(file)) return 'ts';
  if (file.endsWith('.tsx')) return 'tsx';
  return undefined;
}

// typescript-estree's tree (range, loc, comments and tokens) with typescript-eslint's scope
// analysis (@typescript-eslint/scope-manager) and visitor keys, as @typescript-eslint/parser
// returns them without type information: the goal is found from the code, then `sourceType`
// as given is set on the Program, as that parser does.
function parseTypeScriptForESLint(code, options, lang) {
  const features = options.ecmaFeatures ?? {};
  const ast = parse(code, {
    lang: lang === 'ts' && features.jsx === true ? 'tsx' : lang,
    locations: true,
    ranges: true,
    comments: true,
    tokens: true,
  });
  if (options.sourceType === 'module' || options.sourceType === 'script') ast.sourceType = options.sourceType;
  const { analyze } = require('@typescript-eslint/scope-manager');
  const { visitorKeys } = require('@typescript-eslint/visitor-keys');
  const scopeManager = analyze(ast, {
    globalReturn: features.globalReturn === true,
    jsxPragma: options.jsxPragma,
    jsxFragmentName: options.jsxFragmentName,
    lib: options.lib,
    sourceType: ast.sourceType,
  });
  return { ast, scopeManager, visitorKeys, services: {} };
}

function parseForESLint(code, options = {}) {
  const lang = tsLangOf(options);
  if (lang !== undefined) return parseTypeScriptForESLint(code, options, lang);
  const ecmaVersion = ecmaVersionOf(options.ecmaVersion);
  const features = options.ecmaFeatures ?? {};
  const sourceType = options.sourceType ?? 'script';
  // One native parse gives the tree with espree's spans, and its comments and tokens (typed
  // as espree.parse types them: a keyword the tree reads as a name is an Identifier).
  const flags = parseFlags({
    sourceType,
    ecmaVersion,
    // espree's: a hashbang line from ES2023 on; before ES5, reserved words are never names.
    allowHashBang: ecmaVersion === 'latest' ||
      (ecmaVersion >= 2015 ? ecmaVersion - 2009 : ecmaVersion) >= 14,
    allowReserved: ecmaVersion === 3 ? 'never' : undefined,
    jsx: features.jsx === true,
    locations: true,
    ranges: true,
    comments: true,
    tokens: true,
    allowReturnOutsideFunction: features.globalReturn === true,
    strict: features.impliedStrict === true,
  });
  const program = parseToObjects(code, flags | Flag.eslint, undefined, true);
  return { ast: program, visitorKeys: KEYS, services: {} };
}

module.exports = {
  meta: { name: 'essa-parser/eslint', version },
  parseForESLint,
  parse: (code, options) => parseForESLint(code, options).ast,
  VisitorKeys: KEYS,
};
