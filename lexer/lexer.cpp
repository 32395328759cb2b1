// The lexer core: trivia, dispatch on the first byte, punctuators, rescans and checkpoints.
#include "lexer.h"

#include "char_class.h"
#include "unicode.h"
#include "utf8.h"

namespace essa {
namespace {

// An empty, padded buffer for a SourceText that holds nothing.
constexpr char kEmptyPadded[SourceText::kPadding] = {};

bool is_ls_or_ps(const char* p) {
  return static_cast<uint8_t>(p[0]) == 0xE2 && static_cast<uint8_t>(p[1]) == 0x80 &&
         (static_cast<uint8_t>(p[2]) == 0xA8 || static_cast<uint8_t>(p[2]) == 0xA9);
}

}  // namespace

Lexer::Lexer(const SourceText& source, bool module)
    : src_(source.data() ? source.data() : kEmptyPadded), size_(source.size()), module_(module) {
  // A hashbang comment is allowed only at the very start of the source.
  if (src_[0] == '#' && src_[1] == '!') {
    pos_ = 2;
    skip_line_comment();
  }
}

void Lexer::fail(uint32_t offset, std::string message) {
  if (!failed_) {
    failed_ = true;
    error_.message = std::move(message);
    error_.offset = offset;
  }
  pos_ = size_;
  tok_.kind = TokenKind::Eof;
  tok_.start = tok_.end = size_;
}

uint32_t Lexer::decode_at(uint32_t pos, uint32_t& cp) const { return utf8::decode(src_ + pos, cp); }

std::string Lexer::describe_char_at(uint32_t pos) const {
  uint32_t cp = 0;
  uint32_t len = decode_at(pos, cp);
  if (cp < 0x20 || cp == 0x7F) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string s = "U+00";
    s += kHex[cp >> 4];
    s += kHex[cp & 15];
    return s;
  }
  return "'" + std::string(src_ + pos, len) + "'";
}

const Token& Lexer::next() {
  if (failed_) return tok_;
  newline_ = false;
  skip_trivia();
  if (failed_) return tok_;
  tok_.start = pos_;
  tok_.flags = newline_ ? token_flag::kNewlineBefore : 0;
  scan_token();
  return tok_;
}

void Lexer::skip_trivia() {
  for (;;) {
    const uint8_t c = static_cast<uint8_t>(src_[pos_]);
    switch (c) {
      case ' ':
      case '\t':
      case 0x0B:
      case 0x0C:
        ++pos_;
        continue;
      case '\n':
      case '\r':
        ++pos_;
        newline_ = true;
        continue;
      case '/':
        if (src_[pos_ + 1] == '/') {
          pos_ += 2;
          skip_line_comment();
          continue;
        }
        if (src_[pos_ + 1] == '*') {
          if (!skip_block_comment()) return;
          continue;
        }
        return;
      case '<':
        // `<!--` starts a single-line comment in the script goal (Annex B).
        if (!module_ && src_[pos_ + 1] == '!' && src_[pos_ + 2] == '-' && src_[pos_ + 3] == '-') {
          pos_ += 4;
          skip_line_comment();
          continue;
        }
        return;
      case '-':
        if (at_html_close_comment()) {
          pos_ += 3;
          skip_line_comment();
          continue;
        }
        return;
      default:
        if (c < 0x80) [[likely]] return;
        {
          uint32_t cp = 0;
          const uint32_t len = decode_at(pos_, cp);
          if (cp == 0x2028 || cp == 0x2029) {
            newline_ = true;
          } else if (!unicode::is_whitespace(cp)) {
            return;
          }
          pos_ += len;
        }
        continue;
    }
  }
}

// `-->` is a comment only at the start of a line (after white space and comments) or of the
// input, and only in the script goal (Annex B HTMLCloseComment).
bool Lexer::at_html_close_comment() const {
  return !module_ && src_[pos_ + 1] == '-' && src_[pos_ + 2] == '>' &&
         (newline_ || tok_.end == 0);
}

void Lexer::skip_line_comment() {
  for (;;) {
    const char c = src_[pos_];
    if (c == '\n' || c == '\r') return;
    if (c == 0 && pos_ >= size_) return;
    if (static_cast<uint8_t>(c) == 0xE2 && is_ls_or_ps(src_ + pos_)) return;
    ++pos_;
  }
}

