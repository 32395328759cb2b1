#include "report_html.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <system_error>

#include "assets.h"
#include "text_file.h"

namespace essa::test262 {

using nlohmann::ordered_json;

namespace {

constexpr size_t kMaxSourceBytes = 256u << 10;  // one test's source on the page, at most

// The directory tree of the tests that ran, with counts at every level.
struct DirNode {
  Counts counts;
  std::vector<Counts> peers;  // one per --compare file, over the same tests
  std::map<std::string, std::unique_ptr<DirNode>, std::less<>> children;
};

// [[total, passed], ...], one pair per peer.
ordered_json peer_counts_json(const std::vector<Counts>& peers) {
  ordered_json out = ordered_json::array();
  for (const Counts& c : peers) out.push_back({c.total, c.passed});
  return out;
}

// Adds one test's peer verdicts to per-peer counts.
void add_peer_verdicts(std::vector<Counts>& counts, const std::vector<PeerResults>& peers,
                       const std::string& path) {
  counts.resize(peers.size());
  for (size_t k = 0; k < peers.size(); ++k) {
    const auto it = peers[k].passed.find(path);
    if (it != peers[k].passed.end()) counts[k].add(it->second);
  }
}

// A test's runs for the page: each run's error flattened beside the outcome.
void flatten_runs(ordered_json& test) {
  for (ordered_json& run : test["runs"]) {
    const ordered_json error = run["error"];
    run.erase("error");
    run["message"] = error.is_object() ? error["message"] : ordered_json("");
    run["line"] = error.is_object() ? error["line"] : ordered_json(0);
    run["column"] = error.is_object() ? error["column"] : ordered_json(0);
    run["offset"] = error.is_object() ? error["offset"] : ordered_json(0);
  }
}

ordered_json tree_json(const std::string& name, const DirNode& node) {
  ordered_json out;
  out["name"] = name;
  out["total"] = node.counts.total;
  out["passed"] = node.counts.passed;
  if (!node.peers.empty()) out["peers"] = peer_counts_json(node.peers);
  ordered_json children = ordered_json::array();
  for (const auto& [child_name, child] : node.children) {
    children.push_back(tree_json(child_name, *child));
  }
  out["children"] = std::move(children);
  return out;
}

// `<` in the embedded JSON would let a test's source close the script element.
std::string escape_for_script(const std::string& json) {
  std::string out;
  out.reserve(json.size() + json.size() / 64);
  for (const char c : json) {
    if (c == '<') {
      out += "\\u003c";
    } else {
      out += c;
    }
  }
  return out;
}

void replace_once(std::string& text, std::string_view marker, std::string_view value) {
  const size_t at = text.find(marker);
  if (at != std::string::npos) text.replace(at, marker.size(), value);
}

}  // namespace

ordered_json dashboard_data(const DashboardInput& input) {
  ordered_json data;
  ordered_json info;
  info["essa_version"] = input.info.essa_version;
  info["test262_commit"] = input.info.test262_commit;
  info["date"] = input.info.date;
  info["wall_seconds"] = input.summary.wall_seconds;
  info["jobs"] = input.info.jobs;
  info["filter"] = input.info.filters;
  info["features"] = input.info.features;
  info["expect"] = input.info.expectations_file;
  data["info"] = std::move(info);
  data["summary"] = summary_json(input.summary, input.verdict);

  static const std::vector<PeerResults> kNoPeers;
  const std::vector<PeerResults>& peers = input.peers ? *input.peers : kNoPeers;
  const bool comparing = !peers.empty();

  // The page's copy of a test: the results JSON's, runs flattened, with its source while the
  // budget lasts.
  size_t budget = input.source_budget;
  const auto page_test = [&](const std::string& path, const TestResult& result) {
    ordered_json test = test_json(path, result, input.expectations);
    if (!input.expectations) test["listed"] = nullptr;
    flatten_runs(test);
    std::string source;
    if (budget > 0 && read_file(input.test_dir / path, source)) {
      if (source.size() > kMaxSourceBytes) {
        source.resize(kMaxSourceBytes);
        source += "\n/* ... cut: the rest of the file is not shown ... */\n";
      }
      budget -= std::min(budget, source.size());
      test["source"] = std::move(source);
    } else {
      test["source"] = nullptr;
    }
    return test;
  };

  DirNode root;
  struct FeatureCounts {
    Counts counts;
    std::vector<Counts> peers;
  };
  std::map<std::string, FeatureCounts> features;
  std::vector<Counts> peer_all(peers.size()), peer_positive(peers.size()),
      peer_negative(peers.size());
  ordered_json failures = ordered_json::array();
  ordered_json disagreements = ordered_json::array();
  for (size_t i = 0; i < input.paths.size() && i < input.results.size(); ++i) {
    const TestResult& result = input.results[i];
    if (result.state != TestResult::State::Done) continue;
    const std::string& path = input.paths[i];
    root.counts.add(result.passed);
    if (comparing) {
      add_peer_verdicts(root.peers, peers, path);
      add_peer_verdicts(peer_all, peers, path);
      add_peer_verdicts(result.meta.expects_parse_error() ? peer_negative : peer_positive, peers,
                        path);
    }
    DirNode* node = &root;
    for (size_t start = 0, slash; (slash = path.find('/', start)) != std::string::npos;
         start = slash + 1) {
      const std::string name = path.substr(start, slash - start);
      auto it = node->children.find(name);
      if (it == node->children.end()) {
        it = node->children.emplace(name, std::make_unique<DirNode>()).first;
      }
      node = it->second.get();
      node->counts.add(result.passed);
      if (comparing) add_peer_verdicts(node->peers, peers, path);
    }
    for (const std::string& feature : result.meta.features) {
      FeatureCounts& f = features[feature];
      f.counts.add(result.passed);
      if (comparing) add_peer_verdicts(f.peers, peers, path);
    }
    if (!result.passed) failures.push_back(page_test(path, result));
    if (comparing && votes_for(peers, path).majority_against(result.passed)) {
      ordered_json test = result.passed ? page_test(path, result) : ordered_json(nullptr);
      ordered_json row;
      row["path"] = path;
      row["expected"] = expected_name(result);
      row["essa"] = result.passed ? "pass" : "fail";
      ordered_json verdicts = ordered_json::array();
      for (const PeerResults& peer : peers) {
        const auto it = peer.passed.find(path);
        verdicts.push_back(it == peer.passed.end() ? ordered_json(nullptr)
                                                   : ordered_json(it->second ? "pass" : "fail"));
      }
      row["peers"] = std::move(verdicts);
      // A failing test's runs and source are in `failures` already: the page looks them up.
      row["test"] = std::move(test);
      disagreements.push_back(std::move(row));
    }
  }
  data["tree"] = tree_json("test", root);
  ordered_json feature_rows = ordered_json::array();
  for (const auto& [name, f] : features) {
    ordered_json row = {{"name", name}, {"total", f.counts.total}, {"passed", f.counts.passed}};
    if (comparing) row["peers"] = peer_counts_json(f.peers);
    feature_rows.push_back(std::move(row));
  }
  data["features"] = std::move(feature_rows);
  data["failures"] = std::move(failures);

  ordered_json peer_rows = ordered_json::array();
  for (size_t k = 0; k < peers.size(); ++k) {
    ordered_json row;
    row["name"] = peers[k].name;
    row["version"] = peers[k].version;
    row["options"] = peers[k].options;
    row["date"] = peers[k].date;
    row["total"] = peer_all[k].total;
    row["passed"] = peer_all[k].passed;
    row["positive"] = {{"total", peer_positive[k].total}, {"passed", peer_positive[k].passed}};
    row["negative"] = {{"total", peer_negative[k].total}, {"passed", peer_negative[k].passed}};
    peer_rows.push_back(std::move(row));
  }
  data["peers"] = std::move(peer_rows);
  data["disagreements"] = std::move(disagreements);

  ordered_json history = ordered_json::array();
  const auto point_json = [](const HistoryPoint& point) {
    return ordered_json{{"date", point.date},
                        {"commit", point.commit},
                        {"test262_commit", point.test262_commit},
                        {"total", point.total},
                        {"passed", point.passed}};
  };
  for (const HistoryPoint& point : input.history) history.push_back(point_json(point));
  HistoryPoint now;
  now.date = input.info.date;
  now.commit = input.info.commit;
  now.test262_commit = input.info.test262_commit;
  now.total = input.summary.all.total;
  now.passed = input.summary.all.passed;
  history.push_back(point_json(now));
  data["history"] = std::move(history);
  if (input.flips) {
    data["flips"] = {{"since", input.flips_since},
                     {"comparable", input.flips->comparable},
                     {"fixed", input.flips->fixed},
                     {"broken", input.flips->broken}};
  } else {
    data["flips"] = nullptr;
  }
  return data;
}

std::string render_dashboard(const ordered_json& data) {
  std::string page(assets::dashboard_html());
  // The data goes in last, so that no marker can be found inside it.
  replace_once(page, "/*@ESSA_CSS@*/", assets::dashboard_css());
  replace_once(page, "/*@ESSA_JS@*/", assets::dashboard_js());
  replace_once(page, "/*@ESSA_DATA@*/", escape_for_script(dump_json(data)));
  return page;
}

bool write_dashboard(const std::filesystem::path& dir, const DashboardInput& input,
                     std::string& error) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    error = "cannot create " + dir.string() + ": " + ec.message();
    return false;
  }
  const std::string page = render_dashboard(dashboard_data(input));
  const std::filesystem::path file = dir / "index.html";
  return write_file(file, page, error);
}

}  // namespace essa::test262
