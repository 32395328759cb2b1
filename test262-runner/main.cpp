// essa-test262: runs the parser over test262 as INTERPRETING.md says, checks the result
// against the expected-failures list, and writes the results JSON and the dashboard.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "discover.h"
#include "expectations.h"
#include "history.h"
#include "peer_results.h"
#include "progress.h"
#include "report_html.h"
#include "report_json.h"
#include "run.h"
#include "summary.h"

#ifndef ESSA_VERSION
#define ESSA_VERSION "unknown"
#endif

namespace {

namespace fs = std::filesystem;
using namespace essa::test262;

constexpr int kExitOk = 0;
constexpr int kExitFailures = 1;  // a test failed (or, with --expect, not as listed)
constexpr int kExitUsage = 2;     // also I/O errors

constexpr std::string_view kUsage =
    "Usage: essa-test262 --test262 DIR [options]\n"
    "Runs essa's parser over every test of DIR/test (a test262 checkout).\n"
    "\n"
    "  --test262 DIR        the test262 checkout (required)\n"
    "  --jobs N             worker processes (default: the number of cores)\n"
    "  --filter PATTERN     run only tests whose path (relative to test/) contains PATTERN,\n"
    "                       or matches it as a glob when it has * or ?; repeatable, or\n"
    "                       comma-separated: a test matching any pattern runs\n"
    "  --features LIST      comma-separated: run only tests using one of these features;\n"
    "                       a name written -NAME leaves out the tests that use NAME\n"
    "  --timeout SECONDS    a test still parsing after this long fails (default 10)\n"
    "  --json FILE          write every test's outcome and the summary (docs/test262.md)\n"
    "  --html DIR           write the dashboard, DIR/index.html\n"
    "  --history FILE...    the dashboard's trend: earlier results JSON files, and at most one\n"
    "                       history log (a name ending in .jsonl): its lines are earlier\n"
    "                       runs, this run is appended, and the dashboard lists the tests\n"
    "                       that flipped since its last line\n"
    "  --commit TEXT        essa's commit, written into the history log\n"
    "  --compare FILE...    other parsers' results JSON files (test262-runner/peers/): the\n"
    "                       dashboard shows them beside essa\n"
    "  --expect FILE        the expected failures; exit 1 unless the run matches it exactly\n"
    "  --update-expect      rewrite the --expect file from this run (exit 0)\n"
    "  --help, --version\n"
    "\n"
    "Exit status: 0 when every test passed (with --expect: when exactly the listed tests\n"
    "failed), 1 otherwise, 2 for usage or I/O errors.\n";

struct Options {
  fs::path test262;
  int jobs = 0;
  double timeout_seconds = 10;
  std::vector<std::string> filters;
  std::vector<std::string> feature_lists;
  FeatureFilter features;
  fs::path json;
  fs::path html;
  std::vector<fs::path> history;
  fs::path history_log;
  std::string commit;
  std::vector<fs::path> compare;
  fs::path expect;
  bool update_expect = false;
  bool help = false;
  bool version = false;
};

void split_commas(std::string_view list, std::vector<std::string>& out) {
  while (!list.empty()) {
    const size_t comma = list.find(',');
    if (comma != 0) out.emplace_back(list.substr(0, comma));
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
}

bool parse_options(int argc, char** argv, Options& options, std::string& error) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const auto value = [&](std::string_view& out) {
      if (i + 1 >= argc) {
        error = std::string(arg) + " needs a value";
        return false;
      }
      out = argv[++i];
      return true;
    };
    std::string_view v;
    if (arg == "--help" || arg == "-h") {
      options.help = true;
      return true;
    } else if (arg == "--version") {
      options.version = true;
      return true;
    } else if (arg == "--test262") {
      if (!value(v)) return false;
      options.test262 = v;
    } else if (arg == "--jobs" || arg == "-j") {
      if (!value(v)) return false;
      const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), options.jobs);
      if (ec != std::errc() || end != v.data() + v.size() || options.jobs < 1) {
        error = "--jobs needs a positive number";
        return false;
      }
    } else if (arg == "--timeout") {
      if (!value(v)) return false;
      const auto [end, ec] =
          std::from_chars(v.data(), v.data() + v.size(), options.timeout_seconds);
      if (ec != std::errc() || end != v.data() + v.size() || !(options.timeout_seconds > 0)) {
        error = "--timeout needs a positive number of seconds";
        return false;
      }
    } else if (arg == "--filter") {
      if (!value(v)) return false;
      split_commas(v, options.filters);
    } else if (arg == "--features") {
      if (!value(v)) return false;
      options.feature_lists.emplace_back(v);
      add_feature_list(options.features, v);
    } else if (arg == "--json") {
      if (!value(v)) return false;
      options.json = v;
    } else if (arg == "--html") {
      if (!value(v)) return false;
      options.html = v;
    } else if (arg == "--history" || arg == "--compare") {
      if (i + 1 >= argc || std::string_view(argv[i + 1]).starts_with("--")) {
        error = std::string(arg) + " needs at least one file";
        return false;
      }
      while (i + 1 < argc && !std::string_view(argv[i + 1]).starts_with("--")) {
        const fs::path file = argv[++i];
        if (arg == "--compare") {
          options.compare.push_back(file);
        } else if (file.extension() == ".jsonl") {
          if (!options.history_log.empty()) {
            error = "--history takes one history log (.jsonl)";
            return false;
          }
          options.history_log = file;
        } else {
          options.history.push_back(file);
        }
      }
    } else if (arg == "--commit") {
      if (!value(v)) return false;
      options.commit = v;
    } else if (arg == "--expect") {
      if (!value(v)) return false;
      options.expect = v;
    } else if (arg == "--update-expect") {
      options.update_expect = true;
    } else {
      error = "unknown argument " + std::string(arg);
      return false;
    }
  }
  if (options.test262.empty()) {
    error = "--test262 DIR is required";
    return false;
  }
  if (options.update_expect && options.expect.empty()) {
    error = "--update-expect needs --expect FILE";
    return false;
  }
  return true;
}

