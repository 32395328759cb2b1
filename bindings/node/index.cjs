// essa-parser: parse() returns acorn's ESTree (acorn-jsx's with jsx) as plain objects, and
// tokenize() espree's tokens, both from essa's native parser (src/binding.cpp). The tree
// crosses as words (src/encode.h) that the decoder generated from nodes.def turns into objects.
'use strict';
const native = require('./lib/native.cjs');
const { parseFlags, tokenizeFlags, Flag, kEditionShift } = require('./lib/options.cjs');
const { decode } = require('./lib/decoder.generated.cjs');
const { syntaxError } = require('./lib/errors.cjs');

function checkCode(code) {
  if (typeof code !== 'string') {
    throw new TypeError(`essa-parser: the code must be a string, not ${typeof code}`);
  }
}

// acorn's onComment as a function: (block, text, start, end[, startLoc, endLoc]).
function reportComments(comments, onComment) {
  if (Array.isArray(onComment)) {
    for (const comment of comments) onComment.push(comment);
    return;
  }
  for (const c of comments) {
    onComment(c.type === 'Block', c.value, c.start, c.end, c.loc?.start, c.loc?.end);
  }
}

function reportTokens(tokens, onToken) {
  if (Array.isArray(onToken)) for (const token of tokens) onToken.push(token);
  else for (const token of tokens) onToken(token);
}

// The buffer the native parse writes the tree's words into, kept from call to call (a fresh
// one each time would cost a page fault per 4 KiB); it grows with the largest tree parsed.
let scratch = new ArrayBuffer(1 << 16);

function parse(code, options = {}) {
  checkCode(code);
  const flags = parseFlags(options);
  const answer = native.parse(code, flags, scratch);
  if (typeof answer[0] === 'string') throw syntaxError(answer);
  scratch = answer[0];
  const edition = (flags >>> kEditionShift) & 0xff;
  const ts = (flags & Flag.typescript) !== 0;
  let program;
  try {
    program = decode(answer[0], answer[1], answer[2], code, {
      loc: (flags & Flag.locations) !== 0,
      range: (flags & Flag.ranges) !== 0,
      comments: (flags & Flag.comments) !== 0,
      ts,
      modern: edition === 0 || edition >= 16,
      edition: edition === 0 ? 99 : edition,
      sourceFile: (flags & Flag.locations) && (flags & Flag.hasSourceFile) ? options.sourceFile : undefined,
    });
  } catch (error) {
    // The decoder recurses once or twice per tree level: a tree thousands of levels deep
    // (the parser allows a chain of up to 8000 `.a` or `+a`) can exhaust a small stack.
    if (error instanceof RangeError) {
      throw new RangeError('essa-parser: the tree is nested too deeply to turn into objects on ' +
        'this stack (run node with a larger --stack-size)', { cause: error });
    }
    throw error;
  }
  if (flags & Flag.comments) {
    const comments = program.comments;
    if (options.onComment !== undefined) {
      delete program.comments;
      reportComments(comments, options.onComment);
    }
  }
  if (options.onToken !== undefined || options.tokens) {
    const tokens = tokenize(code, {
      // TypeScript: the same goal decision as the parse's (none given: detected again).
      sourceType: ts ? options.sourceType : options.sourceType === 'module' ? 'module' : 'script',
      ecmaVersion: options.ecmaVersion,
      jsx: (flags & Flag.jsx) !== 0,
      lang: options.lang,
      loc: options.locations,
      range: options.ranges,
    });
    if (options.onToken !== undefined) reportTokens(tokens, options.onToken);
    if (options.tokens) program.tokens = tokens;
  }
  return program;
}

function withoutOffsets(key, value) {
  return (key === 'start' || key === 'end') && typeof value === 'number' ? undefined : value;
}

function tokenize(code, options = {}) {
  checkCode(code);
  const flags = tokenizeFlags(options);
  const json = native.tokenizeJson(code, flags);
  if (typeof json !== 'string') throw syntaxError(json);
  // typescript-estree's tokens and comments have no start and end (essa's JSON has them).
  const data = (flags & Flag.typescript) ? JSON.parse(json, withoutOffsets) : JSON.parse(json);
  if (!(flags & Flag.comments)) return data;
  // espree hangs the comments on the token array.
  data.tokens.comments = data.comments;
  return data.tokens;
}

module.exports = { parse, tokenize, version: require('./package.json').version };
