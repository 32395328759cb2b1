// The TypeScript parts of JavaScript constructs (ParseOptions::typescript): annotations on
// bindings and parameters, `as` / `satisfies`, and the places that call them. TS-ESTree puts
// a binding's annotation on the binding itself and makes the binding end where it ends.
#include "parser.h"

namespace essa {

namespace {
// Sets a binding's annotation in its side record; false (nothing set) for a node made
// without one, which only the shared invalid node is in TypeScript mode.
template <class T>
bool set_ts_annotation(T* node, Node* annotation) {
  auto* side = ts_side(*node);
  if (side == nullptr) return false;
  side->type_annotation = annotation;
  return true;
}

template <class T>
bool has_ts_annotation(const T* node) {
  const auto* side = ts_side(*node);
  return side != nullptr && side->type_annotation != nullptr;
}

// A parameter's `?` (`x?`, `{a}?`, `[a]?`) in its side record; false for a node made without
// one (the shared invalid node).
template <class T>
bool set_ts_optional_of(T* node) {
  auto* side = ts_side(*node);
  if (side == nullptr) return false;
  side->optional = true;
  return true;
}
template <class T>
void set_ts_decorators_of(T* node, NodeList decorators) {
  if (auto* side = ts_side(*node)) side->decorators = decorators;
}
}  // namespace

bool Parser::ts_binding_annotated(const Node* target) {
  switch (partial(target->kind)) {
    case partial(NodeKind::Identifier):
      return has_ts_annotation(static_cast<const Identifier*>(target));
    case partial(NodeKind::ObjectPattern):
      return has_ts_annotation(static_cast<const ObjectPattern*>(target));
    case partial(NodeKind::ArrayPattern):
      return has_ts_annotation(static_cast<const ArrayPattern*>(target));
    default:
      return false;
  }
}

bool Parser::set_ts_optional(Node* target) {
  switch (partial(target->kind)) {
    case partial(NodeKind::Identifier):
      return set_ts_optional_of(static_cast<Identifier*>(target));
    case partial(NodeKind::ObjectPattern):
      return set_ts_optional_of(static_cast<ObjectPattern*>(target));
    case partial(NodeKind::ArrayPattern):
      return set_ts_optional_of(static_cast<ArrayPattern*>(target));
    default:
      return false;
  }
}

void Parser::set_ts_decorators(Node* param, NodeList decorators) {
  switch (partial(param->kind)) {
    case partial(NodeKind::Identifier):
      return set_ts_decorators_of(static_cast<Identifier*>(param), decorators);
    case partial(NodeKind::ObjectPattern):
      return set_ts_decorators_of(static_cast<ObjectPattern*>(param), decorators);
    case partial(NodeKind::ArrayPattern):
      return set_ts_decorators_of(static_cast<ArrayPattern*>(param), decorators);
    case partial(NodeKind::AssignmentPattern):
      return set_ts_decorators_of(static_cast<AssignmentPattern*>(param), decorators);
    default:
      return;
  }
}

void Parser::parse_ts_binding_annotation(Node* target) {
  if (!at(TokenKind::Colon) || failed()) return;
  Node* annotation = parse_ts_type_annotation();
  if (failed()) return;
  switch (partial(target->kind)) {
    case partial(NodeKind::Identifier):
      if (!set_ts_annotation(static_cast<Identifier*>(target), annotation)) return;
      break;
    case partial(NodeKind::ObjectPattern):
      if (!set_ts_annotation(static_cast<ObjectPattern*>(target), annotation)) return;
      break;
    case partial(NodeKind::ArrayPattern):
      if (!set_ts_annotation(static_cast<ArrayPattern*>(target), annotation)) return;
      break;
    case partial(NodeKind::RestElement):
      if (!set_ts_annotation(static_cast<RestElement*>(target), annotation)) return;
      break;
    default:
      unexpected_at(annotation->start);
      return;
  }
  target->end = annotation->end;
}

void Parser::parse_ts_declarator_suffix(VariableDeclarator* declarator) {
  Node* id = declarator->id;
  if (failed()) return;
  if (at(TokenKind::Bang) && !tok().newline_before() && is<Identifier>(id)) {
    next();
    if (auto* side = ts_side(*declarator)) side->definite = true;
    id->end = prev_end_;
    if (!at(TokenKind::Colon)) {
      raise(id->start, Msg::TsDefiniteWithoutType);
      return;
    }
  }
  parse_ts_binding_annotation(id);
  if (ts_side_value(*declarator, &VariableDeclarator::TsSide::definite) &&
      at(TokenKind::Assign)) {
    raise(id->start, Msg::TsDefiniteWithInitializer);
  }
}

// At a parameter: its decorators (`m(@Inject() x)`), a parameter property, `this`, a rest
// element or a binding, with `?`, an annotation and a default. TS-ESTree puts the decorators
// on the outermost node (the TSParameterProperty, AssignmentPattern, RestElement, or the
// name or pattern itself) and starts only a rest element and a parameter property at the
// first `@`. Whether decorators may stand here is the caller's to decide (they may only on
// a class declaration's method, constructor or setter with a body): `decorated_at` gets the
// first `@`.
Node* Parser::parse_ts_parameter(bool properties, uint32_t* decorated_at) {
  const uint32_t start = tok().start;
  NodeList decorators;
  if (at(TokenKind::At)) [[unlikely]] {
    decorators = parse_decorators();
    if (failed()) return invalid();
    if (decorated_at != nullptr && *decorated_at == 0) *decorated_at = start;
    if (at(TokenKind::This)) return raise(start, Msg::TsThisParameterModifiers);
  }
  if (at(TokenKind::Ellipsis)) {
    RestElement* rest = parse_rest_binding();
    if (failed()) return invalid();
    if (decorators.size != 0) rest->start = start;
    if (at(TokenKind::Question)) {
      // `...rest?`: TypeScript's checker refuses it, typescript-estree marks it optional.
      next();
      if (auto* side = ts_side(*rest)) side->optional = true;
      rest->end = prev_end_;
    }
    parse_ts_binding_annotation(rest);
    if (auto* side = ts_side(*rest)) side->decorators = decorators;
    return rest;
  }
  if (at(TokenKind::This)) {
    // A `this` parameter (its type for the body; TS-ESTree makes it an Identifier). It takes
    // no `?` or default: the list expects its `,` or `)` after the type.
    auto* self = make<Identifier>(start);
    self->name = lexer_.text(tok());
    next();
    finish(self);
    parse_ts_binding_annotation(self);
    return self;
  }
  const bool at_modifier = at(TokenKind::Private) || at(TokenKind::Protected) ||
                           at(TokenKind::Public) || at_ts_word("readonly") ||
                           at_ts_word("override");
  if (at_modifier) {
    // A parameter property (class_members.cpp); a parameter named like a modifier is read as
    // one when `,` `)` `:` `?` or `=` follows (after decorators too: `@d readonly x`).
    const Token after_token = peek();
    const TokenKind after = after_token.kind;
    // `private @d x`: no modifier (TypeScript's canFollowModifier), so a name that `,` follows.
    if (after == TokenKind::At) return raise(after_token.start, Msg::TsExpected, ",");
    if (decorators.size != 0 ||
        (after != TokenKind::Comma && after != TokenKind::RParen && after != TokenKind::Colon &&
         after != TokenKind::Question && after != TokenKind::Assign)) {
      if (!properties) return raise(tok().start, Msg::TsParameterPropertyPlace);
      return parse_ts_parameter_property(start, decorators);
    }
  }
  Node* target = parse_binding_target();
  if (failed()) return invalid();
  if (at(TokenKind::Question)) {
    next();
    if (!set_ts_optional(target)) return unexpected_at(prev_end_ - 1);
    target->end = prev_end_;
  }
  parse_ts_binding_annotation(target);
  Node* param = parse_maybe_default(target->start, target);
  if (decorators.size != 0) set_ts_decorators(param, decorators);
  return param;
}

bool Parser::at_ts_satisfies() const {
  return at_ts_word("satisfies");
}

// `as const` is a reference to the type `const` in TS-ESTree: a TSTypeReference named const.
Node* Parser::parse_ts_as_expression(uint32_t start, Node* expr) {
  const bool is_as = at(TokenKind::As);
  next();  // `as` / `satisfies`
  Node* type;
  if (at(TokenKind::Const)) {
    auto* reference = make<TSTypeReference>(tok().start);
    auto* name = make<Identifier>(tok().start);
    name->name = lexer_.text(tok());
    next();
    reference->type_name = finish(name);
    type = finish(reference);
  } else {
    type = parse_ts_type();
  }
  // `x as T = 1` is no assignment: only a parenthesized `(x as T)` is a target.
  if (is_assign_op(kind())) return unexpected();
  if (is_as) {
    auto* node = make<TSAsExpression>(start);
    node->expression = expr;
    node->type_annotation = type;
    return finish(node);
  }
  auto* node = make<TSSatisfiesExpression>(start);
  node->expression = expr;
  node->type_annotation = type;
  return finish(node);
}

}  // namespace essa
