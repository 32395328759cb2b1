#include "history.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#include "report_json.h"
#include "text_file.h"

namespace essa::test262 {

using nlohmann::ordered_json;

namespace {

constexpr std::string_view kHeadEnd = "\n  \"tests\": [";

std::string string_or_empty(const ordered_json& json, const char* key) {
  return json.contains(key) && json[key].is_string() ? json[key].get<std::string>() : "";
}

uint32_t count_or_zero(const ordered_json& json, const char* key) {
  return json.contains(key) && json[key].is_number_unsigned() ? json[key].get<uint32_t>() : 0;
}

}  // namespace

bool load_history_point(const std::filesystem::path& file, HistoryPoint& point,
                        std::string& error) {
  std::string text;
  if (!read_file(file, text)) {
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
      string_or_empty(json, "format") != "essa-test262-results" || !json.contains("summary") ||
      !json["summary"].is_object()) {
    error = file.string() + ": not an essa-test262 results file";
    return false;
  }
  point.date = string_or_empty(json, "date");
  point.test262_commit = string_or_empty(json, "test262_commit");
  point.total = count_or_zero(json["summary"], "total");
  point.passed = count_or_zero(json["summary"], "passed");
  return true;
}

std::string history_line(const HistoryPoint& point) {
  ordered_json line;
  line["format"] = kHistoryFormat;
  line["date"] = point.date;
  line["commit"] = point.commit;
  line["test262_commit"] = point.test262_commit;
  line["selection"] = point.selection;
  line["total"] = point.total;
  line["passed"] = point.passed;
  ordered_json features = ordered_json::object();
  for (const auto& [name, counts] : point.features) {
    features[name] = {counts.first, counts.second};
  }
  line["features"] = std::move(features);
  line["failing"] = point.failing;
  return dump_json(line);
}

bool parse_history_line(std::string_view text, HistoryPoint& point) {
  const ordered_json json = ordered_json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object() || string_or_empty(json, "format") != kHistoryFormat ||
      !json.contains("total") || !json.contains("passed")) {
    return false;
  }
  point = HistoryPoint{};
  point.date = string_or_empty(json, "date");
  point.commit = string_or_empty(json, "commit");
  point.test262_commit = string_or_empty(json, "test262_commit");
  point.selection = string_or_empty(json, "selection");
  point.total = count_or_zero(json, "total");
  point.passed = count_or_zero(json, "passed");
  if (json.contains("features") && json["features"].is_object()) {
    for (const auto& [name, counts] : json["features"].items()) {
      if (counts.is_array() && counts.size() == 2 && counts[0].is_number_unsigned() &&
          counts[1].is_number_unsigned()) {
        point.features[name] = {counts[0].get<uint32_t>(), counts[1].get<uint32_t>()};
      }
    }
  }
  if (json.contains("failing") && json["failing"].is_array()) {
    point.has_failing = true;
    for (const ordered_json& path : json["failing"]) {
      if (path.is_string()) point.failing.push_back(path.get<std::string>());
    }
    std::sort(point.failing.begin(), point.failing.end());
  }
  return true;
}

bool load_history_log(const std::filesystem::path& file, std::vector<HistoryPoint>& points,
                      std::string& error) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return true;
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    error = "cannot read " + file.string();
    return false;
  }
  size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.empty()) continue;
    HistoryPoint point;
    if (!parse_history_line(line, point)) {
      error = file.string() + ":" + std::to_string(number) + ": not an essa-test262 history line";
      return false;
    }
    points.push_back(std::move(point));
  }
  return true;
}

HistoryPoint history_point(const std::string& date, const std::string& test262_commit,
                           const std::string& commit, const std::string& selection,
                           const std::vector<std::string>& paths,
                           const std::vector<TestResult>& results, const Summary& summary) {
  HistoryPoint point;
  point.date = date;
  point.test262_commit = test262_commit;
  point.commit = commit;
  point.selection = selection;
  point.total = summary.all.total;
  point.passed = summary.all.passed;
  point.has_failing = true;
  for (size_t i = 0; i < paths.size() && i < results.size(); ++i) {
    const TestResult& result = results[i];
    if (result.state != TestResult::State::Done) continue;
    for (const std::string& feature : result.meta.features) {
      auto& counts = point.features[feature];
      ++counts.first;
      counts.second += result.passed ? 1 : 0;
    }
    if (!result.passed) point.failing.push_back(paths[i]);
  }
  std::sort(point.failing.begin(), point.failing.end());
  return point;
}

bool append_history_line(const std::filesystem::path& file, const HistoryPoint& point,
                         std::string& error) {
  std::error_code ec;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
  std::ofstream out(file, std::ios::binary | std::ios::app);
  out << history_line(point) << '\n';
  out.flush();
  if (!out) {
    error = "cannot append to " + file.string();
    return false;
  }
  return true;
}

Flips flips_between(const HistoryPoint& before, const HistoryPoint& after,
                    const std::vector<std::string>& ran) {
  Flips flips;
  flips.comparable = before.has_failing && after.has_failing && before.selection == after.selection;
  if (!flips.comparable) return flips;
  for (const std::string& path : before.failing) {
    const bool still_there = std::binary_search(ran.begin(), ran.end(), path);
    if (still_there && !std::binary_search(after.failing.begin(), after.failing.end(), path)) {
      flips.fixed.push_back(path);
    }
  }
  for (const std::string& path : after.failing) {
    if (!std::binary_search(before.failing.begin(), before.failing.end(), path)) {
      flips.broken.push_back(path);
    }
  }
  return flips;
}

}  // namespace essa::test262
