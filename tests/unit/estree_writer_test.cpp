// The ESTree writer on hand-built trees. Each tree is what the parser must build for its
// source, and each expected string is acorn 8.15.0's output for that source, printed by
//   JSON.stringify(acorn.parse(src, {ecmaVersion: "latest", sourceType, locations, ranges,
//                  sourceFile}), (k, v) => typeof v === "bigint" || v instanceof RegExp ? null : v,
//                  pretty ? 2 : undefined)
// (the replacer is our one declared difference: regex and BigInt values are null).
#include "essa/estree.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>

#include "essa/arena.h"
#include "essa/ast.h"
#include "essa/source.h"
#include "parse_test_util.h"

namespace essa {
namespace {

// Builds nodes over one source; offsets are byte offsets into it.
class Tree {
 public:
  explicit Tree(std::string_view src) : src_(src), index_(src_) {}

  template <class T>
  T* make(uint32_t start, uint32_t end) {
    T* n = arena_.make<T>();
    n->start = start;
    n->end = end;
    return n;
  }
  NodeList list(std::initializer_list<Node*> items) { return test::node_list(arena_, items); }
  std::string_view text(uint32_t start, uint32_t end) const {
    return src_.substr(start, end - start);
  }
  Identifier* id(uint32_t start, uint32_t end) {
    Identifier* n = make<Identifier>(start, end);
    n->name = text(start, end);
    return n;
  }
  Literal* number(uint32_t start, uint32_t end, double v) {
    Literal* n = make<Literal>(start, end);
    n->value.kind = LiteralKind::Number;
    n->value.number = v;
    n->raw = text(start, end);
    return n;
  }
  // A string literal whose cooked value is given (WTF-8).
  Literal* string(uint32_t start, uint32_t end, std::string_view cooked) {
    Literal* n = make<Literal>(start, end);
    n->value.kind = LiteralKind::String;
    n->value.string = cooked;
    n->raw = text(start, end);
    return n;
  }
  ExpressionStatement* statement(Node* expression, uint32_t end) {
    ExpressionStatement* n = make<ExpressionStatement>(expression->start, end);
    n->expression = expression;
    return n;
  }
  Program* program(std::initializer_list<Node*> body, SourceType type = SourceType::Script) {
    Program* n = make<Program>(0, static_cast<uint32_t>(src_.size()));
    n->body = list(body);
    n->source_type = type;
    return n;
  }
  // An empty-bodied function expression (methods, constructor) over [start, end).
  FunctionExpression* function(uint32_t start, uint32_t end, NodeList body, uint32_t body_start) {
    FunctionExpression* f = make<FunctionExpression>(start, end);
    BlockStatement* block = make<BlockStatement>(body_start, end);
    block->body = body;
    f->body = block;
    return f;
  }

  std::string json(const Node& root, const EstreeOptions& options = {}) const {
    return estree_json(root, index_, options);
  }

 private:
  std::string_view src_;
  LineIndex index_;
  Arena arena_;
};

TEST(EstreeWriterTest, DirectiveArrayHoleNumberAndEscapedString) {
  const std::string_view src = R"("use strict"; [1, , "a\u00e9"];)";
  Tree t(src);
  ExpressionStatement* directive = t.statement(t.string(0, 12, "use strict"), 13);
  directive->directive = t.text(1, 11);
  auto* array = t.make<ArrayExpression>(14, 30);
  array->elements = t.list({t.number(15, 16, 1), nullptr, t.string(20, 29, "a\xC3\xA9")});
  const Program* program = t.program({directive, t.statement(array, 31)});
  EXPECT_EQ(
      t.json(*program),
      R"json({"type":"Program","start":0,"end":31,"body":[{"type":"ExpressionStatement","start":0,"end":13,"expression":{"type":"Literal","start":0,"end":12,"value":"use strict","raw":"\"use strict\""},"directive":"use strict"},{"type":"ExpressionStatement","start":14,"end":31,"expression":{"type":"ArrayExpression","start":14,"end":30,"elements":[{"type":"Literal","start":15,"end":16,"value":1,"raw":"1"},null,{"type":"Literal","start":20,"end":29,"value":"aé","raw":"\"a\\u00e9\""}]}}],"sourceType":"script"})json");
}

