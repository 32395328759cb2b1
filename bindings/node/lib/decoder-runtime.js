// The hand-written part of the decoder: the state of one decode and the readers of strings
// and irregular values. scripts/gen-decoder.cjs writes it, then one function per node type
// and variant expanded from nodes.def, into lib/decoder.generated.cjs; it is not loaded on its
// own. The layout it reads is described in src/encode.h.

const { enums } = require('./native.cjs');

const OPERATOR = enums.Operator;
const VAR_KIND = enums.VarKind;
const PROP_KIND = enums.PropKind;
const METHOD_KIND = enums.MethodKind;
const SOURCE_TYPE = enums.SourceType;
const IMPORT_PHASE = enums.ImportPhase;  // [undefined, "defer", "source"]
const TOKEN_TYPE = enums.TokenType;      // essa::TokenType's names: "Boolean", "Identifier", ...
const kRegularExpression = TOKEN_TYPE.indexOf('RegularExpression');
// A mapped type's `?` and `readonly` (TsModifier: None, True, Plus, Minus); TypeScript only.
const TS_OPTIONAL = [false, true, '+', '-'];
const TS_READONLY = [undefined, true, '+', '-'];

const kSide = 0x80000000;  // on a string's first word: an offset into the side string
const kAbsent = 0xffffffff;
const kNoWords = new Uint32Array(0);
const kNoNumbers = new Float64Array(0);

// The decode under way (decode() is not re-entrant: nothing it calls parses). `var`, not
// `let`: V8 checks a `let` read from another function for its temporal dead zone each time,
// and these are read once or more per node (about 5% of a decode).
var u32 = kNoWords;
var f64 = kNoNumbers;
var pos = 0;
var src = '';
var side = '';
var sideUnits = null;        // the side string's UTF-16 units, made a string on first use
var modern = true;           // ES2025's keys (import attributes, import()'s options) written
var edition = 99;            // the edition parsed (99: latest): older ones leave keys out
var sourceFile = undefined;  // loc.source
// What the last Literal's value left for its derived keys (regex, bigint).
var litKind = 0;
var litRegex = undefined;
var litBigint = undefined;

function str() {
  const a = u32[pos];
  const b = u32[pos + 1];
  pos += 2;
  return a < kSide ? src.slice(a, b) : sideString().slice(a - kSide, b);
}

// The side string from its units, 8192 at a time (an argument list has its limits).
function sideString() {
  if (sideUnits !== null) {
    for (let i = 0; i < sideUnits.length; i += 8192) {
      side += String.fromCharCode.apply(null, sideUnits.subarray(i, i + 8192));
    }
    sideUnits = null;
  }
  return side;
}

// The names of this decode by id (src/encode.h): one string per distinct name.
var names = [];

function name() {
  const id = u32[pos++];
  if (id < names.length) return names[id];
  const text = str();
  names.push(text);
  return text;
}

function strOrAbsent() {
  if (u32[pos] === kAbsent) {
    pos += 2;
    return undefined;
  }
  return str();
}

function templateValue() {
  const raw = str();
  const cooked = u32[pos] === kAbsent ? ((pos += 2), null) : str();
  return { raw, cooked };
}

// A Literal's value by its kind (essa::LiteralKind: String, Number, Boolean, Null, RegExp,
// BigInt). A RegExp's parts are cut from the raw text, which nodes.def puts right after the
// value: it is read here without moving on.
function literalValue(kind) {
  litKind = kind;
  switch (kind) {
    case 0:
      return str();
    case 1: {
      pos += pos & 1;
      const value = f64[pos >>> 1];
      pos += 2;
      return value;
    }
    case 2:
      return u32[pos++] === 1;
    case 4: {
      const raw = str();
      pos -= 2;
      const slash = raw.lastIndexOf('/');
      litRegex = { pattern: raw.slice(1, slash), flags: raw.slice(slash + 1) };
      try {
        return new RegExp(litRegex.pattern, litRegex.flags);
      } catch {
        return null;  // as acorn, when this engine cannot build it
      }
    }
    case 5:
      litBigint = str();
      return BigInt(litBigint);
    default:
      return null;
  }
}

function readLoc() {
  const start = { line: u32[pos], column: u32[pos + 1] };
  const end = { line: u32[pos + 2], column: u32[pos + 3] };
  pos += 4;
  return sourceFile === undefined ? { start, end } : { start, end, source: sourceFile };
}

