// acorn's remaining options in ParseOptions (strict, allow_return_outside_function,
// allow_await_outside_function, allow_import_export_everywhere, allow_hash_bang,
// allow_reserved, preserve_parens), each against acorn 8.19 with the same option: the
// expected texts are acorn's output (JSON, or `offset: message`), never essa's.
#include <gtest/gtest.h>

#include "parse_test_util.h"

namespace essa::test {
namespace {

TEST(StrictTest, RejectsWith) {
  EXPECT_EQ(result_of("with (a) {}", {.strict = true}),
            "0: 'with' in strict mode");
}

TEST(StrictTest, RejectsOctal) {
  EXPECT_EQ(result_of("010", {.strict = true}),
            "0: Invalid number");
}

TEST(StrictTest, ReservedWordBinding) {
  EXPECT_EQ(result_of("var implements;", {.strict = true}),
            "4: The keyword 'implements' is reserved");
}

TEST(StrictTest, FunctionsInherit) {
  EXPECT_EQ(result_of("function f() { eval = 1 }", {.strict = true}),
            "15: Assigning to eval in strict mode");
}

TEST(StrictTest, OffAcceptsWith) {
  EXPECT_EQ(result_of("with (a) {}", {}),
            R"json({"type":"Program","start":0,"end":11,"body":[{"type":"WithStatement","start":0,"end":11,"object":{"type":"Identifier","start":6,"end":7,"name":"a"},"body":{"type":"BlockStatement","start":9,"end":11,"body":[]}}],"sourceType":"script"})json");
}

TEST(ReturnOutsideFunctionTest, TopLevel) {
  EXPECT_EQ(result_of("return 1", {.allow_return_outside_function = true}),
            R"json({"type":"Program","start":0,"end":8,"body":[{"type":"ReturnStatement","start":0,"end":8,"argument":{"type":"Literal","start":7,"end":8,"value":1,"raw":"1"}}],"sourceType":"script"})json");
}

TEST(ReturnOutsideFunctionTest, InBlock) {
  EXPECT_EQ(result_of("{ return }", {.allow_return_outside_function = true}),
            R"json({"type":"Program","start":0,"end":10,"body":[{"type":"BlockStatement","start":0,"end":10,"body":[{"type":"ReturnStatement","start":2,"end":8,"argument":null}]}],"sourceType":"script"})json");
}

TEST(ReturnOutsideFunctionTest, InModule) {
  EXPECT_EQ(result_of("return", {.module = true, .allow_return_outside_function = true}),
            R"json({"type":"Program","start":0,"end":6,"body":[{"type":"ReturnStatement","start":0,"end":6,"argument":null}],"sourceType":"module"})json");
}

TEST(ReturnOutsideFunctionTest, NotInStaticBlock) {
  EXPECT_EQ(result_of("class C { static { return } }", {.allow_return_outside_function = true}),
            "19: 'return' outside of function");
}

TEST(ReturnOutsideFunctionTest, OffRejects) {
  EXPECT_EQ(result_of("return 1", {}),
            "0: 'return' outside of function");
}

TEST(AwaitOutsideFunctionTest, AwaitExpression) {
  EXPECT_EQ(result_of("await x", {.allow_await_outside_function = true}),
            R"json({"type":"Program","start":0,"end":7,"body":[{"type":"ExpressionStatement","start":0,"end":7,"expression":{"type":"AwaitExpression","start":0,"end":7,"argument":{"type":"Identifier","start":6,"end":7,"name":"x"}}}],"sourceType":"script"})json");
}

TEST(AwaitOutsideFunctionTest, ForAwait) {
  EXPECT_EQ(result_of("for await (x of y);", {.allow_await_outside_function = true}),
            R"json({"type":"Program","start":0,"end":19,"body":[{"type":"ForOfStatement","start":0,"end":19,"await":true,"left":{"type":"Identifier","start":11,"end":12,"name":"x"},"right":{"type":"Identifier","start":16,"end":17,"name":"y"},"body":{"type":"EmptyStatement","start":18,"end":19}}],"sourceType":"script"})json");
}

TEST(AwaitOutsideFunctionTest, BindingStaysAllowed) {
  EXPECT_EQ(result_of("var await;", {.allow_await_outside_function = true}),
            R"json({"type":"Program","start":0,"end":10,"body":[{"type":"VariableDeclaration","start":0,"end":10,"declarations":[{"type":"VariableDeclarator","start":4,"end":9,"id":{"type":"Identifier","start":4,"end":9,"name":"await"},"init":null}],"kind":"var"}],"sourceType":"script"})json");
}

TEST(AwaitOutsideFunctionTest, NotInPlainFunction) {
  EXPECT_EQ(result_of("function f() { await x }", {.allow_await_outside_function = true}),
            "21: Unexpected token");
}

TEST(AwaitOutsideFunctionTest, NotInFieldInitializer) {
  EXPECT_EQ(result_of("class C { x = await 1 }", {.allow_await_outside_function = true}),
            "20: Unexpected token");
}

TEST(AwaitOutsideFunctionTest, OffIsAName) {
  EXPECT_EQ(result_of("await;", {}),
            R"json({"type":"Program","start":0,"end":6,"body":[{"type":"ExpressionStatement","start":0,"end":6,"expression":{"type":"Identifier","start":0,"end":5,"name":"await"}}],"sourceType":"script"})json");
}

TEST(ImportExportEverywhereTest, ImportInScript) {
  EXPECT_EQ(result_of("import x from \"m\"", {.allow_import_export_everywhere = true}),
            R"json({"type":"Program","start":0,"end":17,"body":[{"type":"ImportDeclaration","start":0,"end":17,"specifiers":[{"type":"ImportDefaultSpecifier","start":7,"end":8,"local":{"type":"Identifier","start":7,"end":8,"name":"x"}}],"source":{"type":"Literal","start":14,"end":17,"value":"m","raw":"\"m\""},"attributes":[]}],"sourceType":"script"})json");
}

