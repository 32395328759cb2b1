// SourceText: copying, padding, the ASCII flag, strict UTF-8 validation and where its errors
// are reported. Expected error positions are acorn 8.15.0's acorn.getLineInfo(prefix,
// prefix.length) for the valid text before the bad bytes (offset = prefix.length).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "essa/source.h"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace essa {
namespace {

// UTF-8 spellings, kept as named pieces so no hex escape swallows the next character.
const std::string kEAcute = "\xC3\xA9";          // U+00E9: 2 bytes, 1 UTF-16 unit
const std::string kEuro = "\xE2\x82\xAC";        // U+20AC: 3 bytes, 1 unit
const std::string kGrin = "\xF0\x9F\x98\x80";    // U+1F600: 4 bytes, 2 units
const std::string kLineSep = "\xE2\x80\xA8";     // U+2028
const std::string kParaSep = "\xE2\x80\xA9";     // U+2029
const std::string kBom = "\xEF\xBB\xBF";         // U+FEFF

std::string repeat(const std::string& piece, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += piece;
  return out;
}

void expect_padding_is_nul(const SourceText& source) {
  ASSERT_NE(source.data(), nullptr);
  for (std::size_t k = 0; k < SourceText::kPadding; ++k) {
    EXPECT_EQ(source.data()[source.size() + k], '\0') << "padding byte " << k;
  }
}

// adopt() takes valid bytes over without copying them when there is room for the padding.
TEST(SourceTextTest, AdoptTakesValidBytesWithoutACopy) {
  std::string bytes = "let " + kEuro + " = 1;";
  const std::string expected = bytes;
  bytes.reserve(bytes.size() + SourceText::kPadding);
  const char* where = bytes.data();
  const SourceText source = SourceText::adopt(bytes);
  ASSERT_TRUE(source.ok());
  EXPECT_EQ(source.text(), expected);
  EXPECT_EQ(source.data(), where);
  EXPECT_FALSE(source.is_ascii());
  EXPECT_TRUE(bytes.empty());
  expect_padding_is_nul(source);
}

// Without room it still works (one reallocation); an empty input gives a padded empty text.
TEST(SourceTextTest, AdoptWithoutRoomAndEmpty) {
  std::string bytes = "x";
  bytes.shrink_to_fit();
  const SourceText source = SourceText::adopt(bytes);
  ASSERT_TRUE(source.ok());
  EXPECT_EQ(source.text(), "x");
  expect_padding_is_nul(source);
  std::string none;
  const SourceText empty = SourceText::adopt(none);
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty.size(), 0u);
  expect_padding_is_nul(empty);
}

// Invalid bytes stay with the caller (for its error report) and the error is positioned.
TEST(SourceTextTest, AdoptLeavesInvalidBytesWithTheCaller) {
  std::string bytes = "a\nb\xFF";
  const SourceText source = SourceText::adopt(bytes);
  ASSERT_FALSE(source.ok());
  EXPECT_EQ(bytes, "a\nb\xFF");
  EXPECT_EQ(source.error()->message, "Invalid UTF-8: byte 0xFF");
  EXPECT_EQ(source.error()->line, 2u);
  EXPECT_EQ(source.error()->column, 1u);
  EXPECT_EQ(source.size(), 0u);
  expect_padding_is_nul(source);
}

TEST(SourceTextTest, EmptyInputIsValidAndPadded) {
  const SourceText source = SourceText::from_bytes("");
  EXPECT_TRUE(source.ok());
  EXPECT_EQ(source.error(), nullptr);
  EXPECT_EQ(source.size(), 0u);
  EXPECT_TRUE(source.is_ascii());
  expect_padding_is_nul(source);
}

TEST(SourceTextTest, CopiesAsciiAndPadsWithNul) {
  std::string input = "let x = 1;\n";
  const SourceText source = SourceText::from_bytes(input);
  input[0] = 'X';  // the source owns a private copy
  ASSERT_TRUE(source.ok());
  EXPECT_EQ(source.text(), "let x = 1;\n");
  EXPECT_EQ(source.size(), 11u);
  EXPECT_TRUE(source.is_ascii());
  EXPECT_NE(source.data(), input.data());
  expect_padding_is_nul(source);
}

TEST(SourceTextTest, EmbeddedNulIsKept) {
  const SourceText source = SourceText::from_bytes(std::string_view("a\0b", 3));
  ASSERT_TRUE(source.ok());
  EXPECT_EQ(source.size(), 3u);
  EXPECT_EQ(source.text(), std::string_view("a\0b", 3));
}

