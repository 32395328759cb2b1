// A syntax error as acorn throws it: a SyntaxError whose message ends in "(line:column)", with
// pos (UTF-16 offset), loc {line, column} and raisedAt (where acorn's tokenizer stood when it
// raised the error, often the end of the token after the offending one).
'use strict';

// `answer` is the native side's [message, pos, line, column, raisedAt]. `typescript`: a
// TypeScript parse, whose errors are typescript-estree's, not acorn's: raisedAt is pos.
function syntaxError([message, pos, line, column, raisedAt], typescript = false) {
  const error = new SyntaxError(`${message} (${line}:${column})`);
  error.pos = pos;
  error.loc = { line, column };
  error.raisedAt = typescript ? pos : raisedAt;
  return error;
}

module.exports = { syntaxError };
