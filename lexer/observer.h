// Who listens to a parse beyond its tree: the token stream behind --tokens (tokens/) and the
// comments (ParseOptions::comments, --tokens --comments). A context and plain function pointers, null when nobody listens: a parse
// without an observer pays one well-predicted test per consumed token and nothing else, and
// the parser and lexer never learn what a listener makes of what they report.
#pragma once

#include "essa/comments.h"
#include "token.h"

namespace essa {

struct Observer {
  void* ctx = nullptr;
  // Each token the parser consumes, in order, after any regexp or template rescan (so every
  // `/` is exactly a division or a regular expression); never Eof.
  void (*token)(void* ctx, const Token& token) = nullptr;
  // Each comment the lexer skips (the hashbang first, when there is one), once and in source
  // order, even when speculation scans it twice (a parse that asks for neither hook pays for
  // neither).
  void (*comment)(void* ctx, const Comment& comment) = nullptr;
};

}  // namespace essa
