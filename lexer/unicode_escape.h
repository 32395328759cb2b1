// The `\u` escape, read in one place for everyone who meets one: the lexer (names, strings,
// templates), the token writer (escaped names) and the regexp validator (group names).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "char_class.h"

namespace essa::unicode_escape {

inline constexpr uint32_t kBad = 0xFFFFFFFF;         // not hex digits, or `{` without `}`
inline constexpr uint32_t kOutOfRange = 0xFFFFFFFE;  // `\u{…}` above 0x10FFFF

// Reads the body of a `\u` escape at p, just after the `\u`: four hex digits, or `{`, one or
// more hex digits (any number of leading zeros) and `}`, at most 0x10FFFF. Returns the code
// point and sets `length` to the bytes read. On an error returns kBad or kOutOfRange and sets
// `length` to where acorn reports it: 0, or 1 (past the `{`). Reads up to the first byte that
// is not a hex digit, so that byte must be readable (the lexer's NUL padding, or text that was
// validated).
inline uint32_t read(const char* p, uint32_t& length) {
  if (p[0] == '{') {
    uint32_t n = 1;
    uint32_t value = 0;
    bool too_big = false;
    while (char_class::is_hex_digit(p[n])) {
      if (!too_big) {  // stop accumulating once out of range
        value = value * 16 + char_class::hex_value(p[n]);
        too_big = value > 0x10FFFF;
      }
      ++n;
    }
    length = 1;
    if (n == 1 || p[n] != '}') return kBad;
    if (too_big) return kOutOfRange;
    length = n + 1;
    return value;
  }
  uint32_t value = 0;
  for (uint32_t i = 0; i < 4; ++i) {
    if (!char_class::is_hex_digit(p[i])) {
      length = 0;
      return kBad;
    }
    value = value * 16 + char_class::hex_value(p[i]);
  }
  length = 4;
  return value;
}

// The next code point of a name the lexer has validated, at `i`, which it advances: a UTF-8
// character or a `\u` escape. A `\uXXXX` high surrogate followed by a `\uXXXX` low one is one
// code point (regexp group names may be written so; identifiers never hold surrogates).
uint32_t next_name_code_point(std::string_view name, size_t& i);

// A validated name with its escapes decoded, as UTF-8 (WTF-8 for a lone surrogate) into `out`.
void decode_name(std::string_view name, std::string& out);

}  // namespace essa::unicode_escape
