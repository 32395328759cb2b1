// Command-line options of essa-parse and their parser.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace essa::cli {

enum class Goal { Auto, Script, Module };  // Auto: module for .mjs, script otherwise

struct Options {
  bool tokens = false;
  bool comments = false;  // --comments: the Program's "comments", or comments with --tokens
  bool attach_comments = false;  // --attach-comments: comments on the nodes, by Babel's rules
  bool loc = false;
  bool range = false;
  bool pretty = false;
  bool stage3_fields = false;  // EstreeOptions::stage3_fields
  bool ndjson = false;  // NDJSON records even for one input (implied by several)
  bool help = false;
  bool version = false;
  Goal goal = Goal::Auto;
  std::vector<std::string> files;  // at least one after parsing; "-" is standard input
  std::string output;              // -o FILE; empty: standard output
  bool has_source_file = false;    // --source-file given (its name may be empty)
  std::string source_file;
};

// Fills `options` from argv. On a usage error returns false with a one-line message in
// `error`. --help and --version stop the scan: the rest is not checked.
bool parse_options(int argc, const char* const* argv, Options& options, std::string& error);

// The text --help prints.
std::string_view usage_text();

// True when `file` names standard input.
inline bool reads_stdin(std::string_view file) { return file.empty() || file == "-"; }

// The name used in messages and records: the path, or "<stdin>".
inline std::string display_name(std::string_view file) {
  return reads_stdin(file) ? "<stdin>" : std::string(file);
}

// The goal for `file`: an explicit --module/--script, else module for a .mjs file.
bool is_module(const Options& options, std::string_view file);

// One JSON document per input line by line (several inputs, or --ndjson).
inline bool writes_ndjson(const Options& options) {
  return options.ndjson || options.files.size() > 1;
}

}  // namespace essa::cli
