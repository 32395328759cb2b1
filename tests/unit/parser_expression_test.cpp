// The expression half of the parser: expressions, literals, templates, arrows and patterns.
// Each expected string is acorn 8.15.0's result for the same source:
//   JSON.stringify(acorn.parse(src, {ecmaVersion: "latest", sourceType}),
//                  (k, v) => typeof v === "bigint" || v instanceof RegExp ? null : v)
// or, for a syntax error, "offset: message" with acorn's error position (UTF-16 offset) and
// its message without the "(line:column)" suffix.
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

TEST(ExpressionParseTest, Sequence) {
  EXPECT_EQ(script_result(R"js(a, b, c)js"),
            R"json({"type":"Program","start":0,"end":7,"body":[{"type":"ExpressionStatement","start":0,"end":7,"expression":{"type":"SequenceExpression","start":0,"end":7,"expressions":[{"type":"Identifier","start":0,"end":1,"name":"a"},{"type":"Identifier","start":3,"end":4,"name":"b"},{"type":"Identifier","start":6,"end":7,"name":"c"}]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, SequenceInParens) {
  EXPECT_EQ(script_result(R"js((a, b))js"),
            R"json({"type":"Program","start":0,"end":6,"body":[{"type":"ExpressionStatement","start":0,"end":6,"expression":{"type":"SequenceExpression","start":1,"end":5,"expressions":[{"type":"Identifier","start":1,"end":2,"name":"a"},{"type":"Identifier","start":4,"end":5,"name":"b"}]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, Assignment) {
  EXPECT_EQ(script_result(R"js(a = b = c)js"),
            R"json({"type":"Program","start":0,"end":9,"body":[{"type":"ExpressionStatement","start":0,"end":9,"expression":{"type":"AssignmentExpression","start":0,"end":9,"operator":"=","left":{"type":"Identifier","start":0,"end":1,"name":"a"},"right":{"type":"AssignmentExpression","start":4,"end":9,"operator":"=","left":{"type":"Identifier","start":4,"end":5,"name":"b"},"right":{"type":"Identifier","start":8,"end":9,"name":"c"}}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, CompoundAssignment) {
  EXPECT_EQ(script_result(R"js(a += 1; a **= 2; a >>>= 3)js"),
            R"json({"type":"Program","start":0,"end":25,"body":[{"type":"ExpressionStatement","start":0,"end":7,"expression":{"type":"AssignmentExpression","start":0,"end":6,"operator":"+=","left":{"type":"Identifier","start":0,"end":1,"name":"a"},"right":{"type":"Literal","start":5,"end":6,"value":1,"raw":"1"}}},{"type":"ExpressionStatement","start":8,"end":16,"expression":{"type":"AssignmentExpression","start":8,"end":15,"operator":"**=","left":{"type":"Identifier","start":8,"end":9,"name":"a"},"right":{"type":"Literal","start":14,"end":15,"value":2,"raw":"2"}}},{"type":"ExpressionStatement","start":17,"end":25,"expression":{"type":"AssignmentExpression","start":17,"end":25,"operator":">>>=","left":{"type":"Identifier","start":17,"end":18,"name":"a"},"right":{"type":"Literal","start":24,"end":25,"value":3,"raw":"3"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, LogicalAssignment) {
  EXPECT_EQ(script_result(R"js(a &&= b; a ||= c; a ??= d)js"),
            R"json({"type":"Program","start":0,"end":25,"body":[{"type":"ExpressionStatement","start":0,"end":8,"expression":{"type":"AssignmentExpression","start":0,"end":7,"operator":"&&=","left":{"type":"Identifier","start":0,"end":1,"name":"a"},"right":{"type":"Identifier","start":6,"end":7,"name":"b"}}},{"type":"ExpressionStatement","start":9,"end":17,"expression":{"type":"AssignmentExpression","start":9,"end":16,"operator":"||=","left":{"type":"Identifier","start":9,"end":10,"name":"a"},"right":{"type":"Identifier","start":15,"end":16,"name":"c"}}},{"type":"ExpressionStatement","start":18,"end":25,"expression":{"type":"AssignmentExpression","start":18,"end":25,"operator":"??=","left":{"type":"Identifier","start":18,"end":19,"name":"a"},"right":{"type":"Identifier","start":24,"end":25,"name":"d"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, DestructuringAssignmentArray) {
  EXPECT_EQ(script_result(R"js([a = 1, [b], , ...c] = d)js"),
            R"json({"type":"Program","start":0,"end":24,"body":[{"type":"ExpressionStatement","start":0,"end":24,"expression":{"type":"AssignmentExpression","start":0,"end":24,"operator":"=","left":{"type":"ArrayPattern","start":0,"end":20,"elements":[{"type":"AssignmentPattern","start":1,"end":6,"left":{"type":"Identifier","start":1,"end":2,"name":"a"},"right":{"type":"Literal","start":5,"end":6,"value":1,"raw":"1"}},{"type":"ArrayPattern","start":8,"end":11,"elements":[{"type":"Identifier","start":9,"end":10,"name":"b"}]},null,{"type":"RestElement","start":15,"end":19,"argument":{"type":"Identifier","start":18,"end":19,"name":"c"}}]},"right":{"type":"Identifier","start":23,"end":24,"name":"d"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, DestructuringAssignmentObject) {
  EXPECT_EQ(script_result(R"js(({a, b: {c} = {}, [d]: e, ...f} = g))js"),
            R"json({"type":"Program","start":0,"end":36,"body":[{"type":"ExpressionStatement","start":0,"end":36,"expression":{"type":"AssignmentExpression","start":1,"end":35,"operator":"=","left":{"type":"ObjectPattern","start":1,"end":31,"properties":[{"type":"Property","start":2,"end":3,"method":false,"shorthand":true,"computed":false,"key":{"type":"Identifier","start":2,"end":3,"name":"a"},"value":{"type":"Identifier","start":2,"end":3,"name":"a"},"kind":"init"},{"type":"Property","start":5,"end":16,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":5,"end":6,"name":"b"},"value":{"type":"AssignmentPattern","start":8,"end":16,"left":{"type":"ObjectPattern","start":8,"end":11,"properties":[{"type":"Property","start":9,"end":10,"method":false,"shorthand":true,"computed":false,"key":{"type":"Identifier","start":9,"end":10,"name":"c"},"value":{"type":"Identifier","start":9,"end":10,"name":"c"},"kind":"init"}]},"right":{"type":"ObjectExpression","start":14,"end":16,"properties":[]}},"kind":"init"},{"type":"Property","start":18,"end":24,"method":false,"shorthand":false,"computed":true,"key":{"type":"Identifier","start":19,"end":20,"name":"d"},"value":{"type":"Identifier","start":23,"end":24,"name":"e"},"kind":"init"},{"type":"RestElement","start":26,"end":30,"argument":{"type":"Identifier","start":29,"end":30,"name":"f"}}]},"right":{"type":"Identifier","start":34,"end":35,"name":"g"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ShorthandDefaultInPattern) {
  EXPECT_EQ(script_result(R"js(({a = 1} = b))js"),
            R"json({"type":"Program","start":0,"end":13,"body":[{"type":"ExpressionStatement","start":0,"end":13,"expression":{"type":"AssignmentExpression","start":1,"end":12,"operator":"=","left":{"type":"ObjectPattern","start":1,"end":8,"properties":[{"type":"Property","start":2,"end":7,"method":false,"shorthand":true,"computed":false,"key":{"type":"Identifier","start":2,"end":3,"name":"a"},"value":{"type":"AssignmentPattern","start":2,"end":7,"left":{"type":"Identifier","start":2,"end":3,"name":"a"},"right":{"type":"Literal","start":6,"end":7,"value":1,"raw":"1"}},"kind":"init"}]},"right":{"type":"Identifier","start":11,"end":12,"name":"b"}}}],"sourceType":"script"})json");
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

TEST(ExpressionParseTest, CompoundAssignToPatternError) {
  EXPECT_EQ(script_result(R"js([a] += 1)js"),
            R"json(0: Assigning to rvalue)json");
}

TEST(ExpressionParseTest, ParenthesizedTarget) {
  EXPECT_EQ(script_result(R"js((a) = 1; (a.b) = 2; [(c)] = 3)js"),
            R"json({"type":"Program","start":0,"end":29,"body":[{"type":"ExpressionStatement","start":0,"end":8,"expression":{"type":"AssignmentExpression","start":0,"end":7,"operator":"=","left":{"type":"Identifier","start":1,"end":2,"name":"a"},"right":{"type":"Literal","start":6,"end":7,"value":1,"raw":"1"}}},{"type":"ExpressionStatement","start":9,"end":19,"expression":{"type":"AssignmentExpression","start":9,"end":18,"operator":"=","left":{"type":"MemberExpression","start":10,"end":13,"object":{"type":"Identifier","start":10,"end":11,"name":"a"},"property":{"type":"Identifier","start":12,"end":13,"name":"b"},"computed":false,"optional":false},"right":{"type":"Literal","start":17,"end":18,"value":2,"raw":"2"}}},{"type":"ExpressionStatement","start":20,"end":29,"expression":{"type":"AssignmentExpression","start":20,"end":29,"operator":"=","left":{"type":"ArrayPattern","start":20,"end":25,"elements":[{"type":"Identifier","start":22,"end":23,"name":"c"}]},"right":{"type":"Literal","start":28,"end":29,"value":3,"raw":"3"}}}],"sourceType":"script"})json");
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

TEST(ExpressionParseTest, Conditional) {
  EXPECT_EQ(script_result(R"js(a ? b : c ? d : e)js"),
            R"json({"type":"Program","start":0,"end":17,"body":[{"type":"ExpressionStatement","start":0,"end":17,"expression":{"type":"ConditionalExpression","start":0,"end":17,"test":{"type":"Identifier","start":0,"end":1,"name":"a"},"consequent":{"type":"Identifier","start":4,"end":5,"name":"b"},"alternate":{"type":"ConditionalExpression","start":8,"end":17,"test":{"type":"Identifier","start":8,"end":9,"name":"c"},"consequent":{"type":"Identifier","start":12,"end":13,"name":"d"},"alternate":{"type":"Identifier","start":16,"end":17,"name":"e"}}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ConditionalWithAssignment) {
  EXPECT_EQ(script_result(R"js(a ? b = 1 : c = 2)js"),
            R"json({"type":"Program","start":0,"end":17,"body":[{"type":"ExpressionStatement","start":0,"end":17,"expression":{"type":"ConditionalExpression","start":0,"end":17,"test":{"type":"Identifier","start":0,"end":1,"name":"a"},"consequent":{"type":"AssignmentExpression","start":4,"end":9,"operator":"=","left":{"type":"Identifier","start":4,"end":5,"name":"b"},"right":{"type":"Literal","start":8,"end":9,"value":1,"raw":"1"}},"alternate":{"type":"AssignmentExpression","start":12,"end":17,"operator":"=","left":{"type":"Identifier","start":12,"end":13,"name":"c"},"right":{"type":"Literal","start":16,"end":17,"value":2,"raw":"2"}}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, BinaryPrecedence) {
  EXPECT_EQ(script_result(R"js(a || b && c | d ^ e & f == g < h << i + j * k)js"),
            R"json({"type":"Program","start":0,"end":45,"body":[{"type":"ExpressionStatement","start":0,"end":45,"expression":{"type":"LogicalExpression","start":0,"end":45,"left":{"type":"Identifier","start":0,"end":1,"name":"a"},"operator":"||","right":{"type":"LogicalExpression","start":5,"end":45,"left":{"type":"Identifier","start":5,"end":6,"name":"b"},"operator":"&&","right":{"type":"BinaryExpression","start":10,"end":45,"left":{"type":"Identifier","start":10,"end":11,"name":"c"},"operator":"|","right":{"type":"BinaryExpression","start":14,"end":45,"left":{"type":"Identifier","start":14,"end":15,"name":"d"},"operator":"^","right":{"type":"BinaryExpression","start":18,"end":45,"left":{"type":"Identifier","start":18,"end":19,"name":"e"},"operator":"&","right":{"type":"BinaryExpression","start":22,"end":45,"left":{"type":"Identifier","start":22,"end":23,"name":"f"},"operator":"==","right":{"type":"BinaryExpression","start":27,"end":45,"left":{"type":"Identifier","start":27,"end":28,"name":"g"},"operator":"<","right":{"type":"BinaryExpression","start":31,"end":45,"left":{"type":"Identifier","start":31,"end":32,"name":"h"},"operator":"<<","right":{"type":"BinaryExpression","start":36,"end":45,"left":{"type":"Identifier","start":36,"end":37,"name":"i"},"operator":"+","right":{"type":"BinaryExpression","start":40,"end":45,"left":{"type":"Identifier","start":40,"end":41,"name":"j"},"operator":"*","right":{"type":"Identifier","start":44,"end":45,"name":"k"}}}}}}}}}}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, Exponent) {
  EXPECT_EQ(script_result(R"js(a ** b ** c)js"),
            R"json({"type":"Program","start":0,"end":11,"body":[{"type":"ExpressionStatement","start":0,"end":11,"expression":{"type":"BinaryExpression","start":0,"end":11,"left":{"type":"Identifier","start":0,"end":1,"name":"a"},"operator":"**","right":{"type":"BinaryExpression","start":5,"end":11,"left":{"type":"Identifier","start":5,"end":6,"name":"b"},"operator":"**","right":{"type":"Identifier","start":10,"end":11,"name":"c"}}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ExponentUnaryOperandError) {
  EXPECT_EQ(script_result(R"js(-a ** b)js"),
            R"json(3: Unexpected token)json");
}

TEST(ExpressionParseTest, ExponentParenthesizedUnary) {
  EXPECT_EQ(script_result(R"js((-a) ** b)js"),
            R"json({"type":"Program","start":0,"end":9,"body":[{"type":"ExpressionStatement","start":0,"end":9,"expression":{"type":"BinaryExpression","start":0,"end":9,"left":{"type":"UnaryExpression","start":1,"end":3,"operator":"-","prefix":true,"argument":{"type":"Identifier","start":2,"end":3,"name":"a"}},"operator":"**","right":{"type":"Identifier","start":8,"end":9,"name":"b"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ExponentAfterUpdate) {
  EXPECT_EQ(script_result(R"js(++a ** 2)js"),
            R"json({"type":"Program","start":0,"end":8,"body":[{"type":"ExpressionStatement","start":0,"end":8,"expression":{"type":"BinaryExpression","start":0,"end":8,"left":{"type":"UpdateExpression","start":0,"end":3,"operator":"++","prefix":true,"argument":{"type":"Identifier","start":2,"end":3,"name":"a"}},"operator":"**","right":{"type":"Literal","start":7,"end":8,"value":2,"raw":"2"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, Coalesce) {
  EXPECT_EQ(script_result(R"js(a ?? b ?? c)js"),
            R"json({"type":"Program","start":0,"end":11,"body":[{"type":"ExpressionStatement","start":0,"end":11,"expression":{"type":"LogicalExpression","start":0,"end":11,"left":{"type":"LogicalExpression","start":0,"end":6,"left":{"type":"Identifier","start":0,"end":1,"name":"a"},"operator":"??","right":{"type":"Identifier","start":5,"end":6,"name":"b"}},"operator":"??","right":{"type":"Identifier","start":10,"end":11,"name":"c"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, CoalesceMixedError) {
  EXPECT_EQ(script_result(R"js(a ?? b || c)js"),
            R"json(7: Logical expressions and coalesce expressions cannot be mixed. Wrap either by parentheses)json");
}

TEST(ExpressionParseTest, CoalesceMixedLeftError) {
  EXPECT_EQ(script_result(R"js(a || b ?? c)js"),
            R"json(7: Logical expressions and coalesce expressions cannot be mixed. Wrap either by parentheses)json");
}

TEST(ExpressionParseTest, CoalesceParenthesized) {
  EXPECT_EQ(script_result(R"js((a || b) ?? c)js"),
            R"json({"type":"Program","start":0,"end":13,"body":[{"type":"ExpressionStatement","start":0,"end":13,"expression":{"type":"LogicalExpression","start":0,"end":13,"left":{"type":"LogicalExpression","start":1,"end":7,"left":{"type":"Identifier","start":1,"end":2,"name":"a"},"operator":"||","right":{"type":"Identifier","start":6,"end":7,"name":"b"}},"operator":"??","right":{"type":"Identifier","start":12,"end":13,"name":"c"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, InAndInstanceof) {
  EXPECT_EQ(script_result(R"js(a in b instanceof c)js"),
            R"json({"type":"Program","start":0,"end":19,"body":[{"type":"ExpressionStatement","start":0,"end":19,"expression":{"type":"BinaryExpression","start":0,"end":19,"left":{"type":"BinaryExpression","start":0,"end":6,"left":{"type":"Identifier","start":0,"end":1,"name":"a"},"operator":"in","right":{"type":"Identifier","start":5,"end":6,"name":"b"}},"operator":"instanceof","right":{"type":"Identifier","start":18,"end":19,"name":"c"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, InNotAllowedInForInit) {
  EXPECT_EQ(script_result(R"js(for (a ? b in c : d;;);)js"),
            R"json({"type":"Program","start":0,"end":23,"body":[{"type":"ForStatement","start":0,"end":23,"init":{"type":"ConditionalExpression","start":5,"end":19,"test":{"type":"Identifier","start":5,"end":6,"name":"a"},"consequent":{"type":"BinaryExpression","start":9,"end":15,"left":{"type":"Identifier","start":9,"end":10,"name":"b"},"operator":"in","right":{"type":"Identifier","start":14,"end":15,"name":"c"}},"alternate":{"type":"Identifier","start":18,"end":19,"name":"d"}},"test":null,"update":null,"body":{"type":"EmptyStatement","start":22,"end":23}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, PrivateIn) {
  EXPECT_EQ(script_result(R"js(class A { #x; m(o) { return #x in o } })js"),
            R"json({"type":"Program","start":0,"end":39,"body":[{"type":"ClassDeclaration","start":0,"end":39,"id":{"type":"Identifier","start":6,"end":7,"name":"A"},"superClass":null,"body":{"type":"ClassBody","start":8,"end":39,"body":[{"type":"PropertyDefinition","start":10,"end":13,"static":false,"computed":false,"key":{"type":"PrivateIdentifier","start":10,"end":12,"name":"x"},"value":null},{"type":"MethodDefinition","start":14,"end":37,"static":false,"computed":false,"key":{"type":"Identifier","start":14,"end":15,"name":"m"},"kind":"method","value":{"type":"FunctionExpression","start":15,"end":37,"id":null,"expression":false,"generator":false,"async":false,"params":[{"type":"Identifier","start":16,"end":17,"name":"o"}],"body":{"type":"BlockStatement","start":19,"end":37,"body":[{"type":"ReturnStatement","start":21,"end":35,"argument":{"type":"BinaryExpression","start":28,"end":35,"left":{"type":"PrivateIdentifier","start":28,"end":30,"name":"x"},"operator":"in","right":{"type":"Identifier","start":34,"end":35,"name":"o"}}}]}}}]}}],"sourceType":"script"})json");
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

TEST(ExpressionParseTest, Unary) {
  EXPECT_EQ(script_result(R"js(!a; ~a; +a; -a; typeof a; void a; delete a.b)js"),
            R"json({"type":"Program","start":0,"end":44,"body":[{"type":"ExpressionStatement","start":0,"end":3,"expression":{"type":"UnaryExpression","start":0,"end":2,"operator":"!","prefix":true,"argument":{"type":"Identifier","start":1,"end":2,"name":"a"}}},{"type":"ExpressionStatement","start":4,"end":7,"expression":{"type":"UnaryExpression","start":4,"end":6,"operator":"~","prefix":true,"argument":{"type":"Identifier","start":5,"end":6,"name":"a"}}},{"type":"ExpressionStatement","start":8,"end":11,"expression":{"type":"UnaryExpression","start":8,"end":10,"operator":"+","prefix":true,"argument":{"type":"Identifier","start":9,"end":10,"name":"a"}}},{"type":"ExpressionStatement","start":12,"end":15,"expression":{"type":"UnaryExpression","start":12,"end":14,"operator":"-","prefix":true,"argument":{"type":"Identifier","start":13,"end":14,"name":"a"}}},{"type":"ExpressionStatement","start":16,"end":25,"expression":{"type":"UnaryExpression","start":16,"end":24,"operator":"typeof","prefix":true,"argument":{"type":"Identifier","start":23,"end":24,"name":"a"}}},{"type":"ExpressionStatement","start":26,"end":33,"expression":{"type":"UnaryExpression","start":26,"end":32,"operator":"void","prefix":true,"argument":{"type":"Identifier","start":31,"end":32,"name":"a"}}},{"type":"ExpressionStatement","start":34,"end":44,"expression":{"type":"UnaryExpression","start":34,"end":44,"operator":"delete","prefix":true,"argument":{"type":"MemberExpression","start":41,"end":44,"object":{"type":"Identifier","start":41,"end":42,"name":"a"},"property":{"type":"Identifier","start":43,"end":44,"name":"b"},"computed":false,"optional":false}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, UnaryChain) {
  EXPECT_EQ(script_result(R"js(!!-~a)js"),
            R"json({"type":"Program","start":0,"end":5,"body":[{"type":"ExpressionStatement","start":0,"end":5,"expression":{"type":"UnaryExpression","start":0,"end":5,"operator":"!","prefix":true,"argument":{"type":"UnaryExpression","start":1,"end":5,"operator":"!","prefix":true,"argument":{"type":"UnaryExpression","start":2,"end":5,"operator":"-","prefix":true,"argument":{"type":"UnaryExpression","start":3,"end":5,"operator":"~","prefix":true,"argument":{"type":"Identifier","start":4,"end":5,"name":"a"}}}}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, UpdatePrefixPostfix) {
  EXPECT_EQ(script_result(R"js(++a; --a.b; a++; a[b]--)js"),
            R"json({"type":"Program","start":0,"end":23,"body":[{"type":"ExpressionStatement","start":0,"end":4,"expression":{"type":"UpdateExpression","start":0,"end":3,"operator":"++","prefix":true,"argument":{"type":"Identifier","start":2,"end":3,"name":"a"}}},{"type":"ExpressionStatement","start":5,"end":11,"expression":{"type":"UpdateExpression","start":5,"end":10,"operator":"--","prefix":true,"argument":{"type":"MemberExpression","start":7,"end":10,"object":{"type":"Identifier","start":7,"end":8,"name":"a"},"property":{"type":"Identifier","start":9,"end":10,"name":"b"},"computed":false,"optional":false}}},{"type":"ExpressionStatement","start":12,"end":16,"expression":{"type":"UpdateExpression","start":12,"end":15,"operator":"++","prefix":false,"argument":{"type":"Identifier","start":12,"end":13,"name":"a"}}},{"type":"ExpressionStatement","start":17,"end":23,"expression":{"type":"UpdateExpression","start":17,"end":23,"operator":"--","prefix":false,"argument":{"type":"MemberExpression","start":17,"end":21,"object":{"type":"Identifier","start":17,"end":18,"name":"a"},"property":{"type":"Identifier","start":19,"end":20,"name":"b"},"computed":true,"optional":false}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, UpdateNewlineBeforePostfix) {
  EXPECT_EQ(script_result(R"js(a
++b)js"),
            R"json({"type":"Program","start":0,"end":5,"body":[{"type":"ExpressionStatement","start":0,"end":1,"expression":{"type":"Identifier","start":0,"end":1,"name":"a"}},{"type":"ExpressionStatement","start":2,"end":5,"expression":{"type":"UpdateExpression","start":2,"end":5,"operator":"++","prefix":true,"argument":{"type":"Identifier","start":4,"end":5,"name":"b"}}}],"sourceType":"script"})json");
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

TEST(ExpressionParseTest, Member) {
  EXPECT_EQ(script_result(R"js(a.b[c].d; a.if.class)js"),
            R"json({"type":"Program","start":0,"end":20,"body":[{"type":"ExpressionStatement","start":0,"end":9,"expression":{"type":"MemberExpression","start":0,"end":8,"object":{"type":"MemberExpression","start":0,"end":6,"object":{"type":"MemberExpression","start":0,"end":3,"object":{"type":"Identifier","start":0,"end":1,"name":"a"},"property":{"type":"Identifier","start":2,"end":3,"name":"b"},"computed":false,"optional":false},"property":{"type":"Identifier","start":4,"end":5,"name":"c"},"computed":true,"optional":false},"property":{"type":"Identifier","start":7,"end":8,"name":"d"},"computed":false,"optional":false}},{"type":"ExpressionStatement","start":10,"end":20,"expression":{"type":"MemberExpression","start":10,"end":20,"object":{"type":"MemberExpression","start":10,"end":14,"object":{"type":"Identifier","start":10,"end":11,"name":"a"},"property":{"type":"Identifier","start":12,"end":14,"name":"if"},"computed":false,"optional":false},"property":{"type":"Identifier","start":15,"end":20,"name":"class"},"computed":false,"optional":false}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, PrivateMember) {
  EXPECT_EQ(script_result(R"js(class A { #x; m() { this.#x; a?.#x } })js"),
            R"json({"type":"Program","start":0,"end":38,"body":[{"type":"ClassDeclaration","start":0,"end":38,"id":{"type":"Identifier","start":6,"end":7,"name":"A"},"superClass":null,"body":{"type":"ClassBody","start":8,"end":38,"body":[{"type":"PropertyDefinition","start":10,"end":13,"static":false,"computed":false,"key":{"type":"PrivateIdentifier","start":10,"end":12,"name":"x"},"value":null},{"type":"MethodDefinition","start":14,"end":36,"static":false,"computed":false,"key":{"type":"Identifier","start":14,"end":15,"name":"m"},"kind":"method","value":{"type":"FunctionExpression","start":15,"end":36,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":18,"end":36,"body":[{"type":"ExpressionStatement","start":20,"end":28,"expression":{"type":"MemberExpression","start":20,"end":27,"object":{"type":"ThisExpression","start":20,"end":24},"property":{"type":"PrivateIdentifier","start":25,"end":27,"name":"x"},"computed":false,"optional":false}},{"type":"ExpressionStatement","start":29,"end":34,"expression":{"type":"ChainExpression","start":29,"end":34,"expression":{"type":"MemberExpression","start":29,"end":34,"object":{"type":"Identifier","start":29,"end":30,"name":"a"},"property":{"type":"PrivateIdentifier","start":32,"end":34,"name":"x"},"computed":false,"optional":true}}}]}}}]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, PrivateMemberOutsideClassError) {
  EXPECT_EQ(script_result(R"js(a.#x)js"),
            R"json(2: Private field '#x' must be declared in an enclosing class)json");
}

TEST(ExpressionParseTest, Call) {
  EXPECT_EQ(script_result(R"js(f(); f(a, ...b,); f(a)(b))js"),
            R"json({"type":"Program","start":0,"end":25,"body":[{"type":"ExpressionStatement","start":0,"end":4,"expression":{"type":"CallExpression","start":0,"end":3,"callee":{"type":"Identifier","start":0,"end":1,"name":"f"},"arguments":[],"optional":false}},{"type":"ExpressionStatement","start":5,"end":17,"expression":{"type":"CallExpression","start":5,"end":16,"callee":{"type":"Identifier","start":5,"end":6,"name":"f"},"arguments":[{"type":"Identifier","start":7,"end":8,"name":"a"},{"type":"SpreadElement","start":10,"end":14,"argument":{"type":"Identifier","start":13,"end":14,"name":"b"}}],"optional":false}},{"type":"ExpressionStatement","start":18,"end":25,"expression":{"type":"CallExpression","start":18,"end":25,"callee":{"type":"CallExpression","start":18,"end":22,"callee":{"type":"Identifier","start":18,"end":19,"name":"f"},"arguments":[{"type":"Identifier","start":20,"end":21,"name":"a"}],"optional":false},"arguments":[{"type":"Identifier","start":23,"end":24,"name":"b"}],"optional":false}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, OptionalChain) {
  EXPECT_EQ(script_result(R"js(a?.b.c(d)?.[e])js"),
            R"json({"type":"Program","start":0,"end":14,"body":[{"type":"ExpressionStatement","start":0,"end":14,"expression":{"type":"ChainExpression","start":0,"end":14,"expression":{"type":"MemberExpression","start":0,"end":14,"object":{"type":"CallExpression","start":0,"end":9,"callee":{"type":"MemberExpression","start":0,"end":6,"object":{"type":"MemberExpression","start":0,"end":4,"object":{"type":"Identifier","start":0,"end":1,"name":"a"},"property":{"type":"Identifier","start":3,"end":4,"name":"b"},"computed":false,"optional":true},"property":{"type":"Identifier","start":5,"end":6,"name":"c"},"computed":false,"optional":false},"arguments":[{"type":"Identifier","start":7,"end":8,"name":"d"}],"optional":false},"property":{"type":"Identifier","start":12,"end":13,"name":"e"},"computed":true,"optional":true}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, OptionalCallOnly) {
  EXPECT_EQ(script_result(R"js(a?.())js"),
            R"json({"type":"Program","start":0,"end":5,"body":[{"type":"ExpressionStatement","start":0,"end":5,"expression":{"type":"ChainExpression","start":0,"end":5,"expression":{"type":"CallExpression","start":0,"end":5,"callee":{"type":"Identifier","start":0,"end":1,"name":"a"},"arguments":[],"optional":true}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ChainInParens) {
  EXPECT_EQ(script_result(R"js((a?.b).c)js"),
            R"json({"type":"Program","start":0,"end":8,"body":[{"type":"ExpressionStatement","start":0,"end":8,"expression":{"type":"MemberExpression","start":0,"end":8,"object":{"type":"ChainExpression","start":1,"end":5,"expression":{"type":"MemberExpression","start":1,"end":5,"object":{"type":"Identifier","start":1,"end":2,"name":"a"},"property":{"type":"Identifier","start":4,"end":5,"name":"b"},"computed":false,"optional":true}},"property":{"type":"Identifier","start":7,"end":8,"name":"c"},"computed":false,"optional":false}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ChainCallInParens) {
  EXPECT_EQ(script_result(R"js((a?.b)())js"),
            R"json({"type":"Program","start":0,"end":8,"body":[{"type":"ExpressionStatement","start":0,"end":8,"expression":{"type":"CallExpression","start":0,"end":8,"callee":{"type":"ChainExpression","start":1,"end":5,"expression":{"type":"MemberExpression","start":1,"end":5,"object":{"type":"Identifier","start":1,"end":2,"name":"a"},"property":{"type":"Identifier","start":4,"end":5,"name":"b"},"computed":false,"optional":true}},"arguments":[],"optional":false}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, OptionalChainTaggedTemplateError) {
  EXPECT_EQ(script_result(R"js(a?.b`c`)js"),
            R"json(4: Optional chaining cannot appear in the tag of tagged template expressions)json");
}

TEST(ExpressionParseTest, OptionalChainInNewError) {
  EXPECT_EQ(script_result(R"js(new a?.b())js"),
            R"json(5: Optional chaining cannot appear in the callee of new expressions)json");
}

TEST(ExpressionParseTest, ConditionalNotChain) {
  EXPECT_EQ(script_result(R"js(a?.5:1)js"),
            R"json({"type":"Program","start":0,"end":6,"body":[{"type":"ExpressionStatement","start":0,"end":6,"expression":{"type":"ConditionalExpression","start":0,"end":6,"test":{"type":"Identifier","start":0,"end":1,"name":"a"},"consequent":{"type":"Literal","start":2,"end":4,"value":0.5,"raw":".5"},"alternate":{"type":"Literal","start":5,"end":6,"value":1,"raw":"1"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, TaggedTemplate) {
  EXPECT_EQ(script_result(R"js(a.b`c${d}e`)js"),
            R"json({"type":"Program","start":0,"end":11,"body":[{"type":"ExpressionStatement","start":0,"end":11,"expression":{"type":"TaggedTemplateExpression","start":0,"end":11,"tag":{"type":"MemberExpression","start":0,"end":3,"object":{"type":"Identifier","start":0,"end":1,"name":"a"},"property":{"type":"Identifier","start":2,"end":3,"name":"b"},"computed":false,"optional":false},"quasi":{"type":"TemplateLiteral","start":3,"end":11,"expressions":[{"type":"Identifier","start":7,"end":8,"name":"d"}],"quasis":[{"type":"TemplateElement","start":4,"end":5,"value":{"raw":"c","cooked":"c"},"tail":false},{"type":"TemplateElement","start":9,"end":10,"value":{"raw":"e","cooked":"e"},"tail":true}]}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, TaggedTemplateInvalidEscape) {
  EXPECT_EQ(script_result(R"js(a`\unicode`)js"),
            R"json({"type":"Program","start":0,"end":11,"body":[{"type":"ExpressionStatement","start":0,"end":11,"expression":{"type":"TaggedTemplateExpression","start":0,"end":11,"tag":{"type":"Identifier","start":0,"end":1,"name":"a"},"quasi":{"type":"TemplateLiteral","start":1,"end":11,"expressions":[],"quasis":[{"type":"TemplateElement","start":2,"end":10,"value":{"raw":"\\unicode","cooked":null},"tail":true}]}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, UntaggedTemplateInvalidEscapeError) {
  EXPECT_EQ(script_result(R"js(`\unicode`)js"),
            R"json(1: Bad escape sequence in untagged template literal)json");
}

TEST(ExpressionParseTest, TemplateLiteral) {
  EXPECT_EQ(script_result(R"js(`a${b}c${d}e`)js"),
            R"json({"type":"Program","start":0,"end":13,"body":[{"type":"ExpressionStatement","start":0,"end":13,"expression":{"type":"TemplateLiteral","start":0,"end":13,"expressions":[{"type":"Identifier","start":4,"end":5,"name":"b"},{"type":"Identifier","start":9,"end":10,"name":"d"}],"quasis":[{"type":"TemplateElement","start":1,"end":2,"value":{"raw":"a","cooked":"a"},"tail":false},{"type":"TemplateElement","start":6,"end":7,"value":{"raw":"c","cooked":"c"},"tail":false},{"type":"TemplateElement","start":11,"end":12,"value":{"raw":"e","cooked":"e"},"tail":true}]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, TemplateEmpty) {
  EXPECT_EQ(script_result(R"js(``)js"),
            R"json({"type":"Program","start":0,"end":2,"body":[{"type":"ExpressionStatement","start":0,"end":2,"expression":{"type":"TemplateLiteral","start":0,"end":2,"expressions":[],"quasis":[{"type":"TemplateElement","start":1,"end":1,"value":{"raw":"","cooked":""},"tail":true}]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, TemplateNested) {
  EXPECT_EQ(script_result(R"js(`${`${a}`}`)js"),
            R"json({"type":"Program","start":0,"end":11,"body":[{"type":"ExpressionStatement","start":0,"end":11,"expression":{"type":"TemplateLiteral","start":0,"end":11,"expressions":[{"type":"TemplateLiteral","start":3,"end":9,"expressions":[{"type":"Identifier","start":6,"end":7,"name":"a"}],"quasis":[{"type":"TemplateElement","start":4,"end":4,"value":{"raw":"","cooked":""},"tail":false},{"type":"TemplateElement","start":8,"end":8,"value":{"raw":"","cooked":""},"tail":true}]}],"quasis":[{"type":"TemplateElement","start":1,"end":1,"value":{"raw":"","cooked":""},"tail":false},{"type":"TemplateElement","start":10,"end":10,"value":{"raw":"","cooked":""},"tail":true}]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, TemplateLineEndings) {
  EXPECT_EQ(script_result("`a\r\nb\rc`"),
            R"json({"type":"Program","start":0,"end":8,"body":[{"type":"ExpressionStatement","start":0,"end":8,"expression":{"type":"TemplateLiteral","start":0,"end":8,"expressions":[],"quasis":[{"type":"TemplateElement","start":1,"end":7,"value":{"raw":"a\nb\nc","cooked":"a\nb\nc"},"tail":true}]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, TemplateCooked) {
  EXPECT_EQ(script_result(R"js(`\n\u0041\x41`)js"),
            R"json({"type":"Program","start":0,"end":14,"body":[{"type":"ExpressionStatement","start":0,"end":14,"expression":{"type":"TemplateLiteral","start":0,"end":14,"expressions":[],"quasis":[{"type":"TemplateElement","start":1,"end":13,"value":{"raw":"\\n\\u0041\\x41","cooked":"\nAA"},"tail":true}]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, TemplateUnterminatedSubstitutionError) {
  EXPECT_EQ(script_result(R"js(`${a)js"),
            R"json(4: Unexpected token)json");
}

TEST(ExpressionParseTest, NewWithArguments) {
  EXPECT_EQ(script_result(R"js(new a.b(c))js"),
            R"json({"type":"Program","start":0,"end":10,"body":[{"type":"ExpressionStatement","start":0,"end":10,"expression":{"type":"NewExpression","start":0,"end":10,"callee":{"type":"MemberExpression","start":4,"end":7,"object":{"type":"Identifier","start":4,"end":5,"name":"a"},"property":{"type":"Identifier","start":6,"end":7,"name":"b"},"computed":false,"optional":false},"arguments":[{"type":"Identifier","start":8,"end":9,"name":"c"}]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, NewWithoutArguments) {
  EXPECT_EQ(script_result(R"js(new a.b)js"),
            R"json({"type":"Program","start":0,"end":7,"body":[{"type":"ExpressionStatement","start":0,"end":7,"expression":{"type":"NewExpression","start":0,"end":7,"callee":{"type":"MemberExpression","start":4,"end":7,"object":{"type":"Identifier","start":4,"end":5,"name":"a"},"property":{"type":"Identifier","start":6,"end":7,"name":"b"},"computed":false,"optional":false},"arguments":[]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, NewNested) {
  EXPECT_EQ(script_result(R"js(new new a()())js"),
            R"json({"type":"Program","start":0,"end":13,"body":[{"type":"ExpressionStatement","start":0,"end":13,"expression":{"type":"NewExpression","start":0,"end":13,"callee":{"type":"NewExpression","start":4,"end":11,"callee":{"type":"Identifier","start":8,"end":9,"name":"a"},"arguments":[]},"arguments":[]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, NewCallee) {
  EXPECT_EQ(script_result(R"js(new (a())(); new a().b)js"),
            R"json({"type":"Program","start":0,"end":22,"body":[{"type":"ExpressionStatement","start":0,"end":12,"expression":{"type":"NewExpression","start":0,"end":11,"callee":{"type":"CallExpression","start":5,"end":8,"callee":{"type":"Identifier","start":5,"end":6,"name":"a"},"arguments":[],"optional":false},"arguments":[]}},{"type":"ExpressionStatement","start":13,"end":22,"expression":{"type":"MemberExpression","start":13,"end":22,"object":{"type":"NewExpression","start":13,"end":20,"callee":{"type":"Identifier","start":17,"end":18,"name":"a"},"arguments":[]},"property":{"type":"Identifier","start":21,"end":22,"name":"b"},"computed":false,"optional":false}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, NewTarget) {
  EXPECT_EQ(script_result(R"js(function f() { return new.target })js"),
            R"json({"type":"Program","start":0,"end":34,"body":[{"type":"FunctionDeclaration","start":0,"end":34,"id":{"type":"Identifier","start":9,"end":10,"name":"f"},"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":13,"end":34,"body":[{"type":"ReturnStatement","start":15,"end":32,"argument":{"type":"MetaProperty","start":22,"end":32,"meta":{"type":"Identifier","start":22,"end":25,"name":"new"},"property":{"type":"Identifier","start":26,"end":32,"name":"target"}}}]}}],"sourceType":"script"})json");
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

TEST(ExpressionParseTest, SuperPropertyAndCall) {
  EXPECT_EQ(script_result(R"js(class A extends B { constructor() { super(); super.a; super[b] } })js"),
            R"json({"type":"Program","start":0,"end":66,"body":[{"type":"ClassDeclaration","start":0,"end":66,"id":{"type":"Identifier","start":6,"end":7,"name":"A"},"superClass":{"type":"Identifier","start":16,"end":17,"name":"B"},"body":{"type":"ClassBody","start":18,"end":66,"body":[{"type":"MethodDefinition","start":20,"end":64,"static":false,"computed":false,"key":{"type":"Identifier","start":20,"end":31,"name":"constructor"},"kind":"constructor","value":{"type":"FunctionExpression","start":31,"end":64,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":34,"end":64,"body":[{"type":"ExpressionStatement","start":36,"end":44,"expression":{"type":"CallExpression","start":36,"end":43,"callee":{"type":"Super","start":36,"end":41},"arguments":[],"optional":false}},{"type":"ExpressionStatement","start":45,"end":53,"expression":{"type":"MemberExpression","start":45,"end":52,"object":{"type":"Super","start":45,"end":50},"property":{"type":"Identifier","start":51,"end":52,"name":"a"},"computed":false,"optional":false}},{"type":"ExpressionStatement","start":54,"end":62,"expression":{"type":"MemberExpression","start":54,"end":62,"object":{"type":"Super","start":54,"end":59},"property":{"type":"Identifier","start":60,"end":61,"name":"b"},"computed":true,"optional":false}}]}}}]}}],"sourceType":"script"})json");
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

TEST(ExpressionParseTest, ObjectMethodSuper) {
  EXPECT_EQ(script_result(R"js(({ m() { return super.x } }))js"),
            R"json({"type":"Program","start":0,"end":28,"body":[{"type":"ExpressionStatement","start":0,"end":28,"expression":{"type":"ObjectExpression","start":1,"end":27,"properties":[{"type":"Property","start":3,"end":25,"method":true,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":3,"end":4,"name":"m"},"value":{"type":"FunctionExpression","start":4,"end":25,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":7,"end":25,"body":[{"type":"ReturnStatement","start":9,"end":23,"argument":{"type":"MemberExpression","start":16,"end":23,"object":{"type":"Super","start":16,"end":21},"property":{"type":"Identifier","start":22,"end":23,"name":"x"},"computed":false,"optional":false}}]}},"kind":"init"}]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ImportCall) {
  EXPECT_EQ(script_result(R"js(import('a'); import('a', {with: {type: 'json'}}); import('a',))js"),
            R"json({"type":"Program","start":0,"end":62,"body":[{"type":"ExpressionStatement","start":0,"end":12,"expression":{"type":"ImportExpression","start":0,"end":11,"source":{"type":"Literal","start":7,"end":10,"value":"a","raw":"'a'"},"options":null}},{"type":"ExpressionStatement","start":13,"end":49,"expression":{"type":"ImportExpression","start":13,"end":48,"source":{"type":"Literal","start":20,"end":23,"value":"a","raw":"'a'"},"options":{"type":"ObjectExpression","start":25,"end":47,"properties":[{"type":"Property","start":26,"end":46,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":26,"end":30,"name":"with"},"value":{"type":"ObjectExpression","start":32,"end":46,"properties":[{"type":"Property","start":33,"end":45,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":33,"end":37,"name":"type"},"value":{"type":"Literal","start":39,"end":45,"value":"json","raw":"'json'"},"kind":"init"}]},"kind":"init"}]}}},{"type":"ExpressionStatement","start":50,"end":62,"expression":{"type":"ImportExpression","start":50,"end":62,"source":{"type":"Literal","start":57,"end":60,"value":"a","raw":"'a'"},"options":null}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ImportCallTooManyArgumentsError) {
  EXPECT_EQ(script_result(R"js(import(a, b, c))js"),
            R"json(13: Unexpected token)json");
}

TEST(ExpressionParseTest, ImportMeta) {
  EXPECT_EQ(module_result(R"js(import.meta.url)js"),
            R"json({"type":"Program","start":0,"end":15,"body":[{"type":"ExpressionStatement","start":0,"end":15,"expression":{"type":"MemberExpression","start":0,"end":15,"object":{"type":"MetaProperty","start":0,"end":11,"meta":{"type":"Identifier","start":0,"end":6,"name":"import"},"property":{"type":"Identifier","start":7,"end":11,"name":"meta"}},"property":{"type":"Identifier","start":12,"end":15,"name":"url"},"computed":false,"optional":false}}],"sourceType":"module"})json");
}

TEST(ExpressionParseTest, ImportMetaInScriptError) {
  EXPECT_EQ(script_result(R"js(import.meta)js"),
            R"json(0: Cannot use 'import.meta' outside a module)json");
}

TEST(ExpressionParseTest, ImportMetaWrongPropertyError) {
  EXPECT_EQ(module_result(R"js(import.foo)js"),
            R"json(7: The only valid meta property for import is 'import.meta')json");
}

TEST(ExpressionParseTest, Yield) {
  EXPECT_EQ(script_result(R"js(function* g() { yield; yield a; yield* b; x = yield })js"),
            R"json({"type":"Program","start":0,"end":53,"body":[{"type":"FunctionDeclaration","start":0,"end":53,"id":{"type":"Identifier","start":10,"end":11,"name":"g"},"expression":false,"generator":true,"async":false,"params":[],"body":{"type":"BlockStatement","start":14,"end":53,"body":[{"type":"ExpressionStatement","start":16,"end":22,"expression":{"type":"YieldExpression","start":16,"end":21,"delegate":false,"argument":null}},{"type":"ExpressionStatement","start":23,"end":31,"expression":{"type":"YieldExpression","start":23,"end":30,"delegate":false,"argument":{"type":"Identifier","start":29,"end":30,"name":"a"}}},{"type":"ExpressionStatement","start":32,"end":41,"expression":{"type":"YieldExpression","start":32,"end":40,"delegate":true,"argument":{"type":"Identifier","start":39,"end":40,"name":"b"}}},{"type":"ExpressionStatement","start":42,"end":51,"expression":{"type":"AssignmentExpression","start":42,"end":51,"operator":"=","left":{"type":"Identifier","start":42,"end":43,"name":"x"},"right":{"type":"YieldExpression","start":46,"end":51,"delegate":false,"argument":null}}}]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, YieldNoArgumentBeforeNewline) {
  EXPECT_EQ(script_result(R"js(function* g() { yield
a })js"),
            R"json({"type":"Program","start":0,"end":25,"body":[{"type":"FunctionDeclaration","start":0,"end":25,"id":{"type":"Identifier","start":10,"end":11,"name":"g"},"expression":false,"generator":true,"async":false,"params":[],"body":{"type":"BlockStatement","start":14,"end":25,"body":[{"type":"ExpressionStatement","start":16,"end":21,"expression":{"type":"YieldExpression","start":16,"end":21,"delegate":false,"argument":null}},{"type":"ExpressionStatement","start":22,"end":23,"expression":{"type":"Identifier","start":22,"end":23,"name":"a"}}]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, YieldRegexArgument) {
  EXPECT_EQ(script_result(R"js(function* g() { yield /a/g })js"),
            R"json({"type":"Program","start":0,"end":28,"body":[{"type":"FunctionDeclaration","start":0,"end":28,"id":{"type":"Identifier","start":10,"end":11,"name":"g"},"expression":false,"generator":true,"async":false,"params":[],"body":{"type":"BlockStatement","start":14,"end":28,"body":[{"type":"ExpressionStatement","start":16,"end":26,"expression":{"type":"YieldExpression","start":16,"end":26,"delegate":false,"argument":{"type":"Literal","start":22,"end":26,"value":null,"raw":"/a/g","regex":{"pattern":"a","flags":"g"}}}}]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, YieldAsIdentifierInGeneratorError) {
  EXPECT_EQ(script_result(R"js(function* g() { a + yield })js"),
            R"json(20: Cannot use 'yield' as identifier inside a generator)json");
}

TEST(ExpressionParseTest, YieldInArrowParamsError) {
  EXPECT_EQ(script_result(R"js(function* g() { (a = yield) => 1 })js"),
            R"json(21: Yield expression cannot be a default value)json");
}

TEST(ExpressionParseTest, YieldIdentifierInSloppyCode) {
  EXPECT_EQ(script_result(R"js(yield = 1)js"),
            R"json({"type":"Program","start":0,"end":9,"body":[{"type":"ExpressionStatement","start":0,"end":9,"expression":{"type":"AssignmentExpression","start":0,"end":9,"operator":"=","left":{"type":"Identifier","start":0,"end":5,"name":"yield"},"right":{"type":"Literal","start":8,"end":9,"value":1,"raw":"1"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, YieldIdentifierInStrictCodeError) {
  EXPECT_EQ(script_result(R"js("use strict"; yield)js"),
            R"json(14: The keyword 'yield' is reserved)json");
}

TEST(ExpressionParseTest, Await) {
  EXPECT_EQ(script_result(R"js(async function f() { await a; (await b) ** 2 })js"),
            R"json({"type":"Program","start":0,"end":46,"body":[{"type":"FunctionDeclaration","start":0,"end":46,"id":{"type":"Identifier","start":15,"end":16,"name":"f"},"expression":false,"generator":false,"async":true,"params":[],"body":{"type":"BlockStatement","start":19,"end":46,"body":[{"type":"ExpressionStatement","start":21,"end":29,"expression":{"type":"AwaitExpression","start":21,"end":28,"argument":{"type":"Identifier","start":27,"end":28,"name":"a"}}},{"type":"ExpressionStatement","start":30,"end":44,"expression":{"type":"BinaryExpression","start":30,"end":44,"left":{"type":"AwaitExpression","start":31,"end":38,"argument":{"type":"Identifier","start":37,"end":38,"name":"b"}},"operator":"**","right":{"type":"Literal","start":43,"end":44,"value":2,"raw":"2"}}}]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, AwaitExponentError) {
  EXPECT_EQ(script_result(R"js(async function f() { await a ** 2 })js"),
            R"json(29: Unexpected token)json");
}

TEST(ExpressionParseTest, AwaitTopLevel) {
  EXPECT_EQ(module_result(R"js(await a)js"),
            R"json({"type":"Program","start":0,"end":7,"body":[{"type":"ExpressionStatement","start":0,"end":7,"expression":{"type":"AwaitExpression","start":0,"end":7,"argument":{"type":"Identifier","start":6,"end":7,"name":"a"}}}],"sourceType":"module"})json");
}

TEST(ExpressionParseTest, AwaitIdentifierInScript) {
  EXPECT_EQ(script_result(R"js(await = 1)js"),
            R"json({"type":"Program","start":0,"end":9,"body":[{"type":"ExpressionStatement","start":0,"end":9,"expression":{"type":"AssignmentExpression","start":0,"end":9,"operator":"=","left":{"type":"Identifier","start":0,"end":5,"name":"await"},"right":{"type":"Literal","start":8,"end":9,"value":1,"raw":"1"}}}],"sourceType":"script"})json");
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

TEST(ExpressionParseTest, ArrowConcise) {
  EXPECT_EQ(script_result(R"js(x => x * 2)js"),
            R"json({"type":"Program","start":0,"end":10,"body":[{"type":"ExpressionStatement","start":0,"end":10,"expression":{"type":"ArrowFunctionExpression","start":0,"end":10,"id":null,"expression":true,"generator":false,"async":false,"params":[{"type":"Identifier","start":0,"end":1,"name":"x"}],"body":{"type":"BinaryExpression","start":5,"end":10,"left":{"type":"Identifier","start":5,"end":6,"name":"x"},"operator":"*","right":{"type":"Literal","start":9,"end":10,"value":2,"raw":"2"}}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ArrowBlock) {
  EXPECT_EQ(script_result(R"js((a, b) => { return a + b })js"),
            R"json({"type":"Program","start":0,"end":26,"body":[{"type":"ExpressionStatement","start":0,"end":26,"expression":{"type":"ArrowFunctionExpression","start":0,"end":26,"id":null,"expression":false,"generator":false,"async":false,"params":[{"type":"Identifier","start":1,"end":2,"name":"a"},{"type":"Identifier","start":4,"end":5,"name":"b"}],"body":{"type":"BlockStatement","start":10,"end":26,"body":[{"type":"ReturnStatement","start":12,"end":24,"argument":{"type":"BinaryExpression","start":19,"end":24,"left":{"type":"Identifier","start":19,"end":20,"name":"a"},"operator":"+","right":{"type":"Identifier","start":23,"end":24,"name":"b"}}}]}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ArrowEmptyParams) {
  EXPECT_EQ(script_result(R"js(() => {})js"),
            R"json({"type":"Program","start":0,"end":8,"body":[{"type":"ExpressionStatement","start":0,"end":8,"expression":{"type":"ArrowFunctionExpression","start":0,"end":8,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":6,"end":8,"body":[]}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ArrowPatternParams) {
  EXPECT_EQ(script_result(R"js((a = 1, {b}, [c], ...d) => 0)js"),
            R"json({"type":"Program","start":0,"end":28,"body":[{"type":"ExpressionStatement","start":0,"end":28,"expression":{"type":"ArrowFunctionExpression","start":0,"end":28,"id":null,"expression":true,"generator":false,"async":false,"params":[{"type":"AssignmentPattern","start":1,"end":6,"left":{"type":"Identifier","start":1,"end":2,"name":"a"},"right":{"type":"Literal","start":5,"end":6,"value":1,"raw":"1"}},{"type":"ObjectPattern","start":8,"end":11,"properties":[{"type":"Property","start":9,"end":10,"method":false,"shorthand":true,"computed":false,"key":{"type":"Identifier","start":9,"end":10,"name":"b"},"value":{"type":"Identifier","start":9,"end":10,"name":"b"},"kind":"init"}]},{"type":"ArrayPattern","start":13,"end":16,"elements":[{"type":"Identifier","start":14,"end":15,"name":"c"}]},{"type":"RestElement","start":18,"end":22,"argument":{"type":"Identifier","start":21,"end":22,"name":"d"}}],"body":{"type":"Literal","start":27,"end":28,"value":0,"raw":"0"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ArrowTrailingComma) {
  EXPECT_EQ(script_result(R"js((a, b,) => a)js"),
            R"json({"type":"Program","start":0,"end":12,"body":[{"type":"ExpressionStatement","start":0,"end":12,"expression":{"type":"ArrowFunctionExpression","start":0,"end":12,"id":null,"expression":true,"generator":false,"async":false,"params":[{"type":"Identifier","start":1,"end":2,"name":"a"},{"type":"Identifier","start":4,"end":5,"name":"b"}],"body":{"type":"Identifier","start":11,"end":12,"name":"a"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ArrowRestTrailingCommaError) {
  EXPECT_EQ(script_result(R"js((...a,) => 1)js"),
            R"json(5: Comma is not permitted after the rest element)json");
}

TEST(ExpressionParseTest, ArrowCurried) {
  EXPECT_EQ(script_result(R"js(a => b => c)js"),
            R"json({"type":"Program","start":0,"end":11,"body":[{"type":"ExpressionStatement","start":0,"end":11,"expression":{"type":"ArrowFunctionExpression","start":0,"end":11,"id":null,"expression":true,"generator":false,"async":false,"params":[{"type":"Identifier","start":0,"end":1,"name":"a"}],"body":{"type":"ArrowFunctionExpression","start":5,"end":11,"id":null,"expression":true,"generator":false,"async":false,"params":[{"type":"Identifier","start":5,"end":6,"name":"b"}],"body":{"type":"Identifier","start":10,"end":11,"name":"c"}}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ArrowInConditional) {
  EXPECT_EQ(script_result(R"js(a ? b => c : d => e)js"),
            R"json({"type":"Program","start":0,"end":19,"body":[{"type":"ExpressionStatement","start":0,"end":19,"expression":{"type":"ConditionalExpression","start":0,"end":19,"test":{"type":"Identifier","start":0,"end":1,"name":"a"},"consequent":{"type":"ArrowFunctionExpression","start":4,"end":10,"id":null,"expression":true,"generator":false,"async":false,"params":[{"type":"Identifier","start":4,"end":5,"name":"b"}],"body":{"type":"Identifier","start":9,"end":10,"name":"c"}},"alternate":{"type":"ArrowFunctionExpression","start":13,"end":19,"id":null,"expression":true,"generator":false,"async":false,"params":[{"type":"Identifier","start":13,"end":14,"name":"d"}],"body":{"type":"Identifier","start":18,"end":19,"name":"e"}}}}],"sourceType":"script"})json");
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

TEST(ExpressionParseTest, ArrowParenthesizedCalled) {
  EXPECT_EQ(script_result(R"js((x => x)(1))js"),
            R"json({"type":"Program","start":0,"end":11,"body":[{"type":"ExpressionStatement","start":0,"end":11,"expression":{"type":"CallExpression","start":0,"end":11,"callee":{"type":"ArrowFunctionExpression","start":1,"end":7,"id":null,"expression":true,"generator":false,"async":false,"params":[{"type":"Identifier","start":1,"end":2,"name":"x"}],"body":{"type":"Identifier","start":6,"end":7,"name":"x"}},"arguments":[{"type":"Literal","start":9,"end":10,"value":1,"raw":"1"}],"optional":false}}],"sourceType":"script"})json");
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

TEST(ExpressionParseTest, AsyncArrowSingleParam) {
  EXPECT_EQ(script_result(R"js(async x => x)js"),
            R"json({"type":"Program","start":0,"end":12,"body":[{"type":"ExpressionStatement","start":0,"end":12,"expression":{"type":"ArrowFunctionExpression","start":0,"end":12,"id":null,"expression":true,"generator":false,"async":true,"params":[{"type":"Identifier","start":6,"end":7,"name":"x"}],"body":{"type":"Identifier","start":11,"end":12,"name":"x"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, AsyncArrowParens) {
  EXPECT_EQ(script_result(R"js(async (a, b) => a)js"),
            R"json({"type":"Program","start":0,"end":17,"body":[{"type":"ExpressionStatement","start":0,"end":17,"expression":{"type":"ArrowFunctionExpression","start":0,"end":17,"id":null,"expression":true,"generator":false,"async":true,"params":[{"type":"Identifier","start":7,"end":8,"name":"a"},{"type":"Identifier","start":10,"end":11,"name":"b"}],"body":{"type":"Identifier","start":16,"end":17,"name":"a"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, AsyncArrowPatterns) {
  EXPECT_EQ(script_result(R"js(async ({a = 1}, [b], ...c) => 0)js"),
            R"json({"type":"Program","start":0,"end":31,"body":[{"type":"ExpressionStatement","start":0,"end":31,"expression":{"type":"ArrowFunctionExpression","start":0,"end":31,"id":null,"expression":true,"generator":false,"async":true,"params":[{"type":"ObjectPattern","start":7,"end":14,"properties":[{"type":"Property","start":8,"end":13,"method":false,"shorthand":true,"computed":false,"key":{"type":"Identifier","start":8,"end":9,"name":"a"},"value":{"type":"AssignmentPattern","start":8,"end":13,"left":{"type":"Identifier","start":8,"end":9,"name":"a"},"right":{"type":"Literal","start":12,"end":13,"value":1,"raw":"1"}},"kind":"init"}]},{"type":"ArrayPattern","start":16,"end":19,"elements":[{"type":"Identifier","start":17,"end":18,"name":"b"}]},{"type":"RestElement","start":21,"end":25,"argument":{"type":"Identifier","start":24,"end":25,"name":"c"}}],"body":{"type":"Literal","start":30,"end":31,"value":0,"raw":"0"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, AsyncCall) {
  EXPECT_EQ(script_result(R"js(async(a, ...b))js"),
            R"json({"type":"Program","start":0,"end":14,"body":[{"type":"ExpressionStatement","start":0,"end":14,"expression":{"type":"CallExpression","start":0,"end":14,"callee":{"type":"Identifier","start":0,"end":5,"name":"async"},"arguments":[{"type":"Identifier","start":6,"end":7,"name":"a"},{"type":"SpreadElement","start":9,"end":13,"argument":{"type":"Identifier","start":12,"end":13,"name":"b"}}],"optional":false}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, AsyncIdentifier) {
  EXPECT_EQ(script_result(R"js(async; async.x; (async))js"),
            R"json({"type":"Program","start":0,"end":23,"body":[{"type":"ExpressionStatement","start":0,"end":6,"expression":{"type":"Identifier","start":0,"end":5,"name":"async"}},{"type":"ExpressionStatement","start":7,"end":15,"expression":{"type":"MemberExpression","start":7,"end":14,"object":{"type":"Identifier","start":7,"end":12,"name":"async"},"property":{"type":"Identifier","start":13,"end":14,"name":"x"},"computed":false,"optional":false}},{"type":"ExpressionStatement","start":16,"end":23,"expression":{"type":"Identifier","start":17,"end":22,"name":"async"}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, AsyncNewlineBeforeParamError) {
  EXPECT_EQ(script_result(R"js(async
x => x)js"),
            R"json({"type":"Program","start":0,"end":12,"body":[{"type":"ExpressionStatement","start":0,"end":5,"expression":{"type":"Identifier","start":0,"end":5,"name":"async"}},{"type":"ExpressionStatement","start":6,"end":12,"expression":{"type":"ArrowFunctionExpression","start":6,"end":12,"id":null,"expression":true,"generator":false,"async":false,"params":[{"type":"Identifier","start":6,"end":7,"name":"x"}],"body":{"type":"Identifier","start":11,"end":12,"name":"x"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, AsyncNewlineCall) {
  EXPECT_EQ(script_result(R"js(async
(x))js"),
            R"json({"type":"Program","start":0,"end":9,"body":[{"type":"ExpressionStatement","start":0,"end":9,"expression":{"type":"CallExpression","start":0,"end":9,"callee":{"type":"Identifier","start":0,"end":5,"name":"async"},"arguments":[{"type":"Identifier","start":7,"end":8,"name":"x"}],"optional":false}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, AsyncFunctionExpression) {
  EXPECT_EQ(script_result(R"js((async function () {}))js"),
            R"json({"type":"Program","start":0,"end":22,"body":[{"type":"ExpressionStatement","start":0,"end":22,"expression":{"type":"FunctionExpression","start":1,"end":21,"id":null,"expression":false,"generator":false,"async":true,"params":[],"body":{"type":"BlockStatement","start":19,"end":21,"body":[]}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, AsyncNewlineFunction) {
  EXPECT_EQ(script_result(R"js(a = async
function f() {})js"),
            R"json({"type":"Program","start":0,"end":25,"body":[{"type":"ExpressionStatement","start":0,"end":9,"expression":{"type":"AssignmentExpression","start":0,"end":9,"operator":"=","left":{"type":"Identifier","start":0,"end":1,"name":"a"},"right":{"type":"Identifier","start":4,"end":9,"name":"async"}}},{"type":"FunctionDeclaration","start":10,"end":25,"id":{"type":"Identifier","start":19,"end":20,"name":"f"},"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":23,"end":25,"body":[]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, AsyncEscapedIsIdentifier) {
  EXPECT_EQ(script_result(R"js((\u0061sync () => 1))js"),
            R"json(15: Unexpected token)json");
}

TEST(ExpressionParseTest, FunctionAndClassExpressions) {
  EXPECT_EQ(script_result(R"js(a = function () {}; b = class {}; c = function* g() {}; d = class C extends D {})js"),
            R"json({"type":"Program","start":0,"end":80,"body":[{"type":"ExpressionStatement","start":0,"end":19,"expression":{"type":"AssignmentExpression","start":0,"end":18,"operator":"=","left":{"type":"Identifier","start":0,"end":1,"name":"a"},"right":{"type":"FunctionExpression","start":4,"end":18,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":16,"end":18,"body":[]}}}},{"type":"ExpressionStatement","start":20,"end":33,"expression":{"type":"AssignmentExpression","start":20,"end":32,"operator":"=","left":{"type":"Identifier","start":20,"end":21,"name":"b"},"right":{"type":"ClassExpression","start":24,"end":32,"id":null,"superClass":null,"body":{"type":"ClassBody","start":30,"end":32,"body":[]}}}},{"type":"ExpressionStatement","start":34,"end":55,"expression":{"type":"AssignmentExpression","start":34,"end":54,"operator":"=","left":{"type":"Identifier","start":34,"end":35,"name":"c"},"right":{"type":"FunctionExpression","start":38,"end":54,"id":{"type":"Identifier","start":48,"end":49,"name":"g"},"expression":false,"generator":true,"async":false,"params":[],"body":{"type":"BlockStatement","start":52,"end":54,"body":[]}}}},{"type":"ExpressionStatement","start":56,"end":80,"expression":{"type":"AssignmentExpression","start":56,"end":80,"operator":"=","left":{"type":"Identifier","start":56,"end":57,"name":"d"},"right":{"type":"ClassExpression","start":60,"end":80,"id":{"type":"Identifier","start":66,"end":67,"name":"C"},"superClass":{"type":"Identifier","start":76,"end":77,"name":"D"},"body":{"type":"ClassBody","start":78,"end":80,"body":[]}}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, Regex) {
  EXPECT_EQ(script_result(R"js(/abc/gi; a = /=/; b = c / d / e)js"),
            R"json({"type":"Program","start":0,"end":31,"body":[{"type":"ExpressionStatement","start":0,"end":8,"expression":{"type":"Literal","start":0,"end":7,"value":null,"raw":"/abc/gi","regex":{"pattern":"abc","flags":"gi"}}},{"type":"ExpressionStatement","start":9,"end":17,"expression":{"type":"AssignmentExpression","start":9,"end":16,"operator":"=","left":{"type":"Identifier","start":9,"end":10,"name":"a"},"right":{"type":"Literal","start":13,"end":16,"value":null,"raw":"/=/","regex":{"pattern":"=","flags":""}}}},{"type":"ExpressionStatement","start":18,"end":31,"expression":{"type":"AssignmentExpression","start":18,"end":31,"operator":"=","left":{"type":"Identifier","start":18,"end":19,"name":"b"},"right":{"type":"BinaryExpression","start":22,"end":31,"left":{"type":"BinaryExpression","start":22,"end":27,"left":{"type":"Identifier","start":22,"end":23,"name":"c"},"operator":"/","right":{"type":"Identifier","start":26,"end":27,"name":"d"}},"operator":"/","right":{"type":"Identifier","start":30,"end":31,"name":"e"}}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, RegexAfterNewline) {
  EXPECT_EQ(script_result(R"js(a
/b/g)js"),
            R"json({"type":"Program","start":0,"end":6,"body":[{"type":"ExpressionStatement","start":0,"end":6,"expression":{"type":"BinaryExpression","start":0,"end":6,"left":{"type":"BinaryExpression","start":0,"end":4,"left":{"type":"Identifier","start":0,"end":1,"name":"a"},"operator":"/","right":{"type":"Identifier","start":3,"end":4,"name":"b"}},"operator":"/","right":{"type":"Identifier","start":5,"end":6,"name":"g"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, Numbers) {
  EXPECT_EQ(script_result(R"js(010; 08; 0x10; 1e3; .5; 1_000)js"),
            R"json({"type":"Program","start":0,"end":29,"body":[{"type":"ExpressionStatement","start":0,"end":4,"expression":{"type":"Literal","start":0,"end":3,"value":8,"raw":"010"}},{"type":"ExpressionStatement","start":5,"end":8,"expression":{"type":"Literal","start":5,"end":7,"value":8,"raw":"08"}},{"type":"ExpressionStatement","start":9,"end":14,"expression":{"type":"Literal","start":9,"end":13,"value":16,"raw":"0x10"}},{"type":"ExpressionStatement","start":15,"end":19,"expression":{"type":"Literal","start":15,"end":18,"value":1000,"raw":"1e3"}},{"type":"ExpressionStatement","start":20,"end":23,"expression":{"type":"Literal","start":20,"end":22,"value":0.5,"raw":".5"}},{"type":"ExpressionStatement","start":24,"end":29,"expression":{"type":"Literal","start":24,"end":29,"value":1000,"raw":"1_000"}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, BigInts) {
  EXPECT_EQ(script_result(R"js(10n; 0x1Fn; 1_0n; 0b101n)js"),
            R"json({"type":"Program","start":0,"end":24,"body":[{"type":"ExpressionStatement","start":0,"end":4,"expression":{"type":"Literal","start":0,"end":3,"value":null,"raw":"10n","bigint":"10"}},{"type":"ExpressionStatement","start":5,"end":11,"expression":{"type":"Literal","start":5,"end":10,"value":null,"raw":"0x1Fn","bigint":"31"}},{"type":"ExpressionStatement","start":12,"end":17,"expression":{"type":"Literal","start":12,"end":16,"value":null,"raw":"1_0n","bigint":"10"}},{"type":"ExpressionStatement","start":18,"end":24,"expression":{"type":"Literal","start":18,"end":24,"value":null,"raw":"0b101n","bigint":"5"}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, BigIntLarge) {
  EXPECT_EQ(script_result(R"js(0xFFFFFFFFFFFFFFFFFFFFFFFFn)js"),
            R"json({"type":"Program","start":0,"end":27,"body":[{"type":"ExpressionStatement","start":0,"end":27,"expression":{"type":"Literal","start":0,"end":27,"value":null,"raw":"0xFFFFFFFFFFFFFFFFFFFFFFFFn","bigint":"79228162514264337593543950335"}}],"sourceType":"script"})json");
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

TEST(ExpressionParseTest, Strings) {
  EXPECT_EQ(script_result(R"js("a\u0041\x41"; 'b')js"),
            R"json({"type":"Program","start":0,"end":18,"body":[{"type":"ExpressionStatement","start":0,"end":14,"expression":{"type":"Literal","start":0,"end":13,"value":"aAA","raw":"\"a\\u0041\\x41\""},"directive":"a\\u0041\\x41"},{"type":"ExpressionStatement","start":15,"end":18,"expression":{"type":"Literal","start":15,"end":18,"value":"b","raw":"'b'"},"directive":"b"}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, BooleansAndNull) {
  EXPECT_EQ(script_result(R"js(true; false; null)js"),
            R"json({"type":"Program","start":0,"end":17,"body":[{"type":"ExpressionStatement","start":0,"end":5,"expression":{"type":"Literal","start":0,"end":4,"value":true,"raw":"true"}},{"type":"ExpressionStatement","start":6,"end":12,"expression":{"type":"Literal","start":6,"end":11,"value":false,"raw":"false"}},{"type":"ExpressionStatement","start":13,"end":17,"expression":{"type":"Literal","start":13,"end":17,"value":null,"raw":"null"}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, This) {
  EXPECT_EQ(script_result(R"js(this.a)js"),
            R"json({"type":"Program","start":0,"end":6,"body":[{"type":"ExpressionStatement","start":0,"end":6,"expression":{"type":"MemberExpression","start":0,"end":6,"object":{"type":"ThisExpression","start":0,"end":4},"property":{"type":"Identifier","start":5,"end":6,"name":"a"},"computed":false,"optional":false}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ArrayLiteral) {
  EXPECT_EQ(script_result(R"js([, a, , ...b, c,])js"),
            R"json({"type":"Program","start":0,"end":17,"body":[{"type":"ExpressionStatement","start":0,"end":17,"expression":{"type":"ArrayExpression","start":0,"end":17,"elements":[null,{"type":"Identifier","start":3,"end":4,"name":"a"},null,{"type":"SpreadElement","start":8,"end":12,"argument":{"type":"Identifier","start":11,"end":12,"name":"b"}},{"type":"Identifier","start":14,"end":15,"name":"c"}]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ArrayHolesOnly) {
  EXPECT_EQ(script_result(R"js([,,])js"),
            R"json({"type":"Program","start":0,"end":4,"body":[{"type":"ExpressionStatement","start":0,"end":4,"expression":{"type":"ArrayExpression","start":0,"end":4,"elements":[null,null]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ObjectLiteral) {
  EXPECT_EQ(script_result(R"js(({a, b: 1, 'c': 2, 3: d, [e]: f, 4n: g}))js"),
            R"json({"type":"Program","start":0,"end":40,"body":[{"type":"ExpressionStatement","start":0,"end":40,"expression":{"type":"ObjectExpression","start":1,"end":39,"properties":[{"type":"Property","start":2,"end":3,"method":false,"shorthand":true,"computed":false,"key":{"type":"Identifier","start":2,"end":3,"name":"a"},"value":{"type":"Identifier","start":2,"end":3,"name":"a"},"kind":"init"},{"type":"Property","start":5,"end":9,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":5,"end":6,"name":"b"},"value":{"type":"Literal","start":8,"end":9,"value":1,"raw":"1"},"kind":"init"},{"type":"Property","start":11,"end":17,"method":false,"shorthand":false,"computed":false,"key":{"type":"Literal","start":11,"end":14,"value":"c","raw":"'c'"},"value":{"type":"Literal","start":16,"end":17,"value":2,"raw":"2"},"kind":"init"},{"type":"Property","start":19,"end":23,"method":false,"shorthand":false,"computed":false,"key":{"type":"Literal","start":19,"end":20,"value":3,"raw":"3"},"value":{"type":"Identifier","start":22,"end":23,"name":"d"},"kind":"init"},{"type":"Property","start":25,"end":31,"method":false,"shorthand":false,"computed":true,"key":{"type":"Identifier","start":26,"end":27,"name":"e"},"value":{"type":"Identifier","start":30,"end":31,"name":"f"},"kind":"init"},{"type":"Property","start":33,"end":38,"method":false,"shorthand":false,"computed":false,"key":{"type":"Literal","start":33,"end":35,"value":null,"raw":"4n","bigint":"4"},"value":{"type":"Identifier","start":37,"end":38,"name":"g"},"kind":"init"}]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ObjectMethods) {
  EXPECT_EQ(script_result(R"js(({get a() {}, set a(v) {}, b() {}, *c() {}, async d() {}, async *e() {}}))js"),
            R"json({"type":"Program","start":0,"end":73,"body":[{"type":"ExpressionStatement","start":0,"end":73,"expression":{"type":"ObjectExpression","start":1,"end":72,"properties":[{"type":"Property","start":2,"end":12,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":6,"end":7,"name":"a"},"value":{"type":"FunctionExpression","start":7,"end":12,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":10,"end":12,"body":[]}},"kind":"get"},{"type":"Property","start":14,"end":25,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":18,"end":19,"name":"a"},"value":{"type":"FunctionExpression","start":19,"end":25,"id":null,"expression":false,"generator":false,"async":false,"params":[{"type":"Identifier","start":20,"end":21,"name":"v"}],"body":{"type":"BlockStatement","start":23,"end":25,"body":[]}},"kind":"set"},{"type":"Property","start":27,"end":33,"method":true,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":27,"end":28,"name":"b"},"value":{"type":"FunctionExpression","start":28,"end":33,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":31,"end":33,"body":[]}},"kind":"init"},{"type":"Property","start":35,"end":42,"method":true,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":36,"end":37,"name":"c"},"value":{"type":"FunctionExpression","start":37,"end":42,"id":null,"expression":false,"generator":true,"async":false,"params":[],"body":{"type":"BlockStatement","start":40,"end":42,"body":[]}},"kind":"init"},{"type":"Property","start":44,"end":56,"method":true,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":50,"end":51,"name":"d"},"value":{"type":"FunctionExpression","start":51,"end":56,"id":null,"expression":false,"generator":false,"async":true,"params":[],"body":{"type":"BlockStatement","start":54,"end":56,"body":[]}},"kind":"init"},{"type":"Property","start":58,"end":71,"method":true,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":65,"end":66,"name":"e"},"value":{"type":"FunctionExpression","start":66,"end":71,"id":null,"expression":false,"generator":true,"async":true,"params":[],"body":{"type":"BlockStatement","start":69,"end":71,"body":[]}},"kind":"init"}]}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ObjectContextualKeys) {
  EXPECT_EQ(script_result(R"js(({get, set, async, get: 1, set() {}, async: 2}))js"),
            R"json({"type":"Program","start":0,"end":47,"body":[{"type":"ExpressionStatement","start":0,"end":47,"expression":{"type":"ObjectExpression","start":1,"end":46,"properties":[{"type":"Property","start":2,"end":5,"method":false,"shorthand":true,"computed":false,"key":{"type":"Identifier","start":2,"end":5,"name":"get"},"value":{"type":"Identifier","start":2,"end":5,"name":"get"},"kind":"init"},{"type":"Property","start":7,"end":10,"method":false,"shorthand":true,"computed":false,"key":{"type":"Identifier","start":7,"end":10,"name":"set"},"value":{"type":"Identifier","start":7,"end":10,"name":"set"},"kind":"init"},{"type":"Property","start":12,"end":17,"method":false,"shorthand":true,"computed":false,"key":{"type":"Identifier","start":12,"end":17,"name":"async"},"value":{"type":"Identifier","start":12,"end":17,"name":"async"},"kind":"init"},{"type":"Property","start":19,"end":25,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":19,"end":22,"name":"get"},"value":{"type":"Literal","start":24,"end":25,"value":1,"raw":"1"},"kind":"init"},{"type":"Property","start":27,"end":35,"method":true,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":27,"end":30,"name":"set"},"value":{"type":"FunctionExpression","start":30,"end":35,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":33,"end":35,"body":[]}},"kind":"init"},{"type":"Property","start":37,"end":45,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":37,"end":42,"name":"async"},"value":{"type":"Literal","start":44,"end":45,"value":2,"raw":"2"},"kind":"init"}]}}],"sourceType":"script"})json");
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

TEST(ExpressionParseTest, ObjectProtoDuplicateInPattern) {
  EXPECT_EQ(script_result(R"js(({__proto__: a, __proto__: b} = c))js"),
            R"json({"type":"Program","start":0,"end":34,"body":[{"type":"ExpressionStatement","start":0,"end":34,"expression":{"type":"AssignmentExpression","start":1,"end":33,"operator":"=","left":{"type":"ObjectPattern","start":1,"end":29,"properties":[{"type":"Property","start":2,"end":14,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":2,"end":11,"name":"__proto__"},"value":{"type":"Identifier","start":13,"end":14,"name":"a"},"kind":"init"},{"type":"Property","start":16,"end":28,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":16,"end":25,"name":"__proto__"},"value":{"type":"Identifier","start":27,"end":28,"name":"b"},"kind":"init"}]},"right":{"type":"Identifier","start":32,"end":33,"name":"c"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ObjectProtoComputedAndShorthand) {
  EXPECT_EQ(script_result(R"js(({__proto__: 1, ['__proto__']: 2, __proto__}))js"),
            R"json({"type":"Program","start":0,"end":45,"body":[{"type":"ExpressionStatement","start":0,"end":45,"expression":{"type":"ObjectExpression","start":1,"end":44,"properties":[{"type":"Property","start":2,"end":14,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":2,"end":11,"name":"__proto__"},"value":{"type":"Literal","start":13,"end":14,"value":1,"raw":"1"},"kind":"init"},{"type":"Property","start":16,"end":32,"method":false,"shorthand":false,"computed":true,"key":{"type":"Literal","start":17,"end":28,"value":"__proto__","raw":"'__proto__'"},"value":{"type":"Literal","start":31,"end":32,"value":2,"raw":"2"},"kind":"init"},{"type":"Property","start":34,"end":43,"method":false,"shorthand":true,"computed":false,"key":{"type":"Identifier","start":34,"end":43,"name":"__proto__"},"value":{"type":"Identifier","start":34,"end":43,"name":"__proto__"},"kind":"init"}]}}],"sourceType":"script"})json");
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

TEST(ExpressionParseTest, EscapedKeywordAfterDot) {
  EXPECT_EQ(script_result(R"js(a.\u0069f; ({\u0069f: 1}))js"),
            R"json({"type":"Program","start":0,"end":25,"body":[{"type":"ExpressionStatement","start":0,"end":10,"expression":{"type":"MemberExpression","start":0,"end":9,"object":{"type":"Identifier","start":0,"end":1,"name":"a"},"property":{"type":"Identifier","start":2,"end":9,"name":"if"},"computed":false,"optional":false}},{"type":"ExpressionStatement","start":11,"end":25,"expression":{"type":"ObjectExpression","start":12,"end":24,"properties":[{"type":"Property","start":13,"end":23,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":13,"end":20,"name":"if"},"value":{"type":"Literal","start":22,"end":23,"value":1,"raw":"1"},"kind":"init"}]}}],"sourceType":"script"})json");
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

TEST(ExpressionParseTest, LetIdentifier) {
  EXPECT_EQ(script_result(R"js(let; a = let)js"),
            R"json({"type":"Program","start":0,"end":12,"body":[{"type":"ExpressionStatement","start":0,"end":4,"expression":{"type":"Identifier","start":0,"end":3,"name":"let"}},{"type":"ExpressionStatement","start":5,"end":12,"expression":{"type":"AssignmentExpression","start":5,"end":12,"operator":"=","left":{"type":"Identifier","start":5,"end":6,"name":"a"},"right":{"type":"Identifier","start":9,"end":12,"name":"let"}}}],"sourceType":"script"})json");
}

TEST(ExpressionParseTest, ContextualWordsAsIdentifiers) {
  EXPECT_EQ(script_result(R"js(of; as; from; get; set; target; meta; using; static)js"),
            R"json({"type":"Program","start":0,"end":51,"body":[{"type":"ExpressionStatement","start":0,"end":3,"expression":{"type":"Identifier","start":0,"end":2,"name":"of"}},{"type":"ExpressionStatement","start":4,"end":7,"expression":{"type":"Identifier","start":4,"end":6,"name":"as"}},{"type":"ExpressionStatement","start":8,"end":13,"expression":{"type":"Identifier","start":8,"end":12,"name":"from"}},{"type":"ExpressionStatement","start":14,"end":18,"expression":{"type":"Identifier","start":14,"end":17,"name":"get"}},{"type":"ExpressionStatement","start":19,"end":23,"expression":{"type":"Identifier","start":19,"end":22,"name":"set"}},{"type":"ExpressionStatement","start":24,"end":31,"expression":{"type":"Identifier","start":24,"end":30,"name":"target"}},{"type":"ExpressionStatement","start":32,"end":37,"expression":{"type":"Identifier","start":32,"end":36,"name":"meta"}},{"type":"ExpressionStatement","start":38,"end":44,"expression":{"type":"Identifier","start":38,"end":43,"name":"using"}},{"type":"ExpressionStatement","start":45,"end":51,"expression":{"type":"Identifier","start":45,"end":51,"name":"static"}}],"sourceType":"script"})json");
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
