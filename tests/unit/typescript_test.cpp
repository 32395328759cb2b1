// ParseOptions::typescript, stage 1 (docs/typescript.md): errors as "offset: message", with
// TypeScript's wording where typescript-estree reports one. Trees are checked against
// typescript-estree by the TS oracle over tests/fixtures/ts (tests/oracle-ts); here only what
// must stay true of them.
#include <gtest/gtest.h>

#include "essa/visit.h"
#include "parse_test_util.h"

namespace essa::test {
namespace {


// TypeScript syntax stays an error without the option, as in acorn.
TEST(TypeScriptTest, OffMeansJavaScript) {
  // (A type annotation is TypeScript's error for a .js file: typescript_errors_test.cpp.)
  EXPECT_EQ(script_result("let x: number"), "5: Type annotations can only be used in TypeScript files.");
  EXPECT_EQ(script_result("a as T"), "2: Unexpected token");
  EXPECT_EQ(script_result("type A = B"), "5: Unexpected token");
}

TEST(TypeScriptTest, MissingTypeIsTypeExpected) { EXPECT_EQ(ts("let x: ;"), "7: Type expected."); }
TEST(TypeScriptTest, MissingTypeAtEnd) { EXPECT_EQ(ts("let x:"), "6: Type expected."); }
TEST(TypeScriptTest, UnclosedTypeArguments) { EXPECT_EQ(ts("let x: A<B;"), "10: '>' expected."); }
TEST(TypeScriptTest, UnclosedTypeLiteral) { EXPECT_EQ(ts("type A = { a: B"), "15: '}' expected."); }
TEST(TypeScriptTest, DefiniteWithInitializer) {
  EXPECT_EQ(ts("let x!: T = 1"),
            "4: Declarations with initializers cannot also have definite assignment assertions.");
}
TEST(TypeScriptTest, DefiniteFieldWithInitializer) {
  EXPECT_EQ(ts("class C { x!: T = 1 }"),
            "16: Declarations with initializers cannot also have definite assignment assertions.");
}
TEST(TypeScriptTest, DefiniteNeedsAType) {
  EXPECT_EQ(ts("let x!;"),
            "4: Declarations with definite assignment assertions must also have type annotations.");
}

// Later stages: each a clear error at the construct, never a wrong tree.
TEST(TypeScriptTest, ComparisonStaysAComparison) {
  EXPECT_TRUE(contains(ts_json("a < b > c"), R"("operator":">")"));
}
// Stage 3: type arguments in expressions (the trees are in tests/fixtures/ts).
TEST(TypeScriptTest, GenericCallHasTypeArguments) {
  EXPECT_TRUE(contains(ts_json("f<T>(x)"), R"("typeArguments":{"type":"TSTypeParameterInstantiation")"));
}
TEST(TypeScriptTest, NoTypeArgumentsKeyWithoutThem) {
  EXPECT_FALSE(contains(ts_json("f(x); new C(); t`x`"), "typeArguments"));
}
TEST(TypeScriptTest, InstantiationExpression) {
  EXPECT_TRUE(contains(ts_json("x = f<T>;"), R"("type":"TSInstantiationExpression")"));
}
TEST(TypeScriptTest, JoinedCloserIsAnOperator) {
  EXPECT_TRUE(contains(ts_json("a < b >= c"), R"("operator":">=")"));
  EXPECT_TRUE(contains(ts_json("a < b >> c"), R"("operator":">>")"));
}
TEST(TypeScriptTest, SuperTypeArguments) {
  EXPECT_EQ(ts("class A extends B { constructor() { super<T>(); } }"),
            "41: 'super' may not use type arguments.");
  EXPECT_EQ(ts("class A extends B { m() { super < x; } }"), "32: Unexpected token");
}
TEST(TypeScriptTest, InstantiationThenPropertyAccess) {
  EXPECT_EQ(ts("f<T>.x"), "1: An instantiation expression cannot be followed by a property access.");
  EXPECT_EQ(ts("f<T>?.x"), "1: An instantiation expression cannot be followed by a property access.");
  EXPECT_EQ(ts("new C<T>.x()"),
            "5: An instantiation expression cannot be followed by a property access.");
}
TEST(TypeScriptTest, OptionalTypeArgumentsNeedACall) { EXPECT_EQ(ts("a?.<T>;"), "6: '(' expected."); }
TEST(TypeScriptTest, OptionalChainTagWithTypeArguments) {
  EXPECT_EQ(ts("a?.b<T>`x`"),
            "7: Optional chaining cannot appear in the tag of tagged template expressions");
}
TEST(TypeScriptTest, UnclosedTypeArgumentsAreAComparison) {
  EXPECT_TRUE(contains(ts_json("f<T(x)"), R"("operator":"<")"));
}
TEST(TypeScriptTest, JsxTypeArguments) {
  const ParseOptions tsx{.jsx = true, .typescript = true};
  EXPECT_EQ(result_of("x = <Foo<T prop />;", tsx), "11: '>' expected.");
  EXPECT_TRUE(contains(result_of("x = <Foo<T> prop />;", tsx), R"("type":"JSXElement")"));
}
// A try that reaches the nesting limit ends the parse, as nesting does in JavaScript.
TEST(TypeScriptTest, TypeArgumentTryTooDeep) {
  std::string chain = "x = a";
  for (int i = 0; i < 3000; ++i) chain += " < b";
  EXPECT_TRUE(contains(ts(chain + ";"), "Nesting too deep"));
  EXPECT_FALSE(contains(result_of(chain + ";", {}), "Nesting too deep"));
}
// typescript-estree writes no attributes or selfClosing on a fragment; acorn-jsx does.
TEST(TypeScriptTest, FragmentHasNoAttributes) {
  EXPECT_FALSE(contains(ts_json("<></>", {.jsx = true, .typescript = true}), "attributes"));
}
// A `this` parameter is an Identifier named this (TS-ESTree).
TEST(TypeScriptTest, ThisParameter) {
  EXPECT_TRUE(contains(ts_json("function f(this: T) {}"), R"("params":[{"type":"Identifier")"));
}

// Names that are TypeScript words elsewhere stay names.
TEST(TypeScriptTest, ContextualWordsAreNames) {
  EXPECT_TRUE(contains(ts_json("type = 1"), R"("name":"type")"));
  EXPECT_TRUE(contains(ts_json("interface\nI"), R"("name":"interface")"));
  EXPECT_TRUE(contains(ts_json("let as = 1, satisfies = as"), R"("name":"satisfies")"));
}

// TS-ESTree keys appear only in TS-ESTree output: the same tree written as ESTree is acorn's.
TEST(TypeScriptTest, TsKeysOnlyInTsEstree) {
  const ParseResult result = parse("let a = b", {.typescript = true});
  ASSERT_TRUE(result.ok());
  EXPECT_FALSE(contains(estree_json(result, {}), "optional"));
  EXPECT_FALSE(contains(estree_json(result, {}), "declare"));
  EXPECT_TRUE(contains(estree_json(result, {.typescript = true}), R"("declare":false)"));
  EXPECT_TRUE(contains(estree_json(result, {.typescript = true}), R"("decorators":[])"));
}

// TypeScript's fields on JavaScript nodes live in side records (ast.h): a plain-JS parse
// makes none, a TypeScript parse gives each such node one, and the walk reaches what they hold.
const Identifier* first_declared_id(const ParseResult& result) {
  const auto* declaration = as<VariableDeclaration>(result.program()->body[0]);
  return as<Identifier>(as<VariableDeclarator>(declaration->declarations[0])->id);
}
TEST(TypeScriptTest, NoSideRecordInJavaScript) {
  const ParseResult result = parse("let x = 1", {});
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(ts_side(*first_declared_id(result)), nullptr);
}
TEST(TypeScriptTest, SideRecordHoldsAnnotation) {
  const ParseResult result = parse("let x: T", {.typescript = true});
  ASSERT_TRUE(result.ok());
  const auto* side = ts_side(*first_declared_id(result));
  ASSERT_NE(side, nullptr);
  EXPECT_TRUE(is<TSTypeAnnotation>(side->type_annotation));
  EXPECT_FALSE(side->optional);
}
TEST(TypeScriptTest, SideRecordWithoutAnnotation) {
  const ParseResult result = parse("let x = 1", {.typescript = true});
  ASSERT_TRUE(result.ok());
  ASSERT_NE(ts_side(*first_declared_id(result)), nullptr);
  EXPECT_EQ(ts_side(*first_declared_id(result))->type_annotation, nullptr);
}
TEST(TypeScriptTest, WalkReachesSideFields) {
  const ParseResult result = parse("function f(a?: A): R {}", {.typescript = true});
  ASSERT_TRUE(result.ok());
  struct Refs : Visitor<Refs, const Node> {
    std::string names;
    void enter(const TSTypeReference& ref) { names += as<Identifier>(ref.type_name)->name; }
  } refs;
  refs.walk(*result.program());
  EXPECT_EQ(refs.names, "AR");
}

// Stage 2: the rest of the type grammar, in TypeScript's wording.
TEST(TypeScriptTest, FunctionTypeNeedsArrow) { EXPECT_EQ(ts("let x: () void"), "10: '=>' expected."); }
TEST(TypeScriptTest, FunctionTypeNeedsReturnType) { EXPECT_EQ(ts("let x: (a) =>"), "13: Type expected."); }
TEST(TypeScriptTest, EmptyTypeParameters) {
  EXPECT_EQ(ts("function f<>() {}"), "10: Type parameter list cannot be empty.");
}
TEST(TypeScriptTest, InOnFunctionTypeParameter) {
  EXPECT_EQ(ts("function f<in T>() {}"),
            "11: 'in' modifier can only appear on a type parameter of a class, interface or type alias");
}
TEST(TypeScriptTest, OutOnMethodTypeParameter) {
  EXPECT_EQ(ts("class C { m<out T>() {} }"),
            "12: 'out' modifier can only appear on a type parameter of a class, interface or type alias");
}
TEST(TypeScriptTest, ConditionalNeedsColon) {
  EXPECT_EQ(ts("type A = T extends U ? V"), "24: ':' expected.");
}
TEST(TypeScriptTest, ConditionalNeedsQuestion) {
  EXPECT_EQ(ts("type A = T extends U V"), "21: '?' expected.");
}
TEST(TypeScriptTest, MappedTypeNeedsBracket) { EXPECT_EQ(ts("type A = { [K in T }"), "19: ']' expected."); }
TEST(TypeScriptTest, MappedTypeCommaIsNoSemicolon) {
  EXPECT_EQ(ts("type A = { [K in T]: U, }"), "22: ';' expected.");
}
TEST(TypeScriptTest, ImportTypeNeedsString) {
  EXPECT_EQ(ts("type A = import(x)"), "16: String literal expected.");
}
TEST(TypeScriptTest, UnclosedTemplateType) { EXPECT_EQ(ts("type A = `a${B"), "14: '}' expected."); }
// `in`/`out` are modifiers only before a name; `out` alone is a name.
TEST(TypeScriptTest, OutIsATypeParameterName) {
  EXPECT_TRUE(contains(ts_json("type A<out> = out"), R"("name":"out")"));
}
// `infer U extends C ?` in a conditional's true branch: the `extends` opens a conditional.
TEST(TypeScriptTest, InferConstraintYieldsToConditional) {
  const std::string json = ts_json("type A<T> = T extends [infer U extends string ? 1 : 2] ? U : 0");
  EXPECT_FALSE(contains(json, R"("constraint")"));
  EXPECT_TRUE(contains(ts_json("type A<T> = T extends [infer U extends string] ? U : 0"),
                       R"("constraint":{"type":"TSStringKeyword")"));
}
TEST(TypeScriptTest, DeepConditionalIsNestingTooDeep) {
  std::string src = "type A = ";
  for (int i = 0; i < 5000; ++i) src += "A extends B ? C : ";
  src += "D";
  const ParseResult result = parse(src, {.typescript = true});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error()->message, "Nesting too deep");
}
TEST(TypeScriptTest, DeepFunctionTypeIsNestingTooDeep) {
  std::string src = "type A = ";
  for (int i = 0; i < 5000; ++i) src += "() => ";
  src += "D";
  const ParseResult result = parse(src, {.typescript = true});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error()->message, "Nesting too deep");
}

