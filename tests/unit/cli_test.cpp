// Runs the real essa-parse binary: exit codes, the error report, options, stdin and files.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "cli_test_util.h"

namespace {

using namespace essa::cli_test;

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

TEST(CliTest, Comments) {
  EXPECT_EQ(run("--comments", "a // b").out,
            R"({"type":"Program","start":0,"end":6,"body":[{"type":"ExpressionStatement",)"
            R"("start":0,"end":1,"expression":{"type":"Identifier","start":0,"end":1,)"
            R"("name":"a"}}],"sourceType":"script","comments":[{"type":"Line","value":" b",)"
            R"("start":2,"end":6}]})"
            "\n");
  EXPECT_EQ(run("--tokens --comments", "a // b").out,
            R"({"tokens":[{"type":"Identifier","value":"a","start":0,"end":1}],)"
            R"("comments":[{"type":"Line","value":" b","start":2,"end":6,"range":[2,6]}]})"
            "\n");
  EXPECT_NE(run("--ndjson --comments", "a /**/").out.find(R"("sourceType":"script","comments":[)"),
            std::string::npos);
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
  // U+1F600 is two UTF-16 units (the column) and two terminal columns (the caret).
  EXPECT_EQ(run("--tokens", "\"\xF0\x9F\x98\x80\" @").err,
            "<stdin>:1:6: SyntaxError: Unexpected character '@'\n"
            "\"\xF0\x9F\x98\x80\" @\n"
            "     ^\n");
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

// JSX by --jsx or by the .jsx extension; the tree is acorn-jsx's.
TEST(CliTest, JsxByFlagOrExtension) {
  const std::string jsx = temp_path("c.jsx");
  const std::string js = temp_path("c.js");
  write_file(jsx, "<a/>");
  write_file(js, "<a/>");
  const std::string tree =
      R"json({"type":"Program","start":0,"end":4,"body":[{"type":"ExpressionStatement","start":0,"end":4,"expression":{"type":"JSXElement","start":0,"end":4,"openingElement":{"type":"JSXOpeningElement","start":0,"end":4,"attributes":[],"name":{"type":"JSXIdentifier","start":1,"end":2,"name":"a"},"selfClosing":true},"closingElement":null,"children":[]}}],"sourceType":"script"})json"
      "\n";
  EXPECT_EQ(run("--script '" + jsx + "'").out, tree);
  EXPECT_EQ(run("--script --jsx '" + js + "'").out, tree);
  // Without JSX, acorn's error, then a hint.
  const CliRun plain = run("--script '" + js + "'");
  EXPECT_EQ(plain.status, 1);
  EXPECT_EQ(plain.err, js + ":1:1: SyntaxError: Unexpected token\n<a/>\n^\n"
                       "hint: did you mean --jsx? This `<` starts a JSX element (JSX is on with "
                       "--jsx and in .jsx files)\n");
  // No hint where JSX would fail at the same `<`.
  write_file(js, "a = <;");
  EXPECT_EQ(run("--script '" + js + "'").err, js + ":1:5: SyntaxError: Unexpected token\na = <;\n    ^\n");
  std::remove(jsx.c_str());
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
  EXPECT_EQ(run("--tokens --ndjson").status, 2);
  const CliRun pretty_ndjson = run("--pretty a.js b.js");
  EXPECT_EQ(pretty_ndjson.status, 2);
  EXPECT_EQ(pretty_ndjson.err,
            "essa-parse: --pretty cannot be used with NDJSON output (several inputs or --ndjson)\n"
            "Try 'essa-parse --help' for more information.\n");
  EXPECT_EQ(run("--pretty --ndjson").status, 2);
  EXPECT_EQ(run("- -").err,
            "essa-parse: standard input ('-') can be read only once\n"
            "Try 'essa-parse --help' for more information.\n");
  EXPECT_EQ(run("-o").err,
            "essa-parse: option '-o' needs a value\n"
            "Try 'essa-parse --help' for more information.\n");
  EXPECT_EQ(run("--source-file").status, 2);
  EXPECT_EQ(run("-o a.json -o b.json").status, 2);
}

TEST(CliTest, Help) {
  const CliRun r = run("--help");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("Usage: essa-parse", 0), 0u);
  for (const char* option :
       {"--tokens", "--loc", "--range", "--pretty", "--module", "--script", "--help", "--version",
        "1-based", "--source-file", "--ndjson", "--output FILE", "--check", "--jobs N", "--exclude GLOB",
        "--files-from FILE", "--shard I/N", "--quiet", "--commonjs", "--option=VALUE", R"({"file":NAME,"ast":)",
        R"({"file":NAME,"error":{"message":MESSAGE,"offset":N,"line":L,"column":C,"raisedAt":R}})"}) {
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

// The AST tests below expect acorn 8.15.0's JSON.stringify(acorn.parse(src, {ecmaVersion:
// "latest", sourceType, locations, ranges, sourceFile})) for each source.
constexpr std::string_view kSumJson =
    R"({"type":"Program","start":0,"end":5,"body":[{"type":"ExpressionStatement","start":0,"end":5,"expression":{"type":"BinaryExpression","start":0,"end":5,"left":{"type":"Identifier","start":0,"end":1,"name":"a"},"operator":"+","right":{"type":"Literal","start":4,"end":5,"value":1,"raw":"1"}}}],"sourceType":"script"})";
constexpr std::string_view kExportJson =
    R"({"type":"Program","start":0,"end":9,"body":[{"type":"ExportNamedDeclaration","start":0,"end":9,"declaration":null,"specifiers":[],"source":null,"attributes":[]}],"sourceType":"module"})";

// NDJSON lines; `file` needs no JSON escaping in these tests.
std::string ast_record(const std::string& file, std::string_view ast) {
  return R"({"file":")" + file + R"(","ast":)" + std::string(ast) + "}\n";
}
std::string error_record(const std::string& file, std::string_view message_and_position) {
  return R"({"file":")" + file + R"(","error":{"message":)" + std::string(message_and_position) +
         "}}\n";
}

TEST(CliTest, AstFromStdinAndFile) {
  const CliRun r = run("", "a + 1");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, std::string(kSumJson) + "\n");
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(run("-", "a + 1").out, r.out);
  const std::string mjs = temp_path("e.mjs");
  write_file(mjs, "export {}");
  EXPECT_EQ(run("'" + mjs + "'").out, std::string(kExportJson) + "\n");
  EXPECT_EQ(run("--module", "export {}").out, std::string(kExportJson) + "\n");
  std::remove(mjs.c_str());
}

TEST(CliTest, AstLocRangeSourceFile) {
  const CliRun r = run("--loc --range --source-file f.js", "x\n");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(
      r.out,
      R"({"type":"Program","start":0,"end":2,"loc":{"start":{"line":1,"column":0},"end":{"line":2,"column":0},"source":"f.js"},"range":[0,2],"body":[{"type":"ExpressionStatement","start":0,"end":1,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":1},"source":"f.js"},"range":[0,1],"expression":{"type":"Identifier","start":0,"end":1,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":1},"source":"f.js"},"range":[0,1],"name":"x"}}],"sourceType":"script"})"
      "\n");
}

TEST(CliTest, AstPretty) {
  const CliRun r = run("--pretty", "f(1)");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, R"({
  "type": "Program",
  "start": 0,
  "end": 4,
  "body": [
    {
      "type": "ExpressionStatement",
      "start": 0,
      "end": 4,
      "expression": {
        "type": "CallExpression",
        "start": 0,
        "end": 4,
        "callee": {
          "type": "Identifier",
          "start": 0,
          "end": 1,
          "name": "f"
        },
        "arguments": [
          {
            "type": "Literal",
            "start": 2,
            "end": 3,
            "value": 1,
            "raw": "1"
          }
        ],
        "optional": false
      }
    }
  ],
  "sourceType": "script"
}
)");
}

