// Classes (spec 15.7): declarations and expressions, heritage, methods, accessors, fields,
// private names and static blocks. A class is strict code from `class` on.
#include <utility>

#include "parser.h"

namespace essa {
namespace {

// Is `key` the non-computed name `name` (an identifier, or a string with that value)?
bool key_is(const Node* key, bool computed, std::string_view name) {
  if (computed) return false;
  if (auto* id = as<Identifier>(key)) return id->name == name;
  if (auto* lit = as<Literal>(key)) {
    return lit->value.kind == LiteralKind::String && lit->value.string == name;
  }
  return false;
}

}  // namespace

// At `class`. `id_optional`: `export default class {}`.
Node* Parser::parse_class(uint32_t start, bool is_statement, bool id_optional,
                          NodeList decorators) {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  next_keyword();
  ContextGuard strict_ctx(*this, ctx_ | ctx::kStrict);
  Node* id = nullptr;
  // TypeScript: `class implements I {}` has no name (an implements clause follows).
  const bool ts_implements_clause = at(TokenKind::Implements) && typescript() &&
                                    !tok().escaped() && is_identifier_name(peek().kind);
  if (is_identifier_like(kind()) && !ts_implements_clause) {
    id = parse_identifier(false);
    if (is_statement) {
      check_binding_names(id, true);
      declare_names(id, BindKind::Lexical);
    }
  } else if (is_statement && !id_optional) {
    return unexpected();
  }
  Node* type_parameters = nullptr;  // TypeScript
  if (at(TokenKind::Lt) && typescript()) [[unlikely]] {
    type_parameters = parse_ts_type_parameters(TsTypeParameters::Class);
  }
  Node* super_class = nullptr;
  if (at(TokenKind::Extends)) {
    const uint32_t extends_start = tok().start;
    next_keyword();
    if (at(TokenKind::LBrace) && typescript() && !at_ts_heritage_object_literal()) [[unlikely]] {
      return raise(extends_start, Msg::TsEmptyHeritageList, "extends");
    }
    super_class = parse_expr_subscripts(nullptr);  // LeftHandSideExpression
  }
  Node* super_type_arguments = nullptr;  // TypeScript: `extends B<T>`, `implements I`
  NodeList implements;
  if (typescript()) [[unlikely]] {
    if (super_class != nullptr && at(TokenKind::Lt) && !failed()) {
      super_type_arguments = parse_ts_type_arguments();
    }
    if (at(TokenKind::Implements) && !tok().escaped() && !failed()) {
      implements = parse_ts_class_implements();
    }
  }
  // TypeScript: decorators may stand on the parameters of a declaration's methods only.
  const bool outer_declaration = std::exchange(ts_class_declaration_, is_statement);
  ClassBody* body = parse_class_body(super_class != nullptr);
  ts_class_declaration_ = outer_declaration;
  // Declarations and expressions have the same fields.
  auto fill = [&](auto* cls) {
    cls->id = id;
    cls->super_class = super_class;
    cls->body = body;
    cls->decorators = decorators;
    if (auto* side = ts_side(*cls)) [[unlikely]] {
      side->type_parameters = type_parameters;
      side->super_type_arguments = super_type_arguments;
      side->implements = implements;
    }
    return finish(cls);
  };
  if (is_statement) return fill(make<ClassDeclaration>(start));
  return fill(make<ClassExpression>(start));
}

ClassBody* Parser::parse_class_body(bool has_super) {
  auto* body = make<ClassBody>(tok().start);
  // Computed keys keep the surrounding yield/await rules; private names become usable.
  ContextGuard body_ctx(*this, ctx_ | ctx::kInClass | ctx::kIn);
  if (!expect(TokenKind::LBrace)) return body;
  scopes_.enter_class();
  const size_t mark = list_mark();
  bool had_constructor = false;
  while (!at(TokenKind::RBrace) && !at(TokenKind::Eof)) {
    if (eat(TokenKind::Semicolon)) continue;
    Node* element = parse_class_element(has_super);
    if (failed()) break;
    // TypeScript leaves a second constructor to its checker (typescript-estree accepts it).
    if (auto* method = as<MethodDefinition>(element);
        method && method->kind == MethodKind::Constructor && !typescript()) {
      if (had_constructor) {
        raise(method->start, Msg::DuplicateConstructor);
        break;
      }
      had_constructor = true;
    }
    if (!declare_private_element(element)) break;
    push(element);
  }
  body->body = take_list(mark);
  expect(TokenKind::RBrace);
  // Private names used in the body must be declared by it or by an enclosing class.
  std::string_view name;
  uint32_t use_at = 0;
  if (scopes_.exit_class(&name, &use_at) && !failed()) {
    raise(use_at, Msg::PrivateFieldUndeclared, name);
  }
  return finish(body);
}

bool Parser::declare_private_element(const Node* element) {
  const Node* key = nullptr;
  PrivateKind kind = PrivateKind::Other;
  if (auto* method = as<MethodDefinition>(element)) {
    key = method->key;
    if (method->kind == MethodKind::Get) {
      kind = method->is_static ? PrivateKind::StaticGet : PrivateKind::InstanceGet;
    } else if (method->kind == MethodKind::Set) {
      kind = method->is_static ? PrivateKind::StaticSet : PrivateKind::InstanceSet;
    }
  } else if (auto* field = as<PropertyDefinition>(element)) {
    key = field->key;
  } else if (auto* accessor = as<AccessorProperty>(element)) {
    key = accessor->key;  // a getter and a setter at once: clashes with either
  }
  const auto* id = key ? as<PrivateIdentifier>(key) : nullptr;
  if (!id || scopes_.declare_private(id->name, kind)) return true;
  raise(id->start, Msg::PrivateRedeclared, id->name);
  return false;
}

bool Parser::at_class_element_name_start() const {
  const TokenKind k = kind();
  return is_identifier_name(k) || k == TokenKind::PrivateName || k == TokenKind::Number ||
         k == TokenKind::BigInt || k == TokenKind::String || k == TokenKind::LBracket;
}

// One ClassElement (acorn's parseClassElement): `static`, `async`, `*`, `get`/`set` and
// `accessor` are modifiers when an element name follows them, else the element's own name.
// Decorators (stage 3) may precede any element but a static block or the constructor.
Node* Parser::parse_class_element(bool has_super) {
  const uint32_t start = tok().start;
  NodeList decorators;
  if (at(TokenKind::At)) [[unlikely]] {
    decorators = parse_decorators();
    if (failed()) return invalid();
  }
  // TypeScript's modifiers (accessibility, readonly, declare, abstract, override, and static
  // and accessor in any order among them), then maybe an index signature.
  TsClassModifiers mods;
  if (typescript()) [[unlikely]] {
    if (!parse_ts_class_modifiers(mods)) return invalid();
    if (at(TokenKind::LBracket) && at_ts_index_signature()) {
      if (decorators.size != 0) return raise(start, Msg::TsDecoratorsNotValidHere);
      return parse_ts_class_index_signature(start, mods);
    }
  }
  bool is_static = mods.is_static;
  bool is_accessor = mods.is_accessor;
  bool is_async = false;
  bool is_generator = false;
  MethodKind method_kind = MethodKind::Method;
  std::string_view modifier_name;  // a modifier word that turned out to be the name
  uint32_t modifier_start = 0;

  if (!is_static && !is_accessor && at_contextual(TokenKind::Static)) {
    modifier_start = tok().start;
    next();
    if (at(TokenKind::LBrace) && ecma() >= 13) {  // static blocks: ES2022
      if (decorators.size != 0) {
        return raise(tok().start, Msg::DecoratorsOnStaticBlock);
      }
      return parse_static_block(start);
    }
    if (at_class_element_name_start() || at(TokenKind::Star)) {
      is_static = true;
    } else {
      modifier_name = "static";
    }
  }
  // `accessor` (stage 3 auto-accessor): [no LineTerminator here] before the name.
  if (modifier_name.empty() && !is_accessor && at_contextual(TokenKind::Accessor)) [[unlikely]] {
    modifier_start = tok().start;
    next();
    if (at_class_element_name_start() && !can_insert_semicolon()) {
      is_accessor = true;
    } else {
      modifier_name = "accessor";
    }
  }
  if (modifier_name.empty() && !is_accessor && at_contextual(TokenKind::Async) &&
      ecma() >= 8) {  // async methods: ES2017
    modifier_start = tok().start;
    next();
    // [no LineTerminator here] after `async`.
    if ((at_class_element_name_start() || at(TokenKind::Star)) && !can_insert_semicolon()) {
      is_async = true;
    } else {
      modifier_name = "async";
    }
  }
  // Async generator methods: ES2018.
  if (modifier_name.empty() && !is_accessor && (ecma() >= 9 || !is_async) &&
      eat(TokenKind::Star)) {
    is_generator = true;
  }
  if (modifier_name.empty() && !is_async && !is_generator && !is_accessor &&
      (at_contextual(TokenKind::Get) || at_contextual(TokenKind::Set))) {
    const bool getter = at(TokenKind::Get);
    modifier_start = tok().start;
    next();
    if (at_class_element_name_start()) {
      method_kind = getter ? MethodKind::Get : MethodKind::Set;
    } else {
      modifier_name = getter ? "get" : "set";
    }
  }

  Node* key;
  bool computed = false;
  if (!modifier_name.empty()) {
    auto* name = make<Identifier>(modifier_start);
    name->name = modifier_name;
    key = finish(name);
  } else if (at(TokenKind::PrivateName)) {
    if (lexer_.value() == "constructor") {
      return raise(tok().start, Msg::PrivateConstructor);
    }
    key = parse_private_identifier();
  } else {
    key = parse_property_name(computed, false);
  }
  if (failed()) return invalid();

  // TypeScript: `key?`, `key!` and `: T` on fields.
  bool optional = false;
  bool definite = false;
  Node* type_annotation = nullptr;
  if (typescript()) [[unlikely]] {
    if (at(TokenKind::Question)) {
      next();
      optional = true;  // a field's or a method's (`m?(): T`)
    } else if (at(TokenKind::Bang) && !tok().newline_before()) {
      next();
      definite = true;
    }
    if (!at(TokenKind::Lt)) type_annotation = parse_ts_type_annotation_opt();
    if ((definite || type_annotation) && (at(TokenKind::LParen) || at(TokenKind::Lt))) {
      return unexpected();
    }
    if (definite && at(TokenKind::Assign)) {
      return raise(tok().start, Msg::TsDefiniteWithInitializer);
    }
  }

  if (is_accessor && at(TokenKind::LParen)) return unexpected();
  const bool generic_method = at(TokenKind::Lt) && typescript();
  if (is_accessor && generic_method) return unexpected();
  // Before ES2022 every element is a method (fields came with it).
  if (at(TokenKind::LParen) || generic_method || method_kind != MethodKind::Method || is_generator || is_async ||
      ecma() < 13) {
    const bool is_constructor = !is_static && key_is(key, computed, "constructor");
    if (is_constructor && decorators.size != 0) {
      return raise(key->start, Msg::DecoratorsOnConstructor);
    }
    if (is_constructor && method_kind != MethodKind::Method) {
      return raise(key->start, Msg::ConstructorAccessor);
    }
    if (is_constructor) {
      if (is_generator) return raise(key->start, Msg::ConstructorGenerator);
      if (is_async) return raise(key->start, Msg::ConstructorAsync);
    } else if (is_static && key_is(key, computed, "prototype")) {
      return raise(key->start, Msg::StaticPrototype);
    }
    auto* method = make<MethodDefinition>(start);
    method->is_static = is_static;
    method->computed = computed;
    method->key = key;
    method->kind = is_constructor ? MethodKind::Constructor : method_kind;
    method->decorators = decorators;
    FunctionExpression* value =
        parse_method(is_generator, is_async, is_constructor, has_super, typescript());
    method->value = value;
    if (failed()) return invalid();
    if (method_kind == MethodKind::Get && value->params.size != 0) {
      return raise(value->start, Msg::GetterParams);
    }
    if (method_kind == MethodKind::Set) {
      if (value->params.size != 1) return raise(value->start, Msg::SetterParams);
      if (value->params[0]->kind == NodeKind::RestElement) {
        return raise(value->params[0]->start, Msg::SetterRest);
      }
    }
    if (typescript()) [[unlikely]] {
      if (auto* side = ts_side(*method)) side->optional = optional;
      return finish_ts_class_element(finish(method), mods);
    }
    return finish(method);
  }

  if (key_is(key, computed, "constructor")) {
    return raise(key->start, Msg::FieldNamedConstructor);
  }
  if (is_static && key_is(key, computed, "prototype")) {
    return raise(key->start, Msg::StaticFieldNamedPrototype);
  }
  Node* value = nullptr;
  if (eat(TokenKind::Assign)) {
    // An initializer is its own function-like scope: no yield or await from outside.
    ContextGuard init_ctx(*this, (ctx_ & (ctx::kStrict | ctx::kInClass)) |
                                     ctx::kIn | ctx::kClassField | ctx::kSuperProperty |
                                     ctx::kNewTarget);
    value = parse_assignment_expression();
  }
  consume_semicolon_or_annotation();
  // Fields and auto-accessors have the same fields.
  auto fill = [&](auto* field) {
    field->is_static = is_static;
    field->computed = computed;
    field->key = key;
    field->value = value;
    field->decorators = decorators;
    return finish(field);
  };
  // TypeScript's fields of both in their side records.
  auto fill_ts = [&](auto* field) {
    if (auto* side = ts_side(*field)) [[unlikely]] {
      side->optional = optional;
      side->definite = definite;
      side->type_annotation = type_annotation;
    }
    return field;
  };
  Node* element;
  if (is_accessor) [[unlikely]] {
    element = fill_ts(fill(make<AccessorProperty>(start)));
  } else {
    element = fill_ts(fill(make<PropertyDefinition>(start)));
  }
  if (typescript()) [[unlikely]] return finish_ts_class_element(element, mods);
  return element;
}

// `static { ... }`: statements in their own var scope, without await, return or labels.
Node* Parser::parse_static_block(uint32_t start) {
  auto* block = make<StaticBlock>(start);
  next();  // `{`
  ContextGuard block_ctx(*this, (ctx_ & (ctx::kStrict | ctx::kInClass)) |
                                    ctx::kIn | ctx::kStaticBlock | ctx::kSuperProperty |
                                    ctx::kNewTarget);
  const size_t saved_labels_base = labels_base_;
  labels_base_ = labels_.size();
  const size_t mark = list_mark();
  {
    ScopeGuard scope(*this, ScopeStack::kStaticBlock);
    while (!at(TokenKind::RBrace) && !at(TokenKind::Eof)) {
      push(parse_statement_in(StatementContext::ListItem, false));
    }
  }
  block->body = take_list(mark);
  expect(TokenKind::RBrace);
  labels_.resize(labels_base_);
  labels_base_ = saved_labels_base;
  return finish(block);
}

}  // namespace essa
