// essa-test262: frontmatter, test selection, expectations, the worker pool (crash, hang,
// strict positions), and the reports. The imitation tree is tests/test262/fixture.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "discover.h"
#include "expectations.h"
#include "frontmatter.h"
#include "history.h"
#include "peer_results.h"
#include "progress.h"
#include "report_html.h"
#include "report_json.h"
#include "run.h"
#include "summary.h"

#ifndef ESSA_TEST262_FIXTURE_DIR
#error "tests/CMakeLists.txt defines ESSA_TEST262_FIXTURE_DIR"
#endif

namespace {

namespace fs = std::filesystem;
using namespace essa::test262;

const fs::path kFixture = ESSA_TEST262_FIXTURE_DIR;

// --- frontmatter -------------------------------------------------------------------------

TEST(Test262Frontmatter, FlowListsAndNegativeBlock) {
  const Frontmatter m = parse_frontmatter(
      "// c\n/*---\ndescription: >\n  flags: [raw] is not a key here\n"
      "negative:\n  phase: parse\n  type: SyntaxError\n"
      "flags: [onlyStrict, 'CanBlockIsFalse']\nfeatures: [a, b-c]\n---*/\nx;\n");
  EXPECT_TRUE(m.found);
  EXPECT_EQ(m.flags, (std::vector<std::string>{"onlyStrict", "CanBlockIsFalse"}));
  EXPECT_TRUE(m.only_strict);
  EXPECT_FALSE(m.raw);
  EXPECT_EQ(m.features, (std::vector<std::string>{"a", "b-c"}));
  EXPECT_EQ(m.negative_phase, "parse");
  EXPECT_EQ(m.negative_type, "SyntaxError");
  EXPECT_TRUE(m.expects_parse_error());
}

TEST(Test262Frontmatter, BlockListsCrlfAndDeepIndent) {
  const Frontmatter m = parse_frontmatter(
      "/*---\r\nfeatures:\r\n  - Symbol\r\n  - Symbol.iterator\r\nnegative:\r\n"
      "    phase: resolution\r\n    type: SyntaxError\r\nflags:\r\n- module\r\n---*/\r\n");
  EXPECT_EQ(m.features, (std::vector<std::string>{"Symbol", "Symbol.iterator"}));
  EXPECT_EQ(m.flags, (std::vector<std::string>{"module"}));
  EXPECT_TRUE(m.module);
  EXPECT_EQ(m.negative_phase, "resolution");
  EXPECT_FALSE(m.expects_parse_error());
}

TEST(Test262Frontmatter, FlowListOverLinesAndFlowMapping) {
  const Frontmatter m = parse_frontmatter(
      "/*---\nfeatures: [one,\n  two]\nnegative: {phase: parse, type: SyntaxError}\n---*/");
  EXPECT_EQ(m.features, (std::vector<std::string>{"one", "two"}));
  EXPECT_EQ(m.negative_phase, "parse");
  EXPECT_EQ(m.negative_type, "SyntaxError");
}

TEST(Test262Frontmatter, MissingOrUnclosedMeansPositiveInBothModes) {
  for (const char* source : {"var a;", "/*--- flags: [module]\nvar a;"}) {
    const Frontmatter m = parse_frontmatter(source);
    EXPECT_FALSE(m.found);
    EXPECT_FALSE(m.module);
    EXPECT_EQ(modes_for(m).count, 2);
  }
}

std::vector<Mode> modes_of(const char* flags) {
  const Modes modes =
      modes_for(parse_frontmatter(std::string("/*---\nflags: ") + flags + "\n---*/"));
  return std::vector<Mode>(modes.begin(), modes.end());
}

TEST(Test262Frontmatter, ModesFollowInterpretingMd) {
  EXPECT_EQ(modes_of("[]"), (std::vector<Mode>{Mode::Sloppy, Mode::Strict}));
  EXPECT_EQ(modes_of("[module]"), (std::vector<Mode>{Mode::Module}));
  EXPECT_EQ(modes_of("[raw]"), (std::vector<Mode>{Mode::Sloppy}));
  EXPECT_EQ(modes_of("[noStrict]"), (std::vector<Mode>{Mode::Sloppy}));
  EXPECT_EQ(modes_of("[onlyStrict]"), (std::vector<Mode>{Mode::Strict}));
  EXPECT_EQ(modes_of("[async, onlyStrict]"), (std::vector<Mode>{Mode::Strict}));
  EXPECT_EQ(mode_name(Mode::Strict), "strict");
  EXPECT_EQ(kStrictPrefix, "\"use strict\";\n");
}

// --- selection ---------------------------------------------------------------------------

TEST(Test262Discover, GlobAndSubstringFilters) {
  EXPECT_TRUE(glob_match("language/*/class/*.js", "language/expressions/class/a.js"));
  EXPECT_TRUE(glob_match("*a?c", "xxabc"));
  EXPECT_FALSE(glob_match("*a?c", "xxabcd"));
  EXPECT_TRUE(glob_match("a*b*c", "a-b-b-c"));
  EXPECT_FALSE(glob_match("a*b*c", "a-c-b"));
  EXPECT_TRUE(matches_filter({}, "anything.js"));
  EXPECT_TRUE(matches_filter({"nope", "statements/with"}, "language/statements/with/a.js"));
  EXPECT_FALSE(matches_filter({"statements/if"}, "language/statements/with/a.js"));
  EXPECT_FALSE(matches_filter({"*.mjs"}, "language/a.js"));
  EXPECT_EQ(top_directory("language/a/b.js"), "language");
  EXPECT_EQ(top_directory("top.js"), "(root)");
}

TEST(Test262Discover, FeatureFilter) {
  FeatureFilter filter;
  add_feature_list(filter, "class-fields-public, decorators,-regexp-v-flag");
  EXPECT_EQ(filter.include, (std::vector<std::string>{"class-fields-public", "decorators"}));
  EXPECT_EQ(filter.exclude, (std::vector<std::string>{"regexp-v-flag"}));
  EXPECT_TRUE(filter.accepts({"decorators"}));
  EXPECT_FALSE(filter.accepts({"decorators", "regexp-v-flag"}));
  EXPECT_FALSE(filter.accepts({}));
  FeatureFilter only_exclude;
  add_feature_list(only_exclude, "-a");
  EXPECT_TRUE(only_exclude.accepts({}));
  EXPECT_FALSE(only_exclude.accepts({"a"}));
  EXPECT_TRUE(FeatureFilter{}.accepts({"x"}));
}

TEST(Test262Discover, FixtureTreeSortedWithoutFixtureModules) {
  std::vector<std::string> paths;
  std::string error;
  ASSERT_TRUE(discover_tests(kFixture / "test", {}, paths, error)) << error;
  EXPECT_EQ(paths, (std::vector<std::string>{
                       "annexB/comments/hashbang-raw.js",
                       "built-ins/Array/prototype/at/basic.js",
                       "built-ins/Array/prototype/at/unterminated.js",
                       "language/expressions/addition/missing-operand.js",
                       "language/expressions/addition/simple.js",
                       "language/module-code/import-fixture.js",
                       "language/module-code/resolution-negative.js",
                       "language/statements/variable/broken-positive.js",
                       "language/statements/variable/valid-negative.js",
                       "language/statements/with/sloppy-only.js",
                       "language/statements/with/strict-only.js",
                   }));
  paths.clear();
  ASSERT_TRUE(discover_tests(kFixture / "test", {"built-ins/*.js", "with/sloppy"}, paths, error));
  EXPECT_EQ(paths, (std::vector<std::string>{"built-ins/Array/prototype/at/basic.js",
                                             "built-ins/Array/prototype/at/unterminated.js",
                                             "language/statements/with/sloppy-only.js"}));
  EXPECT_FALSE(discover_tests(kFixture / "no-such-dir", {}, paths, error));
  EXPECT_NE(error.find("no test directory"), std::string::npos);
}

// --- expectations ------------------------------------------------------------------------

TEST(Test262Expectations, ParseKeepsHeaderAndReasons) {
  Expectations e;
  std::string error;
  ASSERT_TRUE(
      parse_expectations("# head 1\n#head 2\n\nb/x.js  # why\n# dropped\na/y.js\n", e, error))
      << error;
  EXPECT_EQ(e.header, (std::vector<std::string>{"# head 1", "#head 2"}));
  ASSERT_EQ(e.entries.size(), 2u);
  EXPECT_EQ(e.entries.at("b/x.js"), "why");
  EXPECT_EQ(e.entries.at("a/y.js"), "");
  EXPECT_EQ(format_expectations(e), "# head 1\n#head 2\n\na/y.js\nb/x.js  # why\n");
}

TEST(Test262Expectations, RejectsDuplicatesAndJunk) {
  Expectations e;
  std::string error;
  EXPECT_FALSE(parse_expectations("a.js\na.js # again\n", e, error));
  EXPECT_EQ(error, "line 2: duplicate entry a.js");
  EXPECT_FALSE(parse_expectations("# h\na.js b.js\n", e, error));
  EXPECT_EQ(error, "line 2: expected one path, then '# reason'");
}

std::vector<Observed> observed_sample() {
  return {{"a.js", false, "sloppy: boom (1:0)"},
          {"b.js", true, ""},
          {"c.js", false, "strict: parsed, expected a SyntaxError"},
          {"d.js", true, ""}};
}

TEST(Test262Expectations, CheckIsExact) {
  Expectations e;
  std::string error;
  ASSERT_TRUE(parse_expectations("a.js # known\nb.js # fixed since\ngone.js\n", e, error));
  const Verdict partial = check_expectations(e, observed_sample(), false);
  EXPECT_EQ(partial.expected_failures, 1u);
  EXPECT_EQ(partial.unexpected_failures, (std::vector<std::string>{"c.js"}));
  EXPECT_EQ(partial.unexpected_passes, (std::vector<std::string>{"b.js"}));
  EXPECT_TRUE(partial.missing.empty());
  EXPECT_FALSE(partial.ok());
  const Verdict complete = check_expectations(e, observed_sample(), true);
  EXPECT_EQ(complete.missing, (std::vector<std::string>{"gone.js"}));

  ASSERT_TRUE(parse_expectations("a.js\nc.js\n", e, error));
  EXPECT_TRUE(check_expectations(e, observed_sample(), true).ok());
}

TEST(Test262Expectations, UpdateKeepsReasonsAndUntouchedEntries) {
  Expectations e;
  std::string error;
  ASSERT_TRUE(parse_expectations("# h\na.js # known\nb.js\nother.js # not run\n", e, error));
  const Expectations partial = update_expectations(e, observed_sample(), false);
  EXPECT_EQ(format_expectations(partial),
            "# h\n\na.js  # known\nc.js  # strict: parsed, expected a SyntaxError\n"
            "other.js  # not run\n");
  const Expectations complete = update_expectations(e, observed_sample(), true);
  EXPECT_EQ(format_expectations(complete),
            "# h\n\na.js  # known\nc.js  # strict: parsed, expected a SyntaxError\n");
  EXPECT_TRUE(check_expectations(complete, observed_sample(), true).ok());
}

TEST(Test262Expectations, SaveAndLoadRoundTrip) {
  const fs::path file = fs::path(testing::TempDir()) / "essa-expect-roundtrip.txt";
  Expectations e;
  e.header = default_header();
  e.entries = {{"x/y.js", "reason # with hash"}, {"a.js", ""}};
  std::string error;
  ASSERT_TRUE(save_expectations(file, e, error)) << error;
  Expectations back;
  ASSERT_TRUE(load_expectations(file, back, error)) << error;
  EXPECT_EQ(back.header, e.header);
  EXPECT_EQ(back.entries, e.entries);
  fs::remove(file);
}

// --- progress ----------------------------------------------------------------------------

TEST(Test262Progress, RenderShowsCountsRateAndTimeLeft) {
  EXPECT_EQ(Progress::render(250, 1000, 200, 2.0, 80),
            "[#######........................]"
            " 250/1000  passing 200 (80.0%)  125/s  left 6s");
  EXPECT_EQ(Progress::render(0, 10, 0, 0.0, 80).substr(0, 12), "[...........");
}

// --- running -----------------------------------------------------------------------------

TestResult run_fixture(const std::string& path) {
  std::ifstream in(kFixture / "test" / path, std::ios::binary);
  const std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  TestRunner runner(2000);
  return runner.run(source);
}

TEST(Test262Run, PositiveNegativeAndModes) {
  const TestResult simple = run_fixture("language/expressions/addition/simple.js");
  ASSERT_EQ(simple.runs.size(), 2u);
  EXPECT_EQ(simple.runs[0].mode, Mode::Sloppy);
  EXPECT_EQ(simple.runs[1].mode, Mode::Strict);
  EXPECT_TRUE(simple.passed);

  const TestResult negative = run_fixture("language/expressions/addition/missing-operand.js");
  ASSERT_EQ(negative.runs.size(), 2u);
  EXPECT_EQ(negative.runs[0].got, Got::Error);
  EXPECT_EQ(negative.runs[1].got, Got::Error);
  EXPECT_TRUE(negative.passed);

  const TestResult valid_negative = run_fixture("language/statements/variable/valid-negative.js");
  EXPECT_FALSE(valid_negative.passed);
  EXPECT_EQ(failure_reason(valid_negative), "sloppy: parsed, expected a SyntaxError");

  const TestResult module = run_fixture("language/module-code/import-fixture.js");
  ASSERT_EQ(module.runs.size(), 1u);
  EXPECT_EQ(module.runs[0].mode, Mode::Module);
  EXPECT_TRUE(module.passed);

  const TestResult raw = run_fixture("annexB/comments/hashbang-raw.js");
  ASSERT_EQ(raw.runs.size(), 1u);
  EXPECT_EQ(raw.runs[0].mode, Mode::Sloppy);
  EXPECT_TRUE(raw.passed);
}

TEST(Test262Run, StrictRunReportsPositionsInTheFileAsWritten) {
  const TestResult broken = run_fixture("language/statements/variable/broken-positive.js");
  ASSERT_EQ(broken.runs.size(), 2u);
  for (const RunResult& run : broken.runs) {
    SCOPED_TRACE(std::string(mode_name(run.mode)));
    EXPECT_EQ(run.got, Got::Error);
    EXPECT_EQ(run.line, 9u);
    EXPECT_EQ(run.column, 4u);
  }
  EXPECT_EQ(broken.runs[0].offset, broken.runs[1].offset);
  EXPECT_EQ(broken.runs[0].message, broken.runs[1].message);
  EXPECT_FALSE(broken.passed);
}

TEST(Test262Run, JudgeNeedsEveryRun) {
  Frontmatter positive;
  Frontmatter negative;
  negative.negative_phase = "parse";
  RunResult parsed;
  RunResult rejected;
  rejected.got = Got::Error;
  RunResult hung;
  hung.got = Got::Timeout;
  EXPECT_TRUE(judge(positive, {parsed, parsed}));
  EXPECT_FALSE(judge(positive, {parsed, rejected}));
  EXPECT_TRUE(judge(negative, {rejected, rejected}));
  EXPECT_FALSE(judge(negative, {rejected, parsed}));
  EXPECT_FALSE(judge(negative, {hung}));
  EXPECT_FALSE(judge(positive, {}));
}

// Runs in the forked workers: one test aborts, one makes its worker exit, one hangs.
// (abort, not a segfault: AddressSanitizer turns SIGSEGV into an exit status.)
void misbehave(const std::string& path) {
  if (path.find("crash") != std::string::npos) std::abort();
  if (path.find("exit") != std::string::npos) std::_Exit(3);
  if (path.find("hang") != std::string::npos) {
    for (;;) std::this_thread::sleep_for(std::chrono::seconds(1));
  }
}

TEST(Test262Run, PoolSurvivesCrashesAndHangs) {
  const fs::path root = fs::path(testing::TempDir()) / "essa-test262-pool";
  fs::remove_all(root);
  fs::create_directories(root / "test" / "d");
  std::vector<std::string> paths;
  for (const char* name : {"a-crash.js", "b-hang.js", "c-exit.js", "d.js", "e.js", "f.js"}) {
    std::ofstream(root / "test" / "d" / name) << "var x = 1;\n";
    paths.push_back(std::string("d/") + name);
  }
  RunOptions options;
  options.test_dir = root / "test";
  options.jobs = 2;
  options.timeout_seconds = 0.5;
  options.before_test = misbehave;
  std::vector<TestResult> results;
  std::string error;
  const auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(run_tests(paths, options, nullptr, results, error)) << error;
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  ASSERT_EQ(results.size(), 6u);
  ASSERT_EQ(results[0].runs.size(), 1u);
  EXPECT_EQ(results[0].runs[0].got, Got::Crash);
  EXPECT_EQ(results[0].runs[0].message, "killed by signal 6 (Aborted)");
  ASSERT_EQ(results[1].runs.size(), 1u);
  EXPECT_EQ(results[1].runs[0].got, Got::Timeout);
  EXPECT_EQ(failure_reason(results[1]), "sloppy: timed out");
  ASSERT_EQ(results[2].runs.size(), 1u);
  EXPECT_EQ(results[2].runs[0].got, Got::Crash);
  EXPECT_EQ(failure_reason(results[2]), "sloppy: crashed (worker exited with status 3)");
  for (size_t i = 0; i < results.size(); ++i) {
    SCOPED_TRACE(paths[i]);
    EXPECT_EQ(results[i].state, TestResult::State::Done);
    EXPECT_EQ(results[i].passed, i >= 3);
  }
  fs::remove_all(root);
}

TEST(Test262Run, FeaturesFilterSkipsInTheWorker) {
  RunOptions options;
  options.test_dir = kFixture / "test";
  options.jobs = 1;
  add_feature_list(options.features, "fixture-feature-a");
  const std::vector<std::string> paths = {"language/statements/variable/broken-positive.js",
                                          "language/expressions/addition/simple.js"};
  std::vector<TestResult> results;
  std::string error;
  ASSERT_TRUE(run_tests(paths, options, nullptr, results, error)) << error;
  EXPECT_EQ(results[0].state, TestResult::State::Done);
  EXPECT_EQ(results[0].meta.features,
            (std::vector<std::string>{"fixture-feature-a", "fixture-feature-b"}));
  EXPECT_EQ(results[1].state, TestResult::State::Skipped);
  const Summary summary = summarize(paths, results);
  EXPECT_EQ(summary.all.total, 1u);
  EXPECT_EQ(summary.skipped, 1u);
}

// --- reports -----------------------------------------------------------------------------

struct FixtureRun {
  std::vector<std::string> paths;
  std::vector<TestResult> results;
  Summary summary;
};

FixtureRun run_whole_fixture() {
  FixtureRun run;
  std::string error;
  EXPECT_TRUE(discover_tests(kFixture / "test", {}, run.paths, error)) << error;
  RunOptions options;
  options.test_dir = kFixture / "test";
  options.jobs = 2;
  EXPECT_TRUE(run_tests(run.paths, options, nullptr, run.results, error)) << error;
  run.summary = summarize(run.paths, run.results);
  return run;
}

TEST(Test262Report, FixtureSummary) {
  const FixtureRun run = run_whole_fixture();
  EXPECT_EQ(run.summary.all.total, 11u);
  EXPECT_EQ(run.summary.all.passed, 8u);
  EXPECT_EQ(run.summary.positive.total, 9u);
  EXPECT_EQ(run.summary.positive.passed, 7u);
  EXPECT_EQ(run.summary.negative.total, 2u);
  EXPECT_EQ(run.summary.negative.passed, 1u);
  ASSERT_EQ(run.summary.directories.size(), 3u);
  EXPECT_EQ(run.summary.directories.at("language").total, 8u);
  EXPECT_EQ(run.summary.directories.at("language").passed, 6u);
  EXPECT_EQ(run.summary.directories.at("built-ins").passed, 1u);
}

TEST(Test262Report, JsonWritesAndHistoryReadsBack) {
  const FixtureRun run = run_whole_fixture();
  Expectations e;
  std::string error;
  ASSERT_TRUE(load_expectations(kFixture / "expected-failures.txt", e, error)) << error;
  std::vector<Observed> observed;
  for (size_t i = 0; i < run.paths.size(); ++i) {
    observed.push_back({run.paths[i], run.results[i].passed, ""});
  }
  const Verdict verdict = check_expectations(e, observed, true);
  EXPECT_TRUE(verdict.ok());
  RunInfo info;
  info.essa_version = "test";
  info.date = "2025-01-02T03:04:05Z";
  const fs::path file = fs::path(testing::TempDir()) / "essa-test262-results.json";
  ASSERT_TRUE(
      write_results_json(file, info, run.paths, run.results, run.summary, &e, &verdict, error))
      << error;
  std::ifstream in(file);
  const nlohmann::json json = nlohmann::json::parse(in);
  EXPECT_EQ(json["format"], "essa-test262-results");
  EXPECT_EQ(json["format_version"], 1);
  EXPECT_EQ(json["summary"]["total"], 11);
  EXPECT_EQ(json["summary"]["failed"], 3);
  EXPECT_EQ(json["summary"]["expectations"]["expected_failures"], 3);
  ASSERT_EQ(json["tests"].size(), 11u);
  const nlohmann::json& broken = json["tests"][7];
  EXPECT_EQ(broken["path"], "language/statements/variable/broken-positive.js");
  EXPECT_EQ(broken["expected"], "parse");
  EXPECT_EQ(broken["result"], "fail");
  EXPECT_EQ(broken["listed"], true);
  EXPECT_EQ(broken["runs"][1]["mode"], "strict");
  EXPECT_EQ(broken["runs"][1]["got"], "error");
  EXPECT_EQ(broken["runs"][1]["error"]["line"], 9);

  HistoryPoint point;
  ASSERT_TRUE(load_history_point(file, point, error)) << error;
  EXPECT_EQ(point.date, "2025-01-02T03:04:05Z");
  EXPECT_EQ(point.total, 11u);
  EXPECT_EQ(point.passed, 8u);
  fs::remove(file);
}

TEST(Test262Report, DashboardDataAndPage) {
  const FixtureRun run = run_whole_fixture();
  RunInfo info;
  info.date = "2025-01-02T03:04:05Z";
  DashboardInput input{info,    run.paths, run.results, run.summary,
                       nullptr, nullptr,   {},          kFixture / "test"};
  input.history.push_back({"2024-12-01T00:00:00Z", "abc", 10, 5});
  const nlohmann::ordered_json data = dashboard_data(input);
  EXPECT_EQ(data["tree"]["total"], 11);
  EXPECT_EQ(data["tree"]["children"][2]["name"], "language");
  EXPECT_EQ(data["tree"]["children"][2]["children"][2]["name"], "statements");
  EXPECT_EQ(data["tree"]["children"][2]["children"][2]["total"], 4);
  EXPECT_EQ(data["tree"]["children"][2]["children"][2]["passed"], 2);
  ASSERT_EQ(data["failures"].size(), 3u);
  EXPECT_EQ(data["failures"][0]["path"], "built-ins/Array/prototype/at/unterminated.js");
  EXPECT_EQ(data["failures"][0]["listed"], nullptr);
  EXPECT_NE(data["failures"][0]["source"].get<std::string>().find("var s = \"unterminated;"),
            std::string::npos);
  EXPECT_EQ(data["features"][0]["name"], "Array.prototype.at");
  EXPECT_EQ(data["features"][0]["total"], 2);
  EXPECT_EQ(data["features"][0]["passed"], 1);
  ASSERT_EQ(data["history"].size(), 2u);
  EXPECT_EQ(data["history"][1]["passed"], 8);

  nlohmann::ordered_json evil = data;
  evil["failures"][0]["source"] = "</script><script>alert(1)</script>";
  const std::string page = render_dashboard(evil);
  EXPECT_EQ(page.find("</script><script>alert"), std::string::npos);
  EXPECT_NE(page.find("\\u003c/script>\\u003cscript>alert"), std::string::npos);
  EXPECT_EQ(page.find("/*@ESSA_"), std::string::npos);
  EXPECT_NE(page.find("id=\"essa-data\""), std::string::npos);
}

void write_text(const fs::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary);
  out << text;
}