// acorn's onComment entries, after the Program (typescript-estree's, without start and end,
// for TS-ESTree; espree's, with `range` always and the hashbang a "Hashbang", with espree).
function readComments(withLoc, withRange, ts, espree) {
  const count = u32[pos++];
  const comments = [];
  for (let i = 0; i < count; i++) {
    const kind = u32[pos++];
    const type = kind === 1 ? 'Block' : kind === 2 && espree ? 'Hashbang' : 'Line';
    const value = str();
    const start = u32[pos];
    const end = u32[pos + 1];
    pos += 2;
    if (espree && !ts) {
      comments.push(withLoc ? { type, value, start, end, range: [start, end], loc: readLoc() }
        : { type, value, start, end, range: [start, end] });
    } else if (ts) {
      const comment = { type, value };
      if (withRange) comment.range = [start, end];
      if (withLoc) comment.loc = readLoc();
      comments.push(comment);
    } else if (withLoc) {
      const loc = readLoc();
      comments.push(withRange ? { type, value, start, end, loc, range: [start, end] }
        : { type, value, start, end, loc });
    } else {
      comments.push(withRange ? { type, value, start, end, range: [start, end] }
        : { type, value, start, end });
    }
  }
  return comments;
}

// The tokens (src/encode.h), as espree gives them ({type, value, start, end[, loc][, range]
// [, regex]}), or as typescript-estree does (no start and end), one object literal per shape.
function readTokens(withLoc, withRange, ts) {
  const count = u32[pos++];
  const tokens = new Array(count);
  for (let i = 0; i < count; i++) {
    const head = u32[pos];
    const start = u32[pos + 1];
    const end = u32[pos + 2];
    pos += 3;
    const loc = withLoc ? readLoc() : undefined;
    const how = head >>> 4;
    const value = how === 0 ? src.slice(start, end) : how === 1 ? name() : str();
    const type = TOKEN_TYPE[head & 15];
    let token;
    if (ts) {
      if (withLoc) token = withRange ? { type, value, loc, range: [start, end] } : { type, value, loc };
      else token = withRange ? { type, value, range: [start, end] } : { type, value };
    } else if (withLoc) {
      token = withRange ? { type, value, start, end, loc, range: [start, end] } : { type, value, start, end, loc };
    } else {
      token = withRange ? { type, value, start, end, range: [start, end] } : { type, value, start, end };
    }
    if ((head & 15) === kRegularExpression) {
      const slash = value.lastIndexOf('/');
      token.regex = { flags: value.slice(slash + 1), pattern: value.slice(1, slash) };
    }
    tokens[i] = token;
  }
  return tokens;
}

function corrupt(word) {
  throw new Error(`essa-parser: the native tree holds an unknown node kind ${word & 255} at word ${pos - 1}`);
}

function begin(buffer, sideOffset, units, source) {
  u32 = new Uint32Array(buffer);
  f64 = new Float64Array(buffer, 0, buffer.byteLength >>> 3);
  pos = 0;
  src = source;
  side = '';
  sideUnits = units === 0 ? null : new Uint16Array(buffer, sideOffset * 4, units);
  names = [];
}

function end() {
  u32 = kNoWords;  // let go of the buffer and the strings
  f64 = kNoNumbers;
  src = '';
  side = '';
  sideUnits = null;
  names = [];
  litRegex = undefined;
  litBigint = undefined;
}

// The Program in `buffer` (its side string's `units` at word `sideOffset`) over the code
// `source`, with acorn's keys (TS-ESTree's with ts): options {loc, range, comments, tokens,
// espree (comments in espree's shape), ts, modern, edition, sourceFile}.
function decode(buffer, sideOffset, units, source, options) {
  begin(buffer, sideOffset, units, source);
  modern = options.modern;
  edition = options.edition;
  sourceFile = options.sourceFile;
  try {
    const program = kVariants[(options.ts ? 4 : 0) + (options.loc ? 2 : 0) + (options.range ? 1 : 0)]();
    if (options.comments) program.comments = readComments(options.loc, options.range, options.ts, options.espree);
    if (options.tokens) {
      sourceFile = undefined;  // a token's loc has no source (as espree's tokens)
      program.tokens = readTokens(options.loc, options.range, options.ts);
    }
    return program;
  } finally {
    end();
  }
}

// tokenize()'s tokens in `buffer` (laid out as decode's), with their comments as espree hangs
// them on the array (`range` always, as espree and typescript-estree give comments): options
// {loc, range, comments, ts}.
function decodeTokens(buffer, sideOffset, units, source, options) {
  begin(buffer, sideOffset, units, source);
  sourceFile = undefined;
  try {
    const comments = options.comments ? readComments(options.loc, true, options.ts, true) : undefined;
    const tokens = readTokens(options.loc, options.range, options.ts);
    if (comments !== undefined) tokens.comments = comments;
    return tokens;
  } finally {
    end();
  }
}
