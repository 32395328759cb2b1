// Patterns: the cover grammar's second half (acorn's lval.js). Object and array literals,
// spreads and `=` assignments parsed as expressions are turned into patterns in place, by
// changing their kind where the layouts agree; binding patterns in declarations and
// parameters are parsed directly.
#include <cstddef>
#include <string>

#include "keywords.h"
#include "parser.h"

namespace essa {
namespace {

constexpr uint32_t kNone = CoverErrors::kNone;

// In-place conversion changes only `kind`: each pair must lay out its fields identically.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
static_assert(sizeof(ObjectExpression) == sizeof(ObjectPattern) &&
              offsetof(ObjectExpression, properties) == offsetof(ObjectPattern, properties));
static_assert(sizeof(ArrayExpression) == sizeof(ArrayPattern) &&
              offsetof(ArrayExpression, elements) == offsetof(ArrayPattern, elements));
static_assert(sizeof(SpreadElement) == sizeof(RestElement) &&
              offsetof(SpreadElement, argument) == offsetof(RestElement, argument));
// TypeScript side records (ast.h): the expression kinds have none, so a pattern converted
// from one has none either and gives its side fields' defaults (no annotation, decorators
// or `?`), which is all a pattern reached through the cover grammar can have: annotated,
// optional and decorated parameters are parsed as parameters (ts/annotations.cpp), never
// as expressions first.
static_assert(std::is_empty_v<ObjectExpression::TsSide> &&
              std::is_empty_v<ArrayExpression::TsSide> &&
              std::is_empty_v<SpreadElement::TsSide> &&
              std::is_empty_v<AssignmentExpression::TsSide>);
static_assert(sizeof(AssignmentExpression) == sizeof(AssignmentPattern) &&
              offsetof(AssignmentExpression, left) == offsetof(AssignmentPattern, left) &&
              offsetof(AssignmentExpression, right) == offsetof(AssignmentPattern, right));
#pragma GCC diagnostic pop

}  // namespace

Node* Parser::to_assignable(Node* node, bool is_binding, CoverErrors* errors) {
  // Before ES2015 there are no patterns: the target stays an expression (and a non-simple
  // one is "Assigning to rvalue" where it is checked).
  if (!node || ecma() < 6) [[unlikely]] {
    if (errors) check_pattern_errors(*errors, true);
    return node;
  }
  if (node == invalid()) return node;
  // Parentheses around a pattern are recorded in CoverErrors by the caller; this catches
  // callers that passed none (the position is then the inner node's).
  const bool paren = node->parenthesized();
  switch (partial(node->kind)) {
    case partial(NodeKind::Identifier):
      if (paren && is_binding) raise(node->start, Msg::ParenthesizedPattern);
      if (in_async() && static_cast<Identifier*>(node)->name == "await") {
        raise(node->start, Msg::AwaitIdentifierInAsync);
      }
      return node;

    case partial(NodeKind::ObjectPattern):
    case partial(NodeKind::ArrayPattern):
    case partial(NodeKind::AssignmentPattern):
    case partial(NodeKind::RestElement):
      return node;

    case partial(NodeKind::ObjectExpression): {
      if (errors) check_pattern_errors(*errors, true);
      if (paren) raise(node->start, is_binding ? Msg::ParenthesizedPattern : Msg::AssigningToRvalue);
      node->kind = NodeKind::ObjectPattern;
      const NodeList props = static_cast<ObjectPattern*>(node)->properties;
      for (uint32_t i = 0; i < props.size; ++i) {
        Node* prop = props[i];
        to_assignable(prop, is_binding, nullptr);
        if (const auto* rest = as<RestElement>(prop)) {
          // AssignmentRestProperty: `...` takes a simple target, not a nested pattern.
          if (is<ArrayPattern>(rest->argument) || is<ObjectPattern>(rest->argument)) {
            raise(rest->argument->start, Msg::UnexpectedToken);
          }
          if (i + 1 < props.size) {
            raise(rest->end, Msg::CommaAfterRest);
          }
        }
      }
      return node;
    }

    case partial(NodeKind::Property): {
      auto* prop = static_cast<Property*>(node);
      if (prop->kind != PropKind::Init) {
        raise(prop->key->start, Msg::AccessorInPattern);
      }
      to_assignable(prop->value, is_binding, nullptr);
      return node;
    }

    case partial(NodeKind::ArrayExpression):
      if (errors) check_pattern_errors(*errors, true);
      if (paren) raise(node->start, is_binding ? Msg::ParenthesizedPattern : Msg::AssigningToRvalue);
      node->kind = NodeKind::ArrayPattern;
      to_assignable_list(static_cast<ArrayPattern*>(node)->elements, is_binding);
      return node;

    case partial(NodeKind::SpreadElement): {
      node->kind = NodeKind::RestElement;
      auto* rest = static_cast<RestElement*>(node);
      to_assignable(rest->argument, is_binding, nullptr);
      if (is<AssignmentPattern>(rest->argument)) {
        raise(rest->argument->start, Msg::RestWithDefault);
      }
      return node;
    }

    case partial(NodeKind::AssignmentExpression): {
      auto* assign = static_cast<AssignmentExpression*>(node);
      if (assign->op != Operator::Assign) {
        raise(assign->left->end, Msg::DefaultNotAssign);
      }
      if (paren) raise(node->start, is_binding ? Msg::ParenthesizedPattern : Msg::AssigningToRvalue);
      node->kind = NodeKind::AssignmentPattern;
      to_assignable(static_cast<AssignmentPattern*>(node)->left, is_binding, nullptr);
      return node;
    }

    case partial(NodeKind::ChainExpression):
      raise(node->start, Msg::OptionalChainAssigned);
      return node;

    case partial(NodeKind::ParenthesizedExpression):  // preserve_parens: the node stays, as in acorn
      to_assignable(static_cast<ParenthesizedExpression*>(node)->expression, is_binding, errors);
      return node;

    case partial(NodeKind::MemberExpression):
    // TypeScript: `x! = 1`, `(x as T) = 1`, `[<T>x] = y` assign to the expression inside.
    case partial(NodeKind::TSNonNullExpression):
    case partial(NodeKind::TSAsExpression):
    case partial(NodeKind::TSSatisfiesExpression):
    case partial(NodeKind::TSTypeAssertion):
      if (!is_binding) return node;
      raise(node->start, Msg::AssigningToRvalue);
      return node;
  }
  // Every other node (a new kind too) is not a target.
  raise(node->start, Msg::AssigningToRvalue);
  return node;
}

void Parser::to_assignable_list(NodeList list, bool is_binding) {
  for (uint32_t i = 0; i < list.size; ++i) {
    Node* element = list[i];
    if (!element) continue;
    to_assignable(element, is_binding, nullptr);
    // Callers record the comma after a rest element in CoverErrors; this is the fallback.
    if (is<RestElement>(element) && i + 1 < list.size) {
      raise(element->end, Msg::CommaAfterRest);
    }
  }
  // ES2015 took only a name after `...` in a binding.
  if (ecma() == 6 && is_binding && list.size > 0 && list[list.size - 1]) {
    if (const auto* rest = as<RestElement>(list[list.size - 1])) {
      if (rest->argument->kind != NodeKind::Identifier) unexpected_at(rest->argument->start);
    }
  }
}

void Parser::check_pattern_errors(const CoverErrors& errors, bool is_assign) {
  if (errors.trailing_comma != kNone) {
    raise(errors.trailing_comma, Msg::CommaAfterRest);
  }
  const uint32_t parens = is_assign ? errors.parenthesized_assign : errors.parenthesized_bind;
  if (parens != kNone) raise(parens, is_assign ? Msg::AssigningToRvalue : Msg::ParenthesizedPattern);
}

void Parser::report_expression_errors(const CoverErrors& errors) {
  if (errors.shorthand_assign != kNone) {
    raise(errors.shorthand_assign, Msg::ShorthandAssign);
  }
  if (errors.double_proto != kNone) {
    raise(errors.double_proto, Msg::ProtoRedefinition);
  }
}

void Parser::check_yield_await_in_default_params() {
  if (yield_pos_ && (!await_pos_ || yield_pos_ < await_pos_)) {
    raise(yield_pos_, Msg::YieldInDefault);
  }
  if (await_pos_) raise(await_pos_, Msg::AwaitInDefault);
}

void Parser::check_lval_simple(Node* expr, bool is_binding) {
  if (expr == invalid()) return;
  switch (partial(expr->kind)) {
    case partial(NodeKind::Identifier): {
      if (!strict()) return;
      const std::string_view name = static_cast<Identifier*>(expr)->name;
      const TokenKind k = keyword_kind(name);
      if (k == TokenKind::Eval || k == TokenKind::Arguments || is_strict_reserved(k)) {
        raise(expr->start, is_binding ? Msg::BindingInStrict : Msg::AssigningInStrict, name);
      }
      return;
    }
    case partial(NodeKind::ChainExpression):
      raise(expr->start, Msg::OptionalChainAssigned);
      return;
    case partial(NodeKind::MemberExpression):
      if (is_binding) raise(expr->start, Msg::BindingMember);
      return;
    case partial(NodeKind::TSNonNullExpression):  // TypeScript, as in to_assignable
    case partial(NodeKind::TSAsExpression):
    case partial(NodeKind::TSSatisfiesExpression):
    case partial(NodeKind::TSTypeAssertion):
      if (is_binding) raise(expr->start, Msg::BindingRvalue);
      return;
    case partial(NodeKind::ParenthesizedExpression):  // preserve_parens
      if (is_binding) raise(expr->start, Msg::BindingParenthesized);
      check_lval_simple(static_cast<ParenthesizedExpression*>(expr)->expression, is_binding);
      return;
  }
  // Every other node (a new kind too) is not a target.
  raise(expr->start, is_binding ? Msg::BindingRvalue : Msg::AssigningToRvalue);
}

void Parser::check_lval_pattern(Node* expr, bool is_binding) {
  if (const auto* obj = as<ObjectPattern>(expr)) {
    for (Node* prop : obj->properties) check_lval_inner_pattern(prop, is_binding);
  } else if (const auto* arr = as<ArrayPattern>(expr)) {
    for (Node* element : arr->elements) {
      if (element) check_lval_inner_pattern(element, is_binding);
    }
  } else {
    check_lval_simple(expr, is_binding);
  }
}

void Parser::check_lval_inner_pattern(Node* expr, bool is_binding) {
  if (const auto* prop = as<Property>(expr)) {
    check_lval_inner_pattern(prop->value, is_binding);
  } else if (const auto* assign = as<AssignmentPattern>(expr)) {
    check_lval_pattern(assign->left, is_binding);
  } else if (const auto* rest = as<RestElement>(expr)) {
    check_lval_pattern(rest->argument, is_binding);
  } else {
    check_lval_pattern(expr, is_binding);
  }
}

// BindingIdentifier or BindingPattern (acorn's parseBindingAtom).
Node* Parser::parse_binding_target() {
  if (ecma() >= 6) {  // binding patterns: ES2015
    if (at(TokenKind::LBracket)) return parse_array_pattern();
    if (at(TokenKind::LBrace)) return parse_object_pattern();
  }
  return parse_identifier(false);
}

Node* Parser::parse_binding_element() {
  const uint32_t start = tok().start;
  return parse_maybe_default(start, parse_binding_target());
}

Node* Parser::parse_maybe_default(uint32_t start, Node* left) {
  if (!at(TokenKind::Assign) || ecma() < 6) return left;  // defaults: ES2015
  next();
  auto* node = make<AssignmentPattern>(start);
  node->left = left;
  ContextGuard in(*this, ctx_ | ctx::kIn);
  node->right = parse_assignment_expression();
  return finish(node);
}

RestElement* Parser::parse_rest_binding() {
  auto* node = make<RestElement>(tok().start);
  next();  // `...`
  // ES2015 took only a name after `...` in a binding.
  if (ecma() == 6 && !is_identifier_like(kind())) unexpected();  // the error is kept; drains
  node->argument = parse_binding_target();
  return finish(node);
}

// ArrayBindingPattern: elements with defaults, holes, and a final rest element.
Node* Parser::parse_array_pattern() {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  auto* node = make<ArrayPattern>(tok().start);
  next();  // `[`
  ContextGuard in(*this, ctx_ | ctx::kIn);
  const size_t mark = list_mark();
  bool first = true;
  while (!eat(TokenKind::RBracket)) {
    if (!first && !expect(TokenKind::Comma)) break;
    first = false;
    if (at(TokenKind::Comma)) {
      push(nullptr);
    } else if (at(TokenKind::RBracket)) {  // trailing comma
      next();
      break;
    } else if (at(TokenKind::Ellipsis)) {
      push(parse_rest_binding());
      if (at(TokenKind::Comma)) {
        raise(tok().start, Msg::CommaAfterRest);
      }
      expect(TokenKind::RBracket);
      break;
    } else {
      push(parse_binding_element());
    }
  }
  node->elements = take_list(mark);
  return finish(node);
}

// ObjectBindingPattern (acorn's parseObj with isPattern).
Node* Parser::parse_object_pattern() {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  auto* node = make<ObjectPattern>(tok().start);
  next();  // `{`
  ContextGuard in(*this, ctx_ | ctx::kIn);
  const size_t mark = list_mark();
  bool first = true;
  while (next_in_braces(first)) {
    const uint32_t start = tok().start;
    if (at(TokenKind::Ellipsis) && ecma() >= 9) {  // object rest: ES2018
      auto* rest = make<RestElement>(start);
      next();
      rest->argument = parse_identifier(false);
      if (at(TokenKind::Comma)) {
        raise(tok().start, Msg::CommaAfterRest);
      }
      push(finish(rest));
      continue;
    }
    auto* prop = make<Property>(start);
    prop->kind = PropKind::Init;
    const TokenKind key_kind = kind();
    prop->key = parse_property_name(prop->computed, false);
    if (eat(TokenKind::Colon)) {
      prop->value = parse_binding_element();
    } else if (!prop->computed && is<Identifier>(prop->key)) {
      check_unreserved(key_kind, static_cast<const Identifier*>(prop->key));
      if (key_kind == TokenKind::Await && await_ident_pos_ == 0) await_ident_pos_ = start;
      prop->value = parse_maybe_default(start, prop->key);
      prop->shorthand = true;
    } else {
      unexpected();
      break;
    }
    push(finish(prop));
  }
  node->properties = take_list(mark);
  return finish(node);
}

}  // namespace essa