TEST(ImportExportEverywhereTest, ExportInBlock) {
  EXPECT_EQ(result_of("{ export var a = 1 }", {.module = true, .allow_import_export_everywhere = true}),
            R"json({"type":"Program","start":0,"end":20,"body":[{"type":"BlockStatement","start":0,"end":20,"body":[{"type":"ExportNamedDeclaration","start":2,"end":18,"declaration":{"type":"VariableDeclaration","start":9,"end":18,"declarations":[{"type":"VariableDeclarator","start":13,"end":18,"id":{"type":"Identifier","start":13,"end":14,"name":"a"},"init":{"type":"Literal","start":17,"end":18,"value":1,"raw":"1"}}],"kind":"var"},"specifiers":[],"source":null,"attributes":[]}]}],"sourceType":"module"})json");
}

TEST(ImportExportEverywhereTest, NestedExportsUnchecked) {
  EXPECT_EQ(result_of("var a; { export { a } } { export { a } }", {.module = true, .allow_import_export_everywhere = true}),
            R"json({"type":"Program","start":0,"end":40,"body":[{"type":"VariableDeclaration","start":0,"end":6,"declarations":[{"type":"VariableDeclarator","start":4,"end":5,"id":{"type":"Identifier","start":4,"end":5,"name":"a"},"init":null}],"kind":"var"},{"type":"BlockStatement","start":7,"end":23,"body":[{"type":"ExportNamedDeclaration","start":9,"end":21,"declaration":null,"specifiers":[{"type":"ExportSpecifier","start":18,"end":19,"local":{"type":"Identifier","start":18,"end":19,"name":"a"},"exported":{"type":"Identifier","start":18,"end":19,"name":"a"}}],"source":null,"attributes":[]}]},{"type":"BlockStatement","start":24,"end":40,"body":[{"type":"ExportNamedDeclaration","start":26,"end":38,"declaration":null,"specifiers":[{"type":"ExportSpecifier","start":35,"end":36,"local":{"type":"Identifier","start":35,"end":36,"name":"a"},"exported":{"type":"Identifier","start":35,"end":36,"name":"a"}}],"source":null,"attributes":[]}]}],"sourceType":"module"})json");
}

TEST(ImportExportEverywhereTest, TopLevelExportsChecked) {
  EXPECT_EQ(result_of("var a; export { a }; export { a }", {.allow_import_export_everywhere = true}),
            "30: Duplicate export 'a'");
}

TEST(ImportExportEverywhereTest, ImportMetaInScript) {
  EXPECT_EQ(result_of("import.meta", {.allow_import_export_everywhere = true}),
            R"json({"type":"Program","start":0,"end":11,"body":[{"type":"ExpressionStatement","start":0,"end":11,"expression":{"type":"MetaProperty","start":0,"end":11,"meta":{"type":"Identifier","start":0,"end":6,"name":"import"},"property":{"type":"Identifier","start":7,"end":11,"name":"meta"}}}],"sourceType":"script"})json");
}

