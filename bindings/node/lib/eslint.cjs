// essa-parser/eslint: a parser for ESLint (languageOptions.parser). ESLint's rules are
// written against espree's tree, which differs from acorn's in a few places; this entry gives
// espree's: range and loc on every node, TemplateElement spans that include their delimiters
// (` and ${ or }), and Program.comments (the hashbang as a "Hashbang" comment) and
// Program.tokens as espree.parse(code, {comment: true, tokens: true}) gives them. TypeScript
// (parserOptions `lang`, or a .ts/.tsx/.d.ts `filePath`) gives what @typescript-eslint/parser
// gives: typescript-estree's tree with its scope manager.
'use strict';
const { KEYS } = require('eslint-visitor-keys');
const { parse, tokenize, version } = require('../index.cjs');

// espree's spans for a TemplateElement: the opening ` or } and the closing ` or ${ included.
function widenTemplateElements(node) {
  if (Array.isArray(node)) {
    for (const item of node) if (item !== null && typeof item === 'object') widenTemplateElements(item);
    return;
  }
  if (node.type === 'TemplateElement') {
    const after = node.tail ? 1 : 2;
    node.start -= 1;
    node.end += after;
    node.range = [node.start, node.end];
    node.loc.start = { line: node.loc.start.line, column: node.loc.start.column - 1 };
    node.loc.end = { line: node.loc.end.line, column: node.loc.end.column + after };
    return;
  }
  for (const key in node) {
    const child = node[key];
    if (child !== null && typeof child === 'object' && key !== 'loc') widenTemplateElements(child);
  }
}

function collectIdentifierStarts(node, starts) {
  if (Array.isArray(node)) {
    for (const item of node) if (item !== null && typeof item === 'object') collectIdentifierStarts(item, starts);
    return;
  }
  if (node.type === 'Identifier') {
    starts.add(node.start);
    return;
  }
  if (node.type === 'MetaProperty') return;  // `import.meta`, `new.target`: keywords stay
  for (const key in node) {
    const child = node[key];
    if (child !== null && typeof child === 'object' && key !== 'loc') collectIdentifierStarts(child, starts);
  }
}

// In espree.parse (unlike espree.tokenize) a keyword, `null`, `true` or `false` that the
// parser reads as a name (`a.if`, `{ with: 1 }`, `import { default as x }`) is an Identifier
// token, as acorn retypes it. Contextual words (`let`, `static`, `yield`, ...) keep their type.
const kKeywords = new Set(('break case catch continue debugger default do else finally for ' +
  'function if return switch throw try var const while with new this super class extends ' +
  'export import null true false in instanceof typeof void delete').split(' '));
function isRetypable(token) {
  return (token.type === 'Keyword' || token.type === 'Null' || token.type === 'Boolean') &&
    kKeywords.has(token.value);
}
function retypeNameTokens(program, tokens) {
  if (!tokens.some(isRetypable)) return;
  const starts = new Set();
  collectIdentifierStarts(program.body, starts);
  for (const token of tokens) {
    if (isRetypable(token) && starts.has(token.start)) token.type = 'Identifier';
  }
}

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
  const program = parse(code, {
    sourceType,
    ecmaVersion,
    // espree's: a hashbang line from ES2023 on; before ES5, reserved words are never names.
    allowHashBang: ecmaVersion === 'latest' ||
      (ecmaVersion >= 2015 ? ecmaVersion - 2009 : ecmaVersion) >= 14,
    allowReserved: ecmaVersion === 3 ? 'never' : undefined,
    jsx: features.jsx === true,
    locations: true,
    ranges: true,
    allowReturnOutsideFunction: features.globalReturn === true,
    strict: features.impliedStrict === true,
  });
  const tokens = tokenize(code, {
    sourceType: sourceType === 'module' ? 'module' : 'script',
    ecmaVersion,
    jsx: features.jsx === true,
    loc: true,
    range: true,
    comment: true,
  });
  const comments = tokens.comments;
  delete tokens.comments;
  retypeNameTokens(program, tokens);
  if (code.includes('`')) widenTemplateElements(program.body);
  program.range = [program.start, program.end];
  program.comments = comments;
  program.tokens = tokens;
  return { ast: program, visitorKeys: KEYS, services: {} };
}

module.exports = {
  meta: { name: 'essa-parser/eslint', version },
  parseForESLint,
  parse: (code, options) => parseForESLint(code, options).ast,
  VisitorKeys: KEYS,
};
