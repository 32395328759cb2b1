// ParseOptions::jsx, against acorn 8.19 extended with acorn-jsx 5.3.2: trees and errors
// (offset: message) as acorn-jsx gives them. Whole constructs are fixtures (tests/fixtures/jsx).
#include <gtest/gtest.h>

#include "parse_test_util.h"

namespace essa::test {
namespace {

std::string jsx_result(std::string_view src) { return result_of(src, {.jsx = true}); }

TEST(JsxTest, SelfClosingElement) {
  EXPECT_EQ(jsx_result("<a/>"),
            R"json({"type":"Program","start":0,"end":4,"body":[{"type":"ExpressionStatement","start":0,"end":4,"expression":{"type":"JSXElement","start":0,"end":4,"openingElement":{"type":"JSXOpeningElement","start":0,"end":4,"attributes":[],"name":{"type":"JSXIdentifier","start":1,"end":2,"name":"a"},"selfClosing":true},"closingElement":null,"children":[]}}],"sourceType":"script"})json");
}

TEST(JsxTest, EntityInText) {
  EXPECT_EQ(jsx_result("<a>&amp;</a>"),
            R"json({"type":"Program","start":0,"end":12,"body":[{"type":"ExpressionStatement","start":0,"end":12,"expression":{"type":"JSXElement","start":0,"end":12,"openingElement":{"type":"JSXOpeningElement","start":0,"end":3,"attributes":[],"name":{"type":"JSXIdentifier","start":1,"end":2,"name":"a"},"selfClosing":false},"closingElement":{"type":"JSXClosingElement","start":8,"end":12,"name":{"type":"JSXIdentifier","start":10,"end":11,"name":"a"}},"children":[{"type":"JSXText","start":3,"end":8,"value":"&","raw":"&amp;"}]}}],"sourceType":"script"})json");
}

// String.fromCharCode(0x1F600) is U+F600: the value keeps only the low 16 bits.
TEST(JsxTest, NumericEntityAboveBmpKeepsItsLow16Bits) {
  EXPECT_EQ(jsx_result("<a b=\"&#x1F600;\"/>"),
            R"json({"type":"Program","start":0,"end":18,"body":[{"type":"ExpressionStatement","start":0,"end":18,"expression":{"type":"JSXElement","start":0,"end":18,"openingElement":{"type":"JSXOpeningElement","start":0,"end":18,"attributes":[{"type":"JSXAttribute","start":3,"end":16,"name":{"type":"JSXIdentifier","start":3,"end":4,"name":"b"},"value":{"type":"Literal","start":5,"end":16,"value":")json"
            "\xEF\x98\x80"
            R"json(","raw":"\"&#x1F600;\""}}],"name":{"type":"JSXIdentifier","start":1,"end":2,"name":"a"},"selfClosing":true},"closingElement":null,"children":[]}}],"sourceType":"script"})json");
}

TEST(JsxTest, CrlfInTextIsLf) {
  EXPECT_EQ(jsx_result("<a>x\r\ny</a>"),
            R"json({"type":"Program","start":0,"end":11,"body":[{"type":"ExpressionStatement","start":0,"end":11,"expression":{"type":"JSXElement","start":0,"end":11,"openingElement":{"type":"JSXOpeningElement","start":0,"end":3,"attributes":[],"name":{"type":"JSXIdentifier","start":1,"end":2,"name":"a"},"selfClosing":false},"closingElement":{"type":"JSXClosingElement","start":7,"end":11,"name":{"type":"JSXIdentifier","start":9,"end":10,"name":"a"}},"children":[{"type":"JSXText","start":3,"end":7,"value":"x\ny","raw":"x\r\ny"}]}}],"sourceType":"script"})json");
}

TEST(JsxTest, EmptyExpressionSpansTheBraces) {
  EXPECT_EQ(jsx_result("<a>{/*c*/}</a>"),
            R"json({"type":"Program","start":0,"end":14,"body":[{"type":"ExpressionStatement","start":0,"end":14,"expression":{"type":"JSXElement","start":0,"end":14,"openingElement":{"type":"JSXOpeningElement","start":0,"end":3,"attributes":[],"name":{"type":"JSXIdentifier","start":1,"end":2,"name":"a"},"selfClosing":false},"closingElement":{"type":"JSXClosingElement","start":10,"end":14,"name":{"type":"JSXIdentifier","start":12,"end":13,"name":"a"}},"children":[{"type":"JSXExpressionContainer","start":3,"end":10,"expression":{"type":"JSXEmptyExpression","start":4,"end":9}}]}}],"sourceType":"script"})json");
}

