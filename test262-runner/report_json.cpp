#include "report_json.h"

#include <cstdio>

#include "text_file.h"

namespace essa::test262 {

using nlohmann::ordered_json;

std::string dump_json(const ordered_json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

namespace {

ordered_json counts_json(const Counts& c) {
  ordered_json out;
  out["total"] = c.total;
  out["passed"] = c.passed;
  out["failed"] = c.failed();
  return out;
}

}  // namespace

const char* expected_name(const TestResult& result) {
  return result.meta.expects_parse_error() ? "error" : "parse";
}

ordered_json summary_json(const Summary& summary, const Verdict* verdict) {
  ordered_json out = counts_json(summary.all);
  out["skipped"] = summary.skipped;
  out["positive"] = counts_json(summary.positive);
  out["negative"] = counts_json(summary.negative);
  ordered_json directories = ordered_json::array();
  for (const auto& [name, counts] : summary.directories) {
    ordered_json row;
    row["name"] = name;
    row.update(counts_json(counts));
    directories.push_back(std::move(row));
  }
  out["directories"] = std::move(directories);
  if (verdict) {
    ordered_json expect;
    expect["expected_failures"] = verdict->expected_failures;
    expect["unexpected_failures"] = verdict->unexpected_failures;
    expect["unexpected_passes"] = verdict->unexpected_passes;
    expect["missing"] = verdict->missing;
    expect["ok"] = verdict->ok();
    out["expectations"] = std::move(expect);
  } else {
    out["expectations"] = nullptr;
  }
  return out;
}

ordered_json test_json(const std::string& path, const TestResult& result,
                       const Expectations* expectations) {
  ordered_json out;
  out["path"] = path;
  out["expected"] = expected_name(result);
  if (result.meta.negative_phase.empty()) {
    out["negative"] = nullptr;
  } else {
    out["negative"] = {{"phase", result.meta.negative_phase}, {"type", result.meta.negative_type}};
  }
  out["flags"] = result.meta.flags;
  out["features"] = result.meta.features;
  out["result"] = result.passed ? "pass" : "fail";
  out["listed"] = expectations != nullptr && expectations->entries.count(path) != 0;
  ordered_json runs = ordered_json::array();
  for (const RunResult& run : result.runs) {
    ordered_json r;
    r["mode"] = mode_name(run.mode);
    r["got"] = got_name(run.got);
    r["duration_us"] = run.duration_us;
    if (run.got == Got::Parse) {
      r["error"] = nullptr;
    } else {
      ordered_json e;
      e["message"] = run.message;
      e["line"] = run.line;
      e["column"] = run.column;
      e["offset"] = run.offset;
      r["error"] = std::move(e);
    }
    runs.push_back(std::move(r));
  }
  out["runs"] = std::move(runs);
  return out;
}

bool write_results_json(const std::filesystem::path& file, const RunInfo& info,
                        const std::vector<std::string>& paths,
                        const std::vector<TestResult>& results, const Summary& summary,
                        const Expectations* expectations, const Verdict* verdict,
                        std::string& error) {
  ordered_json head;
  head["format"] = "essa-test262-results";
  head["format_version"] = kResultsFormatVersion;
  head["essa_version"] = info.essa_version;
  head["test262_commit"] =
      info.test262_commit.empty() ? ordered_json(nullptr) : ordered_json(info.test262_commit);
  head["date"] = info.date;
  head["wall_seconds"] =
      static_cast<double>(static_cast<int64_t>(summary.wall_seconds * 1000)) / 1000;
  ordered_json options;
  options["jobs"] = info.jobs;
  options["timeout_seconds"] = info.timeout_seconds;
  options["filter"] = info.filters;
  options["features"] = info.features;
  options["expect"] =
      info.expectations_file.empty() ? ordered_json(nullptr) : ordered_json(info.expectations_file);
  head["options"] = std::move(options);
  head["summary"] = summary_json(summary, verdict);

  // The head's members one per line, then the tests one per line.
  std::string text = "{\n";
  for (auto it = head.begin(); it != head.end(); ++it) {
    text += "  " + dump_json(it.key()) + ": " + dump_json(it.value()) + ",\n";
  }
  text += "  \"tests\": [";
  bool first = true;
  for (size_t i = 0; i < paths.size() && i < results.size(); ++i) {
    if (results[i].state != TestResult::State::Done) continue;
    text += first ? "\n    " : ",\n    ";
    first = false;
    text += dump_json(test_json(paths[i], results[i], expectations));
  }
  text += first ? "]\n}\n" : "\n  ]\n}\n";

  return write_file(file, text, error);
}

}  // namespace essa::test262