TEST(EstreeWriterTest, OperatorsRegexBigintNullBooleanNumbers) {
  const std::string_view src = "x += /a+/gu; y = 10n ?? null; !true || 1e21 * 0.1 - 0x10;";
  Tree t(src);
  auto* regex = t.make<Literal>(5, 11);
  regex->value.kind = LiteralKind::RegExp;
  regex->raw = t.text(5, 11);
  auto* add = t.make<AssignmentExpression>(0, 11);
  add->op = Operator::AddAssign;
  add->left = t.id(0, 1);
  add->right = regex;

  auto* bigint = t.make<Literal>(17, 20);
  bigint->value.kind = LiteralKind::BigInt;
  bigint->raw = t.text(17, 20);
  bigint->value.string = t.text(17, 19);
  auto* null = t.make<Literal>(24, 28);
  null->value.kind = LiteralKind::Null;
  null->raw = t.text(24, 28);
  auto* coalesce = t.make<LogicalExpression>(17, 28);
  coalesce->left = bigint;
  coalesce->op = Operator::Coalesce;
  coalesce->right = null;
  auto* assign = t.make<AssignmentExpression>(13, 28);
  assign->op = Operator::Assign;
  assign->left = t.id(13, 14);
  assign->right = coalesce;

  auto* yes = t.make<Literal>(31, 35);
  yes->value.kind = LiteralKind::Boolean;
  yes->value.boolean = true;
  yes->raw = t.text(31, 35);
  auto* negate = t.make<UnaryExpression>(30, 35);
  negate->op = Operator::Not;
  negate->prefix = true;
  negate->argument = yes;
  auto* product = t.make<BinaryExpression>(39, 49);
  product->left = t.number(39, 43, 1e21);
  product->op = Operator::Mul;
  product->right = t.number(46, 49, 0.1);
  auto* difference = t.make<BinaryExpression>(39, 56);
  difference->left = product;
  difference->op = Operator::Sub;
  difference->right = t.number(52, 56, 16);
  auto* either = t.make<LogicalExpression>(30, 56);
  either->left = negate;
  either->op = Operator::Or;
  either->right = difference;

  const Program* program =
      t.program({t.statement(add, 12), t.statement(assign, 29), t.statement(either, 57)});
  EXPECT_EQ(
      t.json(*program),
      R"json({"type":"Program","start":0,"end":57,"body":[{"type":"ExpressionStatement","start":0,"end":12,"expression":{"type":"AssignmentExpression","start":0,"end":11,"operator":"+=","left":{"type":"Identifier","start":0,"end":1,"name":"x"},"right":{"type":"Literal","start":5,"end":11,"value":null,"raw":"/a+/gu","regex":{"pattern":"a+","flags":"gu"}}}},{"type":"ExpressionStatement","start":13,"end":29,"expression":{"type":"AssignmentExpression","start":13,"end":28,"operator":"=","left":{"type":"Identifier","start":13,"end":14,"name":"y"},"right":{"type":"LogicalExpression","start":17,"end":28,"left":{"type":"Literal","start":17,"end":20,"value":null,"raw":"10n","bigint":"10"},"operator":"??","right":{"type":"Literal","start":24,"end":28,"value":null,"raw":"null"}}}},{"type":"ExpressionStatement","start":30,"end":57,"expression":{"type":"LogicalExpression","start":30,"end":56,"left":{"type":"UnaryExpression","start":30,"end":35,"operator":"!","prefix":true,"argument":{"type":"Literal","start":31,"end":35,"value":true,"raw":"true"}},"operator":"||","right":{"type":"BinaryExpression","start":39,"end":56,"left":{"type":"BinaryExpression","start":39,"end":49,"left":{"type":"Literal","start":39,"end":43,"value":1e+21,"raw":"1e21"},"operator":"*","right":{"type":"Literal","start":46,"end":49,"value":0.1,"raw":"0.1"}},"operator":"-","right":{"type":"Literal","start":52,"end":56,"value":16,"raw":"0x10"}}}}],"sourceType":"script"})json");
}

