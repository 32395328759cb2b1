// acorn's ecmaVersion (ParseOptions::ecma_version) 3 and 5: each feature of ES2015 at 6 and at
// 5, each of ES5 at 5 and at 3 (for the rules an edition dropped, the other way round),
// against acorn 8.19 with the same ecmaVersion. The expected texts are acorn's output (JSON,
// or `offset: message`), never essa's.
#include <gtest/gtest.h>

#include "parse_test_util.h"

namespace essa::test {
namespace {

ParseOptions at(uint16_t edition, bool module = false) {
  return {.module = module, .ecma_version = edition};
}

TEST(EcmaVersionBeforeES2015Test, Es5Let) {
  EXPECT_EQ(result_of(R"js(let x = 1)js", at(6)),
            R"json({"type":"Program","start":0,"end":9,"body":[{"type":"VariableDeclaration","start":0,"end":9,"declarations":[{"type":"VariableDeclarator","start":4,"end":9,"id":{"type":"Identifier","start":4,"end":5,"name":"x"},"init":{"type":"Literal","start":8,"end":9,"value":1,"raw":"1"}}],"kind":"let"}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(let x = 1)js", at(5)),
            R"json(4: Unexpected token)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5Const) {
  EXPECT_EQ(result_of(R"js(const x = 1)js", at(6)),
            R"json({"type":"Program","start":0,"end":11,"body":[{"type":"VariableDeclaration","start":0,"end":11,"declarations":[{"type":"VariableDeclarator","start":6,"end":11,"id":{"type":"Identifier","start":6,"end":7,"name":"x"},"init":{"type":"Literal","start":10,"end":11,"value":1,"raw":"1"}}],"kind":"const"}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(const x = 1)js", at(5)),
            R"json(0: The keyword 'const' is reserved)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5Class) {
  EXPECT_EQ(result_of(R"js(class A {})js", at(6)),
            R"json({"type":"Program","start":0,"end":10,"body":[{"type":"ClassDeclaration","start":0,"end":10,"id":{"type":"Identifier","start":6,"end":7,"name":"A"},"superClass":null,"body":{"type":"ClassBody","start":8,"end":10,"body":[]}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(class A {})js", at(5)),
            R"json(0: The keyword 'class' is reserved)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5Super) {
  EXPECT_EQ(result_of(R"js(super.x)js", at(6)),
            R"json(0: 'super' keyword outside a method)json");
  EXPECT_EQ(result_of(R"js(super.x)js", at(5)),
            R"json(0: The keyword 'super' is reserved)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5ImportInScript) {
  EXPECT_EQ(result_of(R"js(import("m"))js", at(11)),
            R"json({"type":"Program","start":0,"end":11,"body":[{"type":"ExpressionStatement","start":0,"end":11,"expression":{"type":"ImportExpression","start":0,"end":11,"source":{"type":"Literal","start":7,"end":10,"value":"m","raw":"\"m\""}}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(import("m"))js", at(5)),
            R"json(0: The keyword 'import' is reserved)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5Arrow) {
  EXPECT_EQ(result_of(R"js(x => x)js", at(6)),
            R"json({"type":"Program","start":0,"end":6,"body":[{"type":"ExpressionStatement","start":0,"end":6,"expression":{"type":"ArrowFunctionExpression","start":0,"end":6,"id":null,"expression":true,"generator":false,"params":[{"type":"Identifier","start":0,"end":1,"name":"x"}],"body":{"type":"Identifier","start":5,"end":6,"name":"x"}}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(x => x)js", at(5)),
            R"json(3: Unexpected token)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5Generator) {
  EXPECT_EQ(result_of(R"js(function* g() {})js", at(6)),
            R"json({"type":"Program","start":0,"end":16,"body":[{"type":"FunctionDeclaration","start":0,"end":16,"id":{"type":"Identifier","start":10,"end":11,"name":"g"},"expression":false,"generator":true,"params":[],"body":{"type":"BlockStatement","start":14,"end":16,"body":[]}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(function* g() {})js", at(5)),
            R"json(8: Unexpected token)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5ArrayPattern) {
  EXPECT_EQ(result_of(R"js(var [a] = b)js", at(6)),
            R"json({"type":"Program","start":0,"end":11,"body":[{"type":"VariableDeclaration","start":0,"end":11,"declarations":[{"type":"VariableDeclarator","start":4,"end":11,"id":{"type":"ArrayPattern","start":4,"end":7,"elements":[{"type":"Identifier","start":5,"end":6,"name":"a"}]},"init":{"type":"Identifier","start":10,"end":11,"name":"b"}}],"kind":"var"}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(var [a] = b)js", at(5)),
            R"json(4: Unexpected token)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5AssignmentPattern) {
  EXPECT_EQ(result_of(R"js([a] = b)js", at(6)),
            R"json({"type":"Program","start":0,"end":7,"body":[{"type":"ExpressionStatement","start":0,"end":7,"expression":{"type":"AssignmentExpression","start":0,"end":7,"operator":"=","left":{"type":"ArrayPattern","start":0,"end":3,"elements":[{"type":"Identifier","start":1,"end":2,"name":"a"}]},"right":{"type":"Identifier","start":6,"end":7,"name":"b"}}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js([a] = b)js", at(5)),
            R"json(0: Assigning to rvalue)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5DefaultParameter) {
  EXPECT_EQ(result_of(R"js(function f(a = 1) {})js", at(6)),
            R"json({"type":"Program","start":0,"end":20,"body":[{"type":"FunctionDeclaration","start":0,"end":20,"id":{"type":"Identifier","start":9,"end":10,"name":"f"},"expression":false,"generator":false,"params":[{"type":"AssignmentPattern","start":11,"end":16,"left":{"type":"Identifier","start":11,"end":12,"name":"a"},"right":{"type":"Literal","start":15,"end":16,"value":1,"raw":"1"}}],"body":{"type":"BlockStatement","start":18,"end":20,"body":[]}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(function f(a = 1) {})js", at(5)),
            R"json(13: Unexpected token)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5Spread) {
  EXPECT_EQ(result_of(R"js(f(...a))js", at(6)),
            R"json({"type":"Program","start":0,"end":7,"body":[{"type":"ExpressionStatement","start":0,"end":7,"expression":{"type":"CallExpression","start":0,"end":7,"callee":{"type":"Identifier","start":0,"end":1,"name":"f"},"arguments":[{"type":"SpreadElement","start":2,"end":6,"argument":{"type":"Identifier","start":5,"end":6,"name":"a"}}]}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(f(...a))js", at(5)),
            R"json(2: Unexpected token)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5Shorthand) {
  EXPECT_EQ(result_of(R"js(({a}))js", at(6)),
            R"json({"type":"Program","start":0,"end":5,"body":[{"type":"ExpressionStatement","start":0,"end":5,"expression":{"type":"ObjectExpression","start":1,"end":4,"properties":[{"type":"Property","start":2,"end":3,"method":false,"shorthand":true,"computed":false,"key":{"type":"Identifier","start":2,"end":3,"name":"a"},"value":{"type":"Identifier","start":2,"end":3,"name":"a"},"kind":"init"}]}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(({a}))js", at(5)),
            R"json(3: Unexpected token)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5Method) {
  EXPECT_EQ(result_of(R"js(({m() {}}))js", at(6)),
            R"json({"type":"Program","start":0,"end":10,"body":[{"type":"ExpressionStatement","start":0,"end":10,"expression":{"type":"ObjectExpression","start":1,"end":9,"properties":[{"type":"Property","start":2,"end":8,"method":true,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":2,"end":3,"name":"m"},"value":{"type":"FunctionExpression","start":3,"end":8,"id":null,"expression":false,"generator":false,"params":[],"body":{"type":"BlockStatement","start":6,"end":8,"body":[]}},"kind":"init"}]}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(({m() {}}))js", at(5)),
            R"json(3: Unexpected token)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5ComputedKey) {
  EXPECT_EQ(result_of(R"js(({[k]: 1}))js", at(6)),
            R"json({"type":"Program","start":0,"end":10,"body":[{"type":"ExpressionStatement","start":0,"end":10,"expression":{"type":"ObjectExpression","start":1,"end":9,"properties":[{"type":"Property","start":2,"end":8,"method":false,"shorthand":false,"computed":true,"key":{"type":"Identifier","start":3,"end":4,"name":"k"},"value":{"type":"Literal","start":7,"end":8,"value":1,"raw":"1"},"kind":"init"}]}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(({[k]: 1}))js", at(5)),
            R"json(2: Unexpected token)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5ForOf) {
  EXPECT_EQ(result_of(R"js(for (x of y);)js", at(6)),
            R"json({"type":"Program","start":0,"end":13,"body":[{"type":"ForOfStatement","start":0,"end":13,"left":{"type":"Identifier","start":5,"end":6,"name":"x"},"right":{"type":"Identifier","start":10,"end":11,"name":"y"},"body":{"type":"EmptyStatement","start":12,"end":13}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(for (x of y);)js", at(5)),
            R"json(7: Unexpected token)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5NewTarget) {
  EXPECT_EQ(result_of(R"js(function f() { new.target })js", at(6)),
            R"json({"type":"Program","start":0,"end":27,"body":[{"type":"FunctionDeclaration","start":0,"end":27,"id":{"type":"Identifier","start":9,"end":10,"name":"f"},"expression":false,"generator":false,"params":[],"body":{"type":"BlockStatement","start":13,"end":27,"body":[{"type":"ExpressionStatement","start":15,"end":25,"expression":{"type":"MetaProperty","start":15,"end":25,"meta":{"type":"Identifier","start":15,"end":18,"name":"new"},"property":{"type":"Identifier","start":19,"end":25,"name":"target"}}}]}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(function f() { new.target })js", at(5)),
            R"json(18: Unexpected token)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5Template) {
  EXPECT_EQ(result_of(R"js(`a`)js", at(6)),
            R"json({"type":"Program","start":0,"end":3,"body":[{"type":"ExpressionStatement","start":0,"end":3,"expression":{"type":"TemplateLiteral","start":0,"end":3,"expressions":[],"quasis":[{"type":"TemplateElement","start":1,"end":2,"value":{"raw":"a","cooked":"a"},"tail":true}]}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(`a`)js", at(5)),
            R"json(0: Unexpected character '`')json");
}

