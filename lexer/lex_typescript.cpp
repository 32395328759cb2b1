// TypeScript's one lexical need: a type argument list ends at a `>` that the plain scan joins
// with what follows (`A<B<C>>`, `x: A<B>= y`). The parser asks for the `>` alone.
#include "lexer.h"

namespace essa {

const Token& Lexer::rescan_ts_gt() {
  if (stopped_) return tok_;
  pos_ = tok_.start + 1;
  finish(TokenKind::Gt);
  return tok_;
}

}  // namespace essa
