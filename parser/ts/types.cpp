// TypeScript types (ParseOptions::typescript), as typescript-estree builds them: unions and
// intersections (a leading `|` or `&` allowed), type operators, array and indexed-access
// postfixes, keyword, literal, reference, query, tuple, object literal and parenthesized
// types. What the current stage does not parse yet is an error that says so
// (docs/typescript.md), never a wrong tree.
#include <string_view>

#include "parser.h"

namespace essa {
namespace {

// The TS-ESTree keyword type of a name, or nullptr.
Node* make_keyword_type(Arena& arena, std::string_view name) {
  switch (name.size()) {
    case 3:
      if (name == "any") return arena.make<TSAnyKeyword>();
      break;
    case 5:
      if (name == "never") return arena.make<TSNeverKeyword>();
      break;
    case 6:
      if (name == "number") return arena.make<TSNumberKeyword>();
      if (name == "string") return arena.make<TSStringKeyword>();
      if (name == "bigint") return arena.make<TSBigIntKeyword>();
      if (name == "symbol") return arena.make<TSSymbolKeyword>();
      if (name == "object") return arena.make<TSObjectKeyword>();
      break;
    case 7:
      if (name == "unknown") return arena.make<TSUnknownKeyword>();
      if (name == "boolean") return arena.make<TSBooleanKeyword>();
      break;
    case 9:
      if (name == "undefined") return arena.make<TSUndefinedKeyword>();
      break;
    default:
      break;
  }
  return nullptr;
}

}  // namespace

Node* Parser::ts_not_supported_yet() {
  return raise(tok().start, Msg::TsNotSupportedYet, lexer_.text(tok()));
}

Node* Parser::parse_ts_type_annotation() {
  auto* annotation = make<TSTypeAnnotation>(tok().start);
  next();  // `:`
  annotation->type_annotation = parse_ts_type();
  return finish(annotation);
}

// Type: conditional types (`A extends B ? C : D`) and function types come with a later stage.
Node* Parser::parse_ts_type() {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  Node* type = parse_ts_union_or_intersection(true);
  if (!failed() && at(TokenKind::Extends) && !tok().newline_before()) {
    return ts_not_supported_yet();  // a conditional type
  }
  return type;
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

// `keyof T`, `unique symbol`, `readonly T[]`, else a postfix type. `infer` comes later.
Node* Parser::parse_ts_type_operator() {
  const uint32_t start = tok().start;
  if (at(TokenKind::Identifier) && !tok().escaped()) {
    const std::string_view word = lexer_.text(tok());
    Operator op = Operator::Keyof;
    bool is_operator = true;
    if (word == "keyof") {
      op = Operator::Keyof;
    } else if (word == "unique") {
      op = Operator::Unique;
    } else if (word == "readonly") {
      op = Operator::Readonly;
    } else if (word == "infer") {
      return ts_not_supported_yet();
    } else {
      is_operator = false;
    }
    if (is_operator) {
      // `keyof` alone (or before `)`, `,`, ...) is a type reference named keyof.
      const TokenKind after = peek().kind;
      if (is_identifier_like(after) || after == TokenKind::LParen ||
          after == TokenKind::LBracket || after == TokenKind::LBrace ||
          after == TokenKind::Typeof || after == TokenKind::String ||
          after == TokenKind::Number || after == TokenKind::Minus || after == TokenKind::Void ||
          after == TokenKind::Null || after == TokenKind::This || after == TokenKind::True ||
          after == TokenKind::False) {
        DepthGuard guard(*this);
        if (guard.too_deep()) return invalid();
        next();
        auto* node = make<TSTypeOperator>(start);
        node->op = op;
        node->type_annotation = parse_ts_type_operator();
        return finish(node);
      }
    }
  }
  return parse_ts_postfix_type();
}

// `T[]` and `T[K]`, left to right, with no line break before the `[`.
Node* Parser::parse_ts_postfix_type() {
  const uint32_t start = tok().start;
  Node* type = parse_ts_primary_type();
  ChainDepth chain(*this);
  while (!failed() && at(TokenKind::LBracket) && !tok().newline_before()) {
    next();
    if (!eat(TokenKind::RBracket)) return ts_not_supported_yet();  // indexed access T[K]
    auto* array = make<TSArrayType>(start);
    array->element_type = type;
    type = finish(array);
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
    case partial(TokenKind::This):
      next();
      if (at_ts_word("is")) {
        return ts_not_supported_yet();  // a type predicate
      }
      return finish(make<TSThisType>(start));
    case partial(TokenKind::Typeof):
      return parse_ts_type_query();
    case partial(TokenKind::String):
    case partial(TokenKind::Number):
    case partial(TokenKind::BigInt):
    case partial(TokenKind::True):
    case partial(TokenKind::False):
    case partial(TokenKind::Minus):
      return parse_ts_literal_type();
    case partial(TokenKind::LParen): {
      // `(` T `)`; a function type `(a: T) => U` comes with a later stage.
      const TokenKind after = peek().kind;
      if (after == TokenKind::RParen || after == TokenKind::Ellipsis) return ts_not_supported_yet();
      next();
      Node* inner = parse_ts_type();
      if (!expect(TokenKind::RParen)) return invalid();
      if (at(TokenKind::Arrow)) return ts_not_supported_yet();
      return inner;  // TS-ESTree keeps no node for the parentheses
    }
    case partial(TokenKind::LBracket):
      return parse_ts_tuple_type();
    case partial(TokenKind::LBrace):
      return parse_ts_type_literal();
    case partial(TokenKind::NoSubstitutionTemplate):
    case partial(TokenKind::TemplateHead):
    case partial(TokenKind::Lt):
    case partial(TokenKind::New):
    case partial(TokenKind::Import):
      return ts_not_supported_yet();
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
  if (!failed() && at(TokenKind::Lt) && !tok().newline_before()) {
    node->type_arguments = parse_ts_type_arguments();
  }
  return finish(node);
}

Node* Parser::parse_ts_type_arguments() {
  auto* node = make<TSTypeParameterInstantiation>(tok().start);
  next();  // `<`
  const size_t mark = list_mark();
  for (;;) {
    push(parse_ts_type());
    if (failed() || !eat(TokenKind::Comma)) break;
  }
  node->params = take_list(mark);
  if (failed()) return invalid();
  // `A<B<C>>`: the scan joined the closing `>` with what follows.
  if (kind() == TokenKind::GtGt || kind() == TokenKind::GtGtGt || kind() == TokenKind::GtEq ||
      kind() == TokenKind::GtGtAssign || kind() == TokenKind::GtGtGtAssign) {
    lexer_.rescan_ts_gt();
  }
  if (!expect(TokenKind::Gt)) return invalid();
  return finish(node);
}

// `[A, B]`; named, optional and rest elements come with a later stage.
Node* Parser::parse_ts_tuple_type() {
  auto* node = make<TSTupleType>(tok().start);
  next();  // `[`
  const size_t mark = list_mark();
  bool first = true;
  while (!failed() && !at(TokenKind::RBracket)) {
    if (!first && !expect(TokenKind::Comma)) break;
    first = false;
    if (at(TokenKind::RBracket)) break;  // trailing comma
    if (at(TokenKind::Ellipsis)) {
      ts_not_supported_yet();
      break;
    }
    Node* element = parse_ts_type();
    if (at(TokenKind::Question) || at(TokenKind::Colon)) {
      ts_not_supported_yet();
      break;
    }
    push(element);
  }
  node->element_types = take_list(mark);
  if (!expect(TokenKind::RBracket)) return invalid();
  return finish(node);
}

Node* Parser::parse_ts_type_literal() {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  auto* node = make<TSTypeLiteral>(tok().start);
  next();  // `{`
  const size_t mark = list_mark();
  while (!failed() && !at(TokenKind::RBrace) && !at(TokenKind::Eof)) {
    push(parse_ts_type_member());
  }
  node->members = take_list(mark);
  if (!expect(TokenKind::RBrace)) return invalid();
  return finish(node);
}

// A property signature `[readonly] key[?]: T`, ending after its `;` or `,` when one follows
// (TS-ESTree's range). Methods, call, construct and index signatures and mapped types come
// with a later stage.
Node* Parser::parse_ts_type_member() {
  const uint32_t start = tok().start;
  auto* node = make<TSPropertySignature>(start);
  if (at_ts_word("readonly")) {
    const TokenKind after = peek().kind;
    if (after != TokenKind::Colon && after != TokenKind::Question &&
        after != TokenKind::LParen && after != TokenKind::Semicolon &&
        after != TokenKind::Comma && after != TokenKind::RBrace) {
      next();
      node->readonly = true;
    }
  }
  if (at(TokenKind::LParen) || at(TokenKind::Lt) ||
      (at(TokenKind::New) && (peek().kind == TokenKind::LParen)) || at_ts_index_signature()) {
    return ts_not_supported_yet();
  }
  bool computed = false;
  node->key = parse_property_name(computed, false);
  node->computed = computed;
  if (failed()) return invalid();
  node->optional = eat(TokenKind::Question);
  if (at(TokenKind::LParen) || at(TokenKind::Lt)) return ts_not_supported_yet();  // a method
  node->type_annotation = parse_ts_type_annotation_opt();
  if (!eat(TokenKind::Semicolon) && !eat(TokenKind::Comma) && !at(TokenKind::RBrace) &&
      !tok().newline_before()) {
    return unexpected();
  }
  return finish(node);
}

// `[name:` opens an index signature; any other `[` a computed key.
bool Parser::at_ts_index_signature() {
  if (!at(TokenKind::LBracket)) return false;
  const Lexer::Checkpoint cp = lexer_.checkpoint();
  const uint32_t saved_end = prev_end_;
  lexer_.next();
  bool result = false;
  if (is_identifier_like(kind())) result = lexer_.next().kind == TokenKind::Colon;
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

// `typeof a.b`; `typeof import("m")` and type arguments come with a later stage.
Node* Parser::parse_ts_type_query() {
  auto* node = make<TSTypeQuery>(tok().start);
  next();  // `typeof`
  if (at(TokenKind::Import)) return ts_not_supported_yet();
  node->expr_name = parse_ts_entity_name();
  if (!failed() && at(TokenKind::Lt) && !tok().newline_before()) return ts_not_supported_yet();
  return finish(node);
}

}  // namespace essa