TEST(EstreeWriterTest, TemplateWithInvalidEscapeHasNullCooked) {
  const std::string_view src = R"(tag`\unicode${x}b`; `a`;)";
  Tree t(src);
  auto* first = t.make<TemplateElement>(4, 12);
  first->value = {t.text(4, 12), {}, false};
  auto* last = t.make<TemplateElement>(16, 17);
  last->value = {t.text(16, 17), t.text(16, 17), true};
  last->tail = true;
  auto* quasi = t.make<TemplateLiteral>(3, 18);
  quasi->expressions = t.list({t.id(14, 15)});
  quasi->quasis = t.list({first, last});
  auto* tagged = t.make<TaggedTemplateExpression>(0, 18);
  tagged->tag = t.id(0, 3);
  tagged->quasi = quasi;

  auto* only = t.make<TemplateElement>(21, 22);
  only->value = {t.text(21, 22), t.text(21, 22), true};
  only->tail = true;
  auto* plain = t.make<TemplateLiteral>(20, 23);
  plain->quasis = t.list({only});

  const Program* program = t.program({t.statement(tagged, 19), t.statement(plain, 24)});
  EXPECT_EQ(
      t.json(*program),
      R"json({"type":"Program","start":0,"end":24,"body":[{"type":"ExpressionStatement","start":0,"end":19,"expression":{"type":"TaggedTemplateExpression","start":0,"end":18,"tag":{"type":"Identifier","start":0,"end":3,"name":"tag"},"quasi":{"type":"TemplateLiteral","start":3,"end":18,"expressions":[{"type":"Identifier","start":14,"end":15,"name":"x"}],"quasis":[{"type":"TemplateElement","start":4,"end":12,"value":{"raw":"\\unicode","cooked":null},"tail":false},{"type":"TemplateElement","start":16,"end":17,"value":{"raw":"b","cooked":"b"},"tail":true}]}}},{"type":"ExpressionStatement","start":20,"end":24,"expression":{"type":"TemplateLiteral","start":20,"end":23,"expressions":[],"quasis":[{"type":"TemplateElement","start":21,"end":22,"value":{"raw":"a","cooked":"a"},"tail":true}]}}],"sourceType":"script"})json");
}

TEST(EstreeWriterTest, PatternsShorthandSharesOneNode) {
  const std::string_view src = "let {a, b: c = 1, ...r} = o, [d, , ...e] = p;";
  Tree t(src);
  auto* shorthand = t.make<Property>(5, 6);
  shorthand->shorthand = true;
  shorthand->key = shorthand->value = t.id(5, 6);  // one node, written twice
  auto* with_default = t.make<AssignmentPattern>(11, 16);
  with_default->left = t.id(11, 12);
  with_default->right = t.number(15, 16, 1);
  auto* renamed = t.make<Property>(8, 16);
  renamed->key = t.id(8, 9);
  renamed->value = with_default;
  auto* rest = t.make<RestElement>(18, 22);
  rest->argument = t.id(21, 22);
  auto* object = t.make<ObjectPattern>(4, 23);
  object->properties = t.list({shorthand, renamed, rest});
  auto* first = t.make<VariableDeclarator>(4, 27);
  first->id = object;
  first->init = t.id(26, 27);

  auto* array_rest = t.make<RestElement>(35, 39);
  array_rest->argument = t.id(38, 39);
  auto* array = t.make<ArrayPattern>(29, 40);
  array->elements = t.list({t.id(30, 31), nullptr, array_rest});
  auto* second = t.make<VariableDeclarator>(29, 44);
  second->id = array;
  second->init = t.id(43, 44);

  auto* declaration = t.make<VariableDeclaration>(0, 45);
  declaration->declarations = t.list({first, second});
  declaration->kind = VarKind::Let;
  EXPECT_EQ(
      t.json(*t.program({declaration})),
      R"json({"type":"Program","start":0,"end":45,"body":[{"type":"VariableDeclaration","start":0,"end":45,"declarations":[{"type":"VariableDeclarator","start":4,"end":27,"id":{"type":"ObjectPattern","start":4,"end":23,"properties":[{"type":"Property","start":5,"end":6,"method":false,"shorthand":true,"computed":false,"key":{"type":"Identifier","start":5,"end":6,"name":"a"},"value":{"type":"Identifier","start":5,"end":6,"name":"a"},"kind":"init"},{"type":"Property","start":8,"end":16,"method":false,"shorthand":false,"computed":false,"key":{"type":"Identifier","start":8,"end":9,"name":"b"},"value":{"type":"AssignmentPattern","start":11,"end":16,"left":{"type":"Identifier","start":11,"end":12,"name":"c"},"right":{"type":"Literal","start":15,"end":16,"value":1,"raw":"1"}},"kind":"init"},{"type":"RestElement","start":18,"end":22,"argument":{"type":"Identifier","start":21,"end":22,"name":"r"}}]},"init":{"type":"Identifier","start":26,"end":27,"name":"o"}},{"type":"VariableDeclarator","start":29,"end":44,"id":{"type":"ArrayPattern","start":29,"end":40,"elements":[{"type":"Identifier","start":30,"end":31,"name":"d"},null,{"type":"RestElement","start":35,"end":39,"argument":{"type":"Identifier","start":38,"end":39,"name":"e"}}]},"init":{"type":"Identifier","start":43,"end":44,"name":"p"}}],"kind":"let"}],"sourceType":"script"})json");
}

