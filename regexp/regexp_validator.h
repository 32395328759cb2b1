// The RegExp pattern validator: checks a regular expression literal's pattern against the
// grammar its flags select (Annex B without u/v, u, or v) and the early errors, with acorn's
// messages. It builds nothing; see docs/regexp.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace essa::regexp {

struct PatternError {
  const char* message = nullptr;  // acorn's wording, e.g. "Nothing to repeat"
  uint32_t offset = 0;            // byte offset, in the pattern, of the offending character
};

// `pattern` is the source text between the slashes (valid UTF-8), `flags` the flags the
// lexer already checked. True if valid; otherwise `error` holds the first error. `edition` is
// acorn's ecmaVersion (ParseOptions::ecma_version): before 16 (ES2025) no modifiers and no
// repeated group names, before 14 (ES2023) only the property names of that edition's list.
bool validate_pattern(std::string_view pattern, std::string_view flags, PatternError& error,
                      uint16_t edition = 0xffff);

// "Invalid regular expression: /PATTERN/: MESSAGE", acorn's full message.
std::string pattern_error_message(std::string_view pattern, const PatternError& error);

}  // namespace essa::regexp
