// Running tests: one test in process (TestRunner), and the whole selection on a pool of
// forked worker processes (run_tests), so that a crash or a hang costs one test, never the run.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "discover.h"
#include "essa/arena.h"
#include "frontmatter.h"

namespace essa::test262 {

class Progress;

// What one parse did. Timeout and Crash come from the watchdog, not from the parser.
enum class Got : unsigned char { Parse, Error, Timeout, Crash };
std::string_view got_name(Got got);  // "parse", "error", "timeout", "crash"

struct RunResult {
  Mode mode = Mode::Sloppy;
  Got got = Got::Parse;
  uint32_t duration_us = 0;
  // The syntax error (Got::Error), or what cut the run short (Timeout, Crash).
  std::string message;
  // Where the error is in the file as written: a strict run's prefix is subtracted. line is
  // 1-based (0 when there is no position), column and offset count UTF-16 units, as acorn.
  uint32_t line = 0;
  uint32_t column = 0;
  uint32_t offset = 0;
};

struct TestResult {
  enum class State : unsigned char { Pending, Done, Skipped };  // Skipped: --features
  State state = State::Pending;
  Frontmatter meta;
  std::vector<RunResult> runs;
  bool passed = false;
};

// A parse-phase negative passes when every run rejected it; any other test passes when every
// run parsed it. No runs is a failure.
bool judge(const Frontmatter& meta, const std::vector<RunResult>& runs);

// One line on why a test failed, for the expectations file and the summary, e.g.
// "strict: parsed, expected a SyntaxError" or "sloppy: Unexpected token (3:4)".
std::string failure_reason(const TestResult& result);

// Parses one test in this process, in each of its modes, reusing one arena.
class TestRunner {
 public:
  explicit TestRunner(uint32_t max_depth) : max_depth_(max_depth) {}
  // One run: the strict prefix is added here.
  RunResult run_mode(std::string_view source, Mode mode);
  // The metadata, every run and the verdict.
  TestResult run(std::string_view source);

 private:
  uint32_t max_depth_;
  Arena arena_;
  std::string strict_source_;
};

struct RunOptions {
  std::filesystem::path test_dir;  // test262's test/ directory
  int jobs = 1;
  double timeout_seconds = 10;
  uint32_t max_depth = 2000;
  FeatureFilter features;
  // A test seam: called in the worker before each test is parsed (the unit tests make it
  // crash or hang there). Null in the program.
  void (*before_test)(const std::string& path) = nullptr;
};

// Runs `paths` (relative to options.test_dir) on `options.jobs` worker processes and fills
// `results` (same order). A test whose parse outlives the timeout is killed and recorded as
// Got::Timeout; one whose worker dies is recorded as Got::Crash and named on stderr. The
// progress display may be null. Returns false only when the pool cannot be set up.
bool run_tests(const std::vector<std::string>& paths, const RunOptions& options, Progress* progress,
               std::vector<TestResult>& results, std::string& error);

}  // namespace essa::test262
