// The expression half of the parser: expressions, literals, templates, arrows and patterns.
// The trees of valid programs are fixtures (tests/fixtures/ast/expression/, checked by
// fixture_test.cpp). Here: syntax errors, each expected as "offset: message" with
// acorn's error position (UTF-16 offset) and its message without the "(line:column)"
// suffix, and what the JSON does not show.
#include <gtest/gtest.h>

#include <string>

#include "essa/ast.h"
#include "essa/parse.h"
#include "parse_test_util.h"

namespace essa {
namespace {

using test::module_result;
using test::result_of;
using test::script_result;

// Not from acorn: the recursion limit. Each `(` costs a parenthesized-expression level and
// an assignment-expression level, so with max_depth 10 the fifth `(` (offset 4) is too deep;
// each prefix operator costs one level.
TEST(ExpressionParseTest, NestingTooDeepError) {
  EXPECT_EQ(result_of("((((((((((a))))))))))", {.max_depth = 10}), "4: Nesting too deep");
  EXPECT_EQ(result_of("!!!!!!!!!!!!!!!!!!!a", {.max_depth = 10}), "8: Nesting too deep");
}

// Not from acorn: long flat lists parse in one pass (no re-parsing of arrow heads) and
// left-associative chains do not recurse.
TEST(ExpressionParseTest, LongListsAndChains) {
  std::string params = "(";
  std::string sum = "x = a";
  std::string too_long = "x = a";
  for (int i = 0; i < 20000; ++i) {
    params += "a" + std::to_string(i) + " = [b, {c}], ";
    if (i < 7000) sum += " + a";
    too_long += " + a";
  }
  params += "...z) => 1";
  const ParseResult arrow = parse(params);
  ASSERT_TRUE(arrow.ok());
  const auto* stmt = as<ExpressionStatement>(arrow.program()->body[0]);
  const auto* fn = as<ArrowFunctionExpression>(stmt->expression);
  ASSERT_NE(fn, nullptr);
  EXPECT_EQ(fn->params.size, 20001u);
  EXPECT_TRUE(is<AssignmentPattern>(fn->params[0]));
  EXPECT_TRUE(is<RestElement>(fn->params[20000]));
  EXPECT_TRUE(parse(sum).ok());
  // Each link is a tree level: past 4 * max_depth the chain is "Nesting too deep".
  const ParseResult deep = parse(too_long);
  ASSERT_FALSE(deep.ok());
  EXPECT_EQ(deep.error()->message, "Nesting too deep");
  std::string members = "x = f";
  for (int i = 0; i < 9000; ++i) members += ".b";
  const ParseResult long_members = parse(members);
  ASSERT_FALSE(long_members.ok());
  EXPECT_EQ(long_members.error()->message, "Nesting too deep");
}

// Not visible in the JSON: a shorthand property holds one Identifier as key and value, and
// a pattern made from a literal is the same node with its kind changed.
TEST(ExpressionParseTest, ShorthandSharesNodeAndPatternConvertsInPlace) {
  const ParseResult result = parse("({a} = b)");
  ASSERT_TRUE(result.ok());
  const auto* stmt = as<ExpressionStatement>(result.program()->body[0]);
  const auto* assign = as<AssignmentExpression>(stmt->expression);
  ASSERT_NE(assign, nullptr);
  const auto* pattern = as<ObjectPattern>(assign->left);
  ASSERT_NE(pattern, nullptr);
  EXPECT_FALSE(pattern->parenthesized());
  const auto* prop = as<Property>(pattern->properties[0]);
  ASSERT_NE(prop, nullptr);
  EXPECT_EQ(prop->key, prop->value);
  EXPECT_TRUE(prop->shorthand);
}

// Not visible in the JSON: parentheses leave a flag on the node they enclose.
TEST(ExpressionParseTest, ParenthesizedFlag) {
  const ParseResult result = parse("(a, b); (c); d");
  ASSERT_TRUE(result.ok());
  const NodeList& body = result.program()->body;
  EXPECT_TRUE(as<ExpressionStatement>(body[0])->expression->parenthesized());
  EXPECT_TRUE(as<ExpressionStatement>(body[1])->expression->parenthesized());
  EXPECT_FALSE(as<ExpressionStatement>(body[2])->expression->parenthesized());
}

TEST(ExpressionParseTest, ShorthandDefaultOutsidePatternError) {
  EXPECT_EQ(script_result(R"js(({a = 1}))js"),
            R"json(4: Shorthand property assignments are valid only in destructuring patterns)json");
}

TEST(ExpressionParseTest, ShorthandDefaultInArrayLiteralError) {
  EXPECT_EQ(script_result(R"js([{a=1}, -x] = y)js"),
            R"json(3: Shorthand property assignments are valid only in destructuring patterns)json");
}

TEST(ExpressionParseTest, AssignToRvalueError) {
  EXPECT_EQ(script_result(R"js(a + b = c)js"),
            R"json(0: Assigning to rvalue)json");
}

TEST(ExpressionParseTest, AssignToCallError) {
  EXPECT_EQ(module_result(R"js(a() = 1)js"), R"json(0: Assigning to rvalue)json");
  EXPECT_EQ(script_result(R"js("use strict"; a() += 1)js"), R"json(14: Assigning to rvalue)json");
  // Logical assignment never takes a call, sloppy or not.
  EXPECT_EQ(script_result(R"js(a() &&= 1)js"), R"json(0: Assigning to rvalue)json");
}

// Annex B: sloppy code may assign to a call; it throws at run time (acorn rejects these).
TEST(ExpressionParseTest, SloppyCallAssignmentTargetsParse) {
  for (const char* src : {"a() = 1", "a() += 1", "a()++", "--a()", "for (a() in b);",
                          "for (a() of b);"}) {
    EXPECT_EQ(script_result(src).find("Assigning"), std::string::npos) << src;
  }
  EXPECT_NE(script_result("a() = 1").find(R"("left":{"type":"CallExpression")"), std::string::npos);
}

// Parentheses keep a call's assignment target type (spec: a ParenthesizedExpression's is its
// expression's), so Annex B allows `(a()) = 1` where it allows `a() = 1`; acorn rejects both.
TEST(ExpressionParseTest, SloppyParenthesizedCallAssignmentTargetsParse) {
  for (const char* src : {"(a()) = 1", "((a())) += 1", "(a())++", "for ((a()) of b);"}) {
    EXPECT_EQ(script_result(src).find("Assigning"), std::string::npos) << src;
  }
  EXPECT_NE(script_result("(a()) = 1").find(R"("left":{"type":"CallExpression","start":1,"end":4)"),
            std::string::npos);
}

// Strict code and logical assignment reject it as acorn does (its message and position).
TEST(ExpressionParseTest, ParenthesizedCallAssignmentErrors) {
  EXPECT_EQ(script_result(R"js("use strict"; (a()) = 1)js"), "15: Assigning to rvalue");
  EXPECT_EQ(module_result("(a()) = 1"), "1: Assigning to rvalue");
  EXPECT_EQ(script_result("(a()) &&= 1"), "1: Assigning to rvalue");
  EXPECT_EQ(script_result("(a?.b()) = 1"), "1: Optional chaining cannot appear in left-hand side");
}

TEST(ExpressionParseTest, CompoundAssignToPatternError) {
  EXPECT_EQ(script_result(R"js([a] += 1)js"),
            R"json(0: Assigning to rvalue)json");
}

TEST(ExpressionParseTest, ParenthesizedPatternAssignError) {
  EXPECT_EQ(script_result(R"js(({a}) = 1)js"),
            R"json(0: Assigning to rvalue)json");
}

TEST(ExpressionParseTest, ParenthesizedAssignmentInPatternError) {
  EXPECT_EQ(script_result(R"js([(a = 1)] = b)js"),
            R"json(1: Assigning to rvalue)json");
}

TEST(ExpressionParseTest, ParenthesizedCompoundAssignError) {
  EXPECT_EQ(script_result(R"js((x ??= y) = 1)js"),
            R"json(2: Only '=' operator can be used for specifying default value.)json");
}

TEST(ExpressionParseTest, NestedParenthesizedPatternError) {
  EXPECT_EQ(script_result(R"js([({a})] = b)js"),
            R"json(1: Assigning to rvalue)json");
}

TEST(ExpressionParseTest, RestNotLastError) {
  EXPECT_EQ(script_result(R"js([...a, b] = c)js"),
            R"json(5: Comma is not permitted after the rest element)json");
}

TEST(ExpressionParseTest, RestTrailingCommaObjectError) {
  EXPECT_EQ(script_result(R"js(({...a,} = b))js"),
            R"json(6: Comma is not permitted after the rest element)json");
}

TEST(ExpressionParseTest, RestDefaultError) {
  EXPECT_EQ(script_result(R"js([...a = 1] = b)js"),
            R"json(4: Rest elements cannot have a default value)json");
}

TEST(ExpressionParseTest, RestNestedPatternInObjectError) {
  EXPECT_EQ(script_result(R"js(({...{a}} = b))js"),
            R"json(5: Unexpected token)json");
}

TEST(ExpressionParseTest, GetterInPatternError) {
  EXPECT_EQ(script_result(R"js(({get a() {}} = b))js"),
            R"json(6: Object pattern can't contain getter or setter)json");
}

TEST(ExpressionParseTest, MethodInPatternError) {
  EXPECT_EQ(script_result(R"js(({a() {}} = b))js"),
            R"json(3: Assigning to rvalue)json");
}

TEST(ExpressionParseTest, OptionalChainTargetError) {
  EXPECT_EQ(script_result(R"js(a?.b = 1)js"),
            R"json(0: Optional chaining cannot appear in left-hand side)json");
}

TEST(ExpressionParseTest, StrictEvalAssignError) {
  EXPECT_EQ(script_result(R"js("use strict"; eval = 1)js"),
            R"json(14: Assigning to eval in strict mode)json");
}

TEST(ExpressionParseTest, StrictArgumentsUpdateError) {
  EXPECT_EQ(script_result(R"js("use strict"; arguments++)js"),
            R"json(14: Assigning to arguments in strict mode)json");
}

TEST(ExpressionParseTest, ExponentUnaryOperandError) {
  EXPECT_EQ(script_result(R"js(-a ** b)js"),
            R"json(3: Unexpected token)json");
}

TEST(ExpressionParseTest, CoalesceMixedError) {
  EXPECT_EQ(script_result(R"js(a ?? b || c)js"),
            R"json(7: Logical expressions and coalesce expressions cannot be mixed. Wrap either by parentheses)json");
}

TEST(ExpressionParseTest, CoalesceMixedLeftError) {
  EXPECT_EQ(script_result(R"js(a || b ?? c)js"),
            R"json(7: Logical expressions and coalesce expressions cannot be mixed. Wrap either by parentheses)json");
}

TEST(ExpressionParseTest, PrivateInOutsideClassError) {
  EXPECT_EQ(script_result(R"js(#x in a)js"),
            R"json(0: Unexpected token)json");
}

TEST(ExpressionParseTest, PrivateRightOfInError) {
  EXPECT_EQ(script_result(R"js(class A { #x; m() { a in #x } })js"),
            R"json(28: Unexpected token)json");
}

TEST(ExpressionParseTest, PrivateNotBeforeInError) {
  EXPECT_EQ(script_result(R"js(class A { #x; m() { #x + 1 } })js"),
            R"json(23: Unexpected token)json");
}

TEST(ExpressionParseTest, UpdateRvalueError) {
  EXPECT_EQ(module_result(R"js(a() ++)js"),
            R"json(0: Assigning to rvalue)json");
}

TEST(ExpressionParseTest, StrictDeleteIdentifierError) {
  EXPECT_EQ(script_result(R"js("use strict"; delete (a))js"),
            R"json(14: Deleting local variable in strict mode)json");
}

TEST(ExpressionParseTest, DeletePrivateFieldError) {
  EXPECT_EQ(script_result(R"js(class A { #x; m() { delete this.#x } })js"),
            R"json(20: Private fields can not be deleted)json");
}

TEST(ExpressionParseTest, PrivateMemberOutsideClassError) {
  EXPECT_EQ(script_result(R"js(a.#x)js"),
            R"json(2: Private field '#x' must be declared in an enclosing class)json");
}

TEST(ExpressionParseTest, OptionalChainTaggedTemplateError) {
  EXPECT_EQ(script_result(R"js(a?.b`c`)js"),
            R"json(4: Optional chaining cannot appear in the tag of tagged template expressions)json");
}

TEST(ExpressionParseTest, OptionalChainInNewError) {
  EXPECT_EQ(script_result(R"js(new a?.b())js"),
            R"json(5: Optional chaining cannot appear in the callee of new expressions)json");
}

TEST(ExpressionParseTest, UntaggedTemplateInvalidEscapeError) {
  EXPECT_EQ(script_result(R"js(`\unicode`)js"),
            R"json(1: Bad escape sequence in untagged template literal)json");
}

TEST(ExpressionParseTest, TemplateUnterminatedSubstitutionError) {
  EXPECT_EQ(script_result(R"js(`${a)js"),
            R"json(4: Unexpected token)json");
}

TEST(ExpressionParseTest, NewTargetOutsideFunctionError) {
  EXPECT_EQ(script_result(R"js(new.target)js"),
            R"json(0: 'new.target' can only be used in functions and class static block)json");
}

TEST(ExpressionParseTest, NewTargetEscapedError) {
  EXPECT_EQ(script_result(R"js(function f() { new.t\u0061rget })js"),
            R"json(15: 'new.target' must not contain escaped characters)json");
}

TEST(ExpressionParseTest, NewImportCallError) {
  EXPECT_EQ(script_result(R"js(new import('a'))js"),
            R"json(10: Unexpected token)json");
}

TEST(ExpressionParseTest, SuperOutsideMethodError) {
  EXPECT_EQ(script_result(R"js(super.x)js"),
            R"json(0: 'super' keyword outside a method)json");
}

TEST(ExpressionParseTest, SuperCallOutsideConstructorError) {
  EXPECT_EQ(script_result(R"js(class A { m() { super() } })js"),
            R"json(16: super() call outside constructor of a subclass)json");
}

TEST(ExpressionParseTest, SuperAloneError) {
  EXPECT_EQ(script_result(R"js(class A { m() { super } })js"),
            R"json(22: Unexpected token)json");
}

TEST(ExpressionParseTest, ImportCallTooManyArgumentsError) {
  EXPECT_EQ(script_result(R"js(import(a, b, c))js"),
            R"json(13: Unexpected token)json");
}

TEST(ExpressionParseTest, ImportMetaInScriptError) {
  EXPECT_EQ(script_result(R"js(import.meta)js"),
            R"json(0: Cannot use 'import.meta' outside a module)json");
}

TEST(ExpressionParseTest, ImportMetaWrongPropertyError) {
  EXPECT_EQ(module_result(R"js(import.foo)js"),
            R"json(7: The only valid meta property for import is 'import.meta')json");
}

TEST(ExpressionParseTest, YieldAsIdentifierInGeneratorError) {
  EXPECT_EQ(script_result(R"js(function* g() { a + yield })js"),
            R"json(20: Cannot use 'yield' as identifier inside a generator)json");
}

TEST(ExpressionParseTest, YieldInArrowParamsError) {
  EXPECT_EQ(script_result(R"js(function* g() { (a = yield) => 1 })js"),
            R"json(21: Yield expression cannot be a default value)json");
}

TEST(ExpressionParseTest, YieldIdentifierInStrictCodeError) {
  EXPECT_EQ(script_result(R"js("use strict"; yield)js"),
            R"json(14: The keyword 'yield' is reserved)json");
}

TEST(ExpressionParseTest, AwaitExponentError) {
  EXPECT_EQ(script_result(R"js(async function f() { await a ** 2 })js"),
            R"json(29: Unexpected token)json");
}

TEST(ExpressionParseTest, AwaitIdentifierInModuleError) {
  EXPECT_EQ(module_result(R"js(function f() { await })js"),
            R"json(15: Cannot use keyword 'await' outside an async function)json");
}

TEST(ExpressionParseTest, AwaitIdentifierInAsyncError) {
  EXPECT_EQ(script_result(R"js(async function f() { ({await}) })js"),
            R"json(23: Cannot use 'await' as identifier inside an async function)json");
}

TEST(ExpressionParseTest, AwaitInAsyncArrowParamsError) {
  EXPECT_EQ(script_result(R"js(async function f() { async (a = await 1) => 1 })js"),
            R"json(32: Await expression cannot be a default value)json");
}

TEST(ExpressionParseTest, AwaitAsyncArrowParamError) {
  EXPECT_EQ(script_result(R"js(async (await) => 1)js"),
            R"json(7: Cannot use 'await' as identifier inside an async function)json");
}

TEST(ExpressionParseTest, AwaitAsyncArrowSingleParamError) {
  EXPECT_EQ(script_result(R"js(async await => 1)js"),
            R"json(6: Cannot use 'await' as identifier inside an async function)json");
}

TEST(ExpressionParseTest, ArrowRestTrailingCommaError) {
  EXPECT_EQ(script_result(R"js((...a,) => 1)js"),
            R"json(5: Comma is not permitted after the rest element)json");
}

TEST(ExpressionParseTest, ArrowNewlineBeforeArrowError) {
  EXPECT_EQ(script_result(R"js((a)
=> a)js"),
            R"json(4: Unexpected token)json");
}

TEST(ExpressionParseTest, ArrowNoOperatorAfterError) {
  EXPECT_EQ(script_result(R"js(() => {} + 1)js"),
            R"json(9: Unexpected token)json");
}

TEST(ExpressionParseTest, ArrowParenthesizedParamError) {
  EXPECT_EQ(script_result(R"js(((a)) => 1)js"),
            R"json(1: Parenthesized pattern)json");
}

TEST(ExpressionParseTest, ArrowNestedParenthesizedPatternError) {
  EXPECT_EQ(script_result(R"js(([(a)]) => 1)js"),
            R"json(2: Parenthesized pattern)json");
}

TEST(ExpressionParseTest, ArrowMemberParamError) {
  EXPECT_EQ(script_result(R"js((a.b) => 1)js"),
            R"json(1: Assigning to rvalue)json");
}

TEST(ExpressionParseTest, ArrowInForInit) {
  EXPECT_EQ(script_result(R"js(for (x => x in y;;);)js"),
            R"json(5: Assigning to rvalue)json");
}

TEST(ExpressionParseTest, ArrowStrictEvalParamError) {
  EXPECT_EQ(script_result(R"js("use strict"; (eval) => 1)js"),
            R"json(15: Binding eval in strict mode)json");
}

TEST(ExpressionParseTest, EmptyParensError) {
  EXPECT_EQ(script_result(R"js(())js"),
            R"json(1: Unexpected token)json");
}

TEST(ExpressionParseTest, TrailingCommaNotArrowError) {
  EXPECT_EQ(script_result(R"js((a, b,))js"),
            R"json(6: Unexpected token)json");
}

TEST(ExpressionParseTest, RestNotArrowError) {
  EXPECT_EQ(script_result(R"js((...a))js"),
            R"json(1: Unexpected token)json");
}

TEST(ExpressionParseTest, AsyncEscapedIsIdentifier) {
  EXPECT_EQ(script_result(R"js((\u0061sync () => 1))js"),
            R"json(15: Unexpected token)json");
}

TEST(ExpressionParseTest, StrictOctalNumberError) {
  EXPECT_EQ(script_result(R"js("use strict"; 010)js"),
            R"json(14: Invalid number)json");
}

TEST(ExpressionParseTest, StrictOctalStringError) {
  EXPECT_EQ(script_result(R"js("use strict"; "\07")js"),
            R"json(15: Octal literal in strict mode)json");
}

TEST(ExpressionParseTest, StrictEightEscapeError) {
  EXPECT_EQ(script_result(R"js("use strict"; "\8")js"),
            R"json(16: Invalid escape sequence)json");
}

TEST(ExpressionParseTest, ObjectAsyncNewline) {
  EXPECT_EQ(script_result(R"js(({async
foo() {}}))js"),
            R"json(8: Unexpected token)json");
}

