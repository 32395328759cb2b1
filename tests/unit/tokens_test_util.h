// Token test helpers: a token stream as one string to compare with espree's or
// typescript-estree's, "Type:value" per token.
#pragma once

#include <string>

#include "essa/source.h"
#include "essa/tokens.h"

namespace essa::test {

inline std::string typed_tokens(const SourceText& source, const TokenizeResult& result) {
  std::string out;
  for (const TokenRecord& token : result.tokens) {
    if (!out.empty()) out += ' ';
    out += token_type_name(token.type);
    out += ':';
    out += token_value(source, token);
  }
  return out;
}

}  // namespace essa::test