TEST(ImportExportEverywhereTest, OffRejectsNested) {
  EXPECT_EQ(result_of("{ import x from \"m\" }", {.module = true}),
            "2: 'import' and 'export' may only appear at the top level");
}

TEST(HashBangTest, OnByDefault) {
  EXPECT_EQ(result_of("#!/usr/bin/env node\nx", {}),
            R"json({"type":"Program","start":0,"end":21,"body":[{"type":"ExpressionStatement","start":20,"end":21,"expression":{"type":"Identifier","start":20,"end":21,"name":"x"}}],"sourceType":"script"})json");
}

TEST(HashBangTest, OffRejects) {
  EXPECT_EQ(result_of("#!/usr/bin/env node\nx", {.allow_hash_bang = false}),
            "1: Unexpected character '!'");
}

TEST(HashBangTest, OffPlainSource) {
  EXPECT_EQ(result_of("x", {.allow_hash_bang = false}),
            R"json({"type":"Program","start":0,"end":1,"body":[{"type":"ExpressionStatement","start":0,"end":1,"expression":{"type":"Identifier","start":0,"end":1,"name":"x"}}],"sourceType":"script"})json");
}

TEST(AllowReservedTest, EnumAsName) {
  EXPECT_EQ(result_of("var enum;", {.allow_reserved = ParseOptions::AllowReserved::Yes}),
            R"json({"type":"Program","start":0,"end":9,"body":[{"type":"VariableDeclaration","start":0,"end":9,"declarations":[{"type":"VariableDeclarator","start":4,"end":8,"id":{"type":"Identifier","start":4,"end":8,"name":"enum"},"init":null}],"kind":"var"}],"sourceType":"script"})json");
}

TEST(AllowReservedTest, AwaitInModule) {
  EXPECT_EQ(result_of("var await;", {.module = true, .allow_reserved = ParseOptions::AllowReserved::Yes}),
            R"json({"type":"Program","start":0,"end":10,"body":[{"type":"VariableDeclaration","start":0,"end":10,"declarations":[{"type":"VariableDeclarator","start":4,"end":9,"id":{"type":"Identifier","start":4,"end":9,"name":"await"},"init":null}],"kind":"var"}],"sourceType":"module"})json");
}

TEST(AllowReservedTest, StrictWordsStayReserved) {
  EXPECT_EQ(result_of("var package;", {.strict = true, .allow_reserved = ParseOptions::AllowReserved::Yes}),
            "4: The keyword 'package' is reserved");
}

TEST(AllowReservedTest, KeywordsStayKeywords) {
  EXPECT_EQ(result_of("var if;", {.allow_reserved = ParseOptions::AllowReserved::Yes}),
            "4: Unexpected keyword 'if'");
}

TEST(AllowReservedTest, DefaultRejectsEnum) {
  EXPECT_EQ(result_of("var enum;", {}),
            "4: The keyword 'enum' is reserved");
}

TEST(AllowReservedTest, NeverRejectsMemberKeyword) {
  EXPECT_EQ(result_of("a.if", {.allow_reserved = ParseOptions::AllowReserved::Never}),
            "2: Unexpected keyword 'if'");
}

TEST(AllowReservedTest, NeverRejectsPropertyKey) {
  EXPECT_EQ(result_of("({ enum: 1 })", {.allow_reserved = ParseOptions::AllowReserved::Never}),
            "3: The keyword 'enum' is reserved");
}

TEST(AllowReservedTest, NeverRejectsClassKey) {
  EXPECT_EQ(result_of("class C { class() {} }", {.allow_reserved = ParseOptions::AllowReserved::Never}),
            "10: Unexpected keyword 'class'");
}

TEST(AllowReservedTest, NeverRejectsAttributeKey) {
  EXPECT_EQ(result_of("import x from \"m\" with { if: \"a\" }", {.module = true, .allow_reserved = ParseOptions::AllowReserved::Never}),
            "25: Unexpected keyword 'if'");
}

TEST(AllowReservedTest, NeverAcceptsPlainNames) {
  EXPECT_EQ(result_of("a.b; ({ c: 1 })", {.allow_reserved = ParseOptions::AllowReserved::Never}),
            R"json({"type":"Program","start":0,"end":15,"body":[{"type":"ExpressionStatement","start":0,"end":4,"expression":{"type":"MemberExpression","start":0,"end":3,"object":{"type":"Identifier","start":0,"end":1,"name":"a"},"property":{"type":"Identifier","start":2,"end":3,"name":"b"},"computed":false,"optional":false}},{"type":"ExpressionStatement","start":5,"end":15,"expression":{"type":"ObjectExpression","start":6,"end":14,"properties":[{"type":"Property","start":8,"end":12,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":8,"end":9,"name":"c"},"value":{"type":"Literal","start":11,"end":12,"value":1,"raw":"1"},"kind":"init"}]}}],"sourceType":"script"})json");
}

