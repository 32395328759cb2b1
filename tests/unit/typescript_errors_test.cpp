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

// The rarer mistakes (TypeScript's parser or typescript-estree's checks, at their places).
TEST(TypeScriptErrorsTest, EmptyImplementsList) {
  EXPECT_EQ(ts("class C implements {}"), "8: 'implements' list cannot be empty.");
}
TEST(TypeScriptErrorsTest, EmptyClassExtendsList) {
  EXPECT_EQ(ts("class C extends {}"), "8: 'extends' list cannot be empty.");
}
TEST(TypeScriptErrorsTest, EmptyInterfaceExtendsList) {
  EXPECT_EQ(ts("interface I extends {}"), "12: 'extends' list cannot be empty.");
}
TEST(TypeScriptErrorsTest, CatchOrFinallyExpected) { EXPECT_EQ(ts("try {}"), "6: 'catch' or 'finally' expected."); }
TEST(TypeScriptErrorsTest, CatchOrFinallyExpectedAtNextStatement) {
  EXPECT_EQ(ts("try {}\nlet a = 1;"), "7: 'catch' or 'finally' expected.");
}
TEST(TypeScriptErrorsTest, TypeArgumentsCloseWhereNoTypeStarts) {
  EXPECT_EQ(ts("let x: A<;"), "9: '>' expected.");
}
TEST(TypeScriptErrorsTest, TypeArgumentsCloseAfterComma) { EXPECT_EQ(ts("let x: A<B, ;"), "12: '>' expected."); }
TEST(TypeScriptErrorsTest, IndexedAccessClose) { EXPECT_EQ(ts("let x: string[;"), "14: ']' expected."); }
TEST(TypeScriptErrorsTest, EmptyTypeArgumentsInType) {
  EXPECT_EQ(ts("let x: A<>;"), "8: Type argument list cannot be empty.");
}
TEST(TypeScriptErrorsTest, EmptyTypeArgumentsInCall) { EXPECT_EQ(ts("f<>();"), "1: Type argument list cannot be empty."); }
TEST(TypeScriptErrorsTest, EmptyTypeArgumentsInNew) {
  EXPECT_EQ(ts("new C<>();"), "5: Type argument list cannot be empty.");
}
TEST(TypeScriptErrorsTest, EmptyTypeArgumentsNested) {
  EXPECT_EQ(ts("f<A<>>();"), "3: Type argument list cannot be empty.");
}
TEST(TypeScriptErrorsTest, EnumNumericName) {
  EXPECT_EQ(ts("enum E { 1 = 2 }"), "9: An enum member cannot have a numeric name.");
}
TEST(TypeScriptErrorsTest, EnumComputedName) {
  EXPECT_EQ(ts("enum E { [a] = 1 }"), "9: Computed property names are not allowed in enums.");
}
TEST(TypeScriptErrorsTest, EnumMemberExpected) { EXPECT_EQ(ts("enum E { A, , }"), "12: Enum member expected."); }
TEST(TypeScriptErrorsTest, AbstractInterface) {
  EXPECT_EQ(ts("abstract interface I {}"),
            "0: 'abstract' modifier can only appear on a class, method, or property declaration.");
}
TEST(TypeScriptErrorsTest, AbstractExportedEnum) {
  EXPECT_EQ(ts_module("export abstract enum E {}"),
            "7: 'abstract' modifier can only appear on a class, method, or property declaration.");
}
TEST(TypeScriptErrorsTest, AbstractBeforeName) {
  EXPECT_EQ(ts("abstract x;"), "0: Unexpected keyword or identifier.");
}
TEST(TypeScriptErrorsTest, AbstractAsName) {
  EXPECT_NE(ts("abstract = 1;").find(R"("type":"AssignmentExpression")"), std::string::npos);
}
TEST(TypeScriptErrorsTest, ForOfAnnotation) {
  EXPECT_EQ(ts("for (let x: number of xs) {}"),
            "9: The variable declaration of a 'for...of' statement cannot have a type annotation.");
}
TEST(TypeScriptErrorsTest, ForInAnnotation) {
  EXPECT_EQ(ts("for (const [x]: T in o) {}"),
            "11: The variable declaration of a 'for...in' statement cannot have a type annotation.");
}
TEST(TypeScriptErrorsTest, DeclaratorCommaExpected) { EXPECT_EQ(ts("let x y;"), "6: ',' expected."); }
TEST(TypeScriptErrorsTest, DeclaratorCommaExpectedAfterType) { EXPECT_EQ(ts("let x: T y;"), "9: ',' expected."); }
TEST(TypeScriptErrorsTest, PropertyOrSignatureExpected) {
  EXPECT_EQ(ts("type T = {-[K in T]: X};"), "10: Property or signature expected.");
}
TEST(TypeScriptErrorsTest, PropertyOrSignatureExpectedInInterface) {
  EXPECT_EQ(ts("interface I { , }"), "14: Property or signature expected.");
}
TEST(TypeScriptErrorsTest, OptionalChainTypeArgumentsThenName) {
  EXPECT_EQ(ts("a?.<T>b;"), "3: Identifier expected.");
}
TEST(TypeScriptErrorsTest, NamespaceImportAsExpected) {
  EXPECT_EQ(ts_module("import * from \"m\";"), "9: 'as' expected.");
}
TEST(TypeScriptErrorsTest, ModuleSpecifierNotString) {
  EXPECT_EQ(ts_module("import x from y;"), "14: Module specifier must be a string literal.");
}
TEST(TypeScriptErrorsTest, ModuleSpecifierMissing) { EXPECT_EQ(ts_module("import x from ;"), "14: Expression expected."); }
TEST(TypeScriptErrorsTest, ExportWithoutDeclaration) {
  EXPECT_EQ(ts_module("export x;"), "0: Declaration or statement expected.");
}

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
  EXPECT_EQ(script_result("try {}"), "0: Missing catch or finally clause");
  EXPECT_EQ(script_result("let x y;"), "6: Unexpected token");
  EXPECT_EQ(module_result("import * from \"m\";"), "9: Unexpected token");
  EXPECT_EQ(module_result("import x from y;"), "14: Unexpected token");
}

