// The native calls and the decoding of their words (src/encode.h), for index.cjs and
// lib/eslint.cjs: the flags of lib/options.cjs in, objects out.
'use strict';
const native = require('./native.cjs');
const { Flag, kEditionShift } = require('./options.cjs');
const { decode, decodeTokens } = require('./decoder.generated.cjs');
const { syntaxError } = require('./errors.cjs');

// The buffer the native calls write their words into, kept from call to call (a fresh one
// each time would cost a page fault per 4 KiB); it grows with the largest answer.
let scratch = new ArrayBuffer(1 << 16);

// The Program (with Flag.comments its comments, with Flag.tokens its tokens) of one parse.
// `espreeComments`: the comments in espree's shape (the ESLint entry), not acorn's.
function parseToObjects(code, flags, sourceFile, espreeComments = false) {
  const answer = native.parse(code, flags, scratch);
  if (typeof answer[0] === 'string') throw syntaxError(answer, (flags & Flag.typescript) !== 0);
  scratch = answer[0];
  const edition = (flags >>> kEditionShift) & 0xff;
  try {
    return decode(answer[0], answer[1], answer[2], code, {
      loc: (flags & Flag.locations) !== 0,
      range: (flags & Flag.ranges) !== 0,
      comments: (flags & Flag.comments) !== 0,
      tokens: (flags & Flag.tokens) !== 0,
      espree: espreeComments,
      ts: (flags & Flag.typescript) !== 0,
      modern: edition === 0 || edition >= 16,
      edition: edition === 0 ? 99 : edition,
      sourceFile: (flags & Flag.locations) && (flags & Flag.hasSourceFile) ? sourceFile : undefined,
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
}

// tokenize()'s tokens (with Flag.comments, their comments hung on the array as espree does).
function tokenizeToObjects(code, flags) {
  const answer = native.tokenize(code, flags, scratch);
  if (typeof answer[0] === 'string') throw syntaxError(answer, (flags & Flag.typescript) !== 0);
  scratch = answer[0];
  return decodeTokens(answer[0], answer[1], answer[2], code, {
    loc: (flags & Flag.locations) !== 0,
    range: (flags & Flag.ranges) !== 0,
    comments: (flags & Flag.comments) !== 0,
    ts: (flags & Flag.typescript) !== 0,
  });
}

module.exports = { parseToObjects, tokenizeToObjects };