TEST(SourceTextTest, AsciiFlagAtEveryPosition) {
  // Covers the 16-byte and 8-byte fast paths and the tail loop.
  for (int length = 0; length <= 40; ++length) {
    const std::string ascii(static_cast<std::size_t>(length), 'a');
    const SourceText plain = SourceText::from_bytes(ascii);
    ASSERT_TRUE(plain.ok());
    EXPECT_TRUE(plain.is_ascii()) << length;
    for (int at = 0; at <= length; ++at) {
      const std::string mixed = ascii.substr(0, at) + kEAcute + ascii.substr(at);
      const SourceText source = SourceText::from_bytes(mixed);
      ASSERT_TRUE(source.ok()) << length << " " << at;
      EXPECT_FALSE(source.is_ascii()) << length << " " << at;
      EXPECT_EQ(source.text(), mixed);
      expect_padding_is_nul(source);
    }
  }
}

TEST(SourceTextTest, BomStaysInText) {
  const SourceText source = SourceText::from_bytes(kBom + "x");
  ASSERT_TRUE(source.ok());
  EXPECT_EQ(source.size(), 4u);
  EXPECT_EQ(source.text(), kBom + "x");
  EXPECT_FALSE(source.is_ascii());
}

TEST(SourceTextTest, AcceptsBoundaryCodePoints) {
  const std::vector<std::string> valid = {
      "\xC2\x80",          // U+0080, smallest 2-byte
      "\xDF\xBF",          // U+07FF
      "\xE0\xA0\x80",      // U+0800, smallest 3-byte
      "\xED\x9F\xBF",      // U+D7FF, just below the surrogates
      "\xEE\x80\x80",      // U+E000, just above them
      "\xEF\xBF\xBF",      // U+FFFF
      "\xF0\x90\x80\x80",  // U+10000, smallest 4-byte
      "\xF4\x8F\xBF\xBF",  // U+10FFFF, the largest
      kEAcute + kEuro + kGrin + kLineSep + kParaSep + kBom,
  };
  for (const std::string& text : valid) {
    const SourceText source = SourceText::from_bytes("a" + text + "b");
    EXPECT_TRUE(source.ok()) << text;
    EXPECT_FALSE(source.is_ascii());
    EXPECT_EQ(source.size(), text.size() + 2);
  }
}

// A valid prefix and acorn's position at its end.
struct Prefix {
  std::string text;
  uint32_t offset, line, column;
};

const std::vector<Prefix>& prefixes() {
  static const std::vector<Prefix> list = {
      {"", 0, 1, 0},
      {"x = \"" + kEAcute + kEuro + kGrin, 9, 1, 9},
      {"a\r\nb" + kLineSep + "c \"" + kGrin, 10, 3, 5},
      {"a\rb" + kParaSep, 4, 3, 0},
      {"a\r", 2, 2, 0},
      {kBom + "a\r\n\r\n  ", 8, 3, 2},
      {repeat(kEAcute, 30) + "\n" + repeat(kGrin, 20), 71, 2, 40},
      {std::string(100, 'a'), 100, 1, 100},
  };
  return list;
}

struct BadBytes {
  std::string bytes;
  std::string suffix;  // what follows; empty for errors at the end of input
  std::string message;
};

void expect_rejected_after_every_prefix(const BadBytes& bad) {
  for (const Prefix& prefix : prefixes()) {
    const std::string input = prefix.text + bad.bytes + bad.suffix;
    const SourceText source = SourceText::from_bytes(input);
    SCOPED_TRACE(testing::Message() << "message " << bad.message << ", prefix of "
                                    << prefix.text.size() << " bytes");
    ASSERT_FALSE(source.ok());
    const SyntaxError* error = source.error();
    ASSERT_NE(error, nullptr);
    EXPECT_EQ(error->message, bad.message);
    EXPECT_EQ(error->byte_offset, prefix.text.size());
    EXPECT_EQ(error->offset, prefix.offset);
    EXPECT_EQ(error->line, prefix.line);
    EXPECT_EQ(error->column, prefix.column);
    EXPECT_EQ(source.size(), 0u);
    EXPECT_TRUE(source.text().empty());
    expect_padding_is_nul(source);
  }
}

TEST(SourceTextTest, RejectsOverlongEncodings) {
  const std::string message = "Invalid UTF-8: overlong encoding";
  for (const char* bytes : {"\xC0\xAF", "\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xE0\x9F\xBF",
                            "\xF0\x80\x80\x80", "\xF0\x8F\xBF\xBF"}) {
    expect_rejected_after_every_prefix({bytes, "x", message});
  }
}

TEST(SourceTextTest, RejectsEncodedSurrogates) {
  const std::string message = "Invalid UTF-8: encoded surrogate";
  for (const char* bytes : {"\xED\xA0\x80", "\xED\xAF\xBF", "\xED\xB0\x80", "\xED\xBF\xBF"}) {
    expect_rejected_after_every_prefix({bytes, "x", message});
  }
  // A surrogate pair spelled as two 3-byte sequences (CESU-8) fails at the first.
  expect_rejected_after_every_prefix({"\xED\xA0\xBD\xED\xB8\x80", "", message});
}