TEST(EstreeWriterTest, ClassMembersMethodKindsAndNullChildren) {
  const std::string_view src =
      "class A extends B { static get x() { return; } #p = 1; static {} constructor() { "
      "super(); } }";
  Tree t(src);
  auto* ret = t.make<ReturnStatement>(37, 44);  // argument stays null
  auto* getter = t.make<MethodDefinition>(20, 46);
  getter->is_static = true;
  getter->key = t.id(31, 32);
  getter->kind = MethodKind::Get;
  getter->value = t.function(32, 46, t.list({ret}), 35);

  auto* field = t.make<PropertyDefinition>(47, 54);
  auto* private_name = t.make<PrivateIdentifier>(47, 49);
  private_name->name = t.text(48, 49);
  field->key = private_name;
  field->value = t.number(52, 53, 1);

  auto* block = t.make<StaticBlock>(55, 64);

  auto* call = t.make<CallExpression>(81, 88);
  call->callee = t.make<Super>(81, 86);
  auto* constructor = t.make<MethodDefinition>(65, 91);
  constructor->key = t.id(65, 76);
  constructor->kind = MethodKind::Constructor;
  constructor->value = t.function(76, 91, t.list({t.statement(call, 89)}), 79);

  auto* body = t.make<ClassBody>(18, 93);
  body->body = t.list({getter, field, block, constructor});
  auto* klass = t.make<ClassDeclaration>(0, 93);
  klass->id = t.id(6, 7);
  klass->super_class = t.id(16, 17);
  klass->body = body;
  EXPECT_EQ(
      t.json(*t.program({klass})),
      R"json({"type":"Program","start":0,"end":93,"body":[{"type":"ClassDeclaration","start":0,"end":93,"id":{"type":"Identifier","start":6,"end":7,"name":"A"},"superClass":{"type":"Identifier","start":16,"end":17,"name":"B"},"body":{"type":"ClassBody","start":18,"end":93,"body":[{"type":"MethodDefinition","start":20,"end":46,"static":true,"computed":false,"key":{"type":"Identifier","start":31,"end":32,"name":"x"},"kind":"get","value":{"type":"FunctionExpression","start":32,"end":46,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":35,"end":46,"body":[{"type":"ReturnStatement","start":37,"end":44,"argument":null}]}}},{"type":"PropertyDefinition","start":47,"end":54,"static":false,"computed":false,"key":{"type":"PrivateIdentifier","start":47,"end":49,"name":"p"},"value":{"type":"Literal","start":52,"end":53,"value":1,"raw":"1"}},{"type":"StaticBlock","start":55,"end":64,"body":[]},{"type":"MethodDefinition","start":65,"end":91,"static":false,"computed":false,"key":{"type":"Identifier","start":65,"end":76,"name":"constructor"},"kind":"constructor","value":{"type":"FunctionExpression","start":76,"end":91,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":79,"end":91,"body":[{"type":"ExpressionStatement","start":81,"end":89,"expression":{"type":"CallExpression","start":81,"end":88,"callee":{"type":"Super","start":81,"end":86},"arguments":[],"optional":false}}]}}}]}}],"sourceType":"script"})json");
}

