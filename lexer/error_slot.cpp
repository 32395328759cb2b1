// The one conversion from a parse's error slot to the API's SyntaxError.
#include "error_slot.h"

namespace essa {

SyntaxError ErrorSlot::to_syntax_error(const LineIndex& index) const {
  SyntaxError error;
  error.message = message;
  error.byte_offset = offset;
  locate(error, index);
  // acorn's scanner may stand one past the end (a string ending in a lone backslash).
  const auto size = static_cast<uint32_t>(index.text().size());
  error.raised_at = raised_at <= size ? index.utf16_offset(raised_at)
                                      : index.utf16_offset(size) + (raised_at - size);
  return error;
}

}  // namespace essa
