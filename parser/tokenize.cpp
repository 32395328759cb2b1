// tokenize(): runs the lexer over the whole source, deciding regex-or-divide and template
// continuations with RegexGuess, and classifies each token the way espree does.
#include <string>

#include "essa/tokens.h"
#include "lexer.h"
#include "regex_guess.h"

namespace essa {
namespace {

TokenType classify(TokenKind k) {
  switch (k) {
    case TokenKind::PrivateName:
      return TokenType::PrivateIdentifier;
    case TokenKind::Number:
    case TokenKind::BigInt:
      return TokenType::Numeric;
    case TokenKind::String:
      return TokenType::String;
    case TokenKind::NoSubstitutionTemplate:
    case TokenKind::TemplateHead:
    case TokenKind::TemplateMiddle:
    case TokenKind::TemplateTail:
      return TokenType::Template;
    case TokenKind::RegExp:
      return TokenType::RegularExpression;
    case TokenKind::True:
    case TokenKind::False:
      return TokenType::Boolean;
    case TokenKind::Null:
      return TokenType::Null;
    // espree reports these three names as keywords although acorn scans them as names.
    case TokenKind::Let:
    case TokenKind::Static:
    case TokenKind::Yield:
      return TokenType::Keyword;
    case TokenKind::Enum:  // not one of acorn's keywords
      return TokenType::Identifier;
    default:
      break;
  }
  if (is_identifier_like(k)) return TokenType::Identifier;
  if (is_reserved_word(k)) return TokenType::Keyword;
  return TokenType::Punctuator;
}

// Errors acorn's tokenizer reports that our lexer leaves to the parser: escaped keywords
// and legacy octal in the (strict) module goal. Returns false
// and fills `error` when the token is rejected.
bool check_token(const Lexer& lexer, const Token& tok, bool module, SyntaxError& error) {
  if (tok.escaped() && is_reserved_word(tok.kind) && tok.kind != TokenKind::Enum) {
    error.message = "Escape sequence in keyword ";
    error.message += lexer.value();
    error.byte_offset = tok.start;
    return false;
  }
  if (module && (tok.flags & token_flag::kLegacyOctal)) {
    if (tok.kind == TokenKind::String) {
      // escape_offset() is the backslash; acorn points at the digit for \8 and \9.
      const uint32_t backslash = lexer.escape_offset();
      const char digit = lexer.data()[backslash + 1];
      if (digit == '8' || digit == '9') {
        error.message = "Invalid escape sequence";
        error.byte_offset = backslash + 1;
      } else {
        error.message = "Octal literal in strict mode";
        error.byte_offset = backslash;
      }
    } else {
      error.message = "Invalid number";
      error.byte_offset = tok.start;
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
  }
  return "Unknown";
}

TokenizeResult tokenize(const SourceText& source, const TokenizeOptions& options) {
  TokenizeResult result;
  if (!source.ok()) {
    result.error = *source.error();
    return result;
  }
  // Typical code has a token every 4 to 6 bytes; one reservation avoids most regrowth.
  result.tokens.reserve(source.size() / 5 + 16);

  Lexer lexer(source, options.module);
  RegexGuess guess;
  SyntaxError error;
  bool failed = false;
  for (;;) {
    lexer.next();
    const TokenKind k = lexer.current().kind;
    if ((k == TokenKind::Slash || k == TokenKind::SlashAssign) && guess.regex_allowed()) {
      lexer.rescan_as_regexp();
    } else if (k == TokenKind::RBrace && guess.brace_closes_template()) {
      lexer.rescan_template_continuation();
    }
    if (lexer.failed()) {
      error.message = lexer.error().message;
      error.byte_offset = lexer.error().offset;
      failed = true;
      break;
    }
    const Token& tok = lexer.current();
    if (tok.kind == TokenKind::Eof) break;
    if (!check_token(lexer, tok, options.module, error)) {
      failed = true;
      break;
    }
    result.tokens.push_back({classify(tok.kind), tok.escaped(), {tok.start, tok.end}});
    guess.advance(tok);
  }
  if (failed) {
    locate(error, LineIndex(source.text()));
    result.error = std::move(error);
  }
  return result;
}

}  // namespace essa