TEST(EstreeWriterTest, ModuleDeclarationsAndSourceType) {
  const std::string_view src =
      R"(import x, {y as z} from "m" with {type: "json"}; export * as w from "n"; export default function () {})";
  Tree t(src);
  auto* default_specifier = t.make<ImportDefaultSpecifier>(7, 8);
  default_specifier->local = t.id(7, 8);
  auto* specifier = t.make<ImportSpecifier>(11, 17);
  specifier->imported = t.id(11, 12);
  specifier->local = t.id(16, 17);
  auto* attribute = t.make<ImportAttribute>(34, 46);
  attribute->key = t.id(34, 38);
  attribute->value = t.string(40, 46, "json");
  auto* import = t.make<ImportDeclaration>(0, 48);
  import->specifiers = t.list({default_specifier, specifier});
  import->source = t.string(24, 27, "m");
  import->attributes = t.list({attribute});

  auto* export_all = t.make<ExportAllDeclaration>(49, 72);
  export_all->exported = t.id(61, 62);
  export_all->source = t.string(68, 71, "n");

  auto* function = t.make<FunctionDeclaration>(88, 102);
  function->body = t.make<BlockStatement>(100, 102);
  auto* export_default = t.make<ExportDefaultDeclaration>(73, 102);
  export_default->declaration = function;

  EXPECT_EQ(
      t.json(*t.program({import, export_all, export_default}, SourceType::Module)),
      R"json({"type":"Program","start":0,"end":102,"body":[{"type":"ImportDeclaration","start":0,"end":48,"specifiers":[{"type":"ImportDefaultSpecifier","start":7,"end":8,"local":{"type":"Identifier","start":7,"end":8,"name":"x"}},{"type":"ImportSpecifier","start":11,"end":17,"imported":{"type":"Identifier","start":11,"end":12,"name":"y"},"local":{"type":"Identifier","start":16,"end":17,"name":"z"}}],"source":{"type":"Literal","start":24,"end":27,"value":"m","raw":"\"m\""},"attributes":[{"type":"ImportAttribute","start":34,"end":46,"key":{"type":"Identifier","start":34,"end":38,"name":"type"},"value":{"type":"Literal","start":40,"end":46,"value":"json","raw":"\"json\""}}]},{"type":"ExportAllDeclaration","start":49,"end":72,"exported":{"type":"Identifier","start":61,"end":62,"name":"w"},"source":{"type":"Literal","start":68,"end":71,"value":"n","raw":"\"n\""},"attributes":[]},{"type":"ExportDefaultDeclaration","start":73,"end":102,"declaration":{"type":"FunctionDeclaration","start":88,"end":102,"id":null,"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":100,"end":102,"body":[]}}}],"sourceType":"module"})json");
}

