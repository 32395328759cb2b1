// Early errors (static semantics) the scope layer reports: each rule once with acorn's
// message and offset (expectations generated with acorn 8.19), and the programs around it
// that must stay valid.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "essa/parse.h"

namespace essa {
namespace {

// "ok", or "offset: message" for a syntax error.
std::string check(std::string_view src, bool module) {
  ParseOptions options;
  options.module = module;
  const ParseResult result = parse(src, options);
  if (result.ok()) return "ok";
  return std::to_string(result.error()->offset) + ": " + result.error()->message;
}
std::string script_check(std::string_view src) { return check(src, false); }
std::string module_check(std::string_view src) { return check(src, true); }

TEST(EarlyErrorTest, DuplicateLexical) {
  EXPECT_EQ(script_check(R"js(let a; let a;)js"), "11: Identifier 'a' has already been declared");
  EXPECT_EQ(script_check(R"js({ const a = 1; class a {} })js"),
            "21: Identifier 'a' has already been declared");
}

TEST(EarlyErrorTest, LexicalAfterVar) {
  EXPECT_EQ(script_check(R"js(var a; let a;)js"), "11: Identifier 'a' has already been declared");
}

TEST(EarlyErrorTest, VarAfterLexical) {
  EXPECT_EQ(script_check(R"js(let a; var a;)js"), "11: Identifier 'a' has already been declared");
}

TEST(EarlyErrorTest, VarAfterLexicalInEnclosingBlock) {
  EXPECT_EQ(script_check(R"js({ let a; { var a; } })js"),
            "15: Identifier 'a' has already been declared");
}

TEST(EarlyErrorTest, VarAfterLexicalInFunction) {
  EXPECT_EQ(script_check(R"js(function f() { let a; { var a; } })js"),
            "28: Identifier 'a' has already been declared");
}

TEST(EarlyErrorTest, VarRedeclaringVarStaysValid) {
  EXPECT_EQ(script_check(R"js(var a; var a;)js"), "ok");
}

TEST(EarlyErrorTest, ShadowingInNestedScopesStaysValid) {
  EXPECT_EQ(
      script_check(R"js(let a; { let a; } function f(a) { { let a; } } (a) => { { let a; } })js"),
      "ok");
}

TEST(EarlyErrorTest, LexicalClashesWithFunction) {
  EXPECT_EQ(script_check(R"js(let f; function f(){})js"),
            "16: Identifier 'f' has already been declared");
}

TEST(EarlyErrorTest, SloppyScriptFunctionsAsVarStayValid) {
  EXPECT_EQ(script_check(R"js(var f; function f(){} function f(){})js"), "ok");
}

TEST(EarlyErrorTest, AnnexBBlockFunctionsStayValid) {
  EXPECT_EQ(
      script_check(
          R"js({ function f(){} function f(){} } switch (0) { case 1: function g(){} default: function g(){} })js"),
      "ok");
}

TEST(EarlyErrorTest, StrictBlockFunctionsClash) {
  EXPECT_EQ(script_check(R"js("use strict"; { function f(){} function f(){} })js"),
            "40: Identifier 'f' has already been declared");
}

TEST(EarlyErrorTest, AsyncBlockFunctionClashesInSloppyCode) {
  EXPECT_EQ(script_check(R"js({ function f(){} async function f(){} })js"),
            "32: Identifier 'f' has already been declared");
}

TEST(EarlyErrorTest, BlockFunctionClashesWithVar) {
  EXPECT_EQ(script_check(R"js({ function f(){} var f; })js"),
            "21: Identifier 'f' has already been declared");
  EXPECT_EQ(script_check(R"js({ var f; function f(){} })js"),
            "18: Identifier 'f' has already been declared");
}

TEST(EarlyErrorTest, FunctionScopeFunctionsAsVarStayValid) {
  EXPECT_EQ(script_check(R"js(function g(){ var f; function f(){} })js"), "ok");
}

TEST(EarlyErrorTest, ModuleTopLevelFunctionsAreLexical) {
  EXPECT_EQ(module_check(R"js(function f(){} function f(){})js"),
            "24: Identifier 'f' has already been declared");
  EXPECT_EQ(module_check(R"js(var f; function f(){})js"),
            "16: Identifier 'f' has already been declared");
}

TEST(EarlyErrorTest, AnnexBHangingFunctionsBindNoName) {
  EXPECT_EQ(
      script_check(R"js(label: function f(){} function f(){} if (1) function g(){} let g;)js"),
      "ok");
}

TEST(EarlyErrorTest, SimpleCatchParamMayBeRedeclaredByVar) {
  EXPECT_EQ(
      script_check(R"js(try {} catch (e) { var e; } try {} catch (e) { for (var e of []); })js"),
      "ok");
}

TEST(EarlyErrorTest, CatchParamClashesWithLexical) {
  EXPECT_EQ(script_check(R"js(try {} catch (e) { let e; })js"),
            "23: Identifier 'e' has already been declared");
}

TEST(EarlyErrorTest, DestructuredCatchParamClashesWithVar) {
  EXPECT_EQ(script_check(R"js(try {} catch ([e]) { var e; })js"),
            "25: Identifier 'e' has already been declared");
}

TEST(EarlyErrorTest, ForHeadClashesWithBodyVar) {
  EXPECT_EQ(script_check(R"js(for (let x;;) { var x; })js"),
            "20: Identifier 'x' has already been declared");
}

TEST(EarlyErrorTest, ForHeadShadowedInBodyStaysValid) {
  EXPECT_EQ(script_check(R"js(for (let x of []) { let x; } for (const x in {}) { let x; })js"),
            "ok");
}

TEST(EarlyErrorTest, ForOfHeadClashesWithBodyStatementVar) {
  EXPECT_EQ(script_check(R"js(for (let x of []) var x;)js"),
            "22: Identifier 'x' has already been declared");
}

TEST(EarlyErrorTest, SwitchCaseBlockIsOneScope) {
  EXPECT_EQ(script_check(R"js(switch (0) { case 1: let a; case 2: let a; })js"),
            "40: Identifier 'a' has already been declared");
}

TEST(EarlyErrorTest, StaticBlockIsAVarScope) {
  EXPECT_EQ(script_check(R"js(class C { static { var a; let a; } })js"),
            "30: Identifier 'a' has already been declared");
}

TEST(EarlyErrorTest, StaticBlocksAreSeparateScopes) {
  EXPECT_EQ(script_check(R"js(class C { static { let a; } static { let a; } } var a;)js"), "ok");
}

TEST(EarlyErrorTest, ParamClashesWithBodyLexical) {
  EXPECT_EQ(script_check(R"js(function f(a) { let a; })js"),
            "20: Identifier 'a' has already been declared");
  EXPECT_EQ(script_check(R"js((a) => { let a; })js"),
            "13: Identifier 'a' has already been declared");
}

TEST(EarlyErrorTest, ParamRedeclaredByVarStaysValid) {
  EXPECT_EQ(script_check(R"js(function f(a) { var a; } function g(a) { { let a; } })js"), "ok");
}

TEST(EarlyErrorTest, FunctionNameClashesWithParamNotBody) {
  EXPECT_EQ(script_check(R"js((function f(f) { let f; }))js"),
            "21: Identifier 'f' has already been declared");
}

TEST(EarlyErrorTest, FunctionExpressionNameShadowedStaysValid) {
  EXPECT_EQ(script_check(R"js((function f() { let f; }))js"), "ok");
}

TEST(EarlyErrorTest, SloppySimpleParamsMayRepeat) {
  EXPECT_EQ(
      script_check(R"js(function f(a, a) {} async function g(a, a) {} function* h(a, a) {})js"),
      "ok");
}

TEST(EarlyErrorTest, DuplicateParamInStrictCode) {
  EXPECT_EQ(script_check(R"js("use strict"; function f(a, a) {})js"), "28: Argument name clash");
}

TEST(EarlyErrorTest, DuplicateParamWithUseStrictBody) {
  EXPECT_EQ(script_check(R"js(function f(a, a) { "use strict" })js"), "14: Argument name clash");
}

TEST(EarlyErrorTest, DuplicateParamInNonSimpleList) {
  EXPECT_EQ(script_check(R"js(function f(a, [a]) {})js"), "15: Argument name clash");
  EXPECT_EQ(script_check(R"js(function f(a, a = 1) {})js"), "14: Argument name clash");
}

TEST(EarlyErrorTest, DuplicateArrowParam) {
  EXPECT_EQ(script_check(R"js((a, a) => 1)js"), "4: Argument name clash");
  EXPECT_EQ(script_check(R"js((a, a) => {})js"), "4: Argument name clash");
  EXPECT_EQ(script_check(R"js(async (a, a) => 1)js"), "10: Argument name clash");
}

TEST(EarlyErrorTest, DuplicateMethodParam) {
  EXPECT_EQ(script_check(R"js(({ m(a, a) {} }))js"), "8: Argument name clash");
  EXPECT_EQ(script_check(R"js(class C { m(a, a) {} })js"), "15: Argument name clash");
}

TEST(EarlyErrorTest, LetAsLexicalName) {
  EXPECT_EQ(script_check(R"js(let let = 1;)js"), "4: let is disallowed as a lexically bound name");
  EXPECT_EQ(script_check(R"js(for (let let of []);)js"),
            "9: let is disallowed as a lexically bound name");
}

TEST(EarlyErrorTest, DuplicateImportBinding) {
  EXPECT_EQ(module_check(R"js(import a from "x"; import a from "y";)js"),
            "26: Identifier 'a' has already been declared");
  EXPECT_EQ(module_check(R"js(import { a, b as a } from "x";)js"),
            "17: Identifier 'a' has already been declared");
  EXPECT_EQ(module_check(R"js(import * as a from "x"; import { a } from "y";)js"),
            "33: Identifier 'a' has already been declared");
}

TEST(EarlyErrorTest, ImportClashesWithDeclaration) {
  EXPECT_EQ(module_check(R"js(import a from "x"; let a;)js"),
            "23: Identifier 'a' has already been declared");
  EXPECT_EQ(module_check(R"js(let a; import a from "x";)js"),
            "14: Identifier 'a' has already been declared");
  EXPECT_EQ(module_check(R"js(import a from "x"; function a(){})js"),
            "28: Identifier 'a' has already been declared");
}

TEST(EarlyErrorTest, DuplicateExport) {
  EXPECT_EQ(module_check(R"js(export { a, a }; var a;)js"), "12: Duplicate export 'a'");
  EXPECT_EQ(module_check(R"js(export { a as b, c as b }; var a, c;)js"),
            "22: Duplicate export 'b'");
  EXPECT_EQ(module_check(R"js(export function f(){} export { f };)js"), "31: Duplicate export 'f'");
  EXPECT_EQ(module_check(R"js(export var [a, { b }] = o; export { c as b }; var c;)js"),
            "41: Duplicate export 'b'");
  EXPECT_EQ(module_check(R"js(export * as a from "x"; export * as a from "y";)js"),
            "36: Duplicate export 'a'");
  EXPECT_EQ(module_check(R"js(export { x as "a" } from "m"; export * as "a" from "n";)js"),
            "42: Duplicate export 'a'");
}

TEST(EarlyErrorTest, DuplicateDefaultExport) {
  EXPECT_EQ(module_check(R"js(export default 1; export default 2;)js"),
            "25: Duplicate export 'default'");
  EXPECT_EQ(module_check(R"js(export default 1; export { a as default }; let a;)js"),
            "32: Duplicate export 'default'");
  EXPECT_EQ(module_check(R"js(export { a as default }; export default function f(){}; let a;)js"),
            "32: Duplicate export 'default'");
}

TEST(EarlyErrorTest, ExportOfUndeclaredName) {
  EXPECT_EQ(module_check(R"js(export { a })js"), "9: Export 'a' is not defined");
  EXPECT_EQ(module_check(R"js(export { b, a }; export { a as c };)js"),
            "9: Export 'b' is not defined");
}

TEST(EarlyErrorTest, ExportOfNameDeclaredLaterStaysValid) {
  EXPECT_EQ(module_check(R"js(export { a }; { var a; })js"), "ok");
  EXPECT_EQ(
      module_check(
          R"js(export { a, b as c, d }; var a; let b; function d(){} export { e }; import e from "m";)js"),
      "ok");
}

TEST(EarlyErrorTest, ExportedDeclarationsAreBound) {
  EXPECT_EQ(module_check(R"js(export var a; export let a;)js"),
            "25: Identifier 'a' has already been declared");
  EXPECT_EQ(module_check(R"js(export default function f(){}; let f;)js"),
            "35: Identifier 'f' has already been declared");
  EXPECT_EQ(module_check(R"js(export default class C {}; let C;)js"),
            "31: Identifier 'C' has already been declared");
}

TEST(EarlyErrorTest, DuplicatePrivateName) {
  EXPECT_EQ(script_check(R"js(class C { #a; #a; })js"),
            "14: Identifier '#a' has already been declared");
  EXPECT_EQ(script_check(R"js(class C { #a; #a() {} })js"),
            "14: Identifier '#a' has already been declared");
  EXPECT_EQ(script_check(R"js(class C { get #a(){} get #a(){} })js"),
            "25: Identifier '#a' has already been declared");
  EXPECT_EQ(script_check(R"js(class C { get #a(){} static set #a(v){} })js"),
            "32: Identifier '#a' has already been declared");
  EXPECT_EQ(script_check(R"js(class C { get #a(){} set #a(v){} #a; })js"),
            "33: Identifier '#a' has already been declared");
}

TEST(EarlyErrorTest, PrivateAccessorPairsStayValid) {
  EXPECT_EQ(script_check(
                R"js(class C { get #a(){} set #a(v){} static set #b(v){} static get #b(){} })js"),
            "ok");
}

TEST(EarlyErrorTest, SamePrivateNameInNestedClassStaysValid) {
  EXPECT_EQ(script_check(R"js(class C { #a; m() { class D { #a; m() { this.#a } } } })js"), "ok");
}

TEST(EarlyErrorTest, UndeclaredPrivateName) {
  EXPECT_EQ(script_check(R"js(class C { m() { this.#b } })js"),
            "21: Private field '#b' must be declared in an enclosing class");
  EXPECT_EQ(script_check(R"js(class C { m() { class D { #a } this.#a } })js"),
            "36: Private field '#a' must be declared in an enclosing class");
  EXPECT_EQ(script_check(R"js(class C { m() { #b in this } })js"),
            "16: Private field '#b' must be declared in an enclosing class");
  EXPECT_EQ(script_check(R"js(class C { #a; m() { class D { m() { this.#a; this.#b } } } })js"),
            "50: Private field '#b' must be declared in an enclosing class");
  EXPECT_EQ(script_check(R"js(class C extends (class { #a }) { m() { this.#a } })js"),
            "44: Private field '#a' must be declared in an enclosing class");
}

TEST(EarlyErrorTest, PrivateNameDeclaredLaterOrOutsideStaysValid) {
  EXPECT_EQ(
      script_check(
          R"js(class C { m() { this.#a; class D { m() { this.#a } } } #a; static n(o) { return #a in o && o?.#a } })js"),
      "ok");
}

TEST(EarlyErrorTest, PrivateNameInHeritageBelongsToOuterClass) {
  EXPECT_EQ(script_check(R"js(class C { #a; m() { class D extends (this.#a, B) {} } })js"), "ok");
}

TEST(EarlyErrorTest, UsingInBareCaseClause) {
  EXPECT_EQ(script_check(R"js(async function f() { switch (0) { case 0: await using x = y; } })js"),
            "42: Using declaration cannot appear in the top level when source type is `script` or "
            "in the bare case statement");
  EXPECT_EQ(script_check(R"js(function f() { switch (0) { default: using x = y; } })js"),
            "37: Using declaration cannot appear in the top level when source type is `script` or "
            "in the bare case statement");
}

TEST(EarlyErrorTest, UsingInSingleStatementPosition) {
  EXPECT_EQ(script_check(R"js(async function f() { if (1) await using x = y; })js"),
            "28: Using declaration is not allowed in single-statement positions");
  EXPECT_EQ(script_check(R"js(function f() { for (;;) using x = y; })js"),
            "24: Using declaration is not allowed in single-statement positions");
  EXPECT_EQ(script_check(R"js(function f() { label: using x = y; })js"),
            "22: Using declaration is not allowed in single-statement positions");
}

TEST(EarlyErrorTest, UsingAtScriptTopLevelThroughStatement) {
  EXPECT_EQ(script_check(R"js(if (1) using x = y;)js"),
            "7: Using declaration cannot appear in the top level when source type is `script` or "
            "in the bare case statement");
}

TEST(EarlyErrorTest, UsingInBlocksStaysValid) {
  EXPECT_EQ(
      script_check(
          R"js(async function f() { { await using x = y; } switch (0) { case 0: { using z = y; } } for (using a of []) {} })js"),
      "ok");
}

TEST(EarlyErrorTest, UsingInForIn) {
  EXPECT_EQ(script_check(R"js(function f() { for (using x in []) {} })js"),
            "28: Using declaration is not allowed in for-in loops");
}

TEST(EarlyErrorTest, UsingIsLexical) {
  EXPECT_EQ(script_check(R"js(function f() { using x = a; var x; })js"),
            "32: Identifier 'x' has already been declared");
}

TEST(EarlyErrorTest, DuplicateImportAttributeKey) {
  EXPECT_EQ(module_check(R"js(import x from "m" with { type: "json", type: "json" };)js"),
            "39: Duplicate attribute key 'type'");
  EXPECT_EQ(module_check(R"js(export * from "m" with { type: "json", "typ\u0065": "" };)js"),
            "39: Duplicate attribute key 'type'");
}

TEST(EarlyErrorTest, ImportAttributeKeysMayDifferStaysValid) {
  EXPECT_EQ(
      module_check(
          R"js(import x from "m" with { a: "1", b: "2" }; import y from "n" with { a: "1" };)js"),
      "ok");
}

// Scopes close: a name bound in a closed block is free again, at any depth and size.
TEST(EarlyErrorTest, ManyNamesAndScopesStayConsistent) {
  std::string src;
  for (int i = 0; i < 2000; ++i) {
    const std::string n = std::to_string(i);
    src += "{ let a" + n + "; var v" + n + "; }";
  }
  for (int i = 0; i < 2000; ++i) src += "let a" + std::to_string(i) + ";";
  EXPECT_EQ(script_check(src), "ok");
  src += "let v1999;";
  const std::string expected =
      std::to_string(src.size() - 6) + ": Identifier 'v1999' has already been declared";
  EXPECT_EQ(script_check(src), expected);
}

}  // namespace
}  // namespace essa
