#include "jsx_hint.h"

namespace essa::cli {
namespace {

// Does what follows `<` look like a tag: a name (or a character beyond ASCII) or `>`?
bool opens_tag(std::string_view text, uint32_t lt) {
  if (lt + 1 >= text.size()) return false;
  const auto c = static_cast<unsigned char>(text[lt + 1]);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c == '>' ||
         c >= 0x80;
}

}  // namespace

std::string jsx_hint(std::string_view text, const SyntaxError& error, ParseOptions options) {
  const uint32_t at = error.byte_offset;
  if (options.jsx || at >= text.size() || text[at] != '<' || !opens_tag(text, at)) return {};
  options.jsx = true;
  const ParseResult again = parse(text, options);
  if (!again.ok() && again.error()->byte_offset <= at) return {};
  return "hint: did you mean --jsx? This `<` starts a JSX element (JSX is on with --jsx and in "
         ".jsx files)\n";
}

}  // namespace essa::cli
