#include "expectations.h"
#include "text_file.h"

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>

namespace essa::test262 {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<std::string> default_header() {
  return {
      "# test262 tests that essa-test262 expects to fail. One per line: the path under",
      "# test262's test/ directory, then '# reason'. The list is exact: a failure not listed",
      "# and a listed test that passes both fail the run. Regenerate with --update-expect.",
  };
}

bool parse_expectations(std::string_view text, Expectations& out, std::string& error) {
  out = Expectations{};
  size_t line_number = 0;
  while (!text.empty()) {
    const size_t newline = text.find('\n');
    std::string_view raw = text.substr(0, newline);
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    ++line_number;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    const std::string_view line = trim(raw);
    if (line.empty()) {
      if (out.entries.empty() && !out.header.empty()) out.header.emplace_back();
      continue;
    }
    if (line.front() == '#') {
      if (out.entries.empty()) out.header.emplace_back(raw);
      continue;
    }
    const size_t hash = line.find('#');
    const std::string_view path = trim(line.substr(0, hash));
    const std::string_view reason =
        hash == std::string_view::npos ? std::string_view() : trim(line.substr(hash + 1));
    if (path.find_first_of(" \t") != std::string_view::npos) {
      error = "line " + std::to_string(line_number) + ": expected one path, then '# reason'";
      return false;
    }
    if (!out.entries.emplace(std::string(path), std::string(reason)).second) {
      error = "line " + std::to_string(line_number) + ": duplicate entry " + std::string(path);
      return false;
    }
  }
  while (!out.header.empty() && out.header.back().empty()) out.header.pop_back();
  return true;
}

bool load_expectations(const std::filesystem::path& file, Expectations& out, std::string& error) {
  std::string text;
  if (!read_file(file, text)) {
    error = "cannot read " + file.string();
    return false;
  }
  if (!parse_expectations(text, out, error)) {
    error = file.string() + ": " + error;
    return false;
  }
  return true;
}

std::string format_expectations(const Expectations& expectations) {
  std::string text;
  for (const std::string& line : expectations.header) {
    text += line;
    text += '\n';
  }
  if (!expectations.header.empty() && !expectations.entries.empty()) text += '\n';
  for (const auto& [path, reason] : expectations.entries) {
    text += path;
    if (!reason.empty()) {
      text += "  # ";
      text += reason;
    }
    text += '\n';
  }
  return text;
}

bool save_expectations(const std::filesystem::path& file, const Expectations& expectations,
                       std::string& error) {
  const std::filesystem::path temporary = file.string() + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    const std::string text = format_expectations(expectations);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out) {
      error = "cannot write " + temporary.string();
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, file, ec);
  if (ec) {
    error = "cannot replace " + file.string() + ": " + ec.message();
    return false;
  }
  return true;
}

Verdict check_expectations(const Expectations& expectations, const std::vector<Observed>& observed,
                           bool complete_run) {
  Verdict verdict;
  std::set<std::string_view> seen;
  for (const Observed& test : observed) {
    seen.insert(test.path);
    const bool listed = expectations.entries.count(test.path) != 0;
    if (test.passed && listed) verdict.unexpected_passes.push_back(test.path);
    if (!test.passed && !listed) verdict.unexpected_failures.push_back(test.path);
    if (!test.passed && listed) ++verdict.expected_failures;
  }
  if (complete_run) {
    for (const auto& entry : expectations.entries) {
      if (!seen.count(entry.first)) verdict.missing.push_back(entry.first);
    }
  }
  return verdict;
}

Expectations update_expectations(const Expectations& expectations,
                                 const std::vector<Observed>& observed, bool complete_run) {
  Expectations updated;
  updated.header = expectations.header;
  if (!complete_run) updated.entries = expectations.entries;
  for (const Observed& test : observed) {
    if (test.passed) {
      updated.entries.erase(test.path);
      continue;
    }
    const auto old = expectations.entries.find(test.path);
    updated.entries[test.path] =
        old != expectations.entries.end() && !old->second.empty() ? old->second : test.reason;
  }
  return updated;
}

}  // namespace essa::test262