TEST(CliTest, AstSyntaxErrorWritesNothing) {
  const CliRun r = run("", "a +;");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "<stdin>:1:4: SyntaxError: Unexpected token\n"
            "a +;\n"
            "   ^\n");
}

TEST(CliTest, NdjsonOneRecordPerInputInOrder) {
  const std::string a = temp_path("a.js");
  const std::string bad = temp_path("bad.js");
  const std::string m = temp_path("m.mjs");
  const std::string invalid = temp_path("invalid.js");
  write_file(a, "a + 1");
  write_file(bad, "a +;");
  write_file(m, "export {}");
  write_file(invalid, "\xFF");
  const CliRun r = run("'" + a + "' '" + bad + "' '" + m + "' '" + invalid + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(
      r.out,
      ast_record(a, kSumJson) +
          error_record(bad, R"("Unexpected token","offset":3,"line":1,"column":3,"raisedAt":4)") +
          ast_record(m, kExportJson) +
          error_record(invalid,
                       R"("Invalid UTF-8: byte 0xFF","offset":0,"line":1,"column":0,"raisedAt":0)"));
  // Syntax errors are reported on standard error as well.
  EXPECT_EQ(r.err, bad + ":1:4: SyntaxError: Unexpected token\na +;\n   ^\n" + invalid +
                       ":1:1: SyntaxError: Invalid UTF-8: byte 0xFF\n?\n^\n");
  // --ndjson makes a record of a single input, here standard input.
  const CliRun one = run("--ndjson", "a + 1");
  EXPECT_EQ(one.status, 0) << one.err;
  EXPECT_EQ(one.out, ast_record("<stdin>", kSumJson));
  for (const std::string& file : {a, bad, m, invalid}) std::remove(file.c_str());
}

TEST(CliTest, NdjsonUnreadableInputIsAnIoError) {
  const std::string a = temp_path("a.js");
  write_file(a, "a + 1");
  const CliRun r = run("no-such-file.js '" + a + "'");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, ast_record(a, kSumJson));
  EXPECT_EQ(r.err, "essa-parse: cannot open 'no-such-file.js': No such file or directory\n");
  std::remove(a.c_str());
}

