// Byte tables for the ASCII fast paths of the lexer, and the word load they use.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>

namespace essa::char_class {

inline constexpr uint8_t kIdStart = 1;     // a-z A-Z $ _
inline constexpr uint8_t kIdPart = 2;      // kIdStart and 0-9
inline constexpr uint8_t kDigit = 4;       // 0-9
inline constexpr uint8_t kHexDigit = 8;    // 0-9 a-f A-F

inline constexpr std::array<uint8_t, 256> kTable = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kIdStart | kIdPart;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kIdStart | kIdPart;
  t['$'] = t['_'] = kIdStart | kIdPart;
  for (int c = '0'; c <= '9'; ++c) t[c] = kIdPart | kDigit | kHexDigit;
  for (int c = 'a'; c <= 'f'; ++c) t[c] |= kHexDigit;
  for (int c = 'A'; c <= 'F'; ++c) t[c] |= kHexDigit;
  return t;
}();

inline bool is(uint8_t c, uint8_t cls) { return kTable[c] & cls; }

// Eight bytes at p as one word, first byte lowest (the paths that read words assume a
// little-endian host: x86-64, AArch64). The source padding makes such reads safe near the end.
inline uint64_t load8(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
inline bool is_id_part(char c) { return kTable[static_cast<uint8_t>(c)] & kIdPart; }
inline bool is_digit(char c) { return static_cast<uint8_t>(c - '0') < 10; }
inline bool is_hex_digit(char c) { return kTable[static_cast<uint8_t>(c)] & kHexDigit; }
inline uint32_t hex_value(char c) {
  if (c <= '9') return static_cast<uint32_t>(c - '0');
  return static_cast<uint32_t>((c | 0x20) - 'a' + 10);
}

}  // namespace essa::char_class