TEST(EcmaVersionBeforeES2015Test, Es5BinaryLiteral) {
  EXPECT_EQ(result_of(R"js(0b1)js", at(6)),
            R"json({"type":"Program","start":0,"end":3,"body":[{"type":"ExpressionStatement","start":0,"end":3,"expression":{"type":"Literal","start":0,"end":3,"value":1,"raw":"0b1"}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(0b1)js", at(5)),
            R"json(1: Identifier directly after number)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5OctalLiteral) {
  EXPECT_EQ(result_of(R"js(0o7)js", at(6)),
            R"json({"type":"Program","start":0,"end":3,"body":[{"type":"ExpressionStatement","start":0,"end":3,"expression":{"type":"Literal","start":0,"end":3,"value":7,"raw":"0o7"}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(0o7)js", at(5)),
            R"json(1: Identifier directly after number)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5RegExpUnicodeFlag) {
  EXPECT_EQ(result_of(R"js(/a/u)js", at(6)),
            R"json({"type":"Program","start":0,"end":4,"body":[{"type":"ExpressionStatement","start":0,"end":4,"expression":{"type":"Literal","start":0,"end":4,"value":null,"raw":"/a/u","regex":{"pattern":"a","flags":"u"}}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(/a/u)js", at(5)),
            R"json(1: Invalid regular expression flag)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5RegExpStickyFlag) {
  EXPECT_EQ(result_of(R"js(/a/y)js", at(6)),
            R"json({"type":"Program","start":0,"end":4,"body":[{"type":"ExpressionStatement","start":0,"end":4,"expression":{"type":"Literal","start":0,"end":4,"value":null,"raw":"/a/y","regex":{"pattern":"a","flags":"y"}}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(/a/y)js", at(5)),
            R"json(1: Invalid regular expression flag)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5CodePointEscapeInString) {
  EXPECT_EQ(result_of(R"js("\u{61}")js", at(6)),
            R"json({"type":"Program","start":0,"end":8,"body":[{"type":"ExpressionStatement","start":0,"end":8,"expression":{"type":"Literal","start":0,"end":8,"value":"a","raw":"\"\\u{61}\""},"directive":"\\u{61}"}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js("\u{61}")js", at(5)),
            R"json(0: Unexpected token)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5CodePointEscapeInName) {
  EXPECT_EQ(result_of(R"js(a\u{62})js", at(6)),
            R"json({"type":"Program","start":0,"end":7,"body":[{"type":"ExpressionStatement","start":0,"end":7,"expression":{"type":"Identifier","start":0,"end":7,"name":"ab"}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(a\u{62})js", at(5)),
            R"json(0: Unexpected token)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5FunctionInLoopBody) {
  EXPECT_EQ(result_of(R"js(while (x) function f() {})js", at(5)),
            R"json({"type":"Program","start":0,"end":25,"body":[{"type":"WhileStatement","start":0,"end":25,"test":{"type":"Identifier","start":7,"end":8,"name":"x"},"body":{"type":"FunctionDeclaration","start":10,"end":25,"id":{"type":"Identifier","start":19,"end":20,"name":"f"},"params":[],"body":{"type":"BlockStatement","start":23,"end":25,"body":[]},"expression":false}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(while (x) function f() {})js", at(6)),
            R"json(10: Unexpected token)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5DoWhileNeedsSemicolon) {
  EXPECT_EQ(result_of(R"js(do x; while (y) z)js", at(6)),
            R"json({"type":"Program","start":0,"end":17,"body":[{"type":"DoWhileStatement","start":0,"end":15,"body":{"type":"ExpressionStatement","start":3,"end":5,"expression":{"type":"Identifier","start":3,"end":4,"name":"x"}},"test":{"type":"Identifier","start":13,"end":14,"name":"y"}},{"type":"ExpressionStatement","start":16,"end":17,"expression":{"type":"Identifier","start":16,"end":17,"name":"z"}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(do x; while (y) z)js", at(5)),
            R"json(16: Unexpected token)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5FunctionKeys) {
  EXPECT_EQ(result_of(R"js((function f(a) {}))js", at(6)),
            R"json({"type":"Program","start":0,"end":18,"body":[{"type":"ExpressionStatement","start":0,"end":18,"expression":{"type":"FunctionExpression","start":1,"end":17,"id":{"type":"Identifier","start":10,"end":11,"name":"f"},"expression":false,"generator":false,"params":[{"type":"Identifier","start":12,"end":13,"name":"a"}],"body":{"type":"BlockStatement","start":15,"end":17,"body":[]}}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js((function f(a) {}))js", at(5)),
            R"json({"type":"Program","start":0,"end":18,"body":[{"type":"ExpressionStatement","start":0,"end":18,"expression":{"type":"FunctionExpression","start":1,"end":17,"id":{"type":"Identifier","start":10,"end":11,"name":"f"},"params":[{"type":"Identifier","start":12,"end":13,"name":"a"}],"body":{"type":"BlockStatement","start":15,"end":17,"body":[]},"expression":false}}],"sourceType":"script"})json");
}

