// --html DIR: the dashboard, one self-contained index.html (inline CSS, script and data; no
// network). Totals, directories with drill-down, features, the failing tests with their
// source, a search box; with --history a trend of the pass rate over earlier runs and the
// tests that flipped since the last one; with --compare the peers' columns beside essa's and
// the tests where essa and most peers disagree.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "expectations.h"
#include "history.h"
#include "peer_results.h"
#include "report_json.h"
#include "run.h"
#include "summary.h"

namespace essa::test262 {

struct DashboardInput {
  const RunInfo& info;
  const std::vector<std::string>& paths;
  const std::vector<TestResult>& results;
  const Summary& summary;
  const Expectations* expectations;   // null without --expect
  const Verdict* verdict;             // null without --expect
  std::vector<HistoryPoint> history;  // earlier runs, oldest first; this run is added
  std::filesystem::path test_dir;     // where the failing tests' sources are read
  size_t source_budget = 48u << 20;   // bytes of test source the page may embed
  const std::vector<PeerResults>* peers = nullptr;  // --compare, null or empty without
  const Flips* flips = nullptr;  // since the previous logged run, null without a log
  std::string flips_since{};     // that run's date
};

// The page's data (documented in docs/test262.md): info, summary (as in the results JSON),
// tree, features, failures, history, and peers, disagreements and flips.
nlohmann::ordered_json dashboard_data(const DashboardInput& input);
// The template with the assets and `data` put in.
std::string render_dashboard(const nlohmann::ordered_json& data);
// Creates `dir` if needed and writes dir/index.html.
bool write_dashboard(const std::filesystem::path& dir, const DashboardInput& input,
                     std::string& error);

}  // namespace essa::test262
