// The Operator a token stands for, from the `op` and `prefix` columns of token_kinds.def
// (the lexer knows tokens, not the tree's operators, so the tables are expanded here).
#pragma once

#include <cstdint>

#include "essa/ast.h"
#include "token.h"

namespace essa {
namespace token_operator {

// The columns name Operator enumerators, or None.
using enum Operator;
inline constexpr uint8_t None = UINT8_MAX;
constexpr uint8_t code(Operator op) { return static_cast<uint8_t>(op); }
constexpr uint8_t code(uint8_t none) { return none; }

// Binary and assignment operators (the `op` column).
inline constexpr uint8_t kInfix[] = {
#define ESSA_TOKEN(Name, spelling, ...) None,
#define ESSA_KEYWORD(Name, spelling, expr, prec, op, prefix) code(op),
#define ESSA_PUNCT(Name, spelling, expr, prec, op, prefix) code(op),
#include "token_kinds.def"
};
// Prefix operators: unary, `++` and `--` (the `prefix` column).
inline constexpr uint8_t kPrefix[] = {
#define ESSA_TOKEN(Name, spelling, ...) None,
#define ESSA_KEYWORD(Name, spelling, expr, prec, op, prefix) code(prefix),
#define ESSA_PUNCT(Name, spelling, expr, prec, op, prefix) code(prefix),
#include "token_kinds.def"
};

}  // namespace token_operator

// The operator of a binary operator token (binary_precedence(k) > 0) or an assignment
// operator token (is_assign_op(k)).
constexpr Operator infix_operator(TokenKind k) {
  return static_cast<Operator>(token_operator::kInfix[static_cast<uint8_t>(k)]);
}
// The operator of a prefix operator token; false when k is none.
constexpr bool prefix_operator(TokenKind k, Operator& op) {
  const uint8_t code = token_operator::kPrefix[static_cast<uint8_t>(k)];
  op = static_cast<Operator>(code);
  return code != token_operator::None;
}

// Every operator token carries its operator, and only those do.
static_assert([] {
  for (int i = 0; i < kTokenKindCount; ++i) {
    const auto k = static_cast<TokenKind>(i);
    const bool has_op = token_operator::kInfix[i] != token_operator::None;
    if (has_op != (binary_precedence(k) > 0 || is_assign_op(k))) return false;
  }
  return true;
}());

}  // namespace essa
