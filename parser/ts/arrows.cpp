// TypeScript arrow functions (ParseOptions::typescript): type parameters, annotated and
// optional parameters, return types (`(a: T, b?: U): R => ...`, `<T>(x: T) => x`,
// `async <T>(x) => {}`), and the angle-bracket assertion `<T>e`. Whether a `(` or `<` starts
// an arrow is decided as TypeScript's parser decides it: a look at the first tokens says yes,
// no or maybe (isParenthesizedArrowFunctionExpressionWorker); a maybe is tried (checkpoint and
// rewind), and a failed try is remembered by its offset, as TypeScript remembers it, so that
// no `(` is tried twice.
#include <algorithm>

#include "parser.h"

namespace essa {

namespace {
// TypeScript's modifier keywords that may start a parameter (isModifierKind), `async` aside.
bool is_ts_parameter_modifier(const Token& t, std::string_view text) {
  if (t.kind == TokenKind::Private || t.kind == TokenKind::Protected ||
      t.kind == TokenKind::Public || t.kind == TokenKind::Static ||
      t.kind == TokenKind::Export || t.kind == TokenKind::Default ||
      t.kind == TokenKind::Const || t.kind == TokenKind::In) {
    return true;
  }
  return t.kind == TokenKind::Identifier &&
         (text == "readonly" || text == "override" || text == "abstract" || text == "declare" ||
          text == "accessor" || text == "out");
}
}  // namespace

// The tokens are read with the lexer alone (nothing is reported) and rewound.
Parser::TsArrowGuess Parser::ts_arrow_guess() {
  const Lexer::Checkpoint cp = lexer_.checkpoint();
  const uint32_t saved_end = prev_end_;
  TsArrowGuess guess = TsArrowGuess::No;
  const bool paren = at(TokenKind::LParen);
  lexer_.next();
  if (paren) {
    if (at(TokenKind::RParen)) {
      lexer_.next();
      if (at(TokenKind::Arrow) || at(TokenKind::Colon) || at(TokenKind::LBrace)) {
        guess = TsArrowGuess::Yes;
      }
    } else if (at(TokenKind::LBracket) || at(TokenKind::LBrace)) {
      guess = TsArrowGuess::Maybe;
    } else if (at(TokenKind::Ellipsis)) {
      guess = TsArrowGuess::Yes;
    } else {
      bool decided = false;
      if (is_ts_parameter_modifier(tok(), lexer_.text(tok()))) {
        lexer_.next();
        if (is_identifier_like(kind())) {
          guess = at(TokenKind::As) ? TsArrowGuess::No : TsArrowGuess::Yes;
          decided = true;
        } else {
          // Not a modifier: read it as a name again.
          lexer_.rewind(cp);
          lexer_.next();
        }
      }
      if (!decided && (is_identifier_like(kind()) || at(TokenKind::This))) {
        lexer_.next();
        if (at(TokenKind::Colon)) {
          guess = TsArrowGuess::Yes;
        } else if (at(TokenKind::Question)) {
          lexer_.next();
          if (at(TokenKind::Colon) || at(TokenKind::Comma) || at(TokenKind::Assign) ||
              at(TokenKind::RParen)) {
            guess = TsArrowGuess::Yes;
          }
        } else if (at(TokenKind::Comma) || at(TokenKind::Assign) || at(TokenKind::RParen)) {
          guess = TsArrowGuess::Maybe;
        }
      }
    }
  } else if (is_identifier_like(kind()) || at(TokenKind::Const)) {
    // `<T ...`: in .tsx only `<T,`, `<T =` and `<T extends U` start an arrow (`<T>` is JSX).
    if (!options_.jsx) {
      guess = TsArrowGuess::Maybe;
    } else {
      if (at(TokenKind::Const)) lexer_.next();
      lexer_.next();
      if (at(TokenKind::Extends)) {
        lexer_.next();
        guess = at(TokenKind::Assign) || at(TokenKind::Gt) || at(TokenKind::Slash)
                    ? TsArrowGuess::No
                    : TsArrowGuess::Yes;
      } else if (at(TokenKind::Comma) || at(TokenKind::Assign)) {
        guess = TsArrowGuess::Yes;
      }
    }
  }
  lexer_.rewind(cp);
  prev_end_ = saved_end;
  return guess;
}

bool Parser::ts_arrow_failed_at(uint32_t offset) const {
  return std::binary_search(ts_failed_arrows_.begin(), ts_failed_arrows_.end(), offset);
}

bool Parser::parse_ts_arrow_head(TsArrowHead& head, bool is_async, bool committed) {
  if (at(TokenKind::Lt)) {
    head.type_parameters = parse_ts_type_parameters(TsTypeParameters::Function);
    if (failed()) return false;
  }
  if (!at(TokenKind::LParen)) {
    if (committed) raise(tok().start, Msg::TsExpected, "(");
    return false;
  }
  {
    // The parameters stand in the enclosing function: a `yield` or `await` expression in a
    // default is an error, and so is `await` as a name in an async arrow's.
    YieldAwaitScope positions(*this);
    const size_t mark = list_mark();
    parse_function_params(mark);
    head.params = take_list(mark);
    if (failed()) return false;
    head.decorated_at = ts_params_decorated_at_;
    if (is_async && await_ident_pos_ > 0) {
      raise(await_ident_pos_, Msg::AwaitIdentifierInAsync);
      return false;
    }
  }
  if (at(TokenKind::Colon)) {
    head.return_type = parse_ts_return_type();
    if (failed()) return false;
  }
  // A line break before the `=>` is the checker's error, which typescript-estree does not report.
  if (at(TokenKind::Arrow)) return true;
  if (committed) raise(tok().start, Msg::TsArrowExpected);
  return false;
}

Node* Parser::parse_ts_arrow_body(uint32_t start, bool is_async, const TsArrowHead& head,
                                  bool no_return_type) {
  next();  // `=>`
  // A concise body goes on in the arrow's place (allowReturnTypeInArrowFunction).
  if (no_return_type) ts_arrow_no_return_at_ = tok().start;
  Node* node = parse_arrow_expression(start, head.params, is_async);
  if (auto* arrow = as<ArrowFunctionExpression>(node)) {
    if (auto* side = ts_side(*arrow)) {
      side->type_parameters = head.type_parameters;
      side->return_type = head.return_type;
    }
  }
  return node;
}

Node* Parser::parse_ts_arrow_or_null(uint32_t start, bool is_async) {
  const TsArrowGuess guess = ts_arrow_guess();
  if (guess == TsArrowGuess::No) return nullptr;
  const bool no_return_type = ts_arrow_no_return_at_ == start;
  TsArrowHead head;
  if (guess == TsArrowGuess::Yes) {
    // TypeScript commits here, with the return type allowed.
    if (!parse_ts_arrow_head(head, is_async, true)) return invalid();
    if (head.decorated_at != 0) return raise(head.decorated_at, Msg::TsDecoratorsNotValidHere);
    return parse_ts_arrow_body(start, is_async, head, false);
  }
  const uint32_t at_offset = tok().start;
  if (ts_arrow_failed_at(at_offset)) return nullptr;
  const Lexer::Checkpoint cp = lexer_.checkpoint();
  const uint32_t saved_end = prev_end_;
  const size_t mark = list_mark();
  ++speculating_;
  bool ok = parse_ts_arrow_head(head, is_async, false);
  Node* arrow = nullptr;
  if (ok && no_return_type && head.return_type != nullptr) {
    // `a ? (b): c => d : e`: the arrow stands only when a `:` follows its body.
    arrow = parse_ts_arrow_body(start, is_async, head, true);
    ok = !failed() && at(TokenKind::Colon);
  }
  --speculating_;
  // An arrow's parameters take no decorators: TypeScript parses them, typescript-estree
  // reports them once the arrow stands.
  if (ok && head.decorated_at != 0) return raise(head.decorated_at, Msg::TsDecoratorsNotValidHere);
  if (ok) return arrow != nullptr ? arrow : parse_ts_arrow_body(start, is_async, head, false);
  if (failed() && speculation_failure_is_final()) return invalid();
  // Failures are found innermost first, so usually in increasing order.
  auto& failed_at = ts_failed_arrows_;
  failed_at.insert(std::upper_bound(failed_at.begin(), failed_at.end(), at_offset), at_offset);
  scratch_.resize(mark);
  lexer_.rewind(cp);
  prev_end_ = saved_end;
  return nullptr;
}

// In .ts, `<T>e` is an assertion whose operand is a unary expression (TypeScript's
// parseTypeAssertion), unless an arrow's type parameters start there. In .tsx only the arrow.
Node* Parser::parse_ts_angle_bracket(uint32_t start, bool can_be_arrow) {
  if (!at(TokenKind::Lt)) return nullptr;
  if (can_be_arrow) {
    if (Node* arrow = parse_ts_arrow_or_null(start, false)) return arrow;
  }
  if (options_.jsx) return nullptr;
  auto* node = make<TSTypeAssertion>(start);
  next();  // `<`
  node->type_annotation = parse_ts_type();
  split_ts_closing_angle();
  if (!expect_ts(TokenKind::Gt, ">")) return invalid();
  node->expression = parse_maybe_unary(nullptr, false, true);  // `**` is refused below
  if (failed()) return invalid();
  finish(node);
  if (at(TokenKind::StarStar)) return raise(start, Msg::TsAssertionInExponent);
  // `<T>x = 1` is no assignment: only a parenthesized `(<T>x)` is a target.
  if (is_assign_op(kind())) return unexpected();
  // The operand took every subscript it could: one that follows here (after `e++`) is an
  // error, as in TypeScript.
  if (starts_subscript(kind()) || at_ts_non_null()) return unexpected();
  return node;
}

}  // namespace essa
