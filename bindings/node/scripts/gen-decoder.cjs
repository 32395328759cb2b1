// Writes lib/decoder.generated.cjs, the decoder of the words src/encode.cpp writes, from the
// node list include/essa/nodes.def (the list encode.cpp is expanded from), so a new node needs
// no edit here: lib/decoder-runtime.js, then per node type one function that reads its fields
// in list order and returns one object literal with acorn's keys in acorn's order (one literal
// per set of present optional keys, so each shape stays monomorphic). Eight variants, one per
// combination of `locations` and `ranges` (those keys sit between `end` and the fields) for
// acorn's tree and for TS-ESTree's (lang "ts": no start/end, the side records' fields, the
// TypeScript keys of field_tags.def), so the plain-JS decode reads nothing of TypeScript.
// An unknown field tag is an error, so the decoder never silently lags behind the list.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { readNodes } = require('./read-nodes.cjs');

const here = path.resolve(__dirname, '..');
const { nodes } = readNodes();

// Per tag: bits in the head word (as encode.cpp's bits_of), the expression that reads the
// value (`$s`: the bit offset, `$V`: the variant's prefix), and when the key is optional, the
// condition on the value `v` (or on the decode) that the key is present. `ts` replaces
// read/present in the TS-ESTree variants (which have no edition), and `ts: null` or `js: null`
// leaves the key out of those variants or of acorn's (its bits are still skipped). A key
// typescript-estree sets to undefined is left out, as in its JSON.
const always = {};
const kTags = {
  Node: { read: 'node$V()' },
  NodeOrNull: { read: 'node$V()' },
  NodeList: { read: 'list$V()' },
  NodeListWithHoles: { read: 'list$V()' },
  Name: { read: 'name()' },
  Str: { read: 'str()' },
  StrOrAbsent: { read: 'strOrAbsent()', present: (v) => `${v} !== undefined` },
  Bool: { bits: 1, read: '((h >>> $s) & 1) === 1' },
  Operator: { bits: 6, read: 'OPERATOR[(h >>> $s) & 63]' },
  VarKind: { bits: 3, read: 'VAR_KIND[(h >>> $s) & 7]' },
  PropKind: { bits: 2, read: 'PROP_KIND[(h >>> $s) & 3]' },
  MethodKind: { bits: 2, read: 'METHOD_KIND[(h >>> $s) & 3]' },
  SourceType: { bits: 1, read: 'SOURCE_TYPE[(h >>> $s) & 1]' },
  // acorn writes a decorator list only when non-empty, a phase only when set; TS-ESTree both
  // always (null for no phase).
  Decorators: { read: 'list$V()', present: (v) => `${v}.length !== 0`, ts: always },
  ImportPhase: { bits: 2, read: 'IMPORT_PHASE[(h >>> $s) & 3]', present: (v) => `${v} !== undefined`,
    ts: { read: '(IMPORT_PHASE[(h >>> $s) & 3] ?? null)' } },
  // Keys that came with ES2025: left out for an older ecmaVersion, as acorn does.
  Attributes: { read: 'list$V()', present: () => 'modern', ts: always },
  ImportOptions: { read: 'node$V()', present: () => 'modern', ts: always },
  // Keys acorn writes from an edition on (ecmaVersion 6, 8, 9, 11); `expression` after the
  // body below 6, where acorn sets it last.
  BoolEs6: { bits: 1, read: '((h >>> $s) & 1) === 1', present: () => 'edition >= 6', ts: always },
  BoolEs8: { bits: 1, read: '((h >>> $s) & 1) === 1', present: () => 'edition >= 8', ts: always },
  BoolEs9: { bits: 1, read: '((h >>> $s) & 1) === 1', present: () => 'edition >= 9', ts: always },
  BoolEs11: { bits: 1, read: '((h >>> $s) & 1) === 1', present: () => 'edition >= 11', ts: always },
  NodeOrNullEs11: { read: 'node$V()', present: () => 'edition >= 11', ts: always },
  ExpressionBeforeEs6: { read: 'false', present: () => 'edition < 6', ts: null },
  // A JSX fragment's constant keys (acorn-jsx writes them, typescript-estree does not).
  NotTsEmptyList: { read: '[]', ts: null },
  NotTsFalse: { read: 'false', ts: null },
  TsOptionalModifier: { bits: 2, read: 'TS_OPTIONAL[(h >>> $s) & 3]' },
  TsReadonlyModifier: { bits: 2, read: 'TS_READONLY[(h >>> $s) & 3]', present: (v) => `${v} !== undefined` },
  // A child of TypeScript syntax: never set in acorn's tree, left out when absent.
  TsNodeOrAbsent: { read: 'node$V()', present: (v) => `${v} !== null` },
  // TS-ESTree's keys: a stored bool, importKind/exportKind, and the derived constants.
  TsBool: { bits: 1, read: '((h >>> $s) & 1) === 1', js: null },
  TsTypeKind: { bits: 1, read: "(((h >>> $s) & 1) === 1 ? 'type' : 'value')", js: null },
  TsFalse: { read: 'false', js: null },
  TsValueKind: { read: "'value'", js: null },
  LiteralValue: { bits: 3, read: 'literalValue((h >>> $s) & 7)' },
  TemplateValue: { read: 'templateValue()' },
  RegexOfLiteral: { read: 'litRegex', present: () => 'litKind === 4' },
  BigIntOfLiteral: { read: 'litBigint', present: () => 'litKind === 5' },
};

