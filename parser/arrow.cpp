// Arrow functions. Their heads were parsed by the cover grammar (a parenthesized list, a
// single name, or the arguments of `async(...)`); here the parameters become patterns and
// the body is parsed in the arrow's own context.
#include "parser.h"

namespace essa {

Node* Parser::parse_arrow_expression(uint32_t start, NodeList params, bool is_async) {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  YieldAwaitScope positions(*this);
  // An arrow keeps `this`, `super`, `new.target`, `arguments` and strictness from where it
  // stands, and `in` for a concise body (acorn's forInit); `await` follows its own
  // asyncness; it is never a generator, parameter list or static block.
  uint32_t arrow_ctx =
      ctx_ & ~(ctx::kYield | ctx::kAwait | ctx::kParameters | ctx::kStaticBlock | ctx::kAsyncArrow);
  if (is_async) arrow_ctx |= ctx::kAwait | ctx::kAsyncArrow;
  ContextGuard arrow(*this, arrow_ctx);
  ScopeGuard scope(*this, ScopeStack::kFunction);

  auto* node = make<ArrowFunctionExpression>(start);
  node->id = nullptr;
  node->generator = false;
  node->is_async = is_async;
  to_assignable_list(params, true);
  node->params = params;
  if (at(TokenKind::LBrace)) {
    ContextGuard body(*this, ctx_ | ctx::kIn | ctx::kReturn);
    node->expression = false;
    node->body = parse_function_body(true, false, params, start);
  } else {
    node->expression = true;
    node->body = parse_assignment_expression();
    for (Node* param : params) check_lval_inner_pattern(param, true);
    // As acorn, a concise body's parameters are bound after it (it declares nothing).
    for (Node* param : params) declare_names(param, BindKind::Var, true);
  }
  return finish(node);
}

}  // namespace essa
