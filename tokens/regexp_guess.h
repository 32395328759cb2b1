// Regexp-or-divide without a parser: the previous-token guess of acorn's tokencontext.js, which
// is what espree.tokenize runs, so `--tokens` agrees with it token for token. A stack of
// open brackets remembers what each `(`, `{`, `${` and `function` opened; after a closing
// `)` or `}` the opener decides whether an expression may start (`if (a) /re/` but
// `(a) / b`; a block `}` but an object literal's `} / 2`). Only the standalone tokenizer uses
// this; the parser knows the grammar and asks the lexer directly.
#pragma once

#include <cstdint>
#include <vector>

#include "token.h"

namespace essa {

class RegexpGuess {
 public:
  RegexpGuess();

  // True when a `/` or `/=` here starts a regular expression.
  bool regexp_allowed() const { return expr_allowed_; }
  // True when a `}` here closes a template substitution `${ ... }`.
  bool brace_closes_template() const { return top() == Context::TemplateSubst; }

  // Feeds the next token, after any rescan (a `}` that became a template part is passed as
  // that part).
  void advance(const Token& token);

 private:
  // acorn's TokContext values: the opener and whether it began an expression.
  enum class Context : uint8_t {
    BlockStatement,   // `{` of a block or body
    BlockExpression,  // `{` of an object literal
    TemplateSubst,    // `${`
    ParenStatement,   // `(` after if / for / while / with
    ParenExpression,  // any other `(`
    Template,         // inside a template literal
    FunctionStatement,
    FunctionExpression,
    FunctionExpressionGenerator,
    FunctionGenerator,
  };
  static bool is_expression(Context c);
  static bool is_function(Context c);

  // One open bracket, and whether the innermost function around it (itself included) is a
  // generator, so `yield` needs no walk down the stack.
  struct Entry {
    Context context;
    bool in_generator;
  };
  Context top() const { return stack_.back().context; }
  void push(Context c);
  void replace_top(Context c);
  // Pops the top entry; the bottom entry (the program) is never popped, so the stack is never
  // empty, whatever the input: acorn's own tokenizer empties its stack on `.function*){})`.
  void pop();
  void close_bracket();    // `)` or `}`
  void toggle_template();  // a backquote opens or closes a template
  bool brace_is_block(const Token& brace, TokenKind prev) const;
  void open_function(const Token& keyword, TokenKind prev);  // `function` or `class`
  bool in_generator() const { return stack_.back().in_generator; }

  std::vector<Entry> stack_;
  bool expr_allowed_ = true;
  TokenKind prev_ = TokenKind::Eof;  // acorn starts with the eof type as "previous"
};

}  // namespace essa
