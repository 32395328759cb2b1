// The lexer core: trivia, dispatch on the first byte, punctuators, rescans and checkpoints.
#include "lexer.h"

#include <array>
#include <bit>
#include <cassert>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "char_class.h"
#include "keywords.h"
#include "message_format.h"
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

Lexer::Lexer(const SourceText& source, bool module, ErrorSlot& errors, bool hashbang)
    : src_(source.data() ? source.data() : kEmptyPadded),
      size_(source.size()),
      module_(module),
      hashbang_(hashbang),
      errors_(&errors) {
  // A hashbang comment is allowed only at the very start of the source.
  if (hashbang_ && src_[0] == '#' && src_[1] == '!') {
    pos_ = 2;
    skip_line_comment();
  }
}

void Lexer::observe(const Observer& observer) {
  on_comment_ = observer.comment;
  comment_ctx_ = observer.ctx;
  if (on_comment_ != nullptr && hashbang_ && src_[0] == '#' && src_[1] == '!') {
    const uint32_t saved = pos_;
    pos_ = 0;
    skip_line_comment();
    report_comment(CommentKind::Hashbang, 0);
    pos_ = saved;
  }
}

// After a rewind the lexer scans again what follows the checkpoint: the comments there were
// reported already.
void Lexer::report_comment(CommentKind kind, uint32_t start) {
  if (start < comments_end_) return;
  comments_end_ = pos_;
  on_comment_(comment_ctx_, Comment{kind, {start, pos_}});
}

void Lexer::fail(uint32_t offset, uint32_t scanner_at, std::string message) {
  errors_->record(offset, std::move(message), scanner_at);
  stop();
}

void Lexer::choose_old_keywords() {
  using namespace keyword_detail;
  if (ecma_ < 5) {
    keywords_ = module_ ? &kTableEs3Module : &kTableEs3Script;
  } else {
    keywords_ = module_ ? &kTableEs5Module : &kTableEs5Script;
  }
}

void Lexer::stop() {
  stopped_ = true;
  pos_ = size_;
  tok_.kind = TokenKind::Eof;
  tok_.start = tok_.end = size_;
}

void Lexer::fail(uint32_t offset, uint32_t scanner_at, LexMsg message, std::string_view arg) {
  const std::string_view text = message_text(message);
  assert(failed() || message_has_argument(text) == (arg.data() != nullptr));
  fail(offset, scanner_at, failed() ? std::string() : format_message(text, arg));
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
  if (stopped_) [[unlikely]] return tok_;
  newline_ = false;
  lex();
  return tok_;
}

namespace {

using char_class::load8;

// Past a run of spaces, eight at a time (indentation is most of the white space in real code).
// The NUL padding after the text ends any run.
inline const char* skip_spaces(const char* p) {
  for (;;) {
    const uint64_t diff = load8(p) ^ 0x2020202020202020u;
    if (diff != 0) return p + (std::countr_zero(diff) >> 3);  // little-endian: first byte low
    p += 8;
  }
}

}  // namespace