TEST(SourceTextTest, RejectsCodePointsAbove10FFFF) {
  expect_rejected_after_every_prefix(
      {"\xF4\x90\x80\x80", "x", "Invalid UTF-8: code point above U+10FFFF"});
  expect_rejected_after_every_prefix(
      {"\xF4\xBF\xBF\xBF", "", "Invalid UTF-8: code point above U+10FFFF"});
}

TEST(SourceTextTest, RejectsBytesNeverValid) {
  expect_rejected_after_every_prefix({"\xF5\x80\x80\x80", "x", "Invalid UTF-8: byte 0xF5"});
  expect_rejected_after_every_prefix({"\xF7\xBF\xBF\xBF", "x", "Invalid UTF-8: byte 0xF7"});
  expect_rejected_after_every_prefix({"\xF8\x88\x80\x80\x80", "x", "Invalid UTF-8: byte 0xF8"});
  expect_rejected_after_every_prefix({"\xFE", "x", "Invalid UTF-8: byte 0xFE"});
  expect_rejected_after_every_prefix({"\xFF", "", "Invalid UTF-8: byte 0xFF"});
}

TEST(SourceTextTest, RejectsStrayContinuationBytes) {
  const std::string message = "Invalid UTF-8: unexpected continuation byte";
  expect_rejected_after_every_prefix({"\x80", "x", message});
  expect_rejected_after_every_prefix({"\xBF", "", message});
  // One continuation byte too many after a complete character: the error is at the extra byte.
  const SourceText source = SourceText::from_bytes("ab" + kEAcute + "\xA9" + "x");
  ASSERT_FALSE(source.ok());
  EXPECT_EQ(source.error()->message, message);
  EXPECT_EQ(source.error()->byte_offset, 4u);
  EXPECT_EQ(source.error()->offset, 3u);  // acorn: "ab\u00e9".length
  EXPECT_EQ(source.error()->column, 3u);
}

TEST(SourceTextTest, RejectsInterruptedSequences) {
  const std::string message = "Invalid UTF-8: truncated sequence";
  for (const char* bytes : {"\xC3", "\xE2", "\xE2\x82", "\xE0", "\xE0\xA0", "\xED", "\xF0",
                            "\xF0\x9F", "\xF0\x9F\x98", "\xF4\x8F\xBF"}) {
    expect_rejected_after_every_prefix({bytes, "x", message});
    expect_rejected_after_every_prefix({bytes, kEAcute, message});  // a new lead byte
  }
}

TEST(SourceTextTest, RejectsSequencesTruncatedAtEndOfInput) {
  const std::string message = "Invalid UTF-8: truncated sequence at end of input";
  for (const char* bytes : {"\xC3", "\xDF", "\xE2", "\xE2\x82", "\xE0", "\xE0\xA0", "\xED",
                            "\xED\x9F", "\xF0", "\xF0\x9F", "\xF0\x9F\x98", "\xF4\x8F\xBF"}) {
    expect_rejected_after_every_prefix({bytes, "", message});
  }
}

TEST(SourceTextTest, FindsFirstErrorAtEveryPosition) {
  // The fast path must stop on the exact byte, wherever it falls in a 16- or 8-byte word.
  for (int length = 0; length <= 40; ++length) {
    for (int at = 0; at < length; ++at) {
      std::string input(static_cast<std::size_t>(length), 'a');
      input[static_cast<std::size_t>(at)] = '\xFF';
      const SourceText source = SourceText::from_bytes(input);
      ASSERT_FALSE(source.ok());
      EXPECT_EQ(source.error()->byte_offset, static_cast<uint32_t>(at));
      EXPECT_EQ(source.error()->column, static_cast<uint32_t>(at));
    }
  }
}

#if defined(__linux__) && UINTPTR_MAX > 0xFFFFFFFFu
TEST(SourceTextTest, RejectsInputLargerThanTheLimit) {
  // Reserve (never touch) address space for one byte more than the limit: only the size is read.
  const std::size_t size = SourceText::kMaxSize + 1;
  void* memory = mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (memory == MAP_FAILED) GTEST_SKIP() << "cannot reserve 4 GiB of address space";
  const SourceText source =
      SourceText::from_bytes(std::string_view(static_cast<const char*>(memory), size));
  munmap(memory, size);
  ASSERT_FALSE(source.ok());
  EXPECT_EQ(source.error()->message,
            "Input too large: 4294967232 bytes (the limit is 4294967231 bytes)");
  EXPECT_EQ(source.error()->byte_offset, 0u);
  EXPECT_EQ(source.error()->line, 1u);
  EXPECT_EQ(source.error()->column, 0u);
  EXPECT_EQ(source.size(), 0u);
  expect_padding_is_nul(source);
}
#endif

}  // namespace
}  // namespace essa
