// The parser: recursive descent over the lexer, building ESTree nodes in the arena, in
// acorn's manner and with acorn's node shapes and positions. One file per grammar area:
//   parser.cpp       entry point, cursor helpers (at / eat / expect / ASI), node helpers
//   statement.cpp    statements and the ASI-restricted productions
//   declaration.cpp  var / let / const / using / await using
//   function.cpp     functions, parameters, bodies, directive prologues
//   class.cpp        classes, fields, private names, static blocks
//   module.cpp       import / export declarations, attributes
//   expression.cpp   precedence climbing, unary/update, calls, members, primaries
//   literal.cpp      literals, templates, object and array literals
//   arrow.cpp        arrow functions and async arrows (from the cover grammar)
//   pattern.cpp      cover grammar -> patterns (acorn's lval.js), binding patterns
//
// Errors follow habit 3 of STYLE.md: the first error is recorded (lexer_.fail), the lexer
// jumps to EOF, the failing function returns invalid(), and every loop ends at Eof, so the
// parse drains at once. No exceptions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "context.h"
#include "essa/arena.h"
#include "essa/ast.h"
#include "essa/parse.h"
#include "lexer.h"

namespace essa {

// Where a construct was seen that is valid only in a pattern, or only in an expression
// (acorn's DestructuringErrors). kNone when not seen.
struct CoverErrors {
  static constexpr uint32_t kNone = UINT32_MAX;
  uint32_t shorthand_assign = kNone;      // `{a = 1}`: only valid as a pattern
  uint32_t trailing_comma = kNone;        // `(a, )`: only valid as arrow parameters
  uint32_t parenthesized_assign = kNone;  // `({a}) = 1`
  uint32_t parenthesized_bind = kNone;    // `(a) => ...` patterns inside parentheses
  uint32_t double_proto = kNone;          // `{__proto__: 1, __proto__: 2}`
};

class Parser {
 public:
  Parser(const SourceText& source, Arena& arena, const ParseOptions& options);

  // The whole program, or nullptr after an error (see error()).
  Program* parse_program();
  bool failed() const { return lexer_.failed(); }
  const LexError& error() const { return lexer_.error(); }

  // ===================== parser.cpp: cursor and helpers =====================
  const Token& tok() const { return lexer_.current(); }
  TokenKind kind() const { return lexer_.current().kind; }
  bool at(TokenKind k) const { return kind() == k; }
  // Consumes the current token; prev_end_ becomes its end.
  void next();
  bool eat(TokenKind k) {
    if (!at(k)) return false;
    next();
    return true;
  }
  // Consumes k or reports "Unexpected token" (acorn's wording) at the current token.
  bool expect(TokenKind k);
  // ASI (spec 12.10): `;` is eaten, or accepted before `}`, at EOF, or after a line break.
  bool can_insert_semicolon() const;
  void consume_semicolon();
  // The kind of the token after the current one (a checkpoint and a rewind: use rarely).
  Token peek();
  // Is the current token the contextual word `name` (not escaped)?
  bool at_contextual(TokenKind k) const { return at(k) && !tok().escaped(); }

  // Errors. All return invalid() so that `return unexpected();` reads naturally.
  Node* raise(uint32_t offset, std::string message);
  Node* unexpected();                 // "Unexpected token" at the current token
  Node* unexpected_at(uint32_t offset);
  Node* invalid() { return invalid_; }

  // Node helpers: make<T>(start) then finish(node) at prev_end_.
  template <class T>
  T* make(uint32_t start) {
    T* n = arena_.make<T>();
    n->start = start;
    return n;
  }
  template <class T>
  T* finish(T* n) {
    n->end = prev_end_;
    return n;
  }
  template <class T>
  T* finish_at(T* n, uint32_t end) {
    n->end = end;
    return n;
  }
  // Child lists: push onto the scratch stack, then take everything above `mark` as an
  // exact-size arena list.
  size_t list_mark() const { return scratch_.size(); }
  void push(Node* n) { scratch_.push_back(n); }
  NodeList take_list(size_t mark);

  // The current token's name (identifier-like tokens, private names): a view into the
  // source, or an arena copy when it was escaped.
  std::string_view current_name();
  // The current string or template token's cooked value, kept in the arena when needed.
  std::string_view current_cooked();

  // Context (grammar parameters and modes), saved and restored by ContextGuard.
  uint32_t context() const { return ctx_; }
  bool has(uint32_t bits) const { return (ctx_ & bits) != 0; }
  bool strict() const { return has(ctx::kStrict); }
  class ContextGuard {
   public:
    ContextGuard(Parser& p, uint32_t new_ctx) : p_(p), saved_(p.ctx_) { p.ctx_ = new_ctx; }
    ~ContextGuard() { p_.ctx_ = saved_; }
    ContextGuard(const ContextGuard&) = delete;
    ContextGuard& operator=(const ContextGuard&) = delete;

   private:
    Parser& p_;
    uint32_t saved_;
  };

  // Recursion limit: every recursive production holds a DepthGuard and returns
  // invalid() when it reports too_deep() (the error "Nesting too deep" is already raised).
  class DepthGuard {
   public:
    explicit DepthGuard(Parser& p) : p_(p) {
      if (++p_.depth_ > p_.options_.max_depth) {
        too_deep_ = true;
        p_.raise(p_.tok().start, "Nesting too deep");
      }
    }
    ~DepthGuard() { --p_.depth_; }
    bool too_deep() const { return too_deep_; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;

   private:
    Parser& p_;
    bool too_deep_ = false;
  };

