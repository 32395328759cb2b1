// Identifiers with escapes or non-ASCII characters, and private names: decoded into the
// scratch buffer. The plain ASCII identifier is scanned inline in lexer.cpp.
#include "char_class.h"
#include "keywords.h"
#include "lexer.h"
#include "unicode.h"
#include "utf8.h"

namespace essa {

// Scans an IdentifierName from `start` that may hold \u escapes and non-ASCII characters.
[[gnu::noinline]] void Lexer::scan_identifier_slow(uint32_t start) {
  pos_ = start;
  bool escaped = false;
  bool first = true;
  scratch_.clear();
  for (;;) {
    const uint8_t c = static_cast<uint8_t>(src_[pos_]);
    if (c < 0x80 && c != '\\') {
      if (!(first ? char_class::is(c, char_class::kIdStart) : char_class::is(c, char_class::kIdPart))) {
        break;
      }
      scratch_.push_back(static_cast<char>(c));
      ++pos_;
    } else if (c == '\\') {
      const uint32_t esc_start = pos_;
      if (src_[pos_ + 1] != 'u') {
        fail(pos_ + 1, pos_ + 1, LexMsg::ExpectedUnicodeEscape);
        return;
      }
      pos_ += 2;
      // `\u{...}` came with ES2015: acorn reports the token.
      if (src_[pos_] == '{' && ecma_ < 6) [[unlikely]] {
        return fail(tok_.start, LexMsg::UnexpectedToken);
      }
      // On a sentinel, pos_ is where acorn reports the error.
      const uint32_t cp = scan_unicode_escape_value();
      if (cp == kCodePointOutOfRange || cp == kBadEscape) [[unlikely]] {
        fail(pos_, unicode_escape_scanner_end(esc_start + 2),
             cp == kBadEscape ? LexMsg::BadEscape : LexMsg::CodePointOutOfBounds);
        return;
      }
      if (!(first ? unicode::is_id_start(cp) : unicode::is_id_continue(cp))) {
        fail(esc_start, LexMsg::InvalidUnicodeEscape);
        return;
      }
      utf8::append(scratch_, cp);
      escaped = true;
    } else {
      uint32_t cp = 0;
      const uint32_t len = decode_at(pos_, cp);
      if (!(first ? unicode::is_id_start(cp) : unicode::is_id_continue(cp))) break;
      if (cp > 0xFFFF && ecma_ < 6) [[unlikely]] break;  // astral names: ES2015
      scratch_.append(src_ + pos_, len);
      pos_ += len;
    }
    first = false;
  }
  if (first) {  // nothing matched (only reachable from a private name)
    fail_here(LexMsg::UnexpectedCharacter, describe_char_at(pos_));
    return;
  }
  value_ = escaped ? std::string_view(scratch_) : text(start, pos_);
  if (escaped) tok_.flags |= token_flag::kEscaped;
  finish(keyword_kind(value_, *keywords_));
}

void Lexer::scan_private_name() {
  // `#` then an IdentifierName; the value is the name without `#`.
  const uint32_t name_start = pos_ + 1;
  // Before ES2022 there are no private names: acorn reports the `#` itself.
  if (ecma_ < 13) return fail(pos_, LexMsg::UnexpectedCharacter, "'#'");
  const uint8_t c = static_cast<uint8_t>(src_[name_start]);
  bool ok = char_class::is(c, char_class::kIdStart) || c == '\\';
  if (c >= 0x80) {
    uint32_t cp = 0;
    decode_at(name_start, cp);
    ok = unicode::is_id_start(cp);
  }
  if (!ok) {
    if (c == 0 && name_start >= size_) {
      fail(pos_, LexMsg::UnexpectedCharacter, "'#'");
    } else {
      fail(name_start, name_start, LexMsg::UnexpectedCharacter, describe_char_at(name_start));
    }
    return;
  }
  scan_identifier_slow(name_start);
  if (stopped_) return;
  finish(TokenKind::PrivateName);
}

}  // namespace essa
