#include "options.h"

namespace essa::cli {

std::string_view usage_text() {
  return R"(Usage: essa-parse --tokens [--loc] [--range] [--pretty] [--module|--script] [FILE|-]

Reads JavaScript from FILE, or from standard input when FILE is '-' or missing, and writes
JSON to standard output.

  --tokens    print the tokens, as espree.tokenize() reports them
              (parsing to an ESTree AST is not implemented yet)
  --loc       add "loc": {"start": {line, column}, "end": {line, column}} to each token
  --range     add "range": [start, end] to each token
  --pretty    indent the JSON by two spaces
  --module    use the module goal (the default for .mjs files)
  --script    use the script goal (the default otherwise)
  --          end of options: the next argument is the file
  -h, --help  print this help and exit
  --version   print the version and exit

Positions in the JSON are acorn's: UTF-16 offsets, 1-based lines, 0-based columns in UTF-16
code units. A syntax error is printed to standard error as
  FILE:LINE:COLUMN: SyntaxError: MESSAGE
followed by the source line and a caret; there LINE and COLUMN are both 1-based (COLUMN
counts UTF-16 code units), as compilers print them.

Exit status: 0 success, 1 syntax error (including invalid UTF-8), 2 usage or I/O error.
)";
}

bool parse_options(int argc, const char* const* argv, Options& options, std::string& error) {
  bool have_file = false;
  bool only_files = false;
  bool have_goal = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool is_option = !only_files && arg.size() > 1 && arg[0] == '-';
    if (!is_option) {
      if (have_file) {
        error = "only one input file is accepted (got '" + options.file + "' and '" +
                std::string(arg) + "')";
        return false;
      }
      options.file = arg;
      have_file = true;
      continue;
    }
    if (arg == "--") {
      only_files = true;
    } else if (arg == "--tokens") {
      options.tokens = true;
    } else if (arg == "--loc") {
      options.loc = true;
    } else if (arg == "--range") {
      options.range = true;
    } else if (arg == "--pretty") {
      options.pretty = true;
    } else if (arg == "--module" || arg == "--script") {
      const Goal goal = arg == "--module" ? Goal::Module : Goal::Script;
      if (have_goal && options.goal != goal) {
        error = "--module and --script cannot be used together";
        return false;
      }
      options.goal = goal;
      have_goal = true;
    } else if (arg == "-h" || arg == "--help") {
      options.help = true;
      return true;
    } else if (arg == "--version") {
      options.version = true;
      return true;
    } else {
      error = "unknown option '" + std::string(arg) + "'";
      return false;
    }
  }
  return true;
}

bool is_module(const Options& options) {
  if (options.goal != Goal::Auto) return options.goal == Goal::Module;
  const std::string_view file = options.file;
  return file.size() > 4 && file.substr(file.size() - 4) == ".mjs";
}

}  // namespace essa::cli
