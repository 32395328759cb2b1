// String escaping and number formatting with JSON.stringify's exact output.
#include "json_out.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace essa {

void json_sink_file(void* ctx, const char* data, std::size_t size) {
  std::fwrite(data, 1, size, static_cast<std::FILE*>(ctx));
}

void json_sink_string(void* ctx, const char* data, std::size_t size) {
  static_cast<std::string*>(ctx)->append(data, size);
}

void JsonOut::flush() {
  if (sink_ == nullptr || buf_.empty()) return;
  sink_(sink_ctx_, buf_.data(), buf_.size());
  buf_.clear();
}

namespace {

// What string() does with each byte: copy it, escape it, or look closer at 0xED, the lead byte
// of U+D000..U+DFFF, whose upper half is the surrogates that WTF-8 lets through.
enum : uint8_t { kCopy = 0, kEscape = 1, kMaybeSurrogate = 2 };

constexpr std::array<uint8_t, 256> kByteAction = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = kEscape;
  t['"'] = kEscape;
  t['\\'] = kEscape;
  t[0xED] = kMaybeSurrogate;
  return t;
}();

constexpr char kHex[] = "0123456789abcdef";

// JSON.stringify's short escapes; 0 means \u00xx.
constexpr char short_escape(unsigned char c) {
  switch (c) {
    case '\b': return 'b';
    case '\t': return 't';
    case '\n': return 'n';
    case '\f': return 'f';
    case '\r': return 'r';
    case '"': return '"';
    case '\\': return '\\';
    default: return 0;
  }
}

inline unsigned char byte_at(const char* p) { return static_cast<unsigned char>(*p); }

// p points at ED A0..BF xx: the surrogate code unit it encodes.
inline uint32_t surrogate_at(const char* p) {
  return 0xD000u | ((byte_at(p + 1) & 0x3Fu) << 6) | (byte_at(p + 2) & 0x3Fu);
}

inline bool is_surrogate_at(const char* p, const char* end) {
  return end - p >= 3 && byte_at(p) == 0xED && byte_at(p + 1) >= 0xA0;
}

}  // namespace

void JsonOut::string(std::string_view s) {
  before_value();
  buf_.push_back('"');
  const char* p = s.data();
  const char* const end = p + s.size();
  const char* run = p;  // start of the bytes not yet appended
  for (;;) {
    while (p != end && kByteAction[byte_at(p)] == kCopy) ++p;
    if (p == end) break;
    const unsigned char c = byte_at(p);
    if (c == 0xED) {
      if (!is_surrogate_at(p, end)) {  // ED 80..9F: an ordinary U+D000..U+D7FF
        ++p;
        continue;
      }
      buf_.append(run, static_cast<std::size_t>(p - run));
      const uint32_t unit = surrogate_at(p);
      if (unit < 0xDC00 && is_surrogate_at(p + 3, end) && surrogate_at(p + 3) >= 0xDC00) {
        // A high and a low surrogate side by side (two concatenated WTF-8 pieces) are one
        // code point to JavaScript, so it is written as the UTF-8 JSON.stringify would give.
        const uint32_t cp = 0x10000 + ((unit - 0xD800) << 10) + (surrogate_at(p + 3) - 0xDC00);
        const char utf8[4] = {static_cast<char>(0xF0 | (cp >> 18)),
                              static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                              static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                              static_cast<char>(0x80 | (cp & 0x3F))};
        buf_.append(utf8, 4);
        p += 6;
      } else {
        const char esc[6] = {'\\', 'u', 'd', kHex[(unit >> 8) & 0xF], kHex[(unit >> 4) & 0xF],
                             kHex[unit & 0xF]};
        buf_.append(esc, 6);
        p += 3;
      }
      run = p;
      continue;
    }
    buf_.append(run, static_cast<std::size_t>(p - run));
    if (const char e = short_escape(c); e != 0) {
      const char esc[2] = {'\\', e};
      buf_.append(esc, 2);
    } else {
      const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      buf_.append(esc, 6);
    }
    ++p;
    run = p;
  }
  buf_.append(run, static_cast<std::size_t>(end - run));
  buf_.push_back('"');
}

char* format_js_number(double v, char* out) {
  if (!std::isfinite(v)) {
    std::memcpy(out, "null", 4);
    return out + 4;
  }
  if (v == 0) {  // +0 and -0 alike
    *out = '0';
    return out + 1;
  }
  // Shortest round-trip digits from to_chars, as [-]d[.ddd]e(+|-)xx; its own choice between
  // fixed and scientific is not JavaScript's, so only digits and exponent are taken from it.
  char sci[kJsNumberMaxChars];
  const auto res = std::to_chars(sci, sci + sizeof sci, v, std::chars_format::scientific);
  const char* p = sci;
  if (*p == '-') {
    *out++ = '-';
    ++p;
  }
  char digits[20];
  int k = 0;  // number of significant digits (the spec's k); never has trailing zeros
  digits[k++] = *p++;
  if (*p == '.') {
    for (++p; *p != 'e'; ++p) digits[k++] = *p;
  }
  ++p;  // 'e'
  const bool negative_exp = *p == '-';
  ++p;
  int exp10 = 0;
  for (; p != res.ptr; ++p) exp10 = exp10 * 10 + (*p - '0');
  if (negative_exp) exp10 = -exp10;
  const int n = exp10 + 1;  // the spec's n: the decimal point sits after n digits

  if (k <= n && n <= 21) {  // integer: digits then n - k zeros
    std::memcpy(out, digits, static_cast<std::size_t>(k));
    out += k;
    std::memset(out, '0', static_cast<std::size_t>(n - k));
    return out + (n - k);
  }
  if (0 < n && n <= 21) {  // point inside the digits
    std::memcpy(out, digits, static_cast<std::size_t>(n));
    out += n;
    *out++ = '.';
    std::memcpy(out, digits + n, static_cast<std::size_t>(k - n));
    return out + (k - n);
  }
  if (-6 < n && n <= 0) {  // 0.000ddd
    *out++ = '0';
    *out++ = '.';
    std::memset(out, '0', static_cast<std::size_t>(-n));
    out += -n;
    std::memcpy(out, digits, static_cast<std::size_t>(k));
    return out + k;
  }
  // Exponential: d[.ddd]e(+|-)x, the exponent without leading zeros.
  *out++ = digits[0];
  if (k > 1) {
    *out++ = '.';
    std::memcpy(out, digits + 1, static_cast<std::size_t>(k - 1));
    out += k - 1;
  }
  *out++ = 'e';
  *out++ = exp10 >= 0 ? '+' : '-';
  return std::to_chars(out, out + 4, exp10 >= 0 ? exp10 : -exp10).ptr;
}

}  // namespace essa
