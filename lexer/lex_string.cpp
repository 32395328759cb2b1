// String literals. Without escapes the cooked value is a view into the source; with escapes
// it is built in scratch_. U+2028 and U+2029 are allowed unescaped (ES2019); LF and CR are
// not, and acorn reports them, like the end of input, at the opening quote.
#include <array>

#include "lexer.h"

namespace essa {
namespace {

constexpr uint8_t kStopDouble = 1;  // `"`
constexpr uint8_t kStopSingle = 2;  // `'`
constexpr uint8_t kStopAny = 4;     // `\`, LF, CR, NUL (end of input, or a NUL character)

constexpr std::array<uint8_t, 256> kStop = [] {
  std::array<uint8_t, 256> t{};
  t['"'] = kStopDouble;
  t['\''] = kStopSingle;
  t['\\'] = t['\n'] = t['\r'] = t[0] = kStopAny;
  return t;
}();

}  // namespace

bool Lexer::has_line_separator(uint32_t from, uint32_t to) const {
  const auto* s = reinterpret_cast<const uint8_t*>(src_);
  for (uint32_t i = from; i + 3 <= to; ++i) {
    if (s[i] == 0xE2 && s[i + 1] == 0x80 && (s[i + 2] & 0xFE) == 0xA8) return true;
  }
  return false;
}

void Lexer::scan_string(uint8_t quote) {
  const uint32_t start = pos_;
  tok_.start = start;
  const uint8_t stop = (quote == '"' ? kStopDouble : kStopSingle) | kStopAny;
  uint32_t p = start + 1;
  bool escaped = false;
  uint32_t chunk = p;  // start of the source bytes not yet copied into scratch_
  for (;;) {
    while (!(kStop[static_cast<uint8_t>(src_[p])] & stop)) ++p;
    const char c = src_[p];
    // Before ES2019 an unescaped U+2028 or U+2029 ends the line, and so the string.
    if (ecma_ < 10 && has_line_separator(chunk, p)) [[unlikely]] {
      uint32_t separator = chunk;  // acorn stops at it
      while (!has_line_separator(separator, separator + 3)) ++separator;
      return fail(start, separator, LexMsg::UnterminatedString);
    }
    if (c == static_cast<char>(quote)) break;
    if (c == '\\') {
      if (!escaped) {
        escaped = true;
        scratch_.clear();
      }
      scratch_.append(src_ + chunk, p - chunk);
      pos_ = p;
      if (!scan_escape(/*in_template=*/false)) return;
      p = chunk = pos_;
      continue;
    }
    if (c == 0 && p < size_) {  // a NUL character in the source
      ++p;
      continue;
    }
    return fail(start, p, LexMsg::UnterminatedString);  // LF, CR or end of input
  }
  if (escaped) {
    scratch_.append(src_ + chunk, p - chunk);
    value_ = scratch_;
    tok_.flags |= token_flag::kHasEscape;
  } else {
    value_ = text(start + 1, p);
  }
  pos_ = p + 1;
  finish(TokenKind::String);
}

}  // namespace essa
