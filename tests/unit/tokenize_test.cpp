// The public token stream: regex-or-divide guesses, espree's token types and values, and the
// JSON format. Expected JSON was printed by espree 11.2.0's tokenize() (ecmaVersion
// "latest") for the same sources, with keys put in essa's order.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "essa/source.h"
#include "essa/tokens.h"
#include "tokens_test_util.h"

namespace essa {
namespace {

// Records hold only spans, so the result outlives the source text.
TokenizeResult run(std::string_view src) { return tokenize(SourceText::from_bytes(src), {}); }

// The token values separated by spaces; a regular expression is marked "re:", so the
// regex-or-divide decisions read at a glance. An error reads "line:column: message".
std::string values(std::string_view src, bool module = false) {
  const SourceText source = SourceText::from_bytes(src);
  const TokenizeResult result = tokenize(source, {.module = module});
  if (!result.ok()) {
    return std::to_string(result.error->line) + ":" + std::to_string(result.error->column) +
           ": " + result.error->message;
  }
  std::string out;
  for (const TokenRecord& token : result.tokens) {
    if (!out.empty()) out += ' ';
    if (token.type == TokenType::RegularExpression) out += "re:";
    out += token_value(source, token);
  }
  return out;
}

// "Type:value" for each token.
std::string typed(std::string_view src, bool module = false) {
  const SourceText source = SourceText::from_bytes(src);
  const TokenizeResult result = tokenize(source, {.module = module});
  if (!result.ok()) return "error: " + result.error->message;
  return test::typed_tokens(source, result);
}

std::string json(std::string_view src, TokenJsonOptions options = {}, bool module = false) {
  const SourceText source = SourceText::from_bytes(src);
  const TokenizeResult result = tokenize(source, {.module = module});
  EXPECT_TRUE(result.ok()) << result.error->message;
  return tokens_to_json(source, result, options);
}

// --- Regex or divide ---

TEST(TokenizeTest, DivisionAfterOperands) {
  EXPECT_EQ(values("a / b / c"), "a / b / c");
  EXPECT_EQ(values("a /= b"), "a /= b");
  EXPECT_EQ(values("x[0] / 2"), "x [ 0 ] / 2");
  EXPECT_EQ(values("'s' / 1 / 2"), "'s' / 1 / 2");
  EXPECT_EQ(values("this / 2"), "this / 2");
}

TEST(TokenizeTest, RegexAfterOperators) {
  EXPECT_EQ(values("x = /re/g"), "x = re:/re/g");
  EXPECT_EQ(values("x = /=/"), "x = re:/=/");
  EXPECT_EQ(values("f(/a/, /b/)"), "f ( re:/a/ , re:/b/ )");
  EXPECT_EQ(values("x = a ? /b/ : c / d"), "x = a ? re:/b/ : c / d");
  EXPECT_EQ(values("[/[/]/]"), "[ re:/[/]/ ]");
  EXPECT_EQ(values("/re/.test(s)"), "re:/re/ . test ( s )");
}

TEST(TokenizeTest, AfterClosingParen) {
  EXPECT_EQ(values("if (a) /re/.test(b)"), "if ( a ) re:/re/ . test ( b )");
  EXPECT_EQ(values("while (a) /re/"), "while ( a ) re:/re/");
  EXPECT_EQ(values("for (;;) /re/"), "for ( ; ; ) re:/re/");
  EXPECT_EQ(values("with (a) /re/"), "with ( a ) re:/re/");
  EXPECT_EQ(values("(a) / b"), "( a ) / b");
  EXPECT_EQ(values("f(a) / b"), "f ( a ) / b");
}

TEST(TokenizeTest, AfterClosingBrace) {
  EXPECT_EQ(values("{} /foo/g"), "{ } re:/foo/g");
  EXPECT_EQ(values("x = {} / 2"), "x = { } / 2");
  EXPECT_EQ(values("y = { a: 1 } / 2"), "y = { a : 1 } / 2");
  EXPECT_EQ(values("function f() {} /re/"), "function f ( ) { } re:/re/");
  EXPECT_EQ(values("x = function () {} / 2"), "x = function ( ) { } / 2");
  EXPECT_EQ(values("x = class {} / 2"), "x = class { } / 2");
  EXPECT_EQ(values("a => {}\n/re/"), "a => { } re:/re/");
  EXPECT_EQ(values("if (a) {} else {} /re/"), "if ( a ) { } else { } re:/re/");
  // A label's block, an object property's object.
  EXPECT_EQ(values("l: {} /re/"), "l : { } re:/re/");
  EXPECT_EQ(values("x = { a: {} / 2 }"), "x = { a : { } / 2 }");
}

TEST(TokenizeTest, AfterKeywords) {
  EXPECT_EQ(values("function f() { return /x/ }"), "function f ( ) { return re:/x/ }");
  EXPECT_EQ(values("typeof /x/"), "typeof re:/x/");
  EXPECT_EQ(values("void /x/"), "void re:/x/");
  EXPECT_EQ(values("switch (a) { case /x/: }"), "switch ( a ) { case re:/x/ : }");
  EXPECT_EQ(values("throw /x/"), "throw re:/x/");
  EXPECT_EQ(values("a in /x/"), "a in re:/x/");
  // A keyword used as a property name is an operand.
  EXPECT_EQ(values("a.return / 2"), "a . return / 2");
}

TEST(TokenizeTest, AfterIncrementAndNames) {
  EXPECT_EQ(values("a++ / 2"), "a ++ / 2");
  EXPECT_EQ(values("a = ++/x/.lastIndex"), "a = ++ re:/x/ . lastIndex");
  EXPECT_EQ(values("for (x of /re/g) ;"), "for ( x of re:/re/g ) ;");
  EXPECT_EQ(values("of / 2"), "of / 2");
  EXPECT_EQ(values("function* g() { yield /re/ }"), "function * g ( ) { yield re:/re/ }");
  EXPECT_EQ(values("yield / 2 / 1"), "yield / 2 / 1");
  EXPECT_EQ(values("a = b\n/hi/g"), "a = b / hi / g");
}

TEST(TokenizeTest, Templates) {
  EXPECT_EQ(values("`abc`"), "`abc`");
  EXPECT_EQ(values("`a${b}c${d}e`"), "`a${ b }c${ d }e`");
  EXPECT_EQ(values("`${a}${b}`"), "`${ a }${ b }`");
  // An object literal inside a substitution: its `}` is not the template's.
  EXPECT_EQ(values("t = `a${ {a:1}.a }b`"), "t = `a${ { a : 1 } . a }b`");
  EXPECT_EQ(values("`${ function () { return 1 } }x`"),
            "`${ function ( ) { return 1 } }x`");
  EXPECT_EQ(values("`a${ `b${c}d` }e`"), "`a${ `b${ c }d` }e`");
  EXPECT_EQ(values("`${a}` / 2"), "`${ a }` / 2");
  EXPECT_EQ(values("`${ /re/ }`"), "`${ re:/re/ }`");
}

// --- Types and values ---

TEST(TokenizeTest, TypesFollowEspree) {
  EXPECT_EQ(typed("let static yield await async of get enum"),
            "Keyword:let Keyword:static Keyword:yield Identifier:await Identifier:async "
            "Identifier:of Identifier:get Identifier:enum");
  EXPECT_EQ(typed("true false null this"),
            "Boolean:true Boolean:false Null:null Keyword:this");
  EXPECT_EQ(typed("implements package"), "Identifier:implements Identifier:package");
  EXPECT_EQ(typed("1n 0x1F .5 'a'"), "Numeric:1n Numeric:0x1F Numeric:.5 String:'a'");
  EXPECT_EQ(typed("class A { #x }"),
            "Keyword:class Identifier:A Punctuator:{ PrivateIdentifier:x Punctuator:}");
}

TEST(TokenizeTest, EscapedNamesAreDecoded) {
  EXPECT_EQ(typed("\\u0061wait"), "Identifier:await");
  EXPECT_EQ(typed("l\\u0065t"), "Keyword:let");
  EXPECT_EQ(typed("\\u{62}c"), "Identifier:bc");
  EXPECT_EQ(typed("#\\u0078"), "PrivateIdentifier:x");
  EXPECT_EQ(typed("\\u00e9t\\u{1F600}"), "error: Invalid Unicode escape");
}

// --- Errors ---

TEST(TokenizeTest, ErrorsAcornsTokenizerReports) {
  // A valid program takes its tokens from the parser: an escaped reserved word is a fine
  // property name (acorn.parse agrees; espree's standalone tokenizer rejects it).
  EXPECT_EQ(values("a.v\\u0061r"), "a . var");
  EXPECT_EQ(values("a.v\\u0061r +"), "1:2: Escape sequence in keyword var");
  EXPECT_EQ(values("tr\\u0075e"), "1:0: Escape sequence in keyword true");
  EXPECT_EQ(values("x = 1 @ 2"), "1:6: Unexpected character '@'");
  EXPECT_EQ(values("017", /*module=*/true), "1:0: Invalid number");
  EXPECT_EQ(values("017"), "017");
  EXPECT_EQ(values("\"\\07\"", /*module=*/true), "1:1: Octal literal in strict mode");
  EXPECT_EQ(values("\"\\8\"", /*module=*/true), "1:2: Invalid escape sequence");
  EXPECT_EQ(values("\"\\8\""), "\"\\8\"");
}

TEST(TokenizeTest, ErrorKeepsEarlierTokens) {
  const TokenizeResult result = run("a b\n  @");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.tokens.size(), 2u);
  EXPECT_EQ(result.error->byte_offset, 6u);
  EXPECT_EQ(result.error->line, 2u);
  EXPECT_EQ(result.error->column, 2u);
}

TEST(TokenizeTest, InvalidUtf8IsTheSourceError) {
  const TokenizeResult result = run("ab\n c\xFF");
  ASSERT_FALSE(result.ok());
  EXPECT_TRUE(result.tokens.empty());
  EXPECT_EQ(result.error->line, 2u);
  EXPECT_EQ(result.error->column, 2u);
  EXPECT_EQ(result.error->message.rfind("Invalid UTF-8", 0), 0u) << result.error->message;
}

// --- JSON ---

TEST(TokenizeTest, JsonMatchesEspree) {
  constexpr std::string_view kSource =
      "let x = `a${y}b` / 2;\nif (x) /re/g.test(\"s\");\nclass C { #p = 1n; }\n";
  constexpr std::string_view kEspree =
      R"([{"type":"Keyword","value":"let","start":0,"end":3},)"
      R"({"type":"Identifier","value":"x","start":4,"end":5},)"
      R"({"type":"Punctuator","value":"=","start":6,"end":7},)"
      R"({"type":"Template","value":"`a${","start":8,"end":12},)"
      R"({"type":"Identifier","value":"y","start":12,"end":13},)"
      R"({"type":"Template","value":"}b`","start":13,"end":16},)"
      R"({"type":"Punctuator","value":"/","start":17,"end":18},)"
      R"({"type":"Numeric","value":"2","start":19,"end":20},)"
      R"({"type":"Punctuator","value":";","start":20,"end":21},)"
      R"({"type":"Keyword","value":"if","start":22,"end":24},)"
      R"({"type":"Punctuator","value":"(","start":25,"end":26},)"
      R"({"type":"Identifier","value":"x","start":26,"end":27},)"
      R"js({"type":"Punctuator","value":")","start":27,"end":28},)js"
      R"({"type":"RegularExpression","value":"/re/g","start":29,"end":34,"regex":{"flags":"g","pattern":"re"}},)"
      R"({"type":"Punctuator","value":".","start":34,"end":35},)"
      R"({"type":"Identifier","value":"test","start":35,"end":39},)"
      R"({"type":"Punctuator","value":"(","start":39,"end":40},)"
      R"({"type":"String","value":"\"s\"","start":40,"end":43},)"
      R"js({"type":"Punctuator","value":")","start":43,"end":44},)js"
      R"({"type":"Punctuator","value":";","start":44,"end":45},)"
      R"({"type":"Keyword","value":"class","start":46,"end":51},)"
      R"({"type":"Identifier","value":"C","start":52,"end":53},)"
      R"({"type":"Punctuator","value":"{","start":54,"end":55},)"
      R"({"type":"PrivateIdentifier","value":"p","start":56,"end":58},)"
      R"({"type":"Punctuator","value":"=","start":59,"end":60},)"
      R"({"type":"Numeric","value":"1n","start":61,"end":63},)"
      R"({"type":"Punctuator","value":";","start":63,"end":64},)"
      R"({"type":"Punctuator","value":"}","start":65,"end":66}])";
  EXPECT_EQ(json(kSource), kEspree);
}