bool Lexer::skip_block_comment() {
  const uint32_t start = pos_;
  pos_ += 2;
  for (;;) {
    const char c = src_[pos_];
    if (c == '*' && src_[pos_ + 1] == '/') {
      pos_ += 2;
      return true;
    }
    if (c == '\n' || c == '\r') {
      newline_ = true;
    } else if (c == 0 && pos_ >= size_) {
      fail(start, "Unterminated comment");
      return false;
    } else if (static_cast<uint8_t>(c) == 0xE2 && is_ls_or_ps(src_ + pos_)) {
      newline_ = true;
    }
    ++pos_;
  }
}

void Lexer::scan_token() {
  const uint8_t c = static_cast<uint8_t>(src_[pos_]);
  if (char_class::is(c, char_class::kIdStart)) {
    scan_identifier_or_keyword();
    return;
  }
  switch (c) {
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      scan_number(c);
      return;
    case '"':
    case '\'':
      scan_string(c);
      return;
    case '`':
      scan_template_part(/*head=*/true);
      return;
    case '#':
      scan_private_name();
      return;
    case '\\':
      scan_identifier_slow(pos_);
      return;
    case '.':
      if (char_class::is_digit(src_[pos_ + 1])) {
        scan_number(c);
        return;
      }
      break;
    case 0:
      if (pos_ >= size_) {
        tok_.kind = TokenKind::Eof;
        tok_.end = pos_;
        return;
      }
      break;
    default:
      if (c >= 0x80) {
        uint32_t cp = 0;
        decode_at(pos_, cp);
        if (unicode::is_id_start(cp)) {
          scan_identifier_slow(pos_);
          return;
        }
        fail_here("Unexpected character " + describe_char_at(pos_));
        return;
      }
      break;
  }
  scan_punctuator(c);
}