TEST(EstreeWriterTest, UsingDeclarationKindsWithRange) {
  const std::string_view src = "async function f() { await using a = b; for (using c of d); }";
  Tree t(src);
  auto* a = t.make<VariableDeclarator>(33, 38);
  a->id = t.id(33, 34);
  a->init = t.id(37, 38);
  auto* await_using = t.make<VariableDeclaration>(21, 39);
  await_using->declarations = t.list({a});
  await_using->kind = VarKind::AwaitUsing;
  auto* c = t.make<VariableDeclarator>(51, 52);
  c->id = t.id(51, 52);
  auto* using_c = t.make<VariableDeclaration>(45, 52);
  using_c->declarations = t.list({c});
  using_c->kind = VarKind::Using;
  auto* loop = t.make<ForOfStatement>(40, 59);
  loop->left = using_c;
  loop->right = t.id(56, 57);
  loop->body = t.make<EmptyStatement>(58, 59);
  auto* body = t.make<BlockStatement>(19, 61);
  body->body = t.list({await_using, loop});
  auto* f = t.make<FunctionDeclaration>(0, 61);
  f->id = t.id(15, 16);
  f->is_async = true;
  f->body = body;
  EXPECT_EQ(
      t.json(*t.program({f}), {.range = true}),
      R"json({"type":"Program","start":0,"end":61,"range":[0,61],"body":[{"type":"FunctionDeclaration","start":0,"end":61,"range":[0,61],"id":{"type":"Identifier","start":15,"end":16,"range":[15,16],"name":"f"},"expression":false,"generator":false,"async":true,"params":[],"body":{"type":"BlockStatement","start":19,"end":61,"range":[19,61],"body":[{"type":"VariableDeclaration","start":21,"end":39,"range":[21,39],"declarations":[{"type":"VariableDeclarator","start":33,"end":38,"range":[33,38],"id":{"type":"Identifier","start":33,"end":34,"range":[33,34],"name":"a"},"init":{"type":"Identifier","start":37,"end":38,"range":[37,38],"name":"b"}}],"kind":"await using"},{"type":"ForOfStatement","start":40,"end":59,"range":[40,59],"await":false,"left":{"type":"VariableDeclaration","start":45,"end":52,"range":[45,52],"declarations":[{"type":"VariableDeclarator","start":51,"end":52,"range":[51,52],"id":{"type":"Identifier","start":51,"end":52,"range":[51,52],"name":"c"},"init":null}],"kind":"using"},"right":{"type":"Identifier","start":56,"end":57,"range":[56,57],"name":"d"},"body":{"type":"EmptyStatement","start":58,"end":59,"range":[58,59]}}]}}],"sourceType":"script"})json");
}

// `a = [, {}];` for the loc-only, source and pretty tests.
const Program* assignment_of_array(Tree& t) {
  auto* object = t.make<ObjectExpression>(7, 9);
  auto* array = t.make<ArrayExpression>(4, 10);
  array->elements = t.list({nullptr, object});
  auto* assign = t.make<AssignmentExpression>(0, 10);
  assign->op = Operator::Assign;
  assign->left = t.id(0, 1);
  assign->right = array;
  return t.program({t.statement(assign, 11)});
}

TEST(EstreeWriterTest, LocWithoutSourceFile) {
  Tree t("a = [, {}];");
  EXPECT_EQ(
      t.json(*assignment_of_array(t), {.loc = true}),
      R"json({"type":"Program","start":0,"end":11,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":11}},"body":[{"type":"ExpressionStatement","start":0,"end":11,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":11}},"expression":{"type":"AssignmentExpression","start":0,"end":10,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":10}},"operator":"=","left":{"type":"Identifier","start":0,"end":1,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":1}},"name":"a"},"right":{"type":"ArrayExpression","start":4,"end":10,"loc":{"start":{"line":1,"column":4},"end":{"line":1,"column":10}},"elements":[null,{"type":"ObjectExpression","start":7,"end":9,"loc":{"start":{"line":1,"column":7},"end":{"line":1,"column":9}},"properties":[]}]}}}],"sourceType":"script"})json");
}

TEST(EstreeWriterTest, EmptySourceFileIsStillWritten) {
  // acorn adds "source" whenever sourceFile is not null, "" included.
  Tree t(R"("a")");
  ExpressionStatement* s = t.statement(t.string(0, 3, "a"), 3);
  s->directive = t.text(1, 2);
  EXPECT_EQ(
      t.json(*t.program({s}), {.loc = true, .source_file = ""}),
      R"json({"type":"Program","start":0,"end":3,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":3},"source":""},"body":[{"type":"ExpressionStatement","start":0,"end":3,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":3},"source":""},"expression":{"type":"Literal","start":0,"end":3,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":3},"source":""},"value":"a","raw":"\"a\""},"directive":"a"}],"sourceType":"script"})json");
  // Without loc there is nowhere to put it.
  EXPECT_EQ(
      t.json(*t.program({s}), {.range = true, .source_file = "x.js"}),
      R"json({"type":"Program","start":0,"end":3,"range":[0,3],"body":[{"type":"ExpressionStatement","start":0,"end":3,"range":[0,3],"expression":{"type":"Literal","start":0,"end":3,"range":[0,3],"value":"a","raw":"\"a\""},"directive":"a"}],"sourceType":"script"})json");
}