TEST(TokenizeTest, JsonCrlfAndAstralPositions) {
  // U+1F600 is 4 bytes and 2 UTF-16 units; CRLF is one line break of 2 units.
  constexpr std::string_view kSource = "a = \"\xF0\x9F\x98\x80\";\r\nb";
  constexpr std::string_view kEspree =
      R"([{"type":"Identifier","value":"a","start":0,"end":1,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":1}},"range":[0,1]},)"
      R"({"type":"Punctuator","value":"=","start":2,"end":3,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":3}},"range":[2,3]},)"
      "{\"type\":\"String\",\"value\":\"\\\"\xF0\x9F\x98\x80\\\"\",\"start\":4,\"end\":8,"
      R"("loc":{"start":{"line":1,"column":4},"end":{"line":1,"column":8}},"range":[4,8]},)"
      R"({"type":"Punctuator","value":";","start":8,"end":9,"loc":{"start":{"line":1,"column":8},"end":{"line":1,"column":9}},"range":[8,9]},)"
      R"({"type":"Identifier","value":"b","start":11,"end":12,"loc":{"start":{"line":2,"column":0},"end":{"line":2,"column":1}},"range":[11,12]}])";
  EXPECT_EQ(json(kSource, {.loc = true, .range = true}), kEspree);
}

