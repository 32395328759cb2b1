// The message tables (parser/messages.def, lexer/lex_messages.def): `{}` takes the one
// argument, and only the first error of a parse is kept.
#include <gtest/gtest.h>

#include <string>

#include "essa/parse.h"
#include "lex_messages.h"
#include "message_format.h"
#include "messages.h"

namespace essa {
namespace {

std::string first_error(std::string_view src) {
  const ParseResult result = parse(src, ParseOptions{});
  return result.ok() ? "ok" : result.error()->message;
}

TEST(MessagesTest, ArgumentFillsThePlaceholder) {
  EXPECT_EQ(format_message(message_text(Msg::AlreadyDeclared), "x"),
            "Identifier 'x' has already been declared");
  EXPECT_EQ(format_message(message_text(LexMsg::ExpectedRadixDigits), "8"),
            "Expected number in radix 8");
  EXPECT_EQ(format_message("{}", "whole"), "whole");
}

TEST(MessagesTest, TextWithoutPlaceholderIsWhole) {
  EXPECT_EQ(format_message(message_text(Msg::UnexpectedToken), {}), "Unexpected token");
  EXPECT_FALSE(message_has_argument(message_text(Msg::AssigningToRvalue)));
  EXPECT_TRUE(message_has_argument(message_text(Msg::PrivateRedeclared)));
}

TEST(MessagesTest, AtMostOnePlaceholder) {
  EXPECT_TRUE(message_well_formed("Label '{}' is already declared"));
  EXPECT_FALSE(message_well_formed("{} and {}"));
}

TEST(MessagesTest, FirstErrorIsKept) {
  // The second redeclaration and the unterminated string after it do not replace it.
  EXPECT_EQ(first_error("let a; let a; let a; 'x"), "Identifier 'a' has already been declared");
  EXPECT_EQ(first_error("0b2; let a; let a;"), "Expected number in radix 2");
}

}  // namespace
}  // namespace essa