TEST(ExpressionParseTest, ObjectProtoDuplicateError) {
  EXPECT_EQ(script_result(R"js(({__proto__: 1, "__proto__": 2}))js"),
            R"json(16: Redefinition of __proto__ property)json");
}

TEST(ExpressionParseTest, GetterParamsError) {
  EXPECT_EQ(script_result(R"js(({get a(b) {}}))js"),
            R"json(7: getter should have no params)json");
}

TEST(ExpressionParseTest, SetterParamsError) {
  EXPECT_EQ(script_result(R"js(({set a() {}}))js"),
            R"json(7: setter should have exactly one param)json");
}

TEST(ExpressionParseTest, SetterRestError) {
  EXPECT_EQ(script_result(R"js(({set a(...b) {}}))js"),
            R"json(8: Setter cannot use rest params)json");
}

TEST(ExpressionParseTest, ObjectShorthandKeywordError) {
  EXPECT_EQ(script_result(R"js(({if}))js"),
            R"json(2: Unexpected keyword 'if')json");
}

TEST(ExpressionParseTest, ObjectShorthandStrictReservedError) {
  EXPECT_EQ(script_result(R"js("use strict"; ({let}))js"),
            R"json(16: The keyword 'let' is reserved)json");
}

TEST(ExpressionParseTest, ObjectGeneratorColonError) {
  EXPECT_EQ(script_result(R"js(({*a: 1}))js"),
            R"json(4: Unexpected token)json");
}

