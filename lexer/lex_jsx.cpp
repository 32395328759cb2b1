// JSX scanning modes (acorn-jsx's jsx_readToken, jsx_readWord, jsx_readString and
// jsx_readEntity), entered only when the parser asks: JSX off, none of this runs. Messages,
// positions and entity quirks are acorn-jsx's: entities are decoded in text and attribute
// strings but not escapes, a numeric entity gives one UTF-16 code unit (its value modulo
// 0x10000), an entity is looked for in at most ten characters after the `&`, and an unknown
// one leaves the `&` as text.
#include <algorithm>
#include <array>
#include <iterator>

#include "char_class.h"
#include "lexer.h"
#include "unicode.h"
#include "utf8.h"

namespace essa {
namespace {

struct Entity {
  std::string_view name;
  uint16_t unit;
};

constexpr Entity kEntities[] = {
#include "jsx_entities.inc"
};

constexpr bool sorted_by_name() {
  for (std::size_t i = 1; i < std::size(kEntities); ++i) {
    if (!(kEntities[i - 1].name < kEntities[i].name)) return false;
  }
  return true;
}
static_assert(sorted_by_name(), "jsx_entities.inc must be sorted for the binary search");

bool is_hex_digit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The digits of a numeric entity (all ASCII digits of `base`, at least one), or false.
bool numeric_value(std::string_view digits, uint32_t base, uint32_t& value) {
  if (digits.empty()) return false;
  value = 0;
  for (const char c : digits) {
    if (base == 16 ? !is_hex_digit(c) : !char_class::is_digit(c)) return false;
    const uint32_t d = c <= '9' ? static_cast<uint32_t>(c - '0')
                                : static_cast<uint32_t>((c | 0x20) - 'a' + 10);
    value = value * base + d;  // at most 8 digits: no overflow
  }
  return true;
}

// What stops a run of JSX text: `<` `{` `>` `}` `&`, CR (CRLF is read as LF), NUL (the end).
constexpr std::array<bool, 256> kTextStop = [] {
  std::array<bool, 256> t{};
  for (const char c : {'<', '{', '>', '}', '&', '\r', '\0'}) t[static_cast<uint8_t>(c)] = true;
  return t;
}();

}  // namespace

bool decode_jsx_entity(std::string_view text, uint32_t amp, uint32_t& end, uint32_t& unit) {
  const uint32_t first = amp + 1;
  uint32_t p = first;
  uint32_t semicolon = 0;
  for (uint32_t count = 0; p < text.size() && count < 10; ++count) {
    if (text[p++] == ';') {
      semicolon = p - 1;
      break;
    }
  }
  if (semicolon == 0) return false;
  const std::string_view name = text.substr(first, semicolon - first);
  uint32_t value = 0;
  if (!name.empty() && name[0] == '#') {
    const bool hex = name.size() > 1 && name[1] == 'x';
    if (!numeric_value(name.substr(hex ? 2 : 1), hex ? 16 : 10, value)) return false;
    unit = value & 0xFFFF;  // String.fromCharCode
  } else {
    const auto* e = std::lower_bound(std::begin(kEntities), std::end(kEntities), name,
                                     [](const Entity& a, std::string_view b) { return a.name < b; });
    if (e == std::end(kEntities) || e->name != name) return false;
    unit = e->unit;
  }
  end = semicolon + 1;
  return true;
}

void decode_jsx_text(std::string_view raw, std::string& out) {
  out.clear();
  uint32_t chunk = 0;
  for (uint32_t p = 0; p < raw.size();) {
    uint32_t end = 0;
    uint32_t unit = 0;
    if (raw[p] == '\r' && p + 1 < raw.size() && raw[p + 1] == '\n') {
      end = p + 2;
      unit = '\n';
    } else if (raw[p] != '&' || !decode_jsx_entity(raw, p, end, unit)) {
      ++p;
      continue;
    }
    out.append(raw.data() + chunk, p - chunk);
    utf8::append_code_unit(out, unit);
    p = chunk = end;
  }
  out.append(raw.data() + chunk, raw.size() - chunk);
}

const Token& Lexer::rescan_jsx_tag_start() {
  if (stopped_) return tok_;
  pos_ = tok_.start + 1;
  finish(TokenKind::Lt);
  return tok_;
}

// White space and comments, as lex() skips them before a token.
void Lexer::skip_jsx_trivia() {
  for (;;) {
    const uint8_t c = static_cast<uint8_t>(src_[pos_]);
    if (c == ' ' || c == '\t' || c == 0x0B || c == 0x0C) {
      ++pos_;
    } else if (c == '\n' || c == '\r') {
      newline_ = true;
      ++pos_;
    } else if (c == '/' || c == '<' || c == '-' || c >= 0x80) {
      if (!skip_special_trivia()) return;
    } else {
      return;
    }
  }
}

const Token& Lexer::next_jsx_tag(bool attribute_strings) {
  if (stopped_) [[unlikely]] return tok_;
  newline_ = false;
  skip_jsx_trivia();
  if (stopped_) return tok_;  // an unterminated comment
  const uint8_t c = static_cast<uint8_t>(src_[pos_]);
  if (c < 0x80 ? char_class::is(c, char_class::kIdStart) : identifier_start_at(pos_)) {
    begin_token(src_ + pos_);
    scan_jsx_name();
  } else if (c == '<' || c == '>' || c == '/') {
    begin_token(src_ + pos_);
    ++pos_;
    finish(c == '<' ? TokenKind::Lt : c == '>' ? TokenKind::Gt : TokenKind::Slash);
  } else if ((c == '"' || c == '\'') && attribute_strings) {
    begin_token(src_ + pos_);
    scan_jsx_string(c);
  } else {
    lex();
  }
  return tok_;
}

// acorn-jsx reads names by UTF-16 code unit: a character beyond the BMP ends one (after the
// first, which the caller checked).
void Lexer::scan_jsx_name() {
  uint32_t cp = 0;
  uint32_t p = pos_ + decode_at(pos_, cp);
  for (;;) {
    const uint8_t c = static_cast<uint8_t>(src_[p]);
    if (c < 0x80) {
      if (!char_class::is(c, char_class::kIdPart) && c != '-') break;
      ++p;
      continue;
    }
    const uint32_t len = decode_at(p, cp);
    if (cp > 0xFFFF || !unicode::is_id_continue(cp)) break;
    p += len;
  }
  value_ = text(pos_, p);
  pos_ = p;
  finish(TokenKind::JsxName);
}

void Lexer::append_jsx_unit(bool& decoded, uint32_t chunk, uint32_t p, uint32_t unit) {
  if (!decoded) {
    decoded = true;
    scratch_.clear();
  }
  scratch_.append(src_ + chunk, p - chunk);
  utf8::append_code_unit(scratch_, unit);
}

void Lexer::set_jsx_value(bool decoded, uint32_t chunk, uint32_t start, uint32_t p) {
  if (decoded) {
    scratch_.append(src_ + chunk, p - chunk);
    value_ = scratch_;
    tok_.flags |= token_flag::kHasEscape;
  } else {
    value_ = text(start, p);
  }
}

void Lexer::scan_jsx_string(uint8_t quote) {
  const uint32_t start = pos_;
  uint32_t p = start + 1;
  uint32_t chunk = p;
  bool decoded = false;
  for (;;) {
    const char c = src_[p];
    if (c == static_cast<char>(quote)) break;
    if (c == 0 && p >= size_) return fail(start, p, LexMsg::UnterminatedString);
    if (c != '&') {
      ++p;
      continue;
    }
    uint32_t end = 0;
    uint32_t unit = 0;
    if (!decode_jsx_entity(text(0, size_), p, end, unit)) {
      ++p;
      continue;
    }
    append_jsx_unit(decoded, chunk, p, unit);
    p = chunk = end;
  }
  set_jsx_value(decoded, chunk, start + 1, p);
  pos_ = p + 1;
  finish(TokenKind::JsxString);
}

const Token& Lexer::next_jsx_child() {
  if (stopped_) [[unlikely]] return tok_;
  newline_ = false;
  begin_token(src_ + pos_);
  const char c = src_[pos_];
  if (pos_ >= size_) {
    finish(TokenKind::Eof);  // acorn ends the input before it looks for text
  } else if (c == '<' || c == '{') {
    ++pos_;
    finish(c == '<' ? TokenKind::Lt : TokenKind::LBrace);
  } else {
    scan_jsx_text();
  }
  return tok_;
}

void Lexer::scan_jsx_text() {
  const uint32_t start = pos_;
  uint32_t p = start;
  uint32_t chunk = p;
  bool decoded = false;
  for (;;) {
    while (!kTextStop[static_cast<uint8_t>(src_[p])]) ++p;
    const char c = src_[p];
    if (c == '<' || c == '{') break;
    if (c == 0) {
      if (p >= size_) return fail(start, p, LexMsg::UnterminatedJsxContents);
      ++p;  // a NUL character in the text
      continue;
    }
    if (c == '>') return fail(p, p, LexMsg::JsxTextGreaterThan);
    if (c == '}') return fail(p, p, LexMsg::JsxTextRightBrace);
    uint32_t end = 0;
    uint32_t unit = 0;
    if (c == '\r') {
      if (src_[p + 1] != '\n') {
        ++p;
        continue;
      }
      end = p + 2;
      unit = '\n';
    } else if (!decode_jsx_entity(text(0, size_), p, end, unit)) {  // c == '&'
      ++p;
      continue;
    }
    append_jsx_unit(decoded, chunk, p, unit);
    p = chunk = end;
  }
  set_jsx_value(decoded, chunk, start, p);
  pos_ = p;
  finish(TokenKind::JsxText);
}

}  // namespace essa
