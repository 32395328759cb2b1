// lexer/unicode_escape.h: the one reader of `\u` escapes (lexer, token writer, regexp names).
#include "unicode_escape.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace {

namespace ue = essa::unicode_escape;

// The value read from `body` (the text after `\u`, NUL-terminated like the lexer's buffer),
// and the length read, as "value/length".
std::string read(const char* body) {
  uint32_t length = 99;
  const uint32_t value = ue::read(body, length);
  const std::string v = value == ue::kBad          ? "bad"
                        : value == ue::kOutOfRange ? "range"
                                                   : std::to_string(value);
  return v + "/" + std::to_string(length);
}

std::string decode(std::string_view name) {
  std::string out = "junk";
  ue::decode_name(name, out);
  return out;
}

TEST(UnicodeEscapeTest, FourDigits) { EXPECT_EQ(read("0041"), "65/4"); }
TEST(UnicodeEscapeTest, FourDigitsStopAtFour) { EXPECT_EQ(read("00412"), "65/4"); }
TEST(UnicodeEscapeTest, FourDigitsMixedCase) { EXPECT_EQ(read("aBcD"), "43981/4"); }
TEST(UnicodeEscapeTest, FourDigitsShortIsBadAtStart) { EXPECT_EQ(read("004"), "bad/0"); }
TEST(UnicodeEscapeTest, FourDigitsNonHexIsBadAtStart) { EXPECT_EQ(read("00g1"), "bad/0"); }
TEST(UnicodeEscapeTest, Braced) { EXPECT_EQ(read("{41}"), "65/4"); }
TEST(UnicodeEscapeTest, BracedLeadingZeros) { EXPECT_EQ(read("{0000000000041}x"), "65/15"); }
TEST(UnicodeEscapeTest, BracedMax) { EXPECT_EQ(read("{10FFFF}"), "1114111/8"); }
TEST(UnicodeEscapeTest, BracedAboveMaxIsOutOfRange) { EXPECT_EQ(read("{110000}"), "range/1"); }
TEST(UnicodeEscapeTest, BracedHugeIsOutOfRange) { EXPECT_EQ(read("{FFFFFFFFFFFF}"), "range/1"); }
TEST(UnicodeEscapeTest, BracedEmptyIsBadAfterBrace) { EXPECT_EQ(read("{}"), "bad/1"); }
TEST(UnicodeEscapeTest, BracedUnclosedIsBadAfterBrace) { EXPECT_EQ(read("{41"), "bad/1"); }
TEST(UnicodeEscapeTest, BracedNonHexIsBadAfterBrace) { EXPECT_EQ(read("{4g}"), "bad/1"); }
TEST(UnicodeEscapeTest, BracedUnclosedAndTooBigIsBad) { EXPECT_EQ(read("{110000"), "bad/1"); }

TEST(UnicodeEscapeTest, DecodePlainName) { EXPECT_EQ(decode("abc"), "abc"); }
TEST(UnicodeEscapeTest, DecodeEmptyName) { EXPECT_EQ(decode(""), ""); }
TEST(UnicodeEscapeTest, DecodeFourDigits) { EXPECT_EQ(decode("\\u0061b\\u0063"), "abc"); }
TEST(UnicodeEscapeTest, DecodeBraced) { EXPECT_EQ(decode("\\u{1d49c}x"), "\xF0\x9D\x92\x9Cx"); }
TEST(UnicodeEscapeTest, DecodeKeepsUtf8) { EXPECT_EQ(decode("\xC3\xA9\\u00e9"), "\xC3\xA9\xC3\xA9"); }
TEST(UnicodeEscapeTest, DecodeJoinsSurrogatePair) {
  EXPECT_EQ(decode("\\uD835\\uDC9C"), "\xF0\x9D\x92\x9C");
}
TEST(UnicodeEscapeTest, DecodeLoneHighSurrogateIsWtf8) {
  EXPECT_EQ(decode("\\uD835x"), "\xED\xA0\xB5x");
}
TEST(UnicodeEscapeTest, DecodeHighThenBracedLowStaysApart) {
  EXPECT_EQ(decode("\\uD835\\u{DC9C}"), "\xED\xA0\xB5\xED\xB2\x9C");
}

// Each code point with the offset after it, as "cp@offset".
std::string walk(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size();) {
    const uint32_t cp = ue::next_name_code_point(name, i);
    out += std::to_string(cp) + "@" + std::to_string(i) + " ";
  }
  return out;
}

TEST(UnicodeEscapeTest, NextCodePointAdvances) {
  EXPECT_EQ(walk("a\\u0062\\u{63}\\uD835\\uDC9C"), "97@1 98@7 99@13 119964@25 ");
}

}  // namespace