TEST(EcmaVersionBeforeES2015Test, Es5PropertyKeys) {
  EXPECT_EQ(result_of(R"js(({a: 1}))js", at(6)),
            R"json({"type":"Program","start":0,"end":8,"body":[{"type":"ExpressionStatement","start":0,"end":8,"expression":{"type":"ObjectExpression","start":1,"end":7,"properties":[{"type":"Property","start":2,"end":6,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":2,"end":3,"name":"a"},"value":{"type":"Literal","start":5,"end":6,"value":1,"raw":"1"},"kind":"init"}]}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(({a: 1}))js", at(5)),
            R"json({"type":"Program","start":0,"end":8,"body":[{"type":"ExpressionStatement","start":0,"end":8,"expression":{"type":"ObjectExpression","start":1,"end":7,"properties":[{"type":"Property","start":2,"end":6,"key":{"type":"Identifier","start":2,"end":3,"name":"a"},"value":{"type":"Literal","start":5,"end":6,"value":1,"raw":"1"},"kind":"init"}]}}],"sourceType":"script"})json");
}

TEST(EcmaVersionBeforeES2015Test, Es5RedefinitionInStrictCode) {
  EXPECT_EQ(result_of(R"js('use strict'; ({a: 1, a: 2}))js", at(6)),
            R"json({"type":"Program","start":0,"end":28,"body":[{"type":"ExpressionStatement","start":0,"end":13,"expression":{"type":"Literal","start":0,"end":12,"value":"use strict","raw":"'use strict'"},"directive":"use strict"},{"type":"ExpressionStatement","start":14,"end":28,"expression":{"type":"ObjectExpression","start":15,"end":27,"properties":[{"type":"Property","start":16,"end":20,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":16,"end":17,"name":"a"},"value":{"type":"Literal","start":19,"end":20,"value":1,"raw":"1"},"kind":"init"},{"type":"Property","start":22,"end":26,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":22,"end":23,"name":"a"},"value":{"type":"Literal","start":25,"end":26,"value":2,"raw":"2"},"kind":"init"}]}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js('use strict'; ({a: 1, a: 2}))js", at(5)),
            R"json(22: Redefinition of property)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5RedefinitionOfAccessor) {
  EXPECT_EQ(result_of(R"js(({get a() {}, a: 1}))js", at(6)),
            R"json({"type":"Program","start":0,"end":20,"body":[{"type":"ExpressionStatement","start":0,"end":20,"expression":{"type":"ObjectExpression","start":1,"end":19,"properties":[{"type":"Property","start":2,"end":12,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":6,"end":7,"name":"a"},"value":{"type":"FunctionExpression","start":7,"end":12,"id":null,"expression":false,"generator":false,"params":[],"body":{"type":"BlockStatement","start":10,"end":12,"body":[]}},"kind":"get"},{"type":"Property","start":14,"end":18,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":14,"end":15,"name":"a"},"value":{"type":"Literal","start":17,"end":18,"value":1,"raw":"1"},"kind":"init"}]}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(({get a() {}, a: 1}))js", at(5)),
            R"json(14: Redefinition of property)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5ProtoTwice) {
  EXPECT_EQ(result_of(R"js(({__proto__: 1, __proto__: 2}))js", at(5)),
            R"json({"type":"Program","start":0,"end":30,"body":[{"type":"ExpressionStatement","start":0,"end":30,"expression":{"type":"ObjectExpression","start":1,"end":29,"properties":[{"type":"Property","start":2,"end":14,"key":{"type":"Identifier","start":2,"end":11,"name":"__proto__"},"value":{"type":"Literal","start":13,"end":14,"value":1,"raw":"1"},"kind":"init"},{"type":"Property","start":16,"end":28,"key":{"type":"Identifier","start":16,"end":25,"name":"__proto__"},"value":{"type":"Literal","start":27,"end":28,"value":2,"raw":"2"},"kind":"init"}]}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(({__proto__: 1, __proto__: 2}))js", at(6)),
            R"json(16: Redefinition of __proto__ property)json");
}

