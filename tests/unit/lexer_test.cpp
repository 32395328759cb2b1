// Lexer core: punctuators, names and keywords, comments and trivia, regexps, private names,
// newline flags, checkpoints. Numbers, strings and templates have their own test files.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lex_test_util.h"
#include "lexer.h"

namespace essa {
namespace {

using test::error_text;
using test::Lexed;

// "Kind:text" for every token up to Eof, or "error@offset: message" as the last entry.
std::vector<std::string> lex(std::string_view src, bool module = false) {
  SourceText source = SourceText::from_bytes(src);
  EXPECT_TRUE(source.ok());
  ErrorSlot errors;
  Lexer lexer(source, module, errors);
  std::vector<std::string> out;
  for (;;) {
    const Token& t = lexer.next();
    if (lexer.failed()) {
      out.push_back(error_text(lexer));
      return out;
    }
    if (t.kind == TokenKind::Eof) return out;
    out.push_back(std::string(token_kind_name(t.kind)) + ":" + std::string(lexer.text(t)));
  }
}

using V = std::vector<std::string>;

TEST(LexerTest, EveryPunctuator) {
  EXPECT_EQ(lex("{ } ( ) [ ] . ... ; , ? ?. : => ++ -- ! ~"),
            (V{"LBrace:{", "RBrace:}", "LParen:(", "RParen:)", "LBracket:[", "RBracket:]", "Dot:.",
               "Ellipsis:...", "Semicolon:;", "Comma:,", "Question:?", "QuestionDot:?.", "Colon::",
               "Arrow:=>", "PlusPlus:++", "MinusMinus:--", "Bang:!", "Tilde:~"}));
  EXPECT_EQ(lex("?? || && | ^ & == != === !== < > <= >= << >> >>> + - * / % **"),
            (V{"QuestionQuestion:??", "PipePipe:||", "AmpAmp:&&", "Pipe:|", "Caret:^", "Amp:&",
               "EqEq:==", "NotEq:!=", "EqEqEq:===", "NotEqEq:!==", "Lt:<", "Gt:>", "LtEq:<=",
               "GtEq:>=", "LtLt:<<", "GtGt:>>", "GtGtGt:>>>", "Plus:+", "Minus:-", "Star:*",
               "Slash:/", "Percent:%", "StarStar:**"}));
  EXPECT_EQ(lex("= += -= *= /= %= **= <<= >>= >>>= &= |= ^= &&= ||= ?\?="),
            (V{"Assign:=", "PlusAssign:+=", "MinusAssign:-=", "StarAssign:*=", "SlashAssign:/=",
               "PercentAssign:%=", "StarStarAssign:**=", "LtLtAssign:<<=", "GtGtAssign:>>=",
               "GtGtGtAssign:>>>=", "AmpAssign:&=", "PipeAssign:|=", "CaretAssign:^=",
               "AmpAmpAssign:&&=", "PipePipeAssign:||=", "QuestionQuestionAssign:?\?="}));
}

TEST(LexerTest, LongestMatchWithoutSpaces) {
  EXPECT_EQ(lex("a>>>=b"), (V{"Identifier:a", "GtGtGtAssign:>>>=", "Identifier:b"}));
  EXPECT_EQ(lex("a--->b"), (V{"Identifier:a", "MinusMinus:--", "Minus:-", "Gt:>", "Identifier:b"}));
  EXPECT_EQ(lex("a....b"), (V{"Identifier:a", "Ellipsis:...", "Dot:.", "Identifier:b"}));
}

TEST(LexerTest, QuestionDotIsNotAChainBeforeADigit) {
  EXPECT_EQ(lex("a?.5:b"), (V{"Identifier:a", "Question:?", "Number:.5", "Colon::", "Identifier:b"}));
  EXPECT_EQ(lex("a?.b"), (V{"Identifier:a", "QuestionDot:?.", "Identifier:b"}));
  EXPECT_EQ(lex("a?.[0]"), (V{"Identifier:a", "QuestionDot:?.", "LBracket:[", "Number:0", "RBracket:]"}));
}

TEST(LexerTest, KeywordsAndContextualWords) {
  EXPECT_EQ(lex("if instanceof constructor let yield await async of x"),
            (V{"If:if", "Instanceof:instanceof", "Constructor:constructor", "Let:let", "Yield:yield",
               "Await:await", "Async:async", "Of:of", "Identifier:x"}));
  // Near misses stay identifiers.
  EXPECT_EQ(lex("iff i Let _if $ instanceofx"),
            (V{"Identifier:iff", "Identifier:i", "Identifier:Let", "Identifier:_if", "Identifier:$",
               "Identifier:instanceofx"}));
}

TEST(LexerTest, EveryKeywordSpellingMapsToItsKind) {
  for (int k = 0; k < kTokenKindCount; ++k) {
    const auto kind = static_cast<TokenKind>(k);
    if (kind == TokenKind::Identifier || !is_identifier_name(kind)) continue;
    const std::string src(token_spelling(kind));
    SourceText source = SourceText::from_bytes(src);
    ErrorSlot errors;
    Lexer lexer(source, false, errors);
    EXPECT_EQ(lexer.next().kind, kind) << src;
    EXPECT_EQ(lexer.value(), src);
  }
}

TEST(LexerTest, EscapedNames) {
  SourceText source = SourceText::from_bytes("\\u0061b a\\u{62} \\u0069f x\\u200d");
  ErrorSlot errors;
  Lexer lexer(source, false, errors);
  EXPECT_EQ(lexer.next().kind, TokenKind::Identifier);
  EXPECT_TRUE(lexer.current().escaped());
  EXPECT_EQ(lexer.value(), "ab");
  EXPECT_EQ(lexer.next().kind, TokenKind::Identifier);
  EXPECT_EQ(lexer.value(), "ab");
  EXPECT_EQ(lexer.current().start, 8u);
  EXPECT_EQ(lexer.current().end, 15u);
  // An escaped keyword keeps its kind and is marked, so the parser can reject it.
  EXPECT_EQ(lexer.next().kind, TokenKind::If);
  EXPECT_TRUE(lexer.current().escaped());
  EXPECT_EQ(lexer.value(), "if");
  EXPECT_EQ(lexer.next().kind, TokenKind::Identifier);
  EXPECT_EQ(lexer.value(), "x\xE2\x80\x8D");
}

TEST(LexerTest, NonAsciiNames) {
  EXPECT_EQ(lex("caf\xC3\xA9 \xE5\x90\x8D\xE5\x89\x8D \xF0\x9D\x90\x80x"),
            (V{"Identifier:caf\xC3\xA9", "Identifier:\xE5\x90\x8D\xE5\x89\x8D",
               "Identifier:\xF0\x9D\x90\x80x"}));
}

TEST(LexerTest, BadNames) {
  EXPECT_EQ(lex("a\\x"), (V{"error@2: Expecting Unicode escape sequence \\uXXXX"}));
  EXPECT_EQ(lex("\\u0030x"), (V{"error@0: Invalid Unicode escape"}));
  EXPECT_EQ(lex("a\\u002e"), (V{"error@1: Invalid Unicode escape"}));
  EXPECT_EQ(lex("a\\u{110000}"), (V{"error@4: Code point out of bounds"}));  // acorn: after the brace
  EXPECT_EQ(lex("a\\u12"), (V{"error@3: Bad character escape sequence"}));
  EXPECT_EQ(lex("\xC3\x97"), (V{"error@0: Unexpected character '\xC3\x97'"}));
  EXPECT_EQ(lex("x = \x7F"), (V{"Identifier:x", "Assign:=", "error@4: Unexpected character U+007F"}));
  // `@` is a token (decorators); the parser rejects it where no decorator may stand.
  EXPECT_EQ(lex("x = @"), (V{"Identifier:x", "Assign:=", "At:@"}));
  EXPECT_EQ(lex("a?."), (V{"Identifier:a", "Question:?", "Dot:."}));  // acorn splits at the end
  EXPECT_EQ(lex("a \x01"), (V{"Identifier:a", "error@2: Unexpected character U+0001"}));
}

TEST(LexerTest, PrivateNames) {
  SourceText source = SourceText::from_bytes("#x #\\u{61} #\xC3\xA9");
  ErrorSlot errors;
  Lexer lexer(source, false, errors);
  EXPECT_EQ(lexer.next().kind, TokenKind::PrivateName);
  EXPECT_EQ(lexer.value(), "x");
  EXPECT_EQ(lexer.current().end, 2u);
  EXPECT_EQ(lexer.next().kind, TokenKind::PrivateName);
  EXPECT_EQ(lexer.value(), "a");
  EXPECT_EQ(lexer.next().kind, TokenKind::PrivateName);
  EXPECT_EQ(lexer.value(), "\xC3\xA9");
  EXPECT_EQ(lex("# x"), (V{"error@1: Unexpected character ' '"}));
  EXPECT_EQ(lex("a #"), (V{"Identifier:a", "error@2: Unexpected character '#'"}));
}

TEST(LexerTest, CommentsAndWhiteSpace) {
  EXPECT_EQ(lex("a /* x */ b // y\nc"), (V{"Identifier:a", "Identifier:b", "Identifier:c"}));
  // NBSP, ZWNBSP (BOM), and Zs characters are white space.
  EXPECT_EQ(lex("\xEF\xBB\xBF" "a\xC2\xA0" "b\xE3\x80\x80" "c\t\v\f d"),
            (V{"Identifier:a", "Identifier:b", "Identifier:c", "Identifier:d"}));
  EXPECT_EQ(lex("a /* never closed"), (V{"Identifier:a", "error@2: Unterminated comment"}));
  EXPECT_EQ(lex("/**/"), V{});
}

TEST(LexerTest, NewlineFlag) {
  SourceText source = SourceText::from_bytes(
      "a b\nc /*\n*/ d /* */ e\r\nf\xE2\x80\xA8g\xE2\x80\xA9h // x\ni");
  ErrorSlot errors;
  Lexer lexer(source, false, errors);
  std::string flags;
  for (lexer.next(); lexer.current().kind != TokenKind::Eof; lexer.next()) {
    flags += lexer.current().newline_before() ? '1' : '0';
  }
  EXPECT_EQ(flags, "001101111");
}

TEST(LexerTest, HtmlLikeCommentsInScripts) {
  EXPECT_EQ(lex("a <!-- b\nc"), (V{"Identifier:a", "Identifier:c"}));
  EXPECT_EQ(lex("a\n--> b\nc"), (V{"Identifier:a", "Identifier:c"}));
  EXPECT_EQ(lex("--> b\nc"), (V{"Identifier:c"}));
  EXPECT_EQ(lex("a\n/*\n*/ --> b\nc"), (V{"Identifier:a", "Identifier:c"}));
  // Not at the start of a line: decrement and greater-than.
  EXPECT_EQ(lex("a --> b"), (V{"Identifier:a", "MinusMinus:--", "Gt:>", "Identifier:b"}));
  // Modules have no HTML-like comments.
  EXPECT_EQ(lex("a <!-- b", true), (V{"Identifier:a", "Lt:<", "Bang:!", "MinusMinus:--", "Identifier:b"}));
  EXPECT_EQ(lex("a\n--> b", true), (V{"Identifier:a", "MinusMinus:--", "Gt:>", "Identifier:b"}));
}

TEST(LexerTest, Hashbang) {
  EXPECT_EQ(lex("#!/usr/bin/env node\na"), (V{"Identifier:a"}));
  EXPECT_EQ(lex("#!x", true), V{});
  EXPECT_EQ(lex(" #!x"), (V{"error@2: Unexpected character '!'"}));
}

// Lexes `src` and rescans the first `/` as a regexp; returns "body|flags" or the error.
std::string regexp(std::string_view src) {
  Lexed x(src);
  Lexer& lexer = x.lexer;
  const Token& t = lexer.rescan_as_regexp();
  if (lexer.failed()) return error_text(lexer);
  EXPECT_EQ(t.kind, TokenKind::RegExp);
  return std::string(lexer.text(t.start + 1, lexer.regexp_flags_start() - 1)) + "|" +
         std::string(lexer.text(lexer.regexp_flags_start(), t.end));
}

TEST(LexerTest, RegExps) {
  EXPECT_EQ(regexp("/a/"), "a|");
  EXPECT_EQ(regexp("/a/dgimsuy;"), "a|dgimsuy");
  EXPECT_EQ(regexp("/[/]\\//v"), "[/]\\/|v");
  EXPECT_EQ(regexp("/=a/g"), "=a|g");
  EXPECT_EQ(regexp("/\xC3\xA9/"), "\xC3\xA9|");
  EXPECT_EQ(regexp("/a\nb/"), "error@1: Unterminated regular expression");
  EXPECT_EQ(regexp("/a\\\n/"), "error@1: Unterminated regular expression");
  EXPECT_EQ(regexp("/a\xE2\x80\xA8/"), "error@1: Unterminated regular expression");
  EXPECT_EQ(regexp("/[/"), "error@1: Unterminated regular expression");
  EXPECT_EQ(regexp("/a/gg"), "error@1: Duplicate regular expression flag");
  EXPECT_EQ(regexp("/r/gtg"), "error@1: Duplicate regular expression flag");  // acorn's order
  EXPECT_EQ(regexp("/r/tgg"), "error@1: Invalid regular expression flag");
  EXPECT_EQ(regexp("/a/x"), "error@1: Invalid regular expression flag");
  EXPECT_EQ(regexp("/a/uv"), "error@1: Invalid regular expression flag");
  EXPECT_EQ(regexp("/a/\xC3\xA9"), "error@1: Invalid regular expression flag");
  EXPECT_EQ(regexp("/a/\\u0067"), "error@3: Unexpected token");
}

TEST(LexerTest, CheckpointRewindsAndForgetsSpeculativeErrors) {
  SourceText source = SourceText::from_bytes("a /b/g\n c #");
  ErrorSlot errors;
  Lexer lexer(source, false, errors);
  lexer.next();
  lexer.next();  // `/` as divide
  const auto cp = lexer.checkpoint();
  lexer.next();
  lexer.next();
  lexer.next();
  lexer.next();
  lexer.next();  // `#` at the end: an error
  EXPECT_TRUE(lexer.failed());
  lexer.rewind(cp);
  EXPECT_FALSE(lexer.failed());
  EXPECT_EQ(lexer.current().kind, TokenKind::Slash);
  EXPECT_EQ(lexer.rescan_as_regexp().kind, TokenKind::RegExp);
  const auto cp2 = lexer.checkpoint();
  EXPECT_EQ(lexer.next().kind, TokenKind::Identifier);
  EXPECT_TRUE(lexer.current().newline_before());
  lexer.rewind(cp2);
  EXPECT_EQ(lexer.current().kind, TokenKind::RegExp);
  EXPECT_EQ(lexer.current().end, 6u);
  EXPECT_EQ(lexer.next().kind, TokenKind::Identifier);
  EXPECT_EQ(lexer.value(), "c");
}

TEST(LexerTest, ErrorsStickAndTheLexerStaysAtEof) {
  SourceText source = SourceText::from_bytes("a \x01 b");
  ErrorSlot errors;
  Lexer lexer(source, false, errors);
  lexer.next();
  EXPECT_EQ(lexer.next().kind, TokenKind::Eof);
  EXPECT_TRUE(lexer.failed());
  EXPECT_EQ(lexer.next().kind, TokenKind::Eof);
  EXPECT_EQ(lexer.error().offset, 2u);
}

// The slot belongs to whoever made the lexer (the parse): the error is there, a rewind to a
// checkpoint taken before it empties it, and it converts to a located SyntaxError once.
TEST(LexerTest, ErrorsGoIntoTheCallersSlot) {
  SourceText source = SourceText::from_bytes("\xC3\xA9\n  \x01");
  ErrorSlot errors;
  Lexer lexer(source, false, errors);
  lexer.next();
  const auto cp = lexer.checkpoint();
  lexer.next();
  EXPECT_TRUE(errors.failed);
  EXPECT_EQ(errors.message, "Unexpected character U+0001");
  EXPECT_EQ(errors.offset, 5u);
  const SyntaxError located = errors.to_syntax_error(LineIndex(source.text()));
  EXPECT_EQ(located.byte_offset, 5u);
  EXPECT_EQ(located.offset, 4u);
  EXPECT_EQ(located.line, 2u);
  EXPECT_EQ(located.column, 2u);
  lexer.rewind(cp);
  EXPECT_FALSE(errors.failed);
  EXPECT_EQ(errors.message, "");
}

TEST(LexerTest, NulInsideTheSourceIsNotTheEnd) {
  const std::string src("a\0b", 3);
  EXPECT_EQ(lex(src), (V{"Identifier:a", "error@1: Unexpected character U+0000"}));
  const std::string comment("// \0 x\ny", 8);
  EXPECT_EQ(lex(comment), (V{"Identifier:y"}));
}

TEST(LexerTest, EmptyInput) {
  EXPECT_EQ(lex(""), V{});
  SourceText empty;
  ErrorSlot errors;
  Lexer lexer(empty, false, errors);
  EXPECT_EQ(lexer.next().kind, TokenKind::Eof);
}

}  // namespace
}  // namespace essa

