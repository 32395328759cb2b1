// essa-parser: parse() returns acorn's ESTree (acorn-jsx's with jsx) as plain objects, and
// tokenize() espree's tokens, both from essa's native parser (src/binding.cpp). The tree, its
// comments and its tokens cross from one parse as words (src/encode.h) that the decoder
// generated from nodes.def turns into objects (lib/transfer.cjs).
'use strict';
const { parseFlags, tokenizeFlags, Flag } = require('./lib/options.cjs');
const { parseToObjects, tokenizeToObjects } = require('./lib/transfer.cjs');

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

function parse(code, options = {}) {
  checkCode(code);
  const flags = parseFlags(options);
  const program = parseToObjects(code, flags, options.sourceFile);
  if ((flags & Flag.comments) && options.onComment !== undefined) {
    const comments = program.comments;
    delete program.comments;
    reportComments(comments, options.onComment);
  }
  if ((flags & Flag.tokens) && options.onToken !== undefined) {
    const tokens = program.tokens;
    if (!options.tokens) delete program.tokens;
    reportTokens(tokens, options.onToken);
  }
  return program;
}

function tokenize(code, options = {}) {
  checkCode(code);
  return tokenizeToObjects(code, tokenizeFlags(options));
}

module.exports = { parse, tokenize, version: require('./package.json').version };
