// The rules follow acorn's tokencontext.js (the facts, not its code): each token type either
// has `beforeExpr` (an expression may follow) or updates the context stack in its own way.
// A template part of our lexer stands for several acorn tokens: "`a${" is backQuote,
// template, dollarBraceL; "}b${" is braceR, template, dollarBraceL; "}c`" is braceR,
// template, backQuote.
#include "regexp_guess.h"

#include <cstddef>

namespace essa {
namespace {

// acorn's `name` type: identifiers and every word that is not one of its keywords (`enum`
// and the contextual words included).
constexpr bool is_name(TokenKind k) { return is_identifier_like(k) || k == TokenKind::Enum; }

// acorn's keyword types (reserved words of ES2015+, without `enum`).
constexpr bool is_keyword(TokenKind k) { return is_reserved_word(k) && k != TokenKind::Enum; }

// acorn's static `beforeExpr` flag of the token type (or, for a template part, of its last
// acorn token).
constexpr bool before_expr(TokenKind k) {
  switch (partial(k)) {
    case partial(TokenKind::LBracket):
    case partial(TokenKind::LBrace):
    case partial(TokenKind::LParen):
    case partial(TokenKind::Comma):
    case partial(TokenKind::Semicolon):
    case partial(TokenKind::Colon):
    case partial(TokenKind::Question):
    case partial(TokenKind::Arrow):
    case partial(TokenKind::Ellipsis):
    case partial(TokenKind::Bang):
    case partial(TokenKind::Tilde):
    case partial(TokenKind::TemplateHead):    // ends in `${`
    case partial(TokenKind::TemplateMiddle):  // ends in `${`
    case partial(TokenKind::Case):
    case partial(TokenKind::Default):
    case partial(TokenKind::Do):
    case partial(TokenKind::Else):
    case partial(TokenKind::Return):
    case partial(TokenKind::Throw):
    case partial(TokenKind::New):
    case partial(TokenKind::Extends):
    case partial(TokenKind::In):
    case partial(TokenKind::Instanceof):
    case partial(TokenKind::Typeof):
    case partial(TokenKind::Void):
    case partial(TokenKind::Delete):
      return true;
  }
  // Binary operators (including `**`) and assignments.
  return is_assign_op(k) || (is_punctuator(k) && binary_precedence(k) > 0);
}

}  // namespace

RegexpGuess::RegexpGuess() {
  stack_.reserve(64);
  stack_.push_back({Context::BlockStatement, false});
}

void RegexpGuess::push(Context c) {
  const bool generator = is_function(c) ? (c == Context::FunctionGenerator ||
                                           c == Context::FunctionExpressionGenerator)
                                        : stack_.back().in_generator;
  stack_.push_back({c, generator});
}

void RegexpGuess::replace_top(Context c) {
  stack_.pop_back();
  push(c);
}

void RegexpGuess::pop() {
  if (stack_.size() > 1) stack_.pop_back();
}

bool RegexpGuess::is_expression(Context c) {
  switch (c) {
    case Context::BlockExpression:
    case Context::ParenExpression:
    case Context::Template:
    case Context::FunctionExpression:
    case Context::FunctionExpressionGenerator:
      return true;
    case Context::BlockStatement:
    case Context::TemplateSubst:
    case Context::ParenStatement:
    case Context::FunctionStatement:
    case Context::FunctionGenerator:
      return false;
  }
  return false;
}

bool RegexpGuess::is_function(Context c) {
  return c == Context::FunctionStatement || c == Context::FunctionExpression ||
         c == Context::FunctionExpressionGenerator || c == Context::FunctionGenerator;
}

void RegexpGuess::advance(const Token& token) {
  const TokenKind k = token.kind;
  const TokenKind prev = prev_;
  prev_ = k;
  // `a.if`: a keyword after `.` is a property name; nothing opens.
  if (is_keyword(k) && prev == TokenKind::Dot) {
    expr_allowed_ = false;
    return;
  }
  switch (partial(k)) {
    case partial(TokenKind::RParen):
    case partial(TokenKind::RBrace):
      close_bracket();
      return;
    case partial(TokenKind::LBrace): {
      const bool block = brace_is_block(token, prev);
      push(block ? Context::BlockStatement : Context::BlockExpression);
      expr_allowed_ = true;
      return;
    }
    case partial(TokenKind::LParen): {
      const bool statement = prev == TokenKind::If || prev == TokenKind::For ||
                             prev == TokenKind::With || prev == TokenKind::While;
      push(statement ? Context::ParenStatement : Context::ParenExpression);
      expr_allowed_ = true;
      return;
    }
    case partial(TokenKind::PlusPlus):
    case partial(TokenKind::MinusMinus):
      return;  // `a++ / 2` divides, `+ ++/re/.x` does not: whatever held before holds
    case partial(TokenKind::Function):
    case partial(TokenKind::Class):
      open_function(token, prev);
      return;
    case partial(TokenKind::Colon):
      if (is_function(top())) pop();  // `{ function: 1 }` opened no function
      expr_allowed_ = true;
      return;
    case partial(TokenKind::Star):
      // acorn marks whatever is on top, even when `a.function` opened nothing; the bottom
      // entry stays the program.
      if (prev == TokenKind::Function && stack_.size() > 1) {
        replace_top(top() == Context::FunctionExpression ? Context::FunctionExpressionGenerator
                                                         : Context::FunctionGenerator);
      }
      expr_allowed_ = true;
      return;
    case partial(TokenKind::NoSubstitutionTemplate):
      toggle_template();
      toggle_template();
      expr_allowed_ = false;
      return;
    case partial(TokenKind::TemplateHead):
      toggle_template();
      push(Context::TemplateSubst);
      expr_allowed_ = true;
      return;
    case partial(TokenKind::TemplateMiddle):
      close_bracket();
      push(Context::TemplateSubst);
      expr_allowed_ = true;
      return;
    case partial(TokenKind::TemplateTail):
      close_bracket();
      toggle_template();
      expr_allowed_ = false;
      return;
  }
  if (is_name(k)) {
    // `for (x of /re/)` and `yield /re/` in a generator; any other name is an operand.
    bool allowed = false;
    if (prev != TokenKind::Dot) {
      allowed = (k == TokenKind::Of && !expr_allowed_) || (k == TokenKind::Yield && in_generator());
    }
    expr_allowed_ = allowed;
    return;
  }
  expr_allowed_ = before_expr(k);
}

void RegexpGuess::close_bracket() {
  if (stack_.size() == 1) {
    expr_allowed_ = true;
    return;
  }
  Context out = top();
  pop();
  // The `}` of a function or class body closes the function context too.
  if (out == Context::BlockStatement && is_function(top())) {
    out = top();
    pop();
  }
  expr_allowed_ = !is_expression(out);
}

void RegexpGuess::toggle_template() {
  if (top() == Context::Template) {
    pop();
  } else {
    push(Context::Template);
  }
}

bool RegexpGuess::brace_is_block(const Token& brace, TokenKind prev) const {
  const Context parent = top();
  if (parent == Context::FunctionExpression || parent == Context::FunctionStatement) return true;
  if (prev == TokenKind::Colon &&
      (parent == Context::BlockStatement || parent == Context::BlockExpression)) {
    return !is_expression(parent);
  }
  // After `return` or after `yield`/`of` used as operators, a line break ends the statement.
  if (prev == TokenKind::Return || (is_name(prev) && expr_allowed_)) return brace.newline_before();
  switch (partial(prev)) {
    case partial(TokenKind::Else):
    case partial(TokenKind::Semicolon):
    case partial(TokenKind::Eof):
    case partial(TokenKind::RParen):
    case partial(TokenKind::Arrow):
      return true;
    case partial(TokenKind::LBrace):
      return parent == Context::BlockStatement;
    case partial(TokenKind::Var):
    case partial(TokenKind::Const):
      return false;
  }
  if (is_name(prev)) return false;
  return !expr_allowed_;
}

void RegexpGuess::open_function(const Token& keyword, TokenKind prev) {
  const Context parent = top();
  const bool expression =
      before_expr(prev) && prev != TokenKind::Else &&
      !(prev == TokenKind::Semicolon && parent != Context::ParenStatement) &&
      !(prev == TokenKind::Return && keyword.newline_before()) &&
      !((prev == TokenKind::Colon || prev == TokenKind::LBrace) &&
        parent == Context::BlockStatement);
  push(expression ? Context::FunctionExpression : Context::FunctionStatement);
  expr_allowed_ = false;
}

}  // namespace essa