namespace essa {
namespace {

// The fast paths read whole words (identifier runs 16 bytes at a time, spaces 8 at a time):
// every length across those widths, and every way a run can end, must give the same tokens
// a byte-by-byte reading gives.
TEST(LexerFastPathTest, IdentifierRunsOfEveryLengthAndEnding) {
  const std::string alphabet = "abcXYZ$_019";
  for (size_t len = 1; len <= 40; ++len) {
    std::string name;
    for (size_t i = 0; i < len; ++i) name += alphabet[i % alphabet.size()];
    if (name[0] >= '0' && name[0] <= '9') name[0] = 'q';
    EXPECT_EQ(lex(name), (V{"Identifier:" + name})) << len;  // at the end of the input
    EXPECT_EQ(lex(name + "("), (V{"Identifier:" + name, "LParen:("})) << len;
    EXPECT_EQ(lex(name + " x"), (V{"Identifier:" + name, "Identifier:x"})) << len;
    // A non-ASCII identifier character or an escape in the run: the slow path takes over.
    EXPECT_EQ(lex(name + "\xC3\xA9z"), (V{"Identifier:" + name + "\xC3\xA9z"})) << len;
    EXPECT_EQ(lex(name + "\\u0061b"), (V{"Identifier:" + name + "\\u0061b"})) << len;
    // Bytes just outside the classes: '@' is before 'A', '[' after 'Z', '`' before 'a',
    // '{' after 'z', '/' before '0', ':' after '9'.
    for (const char* stop : {"@", "[", "`", "{", "/", ":", "\x7F", "-"}) {
      SourceText source = SourceText::from_bytes(name + stop);
      ErrorSlot errors;
      Lexer lexer(source, false, errors);
      const Token& t = lexer.next();
      EXPECT_EQ(t.kind, TokenKind::Identifier) << len << stop;
      EXPECT_EQ(t.end, len) << len << stop;
    }
  }
}

TEST(LexerFastPathTest, SpaceRunsOfEveryLength) {
  for (size_t n = 0; n <= 40; ++n) {
    const std::string spaces(n, ' ');
    EXPECT_EQ(lex("a" + spaces + "b"), n ? (V{"Identifier:a", "Identifier:b"}) : (V{"Identifier:ab"}))
        << n;
    EXPECT_EQ(lex("a;" + spaces), (V{"Identifier:a", "Semicolon:;"})) << n;  // then the end
    EXPECT_EQ(lex("a\n" + spaces + "\tb"), (V{"Identifier:a", "Identifier:b"})) << n;
    SourceText source = SourceText::from_bytes("a\n" + spaces + "b" + spaces + "c");
    ErrorSlot errors;
    Lexer lexer(source, false, errors);
    lexer.next();
    EXPECT_TRUE(lexer.next().newline_before()) << n;
    EXPECT_EQ(lexer.current().start, 2 + n);
    EXPECT_FALSE(lexer.next().newline_before()) << n;
  }
}

// Block comments: the end is found first, then a line terminator only while none was seen.
TEST(LexerFastPathTest, BlockCommentsAndTheNewlineFlag) {
  struct Case {
    const char* src;
    bool newline;
  };
  for (const Case& c : {Case{"a /**/ b", false}, Case{"a /***/ b", false},
                        Case{"a /* * / ** */ b", false}, Case{"a /*\n*/ b", true},
                        Case{"a /* x */\n b", true}, Case{"a /* \r */ b", true},
                        Case{"a /* \xE2\x80\xA8 */ b", true}, Case{"a /* \xE2\x80\xA7 */ b", false},
                        Case{"a\n/* x */ b", true}, Case{"a /* x *//* y */ b", false}}) {
    SourceText source = SourceText::from_bytes(c.src);
    ErrorSlot errors;
    Lexer lexer(source, false, errors);
    lexer.next();
    const Token& t = lexer.next();
    ASSERT_FALSE(lexer.failed()) << c.src;
    EXPECT_EQ(t.kind, TokenKind::Identifier) << c.src;
    EXPECT_EQ(lexer.text(t), "b") << c.src;
    EXPECT_EQ(t.newline_before(), c.newline) << c.src;
  }
  test::expect_error("a /* never closed *", "Unterminated comment", 2);
  test::expect_error("a /*/", "Unterminated comment", 2);
  test::expect_error("/*", "Unterminated comment", 0);
}

// One-byte punctuators come straight from the dispatch table.
TEST(LexerFastPathTest, SingleBytePunctuatorsBesideEverything) {
  EXPECT_EQ(lex("(a)[b]{c};d,e:f~g"),
            (V{"LParen:(", "Identifier:a", "RParen:)", "LBracket:[", "Identifier:b", "RBracket:]",
               "LBrace:{", "Identifier:c", "RBrace:}", "Semicolon:;", "Identifier:d", "Comma:,",
               "Identifier:e", "Colon::", "Identifier:f", "Tilde:~", "Identifier:g"}));
  EXPECT_EQ(lex(")"), (V{"RParen:)"}));
}

}  // namespace
}  // namespace essa
