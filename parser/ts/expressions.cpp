// TypeScript generics in expressions: type arguments after an operand (`f<T>(x)`,
// `new C<T>()`, tag<T>`x`, `a?.<T>()`) and the instantiation expression `f<T>`, decided at
// the `<` as TypeScript decides it (parseTypeArgumentsInExpression under tryParse).
#include <algorithm>

#include "parser.h"

namespace essa {

namespace {
// Sets a node's type arguments in its side record (none only on the shared invalid node).
template <class T>
void set_ts_type_arguments(T* node, Node* type_arguments) {
  if (auto* side = ts_side(*node)) side->type_arguments = type_arguments;
}
}  // namespace

bool Parser::ts_type_arguments_can_follow() const {
  const TokenKind k = kind();
  if (k == TokenKind::LParen || k == TokenKind::NoSubstitutionTemplate ||
      k == TokenKind::TemplateHead) {
    return true;
  }
  // `<` never follows type arguments, `>` would be a rescanned `>>`, and `+`/`-` here are
  // unary operators.
  if (k == TokenKind::Lt || k == TokenKind::Gt || k == TokenKind::Plus || k == TokenKind::Minus) {
    return false;
  }
  // `as` and `satisfies` are binary operators to TypeScript.
  return tok().newline_before() || binary_precedence(k) != 0 || k == TokenKind::As ||
         at_ts_satisfies() || !starts_expression(k);
}

// TypeScript scans `>` alone and joins it to a `>` or `=` right after it only when an
// operator is wanted: type arguments in an expression close with a `>` that nothing joins
// (`a < b >= c` and `a < b >> c` are comparisons and shifts).
bool Parser::ts_closing_angle_stands_alone() const {
  if (tok().start != prev_end_) return true;
  const std::string_view next = lexer_.text(tok());
  return next.empty() || (next[0] != '>' && next[0] != '=');
}

bool Parser::ts_type_arguments_failed_at(uint32_t offset) const {
  return std::binary_search(ts_failed_type_arguments_.begin(), ts_failed_type_arguments_.end(),
                            offset);
}

// A failed parse leaves the offsets of the type arguments that were open when it failed,
// innermost first (the first error ends the parse): reversed they are sorted, and usually
// all after the ones known before.
void Parser::remember_ts_type_arguments_failures(size_t mark) {
  auto& failed_at = ts_failed_type_arguments_;
  const auto middle = failed_at.begin() + static_cast<std::ptrdiff_t>(mark);
  std::reverse(middle, failed_at.end());
  if (mark > 0 && middle != failed_at.end() && *(middle - 1) > *middle) {
    std::inplace_merge(failed_at.begin(), middle, failed_at.end());
  }
}

// Why a failure may be remembered: type arguments parse alike wherever they start (no
// context reaches into them), except for the nesting limit, which a list nested in others
// meets sooner than the same list alone. So reaching the limit ends the parse ("Nesting too
// deep"), as it does in JavaScript: a retry from each nested `<` would make a long chain
// `a < b < c ...` cost its length times the limit. (TypeScript itself overflows its stack
// on such a chain long before.)
Node* Parser::try_parse_ts_type_arguments_in_expression() {
  if (ts_type_arguments_failed_at(tok().start)) return nullptr;
  const Lexer::Checkpoint cp = lexer_.checkpoint();
  const uint32_t saved_end = prev_end_;
  const size_t mark = list_mark();
  const size_t failures = ts_failed_type_arguments_.size();
  ++speculating_;
  Node* type_arguments = parse_ts_type_arguments();
  --speculating_;
  if (!failed()) {
    if (ts_closing_angle_stands_alone() && ts_type_arguments_can_follow()) return type_arguments;
  } else {
    if (speculation_failure_is_final()) return invalid();
    remember_ts_type_arguments_failures(failures);
  }
  scratch_.resize(mark);
  lexer_.rewind(cp);
  prev_end_ = saved_end;
  return nullptr;
}

Node* Parser::parse_ts_type_arguments_subscript(Node* base, uint32_t start, bool no_calls,
                                                bool optional_chained) {
  // `<T>a < b`: an assertion's operand took its subscripts; the `<` is an operator.
  if (is<TSTypeAssertion>(base) && !base->parenthesized()) return base;
  Node* type_arguments = try_parse_ts_type_arguments_in_expression();
  if (type_arguments == nullptr) return base;  // a comparison
  if (failed()) return invalid();
  if (at(TokenKind::LParen) && !no_calls) {
    const bool async_head = is<Identifier>(base) && static_cast<Identifier*>(base)->name == "async";
    Node* call = parse_call(base, start, false, false);
    // `async <T>(x) => x` was tried as an arrow before (ts/arrows.cpp) and failed.
    if (async_head && at(TokenKind::Arrow) && !tok().newline_before()) return unexpected();
    if (auto* node = as<CallExpression>(call)) set_ts_type_arguments(node, type_arguments);
    return call;
  }
  if (at(TokenKind::NoSubstitutionTemplate) || at(TokenKind::TemplateHead)) {
    if (optional_chained) return raise(tok().start, Msg::OptionalChainInTag);
    auto* node = make<TaggedTemplateExpression>(start);
    node->tag = base;
    set_ts_type_arguments(node, type_arguments);
    node->quasi = parse_template(true);
    return finish(node);
  }
  if (at(TokenKind::Dot) || at(TokenKind::QuestionDot)) {
    return raise(type_arguments->start, Msg::TsInstantiationPropertyAccess);
  }
  Node* expression = base;
  if (optional_chained) {
    // `a?.b<T>`: the chain ends before the type arguments.
    auto* chain = make<ChainExpression>(start);
    chain->expression = base;
    expression = finish_at(chain, base->end);
  }
  auto* node = make<TSInstantiationExpression>(start);
  node->expression = expression;
  node->type_arguments = type_arguments;
  return finish(node);
}

Node* Parser::parse_ts_optional_call(Node* base, uint32_t start) {
  Node* type_arguments = try_parse_ts_type_arguments_in_expression();
  // `a?.<T>b`: `?.` and no name (TypeScript's words and places).
  if (type_arguments == nullptr) return raise(tok().start, Msg::TsIdentifierExpected);
  if (failed()) return invalid();
  if (at(TokenKind::NoSubstitutionTemplate) || at(TokenKind::TemplateHead)) {
    return raise(tok().start, Msg::OptionalChainInTag);
  }
  if (!at(TokenKind::LParen)) return raise(tok().start, Msg::TsExpected, "(");
  Node* call = parse_call(base, start, true, false);
  if (auto* node = as<CallExpression>(call)) set_ts_type_arguments(node, type_arguments);
  return call;
}

// The types are scanned as JavaScript, then the token after the closing `>` as part of the
// tag again (an attribute name may hold `-`).
Node* Parser::parse_ts_jsx_type_arguments() {
  TSTypeParameterInstantiation* node = parse_ts_type_argument_list();
  if (failed()) return invalid();
  split_ts_closing_angle();
  if (!at(TokenKind::Gt)) return raise(tok().start, Msg::TsExpected, ">");
  const uint32_t end = tok().end;
  next_in_jsx_tag();
  return finish_at(node, end);
}

}  // namespace essa
