// Stage-3 syntax: decorators, auto-accessors, import phases (`import defer`, `import source`,
// `import.defer()`, `import.source()`), their early errors, the ESTree keys they add (by
// default only when present, as acorn with acorn-import-phases; always with stage3_fields),
// and the `new` / `super` productions around them. Shapes are checked against meriyah and
// acorn-import-phases by the oracles (tests/oracle); these pin the rules one line each.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "essa/estree.h"
#include "essa/parse.h"

namespace essa {
namespace {

// "ok", or "offset: message" for a syntax error.
std::string check(std::string_view src, bool module) {
  const ParseResult result = parse(src, {.module = module});
  if (result.ok()) return "ok";
  return std::to_string(result.error()->offset) + ": " + result.error()->message;
}
std::string script(std::string_view src) { return check(src, false); }
std::string module(std::string_view src) { return check(src, true); }

// The ESTree JSON of a valid module (or the error), with the stage-3 keys always or not.
std::string json(std::string_view src, bool stage3_fields, bool module = true) {
  const ParseResult result = parse(src, {.module = module});
  if (!result.ok()) return result.error()->message;
  EstreeOptions options;
  options.stage3_fields = stage3_fields;
  return estree_json(result, options);
}

// ---- decorators: where they may stand ----

TEST(DecoratorTest, OnClassDeclarationsAndExpressions) {
  EXPECT_EQ(script("@a class C {}"), "ok");
  EXPECT_EQ(script("@a @b.c @d() @e.f(g) @(h + i) class C {}"), "ok");
  EXPECT_EQ(script("var C = @a class {};"), "ok");
  EXPECT_EQ(script("(@a class {});"), "ok");
  EXPECT_EQ(script("new @a class {};"), "ok");
}

TEST(DecoratorTest, AroundExport) {
  EXPECT_EQ(module("@a export class C {}"), "ok");
  EXPECT_EQ(module("export @a class C {}"), "ok");
  EXPECT_EQ(module("@a export default class {}"), "ok");
  EXPECT_EQ(module("export default @a class {}"), "ok");
  EXPECT_EQ(module("@a export @b class C {}"),
            "10: Leading decorators must be attached to a class declaration");
  EXPECT_EQ(module("@a export function f() {}"),
            "10: Leading decorators must be attached to a class declaration");
  EXPECT_EQ(module("@a export { x }; var x;"),
            "10: Leading decorators must be attached to a class declaration");
  EXPECT_EQ(script("@a export class C {}"),
            "3: 'import' and 'export' may appear only with 'sourceType: module'");
}

TEST(DecoratorTest, OnlyBeforeClasses) {
  EXPECT_EQ(script("@a function f() {}"),
            "3: Leading decorators must be attached to a class declaration");
  EXPECT_EQ(script("x = @a function () {};"),
            "7: Leading decorators must be attached to a class declaration");
  EXPECT_EQ(script("@a;"), "2: Leading decorators must be attached to a class declaration");
  EXPECT_EQ(script("if (x) @a class C {}"), "7: Unexpected character '@'");
  EXPECT_EQ(script("({ @a x: 1 });"), "3: Unexpected token");
  EXPECT_EQ(script("x @ y"), "2: Unexpected token");
}

TEST(DecoratorTest, OnClassElements) {
  EXPECT_EQ(script("class C { @a m() {} @a static m() {} @a get x() {} @a set x(v) {} }"), "ok");
  EXPECT_EQ(script("class C { @a x; @a static y = 1; @a #z; @a accessor w; @a *g() {} }"), "ok");
  EXPECT_EQ(script("class C { @a async m() {} @a [k]() {} @a 'q' = 1; }"), "ok");
  EXPECT_EQ(script("class C { @a constructor() {} }"),
            "13: Decorators can't be used with a constructor");
  EXPECT_EQ(script("class C { @a static {} }"), "20: Decorators can't be used with a static block");
  EXPECT_EQ(script("class C { @a ; }"), "13: Unexpected token");
  EXPECT_EQ(script("class C { @a }"), "13: Unexpected token");
}

// ---- decorators: the expression grammar ----

TEST(DecoratorTest, ExpressionGrammar) {
  EXPECT_EQ(script("@a.b.c class C {}"), "ok");
  EXPECT_EQ(script("@a.b.c(1, ...d) class C {}"), "ok");
  EXPECT_EQ(script("@(a()()) class C {}"), "ok");
  EXPECT_EQ(script("@a()() class C {}"),
            "4: Leading decorators must be attached to a class declaration");
  EXPECT_EQ(script("@a().b class C {}"),
            "4: Leading decorators must be attached to a class declaration");
  EXPECT_EQ(script("@(a).b class C {}"),
            "4: Leading decorators must be attached to a class declaration");
  EXPECT_EQ(script("@a[0] class C {}"), "2: Leading decorators must be attached to a class declaration");
  EXPECT_EQ(script("@a?.b class C {}"), "2: Leading decorators must be attached to a class declaration");
  EXPECT_EQ(script("@1 class C {}"), "1: Unexpected token");
  EXPECT_EQ(script("@ class C {}"), "2: Unexpected keyword 'class'");
}

TEST(DecoratorTest, IdentifierReferenceRules) {
  EXPECT_EQ(script("@yield class C {}"), "ok");
  EXPECT_EQ(script("@await class C {}"), "ok");
  EXPECT_EQ(module("@await class C {}"), "1: Cannot use keyword 'await' outside an async function");
  EXPECT_EQ(script("function* g() { @yield class C {} }"),
            "17: Cannot use 'yield' as identifier inside a generator");
  // Element decorators are inside the class, which is strict code.
  EXPECT_EQ(script("class C { @yield m() {} }"), "11: The keyword 'yield' is reserved");
  EXPECT_EQ(script("@this class C {}"), "1: Unexpected keyword 'this'");
  EXPECT_EQ(script("@x.class class C {}"), "ok");  // any IdentifierName after `.`
}

TEST(DecoratorTest, PrivateNames) {
  EXPECT_EQ(script("class C { static #p; static { @C.#p class D {} } }"), "ok");
  EXPECT_EQ(script("class C { @C.#p m() {} static #p() {} }"), "ok");
  EXPECT_EQ(script("@C.#p class C {}"),
            "3: Private field '#p' must be declared in an enclosing class");
  EXPECT_EQ(script("class C { @C.#q m() {} }"),
            "13: Private field '#q' must be declared in an enclosing class");
}

// ---- auto-accessors ----

TEST(AccessorTest, Forms) {
  EXPECT_EQ(script("class C { accessor x; accessor #y = 1; static accessor [k] = 2; accessor 'q'; }"),
            "ok");
  EXPECT_EQ(script("class C { accessor; accessor = 1; static accessor; }"), "ok");  // fields
  EXPECT_EQ(script("class C { accessor\n x; }"), "ok");  // two fields: `accessor` and `x`
  EXPECT_EQ(script("class C { accessor x() {} }"), "20: Unexpected token");
  EXPECT_EQ(script("class C { accessor get x() {} }"), "23: Unexpected token");
  EXPECT_EQ(script("class C { accessor *x; }"), "19: Unexpected token");
  EXPECT_EQ(script("class C { accessor constructor; }"),
            "19: Classes can't have a field named 'constructor'");
  EXPECT_EQ(script("class C { static accessor prototype; }"),
            "26: Classes can't have a static field named 'prototype'");
  EXPECT_EQ(script("class C { accessor #x; get #x() {} }"),
            "27: Identifier '#x' has already been declared");
  EXPECT_EQ(script("var accessor = 1; accessor++;"), "ok");  // still a plain name
}

TEST(AccessorTest, Shape) {
  EXPECT_EQ(json("class C { static accessor #x = 1 }", false),
            R"({"type":"Program","start":0,"end":34,"body":[{"type":"ClassDeclaration","start":0,"end":34,"id":{"type":"Identifier","start":6,"end":7,"name":"C"},"superClass":null,"body":{"type":"ClassBody","start":8,"end":34,"body":[{"type":"AccessorProperty","start":10,"end":32,"static":true,"computed":false,"key":{"type":"PrivateIdentifier","start":26,"end":28,"name":"x"},"value":{"type":"Literal","start":31,"end":32,"value":1,"raw":"1"}}]}}],"sourceType":"module"})");
}

// ---- ESTree keys and positions ----

TEST(Stage3FieldsTest, DecoratorsOnlyWhenPresentByDefault) {
  EXPECT_EQ(json("@a class C { @b x; m() {} }", false),
            R"({"type":"Program","start":0,"end":27,"body":[{"type":"ClassDeclaration","start":0,"end":27,"id":{"type":"Identifier","start":9,"end":10,"name":"C"},"superClass":null,"body":{"type":"ClassBody","start":11,"end":27,"body":[{"type":"PropertyDefinition","start":13,"end":18,"static":false,"computed":false,"key":{"type":"Identifier","start":16,"end":17,"name":"x"},"value":null,"decorators":[{"type":"Decorator","start":13,"end":15,"expression":{"type":"Identifier","start":14,"end":15,"name":"b"}}]},{"type":"MethodDefinition","start":19,"end":25,"static":false,"computed":false,"key":{"type":"Identifier","start":19,"end":20,"name":"m"},"kind":"method","value":{"type":"FunctionExpression","start":20,"end":25,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":23,"end":25,"body":[]}}}]},"decorators":[{"type":"Decorator","start":0,"end":2,"expression":{"type":"Identifier","start":1,"end":2,"name":"a"}}]}],"sourceType":"module"})");
}

