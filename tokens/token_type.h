// The espree token type of each token kind, shared by the parser's token recording and the
// standalone tokenizer.
#pragma once

#include "essa/tokens.h"
#include "token.h"

namespace essa {

inline TokenType token_type_of(TokenKind k) {
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

}  // namespace essa
