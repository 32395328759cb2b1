// libFuzzer target: any bytes through source validation and the lexer alone, both goals, with
// the parser's rescans asked for at every `/` and `}` (or never), so each lexer path runs.
// The lexer must end in Eof or an error for every input: tokens in order, inside the source,
// each one non-empty, and never more tokens than bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "check.h"
#include "essa/source.h"
#include "error_slot.h"
#include "lexer.h"

namespace {


// `mode` bit 0: module goal; bit 1: `/` and `/=` start a regular expression; bit 2: `}`
// continues a template.
void lex_all(const essa::SourceText& source, unsigned mode) {
  essa::ErrorSlot errors;
  essa::Lexer lexer(source, mode & 1, errors);
  uint32_t last_end = 0;
  for (uint64_t count = 0;; ++count) {
    ESSA_FUZZ_CHECK(count <= uint64_t{source.size()} + 1);
    lexer.next();
    const essa::TokenKind k = lexer.current().kind;
    if ((mode & 2) && (k == essa::TokenKind::Slash || k == essa::TokenKind::SlashAssign)) {
      lexer.rescan_as_regexp();
    } else if ((mode & 4) && k == essa::TokenKind::RBrace) {
      lexer.rescan_template_continuation();
    }
    const essa::Token& t = lexer.current();
    if (t.kind == essa::TokenKind::Eof) {
      ESSA_FUZZ_CHECK(t.start <= source.size() && t.end <= source.size());
      break;
    }
    ESSA_FUZZ_CHECK(!lexer.failed());
    ESSA_FUZZ_CHECK(t.start >= last_end && t.end > t.start && t.end <= source.size());
    last_end = t.end;
  }
  if (errors.failed) ESSA_FUZZ_CHECK(errors.offset <= source.size() && !errors.message.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const essa::SourceText source =
      essa::SourceText::from_bytes({reinterpret_cast<const char*>(data), size});
  if (!source.ok()) return 0;
  for (unsigned mode = 0; mode < 8; ++mode) lex_all(source, mode);
  return 0;
}