TEST(JsxTest, Fragment) {
  EXPECT_EQ(jsx_result("<></>"),
            R"json({"type":"Program","start":0,"end":5,"body":[{"type":"ExpressionStatement","start":0,"end":5,"expression":{"type":"JSXFragment","start":0,"end":5,"openingFragment":{"type":"JSXOpeningFragment","start":0,"end":2,"attributes":[],"selfClosing":false},"closingFragment":{"type":"JSXClosingFragment","start":2,"end":5},"children":[]}}],"sourceType":"script"})json");
}

TEST(JsxTest, DashedNames) {
  EXPECT_EQ(jsx_result("<a-b c-d/>"),
            R"json({"type":"Program","start":0,"end":10,"body":[{"type":"ExpressionStatement","start":0,"end":10,"expression":{"type":"JSXElement","start":0,"end":10,"openingElement":{"type":"JSXOpeningElement","start":0,"end":10,"attributes":[{"type":"JSXAttribute","start":5,"end":8,"name":{"type":"JSXIdentifier","start":5,"end":8,"name":"c-d"},"value":null}],"name":{"type":"JSXIdentifier","start":1,"end":4,"name":"a-b"},"selfClosing":true},"closingElement":null,"children":[]}}],"sourceType":"script"})json");
}

TEST(JsxTest, AttributeStringHasNoEscapes) {
  EXPECT_EQ(jsx_result("<a b='\\'/>"),
            R"json({"type":"Program","start":0,"end":10,"body":[{"type":"ExpressionStatement","start":0,"end":10,"expression":{"type":"JSXElement","start":0,"end":10,"openingElement":{"type":"JSXOpeningElement","start":0,"end":10,"attributes":[{"type":"JSXAttribute","start":3,"end":8,"name":{"type":"JSXIdentifier","start":3,"end":4,"name":"b"},"value":{"type":"Literal","start":5,"end":8,"value":"\\","raw":"'\\'"}}],"name":{"type":"JSXIdentifier","start":1,"end":2,"name":"a"},"selfClosing":true},"closingElement":null,"children":[]}}],"sourceType":"script"})json");
}

TEST(JsxTest, RelationalOperatorsStay) {
  EXPECT_EQ(jsx_result("a < b > c"),
            R"json({"type":"Program","start":0,"end":9,"body":[{"type":"ExpressionStatement","start":0,"end":9,"expression":{"type":"BinaryExpression","start":0,"end":9,"left":{"type":"BinaryExpression","start":0,"end":5,"left":{"type":"Identifier","start":0,"end":1,"name":"a"},"operator":"<","right":{"type":"Identifier","start":4,"end":5,"name":"b"}},"operator":">","right":{"type":"Identifier","start":8,"end":9,"name":"c"}}}],"sourceType":"script"})json");
}

TEST(JsxTest, ComparisonAfterElementError) {
  EXPECT_EQ(jsx_result("x = <a/> < b"), "9: Adjacent JSX elements must be wrapped in an enclosing tag");
}
TEST(JsxTest, MismatchedClosingTagError) {
  EXPECT_EQ(jsx_result("<a.b></a.c>"), "5: Expected corresponding JSX closing tag for <a.b>");
}
TEST(JsxTest, FragmentClosedByElementError) {
  EXPECT_EQ(jsx_result("<></a>"), "2: Expected corresponding JSX closing tag for <undefined>");
}
TEST(JsxTest, UnterminatedContentsError) {
  EXPECT_EQ(jsx_result("<a>text"), "3: Unterminated JSX contents");
}
TEST(JsxTest, EndAfterTagError) { EXPECT_EQ(jsx_result("<a>"), "3: Unexpected token"); }
TEST(JsxTest, SpreadChildError) { EXPECT_EQ(jsx_result("<a>{...x}</a>"), "4: Unexpected token"); }
TEST(JsxTest, GreaterThanInTextError) {
  EXPECT_EQ(jsx_result("<a>></a>"), "3: Unexpected token `>`. Did you mean `&gt;` or `{\">\"}`?");
}
TEST(JsxTest, OffByDefault) { EXPECT_EQ(script_result("<a/>"), "0: Unexpected token"); }

}  // namespace
}  // namespace essa::test
