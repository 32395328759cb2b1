// Numeric literals: decimal, hex/octal/binary, legacy octal, numeric separators and BigInt.
// Errors and their positions follow acorn's readNumber / readRadixNumber / readInt.
#include <bit>
#include <charconv>
#include <cmath>
#include <string>

#include "char_class.h"
#include "lexer.h"
#include "unicode.h"
#include "utf8.h"

namespace essa {
namespace {

// Digit value of a byte in any radix up to 16; 16 for everything else.
constexpr uint8_t digit_value(uint8_t c) {
  if (c >= '0' && c <= '9') return static_cast<uint8_t>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<uint8_t>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<uint8_t>(c - 'A' + 10);
  return 16;
}

// One run of digits with optional separators (acorn's readInt).
struct DigitRun {
  uint32_t end;     // first byte after the run
  uint32_t digits;  // digits read, separators excluded
  bool separators;
  bool bad;       // the run is malformed: error at error_pos
  LexMsg error;
  uint32_t error_pos;
  // Where acorn's readInt stands when it reports the error: at the `_`, or past the last one.
  uint32_t scanner_pos() const { return error == LexMsg::TrailingSeparator ? error_pos + 1 : error_pos; }
};

// `legacy_zero`: the run is the integer part of a decimal literal that starts with `0`,
// where no separator may appear at all (`0_1`, `08_1`). Without `separators` (before ES2021)
// a `_` ends the run.
DigitRun scan_digits(const char* s, uint32_t pos, uint32_t radix, bool legacy_zero,
                     bool separators) {
  DigitRun run{pos, 0, false, false, LexMsg::InvalidNumber, 0};
  uint32_t p = pos;
  uint8_t last = 0;
  for (;; ++p) {
    const uint8_t c = static_cast<uint8_t>(s[p]);
    if (c == '_' && separators) {
      run.bad = true;
      run.error_pos = p;
      if (legacy_zero) {
        run.error = LexMsg::SeparatorInLegacyOctal;
      } else if (last == '_') {
        run.error = LexMsg::DoubleSeparator;
      } else if (p == pos) {
        run.error = LexMsg::LeadingSeparator;
      } else {
        run.bad = false;
      }
      if (run.bad) return run;
      run.separators = true;
      last = c;
      continue;
    }
    if (digit_value(c) >= radix) break;
    last = c;
    ++run.digits;
  }
  run.end = p;
  if (last == '_') {
    run.bad = true;
    run.error = LexMsg::TrailingSeparator;
    run.error_pos = p - 1;
  }
  return run;
}

// The correctly rounded value of digits in radix 2, 8 or 16 (separators skipped). The top
// 61+ bits are kept exactly and the rest only as a sticky bit, which is enough to round to
// 53 bits with ties to even.
double radix_value(const char* s, uint32_t begin, uint32_t end, uint32_t radix) {
  const int bits = radix == 16 ? 4 : radix == 8 ? 3 : 1;
  uint64_t m = 0;
  int64_t exp2 = 0;
  bool sticky = false;
  for (uint32_t p = begin; p < end; ++p) {
    const uint8_t c = static_cast<uint8_t>(s[p]);
    if (c == '_') continue;
    const uint64_t d = digit_value(c);
    if ((m >> (64 - bits)) == 0) {
      m = (m << bits) | d;
    } else {
      exp2 += bits;
      sticky |= d != 0;
    }
  }
  const int width = 64 - std::countl_zero(m);
  if (width <= 53) return static_cast<double>(m);  // exact; nothing was spilled
  const int drop = width - 53;
  const uint64_t low = m & ((uint64_t{1} << drop) - 1);
  const uint64_t half = uint64_t{1} << (drop - 1);
  m >>= drop;
  if (low > half || (low == half && (sticky || (m & 1)))) ++m;
  // Past 2^1024 anyway: clamping keeps the int argument of ldexp in range.
  const int64_t shift = exp2 + drop < 2000 ? exp2 + drop : 2000;
  return std::ldexp(static_cast<double>(m), static_cast<int>(shift));
}

// Out-of-range decimals: from_chars leaves the value alone, so decide between Infinity and
// 0 from the decimal magnitude of the first significant digit.
double out_of_range_value(std::string_view digits) {
  int64_t magnitude = 0;
  bool seen_nonzero = false;
  bool after_dot = false;
  size_t i = 0;
  for (; i < digits.size(); ++i) {
    const char c = digits[i];
    if (c == '.') {
      after_dot = true;
    } else if (c == 'e' || c == 'E') {
      break;
    } else if (!seen_nonzero) {
      if (c != '0') {
        seen_nonzero = true;
        if (!after_dot) magnitude = 1;
      } else if (after_dot) {
        --magnitude;
      }
    } else if (!after_dot) {
      ++magnitude;
    }
  }
  if (!seen_nonzero) return 0;
  int64_t exp = 0;
  if (i < digits.size()) {
    ++i;
    bool negative = false;
    if (digits[i] == '+' || digits[i] == '-') negative = digits[i++] == '-';
    for (; i < digits.size(); ++i) {
      if (exp < 100000) exp = exp * 10 + (digits[i] - '0');
    }
    if (negative) exp = -exp;
  }
  return magnitude + exp > 0 ? HUGE_VAL : 0.0;
}

}  // namespace

uint32_t Lexer::legacy_number_end(uint32_t start) const {
  uint32_t p = start;
  while (char_class::is_digit(src_[p])) ++p;
  return p;
}

void Lexer::scan_number(uint8_t first) {
  using token_flag::kLegacyOctal;
  const uint32_t start = pos_;
  tok_.start = start;
  number_ = 0;

  const uint8_t second = static_cast<uint8_t>(src_[start + 1]) | 0x20;
  // `0o` and `0b` came with ES2015: before, the `0` ends at the letter.
  if (first == '0' && (second == 'x' || ((second == 'o' || second == 'b') && ecma_ >= 6))) {
    const uint32_t radix = second == 'x' ? 16 : second == 'o' ? 8 : 2;
    const DigitRun run = scan_digits(src_, start + 2, radix, false, ecma_ >= 12);
    if (run.bad) return fail(run.error_pos, run.scanner_pos(), run.error);
    if (run.digits == 0) {
      return fail(start + 2, start + 2, LexMsg::ExpectedRadixDigits, std::to_string(radix));
    }
    pos_ = run.end;
    // acorn checks for an identifier only when there is no `n` (so `0x1na` is two tokens).
    if (src_[pos_] == 'n' && ecma_ >= 11) {  // BigInt: ES2020
      ++pos_;
      return finish(TokenKind::BigInt);
    }
    if (identifier_start_at(pos_)) return fail(pos_, LexMsg::IdentifierAfterNumber);
    number_ = radix_value(src_, start + 2, pos_, radix);
    return finish(TokenKind::Number);
  }

  bool has_separators = false;
  bool is_integer = true;
  if (first != '.') {
    const DigitRun run = scan_digits(src_, start, 10, first == '0', ecma_ >= 12);
    if (run.bad) return fail(run.error_pos, run.scanner_pos(), run.error);
    pos_ = run.end;
    has_separators = run.separators;
    // `0` followed by digits: legacy octal (017) or NonOctalDecimalIntegerLiteral (019),
    // both forbidden in strict mode.
    if (first == '0' && pos_ - start >= 2) {
      tok_.flags |= kLegacyOctal;
      bool octal = true;
      for (uint32_t p = start + 1; p < pos_; ++p) {
        if (src_[p] >= '8') octal = false;
      }
      if (octal) {
        // No fraction, exponent or BigInt suffix: `07.5` is `07` then `.5`.
        if (identifier_start_at(pos_)) return fail(pos_, LexMsg::IdentifierAfterNumber);
        number_ = radix_value(src_, start + 1, pos_, 8);
        return finish(TokenKind::Number);
      }
    } else if (src_[pos_] == 'n' && ecma_ >= 11) {
      ++pos_;
      if (identifier_start_at(pos_)) return fail(pos_, LexMsg::IdentifierAfterNumber);
      return finish(TokenKind::BigInt);
    }
  }
  if (src_[pos_] == '.') {
    is_integer = false;
    const DigitRun run = scan_digits(src_, pos_ + 1, 10, false, ecma_ >= 12);
    if (run.bad) return fail(run.error_pos, run.scanner_pos(), run.error);
    pos_ = run.end;
    has_separators |= run.separators;
  }
  if ((src_[pos_] | 0x20) == 'e') {
    is_integer = false;
    uint32_t p = pos_ + 1;
    if (src_[p] == '+' || src_[p] == '-') ++p;
    const DigitRun run = scan_digits(src_, p, 10, false, ecma_ >= 12);
    if (run.bad) return fail(run.error_pos, run.scanner_pos(), run.error);
    if (run.digits == 0) return fail(start, p, LexMsg::InvalidNumber);  // acorn: past `e`, `+`
    pos_ = run.end;
    has_separators |= run.separators;
  }
  if (identifier_start_at(pos_)) return fail(pos_, LexMsg::IdentifierAfterNumber);

  const uint32_t len = pos_ - start;
  if (is_integer && !has_separators && len <= 15) {
    // Below 10^15 < 2^53: exact in a uint64 and in the double.
    uint64_t v = 0;
    for (uint32_t p = start; p < pos_; ++p) v = v * 10 + static_cast<uint64_t>(src_[p] - '0');
    number_ = static_cast<double>(v);
    return finish(TokenKind::Number);
  }
  std::string_view digits = text(start, pos_);
  char buffer[64];
  if (has_separators) {
    char* out = buffer;
    if (len > sizeof buffer) {
      scratch_.resize(len);
      out = scratch_.data();
    }
    size_t n = 0;
    for (char c : digits) {
      if (c != '_') out[n++] = c;
    }
    digits = std::string_view(out, n);
  }
  const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), number_);
  if (result.ec == std::errc::result_out_of_range) number_ = out_of_range_value(digits);
  finish(TokenKind::Number);
}

// IdentifierStart at pos, without escapes: acorn checks only code points after a number, so
// `1\u0061` is a number followed by an identifier (the parser reports it).
bool Lexer::identifier_start_at(uint32_t pos) const {
  const uint8_t c = static_cast<uint8_t>(src_[pos]);
  if (c < 0x80) return char_class::is(c, char_class::kIdStart);
  uint32_t cp = 0;
  utf8::decode(src_ + pos, cp);
  return unicode::is_id_start(cp);
}

}  // namespace essa
