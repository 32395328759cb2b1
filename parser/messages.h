// The parser's messages by id (messages.def): raise() names one, and its text is built only
// for the error that is kept.
#pragma once

#include <cstdint>
#include <string_view>

#include "message_format.h"

namespace essa {

enum class Msg : uint8_t {
#define ESSA_MESSAGE(Id, text) Id,
#include "messages.def"
};

// The text of a message, `{}` where its argument goes.
constexpr std::string_view message_text(Msg id) {
  constexpr std::string_view kTexts[] = {
#define ESSA_MESSAGE(Id, text) text,
#include "messages.def"
  };
  return kTexts[static_cast<uint8_t>(id)];
}

static_assert([] {
  constexpr std::string_view kTexts[] = {
#define ESSA_MESSAGE(Id, text) text,
#include "messages.def"
  };
  for (std::string_view text : kTexts) {
    if (!message_well_formed(text)) return false;
  }
  return true;
}(), "a message takes at most one argument");

}  // namespace essa
