// Unicode character classes the lexer needs, at the Unicode version test262 expects
// (see docs/unicode.md). ASCII is answered inline; everything else goes to a cold path.
#pragma once

#include <cstdint>

namespace essa::unicode {

// IdentifierStartChar: ID_Start, `$`, `_`.
bool is_id_start_slow(uint32_t cp);
// IdentifierPartChar: ID_Continue, `$`, ZWNJ, ZWJ.
bool is_id_continue_slow(uint32_t cp);
// WhiteSpace other than ASCII: NBSP, ZWNBSP (U+FEFF) and category Zs.
bool is_whitespace_slow(uint32_t cp);

inline bool is_id_start(uint32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '$' || cp == '_';
  }
  return is_id_start_slow(cp);
}
inline bool is_id_continue(uint32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
           cp == '$' || cp == '_';
  }
  return is_id_continue_slow(cp);
}
inline bool is_whitespace(uint32_t cp) {
  if (cp < 0x80) return cp == ' ' || cp == '\t' || cp == 0x0B || cp == 0x0C;
  return is_whitespace_slow(cp);
}
inline bool is_line_terminator(uint32_t cp) {
  return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029;
}

}  // namespace essa::unicode