// `declare` or `abstract` before no declaration: TypeScript's words (typescript-estree lets
// `declare x;` through as two statements; TypeScript reports the missing `;`).
TEST(TypeScriptErrorsTest, DeclareBeforeAName) { EXPECT_EQ(ts("declare x;"), "8: ';' expected."); }
TEST(TypeScriptErrorsTest, DeclareBeforeAString) { EXPECT_EQ(ts("declare \"m\";"), "8: ';' expected."); }
TEST(TypeScriptErrorsTest, DeclareBeforeABlock) { EXPECT_EQ(ts("declare {}"), "8: ';' expected."); }
TEST(TypeScriptErrorsTest, DeclareTwice) {
  EXPECT_EQ(ts("declare declare class C {}"), "8: 'declare' modifier already seen.");
}
TEST(TypeScriptErrorsTest, DeclareAbstractName) {
  EXPECT_EQ(ts("declare abstract x;"), "8: Unexpected keyword or identifier.");
}
TEST(TypeScriptErrorsTest, DeclareAsync) { EXPECT_EQ(ts("declare async x;"), "8: Unexpected keyword or identifier."); }
TEST(TypeScriptErrorsTest, DeclareReadonly) {
  EXPECT_EQ(ts("declare readonly x;"), "8: Declaration or statement expected.");
}
TEST(TypeScriptErrorsTest, AbstractTwice) {
  EXPECT_EQ(ts("abstract abstract class C {}"), "9: 'abstract' modifier already seen.");
}
TEST(TypeScriptErrorsTest, AbstractDeclare) {
  EXPECT_EQ(ts("abstract declare x;"), "0: Unexpected keyword or identifier.");
}

}  // namespace
}  // namespace essa::test
