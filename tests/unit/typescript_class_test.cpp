// ParseOptions::typescript in classes (stage 4, ts/class_members.cpp): errors as
// "offset: message" in TypeScript's wording where typescript-estree reports one (each checked
// against typescript-estree 8.74), and what must stay true of the trees. The trees themselves
// are checked against typescript-estree by the TS oracle (tests/fixtures/ts/class-*.ts).
#include <gtest/gtest.h>

#include "parse_test_util.h"

namespace essa::test {
namespace {


// Off, the modifiers are JavaScript's: names, or errors.
TEST(TypeScriptClassTest, OffMeansJavaScript) {
  EXPECT_EQ(script_result("class C { private x }"), "18: Unexpected token");
  EXPECT_EQ(script_result("class C { m(); }"), "13: Unexpected token");
  EXPECT_EQ(script_result("class C { constructor(private x) {} }"), "22: The keyword 'private' is reserved");
}

TEST(TypeScriptClassTest, AccessibilityTwice) {
  EXPECT_EQ(ts("class A { public public x }"), "17: Accessibility modifier already seen.");
  EXPECT_EQ(ts("class A { private protected x }"), "18: Accessibility modifier already seen.");
}
TEST(TypeScriptClassTest, AbstractMethodWithBody) {
  EXPECT_EQ(ts("abstract class A { abstract m() {} }"),
            "28: Method 'm' cannot have an implementation because it is marked abstract.");
}
TEST(TypeScriptClassTest, AbstractFieldWithInitializer) {
  EXPECT_EQ(ts("class A { abstract x = 1 }"), "23: Abstract property cannot have an initializer.");
}
TEST(TypeScriptClassTest, AbstractConstructor) {
  EXPECT_EQ(ts("class A { abstract constructor() }"),
            "10: 'abstract' modifier can only appear on a class, method, or property declaration.");
}
TEST(TypeScriptClassTest, DeclareMethod) {
  EXPECT_EQ(ts("class A { declare m() {} }"),
            "10: 'declare' modifier cannot appear on class elements of this kind.");
}
TEST(TypeScriptClassTest, ReadonlyMethod) {
  EXPECT_EQ(ts("class A { readonly m() {} }"),
            "10: 'readonly' modifier can only appear on a property declaration or index signature.");
}
TEST(TypeScriptClassTest, ModifierOnIndexSignature) {
  EXPECT_EQ(ts("class A { public [k: string]: any }"),
            "10: 'public' modifier cannot appear on an index signature");
}
TEST(TypeScriptClassTest, ParameterPropertyOutsideConstructor) {
  EXPECT_EQ(ts("function f(private x) {}"),
            "11: A parameter property is only allowed in a constructor implementation.");
  EXPECT_EQ(ts("class A { m(private x) {} }"),
            "12: A parameter property is only allowed in a constructor implementation.");
  EXPECT_EQ(ts("class A { constructor(private x) }"),
            "22: A parameter property is only allowed in a constructor implementation.");
  EXPECT_EQ(ts("class A { m(@q private y) {} }"),
            "15: A parameter property is only allowed in a constructor implementation.");
}
// A nested list inside a constructor's is not the constructor's.
TEST(TypeScriptClassTest, ParameterPropertyInNestedFunction) {
  EXPECT_EQ(ts("class A { constructor(x = function (public y) {}) {} }"),
            "36: A parameter property is only allowed in a constructor implementation.");
}
TEST(TypeScriptClassTest, ParameterPropertyRest) {
  EXPECT_EQ(ts("class A { constructor(private ...x) {} }"),
            "22: A parameter property cannot be a rest parameter.");
}
TEST(TypeScriptClassTest, ParameterPropertyPattern) {
  EXPECT_EQ(ts("class A { constructor(private {x}) {} }"),
            "22: A parameter property may not be declared using a binding pattern.");
}
TEST(TypeScriptClassTest, DecoratedOverload) {
  EXPECT_EQ(ts("class A { @d m(): void; }"),
            "10: A decorator can only decorate a method implementation, not an overload.");
}
TEST(TypeScriptClassTest, DecoratedIndexSignature) {
  EXPECT_EQ(ts("class A { @d [k: string]: any }"), "10: Decorators are not valid here.");
}
TEST(TypeScriptClassTest, BodilessMethodNeedsSemicolon) {
  EXPECT_EQ(ts("class A { m() n() {} }"), "14: '{' or ';' expected.");
}
// Object literal methods always have a body.
TEST(TypeScriptClassTest, ObjectMethodNeedsBody) { EXPECT_EQ(ts("({ m(); })"), "6: '{' expected."); }
TEST(TypeScriptClassTest, DefiniteMethod) { EXPECT_EQ(ts("class A { m!() {} }"), "12: Unexpected token"); }

// Overloads: a second constructor is the checker's business (typescript-estree accepts it).
TEST(TypeScriptClassTest, ConstructorOverloads) {
  EXPECT_TRUE(contains(ts_json("class A { constructor(); constructor(x) {} }"),
                       R"("type":"TSEmptyBodyFunctionExpression")"));
  EXPECT_TRUE(contains(ts_json("class A { constructor() {} constructor() {} }"), "MethodDefinition"));
}
// Modifier words stay names where no name follows them.
TEST(TypeScriptClassTest, ModifierWordsAsNames) {
  const std::string json = ts_json("class A { public; readonly = 1; declare() {} abstract\n x }");
  EXPECT_TRUE(contains(json, R"("name":"public")"));
  EXPECT_TRUE(contains(json, R"("name":"readonly")"));
  EXPECT_TRUE(contains(json, R"("name":"declare")"));
  EXPECT_TRUE(contains(json, R"("name":"abstract")"));
}
TEST(TypeScriptClassTest, AbstractClass) {
  EXPECT_TRUE(contains(ts_json("abstract class A {}"), R"("abstract":true)"));
  EXPECT_TRUE(contains(ts_json("class A {}"), R"("abstract":false)"));
}

}  // namespace
}  // namespace essa::test
