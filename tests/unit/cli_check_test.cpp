// essa-parse --check: one line per failing file, a summary, the exit status; and the progress
// meter, drawn only on a terminal.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "cli_test_util.h"

namespace {

using namespace essa::cli_test;

std::string make_tree() {
  const std::string dir = temp_dir();
  write_file(dir + "a.js", "let a = 1;\n");
  write_file(dir + "b.js", "let b = ;\n");
  write_file(dir + "c.mjs", "export default 1;\n");
  write_file(dir + "d.js", "\n  x @ y\n");
  return dir;
}

TEST(CliCheckTest, FailingFilesAndASummary) {
  const std::string dir = make_tree();
  const CliRun r = run("--check -j 2 " + quoted(dir));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "");  // no progress: standard error is not a terminal
  const std::string lines = dir + "b.js:1:9: SyntaxError: Unexpected token\n" + dir +
                            "d.js:2:5: SyntaxError: Unexpected token\n";
  ASSERT_EQ(r.out.substr(0, lines.size()), lines);
  const std::string summary = r.out.substr(lines.size());
  EXPECT_TRUE(std::regex_match(
      summary, std::regex("4 files, 0\\.0 MB, 2 errors, [0-9]+\\.[0-9] MB/s, [0-9]+\\.[0-9]{2} s\n")))
      << summary;
}

TEST(CliCheckTest, AllGoodIsStatusZero) {
  const std::string dir = make_tree();
  const CliRun r = run("--check " + quoted(dir + "a.js") + " " + quoted(dir + "c.mjs"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("2 files, 0.0 MB, 0 errors, ", 0), 0u) << r.out;
  // One file, or standard input, is checked the same way.
  EXPECT_EQ(run("--check", "a +;").out.rfind("<stdin>:1:4: SyntaxError: Unexpected token\n1 files", 0), 0u);
  // Unreadable files count as errors, and make the status 2.
  const CliRun missing = run("--check no-such-file.js " + quoted(dir + "a.js"));
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(missing.err, "essa-parse: cannot open 'no-such-file.js': No such file or directory\n");
  EXPECT_EQ(missing.out.rfind("2 files, 0.0 MB, 1 errors, ", 0), 0u) << missing.out;
}

TEST(CliCheckTest, CheckTakesNoAstOptions) {
  for (const char* option : {"--ndjson", "--pretty", "--loc", "--range", "--source-file=x", "--tokens"}) {
    EXPECT_EQ(run(std::string("--check ") + option + " a.js").status, 2) << option;
  }
}

// Runs the command under script(1), so that its standard error is a terminal; returns what
// the terminal showed.
std::string on_a_terminal(const std::string& args) {
  const std::string command = bin() + " " + args;
  return run_shell("script -qec \"" + command + "\" /dev/null").out;
}

TEST(CliCheckTest, ProgressOnATerminalOnly) {
  const std::string dir = make_tree();
  const std::string shown = on_a_terminal("--check " + dir);
  EXPECT_TRUE(std::regex_search(shown, std::regex("essa-parse: [0-9]+/4 files, [0-9.]+ MB/s, ETA ")))
      << shown;
  // Erased before the report and at the end.
  EXPECT_NE(shown.find("\r\x1b[K"), std::string::npos);
  EXPECT_EQ(on_a_terminal("--check --quiet " + dir).find("ETA"), std::string::npos);
  EXPECT_EQ(on_a_terminal("-q " + dir).find("ETA"), std::string::npos);
}

}  // namespace