// Names of the entries of `dir` that contain `part`, sorted, each followed by a space.
std::string entries_containing(const std::string& dir, const std::string& part) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.find(part) != std::string::npos) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  std::string out;
  for (const std::string& name : names) out += name + " ";
  return out;
}

TEST(CliTest, OutputFileIsReplacedAtomically) {
  const std::string target = temp_path("out.json");
  write_file(target, "old");
  const std::string prefix = "essa_cli_CliTest_OutputFileIsReplacedAtomically";
  // Failures leave the old file as it was, and no temporary file behind.
  EXPECT_EQ(run("-o '" + target + "'", "a +;").status, 1);
  EXPECT_EQ(read_file(target), "old");
  EXPECT_EQ(run("-o '" + target + "' no-such-file.js").status, 2);
  EXPECT_EQ(read_file(target), "old");
  EXPECT_EQ(run("-o '" + target + "' --tokens", "x @").status, 1);
  EXPECT_EQ(read_file(target), "old");
  // Success replaces it.
  const CliRun ok = run("-o '" + target + "'", "a + 1");
  EXPECT_EQ(ok.status, 0) << ok.err;
  EXPECT_EQ(ok.out, "");
  EXPECT_EQ(read_file(target), std::string(kSumJson) + "\n");
  // NDJSON keeps its error records: the output is complete.
  const CliRun ndjson = run("-o '" + target + "' --ndjson", "a +;");
  EXPECT_EQ(ndjson.status, 1);
  EXPECT_EQ(
      read_file(target),
      error_record("<stdin>", R"("Unexpected token","offset":3,"line":1,"column":3,"raisedAt":4)"));
  const std::string dir = testing::TempDir();
  EXPECT_EQ(entries_containing(dir, prefix), prefix + "_out.json ");
  std::remove(target.c_str());
  // A directory that does not exist is an I/O error.
  const CliRun nowhere = run("-o '" + dir + "no-such-dir/out.json'", "x");
  EXPECT_EQ(nowhere.status, 2);
  EXPECT_EQ(nowhere.err.rfind("essa-parse: cannot create a temporary file for '", 0), 0u)
      << nowhere.err;
}

