// LineIndex and Utf16Cursor: byte offsets -> UTF-16 offset, line and column. The hard-coded
// positions are acorn 8.15.0's (acorn.tokenizer / acorn.parse with ecmaVersion "latest" and
// locations: true): start, loc.start.line and loc.start.column of identifiers placed after
// multi-byte characters and every kind of line terminator.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "essa/source.h"

namespace essa {
namespace {

const std::string kEAcute = "\xC3\xA9";          // U+00E9: 2 bytes, 1 UTF-16 unit
const std::string kEuro = "\xE2\x82\xAC";        // U+20AC: 3 bytes, 1 unit
const std::string kGrin = "\xF0\x9F\x98\x80";    // U+1F600: 4 bytes, 2 units
const std::string kScriptA = "\xF0\x9D\x92\x9C";  // U+1D49C: 4 bytes, 2 units, an ID_Start
const std::string kLineSep = "\xE2\x80\xA8";     // U+2028
const std::string kParaSep = "\xE2\x80\xA9";     // U+2029
const std::string kBom = "\xEF\xBB\xBF";         // U+FEFF

// A byte offset and acorn's position for it.
struct Expected {
  uint32_t byte_offset;
  uint32_t offset;
  uint32_t line;
  uint32_t column;
};

void expect_positions(const std::string& text, const std::vector<Expected>& expected) {
  const LineIndex index(text);
  Utf16Cursor cursor(index);
  for (const Expected& e : expected) {
    SCOPED_TRACE(testing::Message() << "byte offset " << e.byte_offset);
    EXPECT_EQ(index.utf16_offset(e.byte_offset), e.offset);
    EXPECT_EQ(index.line_column(e.byte_offset), (LineColumn{e.line, e.column}));
    EXPECT_EQ(index.line_of(e.byte_offset), e.line);
    EXPECT_EQ(cursor.position(e.byte_offset), (SourcePosition{e.offset, e.line, e.column}));
  }
}

// Each list is acorn's {byte offset, start, loc.start.line, loc.start.column} of every token,
// then the Program's end.
TEST(LineIndexTest, AgreesWithAcornAfterMultiByteCharacters) {
  // "\uFEFFx": the BOM is one UTF-16 unit.
  expect_positions(kBom + "x", {{3, 1, 1, 1}, {4, 2, 1, 2}});
  // '"\u00e9"; x'
  expect_positions("\"" + kEAcute + "\"; x",
                   {{0, 0, 1, 0}, {4, 3, 1, 3}, {6, 5, 1, 5}, {7, 6, 1, 6}});
  // '"\u20ac"; x'
  expect_positions("\"" + kEuro + "\"; x",
                   {{0, 0, 1, 0}, {5, 3, 1, 3}, {7, 5, 1, 5}, {8, 6, 1, 6}});
  // '"\u{1F600}"; x': an astral character is two units.
  expect_positions("\"" + kGrin + "\"; x",
                   {{0, 0, 1, 0}, {6, 4, 1, 4}, {8, 6, 1, 6}, {9, 7, 1, 7}});
  // "\u00e9 + \u{1D49C}\n\u{1D49C}x + b": astral identifiers.
  expect_positions(kEAcute + " + " + kScriptA + "\n" + kScriptA + "x + b",
                   {{0, 0, 1, 0}, {3, 2, 1, 2}, {5, 4, 1, 4}, {10, 7, 2, 0}, {16, 11, 2, 4},
                    {18, 13, 2, 6}, {19, 14, 2, 7}});
}

TEST(LineIndexTest, AgreesWithAcornOnLineTerminators) {
  expect_positions("a\r\nb", {{0, 0, 1, 0}, {3, 3, 2, 0}, {4, 4, 2, 1}});
  expect_positions("a\rb", {{0, 0, 1, 0}, {2, 2, 2, 0}, {3, 3, 2, 1}});
  expect_positions("a\nb", {{0, 0, 1, 0}, {2, 2, 2, 0}, {3, 3, 2, 1}});
  // acorn breaks lines at U+2028 and U+2029 too.
  expect_positions("a" + kLineSep + "b", {{0, 0, 1, 0}, {4, 2, 2, 0}, {5, 3, 2, 1}});
  expect_positions("a" + kParaSep + "b", {{0, 0, 1, 0}, {4, 2, 2, 0}, {5, 3, 2, 1}});
  expect_positions("a\r\rb", {{0, 0, 1, 0}, {3, 3, 3, 0}, {4, 4, 3, 1}});
  expect_positions("a\n\r\nb", {{0, 0, 1, 0}, {4, 4, 3, 0}, {5, 5, 3, 1}});
  // "/* \u00e9\u20ac\u{1F600} */\r\n  x\u2028 y"
  expect_positions("/* " + kEAcute + kEuro + kGrin + " */\r\n  x" + kLineSep + " y",
                   {{19, 14, 2, 2}, {24, 17, 3, 1}, {25, 18, 3, 2}});
}

// Ten lines of '"ééé€€😀😀" + xK;' after a BOM, ending in LF, CRLF, CR, U+2028, U+2029 in turn:
// 283 bytes, so positions fall in several 64-byte blocks.
std::string ten_line_program() {
  const std::string terminators[] = {"\n", "\r\n", "\r", kLineSep, kParaSep};
  std::string text = kBom;
  for (int k = 0; k < 10; ++k) {
    text += "\"" + kEAcute + kEAcute + kEuro + kEuro + kGrin + kGrin + "\" + x" +
            std::to_string(k) + ";" + terminators[k % 5];
  }
  return text;
}

const std::vector<Expected> kTenLineProgram = {
    {26, 14, 1, 14},    // x0
    {53, 31, 2, 13},    // x1
    {81, 49, 3, 13},    // x2
    {108, 66, 4, 13},   // x3
    {137, 83, 5, 13},   // x4
    {166, 100, 6, 13},  // x5
    {193, 117, 7, 13},  // x6
    {221, 135, 8, 13},  // x7
    {248, 152, 9, 13},  // x8
    {277, 169, 10, 13},  // x9
    {283, 173, 11, 0},  // end of input (acorn's Program end)
};

TEST(LineIndexTest, AgreesWithAcornAcrossBlocks) {
  const std::string text = ten_line_program();
  ASSERT_EQ(text.size(), 283u);
  expect_positions(text, kTenLineProgram);
  // The same positions in reverse order: the cursor walks back or asks the index.
  std::vector<Expected> reversed(kTenLineProgram.rbegin(), kTenLineProgram.rend());
  expect_positions(text, reversed);
}

TEST(LineIndexTest, AsciiTextNeedsNoTable) {
  const std::string text = "let a = 1;\r\nlet b = 2;\nlet c = 3;" + std::string(200, ' ') + "\r";
  const LineIndex index(text);
  EXPECT_TRUE(index.is_ascii());
  for (uint32_t k = 0; k <= text.size(); ++k) EXPECT_EQ(index.utf16_offset(k), k);
  EXPECT_EQ(index.line_count(), 4u);
  EXPECT_EQ(index.line_column(12), (LineColumn{2, 0}));
  EXPECT_EQ(index.line_column(static_cast<uint32_t>(text.size())), (LineColumn{4, 0}));
  EXPECT_FALSE(LineIndex(kEAcute).is_ascii());
}

TEST(LineIndexTest, LineStartsAndTexts) {
  const std::string text =
      "one\r\ntwo\rthree\nfour" + kLineSep + "f" + kEAcute + "ve" + kParaSep + "\r\n";
  const LineIndex index(text);
  ASSERT_EQ(index.line_count(), 7u);
  const uint32_t starts[] = {0, 5, 9, 15, 22, 30, 32};
  const std::string texts[] = {"one", "two", "three", "four", "f" + kEAcute + "ve", "", ""};
  for (uint32_t line = 1; line <= 7; ++line) {
    EXPECT_EQ(index.line_start(line), starts[line - 1]) << line;
    EXPECT_EQ(index.line_text(line), texts[line - 1]) << line;
  }
  EXPECT_EQ(index.line_text(0), "");
  EXPECT_EQ(index.line_text(8), "");
  // The LF of a CRLF belongs to the line the CR ends.
  EXPECT_EQ(index.line_column(4), (LineColumn{1, 4}));
  EXPECT_EQ(index.line_column(31), (LineColumn{6, 1}));
  EXPECT_EQ(index.line_column(32), (LineColumn{7, 0}));  // end of input
}

TEST(LineIndexTest, LineTextOfCrLfLineThatIsOnlyTerminator) {
  const LineIndex index("\r\n\n\r");
  ASSERT_EQ(index.line_count(), 4u);
  for (uint32_t line = 1; line <= 4; ++line) EXPECT_EQ(index.line_text(line), "") << line;
}

TEST(LineIndexTest, EmptyAndDefaultIndexHaveOneLine) {
  for (const LineIndex& index : {LineIndex(), LineIndex("")}) {
    EXPECT_EQ(index.line_count(), 1u);
    EXPECT_EQ(index.utf16_offset(0), 0u);
    EXPECT_EQ(index.line_column(0), (LineColumn{1, 0}));
    EXPECT_EQ(index.line_text(1), "");
    Utf16Cursor cursor(index);
    EXPECT_EQ(cursor.position(0), (SourcePosition{0, 1, 0}));
  }
}

TEST(LineIndexTest, LocateFillsErrorPosition) {
  // acorn on "\u00e9\n \u{1F600}x": "Unexpected character '\u{1F600}' (2:1)", pos 3.
  const std::string text = kEAcute + "\n " + kGrin + "x";
  const LineIndex index(text);
  SyntaxError error{"Unexpected character", 4, 0, 0, 0};
  locate(error, index);
  EXPECT_EQ(error.offset, 3u);
  EXPECT_EQ(error.line, 2u);
  EXPECT_EQ(error.column, 1u);
  EXPECT_EQ(error.byte_offset, 4u);
}

// A slow, obviously correct reference: decode from the start.
std::vector<SourcePosition> reference_positions(const std::string& text,
                                                std::vector<uint32_t>& boundaries) {
  std::vector<SourcePosition> positions;
  SourcePosition at;
  std::size_t i = 0;
  while (true) {
    boundaries.push_back(static_cast<uint32_t>(i));
    positions.push_back(at);
    if (i == text.size()) break;
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const std::string ch = text.substr(i, length);
    const uint32_t units = length == 4 ? 2 : 1;
    const bool crlf = ch == "\r" && i + 1 < text.size() && text[i + 1] == '\n';
    if (ch == "\n" || (ch == "\r" && !crlf) || ch == kLineSep || ch == kParaSep) {
      at = {at.offset + units, at.line + 1, 0};
    } else {
      at = {at.offset + units, at.line, at.column + units};
    }
    i += length;
  }
  return positions;
}

// A fixed pseudo-random mix of every kind of character (and, if asked, line terminator).
std::string mixed_text(bool with_breaks) {
  const std::string pieces[] = {"abc", kEAcute, kEuro,   kGrin,    "  ",   "x",  kBom,
                                kScriptA, "\r\n", "\r", "\n", kLineSep, kParaSep, "\r\r", "\n\r\n"};
  const uint32_t kinds = with_breaks ? 15 : 8;
  std::string text;
  uint32_t state = 12345;
  while (text.size() < 700) {
    state = state * 1103515245u + 12345u;
    text += pieces[(state >> 16) % kinds];
  }
  return text;
}

void expect_matches_reference(const std::string& text) {
  std::vector<uint32_t> boundaries;
  const std::vector<SourcePosition> expected = reference_positions(text, boundaries);
  const LineIndex index(text);
  ASSERT_FALSE(index.is_ascii());
  ASSERT_EQ(index.line_count(), expected.back().line);
  for (std::size_t k = 0; k < boundaries.size(); ++k) {
    SCOPED_TRACE(testing::Message() << "byte offset " << boundaries[k]);
    EXPECT_EQ(index.utf16_offset(boundaries[k]), expected[k].offset);
    EXPECT_EQ(index.line_column(boundaries[k]),
              (LineColumn{expected[k].line, expected[k].column}));
  }
}

TEST(LineIndexTest, MatchesReferenceAtEveryCharacterBoundary) {
  expect_matches_reference(mixed_text(true));
  expect_matches_reference(mixed_text(false));  // one long line: columns span many blocks
}

TEST(LineIndexTest, EndOfInputAtEveryLength) {
  // Every prefix that ends on a character boundary, so the end falls at each place in a block
  // (a multiple of 64 included).
  const std::string text = mixed_text(true);
  std::vector<uint32_t> boundaries;
  reference_positions(text, boundaries);
  for (std::size_t k = 0; k < boundaries.size() && boundaries[k] <= 260; ++k) {
    // Its own reference: a prefix may end between the CR and LF of a CRLF.
    const std::string prefix = text.substr(0, boundaries[k]);
    std::vector<uint32_t> prefix_boundaries;
    const SourcePosition end = reference_positions(prefix, prefix_boundaries).back();
    const LineIndex index(prefix);
    SCOPED_TRACE(testing::Message() << "length " << prefix.size());
    EXPECT_EQ(index.utf16_offset(boundaries[k]), end.offset);
    EXPECT_EQ(index.line_column(boundaries[k]), (LineColumn{end.line, end.column}));
    EXPECT_EQ(Utf16Cursor(index).position(boundaries[k]), end);
  }
}

// Ascending (a writer's node starts), descending, skipping, and scattered with a nearby second
// offset after each (a node's start, then its end).
void expect_cursor_matches_reference(const std::string& text) {
  std::vector<uint32_t> boundaries;
  const std::vector<SourcePosition> expected = reference_positions(text, boundaries);
  const LineIndex index(text);
  const std::size_t count = boundaries.size();

  std::vector<std::size_t> orders[4];
  for (std::size_t k = 0; k < count; ++k) orders[0].push_back(k);           // ascending
  for (std::size_t k = count; k-- > 0;) orders[1].push_back(k);             // descending
  for (std::size_t k = 0; k < count; k += 7) orders[2].push_back(k);        // skipping ahead
  uint32_t state = 99;                                                       // scattered
  for (std::size_t k = 0; k < 2000; ++k) {
    state = state * 1103515245u + 12345u;
    const std::size_t base = (state >> 8) % count;
    orders[3].push_back(base);
    orders[3].push_back(std::min(count - 1, base + (state >> 4) % 5));  // a node's end nearby
  }
  for (const auto& order : orders) {
    Utf16Cursor cursor(index);
    for (std::size_t k : order) {
      ASSERT_EQ(cursor.position(boundaries[k]), expected[k]) << "byte offset " << boundaries[k];
    }
  }
}

TEST(LineIndexTest, CursorMatchesReferenceInAnyOrder) {
  for (bool with_breaks : {true, false}) expect_cursor_matches_reference(mixed_text(with_breaks));
}

TEST(LineIndexTest, CursorOnAsciiText) {
  const LineIndex index("ab\ncd\r\nef\rgh");
  Utf16Cursor cursor(index);
  EXPECT_EQ(cursor.position(1), (SourcePosition{1, 1, 1}));
  EXPECT_EQ(cursor.position(4), (SourcePosition{4, 2, 1}));
  EXPECT_EQ(cursor.position(12), (SourcePosition{12, 4, 2}));  // end of input
  EXPECT_EQ(cursor.position(0), (SourcePosition{0, 1, 0}));
  EXPECT_EQ(cursor.utf16_offset(8), 8u);
}

}  // namespace
}  // namespace essa
