// TypeScript in classes (ParseOptions::typescript), as typescript-estree builds it: member
// modifiers, abstract members, bodiless methods (overloads), index signatures, parameter
// properties, `implements` and `abstract class`. class.cpp calls in where a TypeScript
// element differs; the checks are those typescript-estree reports, in TypeScript's words.
#include <type_traits>

#include "parser.h"

namespace essa {

namespace {

// TypeScript's canFollowModifier: what may stand after a modifier word for it to be one.
bool can_follow_modifier(const Token& after) {
  const TokenKind k = after.kind;
  return k == TokenKind::LBracket || k == TokenKind::LBrace || k == TokenKind::Star ||
         k == TokenKind::Ellipsis || k == TokenKind::PrivateName || k == TokenKind::String || k == TokenKind::Number ||
         k == TokenKind::BigInt || is_identifier_name(k);
}

// A member's TypeScript modifiers, written into its side record.
template <class T>
void copy_modifiers(T* element, const Parser::TsClassModifiers& mods) {
  auto* side = ts_side(*element);
  if (side == nullptr) return;
  side->accessibility = mods.accessibility;
  side->override = mods.override;
  if constexpr (requires { side->readonly; }) {
    side->readonly = mods.readonly;
    side->declare = mods.declare;
  }
}

// `from`'s fields and positions into `to` (a method, field or accessor into its abstract twin,
// which has the same fields).
template <class To, class From>
To* copy_member(To* to, const From* from) {
  to->is_static = from->is_static;
  to->computed = from->computed;
  to->key = from->key;
  to->value = from->value;
  to->decorators = from->decorators;
  if constexpr (std::is_same_v<To, TSAbstractMethodDefinition>) to->kind = from->kind;
  auto* to_side = ts_side(*to);
  const auto* from_side = ts_side(*from);
  if (to_side != nullptr && from_side != nullptr) {
    to_side->accessibility = from_side->accessibility;
    to_side->optional = from_side->optional;
    to_side->override = from_side->override;
    if constexpr (requires { to_side->readonly; }) {
      to_side->definite = from_side->definite;
      to_side->type_annotation = from_side->type_annotation;
      to_side->declare = from_side->declare;
      to_side->readonly = from_side->readonly;
    }
  }
  to->end = from->end;
  return to;
}

}  // namespace

bool Parser::parse_ts_class_modifiers(TsClassModifiers& mods) {
  for (;;) {
    if (tok().escaped()) return true;
    std::string_view access;
    bool* flag = nullptr;
    uint32_t* flag_start = nullptr;
    const bool is_static = at_contextual(TokenKind::Static);
    if (at(TokenKind::Public)) {
      access = "public";
    } else if (at(TokenKind::Private)) {
      access = "private";
    } else if (at(TokenKind::Protected)) {
      access = "protected";
    } else if (is_static) {
      flag = &mods.is_static;
    } else if (at_contextual(TokenKind::Accessor)) {
      flag = &mods.is_accessor;
    } else if (at_ts_word("readonly")) {
      flag = &mods.readonly;
      flag_start = &mods.readonly_start;
    } else if (at_ts_word("declare")) {
      flag = &mods.declare;
      flag_start = &mods.declare_start;
    } else if (at_ts_word("abstract")) {
      flag = &mods.is_abstract;
      flag_start = &mods.abstract_start;
    } else if (at_ts_word("override")) {
      flag = &mods.override;
    } else {
      return true;
    }
    // `static` may end its line (TypeScript's rule); `static {` opens a static block, which
    // class.cpp parses; the other words are modifiers only before a name on their line.
    const Token after = peek();
    if (is_static ? after.kind == TokenKind::LBrace : after.newline_before()) return true;
    if (!can_follow_modifier(after)) return true;
    if (!access.empty()) {
      if (!mods.accessibility.empty()) {
        raise(tok().start, Msg::TsAccessibilityAlreadySeen);
        return false;
      }
      mods.accessibility = access;
      mods.accessibility_start = tok().start;
    } else {
      *flag = true;
      if (flag_start != nullptr) *flag_start = tok().start;
    }
    next();
  }
}

Node* Parser::parse_ts_class_index_signature(uint32_t start, const TsClassModifiers& mods) {
  const char* word = nullptr;
  uint32_t at_word = 0;
  if (!mods.accessibility.empty()) {
    word = mods.accessibility.data();
    at_word = mods.accessibility_start;
  } else if (mods.declare) {
    word = "declare";
    at_word = mods.declare_start;
  } else if (mods.is_abstract) {
    word = "abstract";
    at_word = mods.abstract_start;
  }
  if (word != nullptr) return raise(at_word, Msg::TsModifierOnIndexSignature, word);
  auto* node = make<TSIndexSignature>(start);
  node->readonly = mods.readonly;
  node->is_static = mods.is_static;
  if (!parse_ts_index_signature_rest(node)) return invalid();
  if (!eat(TokenKind::Comma)) consume_semicolon();
  return finish(node);
}

Node* Parser::finish_ts_class_element(Node* element, const TsClassModifiers& mods) {
  if (auto* method = as<MethodDefinition>(element)) {
    if (mods.declare) return raise(mods.declare_start, Msg::TsModifierOnElementKind, "declare");
    if (mods.readonly) return raise(mods.readonly_start, Msg::TsReadonlyNotProperty);
    auto* fn = static_cast<FunctionExpression*>(method->value);
    const bool is_constructor = method->kind == MethodKind::Constructor;
    if (mods.is_abstract && is_constructor) return raise(mods.abstract_start, Msg::TsAbstractPlace);
    if (fn->body == nullptr) {
      if (method->decorators.size != 0) {
        return raise(method->decorators[0]->start, Msg::TsDecoratorOnOverload);
      }
      // A parameter property needs the constructor's implementation.
      for (Node* p : fn->params) {
        if (is<TSParameterProperty>(p)) return raise(p->start, Msg::TsParameterPropertyPlace);
      }
      auto* empty = make<TSEmptyBodyFunctionExpression>(fn->start);
      empty->id = fn->id;
      empty->generator = fn->generator;
      empty->is_async = fn->is_async;
      empty->params = fn->params;
      empty->type_parameters = ts_side_value(*fn, &FunctionExpression::TsSide::type_parameters);
      empty->return_type = ts_side_value(*fn, &FunctionExpression::TsSide::return_type);
      empty->end = fn->end;
      method->value = empty;
    } else if (mods.is_abstract) {
      const Node* key = method->key;
      return raise(key->start, Msg::TsAbstractWithBody, lexer_.text(key->start, key->end));
    }
    copy_modifiers(method, mods);
    if (!mods.is_abstract) return method;
    return copy_member(make<TSAbstractMethodDefinition>(method->start), method);
  }
  auto abstract_field = [&](auto* twin, auto* field) -> Node* {
    if (field->value != nullptr) return raise(field->value->start, Msg::TsAbstractInitializer);
    return copy_member(twin, field);
  };
  if (auto* field = as<PropertyDefinition>(element)) {
    copy_modifiers(field, mods);
    if (!mods.is_abstract) return field;
    return abstract_field(make<TSAbstractPropertyDefinition>(field->start), field);
  }
  auto* accessor = static_cast<AccessorProperty*>(element);
  copy_modifiers(accessor, mods);
  if (!mods.is_abstract) return accessor;
  return abstract_field(make<TSAbstractAccessorProperty>(accessor->start), accessor);
}

// At `{` after a class's `extends`: TypeScript reads an empty `{}` as the superclass only
// when a body or another heritage clause follows it (`class C extends {} {}`); else the
// list is empty and the `{` opens the body.
bool Parser::at_ts_heritage_object_literal() {
  const Lexer::Checkpoint cp = lexer_.checkpoint();
  const uint32_t saved_end = prev_end_;
  next();  // `{`
  bool object = true;
  if (at(TokenKind::RBrace)) {
    next();
    object = at(TokenKind::LBrace) || at(TokenKind::Comma) || at(TokenKind::Extends) ||
             at(TokenKind::Implements);
  }
  lexer_.rewind(cp);
  prev_end_ = saved_end;
  return object;
}

NodeList Parser::parse_ts_class_implements() {
  const uint32_t keyword_start = tok().start;
  next_keyword();  // `implements`
  // TypeScript's heritage list ends at `{` (a trailing comma is the checker's business).
  if (at(TokenKind::LBrace)) {
    raise(keyword_start, Msg::TsEmptyHeritageList, "implements");
    return {};
  }
  const size_t mark = list_mark();
  for (;;) {
    // `A.B<C>`: the name is an expression (Identifier / MemberExpression) in TS-ESTree.
    const uint32_t start = tok().start;
    auto* heritage = make<TSClassImplements>(start);
    Node* expression = parse_identifier(false);
    ChainDepth chain(*this);
    while (!failed() && eat(TokenKind::Dot)) {
      if (!chain.add_link()) break;
      auto* member = make<MemberExpression>(start);
      member->object = expression;
      member->property = parse_identifier(true);
      expression = finish(member);
    }
    heritage->expression = expression;
    if (!failed() && at(TokenKind::Lt)) heritage->type_arguments = parse_ts_type_arguments();
    push(finish(heritage));
    if (failed() || !eat(TokenKind::Comma) || at(TokenKind::LBrace)) break;
  }
  return take_list(mark);
}

bool Parser::at_ts_abstract_class() {
  if (!at_ts_word("abstract")) return false;
  const Token after = peek();
  return after.kind == TokenKind::Class && !after.newline_before();
}

Node* Parser::parse_ts_abstract_class(uint32_t start, bool is_statement, bool id_optional,
                                      NodeList decorators) {
  next();  // `abstract`
  Node* cls = parse_class(start, is_statement, id_optional, decorators);
  if (failed()) return invalid();
  if (auto* declaration = as<ClassDeclaration>(cls)) {
    if (auto* side = ts_side(*declaration)) side->is_abstract = true;
  } else if (auto* expression = as<ClassExpression>(cls)) {
    if (auto* side = ts_side(*expression)) side->is_abstract = true;
  }
  return cls;
}

Node* Parser::parse_ts_parameter_property(uint32_t start, NodeList decorators) {
  auto* property = make<TSParameterProperty>(start);
  property->decorators = decorators;
  TsClassModifiers mods;
  if (!parse_ts_class_modifiers(mods)) return invalid();
  if (mods.is_static || mods.is_accessor || mods.declare || mods.is_abstract) {
    return unexpected_at(start);
  }
  property->accessibility = mods.accessibility;
  property->readonly = mods.readonly;
  property->override = mods.override;
  if (at(TokenKind::Ellipsis)) return raise(start, Msg::TsParameterPropertyRest);
  if (at(TokenKind::LBrace) || at(TokenKind::LBracket)) {
    return raise(start, Msg::TsParameterPropertyPattern);
  }
  Node* parameter = parse_ts_parameter(false);
  if (failed()) return invalid();
  property->parameter = parameter;
  return finish(property);
}

}  // namespace essa
