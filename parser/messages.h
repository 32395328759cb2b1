// The parser's messages by id (messages.def): raise() names one, and its text is built only
// for the error that is kept.
#pragma once

#include <cstdint>
#include <string_view>

#include "message_format.h"

namespace essa {

#define ESSA_MESSAGE_ENUM Msg
#define ESSA_MESSAGE_DEF "messages.def"
#include "message_table.inc"

}  // namespace essa
