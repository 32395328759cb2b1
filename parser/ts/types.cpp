// TypeScript types (ParseOptions::typescript), as typescript-estree builds them: function and
// constructor types, conditional types, unions and intersections (a leading `|` or `&`
// allowed), type operators and `infer`, array and indexed-access postfixes, keyword, literal,
// template literal, reference, query, import, tuple and parenthesized types. Object type
// literals and mapped types are in type_members.cpp, type parameters, parameter lists and
// return types in signatures.cpp. What the current stage does not parse yet is an error that
// says so (docs/typescript.md), never a wrong tree.
#include <string_view>

#include "parser.h"

namespace essa {
namespace {

// Tokens that no type starts with and that close a construct: where a list or a bracket
// expects a type, TypeScript's parser expects its closing token there (`A<;` is "'>'
// expected.", `T[;` "']' expected."), not a type.
bool ends_ts_type(TokenKind k) {
  switch (k) {
    case TokenKind::Semicolon:
    case TokenKind::RParen:
    case TokenKind::RBracket:
    case TokenKind::RBrace:
    case TokenKind::Assign:
    case TokenKind::Colon:
    case TokenKind::Arrow:
    case TokenKind::Eof:
      return true;
    default:
      return false;
  }
}

// The TS-ESTree keyword type of a name, or nullptr.
Node* make_keyword_type(Arena& arena, std::string_view name) {
  switch (name.size()) {
    case 3:
      if (Parser::ts_word_is(name, "any")) return arena.make<TSAnyKeyword>();
      break;
    case 5:
      if (Parser::ts_word_is(name, "never")) return arena.make<TSNeverKeyword>();
      break;
    case 6:
      if (Parser::ts_word_is(name, "number")) return arena.make<TSNumberKeyword>();
      if (Parser::ts_word_is(name, "string")) return arena.make<TSStringKeyword>();
      if (Parser::ts_word_is(name, "bigint")) return arena.make<TSBigIntKeyword>();
      if (Parser::ts_word_is(name, "symbol")) return arena.make<TSSymbolKeyword>();
      if (Parser::ts_word_is(name, "object")) return arena.make<TSObjectKeyword>();
      break;
    case 7:
      if (Parser::ts_word_is(name, "unknown")) return arena.make<TSUnknownKeyword>();
      if (Parser::ts_word_is(name, "boolean")) return arena.make<TSBooleanKeyword>();
      break;
    case 9:
      if (Parser::ts_word_is(name, "undefined")) return arena.make<TSUndefinedKeyword>();
      break;
    default:
      break;
  }
  return nullptr;
}

}  // namespace

Node* Parser::parse_ts_type_annotation() {
  auto* annotation = make<TSTypeAnnotation>(tok().start);
  next();  // `:`
  annotation->type_annotation = parse_ts_type();
  return finish(annotation);
}

// Type: a function or constructor type, or a union type that `extends` may make the check
// type of a conditional type (TypeScript's parseType). After `extends` no conditional type
// may follow until a primary type opens a new context (`A extends (B extends C ? D : E) ?`).
Node* Parser::parse_ts_type() {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  if (at_ts_function_type_start()) return parse_ts_function_type();
  const uint32_t start = tok().start;
  Node* type = parse_ts_union_or_intersection(true);
  if (ts_no_conditional_ || failed() || !at(TokenKind::Extends) || tok().newline_before()) {
    return type;
  }
  next();  // `extends`
  auto* node = make<TSConditionalType>(start);
  node->check_type = type;
  {
    TsConditionalScope no_conditional(*this, true);
    node->extends_type = parse_ts_type();
  }
  if (!expect_ts(TokenKind::Question, "?")) return invalid();
  TsConditionalScope conditional(*this, false);
  node->true_type = parse_ts_type();
  if (!expect_ts(TokenKind::Colon, ":")) return invalid();
  node->false_type = parse_ts_type();
  return finish(node);
}

// `[|] A | B` (union_type) or `[&] A & B`: a lone member without a leading operator is
// itself; with one (`| A`), a union of one, as TypeScript builds it.
Node* Parser::parse_ts_union_or_intersection(bool union_type) {
  const TokenKind op = union_type ? TokenKind::Pipe : TokenKind::Amp;
  const uint32_t start = tok().start;
  const bool leading = eat(op);
  auto member = [&] {
    return union_type ? parse_ts_union_or_intersection(false) : parse_ts_type_operator();
  };
  Node* first = member();
  if (!leading && !at(op)) return first;
  const size_t mark = list_mark();
  push(first);
  while (!failed() && eat(op)) push(member());
  NodeList types = take_list(mark);
  if (union_type) {
    auto* node = make<TSUnionType>(start);
    node->types = types;
    return finish(node);
  }
  auto* node = make<TSIntersectionType>(start);
  node->types = types;
  return finish(node);
}

// `keyof T`, `unique symbol`, `readonly T[]`, `infer U [extends C]`, else a postfix type.
Node* Parser::parse_ts_type_operator() {
  const uint32_t start = tok().start;
  if (at(TokenKind::Identifier) && !tok().escaped()) {
    const std::string_view word = lexer_.text(tok());
    Operator op = Operator::Keyof;
    bool is_operator = true;
    if (ts_word_is(word, "keyof")) {
      op = Operator::Keyof;
    } else if (ts_word_is(word, "unique")) {
      op = Operator::Unique;
    } else if (ts_word_is(word, "readonly")) {
      op = Operator::Readonly;
    } else if (ts_word_is(word, "infer")) {
      return parse_ts_infer_type();
    } else {
      is_operator = false;
    }
    if (is_operator) {
      // As in TypeScript's parser, `keyof`, `unique` and `readonly` here always take an
      // operand: `type A = keyof;` is "Type expected.", not a type named keyof.
      DepthGuard guard(*this);
      if (guard.too_deep()) return invalid();
      next();
      auto* node = make<TSTypeOperator>(start);
      node->op = op;
      node->type_annotation = parse_ts_type_operator();
      return finish(node);
    }
  }
  TsConditionalScope conditional(*this, false);
  return parse_ts_postfix_type();
}

// `infer U`, or `infer U extends C` where the constraint is taken unless conditional types
// are allowed here and a `?` follows it (then `extends` opens a conditional type), as
// TypeScript decides.
Node* Parser::parse_ts_infer_type() {
  auto* node = make<TSInferType>(tok().start);
  next();  // `infer`
  auto* parameter = make<TSTypeParameter>(tok().start);
  parameter->name = parse_identifier(false);
  if (!failed() && at(TokenKind::Extends)) {
    const Lexer::Checkpoint cp = lexer_.checkpoint();
    const uint32_t saved_end = prev_end_;
    const size_t mark = list_mark();
    next();  // `extends`
    Node* constraint;
    {
      TsConditionalScope no_conditional(*this, true);
      constraint = parse_ts_type();
    }
    if (!ts_no_conditional_ && !failed() && at(TokenKind::Question)) {
      scratch_.resize(mark);
      lexer_.rewind(cp);
      prev_end_ = saved_end;
    } else {
      parameter->constraint = constraint;
    }
  }
  node->type_parameter = finish(parameter);
  return finish(node);
}

// `T[]` and `T[K]`, left to right, with no line break before the `[`.
Node* Parser::parse_ts_postfix_type() {
  const uint32_t start = tok().start;
  Node* type = parse_ts_primary_type();
  ChainDepth chain(*this);
  while (!failed() && at(TokenKind::LBracket) && !tok().newline_before()) {
    next();
    if (ends_ts_type(kind()) && !at(TokenKind::RBracket)) return raise(tok().start, Msg::TsExpected, "]");
    if (eat(TokenKind::RBracket)) {
      auto* array = make<TSArrayType>(start);
      array->element_type = type;
      type = finish(array);
    } else {
      auto* access = make<TSIndexedAccessType>(start);
      access->object_type = type;
      access->index_type = parse_ts_type();
      if (!expect(TokenKind::RBracket)) return invalid();
      type = finish(access);
    }
    if (!chain.add_link()) return invalid();
  }
  return type;
}

Node* Parser::parse_ts_primary_type() {
  const uint32_t start = tok().start;
  switch (partial(kind())) {
    case partial(TokenKind::Void):
      next();
      return finish(make<TSVoidKeyword>(start));
    case partial(TokenKind::Null):
      next();
      return finish(make<TSNullKeyword>(start));
    case partial(TokenKind::This): {
      next();
      Node* this_type = finish(make<TSThisType>(start));
      if (at_ts_word("is") && !tok().newline_before()) {
        return parse_ts_type_predicate(start, false, this_type);
      }
      return this_type;
    }
    case partial(TokenKind::Typeof):
      return parse_ts_type_query();
    case partial(TokenKind::String):
    case partial(TokenKind::Number):
    case partial(TokenKind::BigInt):
    case partial(TokenKind::True):
    case partial(TokenKind::False):
    case partial(TokenKind::Minus):
      return parse_ts_literal_type();
    case partial(TokenKind::NoSubstitutionTemplate): {
      auto* node = make<TSLiteralType>(start);
      node->literal = parse_template(false);
      return finish(node);
    }
    case partial(TokenKind::TemplateHead):
      return parse_ts_template_literal_type();
    case partial(TokenKind::LParen): {
      // A function type here is one in a union or an operand (`A | (() => B)` needs none of
      // the parentheses TypeScript asks for, and is read as it reads it).
      if (at_ts_function_type_start()) return parse_ts_function_type();
      next();
      Node* inner = parse_ts_type();
      if (!expect(TokenKind::RParen)) return invalid();
      return inner;  // TS-ESTree keeps no node for the parentheses
    }
    case partial(TokenKind::LBracket):
      return parse_ts_tuple_type();
    case partial(TokenKind::LBrace):
      return at_ts_mapped_type() ? parse_ts_mapped_type() : parse_ts_type_literal();
    case partial(TokenKind::Lt):
    case partial(TokenKind::New):
      return parse_ts_function_type();
    case partial(TokenKind::Import):
      return parse_ts_import_type();
    default:
      break;
  }
  if (is_identifier_name(kind())) {
    if (Node* keyword = parse_ts_keyword_type()) return keyword;
    return parse_ts_type_reference();
  }
  return raise(tok().start, Msg::TsTypeExpected);
}

Node* Parser::parse_ts_keyword_type() {
  if (!at(TokenKind::Identifier) || tok().escaped()) return nullptr;
  // `number.x` would be a qualified name; TypeScript reads the keyword as a name there.
  Node* keyword = make_keyword_type(arena_, lexer_.text(tok()));
  if (keyword == nullptr) return nullptr;
  if (peek().kind == TokenKind::Dot) return nullptr;
  keyword->start = tok().start;
  next();
  return finish(keyword);
}

Node* Parser::parse_ts_entity_name() {
  const uint32_t start = tok().start;
  Node* name = parse_identifier(true);
  ChainDepth chain(*this);
  while (!failed() && at(TokenKind::Dot)) {
    next();
    auto* qualified = make<TSQualifiedName>(start);
    qualified->left = name;
    qualified->right = parse_identifier(true);
    name = finish(qualified);
    if (!chain.add_link()) return invalid();
  }
  return name;
}

Node* Parser::parse_ts_type_reference() {
  auto* node = make<TSTypeReference>(tok().start);
  node->type_name = parse_ts_entity_name();
  if (!failed() && (at(TokenKind::Lt) || at(TokenKind::LtLt)) && !tok().newline_before()) {
    node->type_arguments = parse_ts_type_arguments();
  }
  return finish(node);
}

// The `>` that closes type arguments or parameters: `A<B<C>>` scanned the closing `>` joined
// with what follows.
void Parser::split_ts_closing_angle() {
  if (kind() == TokenKind::GtGt || kind() == TokenKind::GtGtGt || kind() == TokenKind::GtEq ||
      kind() == TokenKind::GtGtAssign || kind() == TokenKind::GtGtGtAssign) {
    lexer_.rescan_ts_gt();
  }
}

bool Parser::expect_ts_closing_angle() {
  split_ts_closing_angle();
  return expect(TokenKind::Gt);
}

// At `<`: the node with its types, before the closing `>` (unfinished).
TSTypeParameterInstantiation* Parser::parse_ts_type_argument_list() {
  auto* node = make<TSTypeParameterInstantiation>(tok().start);
  // TypeScript splits `<<` here (reScanLessThanToken): `A<<T>() => T>`.
  if (at(TokenKind::LtLt)) lexer_.rescan_ts_lt();
  next();  // `<`
  TsConditionalScope conditional(*this, false);
  split_ts_closing_angle();
  // typescript-estree refuses `A<>`; no expression has `<` right before `>` either, so the
  // error ends a speculation too (raise()).
  if (at(TokenKind::Gt)) {
    raise(node->start, Msg::TsEmptyTypeArguments);
    return node;
  }
  const size_t mark = list_mark();
  for (;;) {
    if (ends_ts_type(kind())) {
      raise(tok().start, Msg::TsExpected, ">");
      break;
    }
    push(parse_ts_type());
    if (failed() || !eat(TokenKind::Comma)) break;
    split_ts_closing_angle();
    if (at(TokenKind::Gt)) break;  // `A<B,>`: TypeScript's parser takes a trailing comma
  }
  node->params = take_list(mark);
  return node;
}

Node* Parser::parse_ts_type_arguments() {
  TSTypeParameterInstantiation* node = parse_ts_type_argument_list();
  if (failed() || !expect_ts_closing_angle()) {
    ts_failed_type_arguments_.push_back(node->start);  // see ts/expressions.cpp
    return invalid();
  }
  return finish(node);
}

// `[A, B?, ...C, d: D, e?: E, ...f: F]`.
Node* Parser::parse_ts_tuple_type() {
  auto* node = make<TSTupleType>(tok().start);
  next();  // `[`
  TsConditionalScope conditional(*this, false);
  const size_t mark = list_mark();
  bool first = true;
  while (!failed() && !at(TokenKind::RBracket)) {
    if (!first && !expect(TokenKind::Comma)) break;
    first = false;
    if (at(TokenKind::RBracket)) break;  // trailing comma
    push(parse_ts_tuple_element());
  }
  node->element_types = take_list(mark);
  if (!expect(TokenKind::RBracket)) return invalid();
  return finish(node);
}

// One tuple element: `...` makes a rest type of what follows; a name before `:` or `?:` a
// named member; a `?` after a type an optional type.
Node* Parser::parse_ts_tuple_element() {
  const uint32_t start = tok().start;
  if (at(TokenKind::Ellipsis)) {
    next();
    auto* rest = make<TSRestType>(start);
    rest->type_annotation = parse_ts_tuple_element_body();
    return finish(rest);
  }
  return parse_ts_tuple_element_body();
}

Node* Parser::parse_ts_tuple_element_body() {
  const uint32_t start = tok().start;
  if (is_identifier_name(kind()) && at_ts_tuple_label()) {
    auto* member = make<TSNamedTupleMember>(start);
    member->label = parse_identifier(true);
    member->optional = eat(TokenKind::Question);
    if (!expect(TokenKind::Colon)) return invalid();
    member->element_type = parse_ts_type();
    return finish(member);
  }
  Node* type = parse_ts_type();
  if (!failed() && at(TokenKind::Question)) {
    next();
    auto* optional = make<TSOptionalType>(start);
    optional->type_annotation = type;
    return finish(optional);
  }
  return type;
}

// At a name: `:` or `?:` follows (a tuple member's label).
bool Parser::at_ts_tuple_label() {
  const TokenKind after = peek().kind;
  if (after == TokenKind::Colon) return true;
  if (after != TokenKind::Question) return false;
  const Lexer::Checkpoint cp = lexer_.checkpoint();
  const uint32_t saved_end = prev_end_;
  lexer_.next();
  lexer_.next();
  const bool result = kind() == TokenKind::Colon;
  lexer_.rewind(cp);
  prev_end_ = saved_end;
  return result;
}

Node* Parser::parse_ts_literal_type() {
  auto* node = make<TSLiteralType>(tok().start);
  if (at(TokenKind::Minus)) {
    auto* negative = make<UnaryExpression>(tok().start);
    next();
    if (!at(TokenKind::Number) && !at(TokenKind::BigInt)) return raise(tok().start, Msg::TsTypeExpected);
    negative->op = Operator::Neg;
    negative->prefix = true;
    negative->argument = parse_literal();
    node->literal = finish(negative);
  } else {
    node->literal = parse_literal();
  }
  return finish(node);
}

// `a${T}b${U}c`: the quasis as in a template literal (TS-ESTree's elements span their
// delimiters), types in the substitutions.
Node* Parser::parse_ts_template_literal_type() {
  auto* node = make<TSTemplateLiteralType>(tok().start);
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  TsConditionalScope conditional(*this, false);
  // Quasis and types alternate on the scratch stack: q0 t0 q1 t1 ... qn.
  const size_t mark = list_mark();
  bool tail = parse_template_element(false);
  while (!tail && !failed()) {
    push(parse_ts_type());
    if (!at(TokenKind::RBrace)) {
      raise(tok().start, Msg::TsExpected, "}");
      break;
    }
    lexer_.rescan_template_continuation();
    tail = parse_template_element(false);
  }
  if (failed()) {
    scratch_.resize(mark);
    return invalid();
  }
  const auto n = static_cast<uint32_t>(scratch_.size() - mark);
  const size_t types_mark = list_mark();
  for (uint32_t i = 1; i < n; i += 2) push(scratch_[mark + i]);
  NodeList types = take_list(types_mark);
  for (uint32_t i = 0; i < n; i += 2) scratch_[mark + i / 2] = scratch_[mark + i];
  scratch_.resize(mark + (n + 1) / 2);
  node->quasis = take_list(mark);
  node->types = types;
  return finish(node);
}

// `typeof a.b<T>` or `typeof import("m")...`.
Node* Parser::parse_ts_type_query() {
  auto* node = make<TSTypeQuery>(tok().start);
  next();  // `typeof`
  if (at(TokenKind::Import)) {
    node->expr_name = parse_ts_import_type();
    return finish(node);
  }
  node->expr_name = parse_ts_entity_name();
  if (!failed() && at(TokenKind::Lt) && !tok().newline_before()) {
    node->type_arguments = parse_ts_type_arguments();
  }
  return finish(node);
}

// `import("m")`, `import("m", { with: { ... } })`, then `.A.B` and `<T>`.
Node* Parser::parse_ts_import_type() {
  auto* node = make<TSImportType>(tok().start);
  next();  // `import`
  if (!expect(TokenKind::LParen)) return invalid();
  if (!at(TokenKind::String)) return raise(tok().start, Msg::TsStringLiteralExpected);
  node->source = parse_literal();
  if (eat(TokenKind::Comma) && !at(TokenKind::RParen)) {
    ContextGuard in(*this, ctx_ | ctx::kIn);
    node->options = parse_assignment_expression();
    eat(TokenKind::Comma);
  }
  if (!expect(TokenKind::RParen)) return invalid();
  if (eat(TokenKind::Dot)) node->qualifier = parse_ts_entity_name();
  if (!failed() && (at(TokenKind::Lt) || at(TokenKind::LtLt)) && !tok().newline_before()) {
    node->type_arguments = parse_ts_type_arguments();
  }
  return finish(node);
}

}  // namespace essa
