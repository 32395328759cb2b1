// tokenize(): the tokens of a valid program come from the parser, which knows exactly where a
// regular expression or a template continuation starts. A source that does not parse is
// tokenized standalone, deciding regexp-or-divide with RegexpGuess as espree.tokenize does.
// Either way each token is classified the way espree does.
#include <string_view>

#include "essa/tokens.h"
#include "lexer.h"
#include "messages.h"
#include "parser.h"
#include "regexp_guess.h"
#include "token_type.h"

namespace essa {
namespace {

// Records a message of the parser's table (acorn's wording), unless an error is recorded.
void record(ErrorSlot& errors, uint32_t at, Msg id, std::string_view arg = {}) {
  errors.record(at, format_message(message_text(id), arg));
}

// Errors acorn's tokenizer reports that our lexer leaves to the parser: escaped keywords
// and legacy octal in the (strict) module goal. Returns false, the error recorded in
// `errors`, when the token is rejected.
bool check_token(const Lexer& lexer, const Token& tok, ErrorSlot& errors) {
  // `@` only starts a decorator, which the parser alone can tell (acorn's tokenizer knows no
  // `@`).
  if (tok.kind == TokenKind::At) {
    record(errors, tok.start, Msg::UnexpectedAt);
    return false;
  }
  if (tok.escaped() && is_reserved_word(tok.kind) && tok.kind != TokenKind::Enum) {
    record(errors, tok.start, Msg::EscapedKeyword, lexer.value());
    return false;
  }
  if (lexer.module() && (tok.flags & token_flag::kLegacyOctal)) {
    if (tok.kind == TokenKind::String) {
      // escape_offset() is the backslash; acorn points at the digit for \8 and \9.
      const uint32_t backslash = lexer.escape_offset();
      const char digit = lexer.data()[backslash + 1];
      if (digit == '8' || digit == '9') {
        record(errors, backslash + 1, Msg::InvalidEscape);
      } else {
        record(errors, backslash, Msg::OctalInStrict);
      }
    } else {
      record(errors, tok.start, Msg::InvalidNumber);
    }
    return false;
  }
  return true;
}

}  // namespace

std::string_view token_type_name(TokenType type) {
  switch (type) {
    case TokenType::Boolean: return "Boolean";
    case TokenType::Identifier: return "Identifier";
    case TokenType::Keyword: return "Keyword";
    case TokenType::Null: return "Null";
    case TokenType::Numeric: return "Numeric";
    case TokenType::Punctuator: return "Punctuator";
    case TokenType::String: return "String";
    case TokenType::RegularExpression: return "RegularExpression";
    case TokenType::Template: return "Template";
    case TokenType::PrivateIdentifier: return "PrivateIdentifier";
    case TokenType::JSXIdentifier: return "JSXIdentifier";
    case TokenType::JSXText: return "JSXText";
  }
  return "Unknown";
}

namespace {

// One record per token the parser reports, in espree's terms (ctx: the TokenizeResult).
void record_token(void* ctx, const Token& t) {
  static_cast<TokenizeResult*>(ctx)->tokens.push_back(
      {token_type_of(t.kind), t.escaped() || t.kind == TokenKind::JsxText, {t.start, t.end}});
}

// Each comment the lexer reports (ctx: the TokenizeResult).
void record_comment(void* ctx, const Comment& comment) {
  static_cast<TokenizeResult*>(ctx)->comments.push_back(comment);
}

// The tokens (and comments) the parser consumes; false when the source is not a valid
// program.
bool tokenize_by_parsing(const SourceText& source, const TokenizeOptions& options,
                         TokenizeResult& out) {
  Arena arena;
  ParseOptions parse_options;
  parse_options.module = options.module;
  parse_options.jsx = options.jsx;
  Parser parser(source, arena, parse_options);
  parser.observe({.ctx = &out,
                  .token = record_token,
                  .comment = options.comments ? record_comment : nullptr});
  return parser.parse_program() != nullptr;
}

}  // namespace

TokenizeResult tokenize(const SourceText& source, const TokenizeOptions& options) {
  TokenizeResult result;
  if (!source.ok()) {
    result.error = *source.error();
    return result;
  }
  // Typical code has a token every 4 to 6 bytes; one reservation avoids most regrowth.
  result.tokens.reserve(source.size() / 5 + 16);
  if (tokenize_by_parsing(source, options, result)) return result;
  result.tokens.clear();
  result.comments.clear();

  ErrorSlot errors;
  Lexer lexer(source, options.module, errors);
  if (options.comments) lexer.observe({.ctx = &result, .comment = record_comment});
  RegexpGuess guess;
  for (;;) {
    lexer.next();
    const TokenKind k = lexer.current().kind;
    if ((k == TokenKind::Slash || k == TokenKind::SlashAssign) && guess.regexp_allowed()) {
      lexer.rescan_as_regexp();
    } else if (k == TokenKind::RBrace && guess.brace_closes_template()) {
      lexer.rescan_template_continuation();
    }
    const Token& tok = lexer.current();
    if (errors.failed || tok.kind == TokenKind::Eof) break;
    if (!check_token(lexer, tok, errors)) break;
    result.tokens.push_back({token_type_of(tok.kind), tok.escaped(), {tok.start, tok.end}});
    guess.advance(tok);
  }
  if (errors.failed) result.error = errors.to_syntax_error(LineIndex(source.text()));
  return result;
}

}  // namespace essa