TEST(TokenizeTest, JsonLocAndRangeSeparately) {
  EXPECT_EQ(json("\n x", {.loc = true}),
            R"([{"type":"Identifier","value":"x","start":2,"end":3,)"
            R"("loc":{"start":{"line":2,"column":1},"end":{"line":2,"column":2}}}])");
  EXPECT_EQ(json("\n x", {.range = true}),
            R"([{"type":"Identifier","value":"x","start":2,"end":3,"range":[2,3]}])");
}

TEST(TokenizeTest, JsonPretty) {
  constexpr std::string_view kEspree = R"([
  {
    "type": "Punctuator",
    "value": ";",
    "start": 0,
    "end": 1,
    "range": [
      0,
      1
    ]
  },
  {
    "type": "RegularExpression",
    "value": "/[/]/u",
    "start": 1,
    "end": 7,
    "range": [
      1,
      7
    ],
    "regex": {
      "flags": "u",
      "pattern": "[/]"
    }
  }
])";
  EXPECT_EQ(json(";/[/]/u", {.range = true, .pretty = true}), kEspree);
  EXPECT_EQ(json("", {.pretty = true}), "[]");
  EXPECT_EQ(json("// only a comment"), "[]");
}

TEST(TokenizeTest, JsonEscapedIdentifierValue) {
  EXPECT_EQ(json("\\u{61}b"), R"([{"type":"Identifier","value":"ab","start":0,"end":7}])");
}