TEST(EstreeWriterTest, NonAsciiPositionsInUtf16WithLocRangeAndSource) {
  // "// é" CRLF, an astral identifier (2 UTF-16 units, 4 bytes), a string holding a lone
  // surrogate and an astral character, U+2028 as a line break, a tab, a 2-byte character.
  const std::string_view src =
      "// \xC3\xA9\r\nlet \xF0\x9D\x91\xA5 = \"\\ud800\xF0\x9F\x98\x80\";\xE2\x80\xA8"
      "\xF0\x9D\x91\xA5\n\t'\xC3\xA9'";
  ASSERT_EQ(src.size(), 44u);
  Tree t(src);
  auto* declarator = t.make<VariableDeclarator>(11, 30);
  declarator->id = t.id(11, 15);
  declarator->init = t.string(18, 30, "\xED\xA0\x80\xF0\x9F\x98\x80");  // WTF-8 lone D800
  auto* declaration = t.make<VariableDeclaration>(7, 31);
  declaration->declarations = t.list({declarator});
  declaration->kind = VarKind::Let;
  const Program* program = t.program(
      {declaration, t.statement(t.id(34, 38), 38), t.statement(t.string(40, 44, "\xC3\xA9"), 44)});
  EXPECT_EQ(
      t.json(*program, {.loc = true, .range = true, .source_file = "pos.js"}), R"json({"type":"Program","start":0,"end":34,"loc":{"start":{"line":1,"column":0},"end":{"line":4,"column":4},"source":"pos.js"},"range":[0,34],"body":[{"type":"VariableDeclaration","start":6,"end":26,"loc":{"start":{"line":2,"column":0},"end":{"line":2,"column":20},"source":"pos.js"},"range":[6,26],"declarations":[{"type":"VariableDeclarator","start":10,"end":25,"loc":{"start":{"line":2,"column":4},"end":{"line":2,"column":19},"source":"pos.js"},"range":[10,25],"id":{"type":"Identifier","start":10,"end":12,"loc":{"start":{"line":2,"column":4},"end":{"line":2,"column":6},"source":"pos.js"},"range":[10,12],"name":"𝑥"},"init":{"type":"Literal","start":15,"end":25,"loc":{"start":{"line":2,"column":9},"end":{"line":2,"column":19},"source":"pos.js"},"range":[15,25],"value":"\ud800😀","raw":"\"\\ud800😀\""}}],"kind":"let"},{"type":"ExpressionStatement","start":27,"end":29,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":2},"source":"pos.js"},"range":[27,29],"expression":{"type":"Identifier","start":27,"end":29,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":2},"source":"pos.js"},"range":[27,29],"name":"𝑥"}},{"type":"ExpressionStatement","start":31,"end":34,"loc":{"start":{"line":4,"column":1},"end":{"line":4,"column":4},"source":"pos.js"},"range":[31,34],"expression":{"type":"Literal","start":31,"end":34,"loc":{"start":{"line":4,"column":1},"end":{"line":4,"column":4},"source":"pos.js"},"range":[31,34],"value":"é","raw":"'é'"}}],"sourceType":"script"})json");
  // Without loc only the offsets change: UTF-16, not bytes.
  const std::string plain = t.json(*program);
  EXPECT_NE(plain.find(R"("type":"Identifier","start":27,"end":29,"name":"𝑥")"), std::string::npos)
      << plain;
}

