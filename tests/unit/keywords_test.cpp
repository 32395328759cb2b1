// The keyword lookup against the list it is built from: every word maps to its kind, from the
// source (padded) and from a plain view; names that differ by one letter, by case, by a prefix
// or a suffix stay identifiers.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>

#include "keywords.h"
#include "lexer.h"

namespace essa {
namespace {

constexpr std::pair<std::string_view, TokenKind> kWords[] = {
#define ESSA_KEYWORD(Name, spelling, ...) {spelling, TokenKind::Name},
#include "token_kinds.def"
};

TokenKind lexed_kind(const std::string& text) {
  SourceText source = SourceText::from_bytes(text);
  ErrorSlot errors;
  Lexer lexer(source, false, errors);
  return lexer.next().kind;
}

TEST(KeywordsTest, EveryWordMapsToItsKind) {
  EXPECT_GE(std::size(kWords), 60u);
  for (const auto& [word, kind] : kWords) {
    EXPECT_EQ(keyword_kind(word), kind) << word;
    EXPECT_EQ(lexed_kind(std::string(word)), kind) << word;
    // At the very end of the input and followed by more text.
    EXPECT_EQ(lexed_kind(std::string(word) + "("), kind) << word;
  }
}

TEST(KeywordsTest, NearMissesAreIdentifiers) {
  for (const auto& [word, kind] : kWords) {
    const std::string w(word);
    const std::string variants[] = {
        w + "s",          w + "0",   "_" + w, w.substr(0, w.size() - 1),
        w.substr(1),      std::string(1, static_cast<char>(w[0] - 32)) + w.substr(1),
        w.substr(0, w.size() - 1) + (w.back() == 'z' ? "y" : "z"),
    };
    for (const std::string& v : variants) {
      if (v.empty()) continue;
      bool is_word = false;
      for (const auto& other : kWords) is_word |= other.first == v;
      if (is_word) continue;  // "as" minus a letter could be another word; none is today
      EXPECT_EQ(keyword_kind(v), TokenKind::Identifier) << v;
      if (!v.empty() && !(v[0] >= '0' && v[0] <= '9')) {
        EXPECT_EQ(lexed_kind(v), TokenKind::Identifier) << v;
      }
    }
  }
  EXPECT_EQ(keyword_kind(""), TokenKind::Identifier);
  EXPECT_EQ(keyword_kind("i"), TokenKind::Identifier);
  EXPECT_EQ(keyword_kind("constructors"), TokenKind::Identifier);
  EXPECT_EQ(keyword_kind("instanceofx"), TokenKind::Identifier);
}

// Same first, second and last letters and length as a keyword: the hash slot matches and
// only the compare can say no.
TEST(KeywordsTest, SameSlotDifferentMiddle) {
  EXPECT_EQ(keyword_kind("cxnstructor"), TokenKind::Identifier);
  EXPECT_EQ(keyword_kind("constructxr"), TokenKind::Identifier);
  EXPECT_EQ(keyword_kind("inxtanceof"), TokenKind::Identifier);
  EXPECT_EQ(keyword_kind("instancexf"), TokenKind::Identifier);
  EXPECT_EQ(keyword_kind("fuxction"), TokenKind::Identifier);
  EXPECT_EQ(keyword_kind("rexurn"), TokenKind::Identifier);
  EXPECT_EQ(lexed_kind("cxnstructor"), TokenKind::Identifier);
  EXPECT_EQ(lexed_kind("constructxr"), TokenKind::Identifier);
}

}  // namespace
}  // namespace essa
