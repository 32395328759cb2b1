// Expressions: sequence, assignment, conditional, binary operators by precedence climbing,
// unary and update, subscripts (members, calls, optional chains, tagged templates), `new`,
// `yield`, `await`, `import(...)` and primaries. Node shapes, positions and messages follow
// acorn's expression.js; the cover grammar for arrows and patterns records what it sees in
// CoverErrors and is resolved in pattern.cpp / arrow.cpp.
#include <string>

#include "parser.h"
#include "token_operators.h"

namespace essa {
namespace {

constexpr uint32_t kNone = CoverErrors::kNone;

// A name token where acorn has `tt.name` (`enum` included: it is rejected as reserved).
bool is_name(TokenKind k) { return is_identifier_like(k) || k == TokenKind::Enum; }

// What a ParenthesizedExpression (preserve_parens) holds, looking through nested ones.
const Node* without_parens(const Node* n) {
  while (const auto* p = as<ParenthesizedExpression>(n)) n = p->expression;
  return n;
}

bool is_simple_assign_target(const Node* n) {
  n = without_parens(n);
  if (is<Identifier>(n) || is<MemberExpression>(n)) return true;
  // TypeScript: `(x as T) = 1`, `(<T>x) = 1`, `(x!) = 1`.
  return is<TSAsExpression>(n) || is<TSSatisfiesExpression>(n) || is<TSTypeAssertion>(n) ||
         is<TSNonNullExpression>(n);
}

bool is_private_field_access(const Node* n) {
  n = without_parens(n);
  if (const auto* m = as<MemberExpression>(n)) return is<PrivateIdentifier>(m->property);
  if (const auto* c = as<ChainExpression>(n)) return is_private_field_access(c->expression);
  return false;
}

bool is_optional_link(const Node* n) {
  if (const auto* m = as<MemberExpression>(n)) return m->optional;
  if (const auto* c = as<CallExpression>(n)) return c->optional;
  return false;
}

}  // namespace

void Parser::report_keyword_escape() {
  if (is_reserved_word(kind())) raise(tok().start, Msg::EscapedKeyword, token_spelling(kind()));
}

// Expression: AssignmentExpression (`,` AssignmentExpression)*.
Node* Parser::parse_expression(CoverErrors* errors) {
  const uint32_t start = tok().start;
  Node* expr = parse_assignment_expression(errors);
  if (!at(TokenKind::Comma)) return expr;
  auto* seq = make<SequenceExpression>(start);
  const size_t mark = list_mark();
  push(expr);
  while (eat(TokenKind::Comma)) push(parse_assignment_expression(errors));
  seq->expressions = take_list(mark);
  return finish(seq);
}

// AssignmentExpression, with acorn's bookkeeping of the cover errors: a caller that passes
// `errors` decides later whether the expression was a pattern; otherwise pattern-only
// constructs are reported here.
Node* Parser::parse_assignment_expression(CoverErrors* errors) {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  if (at_contextual(TokenKind::Yield) && has(ctx::kYield)) return parse_yield_expression();

  CoverErrors own;
  const bool is_own = errors == nullptr;
  uint32_t old_paren_assign = kNone, old_trailing_comma = kNone, old_double_proto = kNone;
  if (is_own) {
    errors = &own;
  } else {
    old_paren_assign = errors->parenthesized_assign;
    old_trailing_comma = errors->trailing_comma;
    old_double_proto = errors->double_proto;
    errors->parenthesized_assign = errors->trailing_comma = kNone;
  }

  const uint32_t start = tok().start;
  // acorn sets it at `(` and names only, the only primaries that read it; set always, it
  // costs no test, and TypeScript's generic arrows start at `<`.
  potential_arrow_at_ = start;
  Node* left = parse_conditional_expression(errors);
  if (is_assign_op(kind())) {
    const TokenKind op = kind();
    const bool web_compat_call =
        is_web_compat_call_target(left) && op != TokenKind::AmpAmpAssign &&
        op != TokenKind::PipePipeAssign && op != TokenKind::QuestionQuestionAssign;
    if (op == TokenKind::Assign && !web_compat_call) left = to_assignable(left, false, errors);
    if (!is_own) {
      errors->parenthesized_assign = errors->trailing_comma = errors->double_proto = kNone;
    }
    // A shorthand default inside the target was used correctly.
    if (errors->shorthand_assign >= left->start) errors->shorthand_assign = kNone;
    if (web_compat_call) {
      // accepted as written (Annex B)
    } else if (op == TokenKind::Assign) {
      check_lval_pattern(left, false);
    } else {
      check_lval_simple(left, false);
    }
    auto* node = make<AssignmentExpression>(start);
    node->op = infix_operator(op);
    node->left = left;
    next();
    node->right = parse_assignment_expression();
    if (old_double_proto != kNone) errors->double_proto = old_double_proto;
    return finish(node);
  }
  if (is_own) check_expression_errors(*errors);
  if (old_paren_assign != kNone) errors->parenthesized_assign = old_paren_assign;
  if (old_trailing_comma != kNone) errors->trailing_comma = old_trailing_comma;
  return left;
}

// ConditionalExpression: ShortCircuitExpression (`?` AssignmentExpression `:` ...)?
Node* Parser::parse_conditional_expression(CoverErrors* errors) {
  const uint32_t start = tok().start;
  Node* expr = parse_maybe_unary(errors, false, false);
  if (has_expression_errors(errors)) return expr;
  // An arrow function is a whole AssignmentExpression: no operator may follow it. Most
  // operands are followed by no binary operator at all: skip the call then.
  // (TypeScript's `as` and `satisfies` are names, without a precedence of their own.)
  if ((binary_precedence(kind()) != 0 ||
       ((at(TokenKind::As) || at(TokenKind::Identifier)) && typescript())) &&
      !(is<ArrowFunctionExpression>(expr) && expr->start == start)) {
    expr = parse_binary_expression(start, expr, -1);
  }
  if (has_expression_errors(errors)) return expr;
  if (!at(TokenKind::Question)) return expr;
  next();
  auto* node = make<ConditionalExpression>(start);
  node->test = expr;
  bool ts_restricted_alternate = false;
  if (typescript()) [[unlikely]] {
    // An arrow at the consequent's start has a return type only if a `:` follows it
    // (`a ? (b): c => d : e`, ts/arrows.cpp); an alternate inherits its conditional's rule.
    ts_restricted_alternate = ts_arrow_no_return_at_ == start;
    ts_arrow_no_return_at_ = tok().start;
  }
  {
    ContextGuard in(*this, ctx_ | ctx::kIn);
    node->consequent = parse_assignment_expression();
  }
  expect(TokenKind::Colon);
  if (ts_restricted_alternate) [[unlikely]] ts_arrow_no_return_at_ = tok().start;
  node->alternate = parse_assignment_expression();
  return finish(node);
}

// Binary operators above `min_prec` after `left` (acorn's parseExprOp). Left-associative
// chains loop here instead of recursing, so `a+b+c+...` costs no stack; the right operand
// recurses only into tighter operators. `**` is parsed with the unary operators.
Node* Parser::parse_binary_expression(uint32_t start, Node* left, int min_prec) {
  ChainDepth chain(*this);
  for (;;) {
    const TokenKind k = kind();
    int prec = binary_precedence(k);
    if (prec == 0) {
      // TypeScript's `as` and `satisfies` bind like the relational operators.
      if ((k == TokenKind::As || k == TokenKind::Identifier) && typescript()) [[unlikely]] {
        if ((k == TokenKind::As || at_ts_satisfies()) && !tok().newline_before() &&
            !tok().escaped() && binary_precedence(TokenKind::Lt) > min_prec) {
          left = parse_ts_as_expression(start, left);
          if (!chain.add_link()) return invalid();
          continue;
        }
      }
      return left;
    }
    if (k == TokenKind::StarStar) return left;
    if (k == TokenKind::In && !has(ctx::kIn)) return left;
    if (prec <= min_prec) return left;
    const bool logical = k == TokenKind::PipePipe || k == TokenKind::AmpAmp;
    const bool coalesce = k == TokenKind::QuestionQuestion;
    // `??` binds like the logical operators, but its right side may not hold them.
    if (coalesce) prec = binary_precedence(TokenKind::AmpAmp);
    next_keyword();
    const uint32_t right_start = tok().start;
    Node* right =
        parse_binary_expression(right_start, parse_maybe_unary(nullptr, false, false), prec);
    if (is<PrivateIdentifier>(right)) {
      raise(right->start, Msg::PrivateNotLeftOfIn);
    }
    Node* node;
    if (logical || coalesce) {
      auto* n = make<LogicalExpression>(start);
      n->left = left;
      n->op = infix_operator(k);
      n->right = right;
      node = finish(n);
    } else {
      auto* n = make<BinaryExpression>(start);
      n->left = left;
      n->op = infix_operator(k);
      n->right = right;
      node = finish(n);
    }
    if ((logical && at(TokenKind::QuestionQuestion)) ||
        (coalesce && (at(TokenKind::PipePipe) || at(TokenKind::AmpAmp)))) {
      raise(tok().start, Msg::MixedCoalesce);
    }
    if (!chain.add_link()) return invalid();
    left = node;
  }
}

// UnaryExpression, UpdateExpression and `**` (whose left side may not be a unary
// expression: `-a ** b` is an error, `(-a) ** b` is not).
Node* Parser::parse_maybe_unary(CoverErrors* errors, bool saw_unary, bool inc_dec) {
  const uint32_t start = tok().start;
  Node* expr;
  Operator op;
  if (at_contextual(TokenKind::Await) && has(ctx::kAwait)) {
    expr = parse_await_expression(start);
    saw_unary = true;
  } else if (at_contextual(TokenKind::Await) && at_ts_await_expression()) [[unlikely]] {
    // (A branch of its own: folded into the one above it cost JavaScript 0.1% instructions.)
    expr = parse_await_expression(start);
    saw_unary = true;
  } else if (prefix_operator(kind(), op)) {
    DepthGuard guard(*this);
    if (guard.too_deep()) return invalid();
    const bool update = op == Operator::Increment || op == Operator::Decrement;
    next_keyword();
    Node* argument = parse_maybe_unary(nullptr, true, update);
    if (errors) check_expression_errors(*errors);
    if (update) {
      if (!is_web_compat_call_target(argument)) check_lval_simple(argument, false);
    } else if (op == Operator::Delete && strict() && is<Identifier>(without_parens(argument))) {
      raise(start, Msg::DeleteLocalInStrict);
    } else if (op == Operator::Delete && is_private_field_access(argument)) {
      raise(start, Msg::DeletePrivateField);
    } else {
      saw_unary = true;
    }
    if (update) {
      auto* node = make<UpdateExpression>(start);
      node->op = op;
      node->prefix = true;
      node->argument = argument;
      expr = finish(node);
    } else {
      auto* node = make<UnaryExpression>(start);
      node->op = op;
      node->prefix = true;
      node->argument = argument;
      expr = finish(node);
    }
  } else if (!saw_unary && at(TokenKind::PrivateName)) {
    // `#x in obj`: a private name may only be the left operand of `in`.
    if (!has(ctx::kIn) || !has(ctx::kInClass)) return unexpected();
    expr = parse_private_identifier();
    if (!at(TokenKind::In)) return unexpected();
  } else {
    expr = parse_expr_subscripts(errors);
    if (has_expression_errors(errors)) return expr;
    while ((at(TokenKind::PlusPlus) || at(TokenKind::MinusMinus)) && !tok().newline_before()) {
      if (!is_web_compat_call_target(expr)) check_lval_simple(expr, false);
      auto* node = make<UpdateExpression>(start);
      node->op = at(TokenKind::PlusPlus) ? Operator::Increment : Operator::Decrement;
      node->prefix = false;
      node->argument = expr;
      next();
      expr = finish(node);
    }
  }

  if (inc_dec || !at(TokenKind::StarStar)) return expr;
  const uint32_t op_start = tok().start;
  next();
  if (saw_unary) return unexpected_at(op_start);
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  auto* node = make<BinaryExpression>(start);
  node->left = expr;
  node->op = Operator::Exp;
  node->right = parse_maybe_unary(nullptr, false, false);
  return finish(node);
}

// LeftHandSideExpression: a primary and its subscripts.
Node* Parser::parse_expr_subscripts(CoverErrors* errors) {
  const uint32_t start = tok().start;
  Node* expr = parse_primary_expression(errors);
  // An arrow function takes no subscripts unless it was parenthesized.
  if (is<ArrowFunctionExpression>(expr) && !expr->parenthesized()) return expr;
  Node* result = parse_subscripts(expr, start, false);
  if (errors && is<MemberExpression>(result)) {
    // `({a}).b = 1` and `(a).b => ...`: the parentheses were not around the target.
    if (errors->parenthesized_assign >= result->start) errors->parenthesized_assign = kNone;
    if (errors->parenthesized_bind >= result->start) errors->parenthesized_bind = kNone;
    if (errors->trailing_comma >= result->start) errors->trailing_comma = kNone;
  }
  return result;
}

// Member accesses, calls and tagged templates after `base`, which started at `start`. An
// optional chain (`a?.b.c()`) is wrapped whole in one ChainExpression, as acorn does.
// `no_calls`: the callee of `new`, which takes no arguments of its own.
Node* Parser::parse_subscripts(Node* base, uint32_t start, bool no_calls) {
  // The common case: a bare operand (a TypeScript `!` or `<T>` after it is a subscript too).
  if (!starts_subscript(kind()) && !at_ts_subscript()) return base;
  // `async(...)` directly at the start of an AssignmentExpression may be an arrow head.
  const auto* id = as<Identifier>(base);
  const bool maybe_async_arrow = id && id->name == "async" && id->end - id->start == 5 &&
                                 prev_end_ == id->end && !can_insert_semicolon() &&
                                 potential_arrow_at_ == id->start && ecma() >= 8;
  bool optional_chained = false;
  ChainDepth links(*this);
  for (;;) {
    Node* element = parse_subscript(base, start, no_calls, maybe_async_arrow, optional_chained);
    if (is_optional_link(element)) optional_chained = true;
    if (element == base || is<ArrowFunctionExpression>(element)) {
      if (element == base && typescript() && (at(TokenKind::Lt) || at(TokenKind::LtLt)))
          [[unlikely]] {
        // TypeScript: `f<T>(x)`, tag<T>`x`, `f<T>`, `f<<T>() => T>()` (ts/expressions.cpp).
        element = parse_ts_type_arguments_subscript(base, start, no_calls, optional_chained);
        if (element != base) {
          // An instantiation closed the chain before it.
          if (is<TSInstantiationExpression>(element)) optional_chained = false;
          if (!links.add_link()) return invalid();
          base = element;
          continue;
        }
      }
      if (optional_chained) {
        auto* chain = make<ChainExpression>(start);
        chain->expression = element;
        return finish(chain);
      }
      return element;
    }
    if (!links.add_link()) return invalid();
    base = element;
  }
}

Node* Parser::parse_subscript(Node* base, uint32_t start, bool no_calls, bool maybe_async_arrow,
                              bool optional_chained) {
  const uint32_t op_start = tok().start;
  const bool optional = eat(TokenKind::QuestionDot);
  if (no_calls && optional) {
    return raise(op_start, Msg::OptionalChainInNewCallee);
  }
  if (optional && (at(TokenKind::Lt) || at(TokenKind::LtLt)) && typescript()) [[unlikely]] {
    return parse_ts_optional_call(base, start);  // `a?.<T>()`, `a?.<<T>() => T>()`
  }
  const bool computed = eat(TokenKind::LBracket);
  const bool template_next = at(TokenKind::NoSubstitutionTemplate) || at(TokenKind::TemplateHead);
  if (computed || (optional && !at(TokenKind::LParen) && !template_next) || eat(TokenKind::Dot)) {
    auto* node = make<MemberExpression>(start);
    node->object = base;
    if (computed) {
      ContextGuard in(*this, ctx_ | ctx::kIn);
      node->property = parse_expression();
      expect(TokenKind::RBracket);
    } else if (at(TokenKind::PrivateName) && !is<Super>(base)) {
      node->property = parse_private_identifier();
    } else {
      node->property = parse_identifier(liberal_property_names());
    }
    node->computed = computed;
    node->optional = optional;
    return finish(node);
  }
  if (!no_calls && at(TokenKind::LParen)) {
    return parse_call(base, start, optional, maybe_async_arrow);
  }
  if (template_next) {
    if (optional || optional_chained) {
      return raise(tok().start, Msg::OptionalChainInTag);
    }
    auto* node = make<TaggedTemplateExpression>(start);
    node->tag = base;
    node->quasi = parse_template(true);
    return finish(node);
  }
  if (at_ts_non_null() && !optional) [[unlikely]] {
    next();
    auto* node = make<TSNonNullExpression>(start);
    node->expression = base;
    return finish(node);
  }
  return base;
}

Node* Parser::parse_call(Node* base, uint32_t start, bool optional, bool maybe_async_arrow) {
  next();
  // The arguments may turn out to be an async arrow's parameters: track their yield and
  // await separately, as acorn does.
  const uint32_t old_yield = yield_pos_, old_await = await_pos_;
  const uint32_t old_await_ident = await_ident_pos_;
  yield_pos_ = await_pos_ = await_ident_pos_ = 0;
  CoverErrors errors;
  const size_t mark = list_mark();
  parse_argument_list(&errors);
  if (maybe_async_arrow && !optional && !can_insert_semicolon() && at(TokenKind::Arrow)) {
    next();
    check_pattern_errors(errors, false);
    check_yield_await_in_default_params();
    if (await_ident_pos_ > 0) {
      raise(await_ident_pos_, Msg::AwaitIdentifierInAsync);
    }
    yield_pos_ = old_yield;
    await_pos_ = old_await;
    await_ident_pos_ = old_await_ident;
    return parse_arrow_expression(start, take_list(mark), true);
  }
  check_expression_errors(errors);
  if (old_yield) yield_pos_ = old_yield;
  if (old_await) await_pos_ = old_await;
  if (old_await_ident) await_ident_pos_ = old_await_ident;
  auto* node = make<CallExpression>(start);
  node->callee = base;
  node->arguments = take_list(mark);
  node->optional = optional;
  return finish(node);
}

void Parser::parse_argument_list(CoverErrors* errors) {
  ContextGuard in(*this, ctx_ | ctx::kIn);
  bool first = true;
  while (!eat(TokenKind::RParen)) {
    if (!first) {
      if (!expect(TokenKind::Comma)) return;
      if (ecma() >= 8 && eat(TokenKind::RParen)) return;  // trailing comma: ES2017
    }
    first = false;
    if (at(TokenKind::Ellipsis)) {
      push(parse_spread(errors));
      if (errors && at(TokenKind::Comma) && errors->trailing_comma == kNone) {
        errors->trailing_comma = tok().start;
      }
    } else {
      push(parse_assignment_expression(errors));
    }
  }
}

Node* Parser::parse_spread(CoverErrors* errors) {
  auto* node = make<SpreadElement>(tok().start);
  next();
  node->argument = parse_assignment_expression(errors);
  return finish(node);
}

// PrimaryExpression (acorn's parseExprAtom), including arrow heads that start with a name.
Node* Parser::parse_primary_expression(CoverErrors* errors) {
  // The lexer read `/` as division; here it starts a regular expression.
  if (at(TokenKind::Slash) || at(TokenKind::SlashAssign)) lexer_.rescan_as_regexp();
  const uint32_t start = tok().start;
  const bool can_be_arrow = potential_arrow_at_ == start;
  const TokenKind k = kind();
  if (is_name(k)) {
    const bool is_async = k == TokenKind::Async && !tok().escaped() && ecma() >= 8;
    Identifier* id = parse_identifier(false);
    if (is_async && !can_insert_semicolon() && at(TokenKind::Function)) {
      YieldAwaitScope positions(*this);
      FunctionFlags flags;
      flags.is_async = true;
      return parse_function(start, flags);
    }
    // TypeScript: `async (x: T): R => ...`, `async <T>(x) => ...` (ts/arrows.cpp).
    if (is_async && can_be_arrow && (at(TokenKind::LParen) || at(TokenKind::Lt)) &&
        !can_insert_semicolon() && typescript()) [[unlikely]] {
      if (Node* arrow = parse_ts_arrow_or_null(start, true)) return arrow;
    }
    if (can_be_arrow && !can_insert_semicolon()) {
      if (at(TokenKind::Arrow)) {
        next();
        const size_t mark = list_mark();
        push(id);
        return parse_arrow_expression(start, take_list(mark), false);
      }
      // `async x => ...`
      if (is_async && is_name(kind())) {
        Identifier* param = parse_identifier(false);
        if (can_insert_semicolon() || !at(TokenKind::Arrow)) return unexpected();
        next();
        const size_t mark = list_mark();
        push(param);
        return parse_arrow_expression(start, take_list(mark), true);
      }
    }
    return id;
  }
  // Every other token (a new kind too) does not start a primary expression (names are
  // handled above).
  switch (partial(k)) {
    case partial(TokenKind::Super): {
      if (!has(ctx::kSuperProperty)) raise(start, Msg::SuperOutsideMethod);
      next_keyword();
      if (at(TokenKind::LParen) && !has(ctx::kSuperCall)) {
        raise(start, Msg::SuperCallOutsideConstructor);
      }
      if (!at(TokenKind::Dot) && !at(TokenKind::LBracket) && !at(TokenKind::LParen)) {
        // TypeScript reads type arguments here only to refuse them.
        const uint32_t lt = tok().start;
        if (at(TokenKind::Lt) && typescript() &&
            try_parse_ts_type_arguments_in_expression() != nullptr) [[unlikely]] {
          return raise(lt, Msg::TsSuperTypeArguments);
        }
        return unexpected();
      }
      return finish(make<Super>(start));
    }
    case partial(TokenKind::This):
      next_keyword();
      return finish(make<ThisExpression>(start));
    case partial(TokenKind::Number):
    case partial(TokenKind::BigInt):
    case partial(TokenKind::String):
    case partial(TokenKind::RegExp):
    case partial(TokenKind::Null):
    case partial(TokenKind::True):
    case partial(TokenKind::False):
      return parse_literal();
    case partial(TokenKind::LParen): {
      // TypeScript decides at the `(` whether an arrow starts (ts/arrows.cpp).
      if (can_be_arrow && typescript()) [[unlikely]] {
        if (Node* arrow = parse_ts_arrow_or_null(start, false)) return arrow;
      }
      Node* expr = parse_paren_or_arrow(start, can_be_arrow);
      if (errors) {
        if (errors->parenthesized_assign == kNone && !is_simple_assign_target(expr)) {
          errors->parenthesized_assign = start;
        }
        if (errors->parenthesized_bind == kNone) errors->parenthesized_bind = start;
      }
      return expr;
    }
    case partial(TokenKind::LBracket):
      return parse_array_literal(errors);
    case partial(TokenKind::LBrace):
      return parse_object_literal(errors);
    case partial(TokenKind::Function): {
      YieldAwaitScope positions(*this);
      return parse_function(start, FunctionFlags{});
    }
    case partial(TokenKind::Class): {
      YieldAwaitScope positions(*this);
      return parse_class(start, false, false);
    }
    case partial(TokenKind::At): {  // decorators (stage 3): only before a class expression
      NodeList decorators = parse_decorators();
      if (failed()) return invalid();
      if (!at(TokenKind::Class)) {
        // TypeScript reads `(@d x) => x` and `f(@d x)` so: a class expression was expected
        // (reported where the decorators end).
        if (typescript()) [[unlikely]] return raise(prev_end_, Msg::TsExpressionExpected);
        return raise(tok().start, Msg::DecoratorsNotOnClass);
      }
      YieldAwaitScope positions(*this);
      return parse_class(start, false, false, decorators);
    }
    case partial(TokenKind::New):
      return parse_new_expression();
    case partial(TokenKind::NoSubstitutionTemplate):
    case partial(TokenKind::TemplateHead):
      return parse_template(false);
    case partial(TokenKind::Import):
      if (ecma() < 11) return unexpected();  // `import(...)` and `import.meta`: ES2020
      return parse_import_expression_or_meta(start);
    // JSX (ParseOptions::jsx): at_jsx_element() says which `<` opens an element.
    case partial(TokenKind::Lt): case partial(TokenKind::LtLt): case partial(TokenKind::LtEq):
    case partial(TokenKind::LtLtAssign):
      // TypeScript: `<T>(x) => x`, and `<T>e` in .ts (ts/arrows.cpp).
      if (typescript()) [[unlikely]] {
        if (Node* node = parse_ts_angle_bracket(start, can_be_arrow)) return node;
      }
      if (at_jsx_element()) return parse_jsx_element(JsxFollow::Expression);
      return unexpected();
  }
  // TypeScript's parsePrimaryExpression: "Expression expected." (acorn: "Unexpected token").
  if (typescript()) [[unlikely]] return raise(start, Msg::TsExpressionExpected);
  return unexpected();
}

// `( ... )`: a parenthesized expression, or the parameters of an arrow function when `=>`
// follows. The contents are parsed once as an expression list (the cover grammar) and
// converted to patterns by parse_arrow_expression: linear time whatever their length.
Node* Parser::parse_paren_or_arrow(uint32_t start, bool can_be_arrow) {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  next();  // `(`
  const uint32_t inner_start = tok().start;
  const size_t mark = list_mark();
  CoverErrors errors;
  const uint32_t old_yield = yield_pos_, old_await = await_pos_;
  yield_pos_ = await_pos_ = 0;  // acorn keeps await_ident_pos_ to catch nested awaits
  bool last_is_comma = false;
  uint32_t spread_start = kNone;
  {
    ContextGuard in(*this, ctx_ | ctx::kIn);
    bool first = true;
    while (!at(TokenKind::RParen)) {
      if (!first && !expect(TokenKind::Comma)) break;
      first = false;
      // Trailing comma: only arrow parameters allow it (from ES2017).
      if (at(TokenKind::RParen) && ecma() >= 8) {
        last_is_comma = true;
        break;
      }
      if (at(TokenKind::Ellipsis)) {  // rest: only arrow parameters allow it
        spread_start = tok().start;
        push(parse_rest_binding());
        if (at(TokenKind::Comma)) {
          raise(tok().start, Msg::CommaAfterRest);
        }
        break;
      }
      push(parse_assignment_expression(&errors));
    }
  }
  const uint32_t inner_end = prev_end_;
  const uint32_t close_start = tok().start;
  expect(TokenKind::RParen);

  if (can_be_arrow && !can_insert_semicolon() && at(TokenKind::Arrow)) {
    next();
    check_pattern_errors(errors, false);
    check_yield_await_in_default_params();
    yield_pos_ = old_yield;
    await_pos_ = old_await;
    return parse_arrow_expression(start, take_list(mark), false);
  }

  const NodeList list = take_list(mark);
  if (list.empty() || last_is_comma) return unexpected_at(close_start);
  if (spread_start != kNone) return unexpected_at(spread_start);
  check_expression_errors(errors);
  if (old_yield) yield_pos_ = old_yield;
  if (old_await) await_pos_ = old_await;
  if (failed()) return invalid();

  Node* value;
  if (list.size > 1) {
    auto* seq = make<SequenceExpression>(inner_start);
    seq->expressions = list;
    value = finish_at(seq, inner_end);
  } else {
    value = list[0];
  }
  // acorn builds no node for the parentheses: the inner node keeps its own range.
  value->flags |= node_flag::kParenthesized;
  if (options_.preserve_parens) [[unlikely]] {
    auto* paren = make<ParenthesizedExpression>(start);
    paren->expression = value;
    paren->flags |= node_flag::kParenthesized;
    return finish(paren);
  }
  return value;
}

// `new` MemberExpression Arguments?, or `new.target`.
Node* Parser::parse_new_expression() {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  const uint32_t start = tok().start;
  next_keyword();
  if (at(TokenKind::Dot) && ecma() >= 6) {  // `new.target`: ES2015
    auto* meta = make<Identifier>(start);
    meta->name = "new";
    finish(meta);
    auto* node = make<MetaProperty>(start);
    node->meta = meta;
    next();
    const bool escaped = tok().escaped();
    Identifier* property = parse_identifier(true);
    node->property = property;
    if (property->name != "target") {
      raise(property->start, Msg::NewMetaProperty);
    }
    if (escaped) raise(start, Msg::NewTargetEscaped);
    if (!has(ctx::kNewTarget)) {
      raise(start, Msg::NewTargetOutsideFunction);
    }
    return finish(node);
  }
  const uint32_t callee_start = tok().start;
  if (at(TokenKind::Import)) {
    // `new import(...)` is not a thing; `new import.meta.x` is.
    const Token after = peek();
    if (after.kind == TokenKind::LParen) {
      next_keyword();
      return unexpected();
    }
  }
  // `new super.x` is a SuperProperty, a MemberExpression; `new super()` and `new super` are
  // errors (acorn accepts `new super()` in a derived constructor; the grammar does not).
  if (at(TokenKind::Super)) {
    const Token after = peek();
    if (after.kind != TokenKind::Dot && after.kind != TokenKind::LBracket) {
      return raise(callee_start, Msg::NewSuper);
    }
  }
  Node* primary = parse_primary_expression(nullptr);
  // TypeScript: `new <T>x` (an assertion is no member expression; TypeScript's words).
  if (is<TSTypeAssertion>(primary)) [[unlikely]] {
    return raise(callee_start, Msg::TsExpressionExpected);
  }
  // `new import.defer(...)`, `new import.source(...)`; `new (import(...))` is fine.
  if (is<ImportExpression>(primary) && !primary->parenthesized()) {
    return raise(callee_start, Msg::NewImportCall);
  }
  Node* callee = parse_subscripts(primary, callee_start, true);
  auto* node = make<NewExpression>(start);
  // TypeScript: `new C<T>()` and `new C<T>` take the type arguments of the instantiation
  // `C<T>` (not of a parenthesized one, `new (C<T>)()`).
  if (auto* inst = as<TSInstantiationExpression>(callee); inst && !inst->parenthesized()) {
    if (auto* side = ts_side(*node)) side->type_arguments = inst->type_arguments;
    callee = inst->expression;
  }
  node->callee = callee;
  const size_t mark = list_mark();
  if (eat(TokenKind::LParen)) parse_argument_list(nullptr);
  node->arguments = take_list(mark);  // [] when the parentheses are omitted
  return finish(node);
}

// YieldExpression (inside a generator): `yield`, `yield expr`, `yield* expr`.
Node* Parser::parse_yield_expression() {
  const uint32_t start = tok().start;
  if (yield_pos_ == 0) yield_pos_ = start;
  auto* node = make<YieldExpression>(start);
  next();
  if (at(TokenKind::Semicolon) || can_insert_semicolon() ||
      (!at(TokenKind::Star) && !starts_expression(kind()) && !at_jsx_element())) {
    node->delegate = false;
    node->argument = nullptr;
  } else {
    node->delegate = eat(TokenKind::Star);
    node->argument = parse_assignment_expression();
  }
  return finish(node);
}

// TypeScript's parser reads `await` as an operator outside async code too (its checker
// reports it) when a name, a keyword or a literal follows on the same line (isAwaitExpression):
// `await y` is an AwaitExpression in a script, so a .ts file with no import or export stays a
// script, as typescript-estree calls it.
[[gnu::noinline, gnu::cold]] bool Parser::at_ts_await_expression() {
  if (!typescript()) return false;
  const Token after = peek();
  return !after.newline_before() &&
         (is_identifier_name(after.kind) || after.kind == TokenKind::Number ||
          after.kind == TokenKind::BigInt || after.kind == TokenKind::String);
}

// AwaitExpression (async functions and the top level of modules).
Node* Parser::parse_await_expression(uint32_t start) {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  if (await_pos_ == 0) await_pos_ = start;
  auto* node = make<AwaitExpression>(start);
  next();
  node->argument = parse_maybe_unary(nullptr, true, false);
  return finish(node);
}

// `import(source)`, `import(source, options)`, `import.meta`, and (stage 3) the phase forms
// `import.defer(source)` and `import.source(source)`, with the same arguments.
Node* Parser::parse_import_expression_or_meta(uint32_t start) {
  next_keyword();
  ImportPhase phase = ImportPhase::None;
  if (at(TokenKind::Dot)) [[unlikely]] {
    const Token after = peek();
    if ((after.kind == TokenKind::Defer || after.kind == TokenKind::Source) && !after.escaped()) {
      next();  // `.`
      const bool defer = at(TokenKind::Defer);
      phase = defer ? ImportPhase::Defer : ImportPhase::Source;
      next();
      if (!at(TokenKind::LParen)) {
        return raise(start, Msg::ImportPhaseNotCalled, defer ? "defer" : "source");
      }
    }
  }
  if (at(TokenKind::LParen)) {
    next();
    ContextGuard in(*this, ctx_ | ctx::kIn);
    auto* node = make<ImportExpression>(start);
    node->phase = phase;
    node->source = parse_assignment_expression();
    node->options = nullptr;
    if (ecma() < 16) {  // the options argument came with ES2025
      if (eat(TokenKind::RParen)) return finish(node);
      const uint32_t at_comma = tok().start;
      if (eat(TokenKind::Comma) && at(TokenKind::RParen)) {
        return raise(at_comma, Msg::ImportTrailingComma);
      }
      return raise(at_comma, Msg::UnexpectedToken);
    }
    if (!eat(TokenKind::RParen)) {
      expect(TokenKind::Comma);
      if (!eat(TokenKind::RParen)) {
        node->options = parse_assignment_expression();
        if (!eat(TokenKind::RParen)) {
          expect(TokenKind::Comma);
          if (!eat(TokenKind::RParen)) return unexpected();
        }
      }
    }
    return finish(node);
  }
  if (at(TokenKind::Dot)) {
    auto* meta = make<Identifier>(start);
    meta->name = "import";
    finish(meta);
    auto* node = make<MetaProperty>(start);
    node->meta = meta;
    next();
    const bool escaped = tok().escaped();
    Identifier* property = parse_identifier(true);
    node->property = property;
    if (property->name != "meta") {
      raise(property->start, Msg::ImportMetaProperty);
    }
    if (escaped) raise(start, Msg::ImportMetaEscaped);
    if (!module() && !options_.allow_import_export_everywhere) {
      raise(start, Msg::ImportMetaOutsideModule);
    }
    return finish(node);
  }
  return unexpected();
}

// An identifier. `liberal`: any IdentifierName, unchecked (property names, after `.`).
// Otherwise the reserved-word rules of acorn's checkUnreserved apply.
Identifier* Parser::parse_identifier(bool liberal) {
  const TokenKind k = kind();
  const uint32_t start = tok().start;
  if (!is_identifier_name(k)) {
    // TypeScript's parseIdentifier: "Identifier expected." (acorn: "Unexpected token").
    if (typescript()) [[unlikely]] {
      raise(start, Msg::TsIdentifierExpected);
    } else {
      unexpected();
    }
    return static_cast<Identifier*>(invalid());
  }
  auto* id = make<Identifier>(start);
  id->name = current_name();
  next();
  finish(id);
  if (!liberal && k != TokenKind::Identifier) {  // a plain name is never reserved
    check_unreserved(k, id);
    if (k == TokenKind::Await && await_ident_pos_ == 0) await_ident_pos_ = start;
  }
  return id;
}

void Parser::check_unreserved(TokenKind k, const Identifier* id) {
  const uint32_t start = id->start;
  if (k == TokenKind::Yield && has(ctx::kYield)) {
    raise(start, Msg::YieldIdentifierInGenerator);
    return;
  }
  if (k == TokenKind::Await && in_async()) {
    raise(start, Msg::AwaitIdentifierInAsync);
    return;
  }
  if (k == TokenKind::Arguments && has(ctx::kClassField)) {
    raise(start, Msg::ArgumentsInClassField);
    return;
  }
  if (has(ctx::kStaticBlock) && (k == TokenKind::Arguments || k == TokenKind::Await)) {
    raise(start, Msg::NameInStaticBlock, token_spelling(k));
    return;
  }
  if (is_reserved_word(k) && k != TokenKind::Enum) {
    raise(start, Msg::UnexpectedKeyword, token_spelling(k));
    return;
  }
  // Before ES2015 a reserved word written with an escape is a plain name.
  if (ecma() < 6 && lexer_.text(start, id->end).find('\\') != std::string_view::npos) return;
  // acorn's reservedWords: `enum` (before ES2015 more: the names lexed as Enum, keywords.h),
  // and `await` in modules, unless allowReserved is true (by default from ES5 on).
  const bool reserved_ok =
      options_.allow_reserved == ParseOptions::AllowReserved::Yes ||
      (options_.allow_reserved == ParseOptions::AllowReserved::Default && ecma() < 5);
  if (k == TokenKind::Await && module() && !reserved_ok) {
    raise(start, Msg::AwaitOutsideAsync);
    return;
  }
  if ((k == TokenKind::Enum && !reserved_ok) || (strict() && is_strict_reserved(k))) {
    raise(start, Msg::ReservedKeyword, k == TokenKind::Enum ? id->name : token_spelling(k));
  }
}

PrivateIdentifier* Parser::parse_private_identifier() {
  const uint32_t start = tok().start;
  if (!at(TokenKind::PrivateName)) {
    unexpected();
    return make<PrivateIdentifier>(start);
  }
  auto* id = make<PrivateIdentifier>(start);
  id->name = current_name();
  next();
  finish(id);
  if (!has(ctx::kInClass)) {
    raise(start, Msg::PrivateFieldUndeclared, id->name);
  } else if (scopes_.in_class()) {
    scopes_.use_private(id->name, start);  // resolved when the class body ends
  }
  return id;
}

}  // namespace essa