int fail_usage(const std::string& message) {
  std::fprintf(stderr, "essa-test262: %s\nTry 'essa-test262 --help' for more information.\n",
               message.c_str());
  return kExitUsage;
}

int fail_io(const std::string& message) {
  std::fprintf(stderr, "essa-test262: %s\n", message.c_str());
  return kExitUsage;
}

std::string utc_now() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&now, &tm);
  char text[32];
  const size_t n = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return std::string(text, n);
}

std::string first_line(const fs::path& file) {
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line;
}

// The commit of the checkout: a COMMIT file if the checkout has one, else git's HEAD.
std::string test262_commit(const fs::path& root) {
  std::error_code ec;
  if (fs::exists(root / "COMMIT", ec)) return first_line(root / "COMMIT");
  const std::string head = first_line(root / ".git" / "HEAD");
  if (!head.starts_with("ref: ")) return head;
  const std::string ref = head.substr(5);
  if (fs::exists(root / ".git" / ref, ec)) return first_line(root / ".git" / ref);
  std::ifstream packed(root / ".git" / "packed-refs");
  for (std::string line; std::getline(packed, line);) {
    if (line.size() > 41 && line.compare(41, std::string::npos, ref) == 0)
      return line.substr(0, 40);
  }
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  std::string error;
  if (!parse_options(argc, argv, options, error)) return fail_usage(error);
  if (options.help) {
    std::fwrite(kUsage.data(), 1, kUsage.size(), stdout);
    return kExitOk;
  }
  if (options.version) {
    std::fputs("essa-test262 " ESSA_VERSION "\n", stdout);
    return kExitOk;
  }

  const auto started = std::chrono::steady_clock::now();
  RunInfo info;
  info.essa_version = ESSA_VERSION;
  info.test262_commit = test262_commit(options.test262);
  info.date = utc_now();
  info.jobs = options.jobs > 0
                  ? options.jobs
                  : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  info.timeout_seconds = options.timeout_seconds;
  info.filters = options.filters;
  info.features = options.feature_lists;
  info.expectations_file = options.expect.generic_string();
  info.commit = options.commit;

  Expectations expectations;
  if (!options.expect.empty()) {
    std::error_code ec;
    const bool missing = options.update_expect && !fs::exists(options.expect, ec);
    if (missing) {
      expectations.header = default_header();
    } else if (!load_expectations(options.expect, expectations, error)) {
      return fail_io(error);
    }
  }
  std::vector<HistoryPoint> history(options.history.size());
  for (size_t i = 0; i < options.history.size(); ++i) {
    if (!load_history_point(options.history[i], history[i], error)) return fail_io(error);
  }
  std::vector<HistoryPoint> logged;
  if (!options.history_log.empty() && !load_history_log(options.history_log, logged, error)) {
    return fail_io(error);
  }
  history.insert(history.end(), logged.begin(), logged.end());
  std::stable_sort(history.begin(), history.end(),
                   [](const HistoryPoint& a, const HistoryPoint& b) { return a.date < b.date; });
  std::vector<PeerResults> peers(options.compare.size());
  for (size_t i = 0; i < options.compare.size(); ++i) {
    if (!load_peer_results(options.compare[i], peers[i], error)) return fail_io(error);
  }

  const fs::path test_dir = options.test262 / "test";
  std::vector<std::string> paths;
  if (!discover_tests(test_dir, options.filters, paths, error)) return fail_io(error);
  if (paths.empty()) return fail_io("no test matches the filter");

  RunOptions run_options;
  run_options.test_dir = test_dir;
  run_options.jobs = info.jobs;
  run_options.timeout_seconds = options.timeout_seconds;
  run_options.features = options.features;
  Progress progress(stderr);
  std::vector<TestResult> results;
  if (!run_tests(paths, run_options, progress.enabled() ? &progress : nullptr, results, error)) {
    return fail_io(error);
  }

  Summary summary = summarize(paths, results);
  summary.wall_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  const bool complete_run = options.filters.empty() && options.features.empty();
  std::vector<Observed> observed;
  observed.reserve(paths.size());
  for (size_t i = 0; i < paths.size(); ++i) {
    if (results[i].state != TestResult::State::Done) continue;
    observed.push_back({paths[i], results[i].passed,
                        results[i].passed ? std::string() : failure_reason(results[i])});
  }
  const bool expecting = !options.expect.empty();
  const Verdict verdict = check_expectations(expectations, observed, complete_run);

  if (!options.json.empty() && !write_results_json(options.json, info, paths, results, summary,
                                                   expecting ? &expectations : nullptr,
                                                   expecting ? &verdict : nullptr, error)) {
    return fail_io(error);
  }
  // This run in the history log, and the tests that flipped since its last line.
  Flips flips;
  std::string flips_since;
  if (!options.history_log.empty()) {
    std::string selection;
    for (const std::string& f : options.filters) selection += "filter=" + f + ";";
    for (const std::string& f : options.feature_lists) selection += "features=" + f + ";";
    const HistoryPoint now = history_point(info.date, info.test262_commit, info.commit, selection,
                                           paths, results, summary);
    if (!logged.empty()) {
      std::vector<std::string> ran;
      for (size_t i = 0; i < paths.size(); ++i) {
        if (results[i].state == TestResult::State::Done) ran.push_back(paths[i]);
      }
      flips = flips_between(logged.back(), now, ran);
      flips_since = logged.back().date;
    }
    if (!append_history_line(options.history_log, now, error)) return fail_io(error);
  }
  if (!options.html.empty()) {
    DashboardInput input{info,
                         paths,
                         results,
                         summary,
                         expecting ? &expectations : nullptr,
                         expecting ? &verdict : nullptr,
                         history,
                         test_dir};
    input.peers = &peers;
    if (!flips_since.empty()) {
      input.flips = &flips;
      input.flips_since = flips_since;
    }
    if (!write_dashboard(options.html, input, error)) return fail_io(error);
  }

  if (!expecting && summary.all.failed() > 0) {
    // Without a list every test should pass: name the first failures and why.
    constexpr size_t kShown = 20;
    size_t shown = 0;
    std::fprintf(stdout, "failures:\n");
    for (const Observed& test : observed) {
      if (test.passed) continue;
      if (shown++ == kShown) {
        std::fprintf(stdout, "  ... (--json FILE lists them all)\n");
        break;
      }
      std::fprintf(stdout, "  %s  # %s\n", test.path.c_str(), test.reason.c_str());
    }
  }
  print_summary(stdout, summary, info.jobs, expecting ? &verdict : nullptr);

  if (options.update_expect) {
    const Expectations updated = update_expectations(expectations, observed, complete_run);
    if (!save_expectations(options.expect, updated, error)) return fail_io(error);
    std::fprintf(stdout, "wrote %s: %zu expected failures (was %zu)\n",
                 options.expect.string().c_str(), updated.entries.size(),
                 expectations.entries.size());
    return kExitOk;
  }
  if (expecting) return verdict.ok() ? kExitOk : kExitFailures;
  return summary.all.failed() == 0 ? kExitOk : kExitFailures;
}