TEST(Stage3FieldsTest, AlwaysWithTheOption) {
  EXPECT_EQ(json("class C { x; m() {} }", true),
            R"({"type":"Program","start":0,"end":21,"body":[{"type":"ClassDeclaration","start":0,"end":21,"id":{"type":"Identifier","start":6,"end":7,"name":"C"},"superClass":null,"body":{"type":"ClassBody","start":8,"end":21,"body":[{"type":"PropertyDefinition","start":10,"end":12,"static":false,"computed":false,"key":{"type":"Identifier","start":10,"end":11,"name":"x"},"value":null,"decorators":[]},{"type":"MethodDefinition","start":13,"end":19,"static":false,"computed":false,"key":{"type":"Identifier","start":13,"end":14,"name":"m"},"kind":"method","value":{"type":"FunctionExpression","start":14,"end":19,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":17,"end":19,"body":[]}},"decorators":[]}]},"decorators":[]}],"sourceType":"module"})");
  EXPECT_EQ(json("import x from 'm'; import('n');", true),
            R"({"type":"Program","start":0,"end":31,"body":[{"type":"ImportDeclaration","start":0,"end":18,"specifiers":[{"type":"ImportDefaultSpecifier","start":7,"end":8,"local":{"type":"Identifier","start":7,"end":8,"name":"x"}}],"source":{"type":"Literal","start":14,"end":17,"value":"m","raw":"'m'"},"attributes":[],"phase":null},{"type":"ExpressionStatement","start":19,"end":31,"expression":{"type":"ImportExpression","start":19,"end":30,"source":{"type":"Literal","start":26,"end":29,"value":"n","raw":"'n'"},"options":null,"phase":null}}],"sourceType":"module"})");
}