void Lexer::scan_punctuator(uint8_t c) {
  const char* p = src_ + pos_;
  TokenKind k;
  uint32_t len = 1;
  switch (c) {
    case '{': k = TokenKind::LBrace; break;
    case '}': k = TokenKind::RBrace; break;
    case '(': k = TokenKind::LParen; break;
    case ')': k = TokenKind::RParen; break;
    case '[': k = TokenKind::LBracket; break;
    case ']': k = TokenKind::RBracket; break;
    case ';': k = TokenKind::Semicolon; break;
    case ',': k = TokenKind::Comma; break;
    case ':': k = TokenKind::Colon; break;
    case '~': k = TokenKind::Tilde; break;
    case '.':
      if (p[1] == '.' && p[2] == '.') {
        k = TokenKind::Ellipsis;
        len = 3;
      } else {
        k = TokenKind::Dot;
      }
      break;
    case '?':
      if (p[1] == '?') {
        if (p[2] == '=') {
          k = TokenKind::QuestionQuestionAssign;
          len = 3;
        } else {
          k = TokenKind::QuestionQuestion;
          len = 2;
        }
      } else if (p[1] == '.' && !char_class::is_digit(p[2]) && pos_ + 2 < size_) {
        // `a?.5:b` is a conditional, not a chain; at the very end acorn also splits it.
        k = TokenKind::QuestionDot;
        len = 2;
      } else {
        k = TokenKind::Question;
      }
      break;
    case '=':
      if (p[1] == '=') {
        if (p[2] == '=') {
          k = TokenKind::EqEqEq;
          len = 3;
        } else {
          k = TokenKind::EqEq;
          len = 2;
        }
      } else if (p[1] == '>') {
        k = TokenKind::Arrow;
        len = 2;
      } else {
        k = TokenKind::Assign;
      }
      break;
    case '!':
      if (p[1] == '=') {
        if (p[2] == '=') {
          k = TokenKind::NotEqEq;
          len = 3;
        } else {
          k = TokenKind::NotEq;
          len = 2;
        }
      } else {
        k = TokenKind::Bang;
      }
      break;
    case '<':
      if (p[1] == '<') {
        if (p[2] == '=') {
          k = TokenKind::LtLtAssign;
          len = 3;
        } else {
          k = TokenKind::LtLt;
          len = 2;
        }
      } else if (p[1] == '=') {
        k = TokenKind::LtEq;
        len = 2;
      } else {
        k = TokenKind::Lt;
      }
      break;
    case '>':
      if (p[1] == '>') {
        if (p[2] == '>') {
          if (p[3] == '=') {
            k = TokenKind::GtGtGtAssign;
            len = 4;
          } else {
            k = TokenKind::GtGtGt;
            len = 3;
          }
        } else if (p[2] == '=') {
          k = TokenKind::GtGtAssign;
          len = 3;
        } else {
          k = TokenKind::GtGt;
          len = 2;
        }
      } else if (p[1] == '=') {
        k = TokenKind::GtEq;
        len = 2;
      } else {
        k = TokenKind::Gt;
      }
      break;
    case '+':
      if (p[1] == '+') {
        k = TokenKind::PlusPlus;
        len = 2;
      } else if (p[1] == '=') {
        k = TokenKind::PlusAssign;
        len = 2;
      } else {
        k = TokenKind::Plus;
      }
      break;
    case '-':
      if (p[1] == '-') {
        k = TokenKind::MinusMinus;
        len = 2;
      } else if (p[1] == '=') {
        k = TokenKind::MinusAssign;
        len = 2;
      } else {
        k = TokenKind::Minus;
      }
      break;
    case '*':
      if (p[1] == '*') {
        if (p[2] == '=') {
          k = TokenKind::StarStarAssign;
          len = 3;
        } else {
          k = TokenKind::StarStar;
          len = 2;
        }
      } else if (p[1] == '=') {
        k = TokenKind::StarAssign;
        len = 2;
      } else {
        k = TokenKind::Star;
      }
      break;
    case '/':
      if (p[1] == '=') {
        k = TokenKind::SlashAssign;
        len = 2;
      } else {
        k = TokenKind::Slash;
      }
      break;
    case '%':
      if (p[1] == '=') {
        k = TokenKind::PercentAssign;
        len = 2;
      } else {
        k = TokenKind::Percent;
      }
      break;
    case '&':
      if (p[1] == '&') {
        if (p[2] == '=') {
          k = TokenKind::AmpAmpAssign;
          len = 3;
        } else {
          k = TokenKind::AmpAmp;
          len = 2;
        }
      } else if (p[1] == '=') {
        k = TokenKind::AmpAssign;
        len = 2;
      } else {
        k = TokenKind::Amp;
      }
      break;
    case '|':
      if (p[1] == '|') {
        if (p[2] == '=') {
          k = TokenKind::PipePipeAssign;
          len = 3;
        } else {
          k = TokenKind::PipePipe;
          len = 2;
        }
      } else if (p[1] == '=') {
        k = TokenKind::PipeAssign;
        len = 2;
      } else {
        k = TokenKind::Pipe;
      }
      break;
    case '^':
      if (p[1] == '=') {
        k = TokenKind::CaretAssign;
        len = 2;
      } else {
        k = TokenKind::Caret;
      }
      break;
    default:
      fail_here("Unexpected character " + describe_char_at(pos_));
      return;
  }
  pos_ += len;
  finish(k);
}

const Token& Lexer::rescan_as_regexp() {
  if (failed_) return tok_;
  pos_ = tok_.start;
  scan_regexp();
  return tok_;
}

const Token& Lexer::rescan_template_continuation() {
  if (failed_) return tok_;
  pos_ = tok_.start;
  scan_template_part(/*head=*/false);
  return tok_;
}

void Lexer::rewind(const Checkpoint& cp) {
  if (cp.failed) return;  // an error before the checkpoint stands
  failed_ = false;
  error_ = {};
  const Token saved = cp.tok;
  tok_ = saved;
  tok_.flags = saved.flags & token_flag::kNewlineBefore;
  pos_ = saved.start;
  switch (saved.kind) {
    case TokenKind::RegExp:
      scan_regexp();
      break;
    case TokenKind::TemplateMiddle:
    case TokenKind::TemplateTail:
      scan_template_part(/*head=*/false);
      break;
    default:
      scan_token();
      break;
  }
}

}  // namespace essa
