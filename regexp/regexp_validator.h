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
// lexer already checked. True if valid; otherwise `error` holds the first error.
bool validate_pattern(std::string_view pattern, std::string_view flags, PatternError& error);

// "Invalid regular expression: /PATTERN/: MESSAGE", acorn's full message.
std::string pattern_error_message(std::string_view pattern, const PatternError& error);

}  // namespace essa::regexp
