// Lexer test helpers: a lexer over a string with its first token scanned, errors and tokens as
// text, and the check that lexing stops at a given error.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "lexer.h"

namespace essa::test {

// The source and a script-goal lexer over it, with the first token scanned.
struct Lexed {
  SourceText source;
  ErrorSlot errors;
  Lexer lexer;
  explicit Lexed(std::string_view src)
      : source(SourceText::from_bytes(src)), lexer(source, /*module=*/false, errors) {
    lexer.next();
  }
};

// The lexer's error as "error@offset: message".
inline std::string error_text(const Lexer& l) {
  return "error@" + std::to_string(l.error().offset) + ": " + l.error().message;
}

// The error, or the current token as "Kind [start,end)": for failure messages.
inline std::string describe(const Lexer& l) {
  if (l.failed()) return error_text(l);
  const Token& t = l.current();
  return std::string(token_kind_name(t.kind)) + " [" + std::to_string(t.start) + "," +
         std::to_string(t.end) + ")";
}

// Lexing stops at an error anywhere in the input, at this offset.
inline void expect_error(std::string_view src, std::string_view message, uint32_t offset) {
  Lexed x(src);
  while (!x.lexer.failed() && x.lexer.current().kind != TokenKind::Eof) x.lexer.next();
  ASSERT_TRUE(x.lexer.failed()) << src << ": " << describe(x.lexer);
  EXPECT_EQ(x.lexer.error().message, message) << src;
  EXPECT_EQ(x.lexer.error().offset, offset) << src;
  EXPECT_EQ(x.lexer.current().kind, TokenKind::Eof) << src;
}

}  // namespace essa::test