TEST(EstreeWriterTest, PrettyIsJsonStringifyWithTwoSpaces) {
  Tree t("a = [, {}];");
  EXPECT_EQ(t.json(*assignment_of_array(t), {.range = true, .pretty = true}), R"json({
  "type": "Program",
  "start": 0,
  "end": 11,
  "range": [
    0,
    11
  ],
  "body": [
    {
      "type": "ExpressionStatement",
      "start": 0,
      "end": 11,
      "range": [
        0,
        11
      ],
      "expression": {
        "type": "AssignmentExpression",
        "start": 0,
        "end": 10,
        "range": [
          0,
          10
        ],
        "operator": "=",
        "left": {
          "type": "Identifier",
          "start": 0,
          "end": 1,
          "range": [
            0,
            1
          ],
          "name": "a"
        },
        "right": {
          "type": "ArrayExpression",
          "start": 4,
          "end": 10,
          "range": [
            4,
            10
          ],
          "elements": [
            null,
            {
              "type": "ObjectExpression",
              "start": 7,
              "end": 9,
              "range": [
                7,
                9
              ],
              "properties": []
            }
          ]
        }
      }
    }
  ],
  "sourceType": "script"
})json");
}

// A chain of `!` n deep: `!!...!x`.
const Node* negations(Tree& t, uint32_t n) {
  Node* inner = t.id(n, n + 1);
  for (uint32_t i = n; i-- > 0;) {
    auto* u = t.make<UnaryExpression>(i, n + 1);
    u->op = Operator::Not;
    u->prefix = true;
    u->argument = inner;
    inner = u;
  }
  return inner;
}

std::size_t count(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string_view::npos;
       at = text.find(what, at + what.size())) {
    ++n;
  }
  return n;
}

TEST(EstreeWriterTest, TreeAsDeepAsTheLimitIsWritten) {
  constexpr uint32_t kNots = kEstreeMaxDepth - 1;  // and the Identifier: kEstreeMaxDepth levels
  const std::string src = std::string(kNots, '!') + "x";
  Tree t(src);
  const std::string json = t.json(*negations(t, kNots));
  const std::string head =
      R"({"type":"UnaryExpression","start":0,"end":10000,"operator":"!","prefix":true,)"
      R"("argument":{"type":"UnaryExpression","start":1,"end":10000,)";
  EXPECT_EQ(json.substr(0, head.size()), head);
  const std::string tail =
      R"({"type":"Identifier","start":9999,"end":10000,"name":"x"})" + std::string(kNots, '}');
  ASSERT_GE(json.size(), tail.size());
  EXPECT_EQ(json.substr(json.size() - tail.size()), tail);
  EXPECT_EQ(count(json, "UnaryExpression"), kNots);
}

// Past max_depth the writer refuses instead of overflowing the stack; what it has streamed
// stays well-formed JSON, with null where the cut subtree would be.
TEST(EstreeWriterTest, TreeDeeperThanTheLimitFailsCleanly) {
  const std::string src = std::string(kEstreeMaxDepth, '!') + "x";
  Tree t(src);
  const Node* root = negations(t, kEstreeMaxDepth);  // one level too many: the Identifier
  EXPECT_EQ(t.json(*root), "");
  std::string streamed;
  const LineIndex index(src);
  EXPECT_FALSE(
      write_estree([](void* ctx, const char* data,
                      std::size_t size) { static_cast<std::string*>(ctx)->append(data, size); },
                   &streamed, *root, index, {}));
  const std::string tail = R"("argument":null)" + std::string(kEstreeMaxDepth, '}');
  ASSERT_GE(streamed.size(), tail.size());
  EXPECT_EQ(streamed.substr(streamed.size() - tail.size()), tail);
  EXPECT_EQ(count(streamed, "UnaryExpression"), kEstreeMaxDepth);
  EXPECT_EQ(count(streamed, "Identifier"), 0u);
}

TEST(EstreeWriterTest, MaxDepthOptionCountsTreeLevels) {
  Tree t("!!x");
  const Node* root = negations(t, 2);
  EstreeOptions options;
  options.max_depth = 3;
  EXPECT_EQ(
      t.json(*root, options),
      R"({"type":"UnaryExpression","start":0,"end":3,"operator":"!","prefix":true,"argument":{"type":"UnaryExpression","start":1,"end":3,"operator":"!","prefix":true,"argument":{"type":"Identifier","start":2,"end":3,"name":"x"}}})");
  options.max_depth = 2;
  EXPECT_EQ(t.json(*root, options), "");
}

}  // namespace
}  // namespace essa
