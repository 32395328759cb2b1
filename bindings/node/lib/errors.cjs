// A syntax error as acorn throws it: a SyntaxError whose message ends in "(line:column)", with
// pos (UTF-16 offset), loc {line, column} and raisedAt.
'use strict';

function syntaxError([message, pos, line, column]) {
  const error = new SyntaxError(`${message} (${line}:${column})`);
  error.pos = pos;
  error.loc = { line, column };
  // acorn's raisedAt is its tokenizer's position when it raised; essa reports the error's own
  // position.
  error.raisedAt = pos;
  return error;
}

module.exports = { syntaxError };
