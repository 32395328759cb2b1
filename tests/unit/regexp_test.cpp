// The RegExp pattern validator through the parser: each rule with acorn's message, at the
// offending character (offset = index in the pattern + 1 for the opening slash).
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "parse_test_util.h"
#include "regexp_properties.h"
#include "regexp_validator.h"

namespace essa {
namespace {

// "ok", or "offset: message" with the message after acorn's "/PATTERN/: " prefix.
std::string check(std::string_view src) {
  const std::string r = test::script_result(src);
  if (r.rfind("{", 0) == 0) return "ok";
  const size_t colon = r.find(": ");
  const size_t inner = r.find("/: ", colon);
  if (inner == std::string::npos) return r;
  return r.substr(0, colon) + ": " + r.substr(inner + 3);
}

TEST(RegexpTest, FullMessageNamesThePattern) {
  EXPECT_EQ(test::script_result("/(?<a>x)(?<a>y)/"),
            "8: Invalid regular expression: /(?<a>x)(?<a>y)/: Duplicate capture group name");
}

TEST(RegexpTest, ValidPatternsInEachGrammar) {
  EXPECT_EQ(check("/a|b(?:c)*?d+e??f{2}g{1,}h{1,3}?./"), "ok");
  EXPECT_EQ(check("/(?<=a)(?<!b)(?=c)(?!d)^$\\b\\B/u"), "ok");
  EXPECT_EQ(check("/\\u{10FFFF}\\uD83D\\uDE00\\x41\\cJ\\0\\t\\//u"), "ok");
  EXPECT_EQ(check("/[\\p{L}--[a-z]][[a-z]&&\\q{b|cd}][\\q{abc}]\\p{RGI_Emoji}/v"), "ok");
  EXPECT_EQ(check("/(?<a>x)\\k<a>(?<\\u0062>y)\\k<b>/u"), "ok");
}

TEST(RegexpTest, AnnexBLeniencies) {
  EXPECT_EQ(check("/(?=a)*/"), "ok");      // quantified lookahead
  EXPECT_EQ(check("/]{}a{x}/"), "ok");     // `]`, `{`, `}` and a non-quantifier brace
  EXPECT_EQ(check("/\\c1[\\c1][\\c_]/"), "ok");  // `\c` without a letter; ClassControlLetter
  EXPECT_EQ(check("/\\1\\07\\377\\8\\a\\p{Foo}/"), "ok");  // octal and identity escapes
  EXPECT_EQ(check("/\\k(a)/"), "ok");      // `\k` without named groups
  EXPECT_EQ(check("/[\\d-a]/"), "ok");     // class escape in a range
}

TEST(RegexpTest, Quantifiers) {
  EXPECT_EQ(check("/a{2,1}/"), "2: numbers out of order in {} quantifier");
  EXPECT_EQ(check("/a{2/u"), "2: Incomplete quantifier");
  EXPECT_EQ(check("/?/"), "1: Nothing to repeat");
  EXPECT_EQ(check("/a{1}{2}/"), "5: Nothing to repeat");
  EXPECT_EQ(check("/(?=a)*/u"), "6: Invalid quantifier");
  EXPECT_EQ(check("/(?<=a)*/"), "7: Nothing to repeat");
  EXPECT_EQ(check("/{/u"), "1: Lone quantifier brackets");
  EXPECT_EQ(check("/a]/u"), "2: Lone quantifier brackets");
}

TEST(RegexpTest, Groups) {
  EXPECT_EQ(check("/a)/"), "2: Unmatched ')'");
  EXPECT_EQ(check("/x(a/"), "2: Unterminated group");
  EXPECT_EQ(check("/(?x)/"), "1: Invalid group");
  EXPECT_EQ(check("/(?<1>a)/"), "3: Invalid capture group name");
}

TEST(RegexpTest, DuplicateNamesOnlyInDifferentAlternatives) {
  EXPECT_EQ(check("/(?<a>x)|(?<a>y)/"), "ok");
  EXPECT_EQ(check("/((?<a>x)|(?<a>y))(?:(?<b>1)|(?<b>2))/"), "ok");
  EXPECT_EQ(check("/(?<a>x)(?<a>y)/"), "8: Duplicate capture group name");
  EXPECT_EQ(check("/(?<a>x)((?<a>y)|z)/"), "9: Duplicate capture group name");
  EXPECT_EQ(check("/(?<a>x)(?<\\u0061>y)/"), "8: Duplicate capture group name");
  // A surrogate pair of escapes names the same code point as one braced escape.
  EXPECT_EQ(check("/(?<\\u{1d49c}>x)(?<\\uD835\\uDC9C>y)/u"), "16: Duplicate capture group name");
  EXPECT_EQ(check("/(?<\\u{1d49c}>x)|(?<\\uD835\\uDC9C>y)/u"), "ok");
}

TEST(RegexpTest, Backreferences) {
  EXPECT_EQ(check("/(a)\\2/u"), "4: Invalid escape");
  EXPECT_EQ(check("/\\k<a>/u"), "1: Invalid named capture referenced");
  EXPECT_EQ(check("/\\k/u"), "1: Invalid named reference");
  EXPECT_EQ(check("/(?<a>)\\k/"), "7: Invalid named reference");  // named groups: [+N]
}

TEST(RegexpTest, Escapes) {
  EXPECT_EQ(check("/\\c/u"), "1: Invalid unicode escape");
  EXPECT_EQ(check("/a\\a/u"), "2: Invalid escape");
  EXPECT_EQ(check("/\\u{110000}/u"), "1: Invalid unicode escape");
  EXPECT_EQ(check("/\\u12/u"), "1: Invalid unicode escape");
  EXPECT_EQ(check("/\\x4/u"), "1: Invalid escape");
  EXPECT_EQ(check("/\\-/u"), "1: Invalid escape");
}

TEST(RegexpTest, ClassRanges) {
  EXPECT_EQ(check("/[b-a]/"), "2: Range out of order in character class");
  EXPECT_EQ(check("/[\\d-a]/u"), "2: Invalid character class");
  EXPECT_EQ(check("/[\\c]/u"), "2: Invalid class escape");
  EXPECT_EQ(check("/[\\z]/u"), "2: Invalid escape");
  EXPECT_EQ(check("/[\\-]/u"), "ok");
  // Without u an astral character is two code units, so this range (from the low half of
  // the first to the high half of the second) is out of order; reported at the character.
  EXPECT_EQ(check("/[😀-😂]/u"), "ok");
  EXPECT_EQ(check("/[😀-😂]/"), "2: Range out of order in character class");
}

TEST(RegexpTest, UnicodeSetsMode) {
  EXPECT_EQ(check("/[a&&&b]/v"), "5: Invalid character in character class");
  EXPECT_EQ(check("/[(]/v"), "2: Invalid character in character class");
  EXPECT_EQ(check("/[a!!b]/v"), "1: Unterminated character class");  // reserved `!!`
  EXPECT_EQ(check("/[\\q]/v"), "2: Invalid escape");
  EXPECT_EQ(check("/[^\\q{ab}]/v"), "1: Negated character class may contain strings");
  EXPECT_EQ(check("/[^\\q{a|b}]/v"), "ok");
  EXPECT_EQ(check("/[z-a]/v"), "2: Range out of order in character class");
}

TEST(RegexpTest, Modifiers) {
  EXPECT_EQ(check("/(?i-m:a)(?s:b)(?-i:c)/"), "ok");
  EXPECT_EQ(check("/(?ii:a)/"), "4: Duplicate regular expression modifiers");
  EXPECT_EQ(check("/(?i-i:a)/"), "5: Duplicate regular expression modifiers");
  EXPECT_EQ(check("/(?-:a)/"), "3: Invalid regular expression modifiers");
}

TEST(RegexpTest, PropertyEscapes) {
  EXPECT_EQ(check("/\\p{Lu}\\p{gc=punct}\\p{General_Category=Lowercase_Letter}/u"), "ok");
  EXPECT_EQ(check("/\\p{Script=Beria_Erfe}\\p{scx=Sidt}\\P{sc=Latn}/u"), "ok");  // Unicode 17
  EXPECT_EQ(check("/\\p{Alpha}\\p{ASCII}\\p{Any}\\p{Assigned}\\p{WSpace}/u"), "ok");
  EXPECT_EQ(check("/\\p{Foo}/u"), "1: Invalid property name");
  EXPECT_EQ(check("/\\p{Hyphen}/u"), "1: Invalid property name");  // not in the spec's table
  EXPECT_EQ(check("/\\p{Block=Basic_Latin}/u"), "1: Invalid property name");
  EXPECT_EQ(check("/\\p{Script=Foo}/u"), "1: Invalid property value");
  EXPECT_EQ(check("/\\p{ASCII=Y}/u"), "1: Invalid property name");
  EXPECT_EQ(check("/a\\p/u"), "2: Invalid property name");
  EXPECT_EQ(check("/\\p{RGI_Emoji}/u"), "1: Invalid property name");  // strings: v only
  EXPECT_EQ(check("/\\P{RGI_Emoji}/v"), "1: Invalid property name");  // never negated
}

TEST(RegexpTest, NestingLimit) {
  // 512 levels of groups are accepted; the 513th is reported where it opens.
  const std::string ok = "/" + std::string(511, '(') + "a" + std::string(511, ')') + "/";
  EXPECT_EQ(check(ok), "ok");
  const std::string deep = "/" + std::string(600, '(') + "/";
  EXPECT_EQ(check(deep), "513: Nesting too deep");
}

TEST(RegexpTest, PropertyTables) {
  EXPECT_TRUE(regexp::is_general_category_value("Cased_Letter"));
  EXPECT_TRUE(regexp::is_general_category_value("LC"));
  EXPECT_FALSE(regexp::is_general_category_value("Latin"));
  EXPECT_TRUE(regexp::is_script_value("Katakana_Or_Hiragana"));
  EXPECT_TRUE(regexp::is_script_value("Zzzz"));
  EXPECT_TRUE(regexp::is_binary_property("Emoji_Presentation"));
  EXPECT_FALSE(regexp::is_binary_property("Lu"));
  EXPECT_TRUE(regexp::is_property_of_strings("Basic_Emoji"));
  EXPECT_FALSE(regexp::is_property_of_strings("Emoji_Test"));
}

TEST(RegexpTest, ValidatorReportsByteOffsets) {
  regexp::PatternError error;
  EXPECT_TRUE(regexp::validate_pattern("é(a)", "", error));
  ASSERT_FALSE(regexp::validate_pattern("é{2,1}", "u", error));
  EXPECT_STREQ(error.message, "numbers out of order in {} quantifier");
  EXPECT_EQ(error.offset, 2u);  // `é` is two bytes
}

}  // namespace
}  // namespace essa
