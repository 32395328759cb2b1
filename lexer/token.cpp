#include "token.h"

namespace essa {

std::string_view token_spelling(TokenKind k) {
  static constexpr std::string_view kSpellings[] = {
#define ESSA_TOKEN(Name, spelling, ...) spelling,
#include "token_kinds.def"
  };
  return kSpellings[static_cast<uint8_t>(k)];
}

std::string_view token_kind_name(TokenKind k) {
  static constexpr std::string_view kNames[] = {
#define ESSA_TOKEN(Name, spelling, ...) #Name,
#include "token_kinds.def"
  };
  return kNames[static_cast<uint8_t>(k)];
}

}  // namespace essa