TEST(CliTest, Stage3Fields) {
  EXPECT_EQ(run("--module", "import('m')").out,
            R"({"type":"Program","start":0,"end":11,"body":[{"type":"ExpressionStatement","start":0,"end":11,"expression":{"type":"ImportExpression","start":0,"end":11,"source":{"type":"Literal","start":7,"end":10,"value":"m","raw":"'m'"},"options":null}}],"sourceType":"module"})"
            "\n");
  EXPECT_EQ(run("--module --stage3-fields", "import('m')").out,
            R"({"type":"Program","start":0,"end":11,"body":[{"type":"ExpressionStatement","start":0,"end":11,"expression":{"type":"ImportExpression","start":0,"end":11,"source":{"type":"Literal","start":7,"end":10,"value":"m","raw":"'m'"},"options":null,"phase":null}}],"sourceType":"module"})"
            "\n");
  const CliRun with_tokens = run("--tokens --stage3-fields", "x");
  EXPECT_EQ(with_tokens.status, 2);
  EXPECT_NE(with_tokens.err.find("--stage3-fields cannot be used with --tokens"), std::string::npos)
      << with_tokens.err;
}

// acorn's options: a flag alone is true, --flag=true|false, --allow-reserved=true|false|never.
TEST(CliTest, AcornOptions) {
  EXPECT_EQ(run("--allow-return-outside-function", "return").out,
            R"({"type":"Program","start":0,"end":6,"body":[{"type":"ReturnStatement","start":0,"end":6,"argument":null}],"sourceType":"script"})"
            "\n");
  EXPECT_EQ(run("--allow-return-outside-function=false", "return").status, 1);
  EXPECT_EQ(run("--strict", "with (a) {}").status, 1);
  EXPECT_EQ(run("--strict=false", "with (a) {}").status, 0);
  EXPECT_EQ(run("--allow-hash-bang=false", "#!x\n").status, 1);
  EXPECT_EQ(run("--allow-hash-bang", "#!x\n").status, 0);
  EXPECT_EQ(run("--allow-reserved", "var enum").status, 0);
  EXPECT_EQ(run("--allow-reserved=false", "var enum").status, 1);
  EXPECT_EQ(run("--allow-reserved=never", "a.if").status, 1);
  EXPECT_EQ(run("--preserve-parens", "(a)").out,
            R"({"type":"Program","start":0,"end":3,"body":[{"type":"ExpressionStatement","start":0,"end":3,"expression":{"type":"ParenthesizedExpression","start":0,"end":3,"expression":{"type":"Identifier","start":1,"end":2,"name":"a"}}}],"sourceType":"script"})"
            "\n");
  EXPECT_EQ(run("--allow-import-export-everywhere", "import.meta").status, 0);
  EXPECT_EQ(run("--allow-await-outside-function", "await x").status, 0);
}

TEST(CliTest, AcornOptionUsageErrors) {
  EXPECT_EQ(run("--allow-reserved=maybe").err,
            "essa-parse: --allow-reserved takes true, false or never (got 'maybe')\n"
            "Try 'essa-parse --help' for more information.\n");
  EXPECT_EQ(run("--strict=yes").err,
            "essa-parse: --strict takes true or false (got 'yes')\n"
            "Try 'essa-parse --help' for more information.\n");
  EXPECT_EQ(run("--commonjs --allow-await-outside-function").status, 2);
  EXPECT_EQ(run("--tokens --preserve-parens").status, 2);
}