TEST(Test262Peers, ReadsAPeerFileAndAnEssaFile) {
  const fs::path file = fs::path(testing::TempDir()) / "essa-peer-acorn.json";
  write_text(file,
             "{\"format\": \"essa-test262-results\", \"format_version\": 1, \"parser\": "
             "\"acorn\", \"parser_version\": \"acorn 8.19.0\", \"parser_options\": \"latest\","
             "\"tests\": [{\"path\": \"a.js\", \"result\": \"pass\"}, {\"path\": \"b.js\", "
             "\"result\": \"fail\"}]}");
  PeerResults peer;
  std::string error;
  ASSERT_TRUE(load_peer_results(file, peer, error)) << error;
  EXPECT_EQ(peer.name, "acorn");
  EXPECT_EQ(peer.version, "acorn 8.19.0");
  EXPECT_EQ(peer.options, "latest");
  ASSERT_EQ(peer.passed.size(), 2u);
  EXPECT_TRUE(peer.passed.at("a.js"));
  EXPECT_FALSE(peer.passed.at("b.js"));

  write_text(file, "{\"format\": \"essa-test262-results\", \"essa_version\": \"0.1.0\", \"tests\": []}");
  ASSERT_TRUE(load_peer_results(file, peer, error)) << error;
  EXPECT_EQ(peer.name, "essa");
  EXPECT_EQ(peer.version, "essa 0.1.0");

  write_text(file, "{\"format\": \"something-else\", \"tests\": []}");
  EXPECT_FALSE(load_peer_results(file, peer, error));
  EXPECT_NE(error.find("not an essa-test262 results file"), std::string::npos);
  write_text(file, "{\"format\": \"essa-test262-results\", \"tests\": [{\"result\": \"pass\"}]}");
  EXPECT_FALSE(load_peer_results(file, peer, error));
  EXPECT_FALSE(load_peer_results(fs::path(testing::TempDir()) / "no-such-file.json", peer, error));
  fs::remove(file);
}

