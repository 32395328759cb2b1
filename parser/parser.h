// The parser: recursive descent over the lexer, building ESTree nodes in the arena, in
// acorn's manner and with acorn's node shapes and positions. One file per grammar area:
//   parser.cpp       entry point, cursor helpers (at / eat / expect / ASI), node helpers
//   statement.cpp    statements and the ASI-restricted productions
//   declaration.cpp  var / let / const / using / await using
//   function.cpp     functions, parameters, bodies, directive prologues
//   class.cpp        classes, fields, auto-accessors, private names, static blocks
//   decorator.cpp    decorators (stage 3) before classes and class elements
//   module.cpp       import / export declarations, attributes, import phases (stage 3)
//   expression.cpp   precedence climbing, unary/update, calls, members, primaries
//   literal.cpp      literals, templates, object and array literals
//   arrow.cpp        arrow functions and async arrows (from the cover grammar)
//   pattern.cpp      cover grammar -> patterns (acorn's lval.js), binding patterns
//   bound_names.h    for_each_bound_name: the names a binding pattern binds
//   scope.h/.cpp     declared names per scope, private names, exports (early errors)
//   messages.def     every message raise() reports (acorn's wording)
//   token_operators.h  the Operator of each operator token (token_kinds.def columns)
//
// Errors follow habit 3 of STYLE.md: the first error is recorded in the parse's ErrorSlot
// (error_, which the lexer reports into as well), the lexer jumps to EOF, the failing
// function returns invalid(), and every loop ends at Eof, so the parse drains at once. No
// exceptions.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "context.h"
#include "essa/arena.h"
#include "essa/ast.h"
#include "essa/parse.h"
#include "lexer.h"
#include "messages.h"
#include "observer.h"
#include "scope.h"

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
  bool failed() const { return error_.failed; }
  const ErrorSlot& error() const { return error_; }
  // The module goal (held by the lexer, which needs it first).
  bool module() const { return lexer_.module(); }
  // acorn's ecmaVersion (ParseOptions::ecma_version), compared where an edition's syntax is
  // decided.
  uint16_t ecma() const { return options_.ecma_version; }
  // Reports every token the parse consumes, and every comment the lexer skips, to
  // `observer` (tokens/ builds --tokens from it). Call before parsing.
  void observe(const Observer& observer) {
    observer_ = observer;
    lexer_.observe(observer);
  }

  // ===================== parser.cpp: cursor and helpers =====================
  const Token& tok() const { return lexer_.current(); }
  TokenKind kind() const { return lexer_.current().kind; }
  bool at(TokenKind k) const { return kind() == k; }
  // Consumes the current token; prev_end_ becomes its end. Inline: it runs once per token.
  void next() {
    const Token& t = lexer_.current();
    // Tokens are reported as they are consumed, after any regexp or template rescan.
    if (observer_.token && t.kind != TokenKind::Eof) [[unlikely]] {
      observer_.token(observer_.ctx, t);
    }
    prev_end_ = t.end;
    lexer_.next();
  }
  bool eat(TokenKind k) {
    if (!at(k)) return false;
    next();
    return true;
  }
  // Consumes k or reports "Unexpected token" (acorn's wording) at the current token.
  bool expect(TokenKind k);
  // Steps through a braced, comma-separated list (`{ a, b, }`) after its `{`: true when an
  // element follows; false once the closing `}` is consumed, or after an error.
  bool next_in_braces(bool& first);
  // ASI (spec 12.10): `;` is eaten, or accepted before `}`, at EOF, or after a line break.
  bool can_insert_semicolon() const;
  void consume_semicolon();
  // A missing `spelling`: TypeScript's "'x' expected." at the token, or acorn's "Unexpected
  // token".
  void expected(std::string_view spelling);
  // consume_semicolon() after a binding or a class field's key, where a `:` in JavaScript is
  // a type annotation: reported as TypeScript reports one in a .js file.
  void consume_semicolon_or_annotation();
  void consume_declarators_end();  // after `let a, b`: `;` (TypeScript: "',' expected.")
  // JavaScript at a `:` where TypeScript would read a type annotation: raises TypeScript's
  // "Type annotations can only be used in TypeScript files." (true), else nothing (false).
  bool js_type_annotation_error();
  // The kind of the token after the current one (a checkpoint and a rewind: use rarely).
  Token peek();
  // Is the current token the contextual word `name` (not escaped)?
  bool at_contextual(TokenKind k) const { return at(k) && !tok().escaped(); }
  // `of` in a for-head (ES2015).
  bool at_for_of() const { return at_contextual(TokenKind::Of) && ecma() >= 6; }

  // Errors. All return invalid() so that `return unexpected();` reads naturally.
  // The message (messages.def) is formatted only when it is the first error, the one kept.
  // acorn's raisedAt, where its tokenizer stands, is taken to be the end of the current
  // token (acorn has read it too), unless a RaisedAt scope says otherwise.
  Node* raise(uint32_t offset, Msg message, std::string_view arg = {});
  // The same where acorn's tokenizer stands elsewhere: at `scanner_at`.
  Node* raise(uint32_t offset, uint32_t scanner_at, Msg message, std::string_view arg = {});
  // After an expression statement failed: "Expression expected." at its start becomes
  // TypeScript's "Declaration or statement expected." (TypeScript only).
  void ts_statement_expected(uint32_t start);
  Node* unexpected();                 // "Unexpected token" at the current token
  Node* unexpected_at(uint32_t offset);
  Node* invalid() { return invalid_; }
  // Within its scope, errors are raised with acorn's tokenizer at `scanner_at`: for checks
  // that acorn makes before it reads on and essa after (a function's parameters, which acorn
  // checks at the `{` of the body and essa once the directives are read). Scopes nest.
  class RaisedAt {
   public:
    RaisedAt(Parser& p, uint32_t scanner_at) : p_(p), saved_(p.raised_at_) {
      p.raised_at_ = scanner_at;
    }
    ~RaisedAt() { p_.raised_at_ = saved_; }
    RaisedAt(const RaisedAt&) = delete;
    RaisedAt& operator=(const RaisedAt&) = delete;

   private:
    Parser& p_;
    uint32_t saved_;
  };

  // Node helpers: make<T>(start) then finish(node) at prev_end_.
  template <class T>
  T* make(uint32_t start) {
    T* n;
    if constexpr (has_ts_side<T>) {
      // TypeScript's fields on a JavaScript node live in a record before it (ast.h, ts_side).
      if (typescript()) [[unlikely]] {
        n = make_with_ts_side<T>();
      } else {
        n = arena_.make<T>();
      }
    } else {
      n = arena_.make<T>();
    }
    n->start = start;
    return n;
  }
  template <class T>
  [[gnu::noinline]] T* make_with_ts_side() {
    using Side = typename T::TsSide;
    static_assert(sizeof(Side) % alignof(T) == 0 && alignof(Side) >= alignof(T));
    char* p = static_cast<char*>(arena_.allocate(sizeof(Side) + sizeof(T), alignof(Side)));
    new (p) Side();
    T* n = new (p + sizeof(Side)) T();
    n->flags = node_flag::kTsSide;
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
  // Inline: one per name and string token; the copy is the rare case.
  std::string_view current_name() {
    const std::string_view v = lexer_.value();
    if (tok().escaped()) [[unlikely]] return arena_.copy(v);
    return v;
  }
  // The current string or template token's cooked value, kept in the arena when needed.
  std::string_view current_cooked() {
    const std::string_view v = lexer_.value();
    if (tok().flags & token_flag::kHasEscape) [[unlikely]] return arena_.copy(v);
    return v;
  }

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
        p_.raise(p_.tok().start, Msg::NestingTooDeep);
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

  // A left-deep chain (`a+b+c`, `a.b.c`, `f()()`) is built by a loop, not by recursion, so it
  // costs the parser no stack, but each link is one more tree level for the writer and for
  // visitors to descend. Links count against their own, larger budget: recursion depth plus
  // open links stays below kChainFactor * max_depth, within what the writer can descend.
  static constexpr uint32_t kChainFactor = 4;
  class ChainDepth {
   public:
    explicit ChainDepth(Parser& p) : p_(p) {}
    ~ChainDepth() { p_.chain_links_ -= links_; }
    // False (with "Nesting too deep" raised) past the limit.
    bool add_link() {
      ++links_;
      ++p_.chain_links_;
      if (p_.depth_ + p_.chain_links_ <= kChainFactor * p_.options_.max_depth) return true;
      p_.raise(p_.tok().start, Msg::NestingTooDeep);
      return false;
    }
    ChainDepth(const ChainDepth&) = delete;
    ChainDepth& operator=(const ChainDepth&) = delete;

   private:
    Parser& p_;
    uint32_t links_ = 0;
  };

  // ===================== statement.cpp =====================
  // StatementListItems onto the scratch stack until `end` (RBrace, or Eof for the Program).
  void parse_statement_list(TokenKind end);
  // `new_scope` false: a catch body, which shares the scope of the catch parameter.
  BlockStatement* parse_block(bool new_scope = true);
  Node* parse_expression_statement(uint32_t start, Node* expr);
  // Where a statement stands (acorn's `context`): a StatementListItem, the body of an `if`,
  // the body of a label, or any other Statement position (loop and `with` bodies, a label
  // inside an `if`). Decides where declarations and Annex B functions may appear.
  enum class StatementContext : uint8_t { ListItem, If, Label, Nested };
  // `top_level`: directly in the Program (import/export, `using` in scripts).
  Node* parse_statement_in(StatementContext where, bool top_level);
  // The directive prologue of a Program (params == nullptr) or function body, pushed onto the
  // scratch stack. "use strict" turns strict mode on for the rest of the body; for a function
  // it is checked against its parameters (fn_start: where the function node starts) and name.
  // `body_open_end`: the end of a function body's `{` (kNoStart at the top level).
  void parse_directive_prologue(const NodeList* params, uint32_t fn_start, Node* fn_id,
                                uint32_t body_open_end);
  // A "use strict" directive that counts, in a prologue (out of line: rare): checks the
  // parameters and turns strict mode on. False when an error was raised.
  [[gnu::noinline]] bool use_strict_directive(const NodeList* params, uint32_t fn_start,
                                              Node* fn_id, uint32_t body_open_end,
                                              uint32_t octal_at);
  // Consumes the current reserved word; acorn rejects one written with escapes.
  void next_keyword();
  Node* parse_paren_expression();  // `( Expression )`
  Node* parse_if_statement(uint32_t start);
  Node* parse_break_continue(uint32_t start, bool is_break);
  Node* parse_return_statement(uint32_t start);
  Node* parse_throw_statement(uint32_t start);
  Node* parse_try_statement(uint32_t start);
  Node* parse_switch_statement(uint32_t start);
  Node* parse_while_statement(uint32_t start);
  Node* parse_do_while_statement(uint32_t start);
  Node* parse_with_statement(uint32_t start);
  Node* parse_labeled_statement(uint32_t start, Identifier* label, StatementContext where);
  Node* parse_for_statement(uint32_t start);
  Node* parse_for_after_declaration(uint32_t start, VariableDeclaration* init, uint32_t await_at);
  Node* parse_for_rest(uint32_t start, Node* init);                    // `; test; update) body`
  Node* parse_for_in_of(uint32_t start, Node* left, bool is_await);  // at `in` / `of`

  // ===================== declaration.cpp =====================
  // At `let`, `using`, `await using`: does a lexical declaration start here?
  // `statement_position`: in a Statement position only `let [` starts a declaration (and
  // is then an error). `in_for`: in a for-head, `using of` is not a declaration.
  bool at_let_declaration(bool statement_position = false);
  bool at_using_declaration(bool in_for = false);
  bool at_await_using_declaration(bool in_for = false);
  // Parses `kind` declarators after the keyword(s); `in_for` for for-heads (no `in`, no
  // required initializers).
  VariableDeclaration* parse_variable_declaration(uint32_t start, VarKind kind, bool in_for);
  // The names a binding target binds: `eval`/`arguments` (and, in code that became strict,
  // the strict reserved words) in strict mode; `let` in a lexical declaration.
  void check_binding_names(const Node* target, bool lexical);
  // Binds every name of a binding target in the current scope (scope.h), reporting
  // redeclarations; `no_duplicates`: parameters that may not repeat ("Argument name clash").
  void declare_names(const Node* target, BindKind kind, bool no_duplicates = false);
  // A module export name: "Duplicate export 'x'" when exported before.
  void check_export_name(const Node* name, uint32_t at);
  // The names a declaration exports (`export var {a, b} = o`, `export function f(){}`).
  void check_declaration_exports(const Node* decl);
  // Opens a scope for the guard's lifetime.
  class ScopeGuard {
   public:
    ScopeGuard(Parser& p, uint8_t flags) : p_(p) { p.scopes_.enter(flags); }
    ~ScopeGuard() { p_.scopes_.exit(); }
    ScopeGuard(const ScopeGuard&) = delete;
    ScopeGuard& operator=(const ScopeGuard&) = delete;

   private:
    Parser& p_;
  };

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
  // Body `{ ... }` with its directive prologue; returns the BlockStatement. `fn_start` is
  // where the function node starts (the position of acorn's "Illegal 'use strict' directive
  // in function with non-simple parameter list"; arrows should pass it too; kNoStart falls
  // back to the first parameter); `fn_id` the function's name, checked when it is strict.
  static constexpr uint32_t kNoStart = UINT32_MAX;
  BlockStatement* parse_function_body(bool is_arrow, bool is_method, NodeList params,
                                      uint32_t fn_start = kNoStart, Node* fn_id = nullptr);
  // A method's FunctionExpression starting at the `(`: used by classes and object literals.
  // `ts_class_member`: TypeScript's class methods, which may have no body (`m(): T;`, then
  // the body is null and the `;` eaten) and, for a constructor, parameter properties.
  FunctionExpression* parse_method(bool is_generator, bool is_async, bool is_constructor,
                                   bool is_derived, bool ts_class_member = false);
  // Directive prologue: called on each leading string statement; returns true if it is
  // "use strict".
  bool is_use_strict_directive(const ExpressionStatement* stmt) const;
  // `async [no LineTerminator here] function` at the cursor.
  bool at_async_function();
  // The context of a function's parameters and body (methods add super and new.target).
  uint32_t function_context(bool is_generator, bool is_async) const;

  // ===================== class.cpp =====================
  // At `class`; `decorators` were parsed before it (the class then starts at the first `@`).
  Node* parse_class(uint32_t start, bool is_statement, bool id_optional,
                    NodeList decorators = {});
  ClassBody* parse_class_body(bool has_super);
  Node* parse_class_element(bool has_super);
  Node* parse_static_block(uint32_t start);  // at the `{` after `static`
  // Declares a private element's name in its class body; false (error raised) on a clash.
  bool declare_private_element(const Node* element);
  bool at_class_element_name_start() const;
  // ts/class_members.cpp: TypeScript in classes (ParseOptions::typescript).
  struct TsClassModifiers {
    std::string_view accessibility;  // "public", "private", "protected", or none (null)
    uint32_t accessibility_start = 0;
    uint32_t abstract_start = 0;
    uint32_t declare_start = 0;
    uint32_t readonly_start = 0;
    bool is_static = false;
    bool is_accessor = false;
    bool is_abstract = false;
    bool declare = false;
    bool override = false;
    bool readonly = false;
  };
  // The modifier words before a class element's name; false when an error was raised.
  bool parse_ts_class_modifiers(TsClassModifiers& mods);
  // At `[` with `[name:` after it: an index signature in a class body.
  Node* parse_ts_class_index_signature(uint32_t start, const TsClassModifiers& mods);
  // Checks the modifiers against the element built and copies them onto it: the element, or
  // the abstract twin of a method, field or accessor; nullptr on an error.
  Node* finish_ts_class_element(Node* element, const TsClassModifiers& mods);
  // `implements I, J<T>` (at `implements`) into `implements`.
  NodeList parse_ts_class_implements();
  bool at_ts_heritage_object_literal();  // at `{` after `extends`: `{}` then a body
  // At `abstract` with `class` next on its line: TypeScript's `abstract class` (a
  // declaration, an export's or a default export's, or a `declare`d one).
  bool at_ts_abstract_class();
  // `abstract class` (at `abstract`): a class statement or expression with `abstract: true`.
  Node* parse_ts_abstract_class(uint32_t start, bool is_statement, bool id_optional,
                                NodeList decorators = {});
  // A parameter property's modifiers and parameter (at a modifier or a decorator):
  // `private readonly x: T = 1`.
  Node* parse_ts_parameter_property(uint32_t start, NodeList decorators);

  // ===================== decorator.cpp =====================
  NodeList parse_decorators();  // at `@`: one or more
  Node* parse_decorator();
  // At `@` where a statement starts: a decorated class declaration, or an export of one.
  Node* parse_decorated_statement(uint32_t start, bool top_level);

  // ===================== module.cpp =====================
  Node* parse_import_declaration(uint32_t start);
  // At `import` or `export` with allow_import_export_everywhere, anywhere a statement stands.
  Node* parse_import_export_anywhere(uint32_t start, bool top_level);
  // At `defer` or `source` after `import`: the phase it gives, or None for a default binding.
  ImportPhase import_phase_at();
  // `decorators`: parsed before `export` (`@d export class C {}`), which must then export a
  // class without decorators of its own.
  Node* parse_export_declaration(uint32_t start, NodeList decorators = {});
  // `with { type: "json" }` after a module specifier, into an attributes list.
  NodeList parse_with_clause();
  // `from "specifier"` then an optional `with` clause; false (error raised) otherwise.
  bool parse_from_clause(Node*& source, NodeList& attributes);
  // ModuleExportName: an IdentifierName or a string literal.
  Node* parse_module_export_name();
  void parse_import_specifiers(bool type_only);  // into the scratch stack
  Node* parse_export_default(uint32_t start, NodeList decorators);
  Node* parse_export_all(uint32_t start);  // after `*`
  // acorn's checkUnreserved for a name bound at the top level of a module.
  void check_module_name_unreserved(const Node* name);

  // ===================== expression.cpp =====================
  Node* parse_expression(CoverErrors* errors = nullptr);             // Expression (sequence)
  Node* parse_assignment_expression(CoverErrors* errors = nullptr);  // AssignmentExpression
  Node* parse_conditional_expression(CoverErrors* errors);
  Node* parse_binary_expression(uint32_t start, Node* left, int min_prec);
  Node* parse_subscripts(Node* base, uint32_t start, bool no_calls);
  Node* parse_primary_expression(CoverErrors* errors);
  Node* parse_new_expression();
  Node* parse_yield_expression();
  Node* parse_await_expression(uint32_t start);
  // `import(...)`, `import.defer(...)`, `import.source(...)` or `import.meta`.
  Node* parse_import_expression_or_meta(uint32_t start);
  // `(` ... `)` as a parenthesized expression or arrow parameters.
  Node* parse_paren_or_arrow(uint32_t start, bool can_be_arrow);
  Identifier* parse_identifier(bool liberal);  // liberal: any IdentifierName (after `.`)
  // Property names (after `.`, object and class keys, import attribute keys) are any
  // IdentifierName, unless allowReserved is "never".
  bool liberal_property_names() const {
    return options_.allow_reserved != ParseOptions::AllowReserved::Never;
  }
  PrivateIdentifier* parse_private_identifier();
  // acorn's parseMaybeUnary: `inc_dec` marks the operand of a prefix ++/--, which takes no
  // `**` of its own.
  Node* parse_maybe_unary(CoverErrors* errors, bool saw_unary, bool inc_dec);
  // acorn's parseExprSubscripts: a primary expression and its subscripts.
  Node* parse_expr_subscripts(CoverErrors* errors);
  // One subscript after `base` (member, call, tagged template), or `base` when none follows.
  Node* parse_subscript(Node* base, uint32_t start, bool no_calls, bool maybe_async_arrow,
                        bool optional_chained);
  // After `(`: comma-separated arguments through the `)` into the scratch stack.
  void parse_argument_list(CoverErrors* errors);
  Node* parse_spread(CoverErrors* errors);
  // At `(` after `base`: the arguments, and the CallExpression (or `async(...) =>`).
  Node* parse_call(Node* base, uint32_t start, bool optional, bool maybe_async_arrow);  // `...` AssignmentExpression
  // acorn's checkUnreserved for the identifier `id`, read from a token of kind `k`.
  void check_unreserved(TokenKind k, const Identifier* id);
  // Inside an async function or async arrow (not merely at a module's top level).
  bool in_async() const {
    return has(ctx::kAwait) && (!top_level_await_ || has(ctx::kFunction | ctx::kAsyncArrow));
  }
  // Raises "Escape sequence in keyword X" when the current reserved word has escapes. Inline:
  // it runs for every keyword; the report is out of line.
  void check_keyword_escape() {
    if (tok().escaped()) [[unlikely]] report_keyword_escape();
  }
  void report_keyword_escape();

  // ===================== literal.cpp =====================
  Node* parse_literal();  // number, string, bigint, regexp, true/false/null at the cursor
  TemplateLiteral* parse_template(bool tagged);
  Node* parse_array_literal(CoverErrors* errors);
  Node* parse_object_literal(CoverErrors* errors);
  void parse_properties_before_es2015(CoverErrors* errors);  // into the scratch stack
  // A property key: identifier name, string, number, bigint, computed `[expr]`, private
  // name when `allow_private`. Sets `computed`.
  Node* parse_property_name(bool& computed, bool allow_private);
  // One member of an object literal; `has_proto` tracks `__proto__: v` for duplicates.
  Node* parse_property(CoverErrors* errors, bool& has_proto);
  // The template part at the cursor as a TemplateElement pushed onto the scratch stack;
  // returns true at the tail (or on a malformed template).
  bool parse_template_element(bool tagged);

  // ===================== jsx.cpp =====================
  // What the lexer scans after a JSX element's last `>`: what encloses the element decides
  // (an expression, the tag whose attribute value it is, or the children of its parent).
  enum class JsxFollow : uint8_t { Expression, Tag, Child };
  // Does a JSX element start here, where an expression may? acorn-jsx takes any `<` there
  // (`<<` and `<=` included) but `<!`.
  bool at_jsx_element() const {
    const TokenKind k = kind();
    return options_.jsx &&
           (k == TokenKind::Lt || k == TokenKind::LtLt || k == TokenKind::LtEq ||
            k == TokenKind::LtLtAssign) &&
           lexer_.data()[tok().start + 1] != '!';
  }
  // At `<` where an expression starts (ParseOptions::jsx): a JSXElement or JSXFragment.
  Node* parse_jsx_element(JsxFollow follow);
  // After the `<` that started at `start`: the rest of the element.
  Node* parse_jsx_element_at(uint32_t start, JsxFollow follow);
  Node* parse_jsx_element_name();  // nullptr at `>` (a fragment)
  Node* parse_jsx_identifier();
  Node* parse_jsx_namespaced_name();
  Node* parse_jsx_attribute();
  Node* parse_jsx_attribute_value();
  Node* parse_jsx_expression_container(JsxFollow follow);  // at `{`
  Node* parse_jsx_text();
  // Consumes the current token like next(), then scans the next one inside a tag (strings
  // are attribute values except in a closing tag) or among children.
  void next_in_jsx_tag();
  void next_in_jsx_children();
  void next_after_jsx(JsxFollow follow);
  void report_consumed() {
    const Token& t = lexer_.current();
    if (observer_.token && t.kind != TokenKind::Eof) [[unlikely]] {
      observer_.token(observer_.ctx, t);
    }
    prev_end_ = t.end;
  }

  // ===================== ts/ (ParseOptions::typescript; docs/typescript.md) =====================
  // Each entry point is reached only with options_.typescript set, from a place where plain
  // JavaScript would stop or fail, so the dialect costs plain code a flag read at most.
  bool typescript() const { return options_.typescript; }
  // Is the current token the plain name `word` (TypeScript's contextual words are names)?
  // `word` is a literal: its length is a constant and the comparison inlines (a type position
  // asks several of these per name).
  template <size_t N>
  bool at_ts_word(const char (&word)[N]) const {
    return at(TokenKind::Identifier) && !tok().escaped() && ts_word_is(lexer_.text(tok()), word);
  }
  template <size_t N>
  static bool ts_word_is(std::string_view text, const char (&word)[N]) {
    return text.size() == N - 1 && std::memcmp(text.data(), word, N - 1) == 0;
  }
  // ts/types.cpp: the type grammar.
  Node* parse_ts_type();                      // Type
  Node* parse_ts_type_annotation();           // at `:`: a TSTypeAnnotation from the colon
  // `: T` when the current token is a colon, else nullptr.
  Node* parse_ts_type_annotation_opt() { return at(TokenKind::Colon) ? parse_ts_type_annotation() : nullptr; }
  Node* parse_ts_union_or_intersection(bool union_type);
  Node* parse_ts_type_operator();             // keyof / unique / readonly T, or a postfix type
  Node* parse_ts_postfix_type();              // T[] and T[K]
  Node* parse_ts_primary_type();
  Node* parse_ts_keyword_type();              // nullptr when the name is no keyword type
  Node* parse_ts_type_reference();            // A.B<C>
  Node* parse_ts_entity_name();               // A.B.C (TSQualifiedName)
  Node* parse_ts_type_arguments();            // at `<`: <T, U>
  TSTypeParameterInstantiation* parse_ts_type_argument_list();  // <T, U without the `>`
  void split_ts_closing_angle();              // `>>`, `>=`, ... rescanned as `>` then the rest
  bool expect_ts_closing_angle();             // `>`, split from `>>`, `>=`, ...
  // Eats `k`, or raises TypeScript's "'spelling' expected." at the current token.
  bool expect_ts(TokenKind k, std::string_view spelling) {
    if (eat(k)) return true;
    raise(tok().start, Msg::TsExpected, spelling);
    return false;
  }
  Node* parse_ts_infer_type();                // at `infer`: infer U [extends C]
  Node* parse_ts_tuple_type();                // at `[`
  Node* parse_ts_tuple_element();             // [...] named, optional or plain
  Node* parse_ts_tuple_element_body();        // the element after a `...`
  bool at_ts_tuple_label();                   // at a name: `:` or `?:` follows
  Node* parse_ts_literal_type();              // "s", 1, -1, 1n, true, false
  Node* parse_ts_template_literal_type();     // at a template head: `a${T}b`
  Node* parse_ts_type_query();                // at `typeof`
  Node* parse_ts_import_type();               // at `import`: import("m").A<T>
  Node* ts_declare_misuse();                  // `declare` before no declaration: TypeScript's error
  // After `extends` in a conditional type's check, no conditional type may follow until a
  // primary type opens a new context (TypeScript's DisallowConditionalTypes context).
  class TsConditionalScope {
   public:
    TsConditionalScope(Parser& p, bool disallow) : p_(p), saved_(p.ts_no_conditional_) {
      p.ts_no_conditional_ = disallow;
    }
    ~TsConditionalScope() { p_.ts_no_conditional_ = saved_; }
    TsConditionalScope(const TsConditionalScope&) = delete;
    TsConditionalScope& operator=(const TsConditionalScope&) = delete;

   private:
    Parser& p_;
    bool saved_;
  };
  // ts/type_members.cpp: type literals, interface bodies, mapped types.
  Node* parse_ts_type_literal();              // at `{`
  Node* parse_ts_type_member();               // one member of a type literal or interface
  Node* finish_ts_type_member(Node* member);  // its `;` or `,`, then its end
  bool at_ts_index_signature();               // at `[`: `[name:` follows
  bool parse_ts_index_signature_rest(TSIndexSignature* node);  // `[name: K]: T` from the `[`
  bool at_ts_mapped_type();                   // at `{`: `[K in` follows (after readonly)
  Node* parse_ts_mapped_type();               // at `{`
  // `<T>(a): U` of a signature, into the given fields.
  void parse_ts_signature(Node*& type_parameters, NodeList& params, Node*& return_type);
  // ts/signatures.cpp: type parameters, parameter lists, return types, function types.
  enum class TsTypeParameters : uint8_t { Function, Class, InterfaceOrAlias };
  Node* parse_ts_type_parameters(TsTypeParameters where);  // at `<`
  bool at_ts_function_type_start();
  Node* parse_ts_function_type();             // (a) => T, new (a) => T, abstract new ...
  NodeList parse_ts_signature_params();       // at `(`
  Node* parse_ts_return_type();               // at `:` or `=>`: a TSTypeAnnotation
  Node* parse_ts_type_or_predicate();         // a return type's type
  Node* parse_ts_type_predicate(uint32_t start, bool asserts, Node* name);
  // ts/declarations.cpp: `type X = T`, `interface I extends J { ... }`.
  // At `type` or `interface` in a statement position: the declaration, or nullptr when the
  // word starts an expression (`type = 1`, `interface\nfoo`).
  Node* parse_ts_declaration_statement(uint32_t start);
  Node* parse_ts_type_alias(uint32_t start);  // after `type`
  Node* parse_ts_interface(uint32_t start);   // after `interface`
  // ts/modules.cpp (stage 4, module level): `import type`, `export type`, `type` specifiers.
  // At `type` after `import`: is it `import type ...` (not a default import named `type`)?
  bool at_ts_import_type();
  // A specifier's names with TypeScript's `type` prefix (`type A`, `type A as B`, `type as`,
  // `type as as`, ...): `property` is the name before `as` (null without one), `name` the
  // last; `module_names` allows strings (export names).
  bool parse_ts_specifier_names(Node*& property, Node*& name, bool module_names);
  // After `export` (TypeScript only): `export type {}` / `export type *`, or a declaration
  // (`interface`, `type`, `declare ...`); nullptr when none starts here.
  Node* parse_ts_export(uint32_t start, ExportNamedDeclaration* decl);
  Node* parse_ts_import_equals(uint32_t start, NodeList specifiers, bool type_only);
  // ts/namespaces.cpp (stage 4): enums, namespaces and modules.
  // After `enum` (`is_const`: `const enum`); the declaration starts at `start`.
  Node* parse_ts_enum(uint32_t start, bool is_const);
  // At `namespace`, `module` or `global` (the caller checked that a name follows).
  Node* parse_ts_module(uint32_t start);
  Node* parse_ts_module_block();  // at `{`: statements, import and export as at the top
  // ts/ambient.cpp (stage 4): `declare ...` and bodiless functions.
  // At `declare` followed on its line by a declaration: that declaration with `declare`.
  Node* parse_ts_declare(uint32_t start);
  // A function that ended without a body: a TSDeclareFunction from its parts.
  Node* make_ts_declare_function(uint32_t start, Node* id, bool is_generator, bool is_async,
                                 NodeList params, Node* type_parameters, Node* return_type);
  // ts/annotations.cpp: the TypeScript parts of JavaScript constructs.
  // A parameter: decorators, binding target, `?`, `: T`, default (or `...` target `?: T`).
  // `properties`: the parameters of a constructor, which may be parameter properties;
  // `decorated_at`, when not null and still 0, gets the offset of the parameter's first `@`.
  Node* parse_ts_parameter(bool properties = false, uint32_t* decorated_at = nullptr);
  bool set_ts_optional(Node* target);  // `?` onto a name or pattern; false if it has no record
  void set_ts_decorators(Node* param, NodeList decorators);
  // After a declarator's binding: `!` (definite assignment) and `: T`.
  void parse_ts_declarator_suffix(VariableDeclarator* declarator);
  // `: T` after a binding target (declarators, parameters) onto the target, which then
  // ends after the annotation as TS-ESTree places it.
  void parse_ts_binding_annotation(Node* target);
  static bool ts_binding_annotated(const Node* target);  // it has `: T`
  // `e as T`, `e satisfies T` (at `as` / `satisfies`), from `start`.
  Node* parse_ts_as_expression(uint32_t start, Node* expr);
  bool at_ts_satisfies() const;
  // `e!` (no line break before the `!`).
  bool at_ts_non_null() const {
    return at(TokenKind::Bang) && options_.typescript && !tok().newline_before();
  }

  // ===================== ts/expressions.cpp =====================
  // Does a TypeScript subscript follow an operand that no JavaScript subscript follows
  // (`e!`, or `<` or `<<` that may open type arguments)?
  bool at_ts_subscript() const {
    return options_.typescript && ((at(TokenKind::Bang) && !tok().newline_before()) ||
                                   at(TokenKind::Lt) || at(TokenKind::LtLt));
  }
  // At `<` after an operand: type arguments, kept when TypeScript would take them (they
  // parse, and what follows can follow them: `(`, a template, a line break, a binary
  // operator, or a token that starts no expression); else nullptr with nothing consumed
  // (a checkpoint and a rewind). Past the nesting limit, the error stays.
  Node* try_parse_ts_type_arguments_in_expression();
  bool ts_type_arguments_can_follow() const;
  bool ts_closing_angle_stands_alone() const;
  // At `<` after `base` (started at `start`), which no JavaScript subscript follows:
  // `f<T>(x)`, tag<T>`x`, the instantiation expression `f<T>`, or `base` itself when the
  // `<` is a comparison. An instantiation ends an optional chain that `base` continues.
  Node* parse_ts_type_arguments_subscript(Node* base, uint32_t start, bool no_calls,
                                          bool optional_chained);
  // At `<` after a JSX element's name (.tsx): its type arguments; the tag goes on after them.
  Node* parse_ts_jsx_type_arguments();
  // At `<` after `?.`: `a?.<T>()`.
  Node* parse_ts_optional_call(Node* base, uint32_t start);
  // The `<` offsets where type arguments failed to parse, sorted (see
  // try_parse_ts_type_arguments_in_expression).
  bool ts_type_arguments_failed_at(uint32_t offset) const;
  void remember_ts_type_arguments_failures(size_t mark);

  // ===================== ts/arrows.cpp =====================
  // At `(` or `<` where an AssignmentExpression starts (after `async` for an async arrow):
  // an arrow function with TypeScript's parts (type parameters, annotated parameters, a
  // return type), decided as TypeScript decides it; nullptr, nothing consumed, when it reads
  // no arrow here.
  Node* parse_ts_arrow_or_null(uint32_t start, bool is_async);
  enum class TsArrowGuess : uint8_t { No, Yes, Maybe };
  TsArrowGuess ts_arrow_guess();  // TypeScript's look at the first tokens (no parse)
  struct TsArrowHead {
    Node* type_parameters = nullptr;
    NodeList params;
    Node* return_type = nullptr;
    uint32_t decorated_at = 0;  // a parameter's first `@` (an error once the arrow stands)
  };
  // `<T>(params): R` up to the `=>`; false after an error, or without a `=>`
  // (`committed`: that is an error too).
  bool parse_ts_arrow_head(TsArrowHead& head, bool is_async, bool committed);
  Node* parse_ts_arrow_body(uint32_t start, bool is_async, const TsArrowHead& head,
                            bool no_return_type);
  bool ts_arrow_failed_at(uint32_t offset) const;
  // After a speculation failed: does its error end the parse whatever the try decides? Only
  // such errors have a text inside a speculation (raise()); the lexer's always have one.
  bool speculation_failure_is_final() const { return !error().message.empty(); }
  // At `<` in an operand's place (TypeScript only): a generic arrow (`can_be_arrow`), or in
  // .ts the assertion `<T>e`; nullptr when neither (a JSX element in .tsx).
  Node* parse_ts_angle_bracket(uint32_t start, bool can_be_arrow);
  bool at_ts_await_expression();  // `await y` outside async code, as TypeScript reads it

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
  void check_expression_errors(const CoverErrors& errors) {
    // Both fields are kNone (all ones) in all but broken code: one AND decides.
    if ((errors.shorthand_assign & errors.double_proto) != CoverErrors::kNone) [[unlikely]] {
      report_expression_errors(errors);
    }
  }
  void report_expression_errors(const CoverErrors& errors);
  // Was a pattern-only construct seen (acorn's checkExpressionErrors without throwing)?
  static bool has_expression_errors(const CoverErrors* errors) {
    return errors && (errors->shorthand_assign != CoverErrors::kNone ||
                      errors->double_proto != CoverErrors::kNone);
  }
  // Reports what `errors` recorded that is invalid in a pattern: a comma after a rest
  // element, and a parenthesized pattern (`is_assign`: an assignment target).
  void check_pattern_errors(const CoverErrors& errors, bool is_assign);
  // acorn's checkLValSimple / checkLValPattern for assignment targets (`is_binding` false)
  // or bindings: strict-mode eval/arguments, optional chains, rvalues.
  void check_lval_simple(Node* expr, bool is_binding);
  // Annex B (runtime errors for function call assignment targets): in sloppy code `f() = 1`,
  // `f()++` and `for (f() in o)` parse and fail at run time. Not for logical assignment.
  bool is_web_compat_call_target(const Node* expr) const {
    return !strict() && expr->kind == NodeKind::CallExpression;
  }
  void check_lval_pattern(Node* expr, bool is_binding);
  void check_lval_inner_pattern(Node* expr, bool is_binding);
  RestElement* parse_rest_binding();  // `...` BindingIdentifier or BindingPattern
  Node* parse_array_pattern();
  Node* parse_object_pattern();
  // `left` followed by an optional `= default` (an AssignmentPattern from `start`).
  Node* parse_maybe_default(uint32_t start, Node* left);
  // A `yield` or `await` expression in default values of parameters (acorn's
  // checkYieldAwaitInDefaultParams, over yield_pos_ / await_pos_).
  void check_yield_await_in_default_params();
  // Saves and clears yield_pos_ / await_pos_ / await_ident_pos_ for a nested function or
  // arrow, restoring them on exit (acorn's oldYieldPos and friends).
  class YieldAwaitScope {
   public:
    explicit YieldAwaitScope(Parser& p)
        : p_(p), yield_(p.yield_pos_), await_(p.await_pos_), await_ident_(p.await_ident_pos_) {
      p.yield_pos_ = p.await_pos_ = p.await_ident_pos_ = 0;
    }
    ~YieldAwaitScope() {
      p_.yield_pos_ = yield_;
      p_.await_pos_ = await_;
      p_.await_ident_pos_ = await_ident_;
    }
    YieldAwaitScope(const YieldAwaitScope&) = delete;
    YieldAwaitScope& operator=(const YieldAwaitScope&) = delete;

   private:
    Parser& p_;
    uint32_t yield_, await_, await_ident_;
  };

 private:
  friend class DepthGuard;
  friend class ChainDepth;
  ErrorSlot error_;  // the parse's one error; declared before the lexer, which reports into it
  Lexer lexer_;
  Arena& arena_;
  const ParseOptions& options_;
  uint32_t ctx_ = 0;
  // `await` is an operator at the top level (modules, allow_await_outside_function): there
  // kAwait alone does not mean an async function.
  bool top_level_await_ = false;
  uint32_t depth_ = 0;
  uint32_t chain_links_ = 0;  // open links of left-deep chains (ChainDepth)
  uint32_t prev_end_ = 0;  // end of the last consumed token
  uint32_t raised_at_ = UINT32_MAX;  // a RaisedAt scope's position; none: the token's end
  Node* invalid_ = nullptr;
  std::vector<Node*> scratch_;
  Observer observer_;  // nobody listens unless observe() was called

  // ---- state owned by one grammar file each (add below, in your own section) ----
  // expression.cpp / arrow.cpp / pattern.cpp / literal.cpp:
  uint32_t yield_pos_ = 0;        // first `yield` in the current parameter-like context
  uint32_t await_pos_ = 0;        // first `await` expression, likewise
  uint32_t await_ident_pos_ = 0;  // first `await` used as an identifier
  // Where the current AssignmentExpression began, if at `(` or a name: only a primary
  // starting exactly there may be an arrow function's head (acorn's potentialArrowAt).
  uint32_t potential_arrow_at_ = UINT32_MAX;
  // statement.cpp / declaration.cpp / function.cpp / class.cpp / module.cpp:
  enum class LabelKind : uint8_t { None, Loop, Switch };
  // An enclosing label, or an unnamed entry for a loop or switch (for break/continue).
  struct Label {
    std::string_view name;
    LabelKind kind;
    uint32_t statement_start;  // where the labelled statement starts
  };
  std::vector<Label> labels_;
  size_t labels_base_ = 0;  // labels below this index belong to enclosing functions
  ScopeStack scopes_;       // declared names and private names (scope.h)
  // An export below the top level (allow_import_export_everywhere): names not checked.
  bool export_names_unchecked_ = false;
  // jsx.cpp:
  bool ts_no_conditional_ = false;  // TypeScript: inside a conditional type's `extends` type
  // TypeScript: the `<` offsets where type arguments failed to parse, sorted. Type arguments
  // parse alike wherever they start (nothing of the context reaches into them), so the
  // speculation at a `<` after an operand asks here first: in a chain `a < b < c ...` the
  // first try parsed every later `<` as nested type arguments and failed, and the later
  // tries are answered here, in linear time, not quadratic.
  std::vector<uint32_t> ts_failed_type_arguments_;
  // TypeScript: the offsets where a tried arrow function failed, sorted (TypeScript's
  // notParenthesizedArrow): a later try at the same `(` is answered here.
  std::vector<uint32_t> ts_failed_arrows_;
  // TypeScript: an arrow starting here may not have a return type unless a `:` follows its
  // body (a conditional's consequent, `a ? (b): c => d : e`; allowReturnTypeInArrowFunction).
  uint32_t ts_arrow_no_return_at_ = UINT32_MAX;
  // Open speculations: an error raised inside one is not formatted (raise()): it is undone.
  uint32_t speculating_ = 0;
  bool ts_parameter_properties_ = false;  // TypeScript: the next parameter list is a constructor's
  // TypeScript: the first `@` of the parameter list parse_function_params read last (0: none).
  uint32_t ts_params_decorated_at_ = 0;
  bool ts_class_declaration_ = false;  // TypeScript: the class body being read is a declaration's
  bool ts_ambient_ = false;  // TypeScript: inside `declare` (its rules: ts/ambient.cpp)
  bool jsx_closing_tag_ = false;  // scanning a closing tag: quotes do not start a JSX string
};

// parse() with `tokens.token` also told each token the parse consumes (tokens/ keeps them with
// the tree: parse_with_tokens). `tokens.comment` is not called: the comments, when
// ParseOptions::comments asks for them, go into the result as parse() puts them there.
ParseResult parse_observed(SourceText source, const ParseOptions& options, Arena arena,
                           const Observer& tokens);

}  // namespace essa
