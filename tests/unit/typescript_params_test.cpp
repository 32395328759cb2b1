// ParseOptions::typescript in parameter lists (ts/annotations.cpp): decorators on parameters
// and optional binding patterns. Errors as "offset: message" in TypeScript's wording (each
// checked against typescript-estree 8.74); the trees are checked against typescript-estree
// by the TS oracle (tests/fixtures/ts/param-decorators.ts, param-optional-patterns.ts).
#include <gtest/gtest.h>

#include "parse_test_util.h"

namespace essa::test {
namespace {

// Decorators stand on the parameters of a class declaration's method, constructor or setter
// with a body, and nowhere else (typescript-estree's nodeCanBeDecorated).
TEST(TypeScriptParamsTest, DecoratorOnFunctionParameter) {
  EXPECT_EQ(ts("function f(@d x) {}"), "11: Decorators are not valid here.");
  EXPECT_EQ(ts("f = function (a, @d b) {}"), "17: Decorators are not valid here.");
}
TEST(TypeScriptParamsTest, DecoratorInClassExpression) {
  EXPECT_EQ(ts("x = class { m(@d x) {} }"), "14: Decorators are not valid here.");
  EXPECT_EQ(ts("x = class { constructor(@d private x) {} }"), "24: Decorators are not valid here.");
}
TEST(TypeScriptParamsTest, DecoratorOnObjectMethod) {
  EXPECT_EQ(ts("const o = { m(@d x) {} }"), "14: Decorators are not valid here.");
}
TEST(TypeScriptParamsTest, DecoratorOnOverloadOrAbstractMethod) {
  EXPECT_EQ(ts("class C { m(@d x); m(x) {} }"), "12: Decorators are not valid here.");
  EXPECT_EQ(ts("declare class C { m(@d x); }"), "20: Decorators are not valid here.");
  EXPECT_EQ(ts("abstract class C { abstract m(@d x); }"), "30: Decorators are not valid here.");
}
TEST(TypeScriptParamsTest, DecoratorInSignature) {
  EXPECT_EQ(ts("interface I { m(@d x): void }"), "16: Decorators are not valid here.");
  EXPECT_EQ(ts("declare function f(@d x): void;"), "19: Decorators are not valid here.");
  EXPECT_EQ(ts("type F = (x, @d y) => void"), "13: Decorators are not valid here.");
}
// TypeScript reads `(@` as a parenthesized expression (never an arrow), and `@d` in an
// expression must decorate a class.
TEST(TypeScriptParamsTest, DecoratorStartsNoArrow) {
  EXPECT_EQ(ts("(@d x, y) => x"), "3: Expression expected.");
  EXPECT_EQ(ts("async (@d x) => x"), "9: Expression expected.");
  EXPECT_EQ(ts("f(@d x)"), "4: Expression expected.");
  EXPECT_EQ(ts("x = @d y"), "6: Expression expected.");
  EXPECT_EQ(ts("type F = (@d x) => void"), "10: Type expected.");
}
// Once the arrow stands (after a first parameter, after type parameters), decorators are
// parsed and refused.
TEST(TypeScriptParamsTest, DecoratorInArrow) {
  EXPECT_EQ(ts("(x, @d y) => x"), "4: Decorators are not valid here.");
  EXPECT_EQ(ts("<T>(@d x) => x"), "4: Decorators are not valid here.");
  EXPECT_EQ(ts("f = (x: T, @d y) => x"), "11: Decorators are not valid here.");
}
// Inside a try (type arguments, an arrow's parameters) the error ends the parse: no other
// reading of the text makes the decorator valid.
TEST(TypeScriptParamsTest, DecoratorInsideATry) {
  EXPECT_EQ(ts("f<{m(@d x): void}>(y)"), "5: Decorators are not valid here.");
  EXPECT_EQ(ts("f = (a: {m(@d x): void}) => a"), "11: Decorators are not valid here.");
  EXPECT_EQ(ts("f = (a = (b, @d c) => b) => a"), "13: Decorators are not valid here.");
}
TEST(TypeScriptParamsTest, DecoratorOnThisParameter) {
  EXPECT_EQ(ts("class C { m(@d this: T) {} }"),
            "12: Neither decorators nor modifiers may be applied to 'this' parameters.");
  EXPECT_EQ(ts("function f(@d this) {}"),
            "11: Neither decorators nor modifiers may be applied to 'this' parameters.");
}
TEST(TypeScriptParamsTest, DecoratorAfterModifier) {
  EXPECT_EQ(ts("class C { constructor(private @d x) {} }"), "30: ',' expected.");
}
// A `this` parameter takes only a type: TypeScript expects the `,` or `)` after it.
TEST(TypeScriptParamsTest, ThisParameterTakesNoDefault) {
  EXPECT_EQ(ts("function f(this = 1) {}"), "16: ',' expected.");
  EXPECT_EQ(ts("function f(this?: T) {}"), "15: ',' expected.");
}
// Off, parameters take no decorators (acorn's stage-3 decorators stand before classes only).
TEST(TypeScriptParamsTest, OffMeansJavaScript) {
  EXPECT_EQ(script_result("class C { m(@d x) {} }"), "12: Unexpected token");
}

// The trees: decorators on the outermost node, `optional` on the pattern.
TEST(TypeScriptParamsTest, DecoratedDefaultIsAnAssignmentPattern) {
  const std::string json = ts_json("class C { m(@d x = 1) {} }");
  EXPECT_TRUE(contains(json, R"("type":"AssignmentPattern","start":15,"end":20)")) << json;
}
TEST(TypeScriptParamsTest, DecoratedRestStartsAtItsDecorator) {
  const std::string json = ts_json("class C { m(@d ...r) {} }");
  EXPECT_TRUE(contains(json, R"("type":"RestElement","start":12,"end":19)")) << json;
}
TEST(TypeScriptParamsTest, OptionalPatternsAndRest) {
  EXPECT_TRUE(contains(ts_json("({a}?: T) => a"), R"("optional":true)"));
  EXPECT_TRUE(contains(ts_json("function f(...r?: T[]) {}"), R"("optional":true)"));
  // An optional pattern may have a default: typescript-estree keeps both.
  EXPECT_TRUE(contains(ts_json("function f({a}? = {}) {}"), R"("optional":true)"));
}
// A pattern that went through the cover grammar has no `?` or decorators.
TEST(TypeScriptParamsTest, CoverGrammarPatternsHaveDefaults) {
  const std::string json = ts_json("({a} = b); [c] = d;");
  EXPECT_TRUE(contains(json, R"("type":"ObjectPattern")")) << json;
  EXPECT_FALSE(contains(json, R"("optional":true)")) << json;
}

}  // namespace
}  // namespace essa::test