TEST(Test262Peers, MajorityNeedsMoreThanHalfOfThePeersThatRan) {
  std::vector<PeerResults> peers(3);
  peers[0].passed = {{"t.js", false}, {"u.js", false}};
  peers[1].passed = {{"t.js", false}, {"u.js", true}};
  peers[2].passed = {{"t.js", true}};
  const PeerVotes t = votes_for(peers, "t.js");
  EXPECT_EQ(t.ran, 3u);
  EXPECT_EQ(t.passed, 1u);
  EXPECT_TRUE(t.majority_against(true));
  EXPECT_FALSE(t.majority_against(false));
  const PeerVotes u = votes_for(peers, "u.js");  // a tie is no majority
  EXPECT_FALSE(u.majority_against(true));
  EXPECT_FALSE(u.majority_against(false));
  EXPECT_FALSE(votes_for(peers, "missing.js").majority_against(true));
}

TEST(Test262Peers, DashboardHasPeerColumnsAndDisagreements) {
  const FixtureRun run = run_whole_fixture();
  RunInfo info;
  info.date = "2025-01-02T03:04:05Z";
  // Two peers that fail Array/at/basic.js (essa passes it) and pass Array/at/unterminated.js
  // (essa fails it); they ran only the built-ins tests.
  std::vector<PeerResults> peers(2);
  for (size_t k = 0; k < 2; ++k) {
    peers[k].name = k ? "beta" : "alpha";
    peers[k].passed = {{"built-ins/Array/prototype/at/basic.js", false},
                       {"built-ins/Array/prototype/at/unterminated.js", true}};
  }
  DashboardInput input{info,    run.paths, run.results, run.summary,
                       nullptr, nullptr,   {},          kFixture / "test"};
  input.peers = &peers;
  const nlohmann::ordered_json data = dashboard_data(input);
  ASSERT_EQ(data["peers"].size(), 2u);
  EXPECT_EQ(data["peers"][1]["name"], "beta");
  EXPECT_EQ(data["peers"][0]["total"], 2);
  EXPECT_EQ(data["peers"][0]["passed"], 1);
  EXPECT_EQ(data["tree"]["peers"][0], nlohmann::ordered_json({2, 1}));
  EXPECT_EQ(data["tree"]["children"][1]["name"], "built-ins");
  EXPECT_EQ(data["tree"]["children"][1]["peers"][1], nlohmann::ordered_json({2, 1}));
  EXPECT_EQ(data["tree"]["children"][0]["peers"][1], nlohmann::ordered_json({0, 0}));
  EXPECT_EQ(data["features"][0]["name"], "Array.prototype.at");
  EXPECT_EQ(data["features"][0]["peers"][0], nlohmann::ordered_json({2, 1}));
  ASSERT_EQ(data["disagreements"].size(), 2u);
  EXPECT_EQ(data["disagreements"][0]["path"], "built-ins/Array/prototype/at/basic.js");
  EXPECT_EQ(data["disagreements"][0]["essa"], "pass");
  EXPECT_EQ(data["disagreements"][0]["peers"], nlohmann::ordered_json({"fail", "fail"}));
  EXPECT_TRUE(data["disagreements"][0]["test"]["source"].is_string());
  EXPECT_EQ(data["disagreements"][1]["essa"], "fail");
  EXPECT_TRUE(data["disagreements"][1]["test"].is_null());  // its source is in failures

  input.peers = nullptr;
  const nlohmann::ordered_json alone = dashboard_data(input);
  EXPECT_TRUE(alone["peers"].empty());
  EXPECT_TRUE(alone["disagreements"].empty());
  EXPECT_FALSE(alone["tree"].contains("peers"));
}

