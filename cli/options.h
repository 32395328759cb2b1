// Command-line options of essa-parse and their parser.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "essa/estree.h"
#include "essa/parse.h"
#include "essa/tokens.h"
#include "goal.h"
#include "lang.h"

namespace essa::cli {

struct Options {
  bool tokens = false;
  bool comments = false;  // --comments: the Program's "comments", or comments with --tokens
  bool attach_comments = false;  // --attach-comments: comments on the nodes, by Babel's rules
  bool loc = false;
  bool range = false;
  bool pretty = false;
  bool stage3_fields = false;  // EstreeOptions::stage3_fields
  bool jsx = false;            // --jsx: every input is JSX (.jsx files are without it)
  Lang lang = Lang::Auto;      // --lang: the dialect of every input; Auto: by file name
  bool ndjson = false;  // NDJSON records even for one input (implied by several)
  bool check = false;   // no AST: one line per failing file and a summary
  bool list = false;    // --list: print the files and their goals, parse nothing
  bool quiet = false;   // no progress meter
  bool help = false;
  bool version = false;
  // --module, --script or --commonjs; Auto: per file, as Node decides (goal.h).
  Goal goal = Goal::Auto;
  std::vector<std::string> files;  // the arguments: files and directories; "-" is stdin
  std::string files_from;          // --files-from FILE ("-": standard input); empty: none
  std::vector<std::string> excludes;  // --exclude GLOB, for what directories hold
  unsigned jobs = 0;                  // -j N; 0: one per core
  uint32_t shard_index = 0;           // --shard I/N: I in 1..N (0: no sharding)
  uint32_t shard_count = 0;
  std::string output;            // -o FILE; empty: standard output
  bool has_source_file = false;  // --source-file given (its name may be empty)
  std::string source_file;
  // acorn's options (--strict, --allow-*, --preserve-parens): the ParseOptions fields they
  // set, copied into every parse; goal and comments are set per parse.
  ParseOptions acorn;
  bool has_acorn_option = false;  // any of them given (they do not apply to --tokens)
  bool has_ecma_version = false;     // --ecma-version given
  bool has_allow_hash_bang = false;  // --allow-hash-bang given (else its default follows the version)
};

// Fills `options` from argv. On a usage error returns false with a one-line message in
// `error`. --help and --version stop the scan: the rest is not checked. Every option that
// takes a value accepts it as the next argument or after '=' (--jobs=2, -j2, -oFILE).
bool parse_options(int argc, const char* const* argv, Options& options, std::string& error);

// The text --help prints.
std::string_view usage_text();

// True when `file` names standard input.
inline bool reads_stdin(std::string_view file) { return file.empty() || file == "-"; }

// The name used in messages and records: the path, or "<stdin>".
inline std::string display_name(std::string_view file) {
  return reads_stdin(file) ? "<stdin>" : std::string(file);
}

// The library's options that the command line sets: everything but the goal, which each
// file gets on its own (goal.h: parse_options_for, and TokenizeOptions::module). The one place
// where Options become the C++ API's options.
struct LibraryOptions {
  ParseOptions parse;
  EstreeOptions estree;  // source_file views Options::source_file
  TokenizeOptions tokenize;
  TokenJsonOptions token_json;
};
LibraryOptions library_options_of(const Options& options);

// Batch mode: the inputs may be many files (a directory, --files-from, several files,
// --ndjson or --check); the output is NDJSON records or, with --check, a report.
bool is_batch(const Options& options);

}  // namespace essa::cli
