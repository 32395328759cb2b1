// lexer/unicode: identifier classes at Unicode 17.0 (generated tables) and white space (ICU).
#include "unicode.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <cstdint>
#include <vector>

namespace {

using essa::unicode::is_id_continue;
using essa::unicode::is_id_continue_slow;
using essa::unicode::is_id_start;
using essa::unicode::is_id_start_slow;
using essa::unicode::is_line_terminator;
using essa::unicode::is_whitespace;
using essa::unicode::is_whitespace_slow;

constexpr uint32_t kMaxCodePoint = 0x10FFFF;

TEST(UnicodeTest, AsciiIdentifierChars) {
  for (uint32_t cp = 0; cp < 0x80; ++cp) {
    bool letter = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    bool digit = cp >= '0' && cp <= '9';
    bool start = letter || cp == '$' || cp == '_';
    EXPECT_EQ(is_id_start(cp), start) << cp;
    EXPECT_EQ(is_id_start_slow(cp), start) << cp;
    EXPECT_EQ(is_id_continue(cp), start || digit) << cp;
    EXPECT_EQ(is_id_continue_slow(cp), start || digit) << cp;
  }
}

TEST(UnicodeTest, AsciiWhitespace) {
  for (uint32_t cp = 0; cp < 0x80; ++cp) {
    bool white = cp == ' ' || cp == '\t' || cp == 0x0B || cp == 0x0C;
    EXPECT_EQ(is_whitespace(cp), white) << cp;
    EXPECT_EQ(is_whitespace_slow(cp), white) << cp;
  }
  // Line terminators are their own class, not white space.
  EXPECT_FALSE(is_whitespace('\n'));
  EXPECT_FALSE(is_whitespace('\r'));
}

TEST(UnicodeTest, LineTerminators) {
  EXPECT_TRUE(is_line_terminator('\n'));
  EXPECT_TRUE(is_line_terminator('\r'));
  EXPECT_TRUE(is_line_terminator(0x2028));
  EXPECT_TRUE(is_line_terminator(0x2029));
  EXPECT_FALSE(is_line_terminator(0x0085));  // NEL is not a JS line terminator
  EXPECT_FALSE(is_whitespace(0x2028));
  EXPECT_FALSE(is_whitespace(0x2029));
}

TEST(UnicodeTest, ZwnjAndZwjArePartNotStart) {
  EXPECT_TRUE(is_id_continue(0x200C));
  EXPECT_TRUE(is_id_continue(0x200D));
  EXPECT_FALSE(is_id_start(0x200C));
  EXPECT_FALSE(is_id_start(0x200D));
}

// Other_ID_Start keeps these in ID_Start although their category left the letters.
TEST(UnicodeTest, OtherIdStart) {
  for (uint32_t cp : {0x2118u, 0x212Eu, 0x309Bu, 0x309Cu, 0x1885u, 0x1886u}) {
    EXPECT_TRUE(is_id_start(cp)) << std::hex << cp;
    EXPECT_TRUE(is_id_continue(cp)) << std::hex << cp;
  }
}

TEST(UnicodeTest, NonIdentifierChars) {
  EXPECT_FALSE(is_id_start(0x00D7));  // MULTIPLICATION SIGN, Sm
  EXPECT_FALSE(is_id_continue(0x00D7));
  EXPECT_FALSE(is_id_start(0x00F7));  // DIVISION SIGN, Sm
  EXPECT_FALSE(is_id_start(0x2E2F));  // VERTICAL TILDE: Lm, but Pattern_Syntax
  EXPECT_FALSE(is_id_continue(0x2E2F));
  EXPECT_FALSE(is_id_start(0x00A0));  // NBSP
  EXPECT_FALSE(is_id_start(0x0300));  // COMBINING GRAVE ACCENT: part only
  EXPECT_TRUE(is_id_continue(0x0300));
  EXPECT_FALSE(is_id_start(0x0660));  // ARABIC-INDIC DIGIT ZERO: part only
  EXPECT_TRUE(is_id_continue(0x0660));
  EXPECT_FALSE(is_id_start(0x00B7));  // MIDDLE DOT: Other_ID_Continue
  EXPECT_TRUE(is_id_continue(0x00B7));
  EXPECT_FALSE(is_id_start(0x1F600));  // GRINNING FACE
  EXPECT_FALSE(is_id_continue(0x1F600));
  EXPECT_FALSE(is_id_start(0xD800));  // a lone surrogate
  EXPECT_FALSE(is_id_continue(0xDFFF));
  EXPECT_FALSE(is_id_start(0xE000));       // private use
  EXPECT_FALSE(is_id_continue(0x110000));  // past the last code point
  EXPECT_FALSE(is_id_start(0xFFFFFFFF));
  EXPECT_FALSE(is_whitespace(0xFFFFFFFF));
}

TEST(UnicodeTest, LetterSamples) {
  EXPECT_TRUE(is_id_start(0x00AA));      // FEMININE ORDINAL INDICATOR, first range
  EXPECT_TRUE(is_id_start(0x00E9));      // é
  EXPECT_TRUE(is_id_start(0x03C0));      // π
  EXPECT_TRUE(is_id_start(0x4E2D));      // 中
  EXPECT_TRUE(is_id_start(0x1D400));     // MATHEMATICAL BOLD CAPITAL A
  EXPECT_TRUE(is_id_start(0x20000));     // first CJK Extension B ideograph
  EXPECT_TRUE(is_id_continue(0xE01EF));  // VARIATION SELECTOR-256, last ID_Continue
  EXPECT_FALSE(is_id_continue(0xE01F0));
}

// Pattern_Syntax is immutable across Unicode versions, so ICU 72's data is authoritative,
// and UAX #31 keeps it out of ID_Start and ID_Continue.
TEST(UnicodeTest, PatternSyntaxIsNeverIdentifier) {
  int checked = 0;
  for (uint32_t cp = 0x80; cp <= kMaxCodePoint; ++cp) {
    if (!u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_PATTERN_SYNTAX)) continue;
    ++checked;
    EXPECT_FALSE(is_id_continue_slow(cp)) << std::hex << cp;
    EXPECT_FALSE(is_id_start_slow(cp)) << std::hex << cp;
  }
  EXPECT_EQ(checked, 2729);  // the 2760 Pattern_Syntax code points less the 31 in ASCII
}

