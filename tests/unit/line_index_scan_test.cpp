// LineIndex's word scan switches from its ASCII loop to its UTF-16 loop at the first word with
// a high byte, back-filling the tables. Every switch point (ASCII prefixes of each length, with
// and without breaks in them) must give the positions a plain decoder gives, and breaks and
// U+2028 must be found wherever they sit in a word or across two.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "essa/source.h"

namespace essa {
namespace {

// Decodes from the start: the position of every character boundary.
void reference(const std::string& text, std::vector<uint32_t>& offsets,
               std::vector<SourcePosition>& positions) {
  SourcePosition at;
  std::size_t i = 0;
  for (;;) {
    offsets.push_back(static_cast<uint32_t>(i));
    positions.push_back(at);
    if (i == text.size()) return;
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const uint32_t units = length == 4 ? 2 : 1;
    const bool lf = text[i] == '\n';
    const bool lone_cr = text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n');
    const bool separator = length == 3 && text.compare(i, 2, "\xE2\x80") == 0 &&
                           (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xA8;
    if (lf || lone_cr || separator) {
      at = {at.offset + units, at.line + 1, 0};
    } else {
      at = {at.offset + units, at.line, at.column + units};
    }
    i += length;
  }
}

void expect_like_reference(const std::string& text) {
  std::vector<uint32_t> offsets;
  std::vector<SourcePosition> expected;
  reference(text, offsets, expected);
  const LineIndex index(text);
  ASSERT_EQ(index.line_count(), expected.back().line);
  Utf16Cursor cursor(index);
  for (std::size_t k = 0; k < offsets.size(); ++k) {
    const SourcePosition& e = expected[k];
    ASSERT_EQ(index.utf16_offset(offsets[k]), e.offset) << "byte " << offsets[k];
    ASSERT_EQ(index.line_column(offsets[k]), (LineColumn{e.line, e.column})) << offsets[k];
    ASSERT_EQ(cursor.position(offsets[k]), e) << "byte " << offsets[k];
  }
}

TEST(LineIndexScanTest, EverySwitchPointFromAsciiToUtf16) {
  const std::string tail = "\xC3\xA9x\n\xF0\x9F\x98\x80y\xE2\x80\xA8z\r\n\xE2\x82\xACw\rv";
  for (std::size_t prefix = 0; prefix <= 140; ++prefix) {
    std::string plain(prefix, 'a');
    std::string broken(prefix, 'b');
    for (std::size_t j = 5; j < prefix; j += 11) broken[j] = '\n';
    SCOPED_TRACE(testing::Message() << "prefix " << prefix);
    expect_like_reference(plain + tail);
    expect_like_reference(broken + tail + broken + tail);
  }
}

TEST(LineIndexScanTest, SeparatorsAtEveryOffsetOfAWord) {
  for (std::size_t at = 0; at < 24; ++at) {
    for (const char* separator : {"\xE2\x80\xA8", "\xE2\x80\xA9", "\n", "\r", "\r\n"}) {
      const std::string text = "\xC3\xA9" + std::string(at, 'q') + separator + "r\xE2\x80\xA7s";
      SCOPED_TRACE(testing::Message() << "at " << at << " " << separator);
      expect_like_reference(text);
    }
  }
}

TEST(LineIndexScanTest, NearBreakBytesAreNotBreaks) {
  // 0x0B and 0x0C just after LF or CR, and E3 just after E2, are what the word test also flags.
  expect_like_reference("a\n\x0b\r\x0c\n\x0c\xE2\x82\xAC\xE3\x80\x80\n\x0b");
  const LineIndex index("\xC3\xA9\n\x0b\x0b\r\x0c");
  EXPECT_EQ(index.line_count(), 3u);
}

}  // namespace
}  // namespace essa
