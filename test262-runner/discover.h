// Which tests run: every `.js` file under test262's test/ directory that is not a module
// fixture, narrowed by --filter and --features.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace essa::test262 {

// --filter: a test is selected when its path (relative to test/, '/'-separated) matches any
// pattern. A pattern with `*` or `?` is a glob over the whole path (`*` also crosses '/');
// any other pattern matches as a substring. No patterns select everything.
bool glob_match(std::string_view pattern, std::string_view text);
bool matches_filter(const std::vector<std::string>& patterns, std::string_view path);

// Lists the tests under `test_dir`: relative paths sorted bytewise, `_FIXTURE` files (modules
// that other tests import) left out. Returns false with a message when the directory cannot
// be read.
bool discover_tests(const std::filesystem::path& test_dir, const std::vector<std::string>& filters,
                    std::vector<std::string>& paths, std::string& error);

// --features LIST: comma-separated feature names. A test is selected when it uses at least
// one plain name (if any is given) and none of the names written with a leading '-'.
struct FeatureFilter {
  std::vector<std::string> include;
  std::vector<std::string> exclude;

  bool empty() const { return include.empty() && exclude.empty(); }
  bool accepts(const std::vector<std::string>& features) const;
};
void add_feature_list(FeatureFilter& filter, std::string_view list);

// The first path component: "language" for "language/expressions/a.js".
std::string_view top_directory(std::string_view path);

}  // namespace essa::test262
