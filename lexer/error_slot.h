// The one error of a parse (habit 3 of STYLE.md): the first error wins. The parse owns the
// slot; the lexer and the parser both report into it. A lexer checkpoint notes whether the
// slot was empty, and a rewind to it empties the slot again, so speculation leaves no error.
#pragma once

#include <cstdint>
#include <string>
#include <utility>

#include "essa/source.h"

namespace essa {

struct ErrorSlot {
  bool failed = false;
  std::string message;  // acorn's wording
  uint32_t offset = 0;  // byte offset
  // Where acorn's scanner stands when it raises this error (its raisedAt), a byte offset.
  uint32_t raised_at = 0;

  // Records the error unless one is recorded already.
  void record(uint32_t at, std::string text, uint32_t scanner_at) {
    if (failed) return;
    failed = true;
    message = std::move(text);
    offset = at;
    raised_at = scanner_at;
  }
  void clear() {
    failed = false;
    message.clear();
    offset = 0;
    raised_at = 0;
  }
  // The error as the API reports it, located (UTF-16 offset, line, column) through `index`.
  SyntaxError to_syntax_error(const LineIndex& index) const;
};

}  // namespace essa
