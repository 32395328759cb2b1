// Template parts: token ranges with their delimiters (espree's "`a${", "}b${", "}c`"),
// cooked values (CR and CRLF become LF, escapes decoded), invalid escapes that only mark the
// part, and acorn's "Unterminated template".
#include <gtest/gtest.h>

#include <string>

#include "lex_test_util.h"
#include "lexer.h"

namespace essa {
namespace {

using test::describe;
using test::error_text;
using test::expect_error;
using test::Lexed;
using token_flag::kHasEscape;
using token_flag::kInvalidEscape;

// The first token: its kind, its end (it starts at 0), its cooked value and flags.
void expect_part(std::string_view src, TokenKind kind, uint32_t end, std::string_view cooked,
                 uint8_t flags = 0) {
  Lexed x(src);
  const Token& t = x.lexer.current();
  ASSERT_FALSE(x.lexer.failed()) << src << ": " << describe(x.lexer);
  EXPECT_EQ(token_kind_name(t.kind), token_kind_name(kind)) << src;
  EXPECT_EQ(t.start, 0u) << src;
  EXPECT_EQ(t.end, end) << src;
  EXPECT_EQ(t.flags, flags) << src;
  EXPECT_EQ(x.lexer.value(), cooked) << src;
  if (flags == 0) {  // nothing to cook: a view into the source
    EXPECT_EQ(x.lexer.value().data(), x.lexer.data() + 1) << src;
  }
}
void expect_whole(std::string_view src, std::string_view cooked, uint8_t flags = 0) {
  expect_part(src, TokenKind::NoSubstitutionTemplate, static_cast<uint32_t>(src.size()), cooked,
              flags);
}
void expect_cooked(std::string_view src, std::string_view cooked) {
  expect_whole(src, cooked, kHasEscape);
}
// The cooked value is invalid; `escape_offset` is the backslash of the first bad escape.
void expect_invalid(std::string_view src, uint32_t escape_offset) {
  expect_whole(src, "", kInvalidEscape);
  Lexed x(src);
  EXPECT_EQ(x.lexer.escape_offset(), escape_offset) << src;
}

// Drives the lexer as the parser does: after each `}` that closes a substitution, rescan it
// as a template continuation. Returns "Kind[start,end]=cooked" per token, or the error.
std::string parts(std::string_view src) {
  SourceText source = SourceText::from_bytes(src);
  ErrorSlot errors;
  Lexer lexer(source, false, errors);
  std::string out;
  int depth = 0;
  for (;;) {
    const Token* t = &lexer.next();
    if (t->kind == TokenKind::RBrace && depth > 0) {
      t = &lexer.rescan_template_continuation();
      if (t->kind == TokenKind::TemplateTail) --depth;
    }
    if (lexer.failed()) return out + " " + error_text(lexer);
    if (t->kind == TokenKind::Eof) return out;
    if (t->kind == TokenKind::TemplateHead) ++depth;
    if (!out.empty()) out += ' ';
    out += std::string(token_kind_name(t->kind)) + "[" + std::to_string(t->start) + "," +
           std::to_string(t->end) + "]";
    if (is_template_part(t->kind)) {
      out += (t->flags & kInvalidEscape) ? "=null" : "=" + std::string(lexer.value());
    }
  }
}

TEST(TemplateLexTest, NoSubstitution) {
  expect_whole("``", "");
  expect_whole("`abc`", "abc");
  expect_whole("`a$b`", "a$b");
  expect_whole("`a$`", "a$");
  expect_whole("`$$`", "$$");
  expect_whole("`a{b}`", "a{b}");
  expect_whole("`'\"`", "'\"");
  expect_whole("`caf\xC3\xA9`", "caf\xC3\xA9");
  expect_whole(std::string_view("`a\0b`", 5), std::string_view("a\0b", 3));
}

TEST(TemplateLexTest, HeadIncludesTheDollarBrace) {
  expect_part("`a${b}`", TokenKind::TemplateHead, 4, "a");
  expect_part("`${b}`", TokenKind::TemplateHead, 3, "");
  expect_part("`$${b}`", TokenKind::TemplateHead, 4, "$");
  expect_part("`a\\n${b}`", TokenKind::TemplateHead, 6, "a\n", kHasEscape);
}

TEST(TemplateLexTest, MiddleAndTail) {
  EXPECT_EQ(parts("`a${b}c${d}e`"),
            "TemplateHead[0,4]=a Identifier[4,5] TemplateMiddle[5,9]=c Identifier[9,10] "
            "TemplateTail[10,13]=e");
  EXPECT_EQ(parts("`${1}`"), "TemplateHead[0,3]= Number[3,4] TemplateTail[4,6]=");
  EXPECT_EQ(parts("`${`${x}`}`;"),
            "TemplateHead[0,3]= TemplateHead[3,6]= Identifier[6,7] TemplateTail[7,9]= "
            "TemplateTail[9,11]= Semicolon[11,12]");
  EXPECT_EQ(parts("`a${b}\\x41\r\n${c}`"),
            "TemplateHead[0,4]=a Identifier[4,5] TemplateMiddle[5,14]=A\n Identifier[14,15] "
            "TemplateTail[15,17]=");
  EXPECT_EQ(parts("x`\\xg${1}\\u{110000}`"),
            "Identifier[0,1] TemplateHead[1,7]=null Number[7,8] TemplateTail[8,20]=null");
  EXPECT_EQ(parts("`${a}ok${b}\\8`"),
            "TemplateHead[0,3]= Identifier[3,4] TemplateMiddle[4,9]=ok Identifier[9,10] "
            "TemplateTail[10,14]=null");
}

TEST(TemplateLexTest, LineTerminatorsAndTheirCookedValue) {
  expect_whole("`a\nb`", "a\nb");
  expect_whole("`a\u2028b\u2029`", "a\u2028b\u2029");
  expect_cooked("`a\r\nb\rc`", "a\nb\nc");
  expect_cooked("`\r`", "\n");
  expect_cooked("`\r\r\n\n`", "\n\n\n");
  expect_cooked("`a\\\nb`", "ab");
  expect_cooked("`a\\\r\nb`", "ab");
  expect_cooked("`a\\\rb`", "ab");
  expect_cooked("`a\\\u2028b`", "ab");
}

TEST(TemplateLexTest, Escapes) {
  expect_cooked(R"(`\b\f\n\r\t\v`)", "\b\f\n\r\t\v");
  expect_cooked(R"(`\x41\u0042\u{43}`)", "ABC");
  expect_cooked(R"(`\u{1F600}`)", "\xF0\x9F\x98\x80");
  expect_cooked(R"(`\uD83D\uDE00`)", "\xF0\x9F\x98\x80");
  expect_cooked(R"(`\uD83D`)", "\xED\xA0\xBD");
  expect_cooked(R"(`\0`)", std::string_view("\0", 1));
  expect_cooked(R"(`\0a`)", std::string_view("\0a", 2));
  expect_cooked(R"(`\``)", "`");
  expect_cooked(R"(`\${`)", "${");
  expect_cooked(R"(`$\{`)", "${");
  expect_cooked(R"(`\\`)", "\\");
  expect_cooked(R"(`\a\'`)", "a'");
}

TEST(TemplateLexTest, InvalidEscapesMarkThePart) {
  expect_invalid(R"(`\01`)", 1);
  expect_invalid(R"(`\00`)", 1);
  expect_invalid(R"(`\08`)", 1);
  expect_invalid(R"(`\1`)", 1);
  expect_invalid(R"(`\7`)", 1);
  expect_invalid(R"(`\8`)", 1);
  expect_invalid(R"(`\9`)", 1);
  expect_invalid(R"(`\xg`)", 1);
  expect_invalid(R"(`\x4`)", 1);
  expect_invalid(R"(`\u12`)", 1);
  expect_invalid(R"(`\u{}`)", 1);
  expect_invalid(R"(`\u{`)", 1);
  expect_invalid(R"(`\u{110000}`)", 1);
  expect_invalid(R"(`\u{FFFFFFFFFF}`)", 1);
  expect_invalid(R"(`ab\xg\u{`)", 3);  // the first one is recorded
  expect_invalid(R"(`\n\1\xg`)", 3);
  expect_invalid(R"(`\x`)", 1);
  expect_invalid(R"(`\x\``)", 1);
  expect_part(R"(`\xg${`)", TokenKind::TemplateHead, 6, "", kInvalidEscape);
}

TEST(TemplateLexTest, Unterminated) {
  expect_error("`abc", "Unterminated template", 1);
  expect_error("x = `abc", "Unterminated template", 5);
  expect_error("`a\r\nb", "Unterminated template", 1);
  // Nothing after the delimiter: acorn's parser reports it, with another message.
  expect_error("`", "Unterminated template literal", 1);
  expect_error("x = `", "Unterminated template literal", 5);
  expect_error("`a$", "Unterminated template", 1);
  expect_error("`a\\", "Unterminated template", 1);
  expect_error("`\\xg", "Unterminated template", 1);
  EXPECT_EQ(parts("`a${b}c"), "TemplateHead[0,4]=a Identifier[4,5] error@6: Unterminated template");
  EXPECT_EQ(parts("`a${b} "), "TemplateHead[0,4]=a Identifier[4,5] error@6: Unterminated template");
  EXPECT_EQ(parts("`a${b}"),
            "TemplateHead[0,4]=a Identifier[4,5] error@6: Unterminated template literal");
}

}  // namespace
}  // namespace essa
