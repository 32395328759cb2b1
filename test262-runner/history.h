// The dashboard's history: earlier runs as points of the trend chart, read from earlier
// results JSON files or from a history log (JSONL, one run a line) that each run appends to,
// and the tests that flipped between the previous logged run and this one.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "run.h"
#include "summary.h"

namespace essa::test262 {

// One run. From a results JSON only the first four members are known; a log line has all.
struct HistoryPoint {
  std::string date;
  std::string test262_commit;
  uint32_t total = 0;
  uint32_t passed = 0;
  std::string commit{};                // essa's commit (--commit), empty when not given
  std::string selection{};             // the --filter and --features of the run, "" for all
  bool has_failing = false;            // `failing` is known (log lines)
  std::vector<std::string> failing{};  // the failing tests, sorted
  std::map<std::string, std::pair<uint32_t, uint32_t>> features{};  // name -> (total, passed)
};

// An earlier results JSON (--history FILE.json).
bool load_history_point(const std::filesystem::path& file, HistoryPoint& point, std::string& error);

inline constexpr std::string_view kHistoryFormat = "essa-test262-history";

// A history log (--history FILE.jsonl): every line a run, oldest first. A missing file is an
// empty log (the first run creates it); a line that is not a run is an error naming the line.
bool load_history_log(const std::filesystem::path& file, std::vector<HistoryPoint>& points,
                      std::string& error);

// This run as a point: counts, per-feature counts and the failing tests.
HistoryPoint history_point(const std::string& date, const std::string& test262_commit,
                           const std::string& commit, const std::string& selection,
                           const std::vector<std::string>& paths,
                           const std::vector<TestResult>& results, const Summary& summary);

// One log line (no newline) and back.
std::string history_line(const HistoryPoint& point);
bool parse_history_line(std::string_view line, HistoryPoint& point);

// Appends one line to the log, creating it (and its directory) when needed.
bool append_history_line(const std::filesystem::path& file, const HistoryPoint& point,
                         std::string& error);

// The tests that flipped from `before` to `after`: (now passing, now failing), sorted. Only
// meaningful when both know their failing tests and ran the same selection; `comparable`
// says whether they did. `ran` is this run's test list, sorted: a test that failed before
// and is not in it was removed, not fixed.
struct Flips {
  bool comparable = false;
  std::vector<std::string> fixed;   // failed before, passes now
  std::vector<std::string> broken;  // passed (or did not exist) before, fails now
};
Flips flips_between(const HistoryPoint& before, const HistoryPoint& after,
                    const std::vector<std::string>& ran);

}  // namespace essa::test262
