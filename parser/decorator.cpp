// Decorators (stage 3, the 2023-01 proposal): `@expression` before a class or a class element.
//   Decorator : @ DecoratorMemberExpression
//             | @ DecoratorParenthesizedExpression
//             | @ DecoratorCallExpression
//   DecoratorMemberExpression : IdentifierReference
//                             | DecoratorMemberExpression . IdentifierName
//                             | DecoratorMemberExpression . PrivateIdentifier
//   DecoratorCallExpression : DecoratorMemberExpression Arguments
//   DecoratorParenthesizedExpression : ( Expression )
// So `@a.b.c`, `@a.#p`, `@a.b(x)` and `@(any expression)`, but not `@a()()`, `@a().b`,
// `@a[0]` or `@(a).b`: after a call or parentheses the next token must start the class or
// element. A class or element with decorators starts at its first `@` (meriyah's positions).
#include "parser.h"

namespace essa {

// At `@`: one or more decorators, as an arena list.
NodeList Parser::parse_decorators() {
  const size_t mark = list_mark();
  while (at(TokenKind::At) && !failed()) push(parse_decorator());
  return take_list(mark);
}

Node* Parser::parse_decorator() {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  auto* decorator = make<Decorator>(tok().start);
  next();  // `@`
  const uint32_t start = tok().start;
  Node* expr;
  if (eat(TokenKind::LParen)) {
    ContextGuard in(*this, ctx_ | ctx::kIn);
    expr = parse_expression();
    expect(TokenKind::RParen);
  } else {
    expr = parse_identifier(false);  // IdentifierReference: yield/await as the context allows
    ChainDepth links(*this);
    while (!failed() && eat(TokenKind::Dot)) {
      if (!links.add_link()) return invalid();
      auto* member = make<MemberExpression>(start);
      member->object = expr;
      member->property = at(TokenKind::PrivateName) ? static_cast<Node*>(parse_private_identifier())
                                                    : parse_identifier(true);
      member->computed = false;
      member->optional = false;
      expr = finish(member);
    }
    if (at(TokenKind::LParen)) {
      next();
      auto* call = make<CallExpression>(start);
      call->callee = expr;
      const size_t mark = list_mark();
      parse_argument_list(nullptr);
      call->arguments = take_list(mark);
      call->optional = false;
      expr = finish(call);
    }
  }
  decorator->expression = expr;
  return finish(decorator);
}

// Decorators at the start of a statement: they must belong to a class declaration, directly
// (`@d class C {}`) or through an export (`@d export class C {}`, `@d export default class {}`).
Node* Parser::parse_decorated_statement(uint32_t start, bool top_level) {
  NodeList decorators = parse_decorators();
  if (failed()) return invalid();
  if (at(TokenKind::Class)) return parse_class(start, true, false, decorators);
  if (typescript() && at_ts_abstract_class()) [[unlikely]] {
    return parse_ts_abstract_class(start, true, false, decorators);
  }
  if (at(TokenKind::Export)) {
    if (!top_level) return raise(tok().start, Msg::ImportExportNotTopLevel);
    if (!module()) return raise(tok().start, Msg::ImportExportInScript);
    return parse_export_declaration(start, decorators);
  }
  return raise(tok().start, Msg::DecoratorsNotOnClass);
}

}  // namespace essa
