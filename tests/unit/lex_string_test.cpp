// String literals and escapes: cooked values in WTF-8, legacy octal escapes, line
// continuations, surrogates, and acorn's error messages and positions.
#include <gtest/gtest.h>

#include <string>

#include "lex_test_util.h"
#include "lexer.h"

namespace essa {
namespace {

using test::describe;
using test::expect_error;
using test::Lexed;
using token_flag::kHasEscape;
using token_flag::kLegacyOctal;

// Bytes as hex, so that failures show NULs and WTF-8 sequences.
std::string hex(std::string_view s) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (char c : s) {
    const auto u = static_cast<uint8_t>(c);
    if (u >= 0x20 && u < 0x7F && c != '\\') {
      out += c;
    } else {
      out += "\\x";
      out += kDigits[u >> 4];
      out += kDigits[u & 15];
    }
  }
  return out;
}

// One String token covering the whole input with this cooked value and these flags.
void expect_string(std::string_view src, std::string_view cooked, uint8_t flags = kHasEscape) {
  Lexed x(src);
  const Token& t = x.lexer.current();
  ASSERT_FALSE(x.lexer.failed()) << src << ": " << describe(x.lexer);
  EXPECT_EQ(t.kind, TokenKind::String) << src;
  EXPECT_EQ(t.start, 0u) << src;
  EXPECT_EQ(t.end, src.size()) << src;
  EXPECT_EQ(t.flags, flags) << src;
  EXPECT_EQ(hex(x.lexer.value()), hex(cooked)) << src;
  if (!(flags & kHasEscape)) {  // no escape: a view into the source
    EXPECT_EQ(x.lexer.value().data(), x.lexer.data() + 1) << src;
  }
}
void expect_plain(std::string_view src, std::string_view cooked) { expect_string(src, cooked, 0); }
// A string with a legacy octal or \8 \9 escape, the first at `escape_offset`.
void expect_legacy(std::string_view src, std::string_view cooked, uint32_t escape_offset) {
  expect_string(src, cooked, kHasEscape | kLegacyOctal);
  Lexed x(src);
  EXPECT_EQ(x.lexer.escape_offset(), escape_offset) << src;
}

TEST(StringLexTest, WithoutEscapesTheValueIsTheSource) {
  expect_plain("'abc'", "abc");
  expect_plain("\"abc\"", "abc");
  expect_plain("''", "");
  expect_plain("\"it's\"", "it's");
  expect_plain("'say \"hi\"'", "say \"hi\"");
  expect_plain("'caf\xC3\xA9 \xF0\x9F\x98\x80'", "caf\xC3\xA9 \xF0\x9F\x98\x80");
  expect_plain(std::string_view("'a\0b'", 5), std::string_view("a\0b", 3));  // NUL in source
  // U+2028 and U+2029 are allowed in strings since ES2019.
  expect_plain("'a\u2028b\u2029'", "a\u2028b\u2029");
}

TEST(StringLexTest, SingleCharacterEscapes) {
  expect_string(R"('\b\f\n\r\t\v')", "\b\f\n\r\t\v");
  expect_string(R"('a\nb')", "a\nb");
  expect_string(R"('\'')", "'");
  expect_string(R"("\"")", "\"");
  expect_string(R"('\\')", "\\");
  expect_string(R"('\0')", std::string_view("\0", 1));
  expect_string(R"('\0a')", std::string_view("\0a", 2));
}

TEST(StringLexTest, IdentityEscapes) {
  expect_string(R"('\a\c\d\q\z\$\{')", "acdqz${");
  expect_string("'\\\xC3\xA9'", "\xC3\xA9");                  // \é
  expect_string("'\\\xF0\x9F\x98\x80'", "\xF0\x9F\x98\x80");  // \😀
  expect_string(std::string_view("'\\\0'", 4), std::string_view("\0", 1));
}

TEST(StringLexTest, HexAndUnicodeEscapes) {
  expect_string(R"('a\x41b')", "aAb");
  expect_string(R"('\xff\xFF')", "\xC3\xBF\xC3\xBF");
  expect_string(R"('\x00')", std::string_view("\0", 1));
  expect_string(R"('\u0041\u00e9')", "A\xC3\xA9");
  expect_string(R"('\u20AC')", "\xE2\x82\xAC");
  expect_string(R"('\u{41}')", "A");
  expect_string(R"('\u{0000000041}')", "A");
  expect_string(R"('\u{1F600}')", "\xF0\x9F\x98\x80");
  expect_string(R"('\u{10FFFF}')", "\xF4\x8F\xBF\xBF");
  expect_string(R"('\u{0}')", std::string_view("\0", 1));
}

TEST(StringLexTest, Surrogates) {
  // A high then a low surrogate escape make one code point.
  expect_string(R"('\uD83D\uDE00')", "\xF0\x9F\x98\x80");
  expect_string(R"('\u{D83D}\u{DE00}')", "\xF0\x9F\x98\x80");
  expect_string(R"('\uD83D\u{DE00}!')", "\xF0\x9F\x98\x80!");
  expect_string("'\\uD83D\\\n\\uDE00'", "\xF0\x9F\x98\x80");  // adjacent once cooked
  // Lone surrogates stay as 3-byte WTF-8.
  expect_string(R"('\uD83D')", "\xED\xA0\xBD");
  expect_string(R"('\uDE00')", "\xED\xB8\x80");
  expect_string(R"('\uDE00\uD83D')", "\xED\xB8\x80\xED\xA0\xBD");
  expect_string(R"('\uD83Dx\uDE00')", "\xED\xA0\xBDx\xED\xB8\x80");
  expect_string(R"('\uD800\uD800')", "\xED\xA0\x80\xED\xA0\x80");
  expect_string(R"('\uDBFF\uDFFF')", "\xF4\x8F\xBF\xBF");
  expect_string(R"('\uD800\uDC00\uDC00')", "\xF0\x90\x80\x80\xED\xB0\x80");
}

