// TypeScript object types (ParseOptions::typescript): type literals and interface bodies with
// their members (property, method, call, construct and index signatures, get and set
// accessors), and mapped types `{ readonly [K in T as N]?: U }`.
#include "parser.h"

namespace essa {

// At the `[` of an index signature (at_ts_index_signature): `[name: K]` and its `: T`, in a type
// literal, an interface or a class body. False (error raised) when it fails.
bool Parser::parse_ts_index_signature_rest(TSIndexSignature* node) {
  next();  // `[`
  const size_t mark = list_mark();
  auto* parameter = make<Identifier>(tok().start);
  parameter->name = lexer_.text(tok());
  next();
  finish(parameter);
  parse_ts_binding_annotation(parameter);
  push(parameter);
  node->parameters = take_list(mark);
  if (!expect(TokenKind::RBracket)) return false;
  node->type_annotation = parse_ts_type_annotation_opt();
  return !failed();
}

Node* Parser::parse_ts_type_literal() {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  auto* node = make<TSTypeLiteral>(tok().start);
  next();  // `{`
  TsConditionalScope conditional(*this, false);
  const size_t mark = list_mark();
  while (!failed() && !at(TokenKind::RBrace) && !at(TokenKind::Eof)) {
    push(parse_ts_type_member());
  }
  node->members = take_list(mark);
  if (!expect(TokenKind::RBrace)) return invalid();
  return finish(node);
}

// A member ends after its `;` or `,` when one follows (TS-ESTree's range), or before a `}`
// or a line break.
Node* Parser::finish_ts_type_member(Node* member) {
  if (failed()) return invalid();
  if (!eat(TokenKind::Semicolon) && !eat(TokenKind::Comma) && !at(TokenKind::RBrace) &&
      !tok().newline_before()) {
    // TypeScript's words: the list's `}` at the end of the file, else a member's `;`.
    return raise(tok().start, Msg::TsExpected, at(TokenKind::Eof) ? "}" : ";");
  }
  return finish(member);
}

// One member of a type literal or interface body.
Node* Parser::parse_ts_type_member() {
  const uint32_t start = tok().start;
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  // Call and construct signatures: `(a): T`, `<T>(a): T`, `new (a): T`.
  if (at(TokenKind::LParen) || at(TokenKind::Lt)) {
    auto* node = make<TSCallSignatureDeclaration>(start);
    parse_ts_signature(node->type_parameters, node->params, node->return_type);
    return finish_ts_type_member(node);
  }
  if (at(TokenKind::New) && (peek().kind == TokenKind::LParen || peek().kind == TokenKind::Lt)) {
    next();  // `new`
    auto* node = make<TSConstructSignatureDeclaration>(start);
    parse_ts_signature(node->type_parameters, node->params, node->return_type);
    return finish_ts_type_member(node);
  }
  bool readonly = false;
  if (at_ts_word("readonly")) {
    const TokenKind after = peek().kind;
    if (after != TokenKind::Colon && after != TokenKind::Question &&
        after != TokenKind::LParen && after != TokenKind::Semicolon &&
        after != TokenKind::Comma && after != TokenKind::RBrace && after != TokenKind::Lt) {
      next();
      readonly = true;
    }
  }
  if (at_ts_index_signature()) {
    auto* node = make<TSIndexSignature>(start);
    node->readonly = readonly;
    if (!parse_ts_index_signature_rest(node)) return invalid();
    return finish_ts_type_member(node);
  }
  // `get x(): T` and `set x(v)`: the word is a key when `(`, `:`, `?`, `<`, `;`, `,`, `}` or
  // `=` follows it.
  MethodKind kind = MethodKind::Method;
  if ((at(TokenKind::Get) || at(TokenKind::Set)) && !tok().escaped()) {
    const TokenKind after = peek().kind;
    if (after != TokenKind::LParen && after != TokenKind::Colon &&
        after != TokenKind::Question && after != TokenKind::Lt &&
        after != TokenKind::Semicolon && after != TokenKind::Comma &&
        after != TokenKind::RBrace && after != TokenKind::Assign && !peek().newline_before()) {
      kind = at(TokenKind::Get) ? MethodKind::Get : MethodKind::Set;
      next();
    }
  }
  // TypeScript's isTypeMemberStart: a key (or the signatures above) starts every member.
  if (!is_identifier_name(tok().kind) && !at(TokenKind::String) && !at(TokenKind::Number) &&
      !at(TokenKind::BigInt) && !at(TokenKind::LBracket) && !at(TokenKind::PrivateName)) {
    return raise(tok().start, Msg::TsPropertyOrSignatureExpected);
  }
  bool computed = false;
  Node* key = parse_property_name(computed, false);
  if (failed()) return invalid();
  const bool optional = eat(TokenKind::Question);
  if (kind != MethodKind::Method || at(TokenKind::LParen) || at(TokenKind::Lt)) {
    auto* node = make<TSMethodSignature>(start);
    node->computed = computed;
    node->key = key;
    node->kind = kind;
    node->optional = optional;
    node->readonly = readonly;
    parse_ts_signature(node->type_parameters, node->params, node->return_type);
    return finish_ts_type_member(node);
  }
  auto* node = make<TSPropertySignature>(start);
  node->computed = computed;
  node->key = key;
  node->optional = optional;
  node->readonly = readonly;
  node->type_annotation = parse_ts_type_annotation_opt();
  return finish_ts_type_member(node);
}

// `<T>(a: T): U` of a signature, the return type optional.
void Parser::parse_ts_signature(Node*& type_parameters, NodeList& params, Node*& return_type) {
  if (at(TokenKind::Lt)) type_parameters = parse_ts_type_parameters(TsTypeParameters::Function);
  if (failed()) return;
  params = parse_ts_signature_params();
  if (!failed() && at(TokenKind::Colon)) return_type = parse_ts_return_type();
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

// At `{`: a mapped type follows when `[K in` comes next, after `readonly`, `+readonly` or
// `-readonly` (TypeScript's isStartOfMappedType).
bool Parser::at_ts_mapped_type() {
  const Lexer::Checkpoint cp = lexer_.checkpoint();
  const uint32_t saved_end = prev_end_;
  lexer_.next();  // `{`
  bool result = false;
  if (at(TokenKind::Plus) || at(TokenKind::Minus)) {
    // TypeScript's isMappedTypeStart: `+`/`-` then `readonly` decides alone.
    lexer_.next();
    result = at_ts_word("readonly");
    lexer_.rewind(cp);
    prev_end_ = saved_end;
    return result;
  }
  if (at_ts_word("readonly")) {
    lexer_.next();
  }
  if (at(TokenKind::LBracket)) {
    lexer_.next();
    if (is_identifier_like(kind())) result = lexer_.next().kind == TokenKind::In;
  }
  lexer_.rewind(cp);
  prev_end_ = saved_end;
  return result;
}

Node* Parser::parse_ts_mapped_type() {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  auto* node = make<TSMappedType>(tok().start);
  next();  // `{`
  TsConditionalScope conditional(*this, false);
  if (at(TokenKind::Plus) || at(TokenKind::Minus)) {
    node->readonly = at(TokenKind::Plus) ? TsModifier::Plus : TsModifier::Minus;
    next();
    next();  // `readonly`
  } else if (at_ts_word("readonly")) {
    node->readonly = TsModifier::True;
    next();
  }
  next();  // `[`
  node->key = parse_identifier(false);
  if (!expect(TokenKind::In)) return invalid();
  node->constraint = parse_ts_type();
  if (!failed() && eat(TokenKind::As)) node->name_type = parse_ts_type();
  if (!expect_ts(TokenKind::RBracket, "]")) return invalid();
  if (at(TokenKind::Plus) || at(TokenKind::Minus)) {
    node->optional = at(TokenKind::Plus) ? TsModifier::Plus : TsModifier::Minus;
    next();
    if (!expect_ts(TokenKind::Question, "?")) return invalid();
  } else if (eat(TokenKind::Question)) {
    node->optional = TsModifier::True;
  }
  if (eat(TokenKind::Colon)) node->type_annotation = parse_ts_type();
  if (!eat(TokenKind::Semicolon) && !at(TokenKind::RBrace)) {
    return raise(tok().start, Msg::TsExpected, ";");  // `,` too: TypeScript wants `;` here
  }
  if (!expect_ts(TokenKind::RBrace, "}")) return invalid();
  return finish(node);
}

}  // namespace essa
