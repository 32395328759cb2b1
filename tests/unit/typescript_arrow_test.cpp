// TypeScript arrow functions and angle-bracket assertions (ts/arrows.cpp): errors as
// "offset: message", and the decisions that must stay true of the trees (which the TS oracle
// checks against typescript-estree over tests/fixtures/ts).
#include <gtest/gtest.h>

#include "parse_test_util.h"

namespace essa::test {
namespace {

std::string tsx_json(std::string_view src) {
  return ts_json(src, {.jsx = true, .typescript = true});
}

TEST(TypeScriptArrowTest, AnnotatedParameters) {
  EXPECT_TRUE(contains(ts_json("f = (a: number) => a"), R"("type":"TSNumberKeyword")"));
}
TEST(TypeScriptArrowTest, ReturnType) {
  EXPECT_TRUE(contains(ts_json("f = (): void => {}"), R"("returnType":{"type":"TSTypeAnnotation")"));
}
TEST(TypeScriptArrowTest, TypeParameters) {
  EXPECT_TRUE(contains(ts_json("f = <T>(x: T) => x"), R"("typeParameters":{"type":"TSTypeParameterDeclaration")"));
}
TEST(TypeScriptArrowTest, AsyncTypeParameters) {
  EXPECT_TRUE(contains(ts_json("f = async <T>(x) => x"), R"("async":true)"));
}
TEST(TypeScriptArrowTest, AsyncCallStaysACall) {
  EXPECT_TRUE(contains(ts_json("f = async<T>(x)"), R"("type":"CallExpression")"));
}
TEST(TypeScriptArrowTest, ParenthesizedStaysAnExpression) {
  EXPECT_FALSE(contains(ts_json("x = (a, b)"), "ArrowFunctionExpression"));
}
TEST(TypeScriptArrowTest, MissingArrowAfterAnnotation) {
  EXPECT_EQ(ts_json("f = (a: number) + 1"), "'=>' expected.");
}
TEST(TypeScriptArrowTest, MissingArrowAfterEmptyList) {
  EXPECT_EQ(ts_json("f = (): T;"), "'=>' expected.");
}
TEST(TypeScriptArrowTest, AwaitInAsyncArrowDefault) {
  EXPECT_EQ(ts("async function g() { f = async (a: T = await x) => a }"),
            "39: Await expression cannot be a default value");
}
TEST(TypeScriptArrowTest, AwaitNameInAsyncArrowParameters) {
  EXPECT_EQ(ts("f = async (await: T) => 1"), "11: Cannot use 'await' as identifier inside an async function");
}
// typescript-estree leaves a line break before `=>` to the checker.
TEST(TypeScriptArrowTest, LineBreakBeforeArrow) {
  EXPECT_TRUE(contains(ts_json("f = (a: T)\n=> a"), "ArrowFunctionExpression"));
}
// `a ? (b): c => d : e`: an arrow with a return type in a consequent needs a `:` after it.
TEST(TypeScriptArrowTest, ConsequentArrowWithReturnType) {
  EXPECT_TRUE(contains(ts_json("a ? (b): c => d : e"), R"("consequent":{"type":"ArrowFunctionExpression")"));
}
TEST(TypeScriptArrowTest, ConsequentParenthesized) {
  EXPECT_TRUE(contains(ts_json("a ? (b) : c => d"), R"("alternate":{"type":"ArrowFunctionExpression")"));
}
TEST(TypeScriptArrowTest, TsxTypeParameterNeedsAComma) {
  EXPECT_TRUE(contains(tsx_json("f = <T,>(x: T) => x"), "ArrowFunctionExpression"));
  EXPECT_TRUE(contains(tsx_json("f = <T extends U>(x: T) => x"), "ArrowFunctionExpression"));
  EXPECT_TRUE(contains(tsx_json("f = <T>x</T>"), "JSXElement"));
}
TEST(TypeScriptArrowTest, TypeAssertion) {
  EXPECT_TRUE(contains(ts_json("x = <T>y"), R"("type":"TSTypeAssertion")"));
}
TEST(TypeScriptArrowTest, TypeAssertionWithoutArrow) {
  EXPECT_TRUE(contains(ts_json("x = <T>(y)"), R"("type":"TSTypeAssertion")"));
}
TEST(TypeScriptArrowTest, TypeAssertionInExponent) {
  EXPECT_EQ(ts("<T>a ** 2"),
            "0: A type assertion expression is not allowed in the left-hand side of an "
            "exponentiation expression. Consider enclosing the expression in parentheses.");
}
TEST(TypeScriptArrowTest, TypeAssertionAsNewCallee) { EXPECT_EQ(ts("new <T>x()"), "4: Expression expected."); }
TEST(TypeScriptArrowTest, SubscriptAfterAssertedUpdate) { EXPECT_EQ(ts("<T>a++.b"), "6: Unexpected token"); }
TEST(TypeScriptArrowTest, AssertionThenComparison) {
  EXPECT_TRUE(contains(ts_json("<T>a++ < b > (c)"), R"("operator":">")"));
}
TEST(TypeScriptArrowTest, UnclosedAssertion) { EXPECT_EQ(ts_json("x = <T y"), "'>' expected."); }
// An error inside a tried arrow stays its own error, not the fallback's.
TEST(TypeScriptArrowTest, ErrorInsideATry) {
  EXPECT_EQ(ts("f = (a, b = () => { declare x }) => a"), "28: ';' expected.");
}
// `<<` opens type arguments where TypeScript splits it, and stays a shift elsewhere.
TEST(TypeScriptArrowTest, ShiftOpensTypeArguments) {
  EXPECT_TRUE(contains(ts_json("f<<T>(x: T) => void>(g)"), R"("type":"TSFunctionType")"));
  EXPECT_TRUE(contains(ts_json("let m: Map<<K>() => K, V>;"), R"("type":"TSFunctionType")"));
}
TEST(TypeScriptArrowTest, ShiftStaysAShift) {
  EXPECT_TRUE(contains(ts_json("y = a << b > c"), R"("operator":"<<")"));
}
TEST(TypeScriptArrowTest, ShiftAfterTypeofIsNoTypeArguments) {
  EXPECT_EQ(ts("type A = typeof f<<T>() => T>;"), "17: ';' expected.");
}
// Assignment targets: `x!`, and `as`, `satisfies` and `<T>` expressions when parenthesized
// or inside a pattern (the trees are in tests/fixtures/ts/assignment-targets.ts).
TEST(TypeScriptArrowTest, AsExpressionAssignedUnparenthesized) {
  EXPECT_EQ(ts("x as any = 1"), "9: Unexpected token");
  EXPECT_EQ(ts("x satisfies T += 1"), "14: Unexpected token");
}
TEST(TypeScriptArrowTest, AssertionAssignedUnparenthesized) { EXPECT_EQ(ts("<any>x = 1"), "7: Unexpected token"); }
TEST(TypeScriptArrowTest, NonNullIsNoBinding) { EXPECT_EQ(ts("f = (x!) => 1"), "5: Assigning to rvalue"); }
TEST(TypeScriptArrowTest, NonNullUpdated) {
  EXPECT_TRUE(contains(ts_json("++a[i]!"), R"("argument":{"type":"TSNonNullExpression")"));
}
TEST(TypeScriptArrowTest, OffMeansJavaScript) {
  EXPECT_EQ(script_result("f = (a: number) => a"), "6: Unexpected token");
  EXPECT_EQ(script_result("x = <T>y"), "4: Unexpected token");
}

}  // namespace
}  // namespace essa::test
