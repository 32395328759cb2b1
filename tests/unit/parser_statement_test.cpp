// The statement half of the parser: statements, declarations, functions, classes and
// modules. Each expected string is acorn 8.15.0's result for the same source:
//   JSON.stringify(acorn.parse(src, {ecmaVersion: "latest", sourceType}),
//                  (k, v) => typeof v === "bigint" || v instanceof RegExp ? null : v)
// or, for a syntax error, "offset: message" with acorn's error position (UTF-16 offset) and
// its message without the "(line:column)" suffix.
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

TEST(StatementParseTest, EmptyStatement) {
  EXPECT_EQ(script_result(R"js(;)js"),
            R"json({"type":"Program","start":0,"end":1,"body":[{"type":"EmptyStatement","start":0,"end":1}],"sourceType":"script"})json");
}

TEST(StatementParseTest, BlockStatement) {
  EXPECT_EQ(script_result(R"js({ a; { b } })js"),
            R"json({"type":"Program","start":0,"end":12,"body":[{"type":"BlockStatement","start":0,"end":12,"body":[{"type":"ExpressionStatement","start":2,"end":4,"expression":{"type":"Identifier","start":2,"end":3,"name":"a"}},{"type":"BlockStatement","start":5,"end":10,"body":[{"type":"ExpressionStatement","start":7,"end":8,"expression":{"type":"Identifier","start":7,"end":8,"name":"b"}}]}]}],"sourceType":"script"})json");
}

