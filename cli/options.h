// Command-line options of essa-parse and their parser.
#pragma once

#include <string>
#include <string_view>

namespace essa::cli {

enum class Goal { Auto, Script, Module };  // Auto: module for .mjs, script otherwise

struct Options {
  bool tokens = false;
  bool loc = false;
  bool range = false;
  bool pretty = false;
  bool help = false;
  bool version = false;
  Goal goal = Goal::Auto;
  std::string file;  // empty: standard input (also spelled "-")
};

// Fills `options` from argv. On a usage error returns false with a one-line message in
// `error`. --help and --version stop the scan: the rest is not checked.
bool parse_options(int argc, const char* const* argv, Options& options, std::string& error);

// The text --help prints.
std::string_view usage_text();

// True when `file` names standard input.
inline bool reads_stdin(const Options& options) {
  return options.file.empty() || options.file == "-";
}

// The goal to use: an explicit --module/--script, else module for a .mjs file.
bool is_module(const Options& options);

}  // namespace essa::cli
