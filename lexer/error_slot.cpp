// The one conversion from a parse's error slot to the API's SyntaxError.
#include "error_slot.h"

namespace essa {

SyntaxError ErrorSlot::to_syntax_error(const LineIndex& index) const {
  SyntaxError error;
  error.message = message;
  error.byte_offset = offset;
  locate(error, index);
  return error;
}

}  // namespace essa
