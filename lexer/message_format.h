// Message texts with one argument: `{}` in a table entry marks where it goes. Shared by the
// lexer's and the parser's message tables.
#pragma once

#include <string>
#include <string_view>

namespace essa {

// Does the text take an argument?
constexpr bool message_has_argument(std::string_view text) {
  return text.find("{}") != std::string_view::npos;
}

// A table entry takes at most one argument.
constexpr bool message_well_formed(std::string_view text) {
  const size_t at = text.find("{}");
  return at == std::string_view::npos || text.find("{}", at + 2) == std::string_view::npos;
}

// The text with its `{}` replaced by `arg` (a text without `{}` is returned whole).
inline std::string format_message(std::string_view text, std::string_view arg) {
  const size_t at = text.find("{}");
  if (at == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size() - 2 + arg.size());
  out.append(text.substr(0, at)).append(arg).append(text.substr(at + 2));
  return out;
}

}  // namespace essa