TEST(Test262History, LineRoundTripAndLog) {
  const FixtureRun run = run_whole_fixture();
  const HistoryPoint now =
      history_point("2025-01-02T03:04:05Z", "t262", "abc123", "", run.paths, run.results, run.summary);
  EXPECT_EQ(now.total, 11u);
  EXPECT_EQ(now.passed, 8u);
  ASSERT_EQ(now.failing.size(), 3u);
  EXPECT_EQ(now.failing[0], "built-ins/Array/prototype/at/unterminated.js");
  EXPECT_EQ(now.features.at("Array.prototype.at"), std::make_pair(2u, 1u));
  const std::string line = history_line(now);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  HistoryPoint back;
  ASSERT_TRUE(parse_history_line(line, back));
  EXPECT_EQ(back.date, now.date);
  EXPECT_EQ(back.commit, "abc123");
  EXPECT_EQ(back.test262_commit, "t262");
  EXPECT_EQ(back.total, 11u);
  EXPECT_EQ(back.passed, 8u);
  EXPECT_TRUE(back.has_failing);
  EXPECT_EQ(back.failing, now.failing);
  EXPECT_EQ(back.features, now.features);
  EXPECT_FALSE(parse_history_line("{\"format\": \"essa-test262-results\"}", back));
  EXPECT_FALSE(parse_history_line("not json", back));

  const fs::path log = fs::path(testing::TempDir()) / "essa-history-test" / "history.jsonl";
  fs::remove_all(log.parent_path());
  std::vector<HistoryPoint> points;
  std::string error;
  ASSERT_TRUE(load_history_log(log, points, error)) << error;  // missing: empty
  EXPECT_TRUE(points.empty());
  ASSERT_TRUE(append_history_line(log, now, error)) << error;
  ASSERT_TRUE(append_history_line(log, now, error)) << error;
  ASSERT_TRUE(load_history_log(log, points, error)) << error;
  ASSERT_EQ(points.size(), 2u);
  EXPECT_EQ(points[1].failing, now.failing);
  {
    std::ofstream out(log, std::ios::app);
    out << "{\"format\": 1}\n";
  }
  points.clear();
  EXPECT_FALSE(load_history_log(log, points, error));
  EXPECT_NE(error.find("history.jsonl:3: not an essa-test262 history line"), std::string::npos)
      << error;
  fs::remove_all(log.parent_path());
}

TEST(Test262History, FlipsBetweenRuns) {
  HistoryPoint before, after;
  before.has_failing = after.has_failing = true;
  before.failing = {"a.js", "b.js", "gone.js"};
  after.failing = {"b.js", "c.js"};
  const std::vector<std::string> ran = {"a.js", "b.js", "c.js"};
  Flips flips = flips_between(before, after, ran);
  EXPECT_TRUE(flips.comparable);
  EXPECT_EQ(flips.fixed, std::vector<std::string>{"a.js"});   // gone.js was removed
  EXPECT_EQ(flips.broken, std::vector<std::string>{"c.js"});
  after.selection = "filter=language/;";
  EXPECT_FALSE(flips_between(before, after, ran).comparable);
  after.selection.clear();
  before.has_failing = false;  // from a results JSON: no per-test list
  EXPECT_FALSE(flips_between(before, after, ran).comparable);
}

}  // namespace
