// parse_with_tokens(): the tree and its tokens from one parse. The tokens are tokenize()'s for
// the same valid program (espree's or typescript-estree's types), and with `as_names`
// espree.parse's (printed by espree 11.2.0's parse(src, {tokens: true}) for the same sources).
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "essa/parse.h"
#include "essa/source.h"
#include "essa/tokens.h"
#include "tokens_test_util.h"

namespace essa {
namespace {

// "Type:value" for each token of one parse; an error reads "error: message".
std::string parsed(std::string_view src, ParseOptions options = {}, bool as_names = false) {
  std::vector<TokenRecord> tokens;
  const ParseResult result =
      parse_with_tokens(SourceText::from_bytes(src), options, {}, tokens, as_names);
  if (!result.ok()) return "error: " + result.error()->message + " (" + std::to_string(tokens.size()) + ")";
  TokenizeResult as_result;
  as_result.tokens = tokens;
  return test::typed_tokens(result.source(), as_result);
}

// tokenize()'s answer for the same source.
std::string tokenized(std::string_view src, TokenizeOptions options = {}) {
  const SourceText source = SourceText::from_bytes(src);
  return test::typed_tokens(source, tokenize(source, options));
}

TEST(ParseWithTokensTest, SameAsTokenize) {
  for (const std::string_view src :
       {"a = b / c / d; x = /re/g.test(y)", "`a${b}c${`d${e}`}`", "a.if; x = {if: 1}",
        "class A { #p = 1; static m() { return this.#p } }", "l\\u0065t\\u0061 = 1", "#!x\nnull"}) {
    EXPECT_EQ(parsed(src), tokenized(src)) << src;
  }
  EXPECT_EQ(parsed("<a b='c'>d&amp;{e}</a>", {.jsx = true}), tokenized("<a b='c'>d&amp;{e}</a>", {.jsx = true}));
  EXPECT_EQ(parsed("import a from 'b'", {.module = true}),
            "Keyword:import Identifier:a Identifier:from String:'b'");
}
TEST(ParseWithTokensTest, KeywordsReadAsNames) {
  EXPECT_EQ(parsed("a.if; x = {with: null, true: 1}; function f() { new.target }", {}, true),
            "Identifier:a Punctuator:. Identifier:if Punctuator:; Identifier:x Punctuator:= "
            "Punctuator:{ Identifier:with Punctuator:: Null:null Punctuator:, Identifier:true "
            "Punctuator:: Numeric:1 Punctuator:} Punctuator:; Keyword:function Identifier:f "
            "Punctuator:( Punctuator:) Punctuator:{ Keyword:new Punctuator:. Identifier:target "
            "Punctuator:}");
  EXPECT_EQ(parsed("let; static: yield", {}, true), "Keyword:let Punctuator:; Keyword:static Punctuator:: Keyword:yield");
  EXPECT_EQ(parsed("a.\\u0069f", {}, true), "Identifier:a Punctuator:. Identifier:if");
  EXPECT_EQ(parsed("a.if", {}, false), "Identifier:a Punctuator:. Keyword:if");
}
TEST(ParseWithTokensTest, Es5LetAndYieldAreNames) {
  EXPECT_EQ(parsed("var let = 1; yield", {.ecma_version = 5}),
            "Keyword:var Identifier:let Punctuator:= Numeric:1 Punctuator:; Identifier:yield");
}
TEST(ParseWithTokensTest, TypeScript) {
  const std::string_view src = "let a: Array<Array<T>> = b < c ? d.if : e as any;";
  EXPECT_EQ(parsed(src, {.typescript = true}), tokenized(src, {.typescript = true}));
  EXPECT_EQ(parsed("x.if", {.typescript = true}), "Identifier:x Punctuator:. Identifier:if");
}
TEST(ParseWithTokensTest, ErrorLeavesNoTokens) {
  EXPECT_EQ(parsed("a = ("), "error: Unexpected token (0)");
}
TEST(ParseWithTokensTest, CommentsStayInTheResult) {
  std::vector<TokenRecord> tokens;
  const ParseResult result = parse_with_tokens(SourceText::from_bytes("#!x\na /* b */ // c"),
                                               {.comments = true}, {}, tokens);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.comments().size(), 3u);
  EXPECT_EQ(tokens.size(), 1u);
}

}  // namespace
}  // namespace essa
