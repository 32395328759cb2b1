// Numeric literals: values (bit-exact, hard cases from node), legacy octal, separators,
// BigInt and acorn's error messages and positions.
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <string>

#include "lex_test_util.h"
#include "lexer.h"

namespace essa {
namespace {

using test::describe;
using test::expect_error;
using test::Lexed;
using token_flag::kLegacyOctal;

// One Number token covering the whole input, with exactly these value bits and flags.
void expect_bits(std::string_view src, uint64_t bits, uint8_t flags = 0) {
  Lexed x(src);
  const Token& t = x.lexer.current();
  ASSERT_FALSE(x.lexer.failed()) << src << ": " << describe(x.lexer);
  EXPECT_EQ(t.kind, TokenKind::Number) << src;
  EXPECT_EQ(t.start, 0u) << src;
  EXPECT_EQ(t.end, src.size()) << src;
  EXPECT_EQ(t.flags, flags) << src;
  EXPECT_EQ(std::bit_cast<uint64_t>(x.lexer.number_value()), bits)
      << src << " gave " << x.lexer.number_value();
}
void expect_number(std::string_view src, double value) {
  expect_bits(src, std::bit_cast<uint64_t>(value));
}
void expect_legacy(std::string_view src, double value) {
  expect_bits(src, std::bit_cast<uint64_t>(value), kLegacyOctal);
}
void expect_bigint(std::string_view src) {
  Lexed x(src);
  const Token& t = x.lexer.current();
  ASSERT_FALSE(x.lexer.failed()) << src << ": " << describe(x.lexer);
  EXPECT_EQ(t.kind, TokenKind::BigInt) << src;
  EXPECT_EQ(t.end, src.size()) << src;
  EXPECT_EQ(t.flags, 0) << src;
}
// The first token is a Number of `len` bytes (something else follows).
void expect_prefix(std::string_view src, uint32_t len, double value) {
  Lexed x(src);
  const Token& t = x.lexer.current();
  ASSERT_FALSE(x.lexer.failed()) << src << ": " << describe(x.lexer);
  EXPECT_EQ(t.kind, TokenKind::Number) << src;
  EXPECT_EQ(t.end, len) << src;
  EXPECT_EQ(x.lexer.number_value(), value) << src;
}

TEST(NumberLexTest, DecimalIntegers) {
  expect_number("0", 0);
  expect_number("7", 7);
  expect_number("42", 42);
  expect_number("123456789012345", 123456789012345.0);
  expect_number("1234567890123456", 1234567890123456.0);
  expect_number("9007199254740991", 9007199254740991.0);
}

TEST(NumberLexTest, FractionsAndExponents) {
  expect_number("1.", 1);
  expect_number(".5", 0.5);
  expect_number("1.5", 1.5);
  expect_number("0.0", 0);
  expect_number("0.", 0);
  expect_number("5.e3", 5000);
  expect_number("1e10", 1e10);
  expect_number("1E+3", 1000);
  expect_number("1e-3", 0.001);
  expect_number("0e1", 0);
  expect_number(".5e-1", 0.05);
  expect_number("1e0001", 10);
}

TEST(NumberLexTest, HardDecimalsAreCorrectlyRounded) {
  // Bits taken from node.
  expect_bits("9007199254740993", 0x4340000000000000);
  expect_bits("9007199254740995", 0x4340000000000002);
  expect_bits("9007199254740992.5", 0x4340000000000000);
  expect_bits("1e23", 0x44b52d02c7e14af6);
  expect_bits("0.1", 0x3fb999999999999a);
  expect_bits("0.30000000000000004", 0x3fd3333333333334);
  expect_bits("0.000001", 0x3eb0c6f7a0b5ed8d);
  expect_bits("123456789012345678901234567890", 0x45f8ee90ff6c373e);
  expect_bits("2.2250738585072011e-308", 0x000fffffffffffff);
  expect_bits("2.2250738585072012e-308", 0x0010000000000000);
  expect_bits("4.9e-324", 0x0000000000000001);
  expect_bits("2.4703282292062328e-324", 0x0000000000000001);
  expect_bits("2.4703282292062327e-324", 0);
  expect_bits("0." + std::string(323, '0') + "24703282292062328", 0x0000000000000001);
  expect_bits("1.7976931348623157e308", 0x7fefffffffffffff);
  expect_bits("1.7976931348623158e308", 0x7fefffffffffffff);
}

TEST(NumberLexTest, OverflowIsInfinityAndUnderflowIsZero) {
  expect_bits("1.7976931348623159e308", 0x7ff0000000000000);
  expect_bits("1e400", 0x7ff0000000000000);
  expect_bits("1" + std::string(400, '0'), 0x7ff0000000000000);
  expect_bits("0.0001e309", 0x7f423a516e82d9ba);  // 1e305: the exponent alone would overflow
  expect_bits("1e-400", 0);
  expect_bits("0." + std::string(400, '0') + "1", 0);
  expect_bits("0e99999", 0);
  expect_bits("1_0e-4_00", 0);
  expect_bits("1_0e4_00", 0x7ff0000000000000);
}

TEST(NumberLexTest, RadixLiterals) {
  expect_number("0x1F", 31);
  expect_number("0X1f", 31);
  expect_number("0xabcdef", 0xabcdef);
  expect_number("0o17", 15);
  expect_number("0O17", 15);
  expect_number("0b101", 5);
  expect_number("0B101", 5);
  expect_number("0x0", 0);
  expect_number("0x1fffffffffffff", 9007199254740991.0);
}

TEST(NumberLexTest, RadixLiteralsBeyond2To53AreCorrectlyRounded) {
  // Bits taken from node (acorn's own digit loop rounds at every step and differs on some).
  expect_bits("0x20000000000001", 0x4340000000000000);
  expect_bits("0x20000000000003", 0x4340000000000002);
  expect_bits("0x3fffffffffffff", 0x4350000000000000);
  expect_bits("0x200000000000011", 0x4380000000000001);
  expect_bits("0x100000000000000000000001", 0x45b0000000000000);
  expect_bits("0x100000000000080000000001", 0x45b0000000000008);
  expect_bits("0x10000000000008000000000", 0x4570000000000008);
  expect_bits("0x100000000000180", 0x4370000000000018);
  expect_bits("0xfffffffffffff800", 0x43efffffffffffff);
  expect_bits("0xfffffffffffffc00", 0x43f0000000000000);
  expect_bits("0b1" + std::string(52, '0') + "11", 0x4350000000000001);
  expect_bits("0o1000000000000000001", 0x4350000000000000);
  expect_bits("0o1000000000000000005", 0x4350000000000001);
  expect_bits("01000000000000000000021", 0x43e0000000000000, kLegacyOctal);
  expect_bits("0xfffffffffffff8" + std::string(242, '0'), 0x7fefffffffffffff);
  expect_bits("0xfffffffffffffb" + std::string(242, 'f'), 0x7fefffffffffffff);
  expect_bits("0xfffffffffffffc" + std::string(242, '0'), 0x7ff0000000000000);
  expect_bits("0x" + std::string(256, 'f'), 0x7ff0000000000000);
  expect_bits("0x" + std::string(255, 'f'), 0x7fb0000000000000);
  expect_bits("0x" + std::string(100000, 'f'), 0x7ff0000000000000);
}

TEST(NumberLexTest, LegacyOctalAndNonOctalDecimal) {
  expect_legacy("017", 15);
  expect_legacy("00", 0);
  expect_legacy("0000", 0);
  expect_legacy("07", 7);
  expect_legacy("019", 19);
  expect_legacy("08", 8);
  expect_legacy("09", 9);
  expect_legacy("0178", 178);  // an 8 anywhere makes it decimal
  expect_legacy("000009", 9);
  expect_legacy("08.5", 8.5);
  expect_legacy("09e1", 90);
  expect_legacy("019.5", 19.5);
  // A legacy octal literal takes no fraction or exponent.
  expect_prefix("07.5", 2, 7);
  expect_prefix("00.5", 2, 0);
  expect_prefix("017.5", 3, 15);
  expect_number("0.5", 0.5);  // a lone 0 is not legacy
}

TEST(NumberLexTest, NumericSeparators) {
  expect_number("1_000", 1000);
  expect_number("1_0_0", 100);
  expect_number("1_000.5e-1_0", 1.0005e-7);
  expect_bits("1_000.5e-1_0", 0x3e7adb6236b7ea40);
  expect_number("5_5.5_5e5_5", 5.555e56);
  expect_number("1.0_1", 1.01);
  expect_number("0.0_1", 0.01);
  expect_number("1e1_0", 1e10);
  expect_number("0x1_F", 31);
  expect_number("0B1_0", 2);
  expect_number("0o7_7", 63);
  expect_number("1_2_3.4_5e+1_0", 1234500000000.0);
  expect_bits(std::string(70, '1') + "_1", 0x4e79c224eebd880a);  // past the stack buffer
}

TEST(NumberLexTest, SeparatorErrors) {
  expect_error("1__0", "Numeric separator must be exactly one underscore", 2);
  expect_error("1_1__1", "Numeric separator must be exactly one underscore", 4);
  expect_error("1__", "Numeric separator must be exactly one underscore", 2);
  expect_error("0x1__0", "Numeric separator must be exactly one underscore", 4);
  expect_error("1_", "Numeric separator is not allowed at the last of digits", 1);
  expect_error("1_.5", "Numeric separator is not allowed at the last of digits", 1);
  expect_error("1_e1", "Numeric separator is not allowed at the last of digits", 1);
  expect_error("1_n", "Numeric separator is not allowed at the last of digits", 1);
  expect_error("0.1_", "Numeric separator is not allowed at the last of digits", 3);
  expect_error("1e1_", "Numeric separator is not allowed at the last of digits", 3);
  expect_error("1.5_e1", "Numeric separator is not allowed at the last of digits", 3);
  expect_error("0b1_", "Numeric separator is not allowed at the last of digits", 3);
  expect_error("1._5", "Numeric separator is not allowed at the first of digits", 2);
  expect_error("1e_1", "Numeric separator is not allowed at the first of digits", 2);
  expect_error("1e+_1", "Numeric separator is not allowed at the first of digits", 3);
  expect_error("0x_1", "Numeric separator is not allowed at the first of digits", 2);
  expect_error("0_1", "Numeric separator is not allowed in legacy octal numeric literals", 1);
  expect_error("0_0", "Numeric separator is not allowed in legacy octal numeric literals", 1);
  expect_error("0_8", "Numeric separator is not allowed in legacy octal numeric literals", 1);
  expect_error("08_1", "Numeric separator is not allowed in legacy octal numeric literals", 2);
  expect_error("09_1", "Numeric separator is not allowed in legacy octal numeric literals", 2);
}

TEST(NumberLexTest, BigInt) {
  expect_bigint("0n");
  expect_bigint("1n");
  expect_bigint("1_0n");
  expect_bigint("123456789012345678901234567890n");
  expect_bigint("0x1n");
  expect_bigint("0XFFn");
  expect_bigint("0o7n");
  expect_bigint("0b1n");
}

TEST(NumberLexTest, BigIntOnlyOnIntegers) {
  expect_error("1.5n", "Identifier directly after number", 3);
  expect_error("1.n", "Identifier directly after number", 2);
  expect_error(".5n", "Identifier directly after number", 2);
  expect_error("1e3n", "Identifier directly after number", 3);
  expect_error("017n", "Identifier directly after number", 3);
  expect_error("08n", "Identifier directly after number", 2);
  expect_error("00n", "Identifier directly after number", 2);
}

TEST(NumberLexTest, IdentifierDirectlyAfterNumber) {
  expect_error("3in", "Identifier directly after number", 1);
  expect_error("0a", "Identifier directly after number", 1);
  expect_error("0.a", "Identifier directly after number", 2);
  expect_error("08a", "Identifier directly after number", 2);
  expect_error("07e1", "Identifier directly after number", 2);
  expect_error("0x1g", "Identifier directly after number", 3);
  expect_error("0b1a", "Identifier directly after number", 3);
  expect_error("1n_", "Identifier directly after number", 2);
  expect_error("1$", "Identifier directly after number", 1);
  expect_error("5\u1E9E", "Identifier directly after number", 1);
  expect_error("5\U0001D400", "Identifier directly after number", 1);
  // acorn checks code points only: digits, escapes and what follows `0x1n` become the next
  // token, and the parser reports "Unexpected token" there.
  expect_prefix("0b12", 3, 1);
  expect_prefix("0o18", 3, 1);
  expect_prefix("1\\u0061", 1, 1);
  expect_prefix("1 _", 1, 1);
  expect_prefix("1..toString", 2, 1);
  expect_prefix("5\xE2\x80\xA8", 1, 5);  // U+2028 ends the literal
}

TEST(NumberLexTest, MissingDigits) {
  expect_error("1e", "Invalid number", 0);
  expect_error("1e+", "Invalid number", 0);
  expect_error("1.e", "Invalid number", 0);
  expect_error("08e", "Invalid number", 0);
  expect_error(".5e", "Invalid number", 0);
  expect_error("x = 1e-;", "Invalid number", 4);
  expect_error("0x", "Expected number in radix 16", 2);
  expect_error("0X", "Expected number in radix 16", 2);
  expect_error("0xg", "Expected number in radix 16", 2);
  expect_error("0o", "Expected number in radix 8", 2);
  expect_error("0o8", "Expected number in radix 8", 2);
  expect_error("0b", "Expected number in radix 2", 2);
  expect_error("0B2", "Expected number in radix 2", 2);
  expect_error("a 0b", "Expected number in radix 2", 4);
}

TEST(NumberLexTest, TokenSequence) {
  SourceText source = SourceText::from_bytes("x = 017 + .5e1\n08;1_0n");
  ErrorSlot errors;
  Lexer lexer(source, false, errors);
  lexer.next();
  lexer.next();
  const Token& a = lexer.next();
  EXPECT_EQ(a.kind, TokenKind::Number);
  EXPECT_EQ(a.start, 4u);
  EXPECT_EQ(a.end, 7u);
  EXPECT_EQ(a.flags, kLegacyOctal);
  EXPECT_EQ(lexer.number_value(), 15);
  lexer.next();
  const Token& b = lexer.next();
  EXPECT_EQ(b.start, 10u);
  EXPECT_EQ(b.end, 14u);
  EXPECT_EQ(b.flags, 0);
  EXPECT_EQ(lexer.number_value(), 5);
  const Token& c = lexer.next();
  EXPECT_EQ(c.flags, token_flag::kNewlineBefore | kLegacyOctal);
  EXPECT_EQ(lexer.number_value(), 8);
  lexer.next();
  const Token& d = lexer.next();
  EXPECT_EQ(d.kind, TokenKind::BigInt);
  EXPECT_EQ(lexer.text(d), "1_0n");
  EXPECT_EQ(lexer.next().kind, TokenKind::Eof);
  EXPECT_FALSE(lexer.failed());
}

}  // namespace
}  // namespace essa