TEST(EcmaVersionBeforeES2015Test, Es5EscapedReservedWord) {
  EXPECT_EQ(result_of(R"js(var cl\u0061ss = 1)js", at(5)),
            R"json({"type":"Program","start":0,"end":18,"body":[{"type":"VariableDeclaration","start":0,"end":18,"declarations":[{"type":"VariableDeclarator","start":4,"end":18,"id":{"type":"Identifier","start":4,"end":14,"name":"class"},"init":{"type":"Literal","start":17,"end":18,"value":1,"raw":"1"}}],"kind":"var"}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(var cl\u0061ss = 1)js", at(6)),
            R"json(4: Unexpected keyword 'class')json");
}

TEST(EcmaVersionBeforeES2015Test, Es5ModuleImport) {
  EXPECT_EQ(result_of(R"js(import a from "m")js", at(5, true)),
            R"json({"type":"Program","start":0,"end":17,"body":[{"type":"ImportDeclaration","start":0,"end":17,"specifiers":[{"type":"ImportDefaultSpecifier","start":7,"end":8,"local":{"type":"Identifier","start":7,"end":8,"name":"a"}}],"source":{"type":"Literal","start":14,"end":17,"value":"m","raw":"\"m\""}}],"sourceType":"module"})json");
  EXPECT_EQ(result_of(R"js(import a from "m")js", at(5, true)),
            R"json({"type":"Program","start":0,"end":17,"body":[{"type":"ImportDeclaration","start":0,"end":17,"specifiers":[{"type":"ImportDefaultSpecifier","start":7,"end":8,"local":{"type":"Identifier","start":7,"end":8,"name":"a"}}],"source":{"type":"Literal","start":14,"end":17,"value":"m","raw":"\"m\""}}],"sourceType":"module"})json");
}