TEST(PreserveParensTest, Wraps) {
  EXPECT_EQ(result_of("(a)", {.preserve_parens = true}),
            R"json({"type":"Program","start":0,"end":3,"body":[{"type":"ExpressionStatement","start":0,"end":3,"expression":{"type":"ParenthesizedExpression","start":0,"end":3,"expression":{"type":"Identifier","start":1,"end":2,"name":"a"}}}],"sourceType":"script"})json");
}

TEST(PreserveParensTest, Nested) {
  EXPECT_EQ(result_of("((a, b))", {.preserve_parens = true}),
            R"json({"type":"Program","start":0,"end":8,"body":[{"type":"ExpressionStatement","start":0,"end":8,"expression":{"type":"ParenthesizedExpression","start":0,"end":8,"expression":{"type":"ParenthesizedExpression","start":1,"end":7,"expression":{"type":"SequenceExpression","start":2,"end":6,"expressions":[{"type":"Identifier","start":2,"end":3,"name":"a"},{"type":"Identifier","start":5,"end":6,"name":"b"}]}}}}],"sourceType":"script"})json");
}

TEST(PreserveParensTest, AssignmentTargetKept) {
  EXPECT_EQ(result_of("(a) = 1", {.preserve_parens = true}),
            R"json({"type":"Program","start":0,"end":7,"body":[{"type":"ExpressionStatement","start":0,"end":7,"expression":{"type":"AssignmentExpression","start":0,"end":7,"operator":"=","left":{"type":"ParenthesizedExpression","start":0,"end":3,"expression":{"type":"Identifier","start":1,"end":2,"name":"a"}},"right":{"type":"Literal","start":6,"end":7,"value":1,"raw":"1"}}}],"sourceType":"script"})json");
}

TEST(PreserveParensTest, PatternInsideKept) {
  EXPECT_EQ(result_of("[(a)] = b", {.preserve_parens = true}),
            R"json({"type":"Program","start":0,"end":9,"body":[{"type":"ExpressionStatement","start":0,"end":9,"expression":{"type":"AssignmentExpression","start":0,"end":9,"operator":"=","left":{"type":"ArrayPattern","start":0,"end":5,"elements":[{"type":"ParenthesizedExpression","start":1,"end":4,"expression":{"type":"Identifier","start":2,"end":3,"name":"a"}}]},"right":{"type":"Identifier","start":8,"end":9,"name":"b"}}}],"sourceType":"script"})json");
}

TEST(PreserveParensTest, ParenthesizedPatternRejected) {
  EXPECT_EQ(result_of("({a}) = 1", {.preserve_parens = true}),
            "0: Assigning to rvalue");
}

TEST(PreserveParensTest, ArrowParamsRejected) {
  EXPECT_EQ(result_of("((a)) => 1", {.preserve_parens = true}),
            "1: Parenthesized pattern");
}

TEST(PreserveParensTest, DeleteLocalInStrict) {
  EXPECT_EQ(result_of("delete ((x))", {.strict = true, .preserve_parens = true}),
            "0: Deleting local variable in strict mode");
}

TEST(PreserveParensTest, StrictEvalTarget) {
  EXPECT_EQ(result_of("(eval) = 1", {.strict = true, .preserve_parens = true}),
            "1: Assigning to eval in strict mode");
}

TEST(PreserveParensTest, ArrowNotWrapped) {
  EXPECT_EQ(result_of("(a) => a", {.preserve_parens = true}),
            R"json({"type":"Program","start":0,"end":8,"body":[{"type":"ExpressionStatement","start":0,"end":8,"expression":{"type":"ArrowFunctionExpression","start":0,"end":8,"id":null,"expression":true,"generator":false,"async":false,"params":[{"type":"Identifier","start":1,"end":2,"name":"a"}],"body":{"type":"Identifier","start":7,"end":8,"name":"a"}}}],"sourceType":"script"})json");
}

TEST(CommonjsOptionsTest, RefusesAwaitOutsideFunction) {
  EXPECT_EQ(result_of("x", {.commonjs = true, .allow_await_outside_function = true}),
            "0: Cannot use allowAwaitOutsideFunction with sourceType: commonjs");
}

}  // namespace
}  // namespace essa::test
