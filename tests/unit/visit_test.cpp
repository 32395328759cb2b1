// for_each_child and the CRTP Visitor (include/essa/visit.h) on hand-built trees.
#include "essa/visit.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <vector>

#include "essa/arena.h"
#include "essa/ast.h"
#include "parse_test_util.h"

namespace essa {
namespace {

class Build {
 public:
  template <class T>
  T* make() {
    return arena_.make<T>();
  }
  Identifier* id(std::string_view name) {
    auto* n = make<Identifier>();
    n->name = name;
    return n;
  }
  NodeList list(std::initializer_list<Node*> items) { return test::node_list(arena_, items); }

 private:
  Arena arena_;
};

std::string names_of(const std::vector<const Node*>& nodes) {
  std::string out;
  for (const Node* n : nodes) {
    if (!out.empty()) out += ' ';
    out +=
        is<Identifier>(n) ? std::string(as<Identifier>(n)->name) : std::string(kind_name(n->kind));
  }
  return out;
}

std::string children_of(const Node& n) {
  std::vector<const Node*> seen;
  for_each_child(n, [&](const Node& child) { seen.push_back(&child); });
  return names_of(seen);
}

TEST(VisitTest, ChildrenInFieldOrderWithNullsAndHolesSkipped) {
  Build b;
  auto* label = b.make<LabeledStatement>();  // acorn's order: body, then label
  label->body = b.make<EmptyStatement>();
  label->label = b.id("l");
  EXPECT_EQ(children_of(*label), "EmptyStatement l");

  auto* array = b.make<ArrayExpression>();
  array->elements = b.list({b.id("a"), nullptr, b.id("c"), nullptr});
  EXPECT_EQ(children_of(*array), "a c");

  auto* branch = b.make<IfStatement>();
  branch->test = b.id("t");
  branch->consequent = b.id("c");  // alternate stays null
  EXPECT_EQ(children_of(*branch), "t c");

  auto* loop = b.make<ForStatement>();  // init, test, update null
  loop->update = b.id("u");
  loop->body = b.make<EmptyStatement>();
  EXPECT_EQ(children_of(*loop), "u EmptyStatement");

  auto* literal = b.make<Literal>();  // no child fields at all
  literal->raw = "1";
  EXPECT_EQ(children_of(*literal), "");

  auto* shorthand = b.make<Property>();
  shorthand->key = shorthand->value = b.id("x");
  EXPECT_EQ(children_of(*shorthand), "x x");
}

TEST(VisitTest, MutableWalkCanRewriteChildren) {
  Build b;
  auto* call = b.make<CallExpression>();
  call->callee = b.id("f");
  call->arguments = b.list({b.id("a"), b.id("b")});
  for_each_child(*call, [](Node& child) { as<Identifier>(&child)->name = "z"; });
  EXPECT_EQ(children_of(*call), "z z z");
}

// Records enter and leave events; enter(Node&) sees every node.
struct Trace : Visitor<Trace, const Node> {
  std::string events;
  void enter(const Node& n) { events += "<" + std::string(kind_name(n.kind)); }
  void leave(const Node&) { events += ">"; }
};

// `a + f(b)` as an expression statement.
ExpressionStatement* sample(Build& b) {
  auto* call = b.make<CallExpression>();
  call->callee = b.id("f");
  call->arguments = b.list({b.id("b")});
  auto* sum = b.make<BinaryExpression>();
  sum->left = b.id("a");
  sum->op = Operator::Add;
  sum->right = call;
  auto* statement = b.make<ExpressionStatement>();
  statement->expression = sum;
  return statement;
}

TEST(VisitTest, PreorderEnterPostorderLeave) {
  Build b;
  Trace trace;
  trace.walk(*sample(b));
  EXPECT_EQ(trace.events,
            "<ExpressionStatement<BinaryExpression<Identifier><CallExpression<Identifier>"
            "<Identifier>>>>");
}

// The most specific overload wins; a bool enter can prune.
struct Names : Visitor<Names> {
  std::vector<std::string> names;
  int calls_entered = 0;
  int nodes = 0;
  void enter(Node&) { ++nodes; }
  void enter(Identifier& id) {
    ++nodes;
    names.emplace_back(id.name);
  }
  bool enter(CallExpression&) {
    ++nodes;
    ++calls_entered;
    return false;  // skip the callee and arguments
  }
};

TEST(VisitTest, TypedHooksAndPruning) {
  Build b;
  Names v;
  v.walk(*sample(b));
  EXPECT_EQ(v.names, (std::vector<std::string>{"a"}));
  EXPECT_EQ(v.calls_entered, 1);
  EXPECT_EQ(v.nodes, 4);  // statement, binary, a, call
}

}  // namespace
}  // namespace essa

namespace essa {
namespace {

// Literal.regex and Literal.bigint are derived from the node (no storage of their own):
// regex_of and bigint_of give C++ callers what the JSON shows.
TEST(LiteralDerivedTest, RegexAndBigIntFromTheNode) {
  const ParseResult result = parse("/[/]a\\//gi; /x/; 0x1fn; 10n; 'str'; 1;");
  ASSERT_TRUE(result.ok());
  std::vector<const Literal*> literals;
  for (const Node* stmt : result.program()->body) {
    literals.push_back(as<Literal>(static_cast<const ExpressionStatement*>(stmt)->expression));
  }
  ASSERT_EQ(literals.size(), 6u);
  EXPECT_EQ(regex_of(*literals[0]).pattern, "[/]a\\/");
  EXPECT_EQ(regex_of(*literals[0]).flags, "gi");
  EXPECT_EQ(regex_of(*literals[1]).pattern, "x");
  EXPECT_EQ(regex_of(*literals[1]).flags, "");
  EXPECT_TRUE(regex_of(*literals[1]).present());
  EXPECT_EQ(bigint_of(*literals[2]), "31");
  EXPECT_EQ(bigint_of(*literals[3]), "10");
  for (const Literal* lit : {literals[2], literals[3], literals[4], literals[5]}) {
    EXPECT_FALSE(regex_of(*lit).present());
  }
  for (const Literal* lit : {literals[0], literals[1], literals[4], literals[5]}) {
    EXPECT_EQ(bigint_of(*lit).data(), nullptr);
  }
  EXPECT_EQ(sizeof(Literal), 64u);  // header, value, raw: the derived keys take no room
}

}  // namespace
}  // namespace essa
