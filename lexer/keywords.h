// Keyword and contextual-keyword recognition: maps a name to its token kind.
//
// A perfect hash over (first, second and last letter, length) picks the one keyword a name
// could be; two 8-byte compares confirm it. The keyword list stays token_kinds.def: the table
// is built from it at compile time, and a static_assert catches a new word that collides.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "char_class.h"
#include "token.h"

namespace essa {
namespace keyword_detail {

inline constexpr uint32_t kLongest = 12;  // ES3's "synchronized"

// The constants give every word of token_kinds.def and ES3's further reserved words a slot
// of its own (a static_assert below checks each table).
constexpr uint32_t slot(uint8_t first, uint8_t second, uint8_t last, uint32_t len) {
  return (first * 6u + second * 9u + last * 3u + len * 14u) & 255u;
}

struct Entry {
  uint64_t lo = 0;  // bytes 0..7 of the spelling, little-endian, zero-padded
  uint64_t hi = 0;  // bytes 8..15
  uint8_t len = 0;  // 0: empty slot
  TokenKind kind = TokenKind::Identifier;
};

constexpr uint64_t pack(std::string_view s, std::size_t from) {
  uint64_t v = 0;
  for (std::size_t i = 0; i < 8 && from + i < s.size(); ++i) {
    v |= uint64_t{static_cast<uint8_t>(s[from + i])} << (8 * i);
  }
  return v;
}

struct Table {
  std::array<Entry, 256> entries{};
  bool collision = false;
};

// The words of acorn's editions before ES2015 (its `keywords` and `reservedWords` for 3 and
// 5): which keywords are plain names there, and which names are reserved.
enum class Edition : uint8_t { Latest, Es5Script, Es5Module, Es3Script, Es3Module };

// Before ES2015 these keywords are names that are reserved words (`export` and `import` stay
// keywords in a module): they get the kind of `enum`, the one reserved word that is a name.
constexpr bool reserved_name_before_es2015(std::string_view w, Edition edition) {
  const bool module = edition == Edition::Es5Module || edition == Edition::Es3Module;
  const bool es3 = edition == Edition::Es3Script || edition == Edition::Es3Module;
  return w == "class" || w == "extends" || w == "super" || (w == "const" && !es3) ||
         (!module && (w == "export" || w == "import"));
}
// ES3's further reserved words (its `const` is a plain name). acorn reserves them only when
// allowReserved is off, which ES3 defaults to on.
inline constexpr std::string_view kEs3Reserved[] = {
    "abstract", "boolean",      "byte",   "char",      "double",   "final",
    "float",    "goto",         "int",    "long",      "native",   "short",
    "synchronized", "throws",   "transient", "volatile"};

constexpr Table make_table(Edition edition = Edition::Latest) {
  Table t;
  constexpr std::pair<std::string_view, TokenKind> kWords[] = {
#define ESSA_KEYWORD(Name, spelling, ...) {spelling, TokenKind::Name},
#include "token_kinds.def"
  };
  auto add = [&t](std::string_view word, TokenKind kind) {
    const auto len = static_cast<uint32_t>(word.size());
    Entry& e = t.entries[slot(static_cast<uint8_t>(word[0]), static_cast<uint8_t>(word[1]),
                              static_cast<uint8_t>(word[len - 1]), len)];
    if (e.len != 0 || len < 2 || len > kLongest) t.collision = true;
    e = {pack(word, 0), pack(word, 8), static_cast<uint8_t>(len), kind};
  };
  for (const auto& [word, kind] : kWords) {
    if (edition != Edition::Latest && reserved_name_before_es2015(word, edition)) {
      add(word, TokenKind::Enum);
    } else if (edition >= Edition::Es3Script && word == "const") {
      continue;  // a plain name in ES3
    } else {
      add(word, kind);
    }
  }
  if (edition >= Edition::Es3Script) {
    for (std::string_view word : kEs3Reserved) add(word, TokenKind::Enum);
  }
  return t;
}

inline constexpr Table kTable = make_table();
static_assert(!kTable.collision, "a keyword collides in keyword_detail::slot: change its constants");
inline constexpr Table kTableEs5Script = make_table(Edition::Es5Script);
inline constexpr Table kTableEs5Module = make_table(Edition::Es5Module);
inline constexpr Table kTableEs3Script = make_table(Edition::Es3Script);
inline constexpr Table kTableEs3Module = make_table(Edition::Es3Module);
static_assert(!kTableEs3Script.collision && !kTableEs3Module.collision &&
                  !kTableEs5Script.collision && !kTableEs5Module.collision,
              "an ES3 reserved word collides in keyword_detail::slot: change its constants");

}  // namespace keyword_detail

// The kind of the name of `len` bytes at p, which must be followed by at least 16 readable
// bytes (the source padding guarantees it for names in the source text).
inline TokenKind keyword_kind_padded(const char* p, uint32_t len,
                                     const keyword_detail::Table& table = keyword_detail::kTable) {
  using namespace keyword_detail;
  using char_class::load8;
  if (len < 2 || len > kLongest) return TokenKind::Identifier;
  const Entry& e = table.entries[slot(static_cast<uint8_t>(p[0]), static_cast<uint8_t>(p[1]),
                                       static_cast<uint8_t>(p[len - 1]), len)];
  if (e.len != len) return TokenKind::Identifier;
  if (len <= 8) {
    const uint64_t mask = len == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * len)) - 1;
    return (load8(p) & mask) == e.lo ? e.kind : TokenKind::Identifier;
  }
  const uint64_t mask = (uint64_t{1} << (8 * (len - 8))) - 1;
  return load8(p) == e.lo && (load8(p + 8) & mask) == e.hi ? e.kind : TokenKind::Identifier;
}

// The kind of any name: a keyword or contextual word kind, or Identifier.
inline TokenKind keyword_kind(std::string_view name,
                              const keyword_detail::Table& table = keyword_detail::kTable) {
  if (name.size() < 2 || name.size() > keyword_detail::kLongest) return TokenKind::Identifier;
  char padded[16 + keyword_detail::kLongest] = {};
  std::memcpy(padded, name.data(), name.size());
  return keyword_kind_padded(padded, static_cast<uint32_t>(name.size()), table);
}

}  // namespace essa
