// The lexer's messages by id (lex_messages.def).
#pragma once

#include <cstdint>
#include <string_view>

#include "message_format.h"

namespace essa {

enum class LexMsg : uint8_t {
#define ESSA_LEX_MESSAGE(Id, text) Id,
#include "lex_messages.def"
};

// The text of a message, `{}` where its argument goes.
constexpr std::string_view message_text(LexMsg id) {
  constexpr std::string_view kTexts[] = {
#define ESSA_LEX_MESSAGE(Id, text) text,
#include "lex_messages.def"
  };
  return kTexts[static_cast<uint8_t>(id)];
}

static_assert([] {
  constexpr std::string_view kTexts[] = {
#define ESSA_LEX_MESSAGE(Id, text) text,
#include "lex_messages.def"
  };
  for (std::string_view text : kTexts) {
    if (!message_well_formed(text)) return false;
  }
  return true;
}(), "a message takes at most one argument");

}  // namespace essa
