// Template parts. A token covers its delimiters, as espree's Template tokens do: "`a${",
// "}b${", "}c`". The cooked value (the spec's TV) turns CR and CRLF into LF and decodes
// escapes; an invalid escape only marks the part (kInvalidEscape) and scanning goes on,
// since a tagged template allows it. The raw value stays in the source.
#include <array>

#include "lexer.h"

namespace essa {
namespace {

// Bytes that end the plain run of a template part: ` $ \ CR NUL.
constexpr std::array<bool, 256> kStop = [] {
  std::array<bool, 256> t{};
  t['`'] = t['$'] = t['\\'] = t['\r'] = t[0] = true;
  return t;
}();

}  // namespace

void Lexer::scan_template_part(bool head) {
  const uint32_t start = pos_;  // at the backtick, or at the `}` closing a substitution
  tok_.start = start;
  uint32_t p = start + 1;
  bool cooked_differs = false;
  uint32_t chunk = p;  // start of the source bytes not yet copied into scratch_
  auto begin_cooked = [&] {
    if (!cooked_differs) {
      cooked_differs = true;
      scratch_.clear();
    }
    scratch_.append(src_ + chunk, p - chunk);
  };
  TokenKind kind = TokenKind::Eof;
  for (;;) {
    while (!kStop[static_cast<uint8_t>(src_[p])]) ++p;
    const char c = src_[p];
    if (c == '`') {
      kind = head ? TokenKind::NoSubstitutionTemplate : TokenKind::TemplateTail;
      pos_ = p + 1;
      break;
    }
    if (c == '$') {
      if (src_[p + 1] == '{') {
        kind = head ? TokenKind::TemplateHead : TokenKind::TemplateMiddle;
        pos_ = p + 2;
        break;
      }
      ++p;
      continue;
    }
    if (c == '\\') {
      begin_cooked();
      pos_ = p;
      // Invalid escapes are recorded, not fatal (from ES2018; before, they fail).
      if (!scan_escape(/*in_template=*/true) && stopped_) return;
      p = chunk = pos_;
      continue;
    }
    if (c == '\r') {
      begin_cooked();
      scratch_.push_back('\n');
      p += src_[p + 1] == '\n' ? 2 : 1;
      chunk = p;
      continue;
    }
    if (p < size_) {  // a NUL character in the source
      ++p;
      continue;
    }
    // acorn reports at the start of the template characters, after the opening delimiter;
    // when the input ends right there its parser words it differently.
    return fail(start + 1, p,
                start + 1 >= size_ ? LexMsg::UnterminatedTemplateLiteral
                                   : LexMsg::UnterminatedTemplate);
  }
  if (tok_.flags & token_flag::kInvalidEscape) {
    value_ = {};  // no cooked value
  } else if (cooked_differs) {
    scratch_.append(src_ + chunk, p - chunk);
    value_ = scratch_;
    tok_.flags |= token_flag::kHasEscape;
  } else {
    value_ = text(start + 1, p);
  }
  finish(kind);
}

}  // namespace essa
