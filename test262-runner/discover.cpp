#include "discover.h"

#include <algorithm>
#include <system_error>

namespace essa::test262 {

bool glob_match(std::string_view pattern, std::string_view text) {
  // Iterative matching with one backtrack point: linear in practice, never exponential.
  size_t p = 0, t = 0;
  size_t star = std::string_view::npos, star_text = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      star_text = t;
    } else if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++star_text;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

bool matches_filter(const std::vector<std::string>& patterns, std::string_view path) {
  if (patterns.empty()) return true;
  for (const std::string& pattern : patterns) {
    const bool glob = pattern.find_first_of("*?") != std::string::npos;
    if (glob ? glob_match(pattern, path) : path.find(pattern) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

bool discover_tests(const std::filesystem::path& test_dir, const std::vector<std::string>& filters,
                    std::vector<std::string>& paths, std::string& error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(test_dir, ec)) {
    error = "no test directory at " + test_dir.string();
    return false;
  }
  fs::recursive_directory_iterator it(test_dir, fs::directory_options::follow_directory_symlink,
                                      ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path& file = it->path();
    if (file.extension() != ".js") continue;
    if (file.filename().string().find("_FIXTURE") != std::string::npos) continue;
    if (!it->is_regular_file(ec)) continue;
    std::string relative = file.lexically_relative(test_dir).generic_string();
    if (matches_filter(filters, relative)) paths.push_back(std::move(relative));
  }
  if (ec) {
    error = "cannot read " + test_dir.string() + ": " + ec.message();
    return false;
  }
  std::sort(paths.begin(), paths.end());
  return true;
}

bool FeatureFilter::accepts(const std::vector<std::string>& features) const {
  const auto uses = [&](const std::string& name) {
    return std::find(features.begin(), features.end(), name) != features.end();
  };
  if (std::any_of(exclude.begin(), exclude.end(), uses)) return false;
  return include.empty() || std::any_of(include.begin(), include.end(), uses);
}

void add_feature_list(FeatureFilter& filter, std::string_view list) {
  while (!list.empty()) {
    const size_t comma = list.find(',');
    std::string_view name = list.substr(0, comma);
    list.remove_prefix(comma == std::string_view::npos ? list.size() : comma + 1);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (name.empty()) continue;
    if (name.front() == '-') {
      if (name.size() > 1) filter.exclude.emplace_back(name.substr(1));
    } else {
      filter.include.emplace_back(name);
    }
  }
}

std::string_view top_directory(std::string_view path) {
  const size_t slash = path.find('/');
  return slash == std::string_view::npos ? std::string_view("(root)") : path.substr(0, slash);
}

}  // namespace essa::test262
