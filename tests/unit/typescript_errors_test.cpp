// TypeScript's syntax errors in its own words (stage 5, docs/typescript.md): the messages
// typescript-estree reports for typical mistakes, at the place it reports them ("offset:
// message"), and TypeScript's message for a type annotation in a JavaScript file. JavaScript
// keeps acorn's wording everywhere else.
#include <gtest/gtest.h>

#include "parse_test_util.h"

namespace essa::test {
namespace {

std::string ts_module(std::string_view src) {
  return result_of(src, {.module = true, .typescript = true});
}

// parseExpected: "'x' expected." at the token found.
TEST(TypeScriptErrorsTest, CommaExpected) { EXPECT_EQ(ts("function f(a b) {}"), "13: ',' expected."); }
TEST(TypeScriptErrorsTest, ParenExpected) { EXPECT_EQ(ts("if (x {}"), "6: ')' expected."); }
TEST(TypeScriptErrorsTest, ColonExpected) { EXPECT_EQ(ts("a ? b;"), "5: ':' expected."); }
TEST(TypeScriptErrorsTest, BraceExpected) { EXPECT_EQ(ts("declare module M"), "16: '{' expected."); }
TEST(TypeScriptErrorsTest, BraceExpectedAtEnd) { EXPECT_EQ(ts("function* f(): T {\n"), "19: '}' expected."); }
TEST(TypeScriptErrorsTest, BracketExpected) { EXPECT_EQ(ts("var a = [1, 2;"), "13: ',' expected."); }
TEST(TypeScriptErrorsTest, CaseColonExpected) { EXPECT_EQ(ts("switch (x) { case 1 }"), "20: ':' expected."); }
TEST(TypeScriptErrorsTest, TupleCommaExpected) { EXPECT_EQ(ts("type A = [string;"), "16: ',' expected."); }
TEST(TypeScriptErrorsTest, ParenTypeExpected) { EXPECT_EQ(ts("let x: (string;"), "14: ')' expected."); }
TEST(TypeScriptErrorsTest, ConditionalColonExpected) {
  EXPECT_EQ(ts("type A = T extends U ? X;"), "24: ':' expected.");
}
TEST(TypeScriptErrorsTest, PatternCommaExpected) { EXPECT_EQ(ts("var [a: string] = b;"), "6: ',' expected."); }
// `keyof`, `unique` and `readonly` always take an operand, `infer` a name (TypeScript's parser).
TEST(TypeScriptErrorsTest, KeyofWithoutOperand) { EXPECT_EQ(ts("type A = keyof;"), "14: Type expected."); }
TEST(TypeScriptErrorsTest, ReadonlyWithoutOperand) { EXPECT_EQ(ts("let x: (readonly) = 1"), "16: Type expected."); }
TEST(TypeScriptErrorsTest, UniqueWithoutOperand) { EXPECT_EQ(ts("type A = [unique];"), "16: Type expected."); }
TEST(TypeScriptErrorsTest, InferWithoutName) { EXPECT_EQ(ts("type A = infer;"), "14: Identifier expected."); }
TEST(TypeScriptErrorsTest, FromExpected) { EXPECT_EQ(ts_module("import {a} = b;"), "11: 'from' expected."); }
TEST(TypeScriptErrorsTest, NamespaceExpected) {
  EXPECT_EQ(ts_module("export as foo N;"), "10: 'namespace' expected.");
}
// parseSemicolon.
TEST(TypeScriptErrorsTest, SemicolonExpected) {
  EXPECT_EQ(ts("for (let i = 0; i < n i++) {}"), "22: ';' expected.");
}
TEST(TypeScriptErrorsTest, SemicolonExpectedAfterStatement) { EXPECT_EQ(ts("let x = 1 2"), "10: ';' expected."); }
// parsePrimaryExpression, parseIdentifier, the statement list.
TEST(TypeScriptErrorsTest, ExpressionExpected) { EXPECT_EQ(ts("let x = ;"), "8: Expression expected."); }
TEST(TypeScriptErrorsTest, ExpressionExpectedInObject) {
  EXPECT_EQ(ts("let a = { b: };"), "13: Expression expected.");
}
TEST(TypeScriptErrorsTest, IdentifierExpected) { EXPECT_EQ(ts("x.;"), "2: Identifier expected."); }
TEST(TypeScriptErrorsTest, IdentifierExpectedForName) { EXPECT_EQ(ts("function () {}"), "9: Identifier expected."); }
TEST(TypeScriptErrorsTest, IdentifierExpectedInSpecifier) {
  EXPECT_EQ(ts_module("export { a as };"), "14: Identifier expected.");
}
TEST(TypeScriptErrorsTest, StatementExpected) { EXPECT_EQ(ts("}"), "0: Declaration or statement expected."); }
TEST(TypeScriptErrorsTest, StatementExpectedAfterOne) {
  EXPECT_EQ(ts("a;\n)"), "3: Declaration or statement expected.");
}
// Declarations.
TEST(TypeScriptErrorsTest, SignatureNeedsBodyOrSemicolon) {
  EXPECT_EQ(ts("function f(): void x"), "19: '{' or ';' expected.");
}
TEST(TypeScriptErrorsTest, EnumMemberSeparator) {
  EXPECT_EQ(ts("enum E { A B }"), "11: An enum member name must be followed by a ',', '=', or '}'.");
}
TEST(TypeScriptErrorsTest, NamespaceNeedsName) { EXPECT_EQ(ts("namespace {}"), "10: Namespace must be given a name."); }
TEST(TypeScriptErrorsTest, ModuleNeedsName) { EXPECT_EQ(ts("module {}"), "7: Namespace must be given a name."); }
TEST(TypeScriptErrorsTest, InterfaceNeedsName) { EXPECT_EQ(ts("interface {}"), "10: Interface must be given a name."); }
TEST(TypeScriptErrorsTest, TypeExpected) { EXPECT_EQ(ts("let x: = 1;"), "7: Type expected."); }
TEST(TypeScriptErrorsTest, MemberSemicolonExpected) {
  EXPECT_EQ(ts("interface I { a: string b: number }"), "24: ';' expected.");
}
TEST(TypeScriptErrorsTest, TypeArgumentsClose) { EXPECT_EQ(ts("let x: Array<string;"), "19: '>' expected."); }

// JavaScript: a type annotation is TypeScript's error for a .js file; other mistakes keep
// acorn's wording.
TEST(TypeScriptErrorsTest, AnnotationOnVariableInJs) {
  EXPECT_EQ(script_result("let x: number = 1;"),
            "5: Type annotations can only be used in TypeScript files.");
}
TEST(TypeScriptErrorsTest, AnnotationOnConstInJs) {
  EXPECT_EQ(script_result("const x: number = 1;"),
            "7: Type annotations can only be used in TypeScript files.");
}
TEST(TypeScriptErrorsTest, AnnotationOnParameterInJs) {
  EXPECT_EQ(script_result("function f(a: string) {}"),
            "12: Type annotations can only be used in TypeScript files.");
}
TEST(TypeScriptErrorsTest, AnnotationOnSecondParameterInJs) {
  EXPECT_EQ(script_result("function f(a, b: T) {}"),
            "15: Type annotations can only be used in TypeScript files.");
}
TEST(TypeScriptErrorsTest, ReturnTypeInJs) {
  EXPECT_EQ(script_result("function f(): void {}"),
            "12: Type annotations can only be used in TypeScript files.");
}
TEST(TypeScriptErrorsTest, MethodReturnTypeInJs) {
  EXPECT_EQ(script_result("class A { m(): T {} }"),
            "13: Type annotations can only be used in TypeScript files.");
}
TEST(TypeScriptErrorsTest, FieldAnnotationInJs) {
  EXPECT_EQ(script_result("class A { x: number; }"),
            "11: Type annotations can only be used in TypeScript files.");
}
TEST(TypeScriptErrorsTest, CatchAnnotationInJs) {
  EXPECT_EQ(script_result("try {} catch (e: any) {}"),
            "15: Type annotations can only be used in TypeScript files.");
}
TEST(TypeScriptErrorsTest, OtherJsErrorsKeepAcornsWords) {
  EXPECT_EQ(script_result("let x = ;"), "8: Unexpected token");
  EXPECT_EQ(script_result("f(a: 1)"), "3: Unexpected token");
  EXPECT_EQ(script_result("throw x: y"), "7: Unexpected token");
  EXPECT_EQ(script_result("if (x {}"), "6: Unexpected token");
}

}  // namespace
}  // namespace essa::test
