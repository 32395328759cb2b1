// Functions (spec 15.1-15.8): declarations and expressions, generators and async functions,
// methods, formal parameters, and bodies with their directive prologue.
#include <utility>

#include "parser.h"

namespace essa {

uint32_t Parser::function_context(bool is_generator, bool is_async) const {
  // A function keeps only the modes of its surroundings; the grammar parameters restart.
  return (ctx_ & (ctx::kStrict | ctx::kInClass)) | ctx::kIn | ctx::kReturn |
         ctx::kFunction | ctx::kNewTarget | (is_generator ? ctx::kYield : 0u) |
         (is_async ? ctx::kAwait : 0u);
}

bool Parser::at_async_function() {
  if (!at_contextual(TokenKind::Async) || ecma() < 8) return false;  // ES2017
  const Token next_tok = peek();
  return next_tok.kind == TokenKind::Function && !next_tok.escaped() &&
         !next_tok.newline_before();
}

bool Parser::is_use_strict_directive(const ExpressionStatement* stmt) const {
  // The raw text, so an escaped "use\x20strict" does not count.
  return stmt->directive.data() != nullptr && stmt->directive == "use strict";
}

// At `function`; the node starts at `start` (the `async` before it, if any).
Node* Parser::parse_function(uint32_t start, FunctionFlags flags) {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  next_keyword();
  bool is_generator = false;
  // Generators came with ES2015, async ones with ES2018.
  if (at(TokenKind::Star) && (ecma() >= 9 || (ecma() >= 6 && !flags.is_async))) {
    // Annex B allows only plain functions as `if` and label bodies.
    if (flags.hanging_statement) return unexpected();
    is_generator = true;
    next();
  }
  Node* id = nullptr;
  if (flags.is_statement && !(flags.id_optional && !is_identifier_like(kind()))) {
    // A declaration's name belongs to the surrounding scope and follows its rules.
    id = parse_identifier(false);
    if (strict()) check_binding_names(id, false);
    // Annex B bodies of `if` and labels bind no name (as acorn). A sloppy plain function
    // may share its name with other functions of its block; otherwise it binds like var
    // where functions count as var, else lexically.
    if (!flags.hanging_statement) {
      BindKind bind = BindKind::Function;
      // TypeScript: overloads repeat the name (`function f(): void; function f() {}`).
      if ((strict() || is_generator || flags.is_async) && !typescript()) {
        bind = scopes_.functions_as_var() ? BindKind::Var : BindKind::Lexical;
      }
      declare_names(id, bind);
    }
  }

  NodeList params;
  BlockStatement* body;
  Node* type_parameters = nullptr;  // TypeScript
  Node* return_type = nullptr;
  {
    YieldAwaitScope positions(*this);
    ContextGuard fn_ctx(*this, function_context(is_generator, flags.is_async));
    ScopeGuard scope(*this, ScopeStack::kFunction);
    // An expression's name is inside the function: `function* yield(){}` is an error.
    if (!flags.is_statement && is_identifier_like(kind())) id = parse_identifier(false);
    if (at(TokenKind::Lt) && typescript()) [[unlikely]] {
      type_parameters = parse_ts_type_parameters(TsTypeParameters::Function);
    }
    const size_t mark = list_mark();
    parse_function_params(mark);
    params = take_list(mark);
    if (ts_params_decorated_at_ != 0 && typescript()) [[unlikely]] {
      return raise(ts_params_decorated_at_, Msg::TsDecoratorsNotValidHere);
    }
    if (at(TokenKind::Colon)) [[unlikely]] {
      if (!js_type_annotation_error()) return_type = parse_ts_return_type();
    }
    // TypeScript: a declaration without a body is an overload signature (TSDeclareFunction).
    if (!at(TokenKind::LBrace) && flags.is_statement && typescript()) [[unlikely]] {
      body = nullptr;
    } else {
      body = parse_function_body(false, false, params, start, id);
    }
  }
  if (body == nullptr) [[unlikely]] {
    return make_ts_declare_function(start, id, is_generator, flags.is_async, params,
                                    type_parameters, return_type);
  }

  // Declarations and expressions have the same fields.
  auto fill = [&](auto* fn) {
    fn->id = id;
    fn->generator = is_generator;
    fn->is_async = flags.is_async;
    fn->params = params;
    fn->body = body;
    if (auto* side = ts_side(*fn)) [[unlikely]] {
      side->type_parameters = type_parameters;
      side->return_type = return_type;
    }
    return finish(fn);
  };
  if (flags.is_statement) return fill(make<FunctionDeclaration>(start));
  return fill(make<FunctionExpression>(start));
}

// `( FormalParameters )`: bindings with defaults, then an optional rest element; a trailing
// comma is allowed, but not after the rest element.
void Parser::parse_function_params(size_t mark) {
  (void)mark;  // the parameters are pushed above it; the caller takes them
  // TypeScript: a constructor's own list may hold parameter properties, nested lists not.
  bool ts_properties = false;
  uint32_t ts_decorated_at = 0;  // the list's first decorator (a nested list's are its own)
  if (typescript()) [[unlikely]] {
    ts_properties = std::exchange(ts_parameter_properties_, false);
    ts_params_decorated_at_ = 0;
  }
  ContextGuard params_ctx(*this, ctx_ | ctx::kParameters | ctx::kIn);
  if (!expect(TokenKind::LParen)) return;
  bool first = true;
  for (;;) {
    if (eat(TokenKind::RParen)) break;
    if (!first) {
      if (!eat(TokenKind::Comma)) {
        if (!js_type_annotation_error()) expect(TokenKind::Comma);
        break;
      }
      if (ecma() >= 8 && eat(TokenKind::RParen)) break;  // trailing comma: ES2017
    }
    first = false;
    if (typescript()) [[unlikely]] {
      Node* param = parse_ts_parameter(ts_properties, &ts_decorated_at);
      ts_params_decorated_at_ = ts_decorated_at;
      push(param);
      if (!is<RestElement>(param)) continue;
      if (at(TokenKind::Comma)) {
        raise(tok().start, Msg::CommaAfterRest);
        return;
      }
      expect(TokenKind::RParen);
      break;
    }
    if (at(TokenKind::Ellipsis)) {
      auto* rest = make<RestElement>(tok().start);
      next();
      // ES2015 took only a name after `...` in parameters.
      if (ecma() == 6 && !is_identifier_like(kind())) {
        unexpected();
        return;
      }
      rest->argument = parse_binding_target();
      push(finish(rest));
      if (at(TokenKind::Comma)) {
        raise(tok().start, Msg::CommaAfterRest);
        return;
      }
      expect(TokenKind::RParen);
      break;
    }
    push(parse_binding_element());
  }
  // The caller's YieldAwaitScope reset the positions before the parameters.
  if (!failed()) check_yield_await_in_default_params();
}

BlockStatement* Parser::parse_function_body(bool is_arrow, bool is_method, NodeList params,
                                            uint32_t fn_start, Node* fn_id) {
  auto* block = make<BlockStatement>(tok().start);
  DepthGuard guard(*this);
  if (guard.too_deep()) return block;
  ContextGuard body_ctx(*this, (ctx_ | ctx::kIn) & ~ctx::kParameters);
  // Labels do not cross function boundaries.
  const size_t saved_labels_base = labels_base_;
  labels_base_ = labels_.size();
  if (expect(TokenKind::LBrace)) {
    // acorn checks the parameters while its tokenizer stands past the `{` (raisedAt).
    const uint32_t open_end = block->start + 1;
    if (strict()) {
      RaisedAt at_open(*this, open_end);
      for (Node* p : params) check_binding_names(p, false);
      if (fn_id) check_binding_names(fn_id, false);
    }
    const size_t mark = list_mark();
    parse_directive_prologue(&params, fn_start, fn_id, open_end);
    // The parameters are bound (as var) before the body, so that `let` in the body clashes
    // with them. Only sloppy functions with simple lists may repeat a name.
    bool simple = true;
    for (Node* p : params) simple = simple && p->kind == NodeKind::Identifier;
    const bool no_duplicates = strict() || is_arrow || is_method || !simple;
    {
      RaisedAt at_open(*this, open_end);
      for (Node* p : params) declare_names(p, BindKind::Var, no_duplicates);
    }
    parse_statement_list(TokenKind::RBrace);
    block->body = take_list(mark);
    expect(TokenKind::RBrace);
  }
  labels_.resize(labels_base_);
  labels_base_ = saved_labels_base;
  return finish(block);
}

// A method's FunctionExpression, from its `(` (acorn's parseMethod).
FunctionExpression* Parser::parse_method(bool is_generator, bool is_async, bool is_constructor,
                                         bool is_derived, bool ts_class_member) {
  auto* fn = make<FunctionExpression>(tok().start);
  fn->generator = is_generator;
  fn->is_async = is_async;
  {
    YieldAwaitScope positions(*this);
    uint32_t method_ctx = function_context(is_generator, is_async) | ctx::kSuperProperty;
    if (is_constructor && is_derived) method_ctx |= ctx::kSuperCall;
    ContextGuard fn_ctx(*this, method_ctx);
    ScopeGuard scope(*this, ScopeStack::kFunction);
    if (at(TokenKind::Lt) && typescript()) [[unlikely]] {
      Node* type_parameters = parse_ts_type_parameters(TsTypeParameters::Function);
      if (auto* side = ts_side(*fn)) side->type_parameters = type_parameters;
    }
    const size_t mark = list_mark();
    if (ts_class_member && is_constructor) [[unlikely]] ts_parameter_properties_ = true;
    parse_function_params(mark);
    fn->params = take_list(mark);
    const uint32_t ts_decorated_at = ts_params_decorated_at_;  // 0 but in TypeScript
    if (at(TokenKind::Colon)) [[unlikely]] {
      if (!js_type_annotation_error()) {
        Node* return_type = parse_ts_return_type();
        if (auto* side = ts_side(*fn)) side->return_type = return_type;
      }
    }
    // Decorators stand on the parameters of a class declaration's method, constructor or
    // setter with a body (typescript-estree's nodeCanBeDecorated), nowhere else.
    if (ts_decorated_at != 0 && !failed()) [[unlikely]] {
      if (!ts_class_member || !ts_class_declaration_ || !at(TokenKind::LBrace)) {
        raise(ts_decorated_at, Msg::TsDecoratorsNotValidHere);
        return finish(fn);
      }
    }
    if (ts_class_member && !at(TokenKind::LBrace) && !failed()) [[unlikely]] {
      // `m(): T;`: an overload or an abstract method; the `;` belongs to its value.
      if (!eat(TokenKind::Semicolon) && !can_insert_semicolon()) {
        raise(tok().start, Msg::TsBodyOrSemicolonExpected);
      }
      fn->body = nullptr;
      return finish(fn);
    }
    fn->body = parse_function_body(false, true, fn->params, fn->start, nullptr);
  }
  return finish(fn);
}

}  // namespace essa