TEST(ExpressionParseTest, EscapedKeywordIdentifierError) {
  EXPECT_EQ(script_result(R"js(a = \u0074rue)js"),
            R"json(4: Escape sequence in keyword true)json");
}

TEST(ExpressionParseTest, EscapedKeywordOperatorError) {
  EXPECT_EQ(script_result(R"js(a \u0069n b)js"),
            R"json(2: Escape sequence in keyword in)json");
}

TEST(ExpressionParseTest, EscapedThisError) {
  EXPECT_EQ(script_result(R"js(\u0074his)js"),
            R"json(0: Escape sequence in keyword this)json");
}

TEST(ExpressionParseTest, ReservedWordExpressionError) {
  EXPECT_EQ(script_result(R"js(a = if)js"),
            R"json(4: Unexpected token)json");
}

TEST(ExpressionParseTest, EnumReservedError) {
  EXPECT_EQ(script_result(R"js(enum)js"),
            R"json(0: The keyword 'enum' is reserved)json");
}

TEST(ExpressionParseTest, StrictReservedError) {
  EXPECT_EQ(script_result(R"js("use strict"; implements)js"),
            R"json(14: The keyword 'implements' is reserved)json");
}

TEST(ExpressionParseTest, ArgumentsInClassFieldError) {
  EXPECT_EQ(script_result(R"js(class A { x = arguments })js"),
            R"json(14: Cannot use 'arguments' in class field initializer)json");
}

TEST(ExpressionParseTest, ArgumentsInArrowInClassFieldError) {
  EXPECT_EQ(script_result(R"js(class A { x = () => arguments })js"),
            R"json(20: Cannot use 'arguments' in class field initializer)json");
}

TEST(ExpressionParseTest, AwaitInStaticBlockError) {
  EXPECT_EQ(script_result(R"js(class A { static { await } })js"),
            R"json(19: Cannot use await in class static initialization block)json");
}

}  // namespace
}  // namespace essa
