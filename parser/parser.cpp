// Parser entry point and cursor helpers.
#include "parser.h"

#include <cassert>
#include <cstring>
#include <string>

#include "message_format.h"

namespace essa {

Parser::Parser(const SourceText& source, Arena& arena, const ParseOptions& options)
    : lexer_(source, options.module, error_, options.allow_hash_bang),
      arena_(arena),
      options_(options) {
  ctx_ = ctx::kIn;
  // Top-level await in modules came with ES2022.
  const bool module_await = module() && options.ecma_version >= 13;
  if (module()) {
    ctx_ |= module_await ? ctx::kStrict | ctx::kAwait : ctx::kStrict;
  } else if (options.commonjs) {
    ctx_ |= ctx::kReturn | ctx::kNewTarget;
  }
  // acorn's options that change the top level's grammar parameters.
  if (options.strict) ctx_ |= ctx::kStrict;
  if (options.allow_return_outside_function) ctx_ |= ctx::kReturn;
  if (options.allow_await_outside_function) ctx_ |= ctx::kAwait;
  top_level_await_ = module_await || options.allow_await_outside_function;
  lexer_.set_ecma_version(options.ecma_version);
  invalid_ = arena_.make<Identifier>();
  scratch_.reserve(256);
}

Program* Parser::parse_program() {
  auto* program = make<Program>(0);
  program->source_type = module() ? SourceType::Module : SourceType::Script;
  if (options_.ecma_version != ParseOptions::kEcmaLatest &&
      ecma_version_of(options_.ecma_version) != options_.ecma_version) [[unlikely]] {
    raise(0, Msg::EcmaVersionUnsupported, std::to_string(options_.ecma_version));
    return nullptr;
  }
  if (options_.commonjs && !module() && options_.allow_await_outside_function) [[unlikely]] {
    raise(0, Msg::AwaitOutsideFunctionWithCommonjs);
    return nullptr;
  }
  next();
  const size_t mark = list_mark();
  {
    // CommonJS: the top level is a function body, as acorn's scope for it (a var scope where
    // `using` may stand and functions count as var, as at a script's top level).
    const bool commonjs = options_.commonjs && !module();
    ScopeGuard top(*this, module()    ? ScopeStack::kTop | ScopeStack::kModuleTop
                          : commonjs ? ScopeStack::kFunction
                                     : ScopeStack::kTop);
    parse_statement_list(TokenKind::Eof);
    // `export { x }` may come before x is declared: checked once the module is read.
    std::string_view name;
    uint32_t at = 0;
    // TypeScript exports types too, whose names no scope holds: typescript-estree leaves
    // the check to TypeScript's checker.
    if (module() && !failed() && !typescript() && scopes_.first_undefined_export(&name, &at)) {
      raise(at, Msg::ExportUndefined, name);
    }
  }
  program->body = take_list(mark);
  if (failed()) return nullptr;
  // acorn ends the Program at the end of the input, trailing comments included.
  return finish_at(program, lexer_.size());
}

bool Parser::expect(TokenKind k) {
  if (eat(k)) return true;
  expected(token_spelling(k));
  return false;
}

bool Parser::next_in_braces(bool& first) {
  if (eat(TokenKind::RBrace)) return false;
  if (!first) {
    if (!expect(TokenKind::Comma)) return false;
    if (eat(TokenKind::RBrace)) return false;  // trailing comma
  }
  first = false;
  return true;
}

bool Parser::can_insert_semicolon() const {
  const Token& t = tok();
  return t.kind == TokenKind::Eof || t.kind == TokenKind::RBrace || t.newline_before();
}

void Parser::consume_semicolon() {
  if (eat(TokenKind::Semicolon)) return;
  if (can_insert_semicolon()) return;
  expected(";");
}

// TypeScript's parseExpected and parseSemicolon: "';' expected." at the token found; acorn's
// "Unexpected token" in JavaScript.
void Parser::expected(std::string_view spelling) {
  if (typescript()) [[unlikely]] {
    raise(tok().start, Msg::TsExpected, spelling);
  } else {
    unexpected();
  }
}

Token Parser::peek() {
  const Lexer::Checkpoint cp = lexer_.checkpoint();
  const uint32_t saved_prev_end = prev_end_;
  lexer_.next();
  const Token t = lexer_.current();
  lexer_.rewind(cp);
  prev_end_ = saved_prev_end;
  return t;
}

Node* Parser::raise(uint32_t offset, Msg message, std::string_view arg) {
  if (raised_at_ != UINT32_MAX) return raise(offset, raised_at_, message, arg);
  // acorn reads a template as several tokens, the first the backquote that opens it or the
  // `}` that closes a substitution.
  const Token& t = tok();
  return raise(offset, is_template_part(t.kind) ? t.start + 1 : t.end, message, arg);
}

Node* Parser::raise(uint32_t offset, uint32_t scanner_at, Msg message, std::string_view arg) {
  const std::string_view text = message_text(message);
  assert(failed() || message_has_argument(text) == (arg.data() != nullptr));
  // Later errors are dropped: only the first one's text is built. (Building it at the end
  // would save nothing more, and some arguments, a regexp's message, are temporaries.)
  // Inside a speculation the error is undone by the rewind, unless it ends the parse
  // whatever the try decides ("Nesting too deep", empty type arguments, decorators on a
  // parameter where none may stand, which no other reading makes valid): only those texts
  // are built there (speculation_failure_is_final), so a failed try allocates nothing
  // (TypeScript tries type arguments at every `<` after an operand).
  const bool kept = !failed() && (speculating_ == 0 || message == Msg::NestingTooDeep ||
                                  message == Msg::TsEmptyTypeArguments ||
                                  message == Msg::TsDecoratorsNotValidHere ||
                                  message == Msg::TsThisParameterModifiers);
  error_.record(offset, kept ? format_message(text, arg) : std::string(), scanner_at);
  lexer_.stop();
  return invalid_;
}

void Parser::consume_semicolon_or_annotation() {
  if (eat(TokenKind::Semicolon) || can_insert_semicolon()) return;
  if (!js_type_annotation_error()) consume_semicolon();
}

void Parser::consume_declarators_end() {
  if (eat(TokenKind::Semicolon) || can_insert_semicolon()) return;
  // TypeScript's declarator list goes on where a binding could start (`let x y`).
  if (typescript() && (is_identifier_like(kind()) || at(TokenKind::LBracket) ||
                       at(TokenKind::LBrace))) [[unlikely]] {
    raise(tok().start, Msg::TsExpected, ",");
    return;
  }
  consume_semicolon_or_annotation();
}

bool Parser::js_type_annotation_error() {
  if (typescript() || !at(TokenKind::Colon)) return false;
  raise(tok().start, Msg::JsTypeAnnotation);
  return true;
}

// TypeScript: a statement that cannot start with its first token is "Declaration or
// statement expected." there (TypeScript's statement list), not "Expression expected.".
void Parser::ts_statement_expected(uint32_t start) {
  if (!typescript() || error_.offset != start ||
      error_.message != message_text(Msg::TsExpressionExpected)) {
    return;
  }
  error_.clear();
  raise(start, Msg::TsStatementExpected);
}

Node* Parser::unexpected() { return unexpected_at(tok().start); }

Node* Parser::unexpected_at(uint32_t offset) { return raise(offset, Msg::UnexpectedToken); }

NodeList Parser::take_list(size_t mark) {
  NodeList list;
  list.size = static_cast<uint32_t>(scratch_.size() - mark);
  list.items = arena_.make_array<Node*>(list.size);
  if (list.size) std::memcpy(list.items, scratch_.data() + mark, list.size * sizeof(Node*));
  scratch_.resize(mark);
  return list;
}

namespace {

// parse_observed's listeners: the caller's token hook, and the comments into the result.
struct Listeners {
  Observer tokens;
  std::vector<Comment>* comments;
};

void forward_token(void* ctx, const Token& token) {
  const Observer& tokens = static_cast<Listeners*>(ctx)->tokens;
  tokens.token(tokens.ctx, token);
}

void keep_comment(void* ctx, const Comment& comment) {
  static_cast<Listeners*>(ctx)->comments->push_back(comment);
}

}  // namespace

ParseResult parse(SourceText source, const ParseOptions& options, Arena arena) {
  return parse_observed(std::move(source), options, std::move(arena), Observer{});
}

ParseResult parse_observed(SourceText source, const ParseOptions& options, Arena arena,
                           const Observer& tokens) {
  ParseResult result;
  result.source_ = std::make_unique<SourceText>(std::move(source));
  result.arena_ = std::make_unique<Arena>(std::move(arena));
  result.arena_->reset();
  result.ecma_version_ = options.ecma_version;
  if (const SyntaxError* e = result.source_->error()) {
    result.error_ = std::make_unique<SyntaxError>(*e);
    return result;
  }
  Parser parser(*result.source_, *result.arena_, options);
  const bool comments = options.comments || options.attach_comments;
  Listeners listeners{tokens, &result.comments_};
  if (tokens.token != nullptr) [[unlikely]] {
    parser.observe({.ctx = &listeners,
                    .token = forward_token,
                    .comment = comments ? keep_comment : nullptr});
  } else if (comments) [[unlikely]] {
    parser.observe({.ctx = &listeners, .comment = keep_comment});
  }
  Program* program = parser.parse_program();
  if (!program || parser.failed()) {
    result.comments_.clear();
    result.error_ =
        std::make_unique<SyntaxError>(parser.error().to_syntax_error(result.line_index()));
    return result;
  }
  result.program_ = program;
  if (options.attach_comments) [[unlikely]] {
    result.attachment_ = std::make_unique<CommentAttachment>(
        attach_comments(*program, result.comments_, result.source_->text()));
  }
  return result;
}

}  // namespace essa
