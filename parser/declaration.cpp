// Variable declarations (spec 14.3): var, let, const, using and await using, with acorn's
// look-ahead rules for the contextual words that start them.
#include <string>

#include "bound_names.h"
#include "keywords.h"
#include "parser.h"

namespace essa {
namespace {

// Names a strict-mode binding may not use (acorn's reservedWordsStrictBind).
bool is_strict_bind_reserved(std::string_view name) {
  const TokenKind k = keyword_kind(name);
  return k == TokenKind::Eval || k == TokenKind::Arguments || is_strict_reserved(k);
}

}  // namespace

// At `let`: a LexicalDeclaration starts when `[`, `{` or a name follows (acorn's isLet, on
// tokens instead of characters). In a Statement position only `let [` does (the spec's
// ExpressionStatement look-ahead), which the caller then rejects.
bool Parser::at_let_declaration(bool statement_position) {
  if (!at_contextual(TokenKind::Let) || ecma() < 6) return false;  // `let`: ES2015
  const Token next_tok = peek();
  if (next_tok.kind == TokenKind::LBracket) return true;
  // acorn looks at the next character: a backslash starts an escaped name.
  if (next_tok.escaped() && lexer_.data()[next_tok.start] == '\\') return true;
  if (statement_position) return false;
  if (next_tok.kind == TokenKind::LBrace || next_tok.escaped()) return true;
  return is_identifier_name(next_tok.kind) && next_tok.kind != TokenKind::In &&
         next_tok.kind != TokenKind::Instanceof;
}

// The token after `using` that makes a declaration: a name on the same line, but not `in` or
// `instanceof` (acorn's isUsingKeyword, on tokens instead of characters).
static bool starts_using_binding(const Token& t) {
  return !t.newline_before() && is_identifier_name(t.kind) && t.kind != TokenKind::In &&
         t.kind != TokenKind::Instanceof;
}

// At `using`: a declaration when a name follows on the same line. In a for-head, `using of`
// is a declaration only when `=` follows (`for (using of = x;;)`); otherwise it is the
// expression `using` before `of`.
bool Parser::at_using_declaration(bool in_for) {
  if (!at_contextual(TokenKind::Using) || ecma() < 17) return false;  // ES2026
  const Lexer::Checkpoint cp = lexer_.checkpoint();
  const Token name = lexer_.next();
  bool result = starts_using_binding(name);
  if (result && in_for && name.kind == TokenKind::Of && !name.escaped()) {
    result = lexer_.next().kind == TokenKind::Assign;
  }
  lexer_.rewind(cp);
  return result;
}

// At `await`: `await using` then a name, each on the same line as the word before it.
bool Parser::at_await_using_declaration(bool /*in_for*/) {
  if (!at_contextual(TokenKind::Await) || ecma() < 17) return false;
  const Lexer::Checkpoint cp = lexer_.checkpoint();
  const Token second = lexer_.next();
  bool result = false;
  if (second.kind == TokenKind::Using && !second.escaped() && !second.newline_before()) {
    result = starts_using_binding(lexer_.next());
  }
  lexer_.rewind(cp);
  return result;
}

VariableDeclaration* Parser::parse_variable_declaration(uint32_t start, VarKind kind,
                                                        bool in_for) {
  auto* decl = make<VariableDeclaration>(start);
  decl->kind = kind;
  const bool is_using = kind == VarKind::Using || kind == VarKind::AwaitUsing;
  const size_t mark = list_mark();
  for (;;) {
    auto* declarator = make<VariableDeclarator>(tok().start);
    // `using` binds plain names only.
    declarator->id = is_using ? parse_identifier(false) : parse_binding_target();
    if (typescript()) [[unlikely]] parse_ts_declarator_suffix(declarator);
    check_binding_names(declarator->id, kind != VarKind::Var);
    declare_names(declarator->id, kind == VarKind::Var ? BindKind::Var : BindKind::Lexical);
    // A for-in/of head may leave the binding without an initializer.
    const bool before_in_of = at(TokenKind::In) || at_contextual(TokenKind::Of);
    if (eat(TokenKind::Assign)) {
      if (in_for) {
        ContextGuard no_in(*this, ctx_ & ~ctx::kIn);
        declarator->init = parse_assignment_expression();
      } else {
        declarator->init = parse_assignment_expression();
      }
    } else if (kind == VarKind::Const && !before_in_of && !typescript()) {
      // (TypeScript leaves `const x: T;` to its checker, as typescript-estree does.)
      if (!js_type_annotation_error()) unexpected();
    } else if (is_using && !before_in_of) {
      raise(prev_end_, Msg::MissingInitializer, spelling(kind));
    } else if (declarator->id->kind != NodeKind::Identifier && !(in_for && before_in_of)) {
      raise(prev_end_, Msg::PatternNeedsInitializer);
    }
    push(finish(declarator));
    if (failed() || !eat(TokenKind::Comma)) break;
  }
  decl->declarations = take_list(mark);
  return finish(decl);
}

void Parser::check_binding_names(const Node* target, bool lexical) {
  auto check = [&](const Identifier* id) {
    if (failed()) return;
    if (strict() && is_strict_bind_reserved(id->name)) {
      raise(id->start, Msg::BindingInStrict, id->name);
    } else if (lexical && id->name == "let") {
      raise(id->start, Msg::LetLexicallyBound);
    }
  };
  for_each_bound_name(target, check);
}

void Parser::declare_names(const Node* target, BindKind kind, bool no_duplicates) {
  auto declare = [&](const Identifier* id) {
    if (failed()) return;
    // Parameters are the first names of their scope: one seen before is a duplicate.
    if (no_duplicates) {
      if (!scopes_.declare_param(id->name)) raise(id->start, Msg::ArgumentNameClash);
    } else if (!scopes_.declare(id->name, kind)) {
      raise(id->start, Msg::AlreadyDeclared, id->name);
    }
  };
  for_each_bound_name(target, declare);
}

}  // namespace essa
