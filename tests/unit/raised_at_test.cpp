// SyntaxError::raised_at, acorn's raisedAt: where acorn's tokenizer stands when it raises the
// error. Each expectation is acorn 8.19's "pos raisedAt: message" for the same input (acorn-jsx
// for jsx()); tests/oracle/compare-errors.mjs measures the same over test262.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "essa/parse.h"
#include "essa/tokens.h"

namespace essa {
namespace {

std::string located(std::string_view src, const ParseOptions& options) {
  const ParseResult result = parse(src, options);
  if (result.ok()) return "ok";
  const SyntaxError& e = *result.error();
  return std::to_string(e.offset) + " " + std::to_string(e.raised_at) + ": " + e.message;
}
std::string script(std::string_view src) { return located(src, {}); }
std::string module(std::string_view src) { return located(src, {.module = true}); }
std::string jsx(std::string_view src) { return located(src, {.jsx = true}); }

// The parser: acorn has read the current token, and stands at its end.
TEST(RaisedAtTest, ParserErrorsStandAfterTheCurrentToken) {
  EXPECT_EQ(script("a +;"), "3 4: Unexpected token");
  EXPECT_EQ(script("let [a, a] = 1;"), "8 12: Identifier 'a' has already been declared");
  EXPECT_EQ(script("class A { #x; #x }"), "14 18: Identifier '#x' has already been declared");
  EXPECT_EQ(script("a => { 'use strict'; }; (a, a) => 1"), "28 35: Argument name clash");
  EXPECT_EQ(module("export {x}"), "8 10: Export 'x' is not defined");
  EXPECT_EQ(module("export default 1; export default class {}"),
            "25 38: Duplicate export 'default'");  // checked once `default` is read
  EXPECT_EQ(script("/(/"), "1 3: Invalid regular expression: /(/: Unterminated group");
  EXPECT_EQ(jsx("<a>"), "3 3: Unexpected token");
}

// acorn checks a function's parameters (and its name in strict code) at the `{` of its body.
TEST(RaisedAtTest, ParametersAreCheckedAtTheBodysBrace) {
  EXPECT_EQ(script("(x = 0, x) => {\n}"), "8 15: Argument name clash");
  EXPECT_EQ(script("function f(a, a) { 'use strict'; }"), "14 18: Argument name clash");
  EXPECT_EQ(script("function f([a]) { 'use strict' }"),
            "0 17: Illegal 'use strict' directive in function with non-simple parameter list");
  EXPECT_EQ(script("'use strict'; function eval() { }"), "23 28: Binding eval in strict mode");
}

// Legacy octal in strict code: acorn's tokenizer knows strictness and stops after the escape
// or the digits.
TEST(RaisedAtTest, LegacyOctalStopsAfterTheEscapeOrDigits) {
  EXPECT_EQ(script("'\\07'; 'use strict';"), "1 4: Octal literal in strict mode");
  EXPECT_EQ(script("function f() { '\\8'; 'use strict'; }"), "17 18: Invalid escape sequence");
  EXPECT_EQ(script("'use strict'; '\\377a'"), "15 19: Octal literal in strict mode");
  EXPECT_EQ(script("'use strict'; '\\400'"), "15 18: Octal literal in strict mode");
  EXPECT_EQ(script("'use strict'; 08.5"), "14 16: Invalid number");
  EXPECT_EQ(module("'\\07'"), "1 4: Octal literal in strict mode");
}

TEST(RaisedAtTest, Numbers) {
  EXPECT_EQ(script("0b_1"), "2 2: Numeric separator is not allowed at the first of digits");
  EXPECT_EQ(script("0b1_"), "3 4: Numeric separator is not allowed at the last of digits");
  EXPECT_EQ(script("1__0"), "2 2: Numeric separator must be exactly one underscore");
  EXPECT_EQ(script("00_0"),
            "2 2: Numeric separator is not allowed in legacy octal numeric literals");
  EXPECT_EQ(script("0x"), "2 2: Expected number in radix 16");
  EXPECT_EQ(script("1e+"), "0 3: Invalid number");
  EXPECT_EQ(script("3in"), "1 1: Identifier directly after number");
}

// acorn reads the hex digits there are (for \u{, up to the next `}` anywhere) before it fails.
TEST(RaisedAtTest, EscapesStopAfterTheDigitsRead) {
  EXPECT_EQ(script("'\\x0g'"), "3 4: Bad character escape sequence");
  EXPECT_EQ(script("'\\u00g'"), "3 5: Bad character escape sequence");
  EXPECT_EQ(script("'\\u{110000}'"), "4 11: Code point out of bounds");
  EXPECT_EQ(script("'\\u{12'"), "4 4: Bad character escape sequence");
  EXPECT_EQ(script("'\\u{12' + '}'"), "4 6: Bad character escape sequence");
  EXPECT_EQ(script("a\\u{0}"), "1 6: Invalid Unicode escape");
  EXPECT_EQ(script("\\x41"), "1 1: Expecting Unicode escape sequence \\uXXXX");
  EXPECT_EQ(script("a\\u{110000}"), "4 11: Code point out of bounds");
  EXPECT_EQ(script("/./\\u0067;"), "3 9: Unexpected token");  // flags are read as a word
}

TEST(RaisedAtTest, UnterminatedLiterals) {
  EXPECT_EQ(script("/* a"), "0 2: Unterminated comment");
  EXPECT_EQ(script("'abc"), "0 4: Unterminated string constant");
  EXPECT_EQ(script("'a\nb'"), "0 2: Unterminated string constant");
  EXPECT_EQ(script("`abc"), "1 4: Unterminated template");
  EXPECT_EQ(script("x = `${a`"), "9 9: Unterminated template literal");
  // A lone `\` at the end: acorn's escape reader steps past the end of the input.
  EXPECT_EQ(script("'a\\"), "0 4: Unterminated string constant");
  EXPECT_EQ(script("`a\\"), "1 4: Unterminated template");
  EXPECT_EQ(jsx("<a b='c"), "5 7: Unterminated string constant");
}

// acorn reads a template as the backquote, its characters, `${` ... `}`, and the backquote.
TEST(RaisedAtTest, TemplatesAreSeveralTokens) {
  EXPECT_EQ(script("`\\x`"), "1 3: Bad escape sequence in untagged template literal");
  EXPECT_EQ(script("`${a}\\x`"), "5 7: Bad escape sequence in untagged template literal");
  EXPECT_EQ(script("a?.`b`"),
            "3 4: Optional chaining cannot appear in the tag of tagged template expressions");
}

// Characters acorn's tokenizer rejects before it reads them.
TEST(RaisedAtTest, UnexpectedCharacters) {
  EXPECT_EQ(script("if (a) @dec class C {}"), "7 7: Unexpected character '@'");
  EXPECT_EQ(script("{#!}"), "2 2: Unexpected character '!'");
  EXPECT_EQ(jsx("<a>x > y</a>"), "5 5: Unexpected token `>`. Did you mean `&gt;` or `{\">\"}`?");
}

// Input errors have no tokenizer position: raised_at is the offset.
TEST(RaisedAtTest, InvalidUtf8IsAtItsOffset) {
  EXPECT_EQ(script("a\xFF"), "1 1: Invalid UTF-8: byte 0xFF");
}

// Standalone tokenizing reports the same position (the escaped keyword: acorn's next()).
TEST(RaisedAtTest, Tokenize) {
  const SourceText escaped_source = SourceText::from_bytes("\\u0069f (a) b");
  const TokenizeResult escaped = tokenize(escaped_source, {});
  ASSERT_FALSE(escaped.ok());
  EXPECT_EQ(escaped.error->offset, 0u);
  EXPECT_EQ(escaped.error->raised_at, 7u);
  const SourceText unterminated_source = SourceText::from_bytes("a = 'b");
  const TokenizeResult unterminated = tokenize(unterminated_source, {});
  ASSERT_FALSE(unterminated.ok());
  EXPECT_EQ(unterminated.error->offset, 4u);
  EXPECT_EQ(unterminated.error->raised_at, 6u);
}

}  // namespace
}  // namespace essa