// acorn's tree (start and end on every node), then TS-ESTree's (no start/end, its keys).
const kVariants = [
  { prefix: 'P', loc: false, range: false, ts: false },
  { prefix: 'R', loc: false, range: true, ts: false },
  { prefix: 'L', loc: true, range: false, ts: false },
  { prefix: 'LR', loc: true, range: true, ts: false },
  { prefix: 'TP', loc: false, range: false, ts: true },
  { prefix: 'TR', loc: false, range: true, ts: true },
  { prefix: 'TL', loc: true, range: false, ts: true },
  { prefix: 'TLR', loc: true, range: true, ts: true },
];

// How a tag reads in a variant: { bits, read, present } or { bits, skip } for no key.
function tagIn(tag, variant) {
  const over = variant.ts ? tag.ts : tag.js;
  if (over === null) return { bits: tag.bits, read: tag.read, skip: true };
  return { bits: tag.bits, read: over?.read ?? tag.read,
    present: over ? over.present : tag.present };
}

function nodeFunction(node, variant) {
  const V = variant.prefix;
  const lines = [`function ${V}_${node.name}(h) {`,
    '  const start = u32[pos];', '  const end = u32[pos + 1];', '  pos += 2;'];
  if (variant.loc) lines.push('  const loc = readLoc();');
  const head = variant.ts ? [`type: '${node.name}'`] : [`type: '${node.name}'`, 'start', 'end'];
  if (variant.loc) head.push('loc');
  if (variant.range) head.push('range: [start, end]');
  let shift = 8;
  const keys = [];
  node.fields.forEach((field, i) => {
    if (!kTags[field.tag]) throw new Error(`gen-decoder: unknown tag ${field.tag} (${node.name}): add it to kTags`);
    // A side field (ESSA_TS_FIELD) is in the words of a TypeScript parse only.
    if (field.ts && !variant.ts) return;
    const tag = tagIn(kTags[field.tag], variant);
    const read = tag.read.replaceAll('$s', String(shift)).replaceAll('$V', V);
    shift += tag.bits ?? 0;
    if (tag.skip) {
      // No key, but a value that takes words (not only head bits) is read past.
      if (!tag.bits && !field.derived) lines.push(`  ${read};`);
      return;
    }
    const local = `f${i}`;
    lines.push(`  const ${local} = ${read};`);
    keys.push({ text: `${JSON.stringify(field.key).slice(1, -1)}: ${local}`, present: tag.present?.(local) });
  });
  if (shift > 32) throw new Error(`gen-decoder: ${node.name}: scalar fields exceed the head word`);
  // One bit per distinct condition (the keys of one edition share theirs).
  const optional = [...new Set(keys.filter((k) => k.present).map((k) => k.present))];
  if (optional.length > 3) throw new Error(`gen-decoder: ${node.name}: too many optional keys`);
  const literal = (mask) => {
    const parts = keys.filter((k) => !k.present || (mask & (1 << optional.indexOf(k.present))));
    return `{ ${[...head, ...parts.map((k) => k.text)].join(', ')} }`;
  };
  if (optional.length === 0) {
    lines.push(`  return ${literal(0)};`);
  } else {
    lines.push(`  switch (${optional.map((c, b) => `(${c} ? ${1 << b} : 0)`).join(' | ')}) {`);
    for (let mask = 0; mask < 1 << optional.length; mask++) {
      lines.push(`    case ${mask}: return ${literal(mask)};`);
    }
    lines.push('  }');
    lines.push('  return undefined;');
  }
  lines.push('}');
  return lines.join('\n');
}

function variantCode(variant) {
  const V = variant.prefix;
  const out = [`// ---- variant ${V}: loc ${variant.loc}, range ${variant.range}`,
    `function node${V}() {`, '  const h = u32[pos++];', '  switch (h & 255) {', '    case 0: return null;'];
  nodes.forEach((node, kind) => out.push(`    case ${kind + 1}: return ${V}_${node.name}(h);`));
  out.push('  }', '  return corrupt(h);', '}', '',
    `function list${V}() {`, '  const count = u32[pos++];', '  const items = new Array(count);',
    `  for (let i = 0; i < count; i++) items[i] = node${V}();`, '  return items;', '}', '');
  for (const node of nodes) out.push(nodeFunction(node, variant), '');
  return out.join('\n');
}

const runtime = fs.readFileSync(path.join(here, 'lib/decoder-runtime.js'), 'utf8');
const text = [
  '// Generated by scripts/gen-decoder.cjs from include/essa/nodes.def and lib/decoder-runtime.js.',
  '// Do not edit.',
  "'use strict';",
  '',
  runtime,
  ...kVariants.map(variantCode),
  `const kVariants = [${kVariants.map((v) => `node${v.prefix}`).join(', ')}];`,
  '',
  'module.exports = { decode, decodeTokens };',
  '',
].join('\n');
fs.writeFileSync(path.join(here, 'lib/decoder.generated.cjs'), text);
