#include "report_html.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <system_error>

#include "assets.h"
#include "write_file.h"

namespace essa::test262 {

using nlohmann::ordered_json;

namespace {

constexpr size_t kMaxSourceBytes = 256u << 10;  // one test's source on the page, at most
constexpr std::string_view kHeadEnd = "\n  \"tests\": [";

bool read_text(const std::filesystem::path& file, std::string& out) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::ostringstream text;
  text << in.rdbuf();
  out = text.str();
  return true;
}

// The directory tree of the tests that ran, with counts at every level.
struct DirNode {
  Counts counts;
  std::map<std::string, std::unique_ptr<DirNode>, std::less<>> children;
};

ordered_json tree_json(const std::string& name, const DirNode& node) {
  ordered_json out;
  out["name"] = name;
  out["total"] = node.counts.total;
  out["passed"] = node.counts.passed;
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

bool load_history_point(const std::filesystem::path& file, HistoryPoint& point,
                        std::string& error) {
  std::string text;
  if (!read_text(file, text)) {
    error = "cannot read " + file.string();
    return false;
  }
  // Only the head is needed: cut the tests off when the file has the layout we write.
  const size_t head_end = text.find(kHeadEnd);
  if (head_end != std::string::npos) {
    text.resize(head_end);
    text += "\"tests\": []}";
  }
  const ordered_json json = ordered_json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object() ||
      json.value("format", "") != "essa-test262-results" || !json.contains("summary")) {
    error = file.string() + ": not an essa-test262 results file";
    return false;
  }
  point.date = json.value("date", "");
  point.test262_commit = json.contains("test262_commit") && json["test262_commit"].is_string()
                             ? json["test262_commit"].get<std::string>()
                             : "";
  point.total = json["summary"].value("total", 0u);
  point.passed = json["summary"].value("passed", 0u);
  return true;
}

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

  DirNode root;
  std::map<std::string, Counts> features;
  ordered_json failures = ordered_json::array();
  size_t budget = input.source_budget;
  for (size_t i = 0; i < input.paths.size() && i < input.results.size(); ++i) {
    const TestResult& result = input.results[i];
    if (result.state != TestResult::State::Done) continue;
    const std::string& path = input.paths[i];
    root.counts.add(result.passed);
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
    }
    for (const std::string& feature : result.meta.features) features[feature].add(result.passed);
    if (result.passed) continue;

    ordered_json failure = test_json(path, result, input.expectations);
    if (!input.expectations) failure["listed"] = nullptr;
    for (ordered_json& run : failure["runs"]) {
      // Flattened for the page: message and position beside the outcome.
      const ordered_json error = run["error"];
      run.erase("error");
      run["message"] = error.is_object() ? error["message"] : ordered_json("");
      run["line"] = error.is_object() ? error["line"] : ordered_json(0);
      run["column"] = error.is_object() ? error["column"] : ordered_json(0);
      run["offset"] = error.is_object() ? error["offset"] : ordered_json(0);
    }
    std::string source;
    if (budget > 0 && read_text(input.test_dir / path, source)) {
      if (source.size() > kMaxSourceBytes) {
        source.resize(kMaxSourceBytes);
        source += "\n/* ... cut: the rest of the file is not shown ... */\n";
      }
      budget -= std::min(budget, source.size());
      failure["source"] = std::move(source);
    } else {
      failure["source"] = nullptr;
    }
    failures.push_back(std::move(failure));
  }
  data["tree"] = tree_json("test", root);
  ordered_json feature_rows = ordered_json::array();
  for (const auto& [name, counts] : features) {
    feature_rows.push_back({{"name", name}, {"total", counts.total}, {"passed", counts.passed}});
  }
  data["features"] = std::move(feature_rows);
  data["failures"] = std::move(failures);

  ordered_json history = ordered_json::array();
  for (const HistoryPoint& point : input.history) {
    history.push_back({{"date", point.date},
                       {"test262_commit", point.test262_commit},
                       {"total", point.total},
                       {"passed", point.passed}});
  }
  history.push_back({{"date", input.info.date},
                     {"test262_commit", input.info.test262_commit},
                     {"total", input.summary.all.total},
                     {"passed", input.summary.all.passed}});
  data["history"] = std::move(history);
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
