#include "keywords.h"

#include <array>
#include <cstring>

namespace essa {
namespace {

struct Word {
  std::string_view spelling;
  TokenKind kind;
};

constexpr Word kWords[] = {
#define ESSA_KEYWORD(Name, spelling, prec) {spelling, TokenKind::Name},
#include "token_kinds.def"
};

// Every word starts with a lowercase letter; bucket the list by that letter so a lookup
// compares against a handful of candidates at most.
struct Buckets {
  std::array<uint8_t, 27> begin{};  // index into kSorted per letter, plus the end
  std::array<Word, std::size(kWords)> sorted{};
};

constexpr Buckets make_buckets() {
  Buckets b{};
  std::size_t n = 0;
  for (char letter = 'a'; letter <= 'z'; ++letter) {
    b.begin[letter - 'a'] = static_cast<uint8_t>(n);
    for (const Word& w : kWords) {
      if (w.spelling[0] == letter) b.sorted[n++] = w;
    }
  }
  b.begin[26] = static_cast<uint8_t>(n);
  return b;
}

constexpr Buckets kBuckets = make_buckets();
static_assert(kBuckets.begin[26] == std::size(kWords), "every keyword starts with a-z");

constexpr std::size_t kLongestWord = 11;  // "constructor"

}  // namespace

TokenKind keyword_kind(std::string_view name) {
  if (name.size() < 2 || name.size() > kLongestWord) return TokenKind::Identifier;
  const unsigned letter = static_cast<unsigned char>(name[0]) - 'a';
  if (letter >= 26) return TokenKind::Identifier;
  for (unsigned i = kBuckets.begin[letter]; i < kBuckets.begin[letter + 1]; ++i) {
    const Word& w = kBuckets.sorted[i];
    if (w.spelling.size() == name.size() &&
        std::memcmp(w.spelling.data(), name.data(), name.size()) == 0) {
      return w.kind;
    }
  }
  return TokenKind::Identifier;
}

}  // namespace essa
