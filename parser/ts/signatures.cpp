// The parts TypeScript signatures share (ParseOptions::typescript): type parameters
// `<const T extends U = V>`, parameter lists of function types and signatures, return types
// with their type predicates (`x is T`, `asserts x [is T]`), and function and constructor
// types themselves.
#include "parser.h"

namespace essa {

// At the start of a function or constructor type: `<`, `new`, `abstract new`, or a `(` that
// TypeScript reads as a parameter list (isUnambiguouslyStartOfFunctionType): `()`, `(...`,
// or a first parameter (a name, `this`, or a bracketed pattern) followed by `:` `,` `?` `=`,
// or by `) =>`.
bool Parser::at_ts_function_type_start() {
  switch (partial(kind())) {
    case partial(TokenKind::Lt):
    case partial(TokenKind::New):
      return true;
    case partial(TokenKind::LParen):
      break;
    default:
      return at_ts_word("abstract") && peek().kind == TokenKind::New &&
             !peek().newline_before();
  }
  const Lexer::Checkpoint cp = lexer_.checkpoint();
  const uint32_t saved_end = prev_end_;
  lexer_.next();  // `(`
  bool result = false;
  if (at(TokenKind::RParen) || at(TokenKind::Ellipsis)) {
    result = true;
  } else {
    bool parameter = false;
    if (is_identifier_like(kind()) || at(TokenKind::This)) {
      lexer_.next();
      parameter = true;
    } else if (at(TokenKind::LBracket) || at(TokenKind::LBrace)) {
      // Skip the pattern to its closing bracket.
      uint32_t depth = 0;
      do {
        if (at(TokenKind::LBracket) || at(TokenKind::LBrace) || at(TokenKind::LParen)) ++depth;
        if (at(TokenKind::RBracket) || at(TokenKind::RBrace) || at(TokenKind::RParen)) --depth;
        lexer_.next();
      } while (depth != 0 && !at(TokenKind::Eof) && !failed());
      parameter = !failed();
    }
    if (parameter) {
      if (at(TokenKind::Colon) || at(TokenKind::Comma) || at(TokenKind::Question) ||
          at(TokenKind::Assign)) {
        result = true;
      } else if (at(TokenKind::RParen)) {
        result = lexer_.next().kind == TokenKind::Arrow;
      }
    }
  }
  lexer_.rewind(cp);
  prev_end_ = saved_end;
  return result;
}

// `<T>(a: T) => U`, `new (a: T) => U`, `abstract new () => U`.
Node* Parser::parse_ts_function_type() {
  const uint32_t start = tok().start;
  bool is_abstract = false;
  bool is_constructor = false;
  if (at_ts_word("abstract")) {
    next();
    is_abstract = true;
  }
  if (at(TokenKind::New)) {
    next();
    is_constructor = true;
  }
  Node* type_parameters = nullptr;
  if (at(TokenKind::Lt)) type_parameters = parse_ts_type_parameters(TsTypeParameters::Function);
  NodeList params = parse_ts_signature_params();
  if (failed()) return invalid();
  if (!at(TokenKind::Arrow)) return raise(tok().start, Msg::TsArrowExpected);
  Node* return_type = parse_ts_return_type();
  if (is_constructor) {
    auto* node = make<TSConstructorType>(start);
    node->is_abstract = is_abstract;
    node->type_parameters = type_parameters;
    node->params = params;
    node->return_type = return_type;
    return finish(node);
  }
  auto* node = make<TSFunctionType>(start);
  node->type_parameters = type_parameters;
  node->params = params;
  node->return_type = return_type;
  return finish(node);
}

// `( a: T, b?: U, ...c: V )` of a function type or signature: the parameters of a function
// without their default values' scope rules (a type has no body). A rest parameter before
// others is the checker's error in TypeScript, and typescript-estree accepts it.
NodeList Parser::parse_ts_signature_params() {
  const size_t mark = list_mark();
  if (!expect(TokenKind::LParen)) return take_list(mark);
  TsConditionalScope conditional(*this, false);
  bool first = true;
  while (!failed()) {
    if (eat(TokenKind::RParen)) break;
    if (!first) {
      if (!expect(TokenKind::Comma)) break;
      if (eat(TokenKind::RParen)) break;  // trailing comma
    }
    first = false;
    // A signature has no body: decorators are not valid on its parameters.
    uint32_t decorated_at = 0;
    push(parse_ts_parameter(false, &decorated_at));
    if (decorated_at != 0 && !failed()) raise(decorated_at, Msg::TsDecoratorsNotValidHere);
  }
  return take_list(mark);
}

// At `:` (a function's or signature's) or `=>` (a function type's): the return type, a
// TSTypeAnnotation from that token. Conditional types are allowed again there, even inside a
// conditional type's `extends` type (TypeScript's parseReturnType): in
// `A extends () => B extends C ? 1 : 2 ? X : Y` the first `?` belongs to the return type.
Node* Parser::parse_ts_return_type() {
  auto* annotation = make<TSTypeAnnotation>(tok().start);
  next();  // `:` / `=>`
  TsConditionalScope conditional(*this, false);
  annotation->type_annotation = parse_ts_type_or_predicate();
  return finish(annotation);
}

// A return type: `x is T` (`asserts is T` too: the parameter is named asserts), `asserts x`,
// `asserts x is T` (`this is T` is a primary type), or a type.
Node* Parser::parse_ts_type_or_predicate() {
  const uint32_t start = tok().start;
  if (is_identifier_like(kind())) {
    const Token after = peek();
    if (after.kind == TokenKind::Identifier && !after.escaped() && !after.newline_before() &&
        lexer_.text(after) == "is") {
      Node* name = parse_identifier(true);
      return parse_ts_type_predicate(start, false, name);
    }
  }
  if (at_ts_word("asserts")) {
    const Token after = peek();
    if ((is_identifier_like(after.kind) || after.kind == TokenKind::This) &&
        !after.newline_before()) {
      next();  // `asserts`
      Node* name;
      if (at(TokenKind::This)) {
        const uint32_t this_start = tok().start;
        next();
        name = finish(make<TSThisType>(this_start));
      } else {
        name = parse_identifier(true);
      }
      return parse_ts_type_predicate(start, true, name);
    }
  }
  return parse_ts_type();
}

// After the parameter name of a predicate: `is T` (required unless `asserts`).
Node* Parser::parse_ts_type_predicate(uint32_t start, bool asserts, Node* name) {
  auto* node = make<TSTypePredicate>(start);
  node->asserts = asserts;
  node->parameter_name = name;
  if (at_ts_word("is") && !tok().newline_before()) {
    next();
    auto* annotation = make<TSTypeAnnotation>(tok().start);
    annotation->type_annotation = parse_ts_type();
    node->type_annotation = finish(annotation);
  }
  return finish(node);
}

// `<const T extends U = V, in out W>`: modifiers are `const` and `in`/`out` (not on a
// function's or method's parameters), each a modifier only before a name. typescript-estree
// accepts `const` everywhere (TypeScript's checker, not its parser, rejects it on interfaces
// and type aliases).
Node* Parser::parse_ts_type_parameters(TsTypeParameters where) {
  auto* node = make<TSTypeParameterDeclaration>(tok().start);
  next();  // `<`
  TsConditionalScope conditional(*this, false);
  if (at(TokenKind::Gt)) return raise(node->start, Msg::TsEmptyTypeParameters);
  const bool in_out_allowed = where != TsTypeParameters::Function;
  const size_t mark = list_mark();
  for (;;) {
    auto* parameter = make<TSTypeParameter>(tok().start);
    for (;;) {
      if (!is_identifier_like(peek().kind) || tok().escaped()) break;
      if (at(TokenKind::Const)) {
        parameter->is_const = true;
      } else if (at(TokenKind::In)) {
        if (!in_out_allowed) return raise(tok().start, Msg::TsInOutTypeParameter, "in");
        parameter->is_in = true;
      } else if (at_ts_word("out")) {
        if (!in_out_allowed) return raise(tok().start, Msg::TsInOutTypeParameter, "out");
        parameter->out = true;
      } else {
        break;
      }
      next();
    }
    parameter->name = parse_identifier(false);
    if (!failed() && eat(TokenKind::Extends)) parameter->constraint = parse_ts_type();
    if (!failed() && eat(TokenKind::Assign)) parameter->default_type = parse_ts_type();
    push(finish(parameter));
    if (failed() || !eat(TokenKind::Comma)) break;
    if (at(TokenKind::Gt)) break;  // trailing comma
  }
  node->params = take_list(mark);
  if (failed()) return invalid();
  if (!expect_ts_closing_angle()) return invalid();
  return finish(node);
}

}  // namespace essa
