#include "summary.h"

#include "discover.h"

namespace essa::test262 {

Summary summarize(const std::vector<std::string>& paths, const std::vector<TestResult>& results) {
  Summary summary;
  for (size_t i = 0; i < paths.size() && i < results.size(); ++i) {
    const TestResult& result = results[i];
    if (result.state != TestResult::State::Done) {
      summary.skipped += result.state == TestResult::State::Skipped ? 1 : 0;
      continue;
    }
    summary.all.add(result.passed);
    (result.meta.expects_parse_error() ? summary.negative : summary.positive).add(result.passed);
    summary.directories[std::string(top_directory(paths[i]))].add(result.passed);
  }
  return summary;
}

namespace {

double percent(const Counts& c) { return c.total ? 100.0 * c.passed / c.total : 100.0; }

void print_row(std::FILE* out, const char* name, const Counts& c) {
  std::fprintf(out, "  %-12s %7u tests  %7u passed  %6u failed  %6.2f%%\n", name, c.total, c.passed,
               c.failed(), percent(c));
}

void print_list(std::FILE* out, const char* title, const std::vector<std::string>& paths) {
  if (paths.empty()) return;
  constexpr size_t kShown = 50;
  std::fprintf(out, "%s (%zu):\n", title, paths.size());
  for (size_t i = 0; i < paths.size() && i < kShown; ++i) {
    std::fprintf(out, "  %s\n", paths[i].c_str());
  }
  if (paths.size() > kShown) std::fprintf(out, "  ... and %zu more\n", paths.size() - kShown);
}

}  // namespace

void print_summary(std::FILE* out, const Summary& summary, int jobs, const Verdict* verdict) {
  std::fprintf(out, "test262: %u tests in %.2f s on %d worker%s", summary.all.total,
               summary.wall_seconds, jobs, jobs == 1 ? "" : "s");
  if (summary.skipped) std::fprintf(out, " (%u skipped by --features)", summary.skipped);
  std::fprintf(out, "\n");
  print_row(out, "all", summary.all);
  print_row(out, "positive", summary.positive);
  print_row(out, "negative", summary.negative);
  for (const auto& [name, counts] : summary.directories) print_row(out, name.c_str(), counts);
  if (!verdict) {
    std::fprintf(out, "%u passed, %u failed\n", summary.all.passed, summary.all.failed());
    return;
  }
  print_list(out, "unexpected failures", verdict->unexpected_failures);
  print_list(out, "unexpected passes (remove them from the list)", verdict->unexpected_passes);
  print_list(out, "listed but not in the suite", verdict->missing);
  std::fprintf(out,
               "expectations: %zu expected failures, %zu unexpected failures, %zu unexpected "
               "passes, %zu missing: %s\n",
               verdict->expected_failures, verdict->unexpected_failures.size(),
               verdict->unexpected_passes.size(), verdict->missing.size(),
               verdict->ok() ? "as expected" : "NOT as expected");
}

}  // namespace essa::test262
