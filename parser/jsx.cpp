// JSX (ParseOptions::jsx): elements, fragments, attributes, children, as acorn-jsx parses
// them and with its node shapes, positions and messages. The parser tells the lexer which
// mode scans the token after each one it consumes (lex_jsx.cpp): inside a tag, among
// children, or plain JavaScript inside `{ }` and after the element.
#include <string>

#include "parser.h"

namespace essa {
namespace {

// acorn-jsx's getQualifiedJSXName: `a`, `a:b`, `a.b.c`.
void append_qualified_name(const Node* name, std::string& out) {
  if (const auto* id = as<JSXIdentifier>(name)) {
    out += id->name;
  } else if (const auto* ns = as<JSXNamespacedName>(name)) {
    append_qualified_name(ns->ns, out);
    out += ':';
    append_qualified_name(ns->name, out);
  } else if (const auto* member = as<JSXMemberExpression>(name)) {
    append_qualified_name(member->object, out);
    out += '.';
    append_qualified_name(member->property, out);
  }
}

// Do two element names (nullptr for a fragment) print the same?
bool same_name(const Node* a, const Node* b) {
  if (a == nullptr || b == nullptr) return a == b;
  if (a->kind != b->kind) return false;
  if (const auto* id = as<JSXIdentifier>(a)) return id->name == as<JSXIdentifier>(b)->name;
  if (const auto* ns = as<JSXNamespacedName>(a)) {
    const auto* other = as<JSXNamespacedName>(b);
    return same_name(ns->ns, other->ns) && same_name(ns->name, other->name);
  }
  if (const auto* member = as<JSXMemberExpression>(a)) {
    const auto* other = as<JSXMemberExpression>(b);
    return same_name(member->object, other->object) &&
           same_name(member->property, other->property);
  }
  return false;  // the invalid node after an error
}

}  // namespace

void Parser::next_in_jsx_tag() {
  report_consumed();
  lexer_.next_jsx_tag(!jsx_closing_tag_);
}

void Parser::next_in_jsx_children() {
  report_consumed();
  lexer_.next_jsx_child();
}

void Parser::next_after_jsx(JsxFollow follow) {
  switch (follow) {
    case JsxFollow::Expression: next(); return;
    case JsxFollow::Tag: next_in_jsx_tag(); return;
    case JsxFollow::Child: next_in_jsx_children(); return;
  }
}

Node* Parser::parse_jsx_element(JsxFollow follow) {
  const uint32_t start = tok().start;
  lexer_.rescan_jsx_tag_start();
  next_in_jsx_tag();
  return parse_jsx_element_at(start, follow);
}

Node* Parser::parse_jsx_element_at(uint32_t start, JsxFollow follow) {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  // The opening tag: attributes come before the name in acorn-jsx's key order.
  const size_t mark = list_mark();
  Node* name = parse_jsx_element_name();
  Node* type_arguments = nullptr;
  if (name != nullptr && at(TokenKind::Lt) && typescript()) [[unlikely]] {
    type_arguments = parse_ts_jsx_type_arguments();  // <Foo<T> />
  }
  while (!at(TokenKind::Slash) && !at(TokenKind::Gt) && !failed()) push(parse_jsx_attribute());
  const NodeList attributes = take_list(mark);
  const bool self_closing = at(TokenKind::Slash);
  if (self_closing) next_in_jsx_tag();
  if (!at(TokenKind::Gt)) return unexpected();
  if (self_closing) {
    next_after_jsx(follow);
  } else {
    next_in_jsx_children();
  }
  Node* opening = nullptr;
  if (name != nullptr) {
    auto* node = make<JSXOpeningElement>(start);
    node->attributes = attributes;
    node->name = name;
    node->self_closing = self_closing;
    if (type_arguments != nullptr) {
      if (auto* side = ts_side(*node)) side->type_arguments = type_arguments;
    }
    opening = finish(node);
  } else {
    // acorn-jsx: no name only at `<>`, so no attributes and not self-closing.
    opening = finish(make<JSXOpeningFragment>(start));
  }

  Node* closing = nullptr;
  const size_t children = list_mark();
  if (!self_closing) {
    while (!failed()) {
      if (at(TokenKind::Lt)) {
        const uint32_t tag_start = tok().start;
        next_in_jsx_tag();
        if (!at(TokenKind::Slash)) {
          push(parse_jsx_element_at(tag_start, JsxFollow::Child));
          continue;
        }
        // The closing tag.
        jsx_closing_tag_ = true;
        next_in_jsx_tag();
        Node* closing_name = parse_jsx_element_name();
        jsx_closing_tag_ = false;
        if (!at(TokenKind::Gt)) return unexpected();
        next_after_jsx(follow);
        if (closing_name != nullptr) {
          auto* node = make<JSXClosingElement>(tag_start);
          node->name = closing_name;
          closing = finish(node);
        } else {
          closing = finish(make<JSXClosingFragment>(tag_start));
        }
        if (!same_name(name, closing_name)) {
          std::string expected;
          if (name == nullptr) {
            expected = "undefined";
          } else {
            append_qualified_name(name, expected);
          }
          return raise(tag_start, Msg::JsxClosingTagMismatch, expected);
        }
        break;
      }
      if (at(TokenKind::JsxText)) {
        push(parse_jsx_text());
      } else if (at(TokenKind::LBrace)) {
        push(parse_jsx_expression_container(JsxFollow::Child));
      } else {
        return unexpected();
      }
    }
  }
  const NodeList child_list = take_list(children);
  if (failed()) return invalid();
  // After `<a/>` a `<` is a comparison for acorn-jsx, which it reports this way.
  if (follow != JsxFollow::Child && at(TokenKind::Lt)) {
    return raise(tok().start, Msg::JsxAdjacentElements);
  }
  if (name != nullptr) {
    auto* node = make<JSXElement>(start);
    node->opening_element = opening;
    node->closing_element = closing;
    node->children = child_list;
    return finish_at(node, closing ? closing->end : opening->end);
  }
  auto* node = make<JSXFragment>(start);
  node->opening_fragment = opening;
  node->closing_fragment = closing;
  node->children = child_list;
  return finish_at(node, closing->end);
}

Node* Parser::parse_jsx_element_name() {
  if (at(TokenKind::Gt)) return nullptr;
  const uint32_t start = tok().start;
  Node* node = parse_jsx_namespaced_name();
  if (at(TokenKind::Dot) && is<JSXNamespacedName>(node)) return unexpected();
  ChainDepth links(*this);
  while (at(TokenKind::Dot)) {
    if (!links.add_link()) return invalid();
    next_in_jsx_tag();
    auto* member = make<JSXMemberExpression>(start);
    member->object = node;
    member->property = parse_jsx_identifier();
    node = finish(member);
  }
  return node;
}

Node* Parser::parse_jsx_identifier() {
  if (!at(TokenKind::JsxName)) return unexpected();
  auto* node = make<JSXIdentifier>(tok().start);
  node->name = lexer_.value();  // a view into the source: JSX names have no escapes
  next_in_jsx_tag();
  return finish(node);
}

Node* Parser::parse_jsx_namespaced_name() {
  const uint32_t start = tok().start;
  Node* name = parse_jsx_identifier();
  if (!at(TokenKind::Colon)) return name;
  next_in_jsx_tag();
  auto* node = make<JSXNamespacedName>(start);
  node->ns = name;
  node->name = parse_jsx_identifier();
  return finish(node);
}

Node* Parser::parse_jsx_attribute() {
  const uint32_t start = tok().start;
  if (at(TokenKind::LBrace)) {
    next();
    if (!expect(TokenKind::Ellipsis)) return invalid();
    auto* node = make<JSXSpreadAttribute>(start);
    {
      ContextGuard in(*this, ctx_ | ctx::kIn);
      node->argument = parse_assignment_expression();
    }
    if (!at(TokenKind::RBrace)) return unexpected();
    next_in_jsx_tag();
    return finish(node);
  }
  auto* node = make<JSXAttribute>(start);
  node->name = parse_jsx_namespaced_name();
  if (at(TokenKind::Assign)) {
    next_in_jsx_tag();
    node->value = parse_jsx_attribute_value();
  }
  return finish(node);
}

Node* Parser::parse_jsx_attribute_value() {
  const Token t = tok();
  switch (partial(t.kind)) {
    case partial(TokenKind::LBrace): {
      Node* node = parse_jsx_expression_container(JsxFollow::Tag);
      const auto* container = as<JSXExpressionContainer>(node);
      if (container && is<JSXEmptyExpression>(container->expression)) {
        return raise(t.start, Msg::JsxEmptyAttributeValue);
      }
      return node;
    }
    case partial(TokenKind::Lt):
      return parse_jsx_element(JsxFollow::Tag);
    case partial(TokenKind::JsxString): {
      auto* node = make<Literal>(t.start);
      node->raw = lexer_.text(t);
      node->value.kind = LiteralKind::String;
      node->value.string = current_cooked();
      next_in_jsx_tag();
      return finish(node);
    }
  }
  return raise(t.start, Msg::JsxBadAttributeValue);
}

Node* Parser::parse_jsx_expression_container(JsxFollow follow) {
  auto* node = make<JSXExpressionContainer>(tok().start);
  next();
  if (at(TokenKind::RBrace)) {
    // Nothing but trivia: from the end of `{` to the start of `}`.
    auto* empty = make<JSXEmptyExpression>(prev_end_);
    node->expression = finish_at(empty, tok().start);
  } else {
    ContextGuard in(*this, ctx_ | ctx::kIn);
    node->expression = parse_expression();
  }
  if (!at(TokenKind::RBrace)) return unexpected();
  next_after_jsx(follow);
  return finish(node);
}

Node* Parser::parse_jsx_text() {
  auto* node = make<JSXText>(tok().start);
  node->value = current_cooked();
  node->raw = lexer_.text(tok());
  next_in_jsx_children();
  return finish(node);
}

}  // namespace essa
