// String escaping and number formatting with JSON.stringify's exact output.
#include "json_out.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace essa {

void json_sink_file(void* ctx, const char* data, std::size_t size) {
  std::fwrite(data, 1, size, static_cast<std::FILE*>(ctx));
}

void json_sink_string(void* ctx, const char* data, std::size_t size) {
  static_cast<std::string*>(ctx)->append(data, size);
}

JsonOut::JsonOut(bool pretty) : pretty_(pretty) { grow(kFlushThreshold); }

JsonOut::JsonOut(JsonSink sink, void* ctx, bool pretty, std::size_t chunk_size)
    : sink_(sink), sink_ctx_(ctx), pretty_(pretty) {
  grow(std::max<std::size_t>(chunk_size, 4096));
}

JsonOut::~JsonOut() { std::free(begin_); }

void JsonOut::flush() {
  if (sink_ == nullptr || cur_ == begin_) return;
  sink_(sink_ctx_, begin_, static_cast<std::size_t>(cur_ - begin_));
  cur_ = begin_;
}

std::string JsonOut::take() {
  std::string text(str());
  cur_ = begin_;
  return text;
}

void JsonOut::refill(std::size_t n) {
  const auto capacity = static_cast<std::size_t>(end_ - begin_);
  if (sink_ != nullptr) {
    flush();
    if (capacity < n) grow(n);
  } else {
    const auto used = static_cast<std::size_t>(cur_ - begin_);
    grow(std::max(2 * capacity, used + n));
  }
}

// realloc, not new[]: a large buffer grows in place (mremap) instead of being copied.
void JsonOut::grow(std::size_t min_capacity) {
  const auto used = static_cast<std::size_t>(cur_ - begin_);
  char* p = static_cast<char*>(std::realloc(begin_, min_capacity));
  if (p == nullptr) std::abort();  // out of memory: as operator new would end without exceptions
  begin_ = p;
  cur_ = p + used;
  end_ = p + min_capacity;
}