TEST(Stage3FieldsTest, PlainProgramsAreAcornsOutput) {
  EXPECT_EQ(json("class C { x; m() {} } import('n');", false).find("decorators"), std::string::npos);
  EXPECT_EQ(json("import x from 'm'; import('n');", false).find("phase"), std::string::npos);
}

TEST(Stage3FieldsTest, DecoratedPositionsStartAtTheFirstDecorator) {
  // `@a export class C {}`: the export and the class both start at `@`.
  EXPECT_NE(json("@a export class C {}", false).find(R"({"type":"ExportNamedDeclaration","start":0,)"),
            std::string::npos);
  EXPECT_NE(json("@a export class C {}", false).find(R"("declaration":{"type":"ClassDeclaration","start":0,)"),
            std::string::npos);
  // `export @a class C {}`: the class starts at `@`, the export at `export`.
  EXPECT_NE(json("export @a class C {}", false).find(R"("declaration":{"type":"ClassDeclaration","start":7,)"),
            std::string::npos);
  EXPECT_NE(json("x = @a class {}", false).find(R"("right":{"type":"ClassExpression","start":4,)"),
            std::string::npos);
}

// ---- import phases ----

TEST(ImportPhaseTest, Declarations) {
  EXPECT_EQ(module("import defer * as ns from 'm';"), "ok");
  EXPECT_EQ(module("import source x from 'm';"), "ok");
  EXPECT_EQ(module("import source from from 'm';"), "ok");  // binds `from`
  EXPECT_EQ(module("import source source from 'm';"), "ok");
  EXPECT_EQ(module("import source\n  y from 'm';"), "ok");
  EXPECT_EQ(module("import defer * as ns from 'm' with { type: 'json' };"), "ok");
  // `defer` and `source` as default bindings.
  EXPECT_EQ(module("import defer from 'm';"), "ok");
  EXPECT_EQ(module("import source from 'm';"), "ok");
  EXPECT_EQ(module("import source, { a } from 'm';"), "ok");
  EXPECT_EQ(module("import defer, * as ns from 'm';"), "ok");
}

TEST(ImportPhaseTest, DeclarationErrors) {
  const std::string defer_error =
      "7: 'import defer' can only be used with namespace imports ('import defer * as "
      "identifierName from ...').";
  EXPECT_EQ(module("import defer x from 'm';"), defer_error);
  EXPECT_EQ(module("import defer { a } from 'm';"), defer_error);
  EXPECT_EQ(module("import defer as ns from 'm';"), defer_error);
  EXPECT_EQ(module("import defer x, * as ns from 'm';"), defer_error);
  EXPECT_EQ(module("import source * as ns from 'm';"),
            "7: 'import source' can only be used with direct identifier specifier imports.");
  EXPECT_EQ(module("import source { a } from 'm';"),
            "7: 'import source' can only be used with direct identifier specifier imports.");
  EXPECT_EQ(module("import source x, { a } from 'm';"),
            "7: 'import source' can only be used with direct identifier specifier imports "
            "('import source identifierName from ...').");
  EXPECT_EQ(module("export defer * as ns from 'm';"), "7: Unexpected token");
  EXPECT_EQ(script("import defer * as ns from 'm';"),
            "0: 'import' and 'export' may appear only with 'sourceType: module'");
}

