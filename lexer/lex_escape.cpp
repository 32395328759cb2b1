// Escape sequences of strings and templates (acorn's readEscapedChar), cooked into scratch_
// as WTF-8. Error messages and positions are acorn's.
#include <cstring>

#include "char_class.h"
#include "lexer.h"
#include "utf8.h"

namespace essa {
namespace {

// Appends one UTF-16 code unit or code point. A low surrogate that follows a high one in
// the cooked value joins it into one 4-byte sequence, as the two units form one code point
// in a JavaScript string ("\uD83D\uDE00" is "😀"); lone surrogates stay 3-byte WTF-8.
void append_cooked(std::string& out, uint32_t cp) {
  if (cp >= 0xDC00 && cp <= 0xDFFF && out.size() >= 3) {
    const auto* e = reinterpret_cast<const unsigned char*>(out.data() + out.size() - 3);
    if (e[0] == 0xED && e[1] >= 0xA0 && e[1] <= 0xAF) {  // U+D800..U+DBFF
      const uint32_t high = 0xD000 | ((e[1] & 0x3Fu) << 6) | (e[2] & 0x3Fu);
      out.resize(out.size() - 3);
      utf8::append(out, 0x10000 + ((high - 0xD800) << 10) + (cp - 0xDC00));
      return;
    }
  }
  utf8::append(out, cp);
}

bool is_octal_digit(char c) { return c >= '0' && c <= '7'; }

}  // namespace

uint32_t Lexer::scan_unicode_escape_value() {
  uint32_t length = 0;
  const uint32_t value = unicode_escape::read(src_ + pos_, length);
  pos_ += length;  // on an error, where acorn reports it
  return value;
}

// acorn's readHexChar reads hex digits up to the count it wants and stops at any other
// character: four for \uXXXX; for \u{...}, up to the next `}` anywhere in the input (none
// at all: nothing is read), then the `}` itself when the digits were all there.
uint32_t Lexer::unicode_escape_scanner_end(uint32_t body) const {
  uint32_t p = body;
  if (src_[body] != '{') {
    while (p < body + 4 && char_class::is_hex_digit(src_[p])) ++p;
    return p;
  }
  ++p;
  if (std::memchr(src_ + p, '}', size_ - p) == nullptr) return p;
  while (char_class::is_hex_digit(src_[p])) ++p;
  return src_[p] == '}' && p > body + 1 ? p + 1 : p;
}

uint32_t Lexer::legacy_escape_end(uint32_t backslash) const {
  uint32_t p = backslash + 1;
  if (!is_octal_digit(src_[p])) return p + 1;  // \8, \9
  uint32_t value = static_cast<uint32_t>(src_[p++] - '0');
  for (int i = 0; i < 2 && is_octal_digit(src_[p]); ++i) {
    value = value * 8 + static_cast<uint32_t>(src_[p] - '0');
    if (value > 255) break;
    ++p;
  }
  return p;
}

bool Lexer::scan_escape(bool in_template) {
  using token_flag::kInvalidEscape;
  using token_flag::kLegacyOctal;
  const uint32_t backslash = pos_;
  // A template records its first invalid escape and goes on; a string fails, acorn's
  // scanner standing at `scanner_at`.
  auto invalid = [&](uint32_t offset, LexMsg message, uint32_t scanner_at) {
    if (in_template && ecma_ >= 9) {  // before ES2018 even a tagged template fails
      if (!(tok_.flags & kInvalidEscape)) {
        tok_.flags |= kInvalidEscape;
        escape_offset_ = backslash;
      }
    } else {
      fail(offset, scanner_at, message);
    }
    return false;
  };
  // Legacy octal and \8 \9: allowed in sloppy strings (the parser rejects them in strict
  // code), never in templates.
  auto legacy = [&]() {
    if (in_template) {  // the message is only seen before ES2018, when templates fail
      // acorn words \8 and \9 in strict code its own way; the lexer knows the module goal's
      // strictness only.
      const bool octal = src_[backslash + 1] < '8';
      return invalid(octal ? backslash : backslash + 1,
                     octal     ? LexMsg::OctalInTemplate
                     : module_ ? LexMsg::InvalidEscape
                               : LexMsg::InvalidEscapeInTemplate,
                     pos_);  // past the digits
    }
    if (!(tok_.flags & kLegacyOctal)) {
      tok_.flags |= kLegacyOctal;
      escape_offset_ = backslash;
    }
    return true;
  };

  const uint8_t c = static_cast<uint8_t>(src_[backslash + 1]);
  if (c == 0 && backslash + 1 >= size_) {
    // The caller reports the unterminated literal, standing where acorn's readEscapedChar
    // leaves its scanner: one past the end of the input (the NUL padding is readable).
    pos_ = backslash + 2;
    return true;
  }
  pos_ = backslash + 2;
  switch (c) {
    case 'n':
      scratch_.push_back('\n');
      return true;
    case 'r':
      scratch_.push_back('\r');
      return true;
    case 't':
      scratch_.push_back('\t');
      return true;
    case 'b':
      scratch_.push_back('\b');
      return true;
    case 'v':
      scratch_.push_back('\v');
      return true;
    case 'f':
      scratch_.push_back('\f');
      return true;
    case 'x': {
      const char h1 = src_[pos_];
      const char h2 = src_[pos_ + 1];
      if (!char_class::is_hex_digit(h1) || !char_class::is_hex_digit(h2)) {
        // acorn reads the hex digits there are before it gives up.
        return invalid(pos_, LexMsg::BadEscape, pos_ + (char_class::is_hex_digit(h1) ? 1 : 0));
      }
      utf8::append(scratch_, char_class::hex_value(h1) * 16 + char_class::hex_value(h2));
      pos_ += 2;
      return true;
    }
    case 'u': {
      // `\u{...}` came with ES2015: acorn reports the token.
      if (src_[pos_] == '{' && ecma_ < 6) [[unlikely]] {
        fail(tok_.start, LexMsg::UnexpectedToken);
        return false;
      }
      const uint32_t cp = scan_unicode_escape_value();
      if (cp == kBadEscape || cp == kCodePointOutOfRange) [[unlikely]] {
        const uint32_t scanner_at = unicode_escape_scanner_end(backslash + 2);
        return invalid(pos_, cp == kBadEscape ? LexMsg::BadEscape : LexMsg::CodePointOutOfBounds,
                       scanner_at);
      }
      append_cooked(scratch_, cp);
      return true;
    }
    case '\r':
      if (src_[pos_] == '\n') ++pos_;
      return true;  // line continuation
    case '\n':
      return true;
    case '8':
    case '9':
      if (!legacy()) return false;
      scratch_.push_back(static_cast<char>(c));
      return true;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      // Up to three octal digits while the value stays <= 255 (\377, but \400 is \40 "0").
      uint32_t value = c - '0';
      if (is_octal_digit(src_[pos_])) {
        value = value * 8 + static_cast<uint32_t>(src_[pos_++] - '0');
        if (is_octal_digit(src_[pos_]) && value * 8 + (src_[pos_] - '0') <= 255) {
          value = value * 8 + static_cast<uint32_t>(src_[pos_++] - '0');
        }
      }
      // \0 alone is the NUL escape; \0 before 8 or 9 is still legacy (acorn, Annex B).
      const bool lone_zero = c == '0' && pos_ == backslash + 2;
      if (!lone_zero || src_[pos_] == '8' || src_[pos_] == '9') {
        if (!legacy()) return false;
      }
      utf8::append(scratch_, value);
      return true;
    }
    default:
      break;
  }
  if (c < 0x80) {
    scratch_.push_back(static_cast<char>(c));  // identity escape
    return true;
  }
  uint32_t cp = 0;
  const uint32_t len = decode_at(backslash + 1, cp);
  pos_ = backslash + 1 + len;
  if (cp == 0x2028 || cp == 0x2029) return true;  // line continuation
  scratch_.append(src_ + backslash + 1, len);
  return true;
}

}  // namespace essa
