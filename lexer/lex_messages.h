// The lexer's messages by id (lex_messages.def).
#pragma once

#include <cstdint>
#include <string_view>

#include "message_format.h"

namespace essa {

#define ESSA_MESSAGE_ENUM LexMsg
#define ESSA_MESSAGE_DEF "lex_messages.def"
#include "message_table.inc"

}  // namespace essa