// --ecma-version N|latest: an edition or its year; acorn 8.19 rejects `a &&= b` before 2021.
TEST(CliTest, EcmaVersion) {
  EXPECT_EQ(run("--ecma-version 2021", "a &&= b").status, 0);
  EXPECT_EQ(run("--ecma-version=12", "a &&= b").status, 0);
  EXPECT_EQ(run("--ecma-version latest", "a &&= b").status, 0);
  EXPECT_EQ(run("--ecma-version 2020", "a &&= b").err,
            "<stdin>:1:5: SyntaxError: Unexpected token\n"
            "a &&= b\n"
            "    ^\n");
}

// acorn's allowHashBang is false by default before 2023: --allow-hash-bang overrides it.
TEST(CliTest, EcmaVersionHashBangDefault) {
  EXPECT_EQ(run("--ecma-version 2022", "#!x\n1").status, 1);
  EXPECT_EQ(run("--ecma-version 2023", "#!x\n1").status, 0);
  EXPECT_EQ(run("--ecma-version 2022 --allow-hash-bang", "#!x\n1").status, 0);
}

TEST(CliTest, EcmaVersionUsageErrors) {
  EXPECT_EQ(run("--ecma-version 2014").err,
            "essa-parse: --ecma-version takes 3, 5, 6 to 17, 2015 to 2026, or latest (got '2014')\n"
            "Try 'essa-parse --help' for more information.\n");
  EXPECT_EQ(run("--ecma-version next").status, 2);
  EXPECT_EQ(run("--ecma-version").status, 2);
}

// --tokens takes --ecma-version as espree's tokenize() takes ecmaVersion: a later edition's
// tokens are not formed.
TEST(CliTest, TokensAtAnEdition) {
  EXPECT_EQ(run("--tokens --ecma-version 2015", "a**b").out,
            R"([{"type":"Identifier","value":"a","start":0,"end":1},)"
            R"({"type":"Punctuator","value":"*","start":1,"end":2},)"
            R"({"type":"Punctuator","value":"*","start":2,"end":3},)"
            R"({"type":"Identifier","value":"b","start":3,"end":4}])"
            "\n");
  EXPECT_EQ(run("--tokens --ecma-version 2016", "a**b").out,
            R"([{"type":"Identifier","value":"a","start":0,"end":1},)"
            R"({"type":"Punctuator","value":"**","start":1,"end":3},)"
            R"({"type":"Identifier","value":"b","start":3,"end":4}])"
            "\n");
  EXPECT_EQ(run("--tokens --ecma-version 5", "let").out,
            R"([{"type":"Identifier","value":"let","start":0,"end":3}])" "\n");
  EXPECT_EQ(run("--tokens --ecma-version 2022", "#!x\n1").status, 1);
  EXPECT_EQ(run("--tokens --strict", "x").status, 2);
}

TEST(CliTest, EveryValuedOptionTakesEquals) {
  const CliRun spaced = run("--loc --source-file f.js", "x");
  EXPECT_EQ(spaced.status, 0) << spaced.err;
  EXPECT_EQ(run("--loc --source-file=f.js", "x").out, spaced.out);
  // An empty value after '=' is a value.
  EXPECT_NE(run("--loc --source-file=", "x").out.find(R"("source":"")"), std::string::npos);
  const std::string target = temp_path("out.json");
  EXPECT_EQ(run("--output=" + quoted(target), "x").status, 0);
  EXPECT_EQ(read_file(target), run("", "x").out);
  EXPECT_EQ(run("-o" + quoted(target), "y").status, 0);
  EXPECT_EQ(read_file(target), run("", "y").out);
  std::remove(target.c_str());
  EXPECT_EQ(run("--jobs=2 --ndjson", "x").status, 0);
  EXPECT_EQ(run("-j2 --ndjson", "x").status, 0);
  EXPECT_EQ(run("--shard=1/1 --ndjson", "x").status, 0);
  EXPECT_EQ(run("--exclude=x --ndjson", "x").status, 0);
  EXPECT_EQ(run("--files-from=-", "").status, 0);
  // Options without a value refuse one.
  EXPECT_EQ(run("--loc=1", "x").err,
            "essa-parse: option '--loc' takes no value\n"
            "Try 'essa-parse --help' for more information.\n");
}

}  // namespace
