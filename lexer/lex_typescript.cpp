// TypeScript's lexical needs: a type argument list ends at a `>` that the plain scan joins
// with what follows (`A<B<C>>`, `x: A<B>= y`), and may start at a `<<` whose second `<`
// opens the first type's type parameters (`A<<T>() => T>`). The parser asks for the angle
// alone.
#include "lexer.h"

namespace essa {

const Token& Lexer::rescan_ts_gt() {
  if (stopped_) return tok_;
  pos_ = tok_.start + 1;
  finish(TokenKind::Gt);
  return tok_;
}

const Token& Lexer::rescan_ts_lt() {
  if (stopped_) return tok_;
  pos_ = tok_.start + 1;
  finish(TokenKind::Lt);
  return tok_;
}

}  // namespace essa
