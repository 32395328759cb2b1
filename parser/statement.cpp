// Statements (spec 14): dispatch on the first token, the ASI-restricted productions
// (`return`, `throw`, `break`/`continue` labels), labels, loops and for-heads, and the
// directive prologue. acorn's statement.js is the reference for every shape, position and
// message.
#include <string>

#include "parser.h"

namespace essa {
namespace {

using Where = Parser::StatementContext;

// The body of a label: acorn appends "label" to the context, so a label keeps a list item's
// or another label's Annex B allowance and loses an `if` body's.
Where label_body_context(Where where) {
  return (where == Where::ListItem || where == Where::Label) ? Where::Label : Where::Nested;
}

}  // namespace

void Parser::parse_statement_list(TokenKind end) {
  // Only the Program ends at Eof: it has a directive prologue and is the top level.
  const bool top_level = end == TokenKind::Eof;
  if (top_level) parse_directive_prologue(nullptr, kNoStart, nullptr, kNoStart);
  while (!at(end) && !at(TokenKind::Eof)) {
    push(parse_statement_in(StatementContext::ListItem, top_level));
  }
}

void Parser::next_keyword() {
  check_keyword_escape();
  next();
}

Node* Parser::parse_statement_in(StatementContext where, bool top_level) {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  const uint32_t start = tok().start;
  const bool list_item = where == StatementContext::ListItem;

  // Every other token (a new kind too) starts a declaration with a contextual word or an
  // expression: below the switch.
  switch (partial(kind())) {
    case partial(TokenKind::LBrace):
      return parse_block();
    case partial(TokenKind::Semicolon): {
      auto* empty = make<EmptyStatement>(start);
      next();
      return finish(empty);
    }
    case partial(TokenKind::Var):
    case partial(TokenKind::Const): {
      const VarKind var_kind = at(TokenKind::Var) ? VarKind::Var : VarKind::Const;
      if (!list_item && var_kind != VarKind::Var) return unexpected();
      next_keyword();
      // TypeScript's `const enum E {}` (a name could not be `enum`).
      if (at(TokenKind::Enum) && typescript()) [[unlikely]] {
        if (var_kind != VarKind::Const) return unexpected();
        next();
        return parse_ts_enum(start, true);
      }
      VariableDeclaration* decl = parse_variable_declaration(start, var_kind, false);
      consume_declarators_end();
      return finish(decl);
    }
    case partial(TokenKind::If):
      return parse_if_statement(start);
    case partial(TokenKind::For):
      return parse_for_statement(start);
    case partial(TokenKind::While):
      return parse_while_statement(start);
    case partial(TokenKind::Do):
      return parse_do_while_statement(start);
    case partial(TokenKind::Return):
      return parse_return_statement(start);
    case partial(TokenKind::Break):
    case partial(TokenKind::Continue):
      return parse_break_continue(start, at(TokenKind::Break));
    case partial(TokenKind::Throw):
      return parse_throw_statement(start);
    case partial(TokenKind::Try):
      return parse_try_statement(start);
    case partial(TokenKind::Switch):
      return parse_switch_statement(start);
    case partial(TokenKind::With):
      return parse_with_statement(start);
    case partial(TokenKind::Debugger): {
      auto* stmt = make<DebuggerStatement>(start);
      next_keyword();
      consume_semicolon();
      return finish(stmt);
    }
    case partial(TokenKind::Function): {
      // Annex B (B.3.3 / B.3.4): a plain function may be the body of an `if` or a label in
      // sloppy code; everywhere else in a Statement position it is an error.
      // Before ES2015 a function declaration may stand anywhere a statement does.
      if (!list_item && ecma() >= 6 &&
          (strict() || (where != StatementContext::If && where != StatementContext::Label))) {
        return unexpected();
      }
      FunctionFlags flags;
      flags.is_statement = true;
      flags.hanging_statement = !list_item;
      return parse_function(start, flags);
    }
    case partial(TokenKind::Class):
      if (!list_item) return unexpected();
      return parse_class(start, true, false);
    case partial(TokenKind::At):  // decorators (stage 3): only before a class declaration
      // acorn's tokenizer, which knows no `@`, rejects it before reading it.
      if (!list_item) return raise(start, start, Msg::UnexpectedAt);
      return parse_decorated_statement(start, top_level);
    case partial(TokenKind::Import): {
      // `import(` and `import.meta` start expressions (ES2020).
      if (ecma() >= 11) {
        const TokenKind after = peek().kind;
        if (after == TokenKind::LParen || after == TokenKind::Dot) {
          return parse_expression_statement(start, parse_expression());
        }
      }
      [[fallthrough]];
    }
    case partial(TokenKind::Export):
      if (options_.allow_import_export_everywhere) [[unlikely]] {
        return parse_import_export_anywhere(start, top_level);
      }
      if (!top_level) return raise(start, Msg::ImportExportNotTopLevel);
      if (!module()) {
        return raise(start, Msg::ImportExportInScript);
      }
      return at(TokenKind::Import) ? parse_import_declaration(start)
                                   : parse_export_declaration(start);
  }

  // Contextual words that may start declarations.
  if (at_contextual(TokenKind::Let) && at_let_declaration(!list_item)) {
    if (!list_item) return unexpected();  // `let [` is never an ExpressionStatement
    next();
    VariableDeclaration* decl = parse_variable_declaration(start, VarKind::Let, false);
    consume_declarators_end();
    return finish(decl);
  }
  if (at_async_function()) {
    if (!list_item) return unexpected();
    next();  // `async`
    FunctionFlags flags;
    flags.is_statement = true;
    flags.is_async = true;
    return parse_function(start, flags);
  }
  const bool await_using = at_await_using_declaration();
  if (await_using || at_using_declaration()) {
    // Not directly in a case block nor at the top of a script (whatever the statement
    // position there), and never as a lone statement (acorn's allowUsing).
    if (!scopes_.allows_using()) {
      return raise(start, Msg::UsingNotAllowedHere);
    }
    if (!list_item) {
      return raise(start, Msg::UsingInSingleStatement);
    }
    if (await_using) {
      if (!has(ctx::kAwait)) {
        return raise(start, Msg::AwaitUsingOutsideAsync);
      }
      next();  // `await`
    }
    next();  // `using`
    VariableDeclaration* decl = parse_variable_declaration(
        start, await_using ? VarKind::AwaitUsing : VarKind::Using, false);
    consume_declarators_end();
    return finish(decl);
  }

  // TypeScript's `type` and `interface` declarations.
  if (typescript() && (at(TokenKind::Identifier) || at(TokenKind::Interface) ||
                       at(TokenKind::Enum))) [[unlikely]] {
    if (Node* decl = parse_ts_declaration_statement(start)) return decl;
  }

  // ExpressionStatement, or LabelledStatement when a lone name is followed by `:`.
  const bool starts_with_name = is_identifier_like(kind());
  Node* expr = parse_expression();
  if (failed()) [[unlikely]] ts_statement_expected(start);
  if (starts_with_name && expr->kind == NodeKind::Identifier && !expr->parenthesized() &&
      !failed() && eat(TokenKind::Colon)) {
    return parse_labeled_statement(start, static_cast<Identifier*>(expr), where);
  }
  return parse_expression_statement(start, expr);
}

BlockStatement* Parser::parse_block(bool new_scope) {
  auto* block = make<BlockStatement>(tok().start);
  DepthGuard guard(*this);
  if (guard.too_deep() || !expect(TokenKind::LBrace)) return block;
  const size_t mark = list_mark();
  if (new_scope) {
    ScopeGuard scope(*this, 0);
    parse_statement_list(TokenKind::RBrace);
  } else {
    parse_statement_list(TokenKind::RBrace);
  }
  block->body = take_list(mark);
  expect(TokenKind::RBrace);
  return finish(block);
}

Node* Parser::parse_expression_statement(uint32_t start, Node* expr) {
  auto* stmt = make<ExpressionStatement>(start);
  stmt->expression = expr;
  consume_semicolon();
  return finish(stmt);
}

void Parser::parse_directive_prologue(const NodeList* params, uint32_t fn_start, Node* fn_id,
                                      uint32_t body_open_end) {
  if (ecma() < 5) return;  // ES3 has no directives (no "use strict", no `directive` key)
  // acorn scans for "use strict" before it reads the body, so directives before it are read
  // in strict mode too: remember the first legacy octal escape among them.
  uint32_t octal_at = kNoStart;
  while (at(TokenKind::String)) {
    if ((tok().flags & token_flag::kLegacyOctal) && octal_at == kNoStart) {
      octal_at = lexer_.escape_offset();
    }
    Node* stmt = parse_statement_in(StatementContext::ListItem, params == nullptr);
    push(stmt);
    auto* es = as<ExpressionStatement>(stmt);
    if (!es || failed()) return;
    auto* lit = as<Literal>(es->expression);
    if (!lit || lit->value.kind != LiteralKind::String || lit->start != es->start) return;
    es->directive = lit->raw.substr(1, lit->raw.size() - 2);
    if (!is_use_strict_directive(es)) continue;
    // acorn counts "use strict" only when `;`, `}` or a line break follows, and not one before
    // `++`/`--` (its look-ahead sees an operator there).
    const bool ended_by_semicolon = es->end > lit->end;
    const bool counts = ended_by_semicolon || at(TokenKind::RBrace) ||
                        (tok().newline_before() && !at(TokenKind::PlusPlus) &&
                         !at(TokenKind::MinusMinus));
    if (!counts) continue;
    if (!use_strict_directive(params, fn_start, fn_id, body_open_end, octal_at)) return;
  }
}

bool Parser::use_strict_directive(const NodeList* params, uint32_t fn_start, Node* fn_id,
                                  uint32_t body_open_end, uint32_t octal_at) {
  if (params && ecma() >= 7) {  // ES2016 forbids it with non-simple parameters
    for (Node* p : *params) {
      if (p->kind != NodeKind::Identifier) {
        const uint32_t at_pos = fn_start != kNoStart ? fn_start : (*params)[0]->start;
        raise(at_pos, body_open_end, Msg::UseStrictNonSimple);
        return false;
      }
    }
  }
  if (strict()) return true;
  ctx_ |= ctx::kStrict;
  // Names bound before the directive are strict code as well (acorn checks them at the
  // body's `{`).
  {
    RaisedAt at_open(*this, body_open_end);
    if (params) {
      for (Node* p : *params) check_binding_names(p, false);
    }
    if (fn_id) check_binding_names(fn_id, false);
  }
  if (octal_at != kNoStart) {
    // `\8` and `\9` are reported after the backslash, octal escapes at it, acorn's
    // tokenizer standing after the escape (it knew the code strict before it read it).
    const char c = lexer_.data()[octal_at + 1];
    const uint32_t escape_end = lexer_.legacy_escape_end(octal_at);
    if (c == '8' || c == '9') {
      raise(octal_at + 1, escape_end, Msg::InvalidEscape);
    } else {
      raise(octal_at, escape_end, Msg::OctalInStrict);
    }
    return false;
  }
  return !failed();
}

Node* Parser::parse_paren_expression() {
  if (!expect(TokenKind::LParen)) return invalid();
  Node* expr = parse_expression();
  expect(TokenKind::RParen);
  return expr;
}

Node* Parser::parse_if_statement(uint32_t start) {
  auto* stmt = make<IfStatement>(start);
  next_keyword();
  stmt->test = parse_paren_expression();
  stmt->consequent = parse_statement_in(StatementContext::If, false);
  if (at(TokenKind::Else)) {
    next_keyword();
    stmt->alternate = parse_statement_in(StatementContext::If, false);
  }
  return finish(stmt);
}

Node* Parser::parse_break_continue(uint32_t start, bool is_break) {
  next_keyword();
  Identifier* label = nullptr;
  // [no LineTerminator here] before the label: a line break ends the statement.
  if (!eat(TokenKind::Semicolon) && !can_insert_semicolon()) {
    if (!is_identifier_like(kind())) return unexpected();
    label = parse_identifier(false);
    consume_semicolon();
  }
  if (failed()) return invalid();
  // There must be a target: an enclosing loop (or switch, for break), or the named label.
  const std::string_view name = label ? label->name : std::string_view();
  size_t i = labels_base_;
  for (; i < labels_.size(); ++i) {
    const Label& lab = labels_[i];
    if (!label || lab.name == name) {
      if (lab.kind != LabelKind::None && (is_break || lab.kind == LabelKind::Loop)) break;
      if (label && is_break) break;
    }
  }
  if (i == labels_.size()) return raise(start, is_break ? Msg::UnsyntacticBreak : Msg::UnsyntacticContinue);
  if (is_break) {
    auto* stmt = make<BreakStatement>(start);
    stmt->label = label;
    return finish(stmt);
  }
  auto* stmt = make<ContinueStatement>(start);
  stmt->label = label;
  return finish(stmt);
}

Node* Parser::parse_return_statement(uint32_t start) {
  if (!has(ctx::kReturn)) return raise(start, Msg::ReturnOutsideFunction);
  auto* stmt = make<ReturnStatement>(start);
  next_keyword();
  // [no LineTerminator here]: `return` followed by a line break returns nothing.
  if (!eat(TokenKind::Semicolon) && !can_insert_semicolon()) {
    stmt->argument = parse_expression();
    consume_semicolon();
  }
  return finish(stmt);
}

Node* Parser::parse_throw_statement(uint32_t start) {
  auto* stmt = make<ThrowStatement>(start);
  next_keyword();
  if (tok().newline_before()) return raise(prev_end_, Msg::NewlineAfterThrow);
  stmt->argument = parse_expression();
  consume_semicolon();
  return finish(stmt);
}

Node* Parser::parse_try_statement(uint32_t start) {
  auto* stmt = make<TryStatement>(start);
  next_keyword();
  stmt->block = parse_block();
  if (at(TokenKind::Catch)) {
    auto* clause = make<CatchClause>(tok().start);
    next_keyword();
    // The parameter and the body share one scope; `var e` may redeclare a plain-name
    // parameter `e` (Annex B.3.4), not a destructured one.
    bool simple = false;
    Node* param = nullptr;
    if (eat(TokenKind::LParen)) {
      param = parse_binding_target();
      simple = param->kind == NodeKind::Identifier;
      // A destructuring catch parameter is a lexical binding; a plain name is not.
      check_binding_names(param, !simple);
    } else if (ecma() < 10) {  // the binding is optional from ES2019 on
      return unexpected();
    }
    ScopeGuard scope(*this, simple ? ScopeStack::kSimpleCatch : 0);
    if (param) {
      clause->param = param;
      declare_names(param, simple ? BindKind::SimpleCatch : BindKind::Lexical);
      if (!eat(TokenKind::RParen)) [[unlikely]] {
        // TypeScript: `catch (e: unknown)`, the parameter's type annotation.
        if (typescript()) {
          parse_ts_binding_annotation(param);
          expect(TokenKind::RParen);
        } else if (!js_type_annotation_error()) {
          expect(TokenKind::RParen);
        }
      }
    }
    clause->body = parse_block(false);
    stmt->handler = finish(clause);
  }
  if (at(TokenKind::Finally)) {
    next_keyword();
    stmt->finalizer = parse_block();
  }
  if (!stmt->handler && !stmt->finalizer && !failed()) {
    // TypeScript's parser expects one at the token after the block.
    if (typescript()) [[unlikely]] return raise(tok().start, Msg::TsCatchOrFinallyExpected);
    return raise(start, Msg::MissingCatchOrFinally);
  }
  return finish(stmt);
}

Node* Parser::parse_switch_statement(uint32_t start) {
  auto* stmt = make<SwitchStatement>(start);
  next_keyword();
  stmt->discriminant = parse_paren_expression();
  if (!expect(TokenKind::LBrace)) return invalid();
  labels_.push_back({{}, LabelKind::Switch, kNoStart});
  ScopeGuard scope(*this, ScopeStack::kSwitch);  // the case block
  // Each case's consequent is collected above the finished cases on the scratch stack.
  const size_t cases_mark = list_mark();
  SwitchCase* current = nullptr;
  size_t consequent_mark = 0;
  bool saw_default = false;
  auto close_current = [&] {
    if (!current) return;
    current->consequent = take_list(consequent_mark);
    push(finish(current));
  };
  while (!at(TokenKind::RBrace) && !at(TokenKind::Eof)) {
    if (at(TokenKind::Case) || at(TokenKind::Default)) {
      const bool is_case = at(TokenKind::Case);
      close_current();
      current = make<SwitchCase>(tok().start);
      const uint32_t keyword_start = tok().start;
      next_keyword();
      if (is_case) {
        current->test = parse_expression();
      } else {
        if (saw_default) {
          raise(keyword_start, Msg::MultipleDefaults);
          break;
        }
        saw_default = true;
      }
      expect(TokenKind::Colon);
      consequent_mark = list_mark();
    } else {
      if (!current) {
        unexpected();
        break;
      }
      push(parse_statement_in(StatementContext::ListItem, false));
    }
  }
  close_current();
  stmt->cases = take_list(cases_mark);
  labels_.pop_back();
  expect(TokenKind::RBrace);
  return finish(stmt);
}

Node* Parser::parse_while_statement(uint32_t start) {
  auto* stmt = make<WhileStatement>(start);
  next_keyword();
  stmt->test = parse_paren_expression();
  labels_.push_back({{}, LabelKind::Loop, kNoStart});
  stmt->body = parse_statement_in(StatementContext::Nested, false);
  labels_.pop_back();
  return finish(stmt);
}

Node* Parser::parse_do_while_statement(uint32_t start) {
  auto* stmt = make<DoWhileStatement>(start);
  next_keyword();
  labels_.push_back({{}, LabelKind::Loop, kNoStart});
  stmt->body = parse_statement_in(StatementContext::Nested, false);
  labels_.pop_back();
  if (!at(TokenKind::While)) return unexpected();
  next_keyword();
  stmt->test = parse_paren_expression();
  // ES2015 inserts a semicolon after `do ... while (x)` even without a line break.
  if (ecma() >= 6) {
    eat(TokenKind::Semicolon);
  } else {
    consume_semicolon();
  }
  return finish(stmt);
}

Node* Parser::parse_with_statement(uint32_t start) {
  if (strict()) return raise(start, Msg::WithInStrict);
  auto* stmt = make<WithStatement>(start);
  next_keyword();
  stmt->object = parse_paren_expression();
  stmt->body = parse_statement_in(StatementContext::Nested, false);
  return finish(stmt);
}

Node* Parser::parse_labeled_statement(uint32_t start, Identifier* label, StatementContext where) {
  for (size_t i = labels_base_; i < labels_.size(); ++i) {
    if (labels_[i].name == label->name) {
      return raise(label->start, Msg::LabelRedeclared, label->name);
    }
  }
  const LabelKind label_kind =
      (at(TokenKind::For) || at(TokenKind::While) || at(TokenKind::Do)) ? LabelKind::Loop
      : at(TokenKind::Switch)                                           ? LabelKind::Switch
                                                                        : LabelKind::None;
  // Labels stacked on the same statement (`a: b: while (x)`) all name that statement.
  for (size_t i = labels_.size(); i-- > labels_base_;) {
    if (labels_[i].statement_start != start) break;
    labels_[i].statement_start = tok().start;
    labels_[i].kind = label_kind;
  }
  labels_.push_back({label->name, label_kind, tok().start});
  auto* stmt = make<LabeledStatement>(start);
  stmt->body = parse_statement_in(label_body_context(where), false);
  labels_.pop_back();
  stmt->label = label;
  return finish(stmt);
}

// for (init; test; update), for (left in right), for (left of right), for await (left of right)
Node* Parser::parse_for_statement(uint32_t start) {
  next_keyword();
  uint32_t await_at = kNoStart;
  // ES2018; TypeScript's parser takes `for await` outside async code too (its checker does not).
  if (at_contextual(TokenKind::Await) && (has(ctx::kAwait) || typescript()) && ecma() >= 9) {
    await_at = tok().start;
    next();
  }
  labels_.push_back({{}, LabelKind::Loop, kNoStart});
  struct PopLabel {
    std::vector<Label>& labels;
    ~PopLabel() { labels.pop_back(); }
  } pop_label{labels_};
  ScopeGuard scope(*this, 0);  // the head's lexical declarations and the body
  if (!expect(TokenKind::LParen)) return invalid();
  if (at(TokenKind::Semicolon)) {
    if (await_at != kNoStart) return unexpected_at(await_at);
    return parse_for_rest(start, nullptr);
  }

  const uint32_t init_start = tok().start;
  const bool is_let = at_contextual(TokenKind::Let) && at_let_declaration(false);
  if (at(TokenKind::Var) || at(TokenKind::Const) || is_let) {
    const VarKind var_kind =
        is_let ? VarKind::Let : at(TokenKind::Var) ? VarKind::Var : VarKind::Const;
    next_keyword();
    VariableDeclaration* decl = parse_variable_declaration(init_start, var_kind, true);
    return parse_for_after_declaration(start, decl, await_at);
  }
  const bool starts_with_let = at_contextual(TokenKind::Let);
  const bool is_using = at_using_declaration(true);
  if (is_using || at_await_using_declaration(true)) {
    if (!is_using) next();  // `await`
    next();                 // `using`
    VariableDeclaration* decl = parse_variable_declaration(
        init_start, is_using ? VarKind::Using : VarKind::AwaitUsing, true);
    return parse_for_after_declaration(start, decl, await_at);
  }

  // An expression (without `in`), or the target of for-in/of.
  const bool starts_with_async = at_contextual(TokenKind::Async);
  CoverErrors errors;
  Node* init;
  {
    ContextGuard no_in(*this, ctx_ & ~ctx::kIn);
    // for-await takes a LeftHandSideExpression only (acorn's parseExprSubscripts).
    init = await_at != kNoStart ? parse_expr_subscripts(&errors) : parse_expression(&errors);
  }
  const bool is_for_of = at_for_of();
  if (at(TokenKind::In) || is_for_of) {
    bool is_await = false;
    if (await_at != kNoStart) {
      if (at(TokenKind::In)) return unexpected_at(await_at);
      is_await = true;
    } else if (is_for_of && starts_with_async && init->kind == NodeKind::Identifier &&
               init->start == init_start && ecma() >= 8) {
      // `for (async of` would read as an async arrow: the spec forbids it (14.7.5).
      return unexpected();
    }
    if (starts_with_let && is_for_of) {
      return raise(init->start, Msg::ForOfLet);
    }
    Node* left = init;
    if (!is_web_compat_call_target(init)) {
      left = to_assignable(init, false, &errors);
      check_lval_pattern(left, false);  // `for (a = 0 in b)` became a pattern: not a target
    }
    return parse_for_in_of(start, left, is_await);
  }
  check_expression_errors(errors);
  if (await_at != kNoStart) return unexpected_at(await_at);
  return parse_for_rest(start, init);
}

Node* Parser::parse_for_after_declaration(uint32_t start, VariableDeclaration* init,
                                          uint32_t await_at) {
  if ((at(TokenKind::In) || at_for_of()) && init->declarations.size == 1) {
    if (typescript()) [[unlikely]] {
      const Node* id = static_cast<VariableDeclarator*>(init->declarations[0])->id;
      if (ts_binding_annotated(id)) {
        return raise(id->start, Msg::TsForInOfAnnotation, at(TokenKind::In) ? "for...in" : "for...of");
      }
    }
    bool is_await = false;
    if (at(TokenKind::In)) {
      const bool is_using = init->kind == VarKind::Using || init->kind == VarKind::AwaitUsing;
      if (is_using && !static_cast<VariableDeclarator*>(init->declarations[0])->init) {
        return raise(tok().start, Msg::UsingInForIn);
      }
      if (await_at != kNoStart) return unexpected_at(await_at);
    } else {
      is_await = await_at != kNoStart;
    }
    return parse_for_in_of(start, init, is_await);
  }
  if (await_at != kNoStart) return unexpected_at(await_at);
  return parse_for_rest(start, init);
}

Node* Parser::parse_for_rest(uint32_t start, Node* init) {
  auto* stmt = make<ForStatement>(start);
  stmt->init = init;
  if (!expect(TokenKind::Semicolon)) return invalid();
  if (!at(TokenKind::Semicolon)) stmt->test = parse_expression();
  if (!expect(TokenKind::Semicolon)) return invalid();
  if (!at(TokenKind::RParen)) stmt->update = parse_expression();
  if (!expect(TokenKind::RParen)) return invalid();
  stmt->body = parse_statement_in(StatementContext::Nested, false);
  return finish(stmt);
}

Node* Parser::parse_for_in_of(uint32_t start, Node* left, bool is_await) {
  const bool is_for_in = at(TokenKind::In);
  if (is_for_in) {
    next_keyword();
  } else {
    next();  // `of`
  }
  // Only Annex B's `for (var x = 1 in y)` (sloppy, var, a plain name) keeps an initializer.
  if (auto* decl = as<VariableDeclaration>(left)) {
    auto* first = static_cast<VariableDeclarator*>(decl->declarations[0]);
    // Before ES2017 (Annex B's form) not even that.
    if (first->init && (!is_for_in || strict() || decl->kind != VarKind::Var ||
                        first->id->kind != NodeKind::Identifier || ecma() < 8)) {
      return raise(decl->start, is_for_in ? Msg::ForInInitializer : Msg::ForOfInitializer);
    }
  }
  Node* right = is_for_in ? parse_expression() : parse_assignment_expression();
  if (!expect(TokenKind::RParen)) return invalid();
  Node* body = parse_statement_in(StatementContext::Nested, false);
  // for-in and for-of share left, right and body; for-of adds `await`.
  auto fill = [&](auto* stmt) {
    stmt->left = left;
    stmt->right = right;
    stmt->body = body;
    return finish(stmt);
  };
  if (is_for_in) return fill(make<ForInStatement>(start));
  auto* stmt = make<ForOfStatement>(start);
  stmt->is_await = is_await;
  return fill(stmt);
}

}  // namespace essa