// Our Unicode 17.0 data must contain everything ICU 72 (Unicode 15.0) has: from 15.0 to 17.0
// Unicode only added identifier characters, it removed none.
TEST(UnicodeTest, SupersetOfIcuIdStart) {
  int added = 0;
  for (uint32_t cp = 0x80; cp <= kMaxCodePoint; ++cp) {
    bool icu = u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_ID_START);
    bool ours = is_id_start_slow(cp);
    if (icu) {
      EXPECT_TRUE(ours) << std::hex << cp;
    }
    if (ours && !icu) ++added;
  }
  EXPECT_EQ(added, 9571);  // ID_Start code points that Unicode 15.1, 16.0 and 17.0 added
}

TEST(UnicodeTest, SupersetOfIcuIdContinue) {
  int added = 0;
  for (uint32_t cp = 0x80; cp <= kMaxCodePoint; ++cp) {
    bool icu = u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_ID_CONTINUE);
    bool ours = is_id_continue_slow(cp);
    if (icu) {
      EXPECT_TRUE(ours) << std::hex << cp;
    }
    if (ours && !icu) ++added;
  }
  // Includes ZWNJ, ZWJ, U+30FB and U+FF65, which joined ID_Continue in Unicode 15.1.
  EXPECT_EQ(added, 9758);
}

TEST(UnicodeTest, IdStartIsInIdContinue) {
  for (uint32_t cp = 0x80; cp <= kMaxCodePoint; ++cp) {
    if (is_id_start_slow(cp)) {
      EXPECT_TRUE(is_id_continue_slow(cp)) << std::hex << cp;
    }
  }
}

struct Sample {
  const char* file;
  uint32_t first;  // first character the file lists
  uint32_t last;   // last character the file lists
};

// From test262's test/language/identifiers/start-unicode-<version>.js, each of which lists
// the ID_Start characters that Unicode version added.
const Sample kStartSamples[] = {
    {"start-unicode-5.2.0.js", 0x0524, 0x2B734},   {"start-unicode-6.0.0.js", 0x0526, 0x2B81D},
    {"start-unicode-6.1.0.js", 0x08A0, 0x1EEBB},   {"start-unicode-7.0.0.js", 0x037F, 0x1E8C4},
    {"start-unicode-8.0.0.js", 0x08B3, 0x2CEA1},   {"start-unicode-9.0.0.js", 0x08B6, 0x1E943},
    {"start-unicode-10.0.0.js", 0x0860, 0x2EBE0},  {"start-unicode-11.0.0.js", 0x0560, 0x187F1},
    {"start-unicode-12.0.0.js", 0x0E86, 0x1E94B},  {"start-unicode-13.0.0.js", 0x08BE, 0x3134A},
    {"start-unicode-14.0.0.js", 0x0870, 0x2B738},  {"start-unicode-15.0.0.js", 0x1123F, 0x323AF},
    {"start-unicode-15.1.0.js", 0x2EBF0, 0x2EE5D}, {"start-unicode-16.0.0.js", 0x1C89, 0x1E5F0},
    {"start-unicode-17.0.0.js", 0x088F, 0x33479},
};