TEST(StatementParseTest, DebuggerStatement) {
  EXPECT_EQ(script_result(R"js(debugger;)js"),
            R"json({"type":"Program","start":0,"end":9,"body":[{"type":"DebuggerStatement","start":0,"end":9}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ExpressionStatementAsi) {
  EXPECT_EQ(script_result(R"js(a
b)js"),
            R"json({"type":"Program","start":0,"end":3,"body":[{"type":"ExpressionStatement","start":0,"end":1,"expression":{"type":"Identifier","start":0,"end":1,"name":"a"}},{"type":"ExpressionStatement","start":2,"end":3,"expression":{"type":"Identifier","start":2,"end":3,"name":"b"}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ExpressionStatementMissingSemicolonError) {
  EXPECT_EQ(script_result(R"js(a b)js"),
            R"json(2: Unexpected token)json");
}

TEST(StatementParseTest, EscapedKeywordError) {
  EXPECT_EQ(script_result(R"js(\u0069f (a) b;)js"),
            R"json(0: Escape sequence in keyword if)json");
}

TEST(StatementParseTest, VarDeclaration) {
  EXPECT_EQ(script_result(R"js(var a = 1, b;)js"),
            R"json({"type":"Program","start":0,"end":13,"body":[{"type":"VariableDeclaration","start":0,"end":13,"declarations":[{"type":"VariableDeclarator","start":4,"end":9,"id":{"type":"Identifier","start":4,"end":5,"name":"a"},"init":{"type":"Literal","start":8,"end":9,"value":1,"raw":"1"}},{"type":"VariableDeclarator","start":11,"end":12,"id":{"type":"Identifier","start":11,"end":12,"name":"b"},"init":null}],"kind":"var"}],"sourceType":"script"})json");
}

TEST(StatementParseTest, LetDeclarationPatterns) {
  EXPECT_EQ(script_result(R"js(let [a, b] = c, {d} = e;)js"),
            R"json({"type":"Program","start":0,"end":24,"body":[{"type":"VariableDeclaration","start":0,"end":24,"declarations":[{"type":"VariableDeclarator","start":4,"end":14,"id":{"type":"ArrayPattern","start":4,"end":10,"elements":[{"type":"Identifier","start":5,"end":6,"name":"a"},{"type":"Identifier","start":8,"end":9,"name":"b"}]},"init":{"type":"Identifier","start":13,"end":14,"name":"c"}},{"type":"VariableDeclarator","start":16,"end":23,"id":{"type":"ObjectPattern","start":16,"end":19,"properties":[{"type":"Property","start":17,"end":18,"method":false,"shorthand":true,"computed":false,"key":{"type":"Identifier","start":17,"end":18,"name":"d"},"value":{"type":"Identifier","start":17,"end":18,"name":"d"},"kind":"init"}]},"init":{"type":"Identifier","start":22,"end":23,"name":"e"}}],"kind":"let"}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ConstDeclaration) {
  EXPECT_EQ(script_result(R"js(const a = 1;)js"),
            R"json({"type":"Program","start":0,"end":12,"body":[{"type":"VariableDeclaration","start":0,"end":12,"declarations":[{"type":"VariableDeclarator","start":6,"end":11,"id":{"type":"Identifier","start":6,"end":7,"name":"a"},"init":{"type":"Literal","start":10,"end":11,"value":1,"raw":"1"}}],"kind":"const"}],"sourceType":"script"})json");
}

TEST(StatementParseTest, LetAsIdentifier) {
  EXPECT_EQ(script_result(R"js(let = 1; let;)js"),
            R"json({"type":"Program","start":0,"end":13,"body":[{"type":"ExpressionStatement","start":0,"end":8,"expression":{"type":"AssignmentExpression","start":0,"end":7,"operator":"=","left":{"type":"Identifier","start":0,"end":3,"name":"let"},"right":{"type":"Literal","start":6,"end":7,"value":1,"raw":"1"}}},{"type":"ExpressionStatement","start":9,"end":13,"expression":{"type":"Identifier","start":9,"end":12,"name":"let"}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, LetNewlineBracketIsDeclaration) {
  EXPECT_EQ(script_result(R"js(let 
 [a] = b)js"),
            R"json({"type":"Program","start":0,"end":13,"body":[{"type":"VariableDeclaration","start":0,"end":13,"declarations":[{"type":"VariableDeclarator","start":6,"end":13,"id":{"type":"ArrayPattern","start":6,"end":9,"elements":[{"type":"Identifier","start":7,"end":8,"name":"a"}]},"init":{"type":"Identifier","start":12,"end":13,"name":"b"}}],"kind":"let"}],"sourceType":"script"})json");
}

TEST(StatementParseTest, LetNewlineBraceInIfBodyIsExpression) {
  EXPECT_EQ(script_result(R"js(if (x) let 
 {})js"),
            R"json({"type":"Program","start":0,"end":15,"body":[{"type":"IfStatement","start":0,"end":10,"test":{"type":"Identifier","start":4,"end":5,"name":"x"},"consequent":{"type":"ExpressionStatement","start":7,"end":10,"expression":{"type":"Identifier","start":7,"end":10,"name":"let"}},"alternate":null},{"type":"BlockStatement","start":13,"end":15,"body":[]}],"sourceType":"script"})json");
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

TEST(StatementParseTest, VarInitializerDisallowsNothing) {
  EXPECT_EQ(script_result(R"js(var a = b in c;)js"),
            R"json({"type":"Program","start":0,"end":15,"body":[{"type":"VariableDeclaration","start":0,"end":15,"declarations":[{"type":"VariableDeclarator","start":4,"end":14,"id":{"type":"Identifier","start":4,"end":5,"name":"a"},"init":{"type":"BinaryExpression","start":8,"end":14,"left":{"type":"Identifier","start":8,"end":9,"name":"b"},"operator":"in","right":{"type":"Identifier","start":13,"end":14,"name":"c"}}}],"kind":"var"}],"sourceType":"script"})json");
}

TEST(StatementParseTest, UsingDeclaration) {
  EXPECT_EQ(script_result(R"js({ using x = a, y = b; })js"),
            R"json({"type":"Program","start":0,"end":23,"body":[{"type":"BlockStatement","start":0,"end":23,"body":[{"type":"VariableDeclaration","start":2,"end":21,"declarations":[{"type":"VariableDeclarator","start":8,"end":13,"id":{"type":"Identifier","start":8,"end":9,"name":"x"},"init":{"type":"Identifier","start":12,"end":13,"name":"a"}},{"type":"VariableDeclarator","start":15,"end":20,"id":{"type":"Identifier","start":15,"end":16,"name":"y"},"init":{"type":"Identifier","start":19,"end":20,"name":"b"}}],"kind":"using"}]}],"sourceType":"script"})json");
}

TEST(StatementParseTest, AwaitUsingDeclaration) {
  EXPECT_EQ(script_result(R"js(async function f() { await using x = a; })js"),
            R"json({"type":"Program","start":0,"end":41,"body":[{"type":"FunctionDeclaration","start":0,"end":41,"id":{"type":"Identifier","start":15,"end":16,"name":"f"},"expression":false,"generator":false,"async":true,"params":[],"body":{"type":"BlockStatement","start":19,"end":41,"body":[{"type":"VariableDeclaration","start":21,"end":39,"declarations":[{"type":"VariableDeclarator","start":33,"end":38,"id":{"type":"Identifier","start":33,"end":34,"name":"x"},"init":{"type":"Identifier","start":37,"end":38,"name":"a"}}],"kind":"await using"}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, UsingInModule) {
  EXPECT_EQ(module_result(R"js(using x = a;)js"),
            R"json({"type":"Program","start":0,"end":12,"body":[{"type":"VariableDeclaration","start":0,"end":12,"declarations":[{"type":"VariableDeclarator","start":6,"end":11,"id":{"type":"Identifier","start":6,"end":7,"name":"x"},"init":{"type":"Identifier","start":10,"end":11,"name":"a"}}],"kind":"using"}],"sourceType":"module"})json");
}

TEST(StatementParseTest, TopLevelAwaitUsingInModule) {
  EXPECT_EQ(module_result(R"js(await using x = a;)js"),
            R"json({"type":"Program","start":0,"end":18,"body":[{"type":"VariableDeclaration","start":0,"end":18,"declarations":[{"type":"VariableDeclarator","start":12,"end":17,"id":{"type":"Identifier","start":12,"end":13,"name":"x"},"init":{"type":"Identifier","start":16,"end":17,"name":"a"}}],"kind":"await using"}],"sourceType":"module"})json");
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

TEST(StatementParseTest, UsingAsIdentifier) {
  EXPECT_EQ(script_result(R"js(using;
using = 1;
using
x;)js"),
            R"json({"type":"Program","start":0,"end":26,"body":[{"type":"ExpressionStatement","start":0,"end":6,"expression":{"type":"Identifier","start":0,"end":5,"name":"using"}},{"type":"ExpressionStatement","start":7,"end":17,"expression":{"type":"AssignmentExpression","start":7,"end":16,"operator":"=","left":{"type":"Identifier","start":7,"end":12,"name":"using"},"right":{"type":"Literal","start":15,"end":16,"value":1,"raw":"1"}}},{"type":"ExpressionStatement","start":18,"end":23,"expression":{"type":"Identifier","start":18,"end":23,"name":"using"}},{"type":"ExpressionStatement","start":24,"end":26,"expression":{"type":"Identifier","start":24,"end":25,"name":"x"}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, UsingInIfBody) {
  EXPECT_EQ(script_result(R"js(if (a) { using x = y; })js"),
            R"json({"type":"Program","start":0,"end":23,"body":[{"type":"IfStatement","start":0,"end":23,"test":{"type":"Identifier","start":4,"end":5,"name":"a"},"consequent":{"type":"BlockStatement","start":7,"end":23,"body":[{"type":"VariableDeclaration","start":9,"end":21,"declarations":[{"type":"VariableDeclarator","start":15,"end":20,"id":{"type":"Identifier","start":15,"end":16,"name":"x"},"init":{"type":"Identifier","start":19,"end":20,"name":"y"}}],"kind":"using"}]},"alternate":null}],"sourceType":"script"})json");
}

TEST(StatementParseTest, FunctionDeclaration) {
  EXPECT_EQ(script_result(R"js(function f(a, b = 1, [c], {d}, ...e) { return a; })js"),
            R"json({"type":"Program","start":0,"end":50,"body":[{"type":"FunctionDeclaration","start":0,"end":50,"id":{"type":"Identifier","start":9,"end":10,"name":"f"},"expression":false,"generator":false,"async":false,"params":[{"type":"Identifier","start":11,"end":12,"name":"a"},{"type":"AssignmentPattern","start":14,"end":19,"left":{"type":"Identifier","start":14,"end":15,"name":"b"},"right":{"type":"Literal","start":18,"end":19,"value":1,"raw":"1"}},{"type":"ArrayPattern","start":21,"end":24,"elements":[{"type":"Identifier","start":22,"end":23,"name":"c"}]},{"type":"ObjectPattern","start":26,"end":29,"properties":[{"type":"Property","start":27,"end":28,"method":false,"shorthand":true,"computed":false,"key":{"type":"Identifier","start":27,"end":28,"name":"d"},"value":{"type":"Identifier","start":27,"end":28,"name":"d"},"kind":"init"}]},{"type":"RestElement","start":31,"end":35,"argument":{"type":"Identifier","start":34,"end":35,"name":"e"}}],"body":{"type":"BlockStatement","start":37,"end":50,"body":[{"type":"ReturnStatement","start":39,"end":48,"argument":{"type":"Identifier","start":46,"end":47,"name":"a"}}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, GeneratorDeclaration) {
  EXPECT_EQ(script_result(R"js(function* g() { yield 1; })js"),
            R"json({"type":"Program","start":0,"end":26,"body":[{"type":"FunctionDeclaration","start":0,"end":26,"id":{"type":"Identifier","start":10,"end":11,"name":"g"},"expression":false,"generator":true,"async":false,"params":[],"body":{"type":"BlockStatement","start":14,"end":26,"body":[{"type":"ExpressionStatement","start":16,"end":24,"expression":{"type":"YieldExpression","start":16,"end":23,"delegate":false,"argument":{"type":"Literal","start":22,"end":23,"value":1,"raw":"1"}}}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, AsyncFunctionDeclaration) {
  EXPECT_EQ(script_result(R"js(async function f() { await x; })js"),
            R"json({"type":"Program","start":0,"end":31,"body":[{"type":"FunctionDeclaration","start":0,"end":31,"id":{"type":"Identifier","start":15,"end":16,"name":"f"},"expression":false,"generator":false,"async":true,"params":[],"body":{"type":"BlockStatement","start":19,"end":31,"body":[{"type":"ExpressionStatement","start":21,"end":29,"expression":{"type":"AwaitExpression","start":21,"end":28,"argument":{"type":"Identifier","start":27,"end":28,"name":"x"}}}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, AsyncGeneratorDeclaration) {
  EXPECT_EQ(script_result(R"js(async function* f() {})js"),
            R"json({"type":"Program","start":0,"end":22,"body":[{"type":"FunctionDeclaration","start":0,"end":22,"id":{"type":"Identifier","start":16,"end":17,"name":"f"},"expression":false,"generator":true,"async":true,"params":[],"body":{"type":"BlockStatement","start":20,"end":22,"body":[]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, AsyncNewlineFunction) {
  EXPECT_EQ(script_result(R"js(async
function f() {})js"),
            R"json({"type":"Program","start":0,"end":21,"body":[{"type":"ExpressionStatement","start":0,"end":5,"expression":{"type":"Identifier","start":0,"end":5,"name":"async"}},{"type":"FunctionDeclaration","start":6,"end":21,"id":{"type":"Identifier","start":15,"end":16,"name":"f"},"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":19,"end":21,"body":[]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, GeneratorNamedYieldInSloppyCode) {
  EXPECT_EQ(script_result(R"js(function* yield() {})js"),
            R"json({"type":"Program","start":0,"end":20,"body":[{"type":"FunctionDeclaration","start":0,"end":20,"id":{"type":"Identifier","start":10,"end":15,"name":"yield"},"expression":false,"generator":true,"async":false,"params":[],"body":{"type":"BlockStatement","start":18,"end":20,"body":[]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, GeneratorExpressionNamedYieldError) {
  EXPECT_EQ(script_result(R"js((function* yield() {});)js"),
            R"json(11: Cannot use 'yield' as identifier inside a generator)json");
}

TEST(StatementParseTest, ParamsTrailingComma) {
  EXPECT_EQ(script_result(R"js(function f(a, b,) {})js"),
            R"json({"type":"Program","start":0,"end":20,"body":[{"type":"FunctionDeclaration","start":0,"end":20,"id":{"type":"Identifier","start":9,"end":10,"name":"f"},"expression":false,"generator":false,"async":false,"params":[{"type":"Identifier","start":11,"end":12,"name":"a"},{"type":"Identifier","start":14,"end":15,"name":"b"}],"body":{"type":"BlockStatement","start":18,"end":20,"body":[]}}],"sourceType":"script"})json");
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

TEST(StatementParseTest, NestedFunctionBodies) {
  EXPECT_EQ(script_result(R"js(function f() { function g() { return 1 } return g })js"),
            R"json({"type":"Program","start":0,"end":51,"body":[{"type":"FunctionDeclaration","start":0,"end":51,"id":{"type":"Identifier","start":9,"end":10,"name":"f"},"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":13,"end":51,"body":[{"type":"FunctionDeclaration","start":15,"end":40,"id":{"type":"Identifier","start":24,"end":25,"name":"g"},"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":28,"end":40,"body":[{"type":"ReturnStatement","start":30,"end":38,"argument":{"type":"Literal","start":37,"end":38,"value":1,"raw":"1"}}]}},{"type":"ReturnStatement","start":41,"end":49,"argument":{"type":"Identifier","start":48,"end":49,"name":"g"}}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, Directives) {
  EXPECT_EQ(script_result(R"js("a"; 'b'; c; "d")js"),
            R"json({"type":"Program","start":0,"end":16,"body":[{"type":"ExpressionStatement","start":0,"end":4,"expression":{"type":"Literal","start":0,"end":3,"value":"a","raw":"\"a\""},"directive":"a"},{"type":"ExpressionStatement","start":5,"end":9,"expression":{"type":"Literal","start":5,"end":8,"value":"b","raw":"'b'"},"directive":"b"},{"type":"ExpressionStatement","start":10,"end":12,"expression":{"type":"Identifier","start":10,"end":11,"name":"c"}},{"type":"ExpressionStatement","start":13,"end":16,"expression":{"type":"Literal","start":13,"end":16,"value":"d","raw":"\"d\""}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ParenthesizedStringIsNoDirective) {
  EXPECT_EQ(script_result(R"js(("a"); "b")js"),
            R"json({"type":"Program","start":0,"end":10,"body":[{"type":"ExpressionStatement","start":0,"end":6,"expression":{"type":"Literal","start":1,"end":4,"value":"a","raw":"\"a\""}},{"type":"ExpressionStatement","start":7,"end":10,"expression":{"type":"Literal","start":7,"end":10,"value":"b","raw":"\"b\""}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, FunctionDirective) {
  EXPECT_EQ(script_result(R"js(function f() { "a"; "use strict"; })js"),
            R"json({"type":"Program","start":0,"end":35,"body":[{"type":"FunctionDeclaration","start":0,"end":35,"id":{"type":"Identifier","start":9,"end":10,"name":"f"},"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":13,"end":35,"body":[{"type":"ExpressionStatement","start":15,"end":19,"expression":{"type":"Literal","start":15,"end":18,"value":"a","raw":"\"a\""},"directive":"a"},{"type":"ExpressionStatement","start":20,"end":33,"expression":{"type":"Literal","start":20,"end":32,"value":"use strict","raw":"\"use strict\""},"directive":"use strict"}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ArrowBodyDirective) {
  EXPECT_EQ(script_result(R"js(() => { "use strict" })js"),
            R"json({"type":"Program","start":0,"end":22,"body":[{"type":"ExpressionStatement","start":0,"end":22,"expression":{"type":"ArrowFunctionExpression","start":0,"end":22,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":6,"end":22,"body":[{"type":"ExpressionStatement","start":8,"end":20,"expression":{"type":"Literal","start":8,"end":20,"value":"use strict","raw":"\"use strict\""},"directive":"use strict"}]}}}],"sourceType":"script"})json");
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

TEST(StatementParseTest, UseStrictAtEndOfInputIsNotLookedAhead) {
  EXPECT_EQ(script_result(R"js("\07"; "use strict")js"),
            R"json({"type":"Program","start":0,"end":19,"body":[{"type":"ExpressionStatement","start":0,"end":6,"expression":{"type":"Literal","start":0,"end":5,"value":"\u0007","raw":"\"\\07\""},"directive":"\\07"},{"type":"ExpressionStatement","start":7,"end":19,"expression":{"type":"Literal","start":7,"end":19,"value":"use strict","raw":"\"use strict\""},"directive":"use strict"}],"sourceType":"script"})json");
}

TEST(StatementParseTest, EscapedUseStrictIsNotStrict) {
  EXPECT_EQ(script_result(R"js("use\x20strict"; with (a) b)js"),
            R"json({"type":"Program","start":0,"end":27,"body":[{"type":"ExpressionStatement","start":0,"end":16,"expression":{"type":"Literal","start":0,"end":15,"value":"use strict","raw":"\"use\\x20strict\""},"directive":"use\\x20strict"},{"type":"WithStatement","start":17,"end":27,"object":{"type":"Identifier","start":23,"end":24,"name":"a"},"body":{"type":"ExpressionStatement","start":26,"end":27,"expression":{"type":"Identifier","start":26,"end":27,"name":"b"}}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, UseStrictAfterOtherStatementIsNotStrict) {
  EXPECT_EQ(script_result(R"js(a; "use strict"; with (a) b)js"),
            R"json({"type":"Program","start":0,"end":27,"body":[{"type":"ExpressionStatement","start":0,"end":2,"expression":{"type":"Identifier","start":0,"end":1,"name":"a"}},{"type":"ExpressionStatement","start":3,"end":16,"expression":{"type":"Literal","start":3,"end":15,"value":"use strict","raw":"\"use strict\""}},{"type":"WithStatement","start":17,"end":27,"object":{"type":"Identifier","start":23,"end":24,"name":"a"},"body":{"type":"ExpressionStatement","start":26,"end":27,"expression":{"type":"Identifier","start":26,"end":27,"name":"b"}}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, IfElse) {
  EXPECT_EQ(script_result(R"js(if (a) b; else c;)js"),
            R"json({"type":"Program","start":0,"end":17,"body":[{"type":"IfStatement","start":0,"end":17,"test":{"type":"Identifier","start":4,"end":5,"name":"a"},"consequent":{"type":"ExpressionStatement","start":7,"end":9,"expression":{"type":"Identifier","start":7,"end":8,"name":"b"}},"alternate":{"type":"ExpressionStatement","start":15,"end":17,"expression":{"type":"Identifier","start":15,"end":16,"name":"c"}}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, IfElseIf) {
  EXPECT_EQ(script_result(R"js(if (a) b
else if (c) d
else e)js"),
            R"json({"type":"Program","start":0,"end":29,"body":[{"type":"IfStatement","start":0,"end":29,"test":{"type":"Identifier","start":4,"end":5,"name":"a"},"consequent":{"type":"ExpressionStatement","start":7,"end":8,"expression":{"type":"Identifier","start":7,"end":8,"name":"b"}},"alternate":{"type":"IfStatement","start":14,"end":29,"test":{"type":"Identifier","start":18,"end":19,"name":"c"},"consequent":{"type":"ExpressionStatement","start":21,"end":22,"expression":{"type":"Identifier","start":21,"end":22,"name":"d"}},"alternate":{"type":"ExpressionStatement","start":28,"end":29,"expression":{"type":"Identifier","start":28,"end":29,"name":"e"}}}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, IfFunctionInSloppyCode) {
  EXPECT_EQ(script_result(R"js(if (a) function f() {})js"),
            R"json({"type":"Program","start":0,"end":22,"body":[{"type":"IfStatement","start":0,"end":22,"test":{"type":"Identifier","start":4,"end":5,"name":"a"},"consequent":{"type":"FunctionDeclaration","start":7,"end":22,"id":{"type":"Identifier","start":16,"end":17,"name":"f"},"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":20,"end":22,"body":[]}},"alternate":null}],"sourceType":"script"})json");
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

TEST(StatementParseTest, LabeledFunction) {
  EXPECT_EQ(script_result(R"js(a: function f() {})js"),
            R"json({"type":"Program","start":0,"end":18,"body":[{"type":"LabeledStatement","start":0,"end":18,"body":{"type":"FunctionDeclaration","start":3,"end":18,"id":{"type":"Identifier","start":12,"end":13,"name":"f"},"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":16,"end":18,"body":[]}},"label":{"type":"Identifier","start":0,"end":1,"name":"a"}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, LabeledGeneratorError) {
  EXPECT_EQ(script_result(R"js(a: function* g() {})js"),
            R"json(11: Unexpected token)json");
}

TEST(StatementParseTest, IfLabeledFunctionError) {
  EXPECT_EQ(script_result(R"js(if (x) a: function f() {})js"),
            R"json(10: Unexpected token)json");
}

TEST(StatementParseTest, ForStatement) {
  EXPECT_EQ(script_result(R"js(for (var i = 0; i < n; i++) ;)js"),
            R"json({"type":"Program","start":0,"end":29,"body":[{"type":"ForStatement","start":0,"end":29,"init":{"type":"VariableDeclaration","start":5,"end":14,"declarations":[{"type":"VariableDeclarator","start":9,"end":14,"id":{"type":"Identifier","start":9,"end":10,"name":"i"},"init":{"type":"Literal","start":13,"end":14,"value":0,"raw":"0"}}],"kind":"var"},"test":{"type":"BinaryExpression","start":16,"end":21,"left":{"type":"Identifier","start":16,"end":17,"name":"i"},"operator":"<","right":{"type":"Identifier","start":20,"end":21,"name":"n"}},"update":{"type":"UpdateExpression","start":23,"end":26,"operator":"++","prefix":false,"argument":{"type":"Identifier","start":23,"end":24,"name":"i"}},"body":{"type":"EmptyStatement","start":28,"end":29}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ForEmptyHead) {
  EXPECT_EQ(script_result(R"js(for (;;) {})js"),
            R"json({"type":"Program","start":0,"end":11,"body":[{"type":"ForStatement","start":0,"end":11,"init":null,"test":null,"update":null,"body":{"type":"BlockStatement","start":9,"end":11,"body":[]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ForLetHead) {
  EXPECT_EQ(script_result(R"js(for (let i = 0, j; ;) {})js"),
            R"json({"type":"Program","start":0,"end":24,"body":[{"type":"ForStatement","start":0,"end":24,"init":{"type":"VariableDeclaration","start":5,"end":17,"declarations":[{"type":"VariableDeclarator","start":9,"end":14,"id":{"type":"Identifier","start":9,"end":10,"name":"i"},"init":{"type":"Literal","start":13,"end":14,"value":0,"raw":"0"}},{"type":"VariableDeclarator","start":16,"end":17,"id":{"type":"Identifier","start":16,"end":17,"name":"j"},"init":null}],"kind":"let"},"test":null,"update":null,"body":{"type":"BlockStatement","start":22,"end":24,"body":[]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ForExpressionInitWithoutIn) {
  EXPECT_EQ(script_result(R"js(for (a in b in c) ;)js"),
            R"json({"type":"Program","start":0,"end":19,"body":[{"type":"ForInStatement","start":0,"end":19,"left":{"type":"Identifier","start":5,"end":6,"name":"a"},"right":{"type":"BinaryExpression","start":10,"end":16,"left":{"type":"Identifier","start":10,"end":11,"name":"b"},"operator":"in","right":{"type":"Identifier","start":15,"end":16,"name":"c"}},"body":{"type":"EmptyStatement","start":18,"end":19}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ForParenthesizedInInInit) {
  EXPECT_EQ(script_result(R"js(for (x = (a in b); ;) ;)js"),
            R"json({"type":"Program","start":0,"end":23,"body":[{"type":"ForStatement","start":0,"end":23,"init":{"type":"AssignmentExpression","start":5,"end":17,"operator":"=","left":{"type":"Identifier","start":5,"end":6,"name":"x"},"right":{"type":"BinaryExpression","start":10,"end":16,"left":{"type":"Identifier","start":10,"end":11,"name":"a"},"operator":"in","right":{"type":"Identifier","start":15,"end":16,"name":"b"}}},"test":null,"update":null,"body":{"type":"EmptyStatement","start":22,"end":23}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ForIn) {
  EXPECT_EQ(script_result(R"js(for (var k in o) ;)js"),
            R"json({"type":"Program","start":0,"end":18,"body":[{"type":"ForInStatement","start":0,"end":18,"left":{"type":"VariableDeclaration","start":5,"end":10,"declarations":[{"type":"VariableDeclarator","start":9,"end":10,"id":{"type":"Identifier","start":9,"end":10,"name":"k"},"init":null}],"kind":"var"},"right":{"type":"Identifier","start":14,"end":15,"name":"o"},"body":{"type":"EmptyStatement","start":17,"end":18}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ForInMemberTarget) {
  EXPECT_EQ(script_result(R"js(for (a.b in c) ;)js"),
            R"json({"type":"Program","start":0,"end":16,"body":[{"type":"ForInStatement","start":0,"end":16,"left":{"type":"MemberExpression","start":5,"end":8,"object":{"type":"Identifier","start":5,"end":6,"name":"a"},"property":{"type":"Identifier","start":7,"end":8,"name":"b"},"computed":false,"optional":false},"right":{"type":"Identifier","start":12,"end":13,"name":"c"},"body":{"type":"EmptyStatement","start":15,"end":16}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ForOf) {
  EXPECT_EQ(script_result(R"js(for (const x of xs) ;)js"),
            R"json({"type":"Program","start":0,"end":21,"body":[{"type":"ForOfStatement","start":0,"end":21,"await":false,"left":{"type":"VariableDeclaration","start":5,"end":12,"declarations":[{"type":"VariableDeclarator","start":11,"end":12,"id":{"type":"Identifier","start":11,"end":12,"name":"x"},"init":null}],"kind":"const"},"right":{"type":"Identifier","start":16,"end":18,"name":"xs"},"body":{"type":"EmptyStatement","start":20,"end":21}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ForOfPatternTarget) {
  EXPECT_EQ(script_result(R"js(for ([a, b] of c) ;)js"),
            R"json({"type":"Program","start":0,"end":19,"body":[{"type":"ForOfStatement","start":0,"end":19,"await":false,"left":{"type":"ArrayPattern","start":5,"end":11,"elements":[{"type":"Identifier","start":6,"end":7,"name":"a"},{"type":"Identifier","start":9,"end":10,"name":"b"}]},"right":{"type":"Identifier","start":15,"end":16,"name":"c"},"body":{"type":"EmptyStatement","start":18,"end":19}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ForInAnnexBInitializer) {
  EXPECT_EQ(script_result(R"js(for (var x = 1 in y) ;)js"),
            R"json({"type":"Program","start":0,"end":22,"body":[{"type":"ForInStatement","start":0,"end":22,"left":{"type":"VariableDeclaration","start":5,"end":14,"declarations":[{"type":"VariableDeclarator","start":9,"end":14,"id":{"type":"Identifier","start":9,"end":10,"name":"x"},"init":{"type":"Literal","start":13,"end":14,"value":1,"raw":"1"}}],"kind":"var"},"right":{"type":"Identifier","start":18,"end":19,"name":"y"},"body":{"type":"EmptyStatement","start":21,"end":22}}],"sourceType":"script"})json");
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

TEST(StatementParseTest, ForAwaitOf) {
  EXPECT_EQ(script_result(R"js(async function f() { for await (const x of xs) ; })js"),
            R"json({"type":"Program","start":0,"end":50,"body":[{"type":"FunctionDeclaration","start":0,"end":50,"id":{"type":"Identifier","start":15,"end":16,"name":"f"},"expression":false,"generator":false,"async":true,"params":[],"body":{"type":"BlockStatement","start":19,"end":50,"body":[{"type":"ForOfStatement","start":21,"end":48,"await":true,"left":{"type":"VariableDeclaration","start":32,"end":39,"declarations":[{"type":"VariableDeclarator","start":38,"end":39,"id":{"type":"Identifier","start":38,"end":39,"name":"x"},"init":null}],"kind":"const"},"right":{"type":"Identifier","start":43,"end":45,"name":"xs"},"body":{"type":"EmptyStatement","start":47,"end":48}}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ForAwaitMemberTarget) {
  EXPECT_EQ(script_result(R"js(async function f() { for await (x.y of z) ; })js"),
            R"json({"type":"Program","start":0,"end":45,"body":[{"type":"FunctionDeclaration","start":0,"end":45,"id":{"type":"Identifier","start":15,"end":16,"name":"f"},"expression":false,"generator":false,"async":true,"params":[],"body":{"type":"BlockStatement","start":19,"end":45,"body":[{"type":"ForOfStatement","start":21,"end":43,"await":true,"left":{"type":"MemberExpression","start":32,"end":35,"object":{"type":"Identifier","start":32,"end":33,"name":"x"},"property":{"type":"Identifier","start":34,"end":35,"name":"y"},"computed":false,"optional":false},"right":{"type":"Identifier","start":39,"end":40,"name":"z"},"body":{"type":"EmptyStatement","start":42,"end":43}}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ForAwaitInError) {
  EXPECT_EQ(script_result(R"js(async function f() { for await (x in y) ; })js"),
            R"json(25: Unexpected token)json");
}

TEST(StatementParseTest, ForAwaitOrdinaryError) {
  EXPECT_EQ(script_result(R"js(async function f() { for await (;;) ; })js"),
            R"json(25: Unexpected token)json");
}

TEST(StatementParseTest, ForAwaitAsyncOf) {
  EXPECT_EQ(script_result(R"js(async function f() { for await (async of x) ; })js"),
            R"json({"type":"Program","start":0,"end":47,"body":[{"type":"FunctionDeclaration","start":0,"end":47,"id":{"type":"Identifier","start":15,"end":16,"name":"f"},"expression":false,"generator":false,"async":true,"params":[],"body":{"type":"BlockStatement","start":19,"end":47,"body":[{"type":"ForOfStatement","start":21,"end":45,"await":true,"left":{"type":"Identifier","start":32,"end":37,"name":"async"},"right":{"type":"Identifier","start":41,"end":42,"name":"x"},"body":{"type":"EmptyStatement","start":44,"end":45}}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ForAsyncOfError) {
  EXPECT_EQ(script_result(R"js(for (async of x) ;)js"),
            R"json(14: Unexpected token)json");
}

TEST(StatementParseTest, ForLetIn) {
  EXPECT_EQ(script_result(R"js(for (let in x) ;)js"),
            R"json({"type":"Program","start":0,"end":16,"body":[{"type":"ForInStatement","start":0,"end":16,"left":{"type":"Identifier","start":5,"end":8,"name":"let"},"right":{"type":"Identifier","start":12,"end":13,"name":"x"},"body":{"type":"EmptyStatement","start":15,"end":16}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ForLetMemberOfError) {
  EXPECT_EQ(script_result(R"js(for (let.x of y) ;)js"),
            R"json(5: The left-hand side of a for-of loop may not start with 'let'.)json");
}

TEST(StatementParseTest, ForLetOfError) {
  EXPECT_EQ(script_result(R"js(for (let of x) ;)js"),
            R"json(12: Unexpected token)json");
}

TEST(StatementParseTest, ForUsingOf) {
  EXPECT_EQ(script_result(R"js(for (using x of y) ;)js"),
            R"json({"type":"Program","start":0,"end":20,"body":[{"type":"ForOfStatement","start":0,"end":20,"await":false,"left":{"type":"VariableDeclaration","start":5,"end":12,"declarations":[{"type":"VariableDeclarator","start":11,"end":12,"id":{"type":"Identifier","start":11,"end":12,"name":"x"},"init":null}],"kind":"using"},"right":{"type":"Identifier","start":16,"end":17,"name":"y"},"body":{"type":"EmptyStatement","start":19,"end":20}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ForUsingNamedOf) {
  EXPECT_EQ(script_result(R"js(for (using of of y) ;)js"),
            R"json(17: Unexpected token)json");
}

TEST(StatementParseTest, ForUsingAsOfTarget) {
  EXPECT_EQ(script_result(R"js(for (using of y) ;)js"),
            R"json({"type":"Program","start":0,"end":18,"body":[{"type":"ForOfStatement","start":0,"end":18,"await":false,"left":{"type":"Identifier","start":5,"end":10,"name":"using"},"right":{"type":"Identifier","start":14,"end":15,"name":"y"},"body":{"type":"EmptyStatement","start":17,"end":18}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ForAwaitUsingOf) {
  EXPECT_EQ(script_result(R"js(async function f() { for (await using x of y) ; })js"),
            R"json({"type":"Program","start":0,"end":49,"body":[{"type":"FunctionDeclaration","start":0,"end":49,"id":{"type":"Identifier","start":15,"end":16,"name":"f"},"expression":false,"generator":false,"async":true,"params":[],"body":{"type":"BlockStatement","start":19,"end":49,"body":[{"type":"ForOfStatement","start":21,"end":47,"await":false,"left":{"type":"VariableDeclaration","start":26,"end":39,"declarations":[{"type":"VariableDeclarator","start":38,"end":39,"id":{"type":"Identifier","start":38,"end":39,"name":"x"},"init":null}],"kind":"await using"},"right":{"type":"Identifier","start":43,"end":44,"name":"y"},"body":{"type":"EmptyStatement","start":46,"end":47}}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ForInvalidTargetError) {
  EXPECT_EQ(script_result(R"js(for (a + b of c) ;)js"),
            R"json(5: Assigning to rvalue)json");
}

TEST(StatementParseTest, While) {
  EXPECT_EQ(script_result(R"js(while (a) b;)js"),
            R"json({"type":"Program","start":0,"end":12,"body":[{"type":"WhileStatement","start":0,"end":12,"test":{"type":"Identifier","start":7,"end":8,"name":"a"},"body":{"type":"ExpressionStatement","start":10,"end":12,"expression":{"type":"Identifier","start":10,"end":11,"name":"b"}}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, DoWhile) {
  EXPECT_EQ(script_result(R"js(do x; while (y))js"),
            R"json({"type":"Program","start":0,"end":15,"body":[{"type":"DoWhileStatement","start":0,"end":15,"body":{"type":"ExpressionStatement","start":3,"end":5,"expression":{"type":"Identifier","start":3,"end":4,"name":"x"}},"test":{"type":"Identifier","start":13,"end":14,"name":"y"}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, DoWhileInsertsSemicolon) {
  EXPECT_EQ(script_result(R"js(do x
while (y) z)js"),
            R"json({"type":"Program","start":0,"end":16,"body":[{"type":"DoWhileStatement","start":0,"end":14,"body":{"type":"ExpressionStatement","start":3,"end":4,"expression":{"type":"Identifier","start":3,"end":4,"name":"x"}},"test":{"type":"Identifier","start":12,"end":13,"name":"y"}},{"type":"ExpressionStatement","start":15,"end":16,"expression":{"type":"Identifier","start":15,"end":16,"name":"z"}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, DoWhileWithoutWhileError) {
  EXPECT_EQ(script_result(R"js(do x; y)js"),
            R"json(6: Unexpected token)json");
}

TEST(StatementParseTest, BreakAndContinueWithLabels) {
  EXPECT_EQ(script_result(R"js(a: for (;;) { if (x) continue a; break; })js"),
            R"json({"type":"Program","start":0,"end":41,"body":[{"type":"LabeledStatement","start":0,"end":41,"body":{"type":"ForStatement","start":3,"end":41,"init":null,"test":null,"update":null,"body":{"type":"BlockStatement","start":12,"end":41,"body":[{"type":"IfStatement","start":14,"end":32,"test":{"type":"Identifier","start":18,"end":19,"name":"x"},"consequent":{"type":"ContinueStatement","start":21,"end":32,"label":{"type":"Identifier","start":30,"end":31,"name":"a"}},"alternate":null},{"type":"BreakStatement","start":33,"end":39,"label":null}]}},"label":{"type":"Identifier","start":0,"end":1,"name":"a"}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, BreakLabelOnNextLineIsAStatement) {
  EXPECT_EQ(script_result(R"js(x: while (1) break
x)js"),
            R"json({"type":"Program","start":0,"end":20,"body":[{"type":"LabeledStatement","start":0,"end":18,"body":{"type":"WhileStatement","start":3,"end":18,"test":{"type":"Literal","start":10,"end":11,"value":1,"raw":"1"},"body":{"type":"BreakStatement","start":13,"end":18,"label":null}},"label":{"type":"Identifier","start":0,"end":1,"name":"x"}},{"type":"ExpressionStatement","start":19,"end":20,"expression":{"type":"Identifier","start":19,"end":20,"name":"x"}}],"sourceType":"script"})json");
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

TEST(StatementParseTest, BreakToBlockLabel) {
  EXPECT_EQ(script_result(R"js(a: { break a; })js"),
            R"json({"type":"Program","start":0,"end":15,"body":[{"type":"LabeledStatement","start":0,"end":15,"body":{"type":"BlockStatement","start":3,"end":15,"body":[{"type":"BreakStatement","start":5,"end":13,"label":{"type":"Identifier","start":11,"end":12,"name":"a"}}]},"label":{"type":"Identifier","start":0,"end":1,"name":"a"}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, BreakInSwitch) {
  EXPECT_EQ(script_result(R"js(switch (a) { case 1: break; })js"),
            R"json({"type":"Program","start":0,"end":29,"body":[{"type":"SwitchStatement","start":0,"end":29,"discriminant":{"type":"Identifier","start":8,"end":9,"name":"a"},"cases":[{"type":"SwitchCase","start":13,"end":27,"consequent":[{"type":"BreakStatement","start":21,"end":27,"label":null}],"test":{"type":"Literal","start":18,"end":19,"value":1,"raw":"1"}}]}],"sourceType":"script"})json");
}

TEST(StatementParseTest, DuplicateLabelError) {
  EXPECT_EQ(script_result(R"js(a: a: ;)js"),
            R"json(3: Label 'a' is already declared)json");
}

TEST(StatementParseTest, LabelNotVisibleInFunctionError) {
  EXPECT_EQ(script_result(R"js(x: while (1) { function f() { break x; } })js"),
            R"json(30: Unsyntactic break)json");
}

TEST(StatementParseTest, StackedLabelsContinue) {
  EXPECT_EQ(script_result(R"js(a: b: while (1) continue a;)js"),
            R"json({"type":"Program","start":0,"end":27,"body":[{"type":"LabeledStatement","start":0,"end":27,"body":{"type":"LabeledStatement","start":3,"end":27,"body":{"type":"WhileStatement","start":6,"end":27,"test":{"type":"Literal","start":13,"end":14,"value":1,"raw":"1"},"body":{"type":"ContinueStatement","start":16,"end":27,"label":{"type":"Identifier","start":25,"end":26,"name":"a"}}},"label":{"type":"Identifier","start":3,"end":4,"name":"b"}},"label":{"type":"Identifier","start":0,"end":1,"name":"a"}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, SiblingLabelsMayRepeat) {
  EXPECT_EQ(script_result(R"js(a: ; a: ;)js"),
            R"json({"type":"Program","start":0,"end":9,"body":[{"type":"LabeledStatement","start":0,"end":4,"body":{"type":"EmptyStatement","start":3,"end":4},"label":{"type":"Identifier","start":0,"end":1,"name":"a"}},{"type":"LabeledStatement","start":5,"end":9,"body":{"type":"EmptyStatement","start":8,"end":9},"label":{"type":"Identifier","start":5,"end":6,"name":"a"}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, LabelNamedYieldInSloppyCode) {
  EXPECT_EQ(script_result(R"js(yield: ;)js"),
            R"json({"type":"Program","start":0,"end":8,"body":[{"type":"LabeledStatement","start":0,"end":8,"body":{"type":"EmptyStatement","start":7,"end":8},"label":{"type":"Identifier","start":0,"end":5,"name":"yield"}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ReturnForms) {
  EXPECT_EQ(script_result(R"js(function f() { return; return a; return
a; })js"),
            R"json({"type":"Program","start":0,"end":44,"body":[{"type":"FunctionDeclaration","start":0,"end":44,"id":{"type":"Identifier","start":9,"end":10,"name":"f"},"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":13,"end":44,"body":[{"type":"ReturnStatement","start":15,"end":22,"argument":null},{"type":"ReturnStatement","start":23,"end":32,"argument":{"type":"Identifier","start":30,"end":31,"name":"a"}},{"type":"ReturnStatement","start":33,"end":39,"argument":null},{"type":"ExpressionStatement","start":40,"end":42,"expression":{"type":"Identifier","start":40,"end":41,"name":"a"}}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ReturnOutsideFunctionError) {
  EXPECT_EQ(script_result(R"js(return;)js"),
            R"json(0: 'return' outside of function)json");
}

TEST(StatementParseTest, ReturnInStaticBlockError) {
  EXPECT_EQ(script_result(R"js(class A { static { return; } })js"),
            R"json(19: 'return' outside of function)json");
}

TEST(StatementParseTest, Throw) {
  EXPECT_EQ(script_result(R"js(throw new Error("x");)js"),
            R"json({"type":"Program","start":0,"end":21,"body":[{"type":"ThrowStatement","start":0,"end":21,"argument":{"type":"NewExpression","start":6,"end":20,"callee":{"type":"Identifier","start":10,"end":15,"name":"Error"},"arguments":[{"type":"Literal","start":16,"end":19,"value":"x","raw":"\"x\""}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ThrowNewlineError) {
  EXPECT_EQ(script_result(R"js(throw
x)js"),
            R"json(5: Illegal newline after throw)json");
}

TEST(StatementParseTest, TryCatchFinally) {
  EXPECT_EQ(script_result(R"js(try { a } catch (e) { b } finally { c })js"),
            R"json({"type":"Program","start":0,"end":39,"body":[{"type":"TryStatement","start":0,"end":39,"block":{"type":"BlockStatement","start":4,"end":9,"body":[{"type":"ExpressionStatement","start":6,"end":7,"expression":{"type":"Identifier","start":6,"end":7,"name":"a"}}]},"handler":{"type":"CatchClause","start":10,"end":25,"param":{"type":"Identifier","start":17,"end":18,"name":"e"},"body":{"type":"BlockStatement","start":20,"end":25,"body":[{"type":"ExpressionStatement","start":22,"end":23,"expression":{"type":"Identifier","start":22,"end":23,"name":"b"}}]}},"finalizer":{"type":"BlockStatement","start":34,"end":39,"body":[{"type":"ExpressionStatement","start":36,"end":37,"expression":{"type":"Identifier","start":36,"end":37,"name":"c"}}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, CatchParamPattern) {
  EXPECT_EQ(script_result(R"js(try {} catch ({message}) {})js"),
            R"json({"type":"Program","start":0,"end":27,"body":[{"type":"TryStatement","start":0,"end":27,"block":{"type":"BlockStatement","start":4,"end":6,"body":[]},"handler":{"type":"CatchClause","start":7,"end":27,"param":{"type":"ObjectPattern","start":14,"end":23,"properties":[{"type":"Property","start":15,"end":22,"method":false,"shorthand":true,"computed":false,"key":{"type":"Identifier","start":15,"end":22,"name":"message"},"value":{"type":"Identifier","start":15,"end":22,"name":"message"},"kind":"init"}]},"body":{"type":"BlockStatement","start":25,"end":27,"body":[]}},"finalizer":null}],"sourceType":"script"})json");
}

TEST(StatementParseTest, OptionalCatchBinding) {
  EXPECT_EQ(script_result(R"js(try {} catch {})js"),
            R"json({"type":"Program","start":0,"end":15,"body":[{"type":"TryStatement","start":0,"end":15,"block":{"type":"BlockStatement","start":4,"end":6,"body":[]},"handler":{"type":"CatchClause","start":7,"end":15,"param":null,"body":{"type":"BlockStatement","start":13,"end":15,"body":[]}},"finalizer":null}],"sourceType":"script"})json");
}

TEST(StatementParseTest, TryWithoutHandlerError) {
  EXPECT_EQ(script_result(R"js(try {})js"),
            R"json(0: Missing catch or finally clause)json");
}

TEST(StatementParseTest, CatchParamEvalInStrictCodeError) {
  EXPECT_EQ(script_result(R"js("use strict"; try {} catch (eval) {})js"),
            R"json(28: Binding eval in strict mode)json");
}

TEST(StatementParseTest, Switch) {
  EXPECT_EQ(script_result(R"js(switch (a) { case 1: b; case 2: default: c; })js"),
            R"json({"type":"Program","start":0,"end":45,"body":[{"type":"SwitchStatement","start":0,"end":45,"discriminant":{"type":"Identifier","start":8,"end":9,"name":"a"},"cases":[{"type":"SwitchCase","start":13,"end":23,"consequent":[{"type":"ExpressionStatement","start":21,"end":23,"expression":{"type":"Identifier","start":21,"end":22,"name":"b"}}],"test":{"type":"Literal","start":18,"end":19,"value":1,"raw":"1"}},{"type":"SwitchCase","start":24,"end":31,"consequent":[],"test":{"type":"Literal","start":29,"end":30,"value":2,"raw":"2"}},{"type":"SwitchCase","start":32,"end":43,"consequent":[{"type":"ExpressionStatement","start":41,"end":43,"expression":{"type":"Identifier","start":41,"end":42,"name":"c"}}],"test":null}]}],"sourceType":"script"})json");
}

TEST(StatementParseTest, SwitchWithoutCases) {
  EXPECT_EQ(script_result(R"js(switch (a) {})js"),
            R"json({"type":"Program","start":0,"end":13,"body":[{"type":"SwitchStatement","start":0,"end":13,"discriminant":{"type":"Identifier","start":8,"end":9,"name":"a"},"cases":[]}],"sourceType":"script"})json");
}

TEST(StatementParseTest, SwitchMultipleDefaultsError) {
  EXPECT_EQ(script_result(R"js(switch (a) { default: default: })js"),
            R"json(22: Multiple default clauses)json");
}

TEST(StatementParseTest, SwitchStatementBeforeCaseError) {
  EXPECT_EQ(script_result(R"js(switch (a) { b; })js"),
            R"json(13: Unexpected token)json");
}

TEST(StatementParseTest, With) {
  EXPECT_EQ(script_result(R"js(with (a) b;)js"),
            R"json({"type":"Program","start":0,"end":11,"body":[{"type":"WithStatement","start":0,"end":11,"object":{"type":"Identifier","start":6,"end":7,"name":"a"},"body":{"type":"ExpressionStatement","start":9,"end":11,"expression":{"type":"Identifier","start":9,"end":10,"name":"b"}}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, WithInModuleError) {
  EXPECT_EQ(module_result(R"js(with (a) b;)js"),
            R"json(0: 'with' in strict mode)json");
}

TEST(StatementParseTest, ClassDeclaration) {
  EXPECT_EQ(script_result(R"js(class A extends B { constructor() { super(); } })js"),
            R"json({"type":"Program","start":0,"end":48,"body":[{"type":"ClassDeclaration","start":0,"end":48,"id":{"type":"Identifier","start":6,"end":7,"name":"A"},"superClass":{"type":"Identifier","start":16,"end":17,"name":"B"},"body":{"type":"ClassBody","start":18,"end":48,"body":[{"type":"MethodDefinition","start":20,"end":46,"static":false,"computed":false,"key":{"type":"Identifier","start":20,"end":31,"name":"constructor"},"kind":"constructor","value":{"type":"FunctionExpression","start":31,"end":46,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":34,"end":46,"body":[{"type":"ExpressionStatement","start":36,"end":44,"expression":{"type":"CallExpression","start":36,"end":43,"callee":{"type":"Super","start":36,"end":41},"arguments":[],"optional":false}}]}}}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ClassExpressions) {
  EXPECT_EQ(script_result(R"js((class {}); (class A {});)js"),
            R"json({"type":"Program","start":0,"end":25,"body":[{"type":"ExpressionStatement","start":0,"end":11,"expression":{"type":"ClassExpression","start":1,"end":9,"id":null,"superClass":null,"body":{"type":"ClassBody","start":7,"end":9,"body":[]}}},{"type":"ExpressionStatement","start":12,"end":25,"expression":{"type":"ClassExpression","start":13,"end":23,"id":{"type":"Identifier","start":19,"end":20,"name":"A"},"superClass":null,"body":{"type":"ClassBody","start":21,"end":23,"body":[]}}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ClassDeclarationWithoutNameError) {
  EXPECT_EQ(script_result(R"js(class {})js"),
            R"json(6: Unexpected token)json");
}

TEST(StatementParseTest, ClassElementKinds) {
  EXPECT_EQ(script_result(R"js(class A { static(){} get = 1; static async *x(){} static {} "constructor"(){} #p = 1; [k] })js"),
            R"json({"type":"Program","start":0,"end":91,"body":[{"type":"ClassDeclaration","start":0,"end":91,"id":{"type":"Identifier","start":6,"end":7,"name":"A"},"superClass":null,"body":{"type":"ClassBody","start":8,"end":91,"body":[{"type":"MethodDefinition","start":10,"end":20,"static":false,"computed":false,"key":{"type":"Identifier","start":10,"end":16,"name":"static"},"kind":"method","value":{"type":"FunctionExpression","start":16,"end":20,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":18,"end":20,"body":[]}}},{"type":"PropertyDefinition","start":21,"end":29,"static":false,"computed":false,"key":{"type":"Identifier","start":21,"end":24,"name":"get"},"value":{"type":"Literal","start":27,"end":28,"value":1,"raw":"1"}},{"type":"MethodDefinition","start":30,"end":49,"static":true,"computed":false,"key":{"type":"Identifier","start":44,"end":45,"name":"x"},"kind":"method","value":{"type":"FunctionExpression","start":45,"end":49,"id":null,"expression":false,"generator":true,"async":true,"params":[],"body":{"type":"BlockStatement","start":47,"end":49,"body":[]}}},{"type":"StaticBlock","start":50,"end":59,"body":[]},{"type":"MethodDefinition","start":60,"end":77,"static":false,"computed":false,"key":{"type":"Literal","start":60,"end":73,"value":"constructor","raw":"\"constructor\""},"kind":"constructor","value":{"type":"FunctionExpression","start":73,"end":77,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":75,"end":77,"body":[]}}},{"type":"PropertyDefinition","start":78,"end":85,"static":false,"computed":false,"key":{"type":"PrivateIdentifier","start":78,"end":80,"name":"p"},"value":{"type":"Literal","start":83,"end":84,"value":1,"raw":"1"}},{"type":"PropertyDefinition","start":86,"end":89,"static":false,"computed":true,"key":{"type":"Identifier","start":87,"end":88,"name":"k"},"value":null}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ClassModifiersFollowedByNewline) {
  EXPECT_EQ(script_result(R"js(class A { async
 x(){} get
 y(){} static
 z })js"),
            R"json({"type":"Program","start":0,"end":45,"body":[{"type":"ClassDeclaration","start":0,"end":45,"id":{"type":"Identifier","start":6,"end":7,"name":"A"},"superClass":null,"body":{"type":"ClassBody","start":8,"end":45,"body":[{"type":"PropertyDefinition","start":10,"end":15,"static":false,"computed":false,"key":{"type":"Identifier","start":10,"end":15,"name":"async"},"value":null},{"type":"MethodDefinition","start":17,"end":22,"static":false,"computed":false,"key":{"type":"Identifier","start":17,"end":18,"name":"x"},"kind":"method","value":{"type":"FunctionExpression","start":18,"end":22,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":20,"end":22,"body":[]}}},{"type":"MethodDefinition","start":23,"end":33,"static":false,"computed":false,"key":{"type":"Identifier","start":28,"end":29,"name":"y"},"kind":"get","value":{"type":"FunctionExpression","start":29,"end":33,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":31,"end":33,"body":[]}}},{"type":"PropertyDefinition","start":34,"end":43,"static":true,"computed":false,"key":{"type":"Identifier","start":42,"end":43,"name":"z"},"value":null}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ClassAccessors) {
  EXPECT_EQ(script_result(R"js(class A { get a() {} set a(v) {} static get [b]() {} })js"),
            R"json({"type":"Program","start":0,"end":54,"body":[{"type":"ClassDeclaration","start":0,"end":54,"id":{"type":"Identifier","start":6,"end":7,"name":"A"},"superClass":null,"body":{"type":"ClassBody","start":8,"end":54,"body":[{"type":"MethodDefinition","start":10,"end":20,"static":false,"computed":false,"key":{"type":"Identifier","start":14,"end":15,"name":"a"},"kind":"get","value":{"type":"FunctionExpression","start":15,"end":20,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":18,"end":20,"body":[]}}},{"type":"MethodDefinition","start":21,"end":32,"static":false,"computed":false,"key":{"type":"Identifier","start":25,"end":26,"name":"a"},"kind":"set","value":{"type":"FunctionExpression","start":26,"end":32,"id":null,"expression":false,"generator":false,"async":false,"params":[{"type":"Identifier","start":27,"end":28,"name":"v"}],"body":{"type":"BlockStatement","start":30,"end":32,"body":[]}}},{"type":"MethodDefinition","start":33,"end":52,"static":true,"computed":true,"key":{"type":"Identifier","start":45,"end":46,"name":"b"},"kind":"get","value":{"type":"FunctionExpression","start":47,"end":52,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":50,"end":52,"body":[]}}}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ClassFieldsWithAsi) {
  EXPECT_EQ(script_result(R"js(class A { a = 1
 b
 ['c'] = 2; #d; })js"),
            R"json({"type":"Program","start":0,"end":36,"body":[{"type":"ClassDeclaration","start":0,"end":36,"id":{"type":"Identifier","start":6,"end":7,"name":"A"},"superClass":null,"body":{"type":"ClassBody","start":8,"end":36,"body":[{"type":"PropertyDefinition","start":10,"end":15,"static":false,"computed":false,"key":{"type":"Identifier","start":10,"end":11,"name":"a"},"value":{"type":"Literal","start":14,"end":15,"value":1,"raw":"1"}},{"type":"PropertyDefinition","start":17,"end":18,"static":false,"computed":false,"key":{"type":"Identifier","start":17,"end":18,"name":"b"},"value":null},{"type":"PropertyDefinition","start":20,"end":30,"static":false,"computed":true,"key":{"type":"Literal","start":21,"end":24,"value":"c","raw":"'c'"},"value":{"type":"Literal","start":28,"end":29,"value":2,"raw":"2"}},{"type":"PropertyDefinition","start":31,"end":34,"static":false,"computed":false,"key":{"type":"PrivateIdentifier","start":31,"end":33,"name":"d"},"value":null}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ClassPrivateMembers) {
  EXPECT_EQ(script_result(R"js(class A { #m() {} get #x() {} static #s = 1; })js"),
            R"json({"type":"Program","start":0,"end":46,"body":[{"type":"ClassDeclaration","start":0,"end":46,"id":{"type":"Identifier","start":6,"end":7,"name":"A"},"superClass":null,"body":{"type":"ClassBody","start":8,"end":46,"body":[{"type":"MethodDefinition","start":10,"end":17,"static":false,"computed":false,"key":{"type":"PrivateIdentifier","start":10,"end":12,"name":"m"},"kind":"method","value":{"type":"FunctionExpression","start":12,"end":17,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":15,"end":17,"body":[]}}},{"type":"MethodDefinition","start":18,"end":29,"static":false,"computed":false,"key":{"type":"PrivateIdentifier","start":22,"end":24,"name":"x"},"kind":"get","value":{"type":"FunctionExpression","start":24,"end":29,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":27,"end":29,"body":[]}}},{"type":"PropertyDefinition","start":30,"end":44,"static":true,"computed":false,"key":{"type":"PrivateIdentifier","start":37,"end":39,"name":"s"},"value":{"type":"Literal","start":42,"end":43,"value":1,"raw":"1"}}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ClassSemicolons) {
  EXPECT_EQ(script_result(R"js(class A { ; a() {} ; })js"),
            R"json({"type":"Program","start":0,"end":22,"body":[{"type":"ClassDeclaration","start":0,"end":22,"id":{"type":"Identifier","start":6,"end":7,"name":"A"},"superClass":null,"body":{"type":"ClassBody","start":8,"end":22,"body":[{"type":"MethodDefinition","start":12,"end":18,"static":false,"computed":false,"key":{"type":"Identifier","start":12,"end":13,"name":"a"},"kind":"method","value":{"type":"FunctionExpression","start":13,"end":18,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":16,"end":18,"body":[]}}}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ClassAccessorIsAName) {
  EXPECT_EQ(script_result(R"js(class A { accessor = 1; accessor() {} })js"),
            R"json({"type":"Program","start":0,"end":39,"body":[{"type":"ClassDeclaration","start":0,"end":39,"id":{"type":"Identifier","start":6,"end":7,"name":"A"},"superClass":null,"body":{"type":"ClassBody","start":8,"end":39,"body":[{"type":"PropertyDefinition","start":10,"end":23,"static":false,"computed":false,"key":{"type":"Identifier","start":10,"end":18,"name":"accessor"},"value":{"type":"Literal","start":21,"end":22,"value":1,"raw":"1"}},{"type":"MethodDefinition","start":24,"end":37,"static":false,"computed":false,"key":{"type":"Identifier","start":24,"end":32,"name":"accessor"},"kind":"method","value":{"type":"FunctionExpression","start":32,"end":37,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":35,"end":37,"body":[]}}}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ClassExtendsCall) {
  EXPECT_EQ(script_result(R"js(class A extends f() {})js"),
            R"json({"type":"Program","start":0,"end":22,"body":[{"type":"ClassDeclaration","start":0,"end":22,"id":{"type":"Identifier","start":6,"end":7,"name":"A"},"superClass":{"type":"CallExpression","start":16,"end":19,"callee":{"type":"Identifier","start":16,"end":17,"name":"f"},"arguments":[],"optional":false},"body":{"type":"ClassBody","start":20,"end":22,"body":[]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ClassExtendsMember) {
  EXPECT_EQ(script_result(R"js((class extends a.b {});)js"),
            R"json({"type":"Program","start":0,"end":23,"body":[{"type":"ExpressionStatement","start":0,"end":23,"expression":{"type":"ClassExpression","start":1,"end":21,"id":null,"superClass":{"type":"MemberExpression","start":15,"end":18,"object":{"type":"Identifier","start":15,"end":16,"name":"a"},"property":{"type":"Identifier","start":17,"end":18,"name":"b"},"computed":false,"optional":false},"body":{"type":"ClassBody","start":19,"end":21,"body":[]}}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ClassStaticBlock) {
  EXPECT_EQ(script_result(R"js(class A { static { var x; } })js"),
            R"json({"type":"Program","start":0,"end":29,"body":[{"type":"ClassDeclaration","start":0,"end":29,"id":{"type":"Identifier","start":6,"end":7,"name":"A"},"superClass":null,"body":{"type":"ClassBody","start":8,"end":29,"body":[{"type":"StaticBlock","start":10,"end":27,"body":[{"type":"VariableDeclaration","start":19,"end":25,"declarations":[{"type":"VariableDeclarator","start":23,"end":24,"id":{"type":"Identifier","start":23,"end":24,"name":"x"},"init":null}],"kind":"var"}]}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ClassComputedKeyYield) {
  EXPECT_EQ(script_result(R"js(function* g() { class A { [yield 1]() {} } })js"),
            R"json({"type":"Program","start":0,"end":44,"body":[{"type":"FunctionDeclaration","start":0,"end":44,"id":{"type":"Identifier","start":10,"end":11,"name":"g"},"expression":false,"generator":true,"async":false,"params":[],"body":{"type":"BlockStatement","start":14,"end":44,"body":[{"type":"ClassDeclaration","start":16,"end":42,"id":{"type":"Identifier","start":22,"end":23,"name":"A"},"superClass":null,"body":{"type":"ClassBody","start":24,"end":42,"body":[{"type":"MethodDefinition","start":26,"end":40,"static":false,"computed":true,"key":{"type":"YieldExpression","start":27,"end":34,"delegate":false,"argument":{"type":"Literal","start":33,"end":34,"value":1,"raw":"1"}},"kind":"method","value":{"type":"FunctionExpression","start":35,"end":40,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":38,"end":40,"body":[]}}}]}}]}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ClassFieldAwaitIsIdentifier) {
  EXPECT_EQ(script_result(R"js(async function f() { class A { x = await } })js"),
            R"json({"type":"Program","start":0,"end":44,"body":[{"type":"FunctionDeclaration","start":0,"end":44,"id":{"type":"Identifier","start":15,"end":16,"name":"f"},"expression":false,"generator":false,"async":true,"params":[],"body":{"type":"BlockStatement","start":19,"end":44,"body":[{"type":"ClassDeclaration","start":21,"end":42,"id":{"type":"Identifier","start":27,"end":28,"name":"A"},"superClass":null,"body":{"type":"ClassBody","start":29,"end":42,"body":[{"type":"PropertyDefinition","start":31,"end":40,"static":false,"computed":false,"key":{"type":"Identifier","start":31,"end":32,"name":"x"},"value":{"type":"Identifier","start":35,"end":40,"name":"await"}}]}}]}}],"sourceType":"script"})json");
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

TEST(StatementParseTest, ClassExpressionNamedEval) {
  EXPECT_EQ(script_result(R"js((class eval {});)js"),
            R"json({"type":"Program","start":0,"end":16,"body":[{"type":"ExpressionStatement","start":0,"end":16,"expression":{"type":"ClassExpression","start":1,"end":14,"id":{"type":"Identifier","start":7,"end":11,"name":"eval"},"superClass":null,"body":{"type":"ClassBody","start":12,"end":14,"body":[]}}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ClassFieldMissingSemicolonError) {
  EXPECT_EQ(script_result(R"js(class A { a b })js"),
            R"json(12: Unexpected token)json");
}

TEST(StatementParseTest, ImportDefault) {
  EXPECT_EQ(module_result(R"js(import a from "m";)js"),
            R"json({"type":"Program","start":0,"end":18,"body":[{"type":"ImportDeclaration","start":0,"end":18,"specifiers":[{"type":"ImportDefaultSpecifier","start":7,"end":8,"local":{"type":"Identifier","start":7,"end":8,"name":"a"}}],"source":{"type":"Literal","start":14,"end":17,"value":"m","raw":"\"m\""},"attributes":[]}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ImportNamespace) {
  EXPECT_EQ(module_result(R"js(import * as ns from "m";)js"),
            R"json({"type":"Program","start":0,"end":24,"body":[{"type":"ImportDeclaration","start":0,"end":24,"specifiers":[{"type":"ImportNamespaceSpecifier","start":7,"end":14,"local":{"type":"Identifier","start":12,"end":14,"name":"ns"}}],"source":{"type":"Literal","start":20,"end":23,"value":"m","raw":"\"m\""},"attributes":[]}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ImportNamed) {
  EXPECT_EQ(module_result(R"js(import { a, b as c, "d e" as f, } from "m";)js"),
            R"json({"type":"Program","start":0,"end":43,"body":[{"type":"ImportDeclaration","start":0,"end":43,"specifiers":[{"type":"ImportSpecifier","start":9,"end":10,"imported":{"type":"Identifier","start":9,"end":10,"name":"a"},"local":{"type":"Identifier","start":9,"end":10,"name":"a"}},{"type":"ImportSpecifier","start":12,"end":18,"imported":{"type":"Identifier","start":12,"end":13,"name":"b"},"local":{"type":"Identifier","start":17,"end":18,"name":"c"}},{"type":"ImportSpecifier","start":20,"end":30,"imported":{"type":"Literal","start":20,"end":25,"value":"d e","raw":"\"d e\""},"local":{"type":"Identifier","start":29,"end":30,"name":"f"}}],"source":{"type":"Literal","start":39,"end":42,"value":"m","raw":"\"m\""},"attributes":[]}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ImportDefaultAndNamed) {
  EXPECT_EQ(module_result(R"js(import a, { b } from "m";)js"),
            R"json({"type":"Program","start":0,"end":25,"body":[{"type":"ImportDeclaration","start":0,"end":25,"specifiers":[{"type":"ImportDefaultSpecifier","start":7,"end":8,"local":{"type":"Identifier","start":7,"end":8,"name":"a"}},{"type":"ImportSpecifier","start":12,"end":13,"imported":{"type":"Identifier","start":12,"end":13,"name":"b"},"local":{"type":"Identifier","start":12,"end":13,"name":"b"}}],"source":{"type":"Literal","start":21,"end":24,"value":"m","raw":"\"m\""},"attributes":[]}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ImportDefaultAndNamespace) {
  EXPECT_EQ(module_result(R"js(import a, * as b from "m";)js"),
            R"json({"type":"Program","start":0,"end":26,"body":[{"type":"ImportDeclaration","start":0,"end":26,"specifiers":[{"type":"ImportDefaultSpecifier","start":7,"end":8,"local":{"type":"Identifier","start":7,"end":8,"name":"a"}},{"type":"ImportNamespaceSpecifier","start":10,"end":16,"local":{"type":"Identifier","start":15,"end":16,"name":"b"}}],"source":{"type":"Literal","start":22,"end":25,"value":"m","raw":"\"m\""},"attributes":[]}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ImportBare) {
  EXPECT_EQ(module_result(R"js(import "m";)js"),
            R"json({"type":"Program","start":0,"end":11,"body":[{"type":"ImportDeclaration","start":0,"end":11,"specifiers":[],"source":{"type":"Literal","start":7,"end":10,"value":"m","raw":"\"m\""},"attributes":[]}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ImportAttributes) {
  EXPECT_EQ(module_result(R"js(import j from "./a.json" with { type: "json", "x-y": "z" };)js"),
            R"json({"type":"Program","start":0,"end":59,"body":[{"type":"ImportDeclaration","start":0,"end":59,"specifiers":[{"type":"ImportDefaultSpecifier","start":7,"end":8,"local":{"type":"Identifier","start":7,"end":8,"name":"j"}}],"source":{"type":"Literal","start":14,"end":24,"value":"./a.json","raw":"\"./a.json\""},"attributes":[{"type":"ImportAttribute","start":32,"end":44,"key":{"type":"Identifier","start":32,"end":36,"name":"type"},"value":{"type":"Literal","start":38,"end":44,"value":"json","raw":"\"json\""}},{"type":"ImportAttribute","start":46,"end":56,"key":{"type":"Literal","start":46,"end":51,"value":"x-y","raw":"\"x-y\""},"value":{"type":"Literal","start":53,"end":56,"value":"z","raw":"\"z\""}}]}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ImportStringWithoutAsError) {
  EXPECT_EQ(module_result(R"js(import { "a" } from "m";)js"),
            R"json(9: Binding rvalue)json");
}

TEST(StatementParseTest, ImportKeywordWithoutAsError) {
  EXPECT_EQ(module_result(R"js(import { if } from "m";)js"),
            R"json(9: Unexpected keyword 'if')json");
}

TEST(StatementParseTest, ImportKeywordWithAs) {
  EXPECT_EQ(module_result(R"js(import { if as x } from "m";)js"),
            R"json({"type":"Program","start":0,"end":28,"body":[{"type":"ImportDeclaration","start":0,"end":28,"specifiers":[{"type":"ImportSpecifier","start":9,"end":16,"imported":{"type":"Identifier","start":9,"end":11,"name":"if"},"local":{"type":"Identifier","start":15,"end":16,"name":"x"}}],"source":{"type":"Literal","start":24,"end":27,"value":"m","raw":"\"m\""},"attributes":[]}],"sourceType":"module"})json");
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

TEST(StatementParseTest, ImportCallStatement) {
  EXPECT_EQ(script_result(R"js(import("m");)js"),
            R"json({"type":"Program","start":0,"end":12,"body":[{"type":"ExpressionStatement","start":0,"end":12,"expression":{"type":"ImportExpression","start":0,"end":11,"source":{"type":"Literal","start":7,"end":10,"value":"m","raw":"\"m\""},"options":null}}],"sourceType":"script"})json");
}

TEST(StatementParseTest, ImportMetaStatement) {
  EXPECT_EQ(module_result(R"js(import.meta.url;)js"),
            R"json({"type":"Program","start":0,"end":16,"body":[{"type":"ExpressionStatement","start":0,"end":16,"expression":{"type":"MemberExpression","start":0,"end":15,"object":{"type":"MetaProperty","start":0,"end":11,"meta":{"type":"Identifier","start":0,"end":6,"name":"import"},"property":{"type":"Identifier","start":7,"end":11,"name":"meta"}},"property":{"type":"Identifier","start":12,"end":15,"name":"url"},"computed":false,"optional":false}}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ExportVariables) {
  EXPECT_EQ(module_result(R"js(export var a = 1; export let b; export const c = 1;)js"),
            R"json({"type":"Program","start":0,"end":51,"body":[{"type":"ExportNamedDeclaration","start":0,"end":17,"declaration":{"type":"VariableDeclaration","start":7,"end":17,"declarations":[{"type":"VariableDeclarator","start":11,"end":16,"id":{"type":"Identifier","start":11,"end":12,"name":"a"},"init":{"type":"Literal","start":15,"end":16,"value":1,"raw":"1"}}],"kind":"var"},"specifiers":[],"source":null,"attributes":[]},{"type":"ExportNamedDeclaration","start":18,"end":31,"declaration":{"type":"VariableDeclaration","start":25,"end":31,"declarations":[{"type":"VariableDeclarator","start":29,"end":30,"id":{"type":"Identifier","start":29,"end":30,"name":"b"},"init":null}],"kind":"let"},"specifiers":[],"source":null,"attributes":[]},{"type":"ExportNamedDeclaration","start":32,"end":51,"declaration":{"type":"VariableDeclaration","start":39,"end":51,"declarations":[{"type":"VariableDeclarator","start":45,"end":50,"id":{"type":"Identifier","start":45,"end":46,"name":"c"},"init":{"type":"Literal","start":49,"end":50,"value":1,"raw":"1"}}],"kind":"const"},"specifiers":[],"source":null,"attributes":[]}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ExportFunctions) {
  EXPECT_EQ(module_result(R"js(export function f() {} export async function g() {})js"),
            R"json({"type":"Program","start":0,"end":51,"body":[{"type":"ExportNamedDeclaration","start":0,"end":22,"declaration":{"type":"FunctionDeclaration","start":7,"end":22,"id":{"type":"Identifier","start":16,"end":17,"name":"f"},"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":20,"end":22,"body":[]}},"specifiers":[],"source":null,"attributes":[]},{"type":"ExportNamedDeclaration","start":23,"end":51,"declaration":{"type":"FunctionDeclaration","start":30,"end":51,"id":{"type":"Identifier","start":45,"end":46,"name":"g"},"expression":false,"generator":false,"async":true,"params":[],"body":{"type":"BlockStatement","start":49,"end":51,"body":[]}},"specifiers":[],"source":null,"attributes":[]}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ExportClass) {
  EXPECT_EQ(module_result(R"js(export class A {})js"),
            R"json({"type":"Program","start":0,"end":17,"body":[{"type":"ExportNamedDeclaration","start":0,"end":17,"declaration":{"type":"ClassDeclaration","start":7,"end":17,"id":{"type":"Identifier","start":13,"end":14,"name":"A"},"superClass":null,"body":{"type":"ClassBody","start":15,"end":17,"body":[]}},"specifiers":[],"source":null,"attributes":[]}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ExportDefaultAnonymousFunction) {
  EXPECT_EQ(module_result(R"js(export default function () {})js"),
            R"json({"type":"Program","start":0,"end":29,"body":[{"type":"ExportDefaultDeclaration","start":0,"end":29,"declaration":{"type":"FunctionDeclaration","start":15,"end":29,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":27,"end":29,"body":[]}}}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ExportDefaultNamedFunction) {
  EXPECT_EQ(module_result(R"js(export default function f() {})js"),
            R"json({"type":"Program","start":0,"end":30,"body":[{"type":"ExportDefaultDeclaration","start":0,"end":30,"declaration":{"type":"FunctionDeclaration","start":15,"end":30,"id":{"type":"Identifier","start":24,"end":25,"name":"f"},"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":28,"end":30,"body":[]}}}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ExportDefaultAsyncFunction) {
  EXPECT_EQ(module_result(R"js(export default async function () {})js"),
            R"json({"type":"Program","start":0,"end":35,"body":[{"type":"ExportDefaultDeclaration","start":0,"end":35,"declaration":{"type":"FunctionDeclaration","start":15,"end":35,"id":null,"expression":false,"generator":false,"async":true,"params":[],"body":{"type":"BlockStatement","start":33,"end":35,"body":[]}}}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ExportDefaultAsyncNewline) {
  EXPECT_EQ(module_result(R"js(export default async
function f() {})js"),
            R"json({"type":"Program","start":0,"end":36,"body":[{"type":"ExportDefaultDeclaration","start":0,"end":20,"declaration":{"type":"Identifier","start":15,"end":20,"name":"async"}},{"type":"FunctionDeclaration","start":21,"end":36,"id":{"type":"Identifier","start":30,"end":31,"name":"f"},"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":34,"end":36,"body":[]}}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ExportDefaultClass) {
  EXPECT_EQ(module_result(R"js(export default class {})js"),
            R"json({"type":"Program","start":0,"end":23,"body":[{"type":"ExportDefaultDeclaration","start":0,"end":23,"declaration":{"type":"ClassDeclaration","start":15,"end":23,"id":null,"superClass":null,"body":{"type":"ClassBody","start":21,"end":23,"body":[]}}}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ExportDefaultExpression) {
  EXPECT_EQ(module_result(R"js(export default a + b;)js"),
            R"json({"type":"Program","start":0,"end":21,"body":[{"type":"ExportDefaultDeclaration","start":0,"end":21,"declaration":{"type":"BinaryExpression","start":15,"end":20,"left":{"type":"Identifier","start":15,"end":16,"name":"a"},"operator":"+","right":{"type":"Identifier","start":19,"end":20,"name":"b"}}}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ExportNamed) {
  EXPECT_EQ(module_result(R"js(let a, b, d; export { a, b as c, d as "e f" };)js"),
            R"json({"type":"Program","start":0,"end":46,"body":[{"type":"VariableDeclaration","start":0,"end":12,"declarations":[{"type":"VariableDeclarator","start":4,"end":5,"id":{"type":"Identifier","start":4,"end":5,"name":"a"},"init":null},{"type":"VariableDeclarator","start":7,"end":8,"id":{"type":"Identifier","start":7,"end":8,"name":"b"},"init":null},{"type":"VariableDeclarator","start":10,"end":11,"id":{"type":"Identifier","start":10,"end":11,"name":"d"},"init":null}],"kind":"let"},{"type":"ExportNamedDeclaration","start":13,"end":46,"declaration":null,"specifiers":[{"type":"ExportSpecifier","start":22,"end":23,"local":{"type":"Identifier","start":22,"end":23,"name":"a"},"exported":{"type":"Identifier","start":22,"end":23,"name":"a"}},{"type":"ExportSpecifier","start":25,"end":31,"local":{"type":"Identifier","start":25,"end":26,"name":"b"},"exported":{"type":"Identifier","start":30,"end":31,"name":"c"}},{"type":"ExportSpecifier","start":33,"end":43,"local":{"type":"Identifier","start":33,"end":34,"name":"d"},"exported":{"type":"Literal","start":38,"end":43,"value":"e f","raw":"\"e f\""}}],"source":null,"attributes":[]}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ExportNamedFrom) {
  EXPECT_EQ(module_result(R"js(export { a, "b" as c, default } from "m" with { type: "json" };)js"),
            R"json({"type":"Program","start":0,"end":63,"body":[{"type":"ExportNamedDeclaration","start":0,"end":63,"declaration":null,"specifiers":[{"type":"ExportSpecifier","start":9,"end":10,"local":{"type":"Identifier","start":9,"end":10,"name":"a"},"exported":{"type":"Identifier","start":9,"end":10,"name":"a"}},{"type":"ExportSpecifier","start":12,"end":20,"local":{"type":"Literal","start":12,"end":15,"value":"b","raw":"\"b\""},"exported":{"type":"Identifier","start":19,"end":20,"name":"c"}},{"type":"ExportSpecifier","start":22,"end":29,"local":{"type":"Identifier","start":22,"end":29,"name":"default"},"exported":{"type":"Identifier","start":22,"end":29,"name":"default"}}],"source":{"type":"Literal","start":37,"end":40,"value":"m","raw":"\"m\""},"attributes":[{"type":"ImportAttribute","start":48,"end":60,"key":{"type":"Identifier","start":48,"end":52,"name":"type"},"value":{"type":"Literal","start":54,"end":60,"value":"json","raw":"\"json\""}}]}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ExportAll) {
  EXPECT_EQ(module_result(R"js(export * from "m";)js"),
            R"json({"type":"Program","start":0,"end":18,"body":[{"type":"ExportAllDeclaration","start":0,"end":18,"exported":null,"source":{"type":"Literal","start":14,"end":17,"value":"m","raw":"\"m\""},"attributes":[]}],"sourceType":"module"})json");
}

TEST(StatementParseTest, ExportAllAs) {
  EXPECT_EQ(module_result(R"js(export * as ns from "m"; export * as "x y" from "n";)js"),
            R"json({"type":"Program","start":0,"end":52,"body":[{"type":"ExportAllDeclaration","start":0,"end":24,"exported":{"type":"Identifier","start":12,"end":14,"name":"ns"},"source":{"type":"Literal","start":20,"end":23,"value":"m","raw":"\"m\""},"attributes":[]},{"type":"ExportAllDeclaration","start":25,"end":52,"exported":{"type":"Literal","start":37,"end":42,"value":"x y","raw":"\"x y\""},"source":{"type":"Literal","start":48,"end":51,"value":"n","raw":"\"n\""},"attributes":[]}],"sourceType":"module"})json");
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

TEST(StatementParseTest, AwaitUsingEndingTheInputIsAnExpression) {
  EXPECT_EQ(module_result(R"js(await using)js"),
            R"json({"type":"Program","start":0,"end":11,"body":[{"type":"ExpressionStatement","start":0,"end":11,"expression":{"type":"AwaitExpression","start":0,"end":11,"argument":{"type":"Identifier","start":6,"end":11,"name":"using"}}}],"sourceType":"module"})json");
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