// Comments, HTML-like comments and non-ASCII white space at pos_: true when something was
// skipped, false when a token starts at pos_ (or an unterminated comment failed).
bool Lexer::skip_special_trivia() {
  const uint8_t c = static_cast<uint8_t>(src_[pos_]);
  switch (c) {
    case '/':
      if (src_[pos_ + 1] == '/') {
        const uint32_t start = pos_;
        pos_ += 2;
        skip_line_comment();
        note_comment(CommentKind::Line, start);
        return true;
      }
      if (src_[pos_ + 1] == '*') return skip_block_comment();
      return false;
    case '<':
      // `<!--` starts a single-line comment in the script goal (Annex B).
      if (!module_ && src_[pos_ + 1] == '!' && src_[pos_ + 2] == '-' && src_[pos_ + 3] == '-') {
        const uint32_t start = pos_;
        pos_ += 4;
        skip_line_comment();
        note_comment(CommentKind::HtmlOpen, start);
        return true;
      }
      return false;
    case '-':
      if (at_html_close_comment()) {
        const uint32_t start = pos_;
        pos_ += 3;
        skip_line_comment();
        note_comment(CommentKind::HtmlClose, start);
        return true;
      }
      return false;
    default: {
      uint32_t cp = 0;
      const uint32_t len = decode_at(pos_, cp);
      if (cp == 0x2028 || cp == 0x2029) {
        newline_ = true;
      } else if (!unicode::is_whitespace(cp)) {
        return false;
      }
      pos_ += len;
      return true;
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
  const char* p = src_ + pos_;
  const char* const end = src_ + size_;
  for (;; ++p) {
    const char c = *p;
    if (c == '\n' || c == '\r') break;
    if (c == 0 && p >= end) break;
    if (static_cast<uint8_t>(c) == 0xE2 && is_ls_or_ps(p)) break;
  }
  pos_ = static_cast<uint32_t>(p - src_);
}

// Finds the closing `*/` with memchr, then looks for a line terminator only while none has
// been seen since the previous token (a multi-line comment finds one on its first line).
bool Lexer::skip_block_comment() {
  const uint32_t start = pos_;
  const char* const begin = src_ + pos_ + 2;
  const char* const end = src_ + size_;
  const char* p = begin;
  for (;;) {
    p = static_cast<const char*>(std::memchr(p, '*', static_cast<std::size_t>(end - p)));
    if (p == nullptr) {
      fail(start, start + 2, LexMsg::UnterminatedComment);  // acorn stands past the `/*`
      return false;
    }
    if (p[1] == '/') break;
    ++p;
  }
  if (!newline_) {
    for (const char* q = begin; q < p; ++q) {
      if (*q == '\n' || *q == '\r' || (static_cast<uint8_t>(*q) == 0xE2 && is_ls_or_ps(q))) {
        newline_ = true;
        break;
      }
    }
  }
  pos_ = static_cast<uint32_t>(p + 2 - src_);
  note_comment(CommentKind::Block, start);
  return true;
}

namespace {

// What a byte at a token boundary starts: lex() switches on it once per token and once per
// run of trivia, so white space, comments and the token's own dispatch share one jump table.
enum : uint8_t {
  kLeadPunctuator = 0,  // an operator that needs a look at the next bytes
  kLeadSingle,          // a punctuator that is always one byte: ( ) [ ] { } ; , : ~ @
  kLeadBlank,       // space, tab, VT, FF
  kLeadNewline,     // LF, CR
  kLeadSlash,       // a comment, or `/` `/=`
  kLeadHtmlComment, // `<` (`<!--`?) and `-` (`-->`?)
  kLeadIdentifier,  // a-z A-Z $ _
  kLeadDigit,
  kLeadQuote,
  kLeadBacktick,
  kLeadHash,
  kLeadBackslash,
  kLeadDot,
  kLeadNul,  // the end of the input, or a NUL character in it
  kLeadNonAscii,
};

constexpr std::array<uint8_t, 256> kLead = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (char_class::kTable[c] & char_class::kIdStart) t[c] = kLeadIdentifier;
    if (c >= 0x80) t[c] = kLeadNonAscii;
  }
  t[' '] = t['\t'] = t[0x0B] = t[0x0C] = kLeadBlank;
  t['\n'] = t['\r'] = kLeadNewline;
  t['/'] = kLeadSlash;
  t['<'] = t['-'] = kLeadHtmlComment;
  for (int c = '0'; c <= '9'; ++c) t[c] = kLeadDigit;
  t['"'] = t['\''] = kLeadQuote;
  t['`'] = kLeadBacktick;
  t['#'] = kLeadHash;
  t['\\'] = kLeadBackslash;
  t['.'] = kLeadDot;
  t[0] = kLeadNul;
  for (const char c : {'(', ')', '[', ']', '{', '}', ';', ',', ':', '~', '@'}) t[c] = kLeadSingle;
  return t;
}();

// The kind of each kLeadSingle byte.
constexpr std::array<TokenKind, 128> kSingle = [] {
  std::array<TokenKind, 128> t{};
  t['('] = TokenKind::LParen;
  t[')'] = TokenKind::RParen;
  t['['] = TokenKind::LBracket;
  t[']'] = TokenKind::RBracket;
  t['{'] = TokenKind::LBrace;
  t['}'] = TokenKind::RBrace;
  t[';'] = TokenKind::Semicolon;
  t[','] = TokenKind::Comma;
  t[':'] = TokenKind::Colon;
  t['~'] = TokenKind::Tilde;
  t['@'] = TokenKind::At;
  return t;
}();

// The end of a run of ASCII identifier characters (a-z A-Z 0-9 $ _) starting at p: sixteen
// bytes are classified at once where SSE2 exists, so a name costs no branch per letter. The
// NUL padding after the text ends every run.
inline const char* id_part_run(const char* p) {
#if defined(__SSE2__)
  const __m128i lower_a = _mm_set1_epi8('a');
  const __m128i zero = _mm_set1_epi8('0');
  const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));
  const __m128i letters = _mm_set1_epi8(static_cast<char>(0x80 + 26));  // x - 'a' < 26, unsigned
  const __m128i digits = _mm_set1_epi8(static_cast<char>(0x80 + 10));
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i dollar = _mm_set1_epi8('$');
  const __m128i underscore = _mm_set1_epi8('_');
  for (;;) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i folded = _mm_or_si128(v, case_bit);
    const __m128i is_letter =
        _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(folded, lower_a), flip), letters);
    const __m128i is_digit = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(v, zero), flip), digits);
    const __m128i is_part =
        _mm_or_si128(_mm_or_si128(is_letter, is_digit),
                     _mm_or_si128(_mm_cmpeq_epi8(v, dollar), _mm_cmpeq_epi8(v, underscore)));
    const auto stop = static_cast<uint32_t>(~_mm_movemask_epi8(is_part)) & 0xFFFFu;
    if (stop != 0) return p + std::countr_zero(stop);
    p += 16;
  }