namespace {

// Words are scanned as little-endian: the lowest set mark is the first byte.
static_assert(std::endian::native == std::endian::little, "the escaper reads words little-endian");

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

// The escape of each byte kEscape marks, padded to 8 bytes for one fixed-size copy.
struct Escape {
  char text[8];
  uint8_t size;
};
constexpr std::array<Escape, 0x60> kEscapes = [] {
  std::array<Escape, 0x60> t{};
  for (unsigned c = 0; c < t.size(); ++c) {
    if (const char e = short_escape(static_cast<unsigned char>(c)); e != 0) {
      t[c] = {{'\\', e}, 2};
    } else {
      t[c] = {{'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]}, 6};
    }
  }
  return t;
}();

inline unsigned char byte_at(const char* p) { return static_cast<unsigned char>(*p); }

// p points at ED A0..BF xx: the surrogate code unit it encodes.
inline uint32_t surrogate_at(const char* p) {
  return 0xD000u | ((byte_at(p + 1) & 0x3Fu) << 6) | (byte_at(p + 2) & 0x3Fu);
}

inline bool is_surrogate_at(const char* p, const char* end) {
  return end - p >= 3 && byte_at(p) == 0xED && byte_at(p + 1) >= 0xA0;
}

constexpr uint64_t kLowBits = 0x0101010101010101ull;
constexpr uint64_t kHighBits = 0x8080808080808080ull;

// Marks (high bit) the bytes of w that are < 0x20, '"', '\\' or 0xED. Borrows only run upward,
// so the lowest mark is exact: it is the first such byte (little-endian load).
inline uint64_t special_bytes(uint64_t w) {
  const auto zero = [](uint64_t x) { return (x - kLowBits) & ~x & kHighBits; };
  return ((w - kLowBits * 0x20) & ~w & kHighBits) | zero(w ^ (kLowBits * '"')) |
         zero(w ^ (kLowBits * '\\')) | zero(w ^ (kLowBits * 0xED));
}

// The n (1..7) bytes at p in the low bytes of a word, the rest zero. Overlapping loads: a
// string's last bytes are not followed by readable memory in general.
inline uint64_t load_partial(const char* p, unsigned n) {
  if (n >= 4) {
    uint32_t low;
    uint32_t high;
    std::memcpy(&low, p, 4);
    std::memcpy(&high, p + n - 4, 4);
    return low | (uint64_t{high} << (8 * (n - 4)));
  }
  return uint64_t{byte_at(p)} | (uint64_t{byte_at(p + n / 2)} << (8 * (n / 2))) |
         (uint64_t{byte_at(p + n - 1)} << (8 * (n - 1)));
}

// Escapes [p, stop) into out and returns the end; p ends at or a few bytes past stop (a word
// or a surrogate pair may straddle it), never past end. out needs 6 bytes per input byte
// consumed plus 16.
char* escape_body(char* out, const char*& p_ref, const char* stop, const char* end) {
  const char* p = p_ref;
  while (p < stop) {
    while (end - p >= 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      std::memcpy(out, &w, 8);  // the clean prefix is right; the rest is overwritten
      const uint64_t special = special_bytes(w);
      if (special == 0) {
        p += 8;
        out += 8;
        if (p >= stop) break;
        continue;
      }
      const auto clean = static_cast<std::size_t>(std::countr_zero(special) >> 3);
      p += clean;
      out += clean;
      break;
    }
    if (p >= stop) break;
    if (end - p < 8) {
      // The last 1..7 bytes as one word too, loaded without reading past the end.
      const auto rest = static_cast<unsigned>(end - p);
      const uint64_t w = load_partial(p, rest);
      const uint64_t special = special_bytes(w) & ((uint64_t{1} << (8 * rest)) - 1);
      std::memcpy(out, &w, 8);
      const unsigned clean =
          special == 0 ? rest : static_cast<unsigned>(std::countr_zero(special)) >> 3;
      p += clean;
      out += clean;
      if (p == end) break;
    }
    const unsigned char c = byte_at(p);
    if (c != 0xED) {
      const Escape& e = kEscapes[c];
      std::memcpy(out, e.text, 8);
      out += e.size;
      ++p;
      continue;
    }
    if (!is_surrogate_at(p, end)) {  // ED 80..9F: an ordinary U+D000..U+D7FF
      *out++ = static_cast<char>(c);
      ++p;
      continue;
    }
    const uint32_t unit = surrogate_at(p);
    if (unit < 0xDC00 && is_surrogate_at(p + 3, end) && surrogate_at(p + 3) >= 0xDC00) {
      // A high and a low surrogate side by side (two concatenated WTF-8 pieces) are one
      // code point to JavaScript, so it is written as the UTF-8 JSON.stringify would give.
      const uint32_t cp = 0x10000 + ((unit - 0xD800) << 10) + (surrogate_at(p + 3) - 0xDC00);
      out[0] = static_cast<char>(0xF0 | (cp >> 18));
      out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out[3] = static_cast<char>(0x80 | (cp & 0x3F));
      out += 4;
      p += 6;
    } else {
      const char esc[6] = {'\\', 'u', 'd', kHex[(unit >> 8) & 0xF], kHex[(unit >> 4) & 0xF],
                           kHex[unit & 0xF]};
      std::memcpy(out, esc, 6);
      out += 6;
      p += 3;
    }
  }
  p_ref = p;
  return out;
}

}  // namespace

char* JsonOut::put_quoted_unchecked(char* out, std::string_view s) {
  *out++ = '"';
  const char* p = s.data();
  const char* const end = p + s.size();
  out = escape_body(out, p, end, end);
  *out++ = '"';
  return out;
}

// Long strings go slice by slice, so that no string needs room for six times its size.
void JsonOut::put_quoted_long(std::string_view s, std::size_t after) {
  room(1);
  put_char('"');
  const char* p = s.data();
  const char* const end = p + s.size();
  while (p < end) {
    const char* stop = p + std::min<std::size_t>(kShortString, static_cast<std::size_t>(end - p));
    room(kEscapeFactor * (kShortString + 16) + 16);
    cur_ = escape_body(cur_, p, stop, end);
  }
  room(1 + after);
  put_char('"');
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
