// --json FILE: every test's outcome and the summary, in the format docs/test262.md documents
// ("essa-test262-results", format_version 1). One test per line, so the file greps and diffs.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "expectations.h"
#include "run.h"
#include "summary.h"

namespace essa::test262 {

// What the run was: written at the top of the JSON and shown on the dashboard.
struct RunInfo {
  std::string essa_version;
  std::string test262_commit;  // empty when unknown
  std::string date;            // when the run started, ISO 8601 UTC
  int jobs = 1;
  double timeout_seconds = 0;
  std::vector<std::string> filters;
  std::vector<std::string> features;  // the --features lists as given
  std::string expectations_file;      // empty without --expect
  std::string commit;                 // essa's commit (--commit), for the history
};

inline constexpr int kResultsFormatVersion = 1;

// The "summary" object (also the dashboard's).
nlohmann::ordered_json summary_json(const Summary& summary, const Verdict* verdict);
// One element of "tests".
nlohmann::ordered_json test_json(const std::string& path, const TestResult& result,
                                 const Expectations* expectations);
// The "expected" of a test: "error" for a parse-phase negative, else "parse".
const char* expected_name(const TestResult& result);

bool write_results_json(const std::filesystem::path& file, const RunInfo& info,
                        const std::vector<std::string>& paths,
                        const std::vector<TestResult>& results, const Summary& summary,
                        const Expectations* expectations, const Verdict* verdict,
                        std::string& error);

// JSON text for any value; invalid UTF-8 in messages becomes U+FFFD instead of throwing.
std::string dump_json(const nlohmann::ordered_json& value);

}  // namespace essa::test262
