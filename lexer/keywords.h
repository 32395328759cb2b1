// Keyword and contextual-keyword recognition: maps a name to its token kind.
#pragma once

#include <string_view>

#include "token.h"

namespace essa {

// The kind of a name: a keyword or contextual word kind, or Identifier.
TokenKind keyword_kind(std::string_view name);

}  // namespace essa