TEST(EcmaVersionBeforeES2015Test, Es5ModuleClassReserved) {
  EXPECT_EQ(result_of(R"js(var class = 1)js", at(3, true)),
            R"json({"type":"Program","start":0,"end":13,"body":[{"type":"VariableDeclaration","start":0,"end":13,"declarations":[{"type":"VariableDeclarator","start":4,"end":13,"id":{"type":"Identifier","start":4,"end":9,"name":"class"},"init":{"type":"Literal","start":12,"end":13,"value":1,"raw":"1"}}],"kind":"var"}],"sourceType":"module"})json");
  EXPECT_EQ(result_of(R"js(var class = 1)js", at(5, true)),
            R"json(4: The keyword 'class' is reserved)json");
}

TEST(EcmaVersionBeforeES2015Test, Es3Accessor) {
  EXPECT_EQ(result_of(R"js(({get a() { return 1 }}))js", at(5)),
            R"json({"type":"Program","start":0,"end":24,"body":[{"type":"ExpressionStatement","start":0,"end":24,"expression":{"type":"ObjectExpression","start":1,"end":23,"properties":[{"type":"Property","start":2,"end":22,"key":{"type":"Identifier","start":6,"end":7,"name":"a"},"value":{"type":"FunctionExpression","start":7,"end":22,"id":null,"params":[],"body":{"type":"BlockStatement","start":10,"end":22,"body":[{"type":"ReturnStatement","start":12,"end":20,"argument":{"type":"Literal","start":19,"end":20,"value":1,"raw":"1"}}]},"expression":false},"kind":"get"}]}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(({get a() { return 1 }}))js", at(3)),
            R"json(6: Unexpected token)json");
}

