// The cold path of lexer/unicode.h: code points the inline ASCII tests do not answer.
// ID_Start / ID_Continue come from tables generated at the Unicode version test262 expects
// (ICU's own data may be older); white space asks ICU, whose Zs set is current enough.
// See docs/unicode.md.
#include "unicode.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <iterator>
#include <span>

namespace essa::unicode {
namespace {

struct CodePointRange {
  uint32_t first;
  uint32_t last;  // inclusive
};

#include "unicode_tables.inc"

constexpr uint32_t kZwnj = 0x200C;
constexpr uint32_t kZwj = 0x200D;

bool in_ranges(std::span<const CodePointRange> ranges, uint32_t cp) {
  // The first range that starts after cp; cp can only be in the one before it.
  auto after = std::upper_bound(ranges.begin(), ranges.end(), cp,
                                [](uint32_t c, const CodePointRange& r) { return c < r.first; });
  return after != ranges.begin() && cp <= std::prev(after)->last;
}

constexpr bool is_ascii_letter(uint32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

constexpr bool is_sorted_and_disjoint(std::span<const CodePointRange> ranges) {
  for (size_t i = 0; i < ranges.size(); ++i) {
    if (ranges[i].first > ranges[i].last) return false;
    if (i > 0 && ranges[i - 1].last >= ranges[i].first) return false;
  }
  return true;
}
static_assert(is_sorted_and_disjoint(kIdStartRanges), "binary search needs sorted ranges");
static_assert(is_sorted_and_disjoint(kIdContinueRanges), "binary search needs sorted ranges");
static_assert(kIdStartRanges[0].first >= 0x80 && kIdContinueRanges[0].first >= 0x80,
              "ASCII is answered by code, not by the tables");

}  // namespace

[[gnu::cold, gnu::noinline]] bool is_id_start_slow(uint32_t cp) {
  if (cp < 0x80) return is_ascii_letter(cp) || cp == '$' || cp == '_';
  return in_ranges(kIdStartRanges, cp);
}

[[gnu::cold, gnu::noinline]] bool is_id_continue_slow(uint32_t cp) {
  if (cp < 0x80) {
    return is_ascii_letter(cp) || (cp >= '0' && cp <= '9') || cp == '$' || cp == '_';
  }
  // ZWNJ and ZWJ are IdentifierPartChar by the grammar, whatever the Unicode version says.
  return cp == kZwnj || cp == kZwj || in_ranges(kIdContinueRanges, cp);
}

[[gnu::cold, gnu::noinline]] bool is_whitespace_slow(uint32_t cp) {
  if (cp < 0x80) return cp == ' ' || cp == '\t' || cp == 0x0B || cp == 0x0C;
  if (cp == 0x00A0 || cp == 0xFEFF) return true;
  if (cp > 0x10FFFF) return false;
  return u_charType(static_cast<UChar32>(cp)) == U_SPACE_SEPARATOR;
}

}  // namespace essa::unicode
