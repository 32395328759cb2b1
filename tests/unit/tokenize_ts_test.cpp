// TypeScript's token stream (TokenizeOptions::typescript): typescript-estree's `tokens` and
// `comments`. Expected values were printed by @typescript-eslint/typescript-estree 8.74.0's
// parse(src, {tokens: true, comment: true}) for the same sources, as "Type:value".
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "essa/source.h"
#include "essa/tokens.h"
#include "tokens_test_util.h"

namespace essa {
namespace {

TokenizeResult run(const SourceText& source, bool jsx, bool comments = false,
                   bool module = false) {
  return tokenize(source,
                  {.module = module, .comments = comments, .jsx = jsx, .typescript = true});
}

// "Type:value" for each token; an error reads "line:column: message".
std::string typed(std::string_view src, bool jsx = false, bool module = false) {
  const SourceText source = SourceText::from_bytes(src);
  const TokenizeResult result = run(source, jsx, false, module);
  if (!result.ok()) {
    return std::to_string(result.error->line) + ":" + std::to_string(result.error->column) +
           ": " + result.error->message;
  }
  return test::typed_tokens(source, result);
}

TEST(TokenizeTsTest, ClosingAngleBracketsSplit) {
  EXPECT_EQ(typed("let x: Array<Array<T>> = a.if;"),
            "Keyword:let Identifier:x Punctuator:: Identifier:Array Punctuator:< "
            "Identifier:Array Punctuator:< Identifier:T Punctuator:> Punctuator:> Punctuator:= "
            "Identifier:a Punctuator:. Identifier:if Punctuator:;");
}
TEST(TokenizeTsTest, ContextualWordsAreNames) {
  EXPECT_EQ(typed("type A = string; interface I {}"),
            "Identifier:type Identifier:A Punctuator:= Identifier:string Punctuator:; "
            "Keyword:interface Identifier:I Punctuator:{ Punctuator:}");
}
TEST(TokenizeTsTest, StrictReservedWordsAreKeywords) {
  EXPECT_EQ(typed("class C { static q; #p = /re/g; m() { return this.#p } }"),
            "Keyword:class Identifier:C Punctuator:{ Keyword:static "
            "Identifier:q Punctuator:; PrivateIdentifier:p Punctuator:= "
            "RegularExpression:/re/g Punctuator:; Identifier:m Punctuator:( Punctuator:) "
            "Punctuator:{ Keyword:return Keyword:this Punctuator:. PrivateIdentifier:p "
            "Punctuator:} Punctuator:}");
}
TEST(TokenizeTsTest, KeywordsUsedAsNames) {
  EXPECT_EQ(typed("let; yield; await; async () => 1; a.null; a.true"),
            "Identifier:let Punctuator:; Identifier:yield Punctuator:; Identifier:await "
            "Punctuator:; Identifier:async Punctuator:( Punctuator:) Punctuator:=> Numeric:1 "
            "Punctuator:; Identifier:a Punctuator:. Identifier:null Punctuator:; Identifier:a "
            "Punctuator:. Identifier:true");
}
TEST(TokenizeTsTest, ThisParameterAndMetaProperties) {
  EXPECT_EQ(typed("function f(this: X) { new.target }"),
            "Keyword:function Identifier:f Punctuator:( Identifier:this Punctuator:: "
            "Identifier:X Punctuator:) Punctuator:{ Keyword:new Punctuator:. "
            "Identifier:target Punctuator:}");
  EXPECT_EQ(typed("import.meta", false, true), "Keyword:import Punctuator:. Identifier:meta");
}
TEST(TokenizeTsTest, Templates) {
  EXPECT_EQ(typed("const t = `a${b}c`"),
            "Keyword:const Identifier:t Punctuator:= Template:`a${ Identifier:b Template:}c`");
}
TEST(TokenizeTsTest, ValuesAreSourceText) {
  EXPECT_EQ(typed("\\u0061b; \"\\u0041\""), "Identifier:\\u0061b Punctuator:; String:\"\\u0041\"");
}
TEST(TokenizeTsTest, JsxTextIsNotDecoded) {
  EXPECT_EQ(typed("<a b=\"&amp;\">&amp; x</a>", true),
            "Punctuator:< JSXIdentifier:a JSXIdentifier:b Punctuator:= JSXText:\"&amp;\" "
            "Punctuator:> JSXText:&amp; x Punctuator:< Punctuator:/ JSXIdentifier:a Punctuator:>");
}
// typescript-estree's JSX-token test does not know namespaced names: their parts are names.
TEST(TokenizeTsTest, JsxNamespacedNamesAreIdentifiers) {
  EXPECT_EQ(typed("<a:b></a:b>", true),
            "Punctuator:< Identifier:a Punctuator:: Identifier:b Punctuator:> Punctuator:< "
            "Punctuator:/ Identifier:a Punctuator:: Identifier:b Punctuator:>");
  EXPECT_EQ(typed("<a.b c:d=\"e\"/>", true),
            "Punctuator:< JSXIdentifier:a Punctuator:. JSXIdentifier:b Identifier:c "
            "Punctuator:: Identifier:d Punctuator:= JSXText:\"e\" Punctuator:/ Punctuator:>");
}
TEST(TokenizeTsTest, TypeKeywords) {
  EXPECT_EQ(typed("let z: this; x as unknown as null"),
            "Keyword:let Identifier:z Punctuator:: Keyword:this Punctuator:; Identifier:x "
            "Identifier:as Identifier:unknown Identifier:as Null:null");
  EXPECT_EQ(typed("var v: void = void 0; let k: keyof T"),
            "Keyword:var Identifier:v Punctuator:: Keyword:void Punctuator:= Keyword:void "
            "Numeric:0 Punctuator:; Keyword:let Identifier:k Punctuator:: Identifier:keyof "
            "Identifier:T");
}
TEST(TokenizeTsTest, ModuleNames) {
  EXPECT_EQ(typed("import {default as x} from \"m\"; export {x as default}", false, true),
            "Keyword:import Punctuator:{ Identifier:default Identifier:as Identifier:x "
            "Punctuator:} Identifier:from String:\"m\" Punctuator:; Keyword:export "
            "Punctuator:{ Identifier:x Identifier:as Identifier:default Punctuator:}");
}
// The hashbang is no comment to typescript-estree; a triple-slash directive is a Line comment.
TEST(TokenizeTsTest, CommentsWithoutHashbang) {
  const SourceText source =
      SourceText::from_bytes("#!/usr/bin/env node\n/// <reference path=\"a\" />\n/* b */ x");
  const TokenizeResult result = run(source, false, true);
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result.comments.size(), 2u);
  EXPECT_EQ(result.comments[0].kind, CommentKind::Line);
  EXPECT_EQ(result.comments[0].span.start, 20u);
  EXPECT_EQ(result.comments[1].kind, CommentKind::Block);
  EXPECT_EQ(result.tokens.size(), 1u);
}
// A source that does not parse gives the parse's error (no standalone guess).
TEST(TokenizeTsTest, ErrorIsTheParses) { EXPECT_EQ(typed("let x: = 1"), "1:7: Type expected."); }

}  // namespace
}  // namespace essa