TEST(StringLexTest, LineContinuations) {
  expect_string("'a\\\nb'", "ab");
  expect_string("'a\\\r\nb'", "ab");
  expect_string("'a\\\rb'", "ab");
  expect_string("'a\\\u2028b'", "ab");
  expect_string("'a\\\u2029b'", "ab");
  expect_string("'\\\n'", "");
  expect_string("'\\\r\n\\\n'", "");
}

TEST(StringLexTest, LegacyOctalEscapes) {
  expect_legacy(R"('\1')", "\x01", 1);
  expect_legacy(R"('\7')", "\x07", 1);
  expect_legacy(R"('\00')", std::string_view("\0", 1), 1);
  expect_legacy(R"('\012')", "\n", 1);
  expect_legacy(R"('\101')", "A", 1);
  expect_legacy(R"('\377')", "\xC3\xBF", 1);
  expect_legacy(R"('\400')", " 0", 1);  // 3 digits only while <= 255
  expect_legacy(R"('\777')", "?7", 1);
  expect_legacy(R"('\0000')", std::string_view("\0000", 2), 1);
  expect_legacy(R"('\08')", std::string_view("\08", 2), 1);  // \0 before 8 or 9
  expect_legacy(R"('\09')", std::string_view("\09", 2), 1);
  expect_legacy(R"('\8')", "8", 1);  // NonOctalDecimalEscapeSequence
  expect_legacy(R"('\9')", "9", 1);
  expect_legacy(R"('ab\07')", "ab\x07", 3);
  expect_legacy(R"('\n\8\1')", "\n8\x01", 3);  // the first one is recorded
  expect_legacy(R"('\0\1')", std::string_view("\0\x01", 2), 3);
  expect_string(R"('\0a\0')", std::string_view("\0a\0", 3));  // \0 alone is not legacy
}

TEST(StringLexTest, BadEscapes) {
  expect_error(R"('\xg')", "Bad character escape sequence", 3);
  expect_error(R"('\x4')", "Bad character escape sequence", 3);
  expect_error(R"('\x')", "Bad character escape sequence", 3);
  expect_error(R"(x = '\x4g')", "Bad character escape sequence", 7);
  expect_error(R"('\u12')", "Bad character escape sequence", 3);
  expect_error(R"('\u')", "Bad character escape sequence", 3);
  expect_error(R"('\u{}')", "Bad character escape sequence", 4);
  expect_error(R"('\u{12 }')", "Bad character escape sequence", 4);
  expect_error(R"('\u{1_0}')", "Bad character escape sequence", 4);
  expect_error(R"('\u{41')", "Bad character escape sequence", 4);
  expect_error(R"('\u{g}')", "Bad character escape sequence", 4);
  expect_error(R"('\u{110000}')", "Code point out of bounds", 4);
  expect_error(R"('\u{FFFFFFFFFFFFFFFFFFFF}')", "Code point out of bounds", 4);
  expect_error(R"('\u{0110000}')", "Code point out of bounds", 4);
}

TEST(StringLexTest, Unterminated) {
  expect_error("'abc", "Unterminated string constant", 0);
  expect_error("\"abc'", "Unterminated string constant", 0);
  expect_error("x = 'a\nb'", "Unterminated string constant", 4);
  expect_error("'a\rb'", "Unterminated string constant", 0);
  expect_error("'a\\n\nb'", "Unterminated string constant", 0);
  expect_error("'abc\\", "Unterminated string constant", 0);
  expect_error("'", "Unterminated string constant", 0);
  expect_error("'\\u0041", "Unterminated string constant", 0);
}

TEST(StringLexTest, TokenSequence) {
  SourceText source = SourceText::from_bytes("f('a\\x62', \"c\")\n'\\7'");
  ErrorSlot errors;
  Lexer lexer(source, false, errors);
  lexer.next();
  lexer.next();
  const Token& a = lexer.next();
  EXPECT_EQ(a.kind, TokenKind::String);
  EXPECT_EQ(a.start, 2u);
  EXPECT_EQ(a.end, 9u);
  EXPECT_EQ(a.flags, kHasEscape);
  EXPECT_EQ(lexer.value(), "ab");
  lexer.next();
  const Token& b = lexer.next();
  EXPECT_EQ(b.start, 11u);
  EXPECT_EQ(b.end, 14u);
  EXPECT_EQ(b.flags, 0);
  EXPECT_EQ(lexer.value(), "c");
  lexer.next();
  const Token& c = lexer.next();
  EXPECT_EQ(c.flags, token_flag::kNewlineBefore | kHasEscape | kLegacyOctal);
  EXPECT_EQ(lexer.escape_offset(), 17u);
  EXPECT_EQ(lexer.value(), "\x07");
  EXPECT_EQ(lexer.next().kind, TokenKind::Eof);
  EXPECT_FALSE(lexer.failed());
}

}  // namespace
}  // namespace essa
