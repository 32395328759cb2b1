// ParseOptions::typescript, stage 4 at the statement and module level (docs/typescript.md):
// `import type`/`export type`, `type` specifiers, exported TypeScript declarations, `declare`
// and bodiless functions. Errors as "offset: message" in TypeScript's wording and place, as
// typescript-estree reports them; trees are checked against typescript-estree by the TS oracle
// over tests/fixtures/ts.
#include <gtest/gtest.h>

#include "parse_test_util.h"

namespace essa::test {
namespace {

std::string ts_module(std::string_view src) {
  return result_of(src, {.module = true, .typescript = true});
}
std::string ts_module_json(std::string_view src) {
  return ts_json(src, {.module = true, .typescript = true});
}

// Off, the TypeScript forms stay acorn's errors.
TEST(TypeScriptModulesTest, OffMeansJavaScript) {
  EXPECT_EQ(module_result("import type A from 'm'"), "12: Unexpected token");
  EXPECT_EQ(module_result("export type A = B"), "7: Unexpected token");
  EXPECT_EQ(script_result("function f();"), "12: Unexpected token");
}

TEST(TypeScriptModulesTest, SignatureGenerator) {
  EXPECT_EQ(ts("function* f(): void;"), "0: A function signature cannot be declared as a generator.");
}
TEST(TypeScriptModulesTest, AmbientGenerator) {
  EXPECT_EQ(ts("declare function* f();"), "0: Generators are not allowed in an ambient context.");
}
TEST(TypeScriptModulesTest, AmbientImplementation) {
  EXPECT_EQ(ts("declare function f() {}"),
            "0: An implementation cannot be declared in ambient contexts.");
}
TEST(TypeScriptModulesTest, AmbientAsync) {
  EXPECT_EQ(ts("declare async function f(): T;"),
            "0: 'async' modifier cannot be used in an ambient context.");
}
TEST(TypeScriptModulesTest, AmbientVarInitializer) {
  EXPECT_EQ(ts("declare var x = 1;"), "12: Initializers are not permitted in ambient contexts.");
}
TEST(TypeScriptModulesTest, AmbientTypedConstInitializer) {
  EXPECT_EQ(ts("declare const x: number = 1;"),
            "14: Initializers are not permitted in ambient contexts.");
}
TEST(TypeScriptModulesTest, AmbientSecondDeclaratorInitializer) {
  EXPECT_EQ(ts("declare let a, b = 2;"), "15: Initializers are not permitted in ambient contexts.");
}
TEST(TypeScriptModulesTest, TypeImportDefaultAndNamed) {
  EXPECT_EQ(ts_module("import type A, { B } from 'm'"),
            "7: A type-only import can specify a default import or named bindings, but not both.");
}
TEST(TypeScriptModulesTest, FunctionExpressionNeedsBody) {
  EXPECT_EQ(ts("x = function f(): void;"), "22: '{' expected.");
}
TEST(TypeScriptModulesTest, SignatureNeedsSemicolonOrBody) {
  EXPECT_EQ(ts("function f(): void x"), "19: '{' or ';' expected.");
}
// CommonJS-style modules: `export =`, `import x = require()`, `export as namespace`.
TEST(TypeScriptModulesTest, ExportAssignment) {
  EXPECT_TRUE(contains(ts_module_json("export = x;"), "\"type\":\"TSExportAssignment\""));
}
TEST(TypeScriptModulesTest, ImportEqualsTypeKind) {
  EXPECT_TRUE(contains(ts_module_json("import type x = require('m');"), "\"importKind\":\"type\""));
}
TEST(TypeScriptModulesTest, RequireNeedsString) {
  EXPECT_EQ(ts_module("import x = require(y);"), "19: String literal expected.");
}
TEST(TypeScriptModulesTest, ImportEqualsBindsOneName) {
  EXPECT_EQ(ts_module("import {a} = b;"), "11: 'from' expected.");
}
TEST(TypeScriptModulesTest, ExportAsNeedsNamespace) {
  EXPECT_EQ(ts_module("export as foo N;"), "10: 'namespace' expected.");
}
// Enums and namespaces.
TEST(TypeScriptModulesTest, EnumMemberNeedsComma) {
  EXPECT_EQ(ts("enum E { A B }"), "11: An enum member name must be followed by a ',', '=', or '}'.");
}
TEST(TypeScriptModulesTest, LetEnumIsNoEnum) {
  EXPECT_EQ(ts("let enum E {}"), "4: The keyword 'enum' is reserved");
}
TEST(TypeScriptModulesTest, NamespaceNeedsBraces) {
  EXPECT_EQ(ts("namespace N;"), "11: '{' expected.");
}
TEST(TypeScriptModulesTest, NamespaceOnNextLineIsAName) {
  EXPECT_TRUE(contains(ts_module_json("namespace\nN;"), "\"type\":\"ExpressionStatement\""));
}
TEST(TypeScriptModulesTest, ExportOutsideNamespaceBlockStaysAnError) {
  EXPECT_EQ(ts_module("namespace N { function f() { export const x = 1; } }"),
            "29: 'import' and 'export' may only appear at the top level");
}
TEST(TypeScriptModulesTest, DeepNamespacesAreNestingTooDeep) {
  std::string src;
  for (int i = 0; i < 3000; ++i) src += "namespace N {";
  EXPECT_TRUE(contains(ts(src), "Nesting too deep"));
}

// Overloads repeat a name, and a default export's overloads export it once.
TEST(TypeScriptModulesTest, OverloadsShareTheName) {
  EXPECT_TRUE(contains(ts_module_json("function f(): void; function f(): void; function f() {}"),
                       "\"type\":\"TSDeclareFunction\""));
}
TEST(TypeScriptModulesTest, DefaultOverloads) {
  EXPECT_TRUE(contains(ts_module_json("export default function f(): void; export default function f() {}"),
                       "\"type\":\"FunctionDeclaration\""));
}
TEST(TypeScriptModulesTest, TwoDefaultFunctionsStillClash) {
  EXPECT_EQ(ts_module("export default function f() {} export default function g() {}"),
            "38: Duplicate export 'default'");
}
// A type-only name binds no value, so a value may share it; an exported type needs no binding.
TEST(TypeScriptModulesTest, TypeImportBindsNoValue) {
  EXPECT_TRUE(contains(ts_module_json("import type { A } from 'm'; const A = 1;"), "\"importKind\":\"type\""));
}
TEST(TypeScriptModulesTest, ExportOfAType) {
  EXPECT_TRUE(contains(ts_module_json("interface I {} export { I };"), "\"exportKind\":\"value\""));
}
TEST(TypeScriptModulesTest, KindsAreStored) {
  const std::string json = ts_module_json("import { type A, b } from 'm'; export type { A };");
  EXPECT_TRUE(contains(json, "\"importKind\":\"type\""));
  EXPECT_TRUE(contains(json, "\"importKind\":\"value\""));
  EXPECT_TRUE(contains(json, "\"exportKind\":\"type\""));
}
TEST(TypeScriptModulesTest, DeclareClassIsStored) {
  EXPECT_TRUE(contains(ts_module_json("declare class C { m(): void; }"), "\"declare\":true"));
}
TEST(TypeScriptModulesTest, ExportedDeclareClassIsAType) {
  EXPECT_TRUE(contains(ts_module_json("export declare abstract class C {}"), "\"exportKind\":\"type\""));
}
TEST(TypeScriptModulesTest, ExportDefaultAbstractClass) {
  EXPECT_TRUE(contains(ts_module_json("export default abstract class {}"), "\"abstract\":true"));
}
TEST(TypeScriptModulesTest, DeclareIsStored) {
  EXPECT_TRUE(contains(ts_module_json("declare const x: number;"), "\"declare\":true"));
  EXPECT_TRUE(contains(ts_module_json("const x: number = 1;"), "\"declare\":false"));
}

}  // namespace
}  // namespace essa::test
