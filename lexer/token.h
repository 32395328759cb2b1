// A token is a 12-byte value: kind, flags and a byte range into the source. Its decoded value
// (number, cooked string, unescaped name) is read from the lexer while it is current.
#pragma once

#include <cstdint>
#include <string_view>

namespace essa {

enum class TokenKind : uint8_t {
#define ESSA_TOKEN(Name, spelling, ...) Name,
#include "token_kinds.def"
};

inline constexpr int kTokenKindCount = 0
#define ESSA_TOKEN(Name, spelling, ...) +1
#include "token_kinds.def"
    ;

namespace token_flag {
inline constexpr uint8_t kNewlineBefore = 1 << 0;  // a line terminator precedes the token
inline constexpr uint8_t kEscaped = 1 << 1;        // a name written with \u escapes
inline constexpr uint8_t kLegacyOctal = 1 << 2;    // 017, 08, or a string with \07 / \8 / \9
inline constexpr uint8_t kInvalidEscape = 1 << 3;  // template part whose cooked value is null
inline constexpr uint8_t kHasEscape = 1 << 4;      // string/template cooked value differs from raw
}  // namespace token_flag

struct Token {
  TokenKind kind = TokenKind::Eof;
  uint8_t flags = 0;
  uint32_t start = 0;  // byte offsets
  uint32_t end = 0;

  bool newline_before() const { return flags & token_flag::kNewlineBefore; }
  bool escaped() const { return flags & token_flag::kEscaped; }
};
static_assert(sizeof(Token) == 12);

constexpr bool is_identifier_like(TokenKind k) {
  return k >= TokenKind::Identifier && k <= TokenKind::Yield;
}
constexpr bool is_reserved_word(TokenKind k) {
  return k >= TokenKind::Break && k <= TokenKind::With;
}
// Any IdentifierName: identifiers, contextual words and reserved words.
constexpr bool is_identifier_name(TokenKind k) {
  return k >= TokenKind::Identifier && k <= TokenKind::With;
}
constexpr bool is_strict_reserved(TokenKind k) {
  return k >= TokenKind::Implements && k <= TokenKind::Yield;
}
constexpr bool is_assign_op(TokenKind k) {
  return k >= TokenKind::Assign && k <= TokenKind::QuestionQuestionAssign;
}
constexpr bool is_punctuator(TokenKind k) { return k >= TokenKind::LBrace; }
constexpr bool is_template_part(TokenKind k) {
  return k >= TokenKind::NoSubstitutionTemplate && k <= TokenKind::TemplateTail;
}
// Can the token continue a LeftHandSideExpression: `.` `?.` `[` `(` or a template?
constexpr bool starts_subscript(TokenKind k) {
  return k == TokenKind::Dot || k == TokenKind::QuestionDot || k == TokenKind::LBracket ||
         k == TokenKind::LParen || k == TokenKind::NoSubstitutionTemplate ||
         k == TokenKind::TemplateHead;
}

// A switch that handles a few kinds and leaves every other kind (a new one too) to the code
// after it: `switch (partial(k)) { case partial(TokenKind::X): ... }`. On the integer,
// -Wswitch does not ask for the kinds it leaves out; a switch that must handle every kind
// stays on the enum.
constexpr uint8_t partial(TokenKind k) { return static_cast<uint8_t>(k); }

// Binary operator precedence (0: not a binary operator).
inline constexpr uint8_t kBinaryPrecedence[] = {
#define ESSA_TOKEN(Name, spelling, ...) 0,
#define ESSA_KEYWORD(Name, spelling, expr, prec, ...) prec,
#define ESSA_PUNCT(Name, spelling, expr, prec, ...) prec,
#include "token_kinds.def"
};
constexpr uint8_t binary_precedence(TokenKind k) {
  return kBinaryPrecedence[static_cast<uint8_t>(k)];
}

// Can the token start an expression (acorn's startsExpr)?
inline constexpr bool kStartsExpression[] = {
#define ESSA_TOKEN(Name, spelling, expr, ...) expr != 0,
#include "token_kinds.def"
};
constexpr bool starts_expression(TokenKind k) {
  return kStartsExpression[static_cast<uint8_t>(k)];
}

// The spelling of punctuators and keywords; a description for the other kinds.
std::string_view token_spelling(TokenKind k);
// The enumerator name, for tests and debugging.
std::string_view token_kind_name(TokenKind k);

}  // namespace essa
