// essa-parser/eslint: a parser for ESLint (languageOptions.parser). ESLint's rules are
// written against espree's tree, which differs from acorn's in a few places; this entry gives
// espree's: range and loc on every node, TemplateElement spans that include their delimiters
// (` and ${ or }), and Program.comments (the hashbang as a "Hashbang" comment) and
// Program.tokens as espree.parse(code, {comment: true, tokens: true}) gives them.
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

function parseForESLint(code, options = {}) {
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
