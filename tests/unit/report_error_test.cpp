// essa-parse's code frame: the caret stands under the offending character whatever precedes
// it on the line (tabs, wide and zero-width characters, a byte order mark), and the cost of a
// report is the window shown, not the line.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

#include "essa/parse.h"
#include "report_error.h"

namespace essa::cli {
namespace {

// The frame essa-parse prints for the first syntax error of `src` (script goal).
std::string frame(std::string_view src) {
  const ParseResult result = parse(src);
  EXPECT_FALSE(result.ok()) << src;
  if (result.ok()) return "";
  return format_syntax_error("f.js", src, *result.error());
}

TEST(ReportErrorTest, CaretAfterWideCharacters) {
  EXPECT_EQ(frame("\"日本語\" + ;"),
            "f.js:1:9: SyntaxError: Unexpected token\n"
            "\"日本語\" + ;\n"
            "           ^\n");
  // U+1F600 is two UTF-16 units (the column) and two terminal columns (the caret).
  EXPECT_EQ(frame("\"\xF0\x9F\x98\x80\" @"),
            "f.js:1:6: SyntaxError: Unexpected token\n"
            "\"\xF0\x9F\x98\x80\" @\n"
            "     ^\n");
  // Fullwidth forms are wide too.
  EXPECT_EQ(frame("\"ＡＢ\" @"),
            "f.js:1:6: SyntaxError: Unexpected token\n"
            "\"ＡＢ\" @\n"
            "       ^\n");
}

TEST(ReportErrorTest, CaretAfterZeroWidthCharacters) {
  // e + U+0301 (combining acute) is one column; U+200D (ZWJ) takes none.
  EXPECT_EQ(frame("\"e\xCC\x81\xE2\x80\x8D\" @"),
            "f.js:1:7: SyntaxError: Unexpected token\n"
            "\"e\xCC\x81\xE2\x80\x8D\" @\n"
            "    ^\n");
}

TEST(ReportErrorTest, ByteOrderMarkIsNotShown) {
  // The BOM counts as one UTF-16 unit in the column, as in a JavaScript string.
  EXPECT_EQ(frame("\xEF\xBB\xBF" "a +;"),
            "f.js:1:5: SyntaxError: Unexpected token\n"
            "a +;\n"
            "   ^\n");
  // `@` starts a decorator; the error is at the end of the input, after it.
  EXPECT_EQ(frame("\xEF\xBB\xBF@"),
            "f.js:1:3: SyntaxError: Unexpected token\n"
            "@\n"
            " ^\n");
  // Only a BOM at the start of the file is one; on later lines it is white space, shown
  // with no width.
  EXPECT_EQ(frame("x\n\xEF\xBB\xBF" "a +;"),
            "f.js:2:5: SyntaxError: Unexpected token\n"
            "\xEF\xBB\xBF" "a +;\n"
            "   ^\n");
}

TEST(ReportErrorTest, WideCharactersInALongLineWindow) {
  std::string src = "\"";
  for (int i = 0; i < 100; ++i) src += "語";
  src += "\" @";
  // The window keeps 60 characters before the caret: 58 wide ones, the quote and a space.
  std::string shown = "...";
  for (int i = 0; i < 58; ++i) shown += "語";
  shown += "\" @";
  EXPECT_EQ(frame(src), "f.js:1:104: SyntaxError: Unexpected token\n" + shown + "\n" +
                            std::string(3 + 58 * 2 + 2, ' ') + "^\n");
}

// A 20 MB line: the report holds the window only.
TEST(ReportErrorTest, HugeLineGivesASmallFrame) {
  std::string src(20u << 20, ' ');
  src += ")";
  const std::string text = frame(src);
  EXPECT_LT(text.size(), 400u);
  EXPECT_EQ(text.substr(0, text.find('\n')),
            "f.js:1:20971521: SyntaxError: Unexpected token");
}

// Peak resident memory (KiB) of essa-parse reading `input` on stdin.
long peak_kib_of_parse(const std::string& input) {
  const pid_t pid = fork();
  if (pid == 0) {
    const int in = open(input.c_str(), O_RDONLY);
    const int null = open("/dev/null", O_WRONLY);
    if (in < 0 || null < 0) _exit(127);
    dup2(in, 0);
    dup2(null, 1);
    dup2(null, 2);
    execl(ESSA_PARSE_BIN, ESSA_PARSE_BIN, static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  EXPECT_EQ(wait4(pid, &status, 0, &usage), pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) <= 1) << status;
  return usage.ru_maxrss;
}

// An error on a 20 MB line costs at most twice what parsing that file costs (it used to be
// about 40 bytes per byte of the line: 810 MB against 24 MB).
TEST(ReportErrorTest, HugeLineReportWithinTwiceTheParse) {
  const auto dir = std::filesystem::temp_directory_path();
  const std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
  const std::string good = (dir / (name + ".good.js")).string();
  const std::string bad = (dir / (name + ".bad.js")).string();
  for (const auto& [path, last] : {std::pair{good, '1'}, std::pair{bad, ')'}}) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    const std::string spaces(20u << 20, ' ');
    std::fwrite(spaces.data(), 1, spaces.size(), f);
    std::fputc(last, f);
    std::fclose(f);
  }
  const long parse_kib = peak_kib_of_parse(good);
  const long report_kib = peak_kib_of_parse(bad);
  std::filesystem::remove(good);
  std::filesystem::remove(bad);
  EXPECT_LT(report_kib, 2 * parse_kib) << "parse " << parse_kib << " KiB, report "
                                       << report_kib << " KiB";
}

}  // namespace
}  // namespace essa::cli
