// UTF-8 helpers for text that has already been validated, and the WTF-8 encoder used for
// cooked values (which may hold lone surrogates, as JavaScript strings may).
#pragma once

#include <cstdint>
#include <string>

namespace essa::utf8 {

// Decodes the code point at p (valid UTF-8); returns its length in bytes.
inline uint32_t decode(const char* p, uint32_t& cp) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  if (u[0] < 0x80) {
    cp = u[0];
    return 1;
  }
  if (u[0] < 0xE0) {
    cp = ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu);
    return 2;
  }
  if (u[0] < 0xF0) {
    cp = ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
    return 3;
  }
  cp = ((u[0] & 0x07u) << 18) | ((u[1] & 0x3Fu) << 12) | ((u[2] & 0x3Fu) << 6) | (u[3] & 0x3Fu);
  return 4;
}

// Appends cp (any value up to 0x10FFFF, surrogates included) in WTF-8.
inline void append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Appends one UTF-16 code unit in WTF-8, joining a low surrogate to a high one just before it
// into one code point, as the two units form one in a JavaScript string.
inline void append_code_unit(std::string& out, uint32_t unit) {
  if (unit >= 0xDC00 && unit <= 0xDFFF && out.size() >= 3) {
    const auto* e = reinterpret_cast<const unsigned char*>(out.data() + out.size() - 3);
    if (e[0] == 0xED && e[1] >= 0xA0 && e[1] <= 0xAF) {  // U+D800..U+DBFF
      const uint32_t high = 0xD000 | ((e[1] & 0x3Fu) << 6) | (e[2] & 0x3Fu);
      out.resize(out.size() - 3);
      append(out, 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00));
      return;
    }
  }
  append(out, unit);
}

// UTF-16 code units a code point takes.
constexpr uint32_t utf16_length(uint32_t cp) { return cp >= 0x10000 ? 2 : 1; }

}  // namespace essa::utf8
