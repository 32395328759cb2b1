// Regular expression literals, scanned when the parser says a `/` starts an expression.
// The body is only delimited here; pattern validation is the regexp validator's job. Flags
// are checked here, as acorn does: only dgimsuyv, no repeats, not u together with v.
// Errors are reported just after the opening `/`, where acorn reports them.
#include "char_class.h"
#include "lexer.h"
#include "unicode.h"

namespace essa {
namespace {

bool is_line_terminator_at(const char* p) {
  const auto b0 = static_cast<uint8_t>(p[0]);
  if (b0 == '\n' || b0 == '\r') return true;
  return b0 == 0xE2 && static_cast<uint8_t>(p[1]) == 0x80 &&
         (static_cast<uint8_t>(p[2]) == 0xA8 || static_cast<uint8_t>(p[2]) == 0xA9);
}

}  // namespace

// A flag of ES2015 (`u`, `y`) or ES2018 (`s`) in an older edition: the caller asks only
// before ES2018.
static bool flag_too_new(char flag, uint16_t edition) {
  return flag == 's' || (edition < 6 && (flag == 'u' || flag == 'y'));
}

// The end of the IdentifierPart characters and well-formed `\u` escapes from `p` (acorn's
// readWord1; a malformed escape ends it here, where acorn reports that escape instead).
uint32_t Lexer::escaped_word_end(uint32_t p) const {
  for (;;) {
    const auto c = static_cast<uint8_t>(src_[p]);
    uint32_t cp = c;
    uint32_t len = 1;
    if (c == '\\') {
      if (src_[p + 1] != 'u') return p;
      cp = unicode_escape::read(src_ + p + 2, len);
      if (cp == kBadEscape || cp == kCodePointOutOfRange) return p;
      len += 2;
    } else if (c >= 0x80) {
      len = decode_at(p, cp);
    }
    if (!unicode::is_id_continue(cp)) return p;
    p += len;
  }
}

void Lexer::scan_regexp() {
  const uint32_t start = tok_.start;
  pos_ = start + 1;
  bool in_class = false;
  for (;;) {
    const char c = src_[pos_];
    if ((c == 0 && pos_ >= size_) || is_line_terminator_at(src_ + pos_)) {
      fail(start + 1, LexMsg::UnterminatedRegExp);
      return;
    }
    if (c == '\\') {
      ++pos_;
      if ((src_[pos_] == 0 && pos_ >= size_) || is_line_terminator_at(src_ + pos_)) {
        fail(start + 1, LexMsg::UnterminatedRegExp);
        return;
      }
      // Skip the escaped character whole (it may be multi-byte).
      uint32_t cp = 0;
      pos_ += decode_at(pos_, cp);
      continue;
    }
    if (c == '[') {
      in_class = true;
    } else if (c == ']') {
      in_class = false;
    } else if (c == '/' && !in_class) {
      break;
    }
    ++pos_;
  }
  ++pos_;  // the closing `/`
  regexp_flags_start_ = pos_;
  // Flags are IdentifierPart characters; anything else ends the token.
  for (;;) {
    const uint8_t c = static_cast<uint8_t>(src_[pos_]);
    if (c == '\\') {
      // Escapes never spell flags. acorn reads the flags as a word, escapes and all, before
      // it rejects them.
      fail(regexp_flags_start_, escaped_word_end(pos_), LexMsg::UnexpectedToken);
      return;
    }
    if (c >= 0x80) {
      // A non-ASCII IdentifierPart continues the flags (and is never a valid flag).
      uint32_t cp = 0;
      const uint32_t len = decode_at(pos_, cp);
      if (!unicode::is_id_continue(cp)) break;
      pos_ += len;
      continue;
    }
    if (!char_class::is(c, char_class::kIdPart)) break;
    ++pos_;
  }
  // Checked flag by flag in acorn's order: invalid, then repeated later on.
  const std::string_view flags = text(regexp_flags_start_, pos_);
  static constexpr std::string_view kValid = "dgimsuyv";
  for (size_t i = 0; i < flags.size(); ++i) {
    // `u` and `y` came with ES2015, `s` with ES2018, `d` with ES2022 and `v` with ES2024.
    if (kValid.find(flags[i]) == std::string_view::npos || (flags[i] == 'd' && ecma_ < 13) ||
        (flags[i] == 'v' && ecma_ < 15) || (ecma_ < 9 && flag_too_new(flags[i], ecma_))) {
      fail(start + 1, LexMsg::InvalidRegExpFlag);
      return;
    }
    if (flags.find(flags[i], i + 1) != std::string_view::npos) {
      fail(start + 1, LexMsg::DuplicateRegExpFlag);
      return;
    }
  }
  if (flags.find('u') != std::string_view::npos && flags.find('v') != std::string_view::npos) {
    fail(start + 1, LexMsg::InvalidRegExpFlag);
    return;
  }
  finish(TokenKind::RegExp);
}

}  // namespace essa
