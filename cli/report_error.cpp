#include "report_error.h"

#include <algorithm>
#include <charconv>
#include <vector>

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

// One character of the shown line: what to print, and what to put under it in the caret
// line before the caret (a tab stays a tab so the caret lines up).
struct Shown {
  std::string_view text;
  char pad;
};

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
  std::size_t line_end = offset;
  while (line_end < bytes.size() && !is_line_end_at(bytes, line_end)) ++line_end;

  // Split the line into characters; note which one holds the error.
  static constexpr std::string_view kReplacement = "?";
  std::vector<Shown> chars;
  std::size_t caret = 0;
  for (std::size_t i = line_start; i < line_end;) {
    if (i <= offset) caret = chars.size();
    std::size_t n = sequence_length(bytes, i);
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == '\t') {
      chars.push_back({bytes.substr(i, 1), '\t'});
    } else if (n == 0 || c < 0x20 || c == 0x7F) {
      chars.push_back({kReplacement, ' '});
      n = 1;
    } else {
      chars.push_back({bytes.substr(i, n), ' '});
    }
    i += n;
  }
  if (offset >= line_end) caret = chars.size();  // at the end of the line

  std::size_t first = 0;
  std::size_t last = chars.size();
  if (chars.size() > kMaxShown) {
    first = caret > kContextBefore ? caret - kContextBefore : 0;
    last = std::min(chars.size(), first + kMaxShown);
  }
  std::string line;
  std::string marker;
  if (first > 0) {
    line.append("...");
    marker.append("   ");
  }
  for (std::size_t k = first; k < last; ++k) {
    line.append(chars[k].text);
    if (k < caret) marker.push_back(chars[k].pad);
  }
  if (last < chars.size()) line.append("...");
  marker.push_back('^');
  out.append(line);
  out.push_back('\n');
  out.append(marker);
  out.push_back('\n');
  return out;
}

}  // namespace essa::cli
