// The statement half of the parser: statements, declarations, functions, classes and
// modules. The trees of valid programs are fixtures (tests/fixtures/ast/statement/, checked by
// fixture_test.cpp). Here: syntax errors, each expected as "offset: message" with
// acorn's error position (UTF-16 offset) and its message without the "(line:column)"
// suffix, and what the JSON does not show.
#include <gtest/gtest.h>

#include <string>

#include "parse_test_util.h"

namespace essa {
namespace {

using test::module_result;
using test::result_of;
using test::script_result;

// Not from acorn: the recursion limit. With max_depth 10 each `{` costs a statement and a
// block level, so the sixth `{` (offset 5) is one level too deep; each `if` costs one level,
// so the tenth `if`'s condition (offset 67) is.
TEST(StatementParseTest, NestingTooDeepError) {
  EXPECT_EQ(result_of("{{{{{{{{{{}}}}}}}}}}", {.max_depth = 10}), "5: Nesting too deep");
  EXPECT_EQ(result_of("if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) b",
                      {.max_depth = 10}),
            "67: Nesting too deep");
}

TEST(StatementParseTest, ExpressionStatementMissingSemicolonError) {
  EXPECT_EQ(script_result(R"js(a b)js"),
            R"json(2: Unexpected token)json");
}

TEST(StatementParseTest, EscapedKeywordError) {
  EXPECT_EQ(script_result(R"js(\u0069f (a) b;)js"),
            R"json(0: Escape sequence in keyword if)json");
}

TEST(StatementParseTest, LetBracketInIfBodyError) {
  EXPECT_EQ(script_result(R"js(if (x) let [a] = b)js"),
            R"json(7: Unexpected token)json");
}

TEST(StatementParseTest, LetBindingLetError) {
  EXPECT_EQ(script_result(R"js(let let = 1)js"),
            R"json(4: let is disallowed as a lexically bound name)json");
}

TEST(StatementParseTest, ConstWithoutInitializerError) {
  EXPECT_EQ(script_result(R"js(const a;)js"),
            R"json(7: Unexpected token)json");
}

TEST(StatementParseTest, ComplexBindingWithoutInitializerError) {
  EXPECT_EQ(script_result(R"js(var [a];)js"),
            R"json(7: Complex binding patterns require an initialization value)json");
}

TEST(StatementParseTest, UsingAtScriptTopLevelError) {
  EXPECT_EQ(script_result(R"js(using x = a;)js"),
            R"json(0: Using declaration cannot appear in the top level when source type is `script` or in the bare case statement)json");
}

TEST(StatementParseTest, UsingWithoutInitializerError) {
  EXPECT_EQ(script_result(R"js({ using x; })js"),
            R"json(9: Missing initializer in using declaration)json");
}

TEST(StatementParseTest, AwaitUsingOutsideAsyncError) {
  EXPECT_EQ(script_result(R"js({ await using x = y; })js"),
            R"json(2: Await using cannot appear outside of async function)json");
}

TEST(StatementParseTest, GeneratorExpressionNamedYieldError) {
  EXPECT_EQ(script_result(R"js((function* yield() {});)js"),
            R"json(11: Cannot use 'yield' as identifier inside a generator)json");
}

TEST(StatementParseTest, RestParamTrailingCommaError) {
  EXPECT_EQ(script_result(R"js(function f(...a,) {})js"),
            R"json(15: Comma is not permitted after the rest element)json");
}

TEST(StatementParseTest, RestParamDefaultError) {
  EXPECT_EQ(script_result(R"js(function f(...a = 1) {})js"),
            R"json(16: Unexpected token)json");
}

TEST(StatementParseTest, YieldInGeneratorParamsError) {
  EXPECT_EQ(script_result(R"js(function* g(a = yield) {})js"),
            R"json(16: Yield expression cannot be a default value)json");
}

TEST(StatementParseTest, AwaitInAsyncParamsError) {
  EXPECT_EQ(script_result(R"js(async function f(a = await x) {})js"),
            R"json(21: Await expression cannot be a default value)json");
}

TEST(StatementParseTest, FunctionDeclarationWithoutNameError) {
  EXPECT_EQ(script_result(R"js(function () {})js"),
            R"json(9: Unexpected token)json");
}

TEST(StatementParseTest, UseStrictMakesWithAnError) {
  EXPECT_EQ(script_result(R"js("use strict"; with (a) b)js"),
            R"json(14: 'with' in strict mode)json");
}

TEST(StatementParseTest, UseStrictInFunctionMakesOctalAnError) {
  EXPECT_EQ(script_result(R"js(function f() { "use strict"; return 010 })js"),
            R"json(36: Invalid number)json");
}

TEST(StatementParseTest, UseStrictNonSimpleParamsError) {
  EXPECT_EQ(script_result(R"js(function f(a = 1) { "use strict"; })js"),
            R"json(0: Illegal 'use strict' directive in function with non-simple parameter list)json");
}

TEST(StatementParseTest, UseStrictBindsFunctionNameError) {
  EXPECT_EQ(script_result(R"js(function eval() { "use strict"; })js"),
            R"json(9: Binding eval in strict mode)json");
}

TEST(StatementParseTest, UseStrictBindsParamError) {
  EXPECT_EQ(script_result(R"js(function f(static) { "use strict" })js"),
            R"json(11: Binding static in strict mode)json");
}

TEST(StatementParseTest, OctalDirectiveBeforeUseStrictError) {
  EXPECT_EQ(script_result(R"js(function f() { "\07"; "use strict"; })js"),
            R"json(16: Octal literal in strict mode)json");
}

TEST(StatementParseTest, OctalDirectiveBeforeUseStrictAtTopError) {
  EXPECT_EQ(script_result(R"js("\07"; "use strict";)js"),
            R"json(1: Octal literal in strict mode)json");
}

TEST(StatementParseTest, IfFunctionInStrictCodeError) {
  EXPECT_EQ(script_result(R"js("use strict"; if (a) function f() {})js"),
            R"json(21: Unexpected token)json");
}

TEST(StatementParseTest, IfGeneratorError) {
  EXPECT_EQ(script_result(R"js(if (a) function* g() {})js"),
            R"json(15: Unexpected token)json");
}

TEST(StatementParseTest, IfAsyncFunctionError) {
  EXPECT_EQ(script_result(R"js(if (a) async function f() {})js"),
            R"json(7: Unexpected token)json");
}

TEST(StatementParseTest, IfClassError) {
  EXPECT_EQ(script_result(R"js(if (a) class A {})js"),
            R"json(7: Unexpected token)json");
}

TEST(StatementParseTest, IfConstError) {
  EXPECT_EQ(script_result(R"js(if (a) const b = 1;)js"),
            R"json(7: Unexpected token)json");
}

TEST(StatementParseTest, WhileBodyFunctionError) {
  EXPECT_EQ(script_result(R"js(while (a) function f() {})js"),
            R"json(10: Unexpected token)json");
}

TEST(StatementParseTest, LabeledGeneratorError) {
  EXPECT_EQ(script_result(R"js(a: function* g() {})js"),
            R"json(11: Unexpected token)json");
}

TEST(StatementParseTest, IfLabeledFunctionError) {
  EXPECT_EQ(script_result(R"js(if (x) a: function f() {})js"),
            R"json(10: Unexpected token)json");
}

TEST(StatementParseTest, ForInInitializerInStrictCodeError) {
  EXPECT_EQ(script_result(R"js("use strict"; for (var x = 1 in y) ;)js"),
            R"json(19: for-in loop variable declaration may not have an initializer)json");
}

TEST(StatementParseTest, ForOfInitializerError) {
  EXPECT_EQ(script_result(R"js(for (let [a] = 1 of y) ;)js"),
            R"json(5: for-of loop variable declaration may not have an initializer)json");
}

TEST(StatementParseTest, ForOfSequenceRightError) {
  EXPECT_EQ(script_result(R"js(for (x of a, b) ;)js"),
            R"json(11: Unexpected token)json");
}

TEST(StatementParseTest, ForInTwoDeclarationsError) {
  EXPECT_EQ(script_result(R"js(for (var a, b in c) ;)js"),
            R"json(14: Unexpected token)json");
}

TEST(StatementParseTest, ForAwaitInError) {
  EXPECT_EQ(script_result(R"js(async function f() { for await (x in y) ; })js"),
            R"json(25: Unexpected token)json");
}

TEST(StatementParseTest, ForAwaitOrdinaryError) {
  EXPECT_EQ(script_result(R"js(async function f() { for await (;;) ; })js"),
            R"json(25: Unexpected token)json");
}

TEST(StatementParseTest, ForAsyncOfError) {
  EXPECT_EQ(script_result(R"js(for (async of x) ;)js"),
            R"json(14: Unexpected token)json");
}

TEST(StatementParseTest, ForLetMemberOfError) {
  EXPECT_EQ(script_result(R"js(for (let.x of y) ;)js"),
            R"json(5: The left-hand side of a for-of loop may not start with 'let'.)json");
}

TEST(StatementParseTest, ForLetOfError) {
  EXPECT_EQ(script_result(R"js(for (let of x) ;)js"),
            R"json(12: Unexpected token)json");
}

TEST(StatementParseTest, ForUsingNamedOf) {
  EXPECT_EQ(script_result(R"js(for (using of of y) ;)js"),
            R"json(17: Unexpected token)json");
}

TEST(StatementParseTest, ForInvalidTargetError) {
  EXPECT_EQ(script_result(R"js(for (a + b of c) ;)js"),
            R"json(5: Assigning to rvalue)json");
}

TEST(StatementParseTest, DoWhileWithoutWhileError) {
  EXPECT_EQ(script_result(R"js(do x; y)js"),
            R"json(6: Unexpected token)json");
}

TEST(StatementParseTest, BreakOutsideLoopError) {
  EXPECT_EQ(script_result(R"js(break;)js"),
            R"json(0: Unsyntactic break)json");
}

TEST(StatementParseTest, ContinueToBlockLabelError) {
  EXPECT_EQ(script_result(R"js(a: { continue a; })js"),
            R"json(5: Unsyntactic continue)json");
}

TEST(StatementParseTest, ContinueInSwitchError) {
  EXPECT_EQ(script_result(R"js(switch (a) { case 1: continue; })js"),
            R"json(21: Unsyntactic continue)json");
}

TEST(StatementParseTest, DuplicateLabelError) {
  EXPECT_EQ(script_result(R"js(a: a: ;)js"),
            R"json(3: Label 'a' is already declared)json");
}

TEST(StatementParseTest, LabelNotVisibleInFunctionError) {
  EXPECT_EQ(script_result(R"js(x: while (1) { function f() { break x; } })js"),
            R"json(30: Unsyntactic break)json");
}

TEST(StatementParseTest, ReturnOutsideFunctionError) {
  EXPECT_EQ(script_result(R"js(return;)js"),
            R"json(0: 'return' outside of function)json");
}

TEST(StatementParseTest, ReturnInStaticBlockError) {
  EXPECT_EQ(script_result(R"js(class A { static { return; } })js"),
            R"json(19: 'return' outside of function)json");
}

TEST(StatementParseTest, ThrowNewlineError) {
  EXPECT_EQ(script_result(R"js(throw
x)js"),
            R"json(5: Illegal newline after throw)json");
}

TEST(StatementParseTest, TryWithoutHandlerError) {
  EXPECT_EQ(script_result(R"js(try {})js"),
            R"json(0: Missing catch or finally clause)json");
}

TEST(StatementParseTest, CatchParamEvalInStrictCodeError) {
  EXPECT_EQ(script_result(R"js("use strict"; try {} catch (eval) {})js"),
            R"json(28: Binding eval in strict mode)json");
}

TEST(StatementParseTest, SwitchMultipleDefaultsError) {
  EXPECT_EQ(script_result(R"js(switch (a) { default: default: })js"),
            R"json(22: Multiple default clauses)json");
}

TEST(StatementParseTest, SwitchStatementBeforeCaseError) {
  EXPECT_EQ(script_result(R"js(switch (a) { b; })js"),
            R"json(13: Unexpected token)json");
}

TEST(StatementParseTest, WithInModuleError) {
  EXPECT_EQ(module_result(R"js(with (a) b;)js"),
            R"json(0: 'with' in strict mode)json");
}

TEST(StatementParseTest, ClassDeclarationWithoutNameError) {
  EXPECT_EQ(script_result(R"js(class {})js"),
            R"json(6: Unexpected token)json");
}

TEST(StatementParseTest, ClassFieldYieldError) {
  EXPECT_EQ(script_result(R"js(function* g() { class A { x = yield } })js"),
            R"json(30: The keyword 'yield' is reserved)json");
}

TEST(StatementParseTest, ClassBodyIsStrict) {
  EXPECT_EQ(script_result(R"js(class A { m() { with (a) b; } })js"),
            R"json(16: 'with' in strict mode)json");
}

TEST(StatementParseTest, ClassDuplicateConstructorError) {
  EXPECT_EQ(script_result(R"js(class A { constructor(){} constructor(){} })js"),
            R"json(26: Duplicate constructor in the same class)json");
}

TEST(StatementParseTest, ClassGetterConstructorError) {
  EXPECT_EQ(script_result(R"js(class A { get constructor() {} })js"),
            R"json(14: Constructor can't have get/set modifier)json");
}

TEST(StatementParseTest, ClassGeneratorConstructorError) {
  EXPECT_EQ(script_result(R"js(class A { *constructor() {} })js"),
            R"json(11: Constructor can't be a generator)json");
}

TEST(StatementParseTest, ClassAsyncConstructorError) {
  EXPECT_EQ(script_result(R"js(class A { async constructor() {} })js"),
            R"json(16: Constructor can't be an async method)json");
}

TEST(StatementParseTest, ClassPrivateConstructorError) {
  EXPECT_EQ(script_result(R"js(class A { #constructor() {} })js"),
            R"json(10: Classes can't have an element named '#constructor')json");
}

TEST(StatementParseTest, ClassStaticPrototypeMethodError) {
  EXPECT_EQ(script_result(R"js(class A { static prototype() {} })js"),
            R"json(17: Classes may not have a static property named prototype)json");
}

TEST(StatementParseTest, ClassConstructorFieldError) {
  EXPECT_EQ(script_result(R"js(class A { constructor = 1 })js"),
            R"json(10: Classes can't have a field named 'constructor')json");
}

TEST(StatementParseTest, ClassStaticPrototypeFieldError) {
  EXPECT_EQ(script_result(R"js(class A { static prototype = 1 })js"),
            R"json(17: Classes can't have a static field named 'prototype')json");
}

TEST(StatementParseTest, ClassGetterParamsError) {
  EXPECT_EQ(script_result(R"js(class A { get a(b) {} })js"),
            R"json(15: getter should have no params)json");
}

TEST(StatementParseTest, ClassSetterParamsError) {
  EXPECT_EQ(script_result(R"js(class A { set a() {} })js"),
            R"json(15: setter should have exactly one param)json");
}

TEST(StatementParseTest, ClassSetterRestError) {
  EXPECT_EQ(script_result(R"js(class A { set a(...b) {} })js"),
            R"json(16: Setter cannot use rest params)json");
}

TEST(StatementParseTest, ClassNamedEvalError) {
  EXPECT_EQ(script_result(R"js(class eval {})js"),
            R"json(6: Binding eval in strict mode)json");
}

TEST(StatementParseTest, ClassFieldMissingSemicolonError) {
  EXPECT_EQ(script_result(R"js(class A { a b })js"),
            R"json(12: Unexpected token)json");
}

TEST(StatementParseTest, ImportStringWithoutAsError) {
  EXPECT_EQ(module_result(R"js(import { "a" } from "m";)js"),
            R"json(9: Binding rvalue)json");
}

TEST(StatementParseTest, ImportKeywordWithoutAsError) {
  EXPECT_EQ(module_result(R"js(import { if } from "m";)js"),
            R"json(9: Unexpected keyword 'if')json");
}

TEST(StatementParseTest, ImportEvalError) {
  EXPECT_EQ(module_result(R"js(import eval from "m";)js"),
            R"json(7: Binding eval in strict mode)json");
}

TEST(StatementParseTest, ImportMissingFromError) {
  EXPECT_EQ(module_result(R"js(import a "m";)js"),
            R"json(9: Unexpected token)json");
}

TEST(StatementParseTest, ImportAttributeValueError) {
  EXPECT_EQ(module_result(R"js(import a from "m" with { type: json };)js"),
            R"json(31: Unexpected token)json");
}

TEST(StatementParseTest, ImportInScriptError) {
  EXPECT_EQ(script_result(R"js(import a from "m";)js"),
            R"json(0: 'import' and 'export' may appear only with 'sourceType: module')json");
}

TEST(StatementParseTest, ImportInBlockError) {
  EXPECT_EQ(module_result(R"js({ import a from "m"; })js"),
            R"json(2: 'import' and 'export' may only appear at the top level)json");
}

TEST(StatementParseTest, ExportStringLocalError) {
  EXPECT_EQ(module_result(R"js(export { "a" };)js"),
            R"json(9: A string literal cannot be used as an exported binding without `from`.)json");
}

TEST(StatementParseTest, ExportKeywordLocalError) {
  EXPECT_EQ(module_result(R"js(export { if };)js"),
            R"json(9: Unexpected keyword 'if')json");
}

TEST(StatementParseTest, ExportAwaitLocalError) {
  EXPECT_EQ(module_result(R"js(export { await };)js"),
            R"json(9: Cannot use keyword 'await' outside an async function)json");
}

TEST(StatementParseTest, ExportLoneSurrogateError) {
  EXPECT_EQ(module_result(R"js(export * as "\uD800" from "m";)js"),
            R"json(12: An export name cannot include a lone surrogate.)json");
}

TEST(StatementParseTest, ExportUsingError) {
  EXPECT_EQ(module_result(R"js(export using x = y;)js"),
            R"json(7: Unexpected token)json");
}

TEST(StatementParseTest, ExportInScriptError) {
  EXPECT_EQ(script_result(R"js(export var a;)js"),
            R"json(0: 'import' and 'export' may appear only with 'sourceType: module')json");
}

TEST(StatementParseTest, UnterminatedBlockError) {
  EXPECT_EQ(script_result(R"js({ a)js"),
            R"json(3: Unexpected token)json");
}

TEST(StatementParseTest, UnterminatedClassError) {
  EXPECT_EQ(script_result(R"js(class A { a() {})js"),
            R"json(16: Unexpected token)json");
}

TEST(StatementParseTest, UnterminatedSwitchError) {
  EXPECT_EQ(script_result(R"js(switch (a) { case 1:)js"),
            R"json(20: Unexpected token)json");
}

TEST(StatementParseTest, UnterminatedParamsError) {
  EXPECT_EQ(script_result(R"js(function f(a,)js"),
            R"json(13: Unexpected token)json");
}

TEST(StatementParseTest, UnterminatedImportError) {
  EXPECT_EQ(module_result(R"js(import {a)js"),
            R"json(9: Unexpected token)json");
}

TEST(StatementParseTest, UnterminatedExportError) {
  EXPECT_EQ(module_result(R"js(export {a)js"),
            R"json(9: Unexpected token)json");
}

TEST(StatementParseTest, UnterminatedAttributesError) {
  EXPECT_EQ(module_result(R"js(import a from "m" with { type: "json")js"),
            R"json(37: Unexpected token)json");
}

TEST(StatementParseTest, ForInAssignmentTargetError) {
  EXPECT_EQ(script_result(R"js(for (a = 0 in {});)js"),
            R"json(5: Assigning to rvalue)json");
}

TEST(StatementParseTest, ForOfStrictEvalTargetError) {
  EXPECT_EQ(script_result(R"js("use strict"; for (eval of a);)js"),
            R"json(19: Assigning to eval in strict mode)json");
}

// `await using [` is not a declaration: it is `await (using[x])`, here an invalid target.
TEST(StatementParseTest, AwaitUsingBeforeBracketIsAnExpression) {
  EXPECT_EQ(module_result(R"js(await using [x] = y;)js"), R"json(0: Assigning to rvalue)json");
  EXPECT_NE(module_result("await using[x];").find(R"("type":"AwaitExpression")"), std::string::npos);
}

TEST(StatementParseTest, UsingOfInAForStatementHead) {
  EXPECT_NE(script_result("{ for (using of = null;;) break; }").find(R"("kind":"using")"),
            std::string::npos);
  EXPECT_NE(script_result("for (using of x);").find(R"("type":"ForOfStatement")"), std::string::npos);
}

}  // namespace
}  // namespace essa
