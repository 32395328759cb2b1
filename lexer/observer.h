// Who listens to a parse beyond its tree: the token stream behind --tokens (tokens/) and,
// next, comments. A context and plain function pointers, null when nobody listens: a parse
// without an observer pays one well-predicted test per consumed token and nothing else, and
// the parser and lexer never learn what a listener makes of what they report.
#pragma once

#include "token.h"

namespace essa {

struct Observer {
  void* ctx = nullptr;
  // Each token the parser consumes, in order, after any regexp or template rescan (so every
  // `/` is exactly a division or a regular expression); never Eof.
  void (*token)(void* ctx, const Token& token) = nullptr;
  // A hook for comments belongs here too, beside `token`, reported by the lexer as it skips
  // them (a parse that asks for neither pays for neither).
};

}  // namespace essa