#else
  while (char_class::is(static_cast<uint8_t>(*p), char_class::kIdPart)) ++p;
  return p;
#endif
}

}  // namespace

// The common identifier: ASCII letters and digits only. Anything else (an escape, a non-ASCII
// character) restarts on the slow path, which decodes.
void Lexer::scan_identifier_or_keyword() {
  const char* const begin = src_ + pos_;
  const char* p = id_part_run(begin + 1);
  if (*p == '\\' || static_cast<uint8_t>(*p) >= 0x80) [[unlikely]] {
    scan_identifier_slow(pos_);
    return;
  }
  const auto len = static_cast<uint32_t>(p - begin);
  value_ = {begin, len};
  pos_ += len;
  finish(keyword_kind_padded(begin, len, *keywords_));
}

// Skips trivia, then scans one token from the first byte that starts one. newline_ tells
// whether a line terminator came before it (false from next(), the saved flag on a rewind).
void Lexer::lex() {
  const char* p = src_ + pos_;
  for (;;) {
    const uint8_t c = static_cast<uint8_t>(*p);
    switch (kLead[c]) {
      case kLeadBlank:
        p = c == ' ' ? skip_spaces(p) : p + 1;
        continue;
      case kLeadNewline:
        newline_ = true;
        ++p;
        continue;
      case kLeadSlash:
      case kLeadHtmlComment:
        pos_ = static_cast<uint32_t>(p - src_);
        if (skip_special_trivia()) {
          p = src_ + pos_;
          continue;
        }
        if (stopped_) return;
        begin_token(p);
        scan_punctuator(c);
        return;
      case kLeadSingle:
        begin_token(p);
        ++pos_;
        finish(kSingle[c]);
        return;
      case kLeadIdentifier:
        begin_token(p);
        scan_identifier_or_keyword();
        return;
      case kLeadDigit:
        begin_token(p);
        scan_number(c);
        return;
      case kLeadQuote:
        begin_token(p);
        scan_string(c);
        return;
      case kLeadBacktick:
        begin_token(p);
        // Templates came with ES2015.
        if (ecma_ < 6) [[unlikely]] return fail_here(LexMsg::UnexpectedCharacter, "'`'");
        scan_template_part(/*head=*/true);
        return;
      case kLeadHash:
        begin_token(p);
        scan_private_name();
        return;
      case kLeadBackslash:
        begin_token(p);
        scan_identifier_slow(pos_);
        return;
      case kLeadDot:
        begin_token(p);
        if (char_class::is_digit(p[1])) {
          scan_number(c);
        } else {
          scan_punctuator(c);
        }
        return;
      case kLeadNul:
        begin_token(p);
        if (pos_ >= size_) {
          finish(TokenKind::Eof);
        } else {
          scan_punctuator(c);  // a NUL inside the text: "Unexpected character"
        }
        return;
      case kLeadNonAscii:
        pos_ = static_cast<uint32_t>(p - src_);
        if (skip_special_trivia()) {  // NBSP, U+2028, ...
          p = src_ + pos_;
          continue;
        }
        begin_token(p);
        scan_non_ascii_start();
        return;
      default:
        begin_token(p);
        scan_punctuator(c);
        return;
    }
  }
}