// From part-unicode-<version>.js: the ID_Continue characters each version added (after `_`).
const Sample kPartSamples[] = {
    {"part-unicode-5.2.0.js", 0x0816, 0x110BA},  {"part-unicode-6.0.0.js", 0x065F, 0x1106F},
    {"part-unicode-6.1.0.js", 0x08E4, 0x16F92},  {"part-unicode-7.0.0.js", 0x08FF, 0x1E8D6},
    {"part-unicode-8.0.0.js", 0x08E3, 0x1DAAF},  {"part-unicode-9.0.0.js", 0x08D4, 0x1E959},
    {"part-unicode-10.0.0.js", 0x0AFA, 0x11D59}, {"part-unicode-11.0.0.js", 0x07FD, 0x11EF6},
    {"part-unicode-12.0.0.js", 0x0EBA, 0x1E2F9}, {"part-unicode-13.0.0.js", 0x0B55, 0x1FBF9},
    {"part-unicode-14.0.0.js", 0x0898, 0x1E2AE}, {"part-unicode-15.0.0.js", 0x0CF3, 0x1E4F9},
    {"part-unicode-15.1.0.js", 0x30FB, 0xFF65},  // KATAKANA MIDDLE DOTs (after ZWNJ, ZWJ)
    {"part-unicode-16.0.0.js", 0x0897, 0x1E5FA}, {"part-unicode-17.0.0.js", 0x1ACF, 0x1E6F5},
};

TEST(UnicodeTest, Test262IdentifierStartPerVersion) {
  for (const Sample& s : kStartSamples) {
    EXPECT_TRUE(is_id_start(s.first)) << s.file << " U+" << std::hex << s.first;
    EXPECT_TRUE(is_id_start(s.last)) << s.file << " U+" << std::hex << s.last;
    EXPECT_TRUE(is_id_continue(s.first)) << s.file << " U+" << std::hex << s.first;
  }
}

TEST(UnicodeTest, Test262IdentifierPartPerVersion) {
  for (const Sample& s : kPartSamples) {
    EXPECT_TRUE(is_id_continue(s.first)) << s.file << " U+" << std::hex << s.first;
    EXPECT_TRUE(is_id_continue(s.last)) << s.file << " U+" << std::hex << s.last;
  }
  // The part files list characters that may continue but not start a name.
  EXPECT_FALSE(is_id_start(0x0816));
  EXPECT_FALSE(is_id_start(0x30FB));
  EXPECT_FALSE(is_id_start(0x1ACF));
}

// Characters new in 17.0, which ICU 72 does not know: the reason for the generated tables.
TEST(UnicodeTest, NewerThanIcu) {
  for (uint32_t cp : {0x088Fu, 0x33479u, 0x1C89u, 0x2EBF0u}) {
    EXPECT_FALSE(u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_ID_START)) << std::hex << cp;
    EXPECT_TRUE(is_id_start(cp)) << std::hex << cp;
  }
}

TEST(UnicodeTest, Whitespace) {
  std::vector<uint32_t> expected = {0x00A0, 0x1680, 0x202F, 0x205F, 0x3000, 0xFEFF};
  for (uint32_t cp = 0x2000; cp <= 0x200A; ++cp) expected.push_back(cp);
  for (uint32_t cp : expected) EXPECT_TRUE(is_whitespace(cp)) << std::hex << cp;

  EXPECT_FALSE(is_whitespace(0x180E));  // MONGOLIAN VOWEL SEPARATOR: Cf since Unicode 6.3
  EXPECT_FALSE(is_whitespace(0x200B));  // ZERO WIDTH SPACE: Cf
  EXPECT_FALSE(is_whitespace(0x0085));  // NEL: Cc
  EXPECT_FALSE(is_whitespace(0x2028));  // a line terminator, not white space
}

// Exactly the expected set above ASCII, so ICU's Zs cannot drift unnoticed.
TEST(UnicodeTest, WhitespaceIsExactlyZsNbspZwnbsp) {
  int count = 0;
  for (uint32_t cp = 0x80; cp <= kMaxCodePoint; ++cp) {
    if (is_whitespace_slow(cp)) ++count;
  }
  EXPECT_EQ(count, 17);  // U+00A0, U+1680, 11 in U+2000..U+200A, U+202F, U+205F, U+3000, U+FEFF
}

}  // namespace