TEST(ImportPhaseTest, Calls) {
  EXPECT_EQ(script("import.defer('m');"), "ok");  // scripts too
  EXPECT_EQ(script("import.source('m', { with: {} });"), "ok");
  EXPECT_EQ(script("import.defer();"), "13: Unexpected token");
  EXPECT_EQ(script("import.source(...a);"), "14: Unexpected token");
  EXPECT_EQ(script("import.defer;"), "0: 'import.defer' can only be used in a dynamic import.");
  EXPECT_EQ(script("typeof import.source.x;"),
            "7: 'import.source' can only be used in a dynamic import.");
  EXPECT_EQ(script("new import.source('m');"), "4: Cannot use new with import(...)");
  EXPECT_EQ(script("new import.defer('m').x;"), "4: Cannot use new with import(...)");
  EXPECT_EQ(script("import.d\\u0065fer('m');"),
            "7: The only valid meta property for import is 'import.meta'");
  EXPECT_EQ(script("import.defer('m') = 1;"), "0: Assigning to rvalue");
}

TEST(ImportPhaseTest, Shape) {
  EXPECT_EQ(json("import defer * as ns from 'm'; import.source('n');", false),
            R"({"type":"Program","start":0,"end":50,"body":[{"type":"ImportDeclaration","start":0,"end":30,"specifiers":[{"type":"ImportNamespaceSpecifier","start":13,"end":20,"local":{"type":"Identifier","start":18,"end":20,"name":"ns"}}],"source":{"type":"Literal","start":26,"end":29,"value":"m","raw":"'m'"},"attributes":[],"phase":"defer"},{"type":"ExpressionStatement","start":31,"end":50,"expression":{"type":"ImportExpression","start":31,"end":49,"source":{"type":"Literal","start":45,"end":48,"value":"n","raw":"'n'"},"options":null,"phase":"source"}}],"sourceType":"module"})");
}

// ---- `new` and `super` ----

TEST(NewSuperTest, NewSuperIsAnError) {
  EXPECT_EQ(script("class A extends B { constructor() { new super(); } }"),
            "40: 'super' keyword unexpected here");
  EXPECT_EQ(script("class A extends B { constructor() { new super; } }"),
            "40: 'super' keyword unexpected here");
  EXPECT_EQ(script("class A extends B { m() { new super(); } }"), "30: 'super' keyword unexpected here");
  // A SuperProperty is a MemberExpression: `new super.x` and `new super[x]()` are fine.
  EXPECT_EQ(script("class A extends B { m() { new super.x; new super[y](); } }"), "ok");
  EXPECT_EQ(script("class A extends B { constructor() { super(); new (super())(); } }"), "ok");
}

TEST(NewSuperTest, Neighbours) {
  EXPECT_EQ(script("new import('m');"), "10: Unexpected token");
  EXPECT_EQ(module("new import.meta.x();"), "ok");
  EXPECT_EQ(script("new a?.b();"), "5: Optional chaining cannot appear in the callee of new expressions");
  EXPECT_EQ(script("new a?.();"), "5: Optional chaining cannot appear in the callee of new expressions");
  EXPECT_EQ(script("new a()?.b;"), "ok");
  EXPECT_EQ(script("new (a?.b)();"), "ok");
  EXPECT_EQ(script("super.x;"), "0: 'super' keyword outside a method");
  EXPECT_EQ(script("function f() { super.x; }"), "15: 'super' keyword outside a method");
  EXPECT_EQ(script("({ m() { super.x; } });"), "ok");
  EXPECT_EQ(script("({ m() { super(); } });"), "9: super() call outside constructor of a subclass");
  EXPECT_EQ(script("class A { constructor() { super(); } }"),
            "26: super() call outside constructor of a subclass");
  EXPECT_EQ(script("class A extends B { x = super(); }"),
            "24: super() call outside constructor of a subclass");
  EXPECT_EQ(script("class A extends B { m() { super?.x; } }"), "31: Unexpected token");
  EXPECT_EQ(script("class A extends B { m() { return () => super.x; } }"), "ok");
  EXPECT_EQ(script("class A extends B { m() { function f() { super.x; } } }"),
            "41: 'super' keyword outside a method");
  EXPECT_EQ(script("class A extends B { [super.x]() {} }"), "21: 'super' keyword outside a method");
}

}  // namespace
}  // namespace essa