TEST(EcmaVersionBeforeES2015Test, Es3TrailingCommaInObject) {
  EXPECT_EQ(result_of(R"js(({a: 1,}))js", at(5)),
            R"json({"type":"Program","start":0,"end":9,"body":[{"type":"ExpressionStatement","start":0,"end":9,"expression":{"type":"ObjectExpression","start":1,"end":8,"properties":[{"type":"Property","start":2,"end":6,"key":{"type":"Identifier","start":2,"end":3,"name":"a"},"value":{"type":"Literal","start":5,"end":6,"value":1,"raw":"1"},"kind":"init"}]}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(({a: 1,}))js", at(3)),
            R"json(7: Unexpected token)json");
}

TEST(EcmaVersionBeforeES2015Test, Es3ReservedWordsAllowedByDefault) {
  EXPECT_EQ(result_of(R"js(var class = 1, int = 2, const = 3)js", at(3)),
            R"json({"type":"Program","start":0,"end":33,"body":[{"type":"VariableDeclaration","start":0,"end":33,"declarations":[{"type":"VariableDeclarator","start":4,"end":13,"id":{"type":"Identifier","start":4,"end":9,"name":"class"},"init":{"type":"Literal","start":12,"end":13,"value":1,"raw":"1"}},{"type":"VariableDeclarator","start":15,"end":22,"id":{"type":"Identifier","start":15,"end":18,"name":"int"},"init":{"type":"Literal","start":21,"end":22,"value":2,"raw":"2"}},{"type":"VariableDeclarator","start":24,"end":33,"id":{"type":"Identifier","start":24,"end":29,"name":"const"},"init":{"type":"Literal","start":32,"end":33,"value":3,"raw":"3"}}],"kind":"var"}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js(var class = 1, int = 2, const = 3)js", at(5)),
            R"json(4: The keyword 'class' is reserved)json");
}

TEST(EcmaVersionBeforeES2015Test, Es3NoDirectives) {
  EXPECT_EQ(result_of(R"js('use strict'; with (a) b)js", at(3)),
            R"json({"type":"Program","start":0,"end":24,"body":[{"type":"ExpressionStatement","start":0,"end":13,"expression":{"type":"Literal","start":0,"end":12,"value":"use strict","raw":"'use strict'"}},{"type":"WithStatement","start":14,"end":24,"object":{"type":"Identifier","start":20,"end":21,"name":"a"},"body":{"type":"ExpressionStatement","start":23,"end":24,"expression":{"type":"Identifier","start":23,"end":24,"name":"b"}}}],"sourceType":"script"})json");
  EXPECT_EQ(result_of(R"js('use strict'; with (a) b)js", at(5)),
            R"json(14: 'with' in strict mode)json");
}

}  // namespace
}  // namespace essa::test