  // ===================== statement.cpp =====================
  // `top_level_or_block`: a StatementListItem (declarations allowed); otherwise a
  // Statement position (if/loop bodies, labeled statements).
  Node* parse_statement(bool list_item);
  void parse_statement_list(TokenKind end, size_t mark);  // until `end` (RBrace or Eof)
  BlockStatement* parse_block();
  Node* parse_expression_statement(uint32_t start, Node* expr);

  // ===================== declaration.cpp =====================
  // At `let`, `using`, `await using`: does a lexical declaration start here?
  bool at_let_declaration();
  bool at_using_declaration();
  bool at_await_using_declaration();
  // Parses `kind` declarators after the keyword(s); `in_for` for for-heads (no `in`, no
  // required initializers).
  VariableDeclaration* parse_variable_declaration(uint32_t start, VarKind kind, bool in_for);

  // ===================== function.cpp =====================
  struct FunctionFlags {
    bool is_statement = false;     // declaration (id required unless default export)
    bool id_optional = false;      // `export default function () {}`
    bool is_async = false;
    bool hanging_statement = false;  // Annex B `if (x) function f(){}`
  };
  // At `function` (after `async` when is_async); `start` is where the node starts.
  Node* parse_function(uint32_t start, FunctionFlags flags);
  // Formal parameters `( ... )` into the scratch stack.
  void parse_function_params(size_t mark);
  // Body `{ ... }` with its directive prologue; returns the BlockStatement.
  BlockStatement* parse_function_body(bool is_arrow, bool is_method, NodeList params);
  // A method's FunctionExpression starting at the `(`: used by classes and object literals.
  FunctionExpression* parse_method(bool is_generator, bool is_async, bool is_constructor,
                                   bool is_derived);
  // Directive prologue: called on each leading string statement; returns true if it is
  // "use strict".
  bool is_use_strict_directive(const ExpressionStatement* stmt) const;

  // ===================== class.cpp =====================
  Node* parse_class(uint32_t start, bool is_statement, bool id_optional);

  // ===================== module.cpp =====================
  Node* parse_import_declaration(uint32_t start);
  Node* parse_export_declaration(uint32_t start);
  // `with { type: "json" }` after a module specifier, into an attributes list.
  NodeList parse_with_clause();
  // ModuleExportName: an IdentifierName or a string literal.
  Node* parse_module_export_name();

  // ===================== expression.cpp =====================
  Node* parse_expression(CoverErrors* errors = nullptr);             // Expression (sequence)
  Node* parse_assignment_expression(CoverErrors* errors = nullptr);  // AssignmentExpression
  Node* parse_conditional_expression(CoverErrors* errors);
  Node* parse_binary_expression(uint32_t start, Node* left, int min_prec);
  Node* parse_unary_expression(CoverErrors* errors, bool saw_unary);
  Node* parse_subscripts(Node* base, uint32_t start, bool no_calls);
  Node* parse_primary_expression(CoverErrors* errors);
  Node* parse_new_expression();
  Node* parse_yield_expression();
  Node* parse_await_expression(uint32_t start);
  Node* parse_import_expression_or_meta(uint32_t start);
  // `(` ... `)` as a parenthesized expression or arrow parameters.
  Node* parse_paren_or_arrow(uint32_t start, bool can_be_arrow);
  Identifier* parse_identifier(bool liberal);  // liberal: any IdentifierName (after `.`)
  PrivateIdentifier* parse_private_identifier();
  // Arguments `( ... )` into the scratch stack (spread allowed).
  void parse_arguments(size_t mark);

  // ===================== literal.cpp =====================
  Node* parse_literal();  // number, string, bigint, regexp, true/false/null at the cursor
  TemplateLiteral* parse_template(bool tagged);
  Node* parse_array_literal(CoverErrors* errors);
  Node* parse_object_literal(CoverErrors* errors);
  // A property key: identifier name, string, number, bigint, computed `[expr]`, private
  // name when `allow_private`. Sets `computed`.
  Node* parse_property_name(bool& computed, bool allow_private);

  // ===================== arrow.cpp =====================
  // `params` were parsed as an expression list (the cover grammar); convert them and parse
  // the body after `=>`.
  Node* parse_arrow_expression(uint32_t start, NodeList params, bool is_async);

  // ===================== pattern.cpp =====================
  // Reinterprets an expression as an assignment target or binding pattern (acorn's
  // toAssignable), in place where layouts agree. Reports invalid targets.
  Node* to_assignable(Node* expr, bool is_binding, CoverErrors* errors);
  void to_assignable_list(NodeList list, bool is_binding);
  // BindingIdentifier or BindingPattern, optionally with `= default`.
  Node* parse_binding_target();
  Node* parse_binding_element();  // target plus optional initializer
  // Reports the first pattern-only construct in `errors` as an error (expression position).
  void check_expression_errors(const CoverErrors& errors);

 private:
  friend class DepthGuard;
  Lexer lexer_;
  Arena& arena_;
  const ParseOptions& options_;
  uint32_t ctx_ = 0;
  uint32_t depth_ = 0;
  uint32_t prev_end_ = 0;  // end of the last consumed token
  Node* invalid_ = nullptr;
  std::vector<Node*> scratch_;

  // ---- state owned by one grammar file each (add below, in your own section) ----
  // expression.cpp / arrow.cpp / pattern.cpp / literal.cpp:
  uint32_t yield_pos_ = 0;        // first `yield` in the current parameter-like context
  uint32_t await_pos_ = 0;        // first `await` expression, likewise
  uint32_t await_ident_pos_ = 0;  // first `await` used as an identifier
  // statement.cpp / declaration.cpp / function.cpp / class.cpp / module.cpp:
  std::vector<std::string_view> labels_;  // enclosing labels (names)
};

}  // namespace essa