[[gnu::noinline]] void Lexer::scan_non_ascii_start() {
  uint32_t cp = 0;
  decode_at(pos_, cp);
  if (unicode::is_id_start(cp)) {
    scan_identifier_slow(pos_);
    return;
  }
  fail_here(LexMsg::UnexpectedCharacter, describe_char_at(pos_));
}

void Lexer::scan_punctuator(uint8_t c) {
  const char* p = src_ + pos_;
  TokenKind k;
  uint32_t len = 1;
  switch (c) {
    case '.':
      if (p[1] == '.' && p[2] == '.' && ecma_ >= 6) {  // `...`: ES2015
        k = TokenKind::Ellipsis;
        len = 3;
      } else {
        k = TokenKind::Dot;
      }
      break;
    case '?':
      if (ecma_ < 11) [[unlikely]] {  // `??` and `?.`: ES2020
        k = TokenKind::Question;
      } else if (p[1] == '?') {
        if (p[2] == '=' && ecma_ >= 12) {
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
      } else if (p[1] == '>' && ecma_ >= 6) {  // `=>`: ES2015
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
      if (p[1] == '*' && ecma_ >= 7) {  // `**`: ES2016
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
        if (p[2] == '=' && ecma_ >= 12) {
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
        if (p[2] == '=' && ecma_ >= 12) {
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
      fail_here(LexMsg::UnexpectedCharacter, describe_char_at(pos_));
      return;
  }
  pos_ += len;
  finish(k);
}

const Token& Lexer::rescan_as_regexp() {
  if (stopped_) return tok_;
  pos_ = tok_.start;
  scan_regexp();
  return tok_;
}

const Token& Lexer::rescan_template_continuation() {
  if (stopped_) return tok_;
  pos_ = tok_.start;
  scan_template_part(/*head=*/false);
  return tok_;
}

void Lexer::rewind(const Checkpoint& cp) {
  if (cp.failed) return;  // an error before the checkpoint stands
  stopped_ = false;
  errors_->clear();
  const Token saved = cp.tok;
  tok_ = saved;
  tok_.flags = saved.flags & token_flag::kNewlineBefore;
  pos_ = saved.start;
  // A regexp and a template continuation were scanned on the parser's request; every other
  // token is scanned again from its start. Not a switch: the two rescans are the only kinds
  // that differ, and a list of all the others would have to grow with every new token.
  if (saved.kind == TokenKind::RegExp) {
    scan_regexp();
  } else if (saved.kind == TokenKind::TemplateMiddle || saved.kind == TokenKind::TemplateTail) {
    scan_template_part(/*head=*/false);
  } else {
    newline_ = tok_.newline_before();
    lex();
  }
}

}  // namespace essa
