// Runs the real essa-parse binary: exit codes, the error report, options, stdin and files.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <regex>
#include <string>
#include <string_view>

#ifndef ESSA_PARSE_BIN
#error "ESSA_PARSE_BIN must name the essa-parse binary"
#endif

namespace {

struct CliRun {
  int status = -1;
  std::string out;
  std::string err;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_file(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// A path in the test temp directory, unique to the running test (tests may run in parallel).
std::string temp_path(std::string_view name) {
  const auto* info = testing::UnitTest::GetInstance()->current_test_info();
  return testing::TempDir() + "essa_cli_" + info->name() + "_" + std::string(name);
}

// Runs essa-parse with `args` (already shell-quoted), feeding `input` on stdin.
CliRun run(const std::string& args, std::string_view input = {}) {
  const std::string in = temp_path("stdin");
  const std::string out = temp_path("stdout");
  const std::string err = temp_path("stderr");
  write_file(in, input);
  const std::string command = std::string("'") + ESSA_PARSE_BIN + "' " + args + " <'" + in +
                              "' >'" + out + "' 2>'" + err + "'";
  const int raw = std::system(command.c_str());
  CliRun r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  std::remove(in.c_str());
  std::remove(out.c_str());
  std::remove(err.c_str());
  return r;
}

TEST(CliTest, TokensFromStdin) {
  const CliRun r = run("--tokens", "a / b");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            R"([{"type":"Identifier","value":"a","start":0,"end":1},)"
            R"({"type":"Punctuator","value":"/","start":2,"end":3},)"
            R"({"type":"Identifier","value":"b","start":4,"end":5}])"
            "\n");
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(run("--tokens -", "x").out,
            R"([{"type":"Identifier","value":"x","start":0,"end":1}])"
            "\n");
}

TEST(CliTest, LocRangePretty) {
  const CliRun r = run("--tokens --range --loc --pretty", "x");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, R"([
  {
    "type": "Identifier",
    "value": "x",
    "start": 0,
    "end": 1,
    "loc": {
      "start": {
        "line": 1,
        "column": 0
      },
      "end": {
        "line": 1,
        "column": 1
      }
    },
    "range": [
      0,
      1
    ]
  }
]
)");
}

TEST(CliTest, SyntaxErrorWithCaret) {
  const CliRun r = run("--tokens", "let a = 1;\nx = 1 @ 2;\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "<stdin>:2:7: SyntaxError: Unexpected character '@'\n"
            "x = 1 @ 2;\n"
            "      ^\n");
}

TEST(CliTest, CaretKeepsTabsAndCountsCharacters) {
  EXPECT_EQ(run("--tokens", "\tx @").err,
            "<stdin>:1:4: SyntaxError: Unexpected character '@'\n"
            "\tx @\n"
            "\t  ^\n");
  // U+1F600 is two UTF-16 units (the column) but one character (the caret).
  EXPECT_EQ(run("--tokens", "\"\xF0\x9F\x98\x80\" @").err,
            "<stdin>:1:6: SyntaxError: Unexpected character '@'\n"
            "\"\xF0\x9F\x98\x80\" @\n"
            "    ^\n");
}

TEST(CliTest, LongLineShowsAWindow) {
  std::string line;
  for (int i = 0; i < 200; ++i) line += "a ";
  line += "@";
  for (int i = 0; i < 100; ++i) line += " b";
  const CliRun r = run("--tokens", line);
  EXPECT_EQ(r.status, 1);
  // 60 characters before the caret, 100 in all, "..." where the line is cut.
  std::string window = "...";
  for (int i = 0; i < 30; ++i) window += "a ";
  window += "@";
  for (int i = 0; i < 19; ++i) window += " b";
  window += " ...";
  EXPECT_EQ(r.err, "<stdin>:1:401: SyntaxError: Unexpected character '@'\n" + window + "\n" +
                       std::string(63, ' ') + "^\n");
}

TEST(CliTest, InvalidUtf8) {
  const CliRun r = run("--tokens", "ab\n c\xFF d");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "<stdin>:2:3: SyntaxError: Invalid UTF-8: byte 0xFF\n"
            " c? d\n"
            "  ^\n");
}

TEST(CliTest, GoalFollowsExtensionUnlessGiven) {
  const std::string mjs = temp_path("m.mjs");
  const std::string js = temp_path("s.js");
  write_file(mjs, "017");
  write_file(js, "017");
  const CliRun module_run = run("--tokens '" + mjs + "'");
  EXPECT_EQ(module_run.status, 1);
  EXPECT_EQ(module_run.err, mjs + ":1:1: SyntaxError: Invalid number\n017\n^\n");
  EXPECT_EQ(run("--tokens --script '" + mjs + "'").status, 0);
  EXPECT_EQ(run("--tokens '" + js + "'").status, 0);
  EXPECT_EQ(run("--tokens --module '" + js + "'").status, 1);
  std::remove(mjs.c_str());
  std::remove(js.c_str());
}

TEST(CliTest, MissingFile) {
  const CliRun r = run("--tokens no-such-file.js");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "essa-parse: cannot open 'no-such-file.js': No such file or directory\n");
}

TEST(CliTest, UsageErrors) {
  const CliRun unknown = run("--tokens --bogus");
  EXPECT_EQ(unknown.status, 2);
  EXPECT_EQ(unknown.err,
            "essa-parse: unknown option '--bogus'\n"
            "Try 'essa-parse --help' for more information.\n");
  EXPECT_EQ(run("--tokens a.js b.js").status, 2);
  EXPECT_EQ(run("--tokens --module --script").status, 2);
  const CliRun no_mode = run("", "x");
  EXPECT_EQ(no_mode.status, 2);
  EXPECT_EQ(no_mode.err, "essa-parse: parsing to an AST is not implemented yet; use --tokens\n");
}

TEST(CliTest, Help) {
  const CliRun r = run("--help");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("Usage: essa-parse", 0), 0u);
  for (const char* option : {"--tokens", "--loc", "--range", "--pretty", "--module", "--script",
                             "--help", "--version", "1-based"}) {
    EXPECT_NE(r.out.find(option), std::string::npos) << option;
  }
  EXPECT_EQ(run("-h").out, r.out);
}

TEST(CliTest, Version) {
  const CliRun r = run("--version");
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(std::regex_match(r.out, std::regex("essa-parse [0-9]+\\.[0-9]+\\.[0-9]+\n")))
      << r.out;
}

}  // namespace
