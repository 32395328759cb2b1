// The expected-failures list: the tests known to fail, one per line with a reason. A run
// must match it exactly: a failure not on the list and a listed test that passes both fail
// the run, so a fix cannot go unnoticed and the list never goes stale.
//
// Format (tests/test262/expected-failures.txt):
//   # comment lines; those before the first entry are the header, kept on rewrite
//   language/expressions/class/foo.js  # why it fails
// The path is relative to test262's test/ directory; the reason after '#' is optional.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace essa::test262 {

struct Expectations {
  std::vector<std::string> header;  // the leading comment lines, without their newlines
  std::map<std::string, std::string, std::less<>> entries;  // path -> reason
};

// The header of a new list (--update-expect with a file that does not exist yet).
std::vector<std::string> default_header();

// Returns false on a malformed line or a duplicate entry, with "line N: ..." in `error`.
bool parse_expectations(std::string_view text, Expectations& out, std::string& error);
bool load_expectations(const std::filesystem::path& file, Expectations& out, std::string& error);
// The header, then the entries sorted by path: `path  # reason`.
std::string format_expectations(const Expectations& expectations);
// Writes through a temporary file and a rename, so a failed write leaves the old list.
bool save_expectations(const std::filesystem::path& file, const Expectations& expectations,
                       std::string& error);

// One test of this run: its path, whether it passed, and why not.
struct Observed {
  std::string path;
  bool passed = false;
  std::string reason;
};

struct Verdict {
  size_t expected_failures = 0;                  // failed and listed
  std::vector<std::string> unexpected_failures;  // failed, not listed
  std::vector<std::string> unexpected_passes;    // listed, passed
  std::vector<std::string> missing;              // listed but not in the suite (complete runs only)
  bool ok() const {
    return unexpected_failures.empty() && unexpected_passes.empty() && missing.empty();
  }
};

// `complete_run`: every test of the suite ran (no --filter, no --features), so a listed test
// that did not run no longer exists. In a partial run, listed tests that did not run are
// neither checked nor changed.
Verdict check_expectations(const Expectations& expectations, const std::vector<Observed>& observed,
                           bool complete_run);
// The list this run asks for: failing tests listed (an existing reason is kept, a new entry
// takes the run's reason), passing tests removed, and in a complete run missing tests removed.
Expectations update_expectations(const Expectations& expectations,
                                 const std::vector<Observed>& observed, bool complete_run);

}  // namespace essa::test262