// `await` before a name, a keyword or a literal on its line is an operator in TypeScript even
// outside async code (its checker reports it), so such a file is still a script.
TEST(TypeScriptTest, AwaitOutsideAsyncBeforeName) {
  EXPECT_TRUE(contains(ts_json("await y;"), R"("type":"AwaitExpression")"));
  EXPECT_TRUE(contains(ts_json("function f() { <T>await 1; }"), R"("type":"AwaitExpression")"));
}
TEST(TypeScriptTest, AwaitOutsideAsyncAloneIsAName) {
  EXPECT_TRUE(contains(ts_json("await;"), R"("name":"await")"));
  EXPECT_TRUE(contains(ts_json("await\ny;"), R"("name":"await")"));
  EXPECT_TRUE(contains(ts_json("await (y);"), R"("type":"CallExpression")"));
}
TEST(TypeScriptTest, ForAwaitOutsideAsync) {
  EXPECT_TRUE(contains(ts_json("function f() { for await (x of y); }"), R"("await":true)"));
}
TEST(TypeScriptTest, AwaitOutsideAsyncInJavaScript) { EXPECT_EQ(script_result("await y;"), "6: Unexpected token"); }
TEST(TypeScriptTest, OptionalCallTypeArgumentsSplitFromLtLt) {
  EXPECT_TRUE(contains(ts_json("a?.<<T>() => T>();"), R"("type":"TSFunctionType")"));
}

// A deep type is "Nesting too deep", never a stack overflow.
TEST(TypeScriptTest, DeepTypeIsNestingTooDeep) {
  std::string src = "let x: ";
  for (int i = 0; i < 5000; ++i) src += "(";
  src += "T";
  const ParseResult result = parse(src, {.typescript = true});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error()->message, "Nesting too deep");
}
TEST(TypeScriptTest, DeepArrayTypeIsNestingTooDeep) {
  std::string src = "let x: T";
  for (int i = 0; i < 20000; ++i) src += "[]";
  const ParseResult result = parse(src, {.typescript = true});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error()->message, "Nesting too deep");
}

}  // namespace
}  // namespace essa::test
