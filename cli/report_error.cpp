// The code frame is built in two passes over the error's line that keep nothing per
// character: one counts characters (to find the window around the caret), the other prints
// the window. Memory is proportional to the window shown, never to the line, so an error on a
// 20 MB line costs no more than the file itself (docs/reliability.md).
#include "report_error.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <charconv>

namespace essa::cli {
namespace {

// Longest line shown whole, in characters; a longer one is cut to a window around the caret.
constexpr std::size_t kMaxShown = 100;
constexpr std::size_t kContextBefore = 60;

bool is_line_separator_at(std::string_view s, std::size_t i) {  // U+2028 or U+2029
  return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
         static_cast<unsigned char>(s[i + 1]) == 0x80 &&
         (static_cast<unsigned char>(s[i + 2]) == 0xA8 ||
          static_cast<unsigned char>(s[i + 2]) == 0xA9);
}

bool is_line_end_at(std::string_view s, std::size_t i) {
  return s[i] == '\n' || s[i] == '\r' || is_line_separator_at(s, i);
}

bool starts_with_bom(std::string_view s) { return s.substr(0, 3) == "\xEF\xBB\xBF"; }

// Length of the well-formed UTF-8 sequence at s[i], or 0 when it is not one.
std::size_t sequence_length(std::string_view s, std::size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  std::size_t n = 0;
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) {
    n = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    n = 3;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    n = 4;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  }
  return n;
}

UChar32 decode(std::string_view s, std::size_t i, std::size_t n) {
  const auto b = [&](std::size_t k) { return static_cast<UChar32>(s[i + k] & 0x3F); };
  const auto lead = static_cast<unsigned char>(s[i]);
  if (n == 2) return (static_cast<UChar32>(lead & 0x1F) << 6) | b(1);
  if (n == 3) return (static_cast<UChar32>(lead & 0x0F) << 12) | (b(1) << 6) | b(2);
  return (static_cast<UChar32>(lead & 0x07) << 18) | (b(1) << 12) | (b(2) << 6) | b(3);
}

// Terminal columns a code point takes: 2 for East Asian wide and fullwidth characters (CJK,
// most emoji), 0 for combining marks and format characters (ZWJ, BOM), else 1.
int display_width(UChar32 c) {
  const int kind = u_charType(c);
  if (kind == U_NON_SPACING_MARK || kind == U_ENCLOSING_MARK || kind == U_FORMAT_CHAR) return 0;
  const int east_asian = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH ? 2 : 1;
}

// One character of the line: its bytes and what to print for it.
struct Char {
  std::size_t length;     // bytes in the source
  std::string_view text;  // printed
};

Char char_at(std::string_view s, std::size_t i) {
  static constexpr std::string_view kReplacement = "?";
  const std::size_t n = sequence_length(s, i);
  const auto c = static_cast<unsigned char>(s[i]);
  if (n == 0 || (c < 0x20 && c != '\t') || c == 0x7F) return {1, kReplacement};
  return {n, s.substr(i, n)};
}

// What goes under a printed character in the caret line, before the caret: a tab stays a tab
// so the caret lines up, a wide character gets two spaces, a zero-width one nothing.
std::string_view pad_under(std::string_view s, std::size_t i, const Char& c) {
  static constexpr std::string_view kPads[] = {"", " ", "  "};
  if (c.text == "\t") return "\t";
  if (c.length == 1) return " ";
  return kPads[display_width(decode(s, i, c.length))];
}

void append_number(std::string& out, uint32_t value) {
  char buffer[16];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

}  // namespace

std::string format_syntax_error(std::string_view file_name, std::string_view bytes,
                                const SyntaxError& error) {
  std::string out;
  out.append(file_name);
  out.push_back(':');
  append_number(out, error.line);
  out.push_back(':');
  append_number(out, error.column + 1);
  out.append(": SyntaxError: ");
  out.append(error.message);
  out.push_back('\n');

  const std::size_t offset = std::min<std::size_t>(error.byte_offset, bytes.size());
  std::size_t line_start = offset;
  // Step back over the line; the last byte of U+2028 ends a line too.
  while (line_start > 0 && bytes[line_start - 1] != '\n' && bytes[line_start - 1] != '\r' &&
         !(line_start >= 3 && is_line_separator_at(bytes, line_start - 3))) {
    --line_start;
  }
  // A byte order mark is not part of the first line's text.
  if (line_start == 0 && starts_with_bom(bytes)) line_start = std::min<std::size_t>(3, offset);
  std::size_t line_end = offset;
  while (line_end < bytes.size() && !is_line_end_at(bytes, line_end)) ++line_end;

  // Pass 1: the index of the character that holds the error, and the line's length.
  std::size_t caret = 0;
  std::size_t count = 0;
  for (std::size_t i = line_start; i < line_end; i += char_at(bytes, i).length) {
    if (i <= offset) caret = count;
    ++count;
  }
  if (offset >= line_end) caret = count;  // at the end of the line

  std::size_t first = 0;
  std::size_t last = count;
  if (count > kMaxShown) {
    first = caret > kContextBefore ? caret - kContextBefore : 0;
    last = std::min(count, first + kMaxShown);
  }
  // Pass 2: print characters [first, last), and the caret line under them.
  std::string line;
  std::string marker;
  if (first > 0) {
    line.append("...");
    marker.append("   ");
  }
  std::size_t k = 0;
  for (std::size_t i = line_start; i < line_end && k < last; ++k) {
    const Char c = char_at(bytes, i);
    if (k >= first) {
      line.append(c.text);
      if (k < caret) marker.append(pad_under(bytes, i, c));
    }
    i += c.length;
  }
  if (last < count) line.append("...");
  marker.push_back('^');
  out.append(line);
  out.push_back('\n');
  out.append(marker);
  out.push_back('\n');
  return out;
}

}  // namespace essa::cli
