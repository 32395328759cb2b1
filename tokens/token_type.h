// The espree token type of each token kind, shared by the parser's token recording and the
// standalone tokenizer.
#pragma once

#include "essa/tokens.h"
#include "token.h"

namespace essa {

inline TokenType token_type_of(TokenKind k) {
  switch (partial(k)) {
    case partial(TokenKind::PrivateName):
      return TokenType::PrivateIdentifier;
    case partial(TokenKind::Number):
    case partial(TokenKind::BigInt):
      return TokenType::Numeric;
    case partial(TokenKind::String):
      return TokenType::String;
    case partial(TokenKind::NoSubstitutionTemplate):
    case partial(TokenKind::TemplateHead):
    case partial(TokenKind::TemplateMiddle):
    case partial(TokenKind::TemplateTail):
      return TokenType::Template;
    case partial(TokenKind::RegExp):
      return TokenType::RegularExpression;
    case partial(TokenKind::JsxName):
      return TokenType::JSXIdentifier;
    case partial(TokenKind::JsxText):
    case partial(TokenKind::JsxString):
      return TokenType::JSXText;
    case partial(TokenKind::True):
    case partial(TokenKind::False):
      return TokenType::Boolean;
    case partial(TokenKind::Null):
      return TokenType::Null;
    // espree reports these three names as keywords although acorn scans them as names.
    case partial(TokenKind::Let):
    case partial(TokenKind::Static):
    case partial(TokenKind::Yield):
      return TokenType::Keyword;
    case partial(TokenKind::Enum):  // not one of acorn's keywords
      return TokenType::Identifier;
  }
  if (is_identifier_like(k)) return TokenType::Identifier;
  if (is_reserved_word(k)) return TokenType::Keyword;
  return TokenType::Punctuator;
}

// The typescript-estree token type of each token kind, as TypeScript's scanner kinds map to
// it (getTokenType in typescript-estree's node-utils): the reserved words, `enum` and the
// words reserved in strict mode (`let`, `static`, `yield`, `interface`, `private`, ...) are
// keywords, and every contextual word (`as`, `type`, `await`, `async`, ...) a name. A keyword
// that the tree uses as a name (`a.if`, `let;`, a `this` parameter) is an Identifier: tokenize
// corrects those from the tree, which alone knows them.
inline TokenType ts_token_type_of(TokenKind k) {
  switch (partial(k)) {
    case partial(TokenKind::Null):
      return TokenType::Null;
    case partial(TokenKind::True):
    case partial(TokenKind::False):
      return TokenType::Boolean;
  }
  if (is_reserved_word(k) || is_strict_reserved(k)) return TokenType::Keyword;
  if (is_identifier_like(k)) return TokenType::Identifier;
  return token_type_of(k);
}

}  // namespace essa