// --- ecmaVersion (espree 11.2.0's tokenize with that ecmaVersion) ---

std::string at_edition(std::string_view src, uint16_t edition) {
  const SourceText source = SourceText::from_bytes(src);
  const TokenizeResult result = tokenize(source, {.ecma_version = edition});
  if (!result.ok()) return "error: " + result.error->message;
  return test::typed_tokens(source, result);
}

TEST(TokenizeTest, Es5LetAndYieldAreNames) {
  EXPECT_EQ(at_edition("let x; yield; static; class A {}", 5),
            "Identifier:let Identifier:x Punctuator:; Identifier:yield Punctuator:; "
            "Keyword:static Punctuator:; Identifier:class Identifier:A Punctuator:{ Punctuator:}");
  EXPECT_EQ(at_edition("let; yield", 6), "Keyword:let Punctuator:; Keyword:yield");
}
TEST(TokenizeTest, Es3ReservedWords) {
  EXPECT_EQ(at_edition("a.if; x = {if: 1}", 3),
            "Identifier:a Punctuator:. Keyword:if Punctuator:; Identifier:x Punctuator:= "
            "Punctuator:{ Keyword:if Punctuator:: Numeric:1 Punctuator:}");
  EXPECT_EQ(at_edition("class A {}", 3), "Identifier:class Identifier:A Punctuator:{ Punctuator:}");
}
TEST(TokenizeTest, LaterEditionsPunctuatorsNotFormed) {
  EXPECT_EQ(at_edition("a ** b", 6), "Identifier:a Punctuator:* Punctuator:* Identifier:b");
  EXPECT_EQ(at_edition("a ** b", 7), "Identifier:a Punctuator:** Identifier:b");
  EXPECT_EQ(at_edition("a ?? b", 10), "Identifier:a Punctuator:? Punctuator:? Identifier:b");
  EXPECT_EQ(at_edition("x => x", 5), "Identifier:x Punctuator:= Punctuator:> Identifier:x");
}
TEST(TokenizeTest, HashbangFrom2023) {
  EXPECT_EQ(at_edition("#!x\n1", 14), "Numeric:1");
  EXPECT_EQ(at_edition("#!x\n1", 13), "error: Unexpected character '!'");
}
TEST(TokenizeTest, BadEdition) {
  EXPECT_EQ(at_edition("1", 4), "error: ecmaVersion 4 is not supported: 3, 5, 6 to 17 or 2015 to 2026");
}

}  // namespace
}  // namespace essa
