#include "options.h"

namespace essa::cli {

std::string_view usage_text() {
  return R"(Usage: essa-parse [OPTIONS] [FILE...|-]

Parses JavaScript and prints its ESTree AST as JSON: byte for byte what
  JSON.stringify(acorn.parse(src, {ecmaVersion: "latest", sourceType, locations, ranges,
                                   sourceFile}))
prints with acorn 8.19, except that regex and BigInt literals have "value": null (acorn
holds a RegExp or a BigInt there, which JSON cannot carry). Reads each FILE, or standard
input when FILE is '-' or missing.

  --module            use the module goal (the default for .mjs files)
  --script            use the script goal (the default otherwise)
  --loc               add "loc": {"start": {line, column}, "end": {line, column}} to each
                      node (acorn's locations)
  --range             add "range": [start, end] to each node (acorn's ranges)
  --source-file NAME  add "source": NAME to each "loc" (acorn's sourceFile), for every input
  --stage3-fields     write the stage-3 keys on every node that can carry them:
                      "decorators": [] on classes, methods and fields, "phase": null on
                      imports (by default, as acorn with acorn-import-phases, "decorators"
                      appears only when non-empty and "phase" only when set)
  --pretty            indent the JSON by two spaces (one document only)
  --ndjson            write the NDJSON records below even for a single input
  -o FILE             write to FILE instead of standard output: through a temporary file in
                      the same directory, renamed over FILE at the end, so FILE is complete
                      or untouched; it is not written after a usage or I/O error, nor after a
                      syntax error when there is only one document
  --comments          add "comments": [...] to the Program, as acorn's onComment array
                      ({type: "Line"|"Block", value, start, end[, loc][, range]}, where
                      espree's comment: true puts it); with --tokens, print
                      {"tokens": [...], "comments": [...]} as espree.tokenize(src,
                      {comment: true}) gives them
  --attach-comments   add "leadingComments", "trailingComments" and "innerComments" to the
                      nodes the comments belong to, by Babel's attachComment rules
                      (docs/cli.md); not with --tokens
  --tokens            print the tokens instead, as espree.tokenize() reports them (one input)
  --                  end of options: every argument after it is a file
  -h, --help          print this help and exit
  --version           print the version and exit

One input gives one JSON document. Several inputs (or --ndjson) give one line per input, in
order (NDJSON):
  {"file":NAME,"ast":{"type":"Program",...}}
  {"file":NAME,"error":{"message":MESSAGE,"offset":N,"line":L,"column":C}}
NAME is the path as given ("<stdin>" for '-'). An input that cannot be read gets no line.

Positions in the JSON are acorn's: UTF-16 offsets, 1-based lines, 0-based columns in UTF-16
code units ("offset" and "column" of an error record too). A syntax error is printed to
standard error as
  FILE:LINE:COLUMN: SyntaxError: MESSAGE
followed by the source line and a caret; there LINE and COLUMN are both 1-based (COLUMN
counts UTF-16 code units), as compilers print them.

Exit status: 0 success, 1 syntax error in some input (including invalid UTF-8), 2 usage or
I/O error (2 wins when both happen).
)";
}

bool parse_options(int argc, const char* const* argv, Options& options, std::string& error) {
  bool only_files = false;
  bool have_goal = false;
  bool have_output = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool is_option = !only_files && arg.size() > 1 && arg[0] == '-';
    if (!is_option) {
      options.files.emplace_back(arg);
      continue;
    }
    // The value of an option that takes one: the next argument, whatever it looks like.
    auto value = [&](std::string& into) {
      if (i + 1 >= argc) {
        error = "option '" + std::string(arg) + "' needs a value";
        return false;
      }
      into = argv[++i];
      return true;
    };
    if (arg == "--") {
      only_files = true;
    } else if (arg == "--tokens") {
      options.tokens = true;
    } else if (arg == "--comments") {
      options.comments = true;
    } else if (arg == "--attach-comments") {
      options.attach_comments = true;
    } else if (arg == "--loc") {
      options.loc = true;
    } else if (arg == "--range") {
      options.range = true;
    } else if (arg == "--pretty") {
      options.pretty = true;
    } else if (arg == "--ndjson") {
      options.ndjson = true;
    } else if (arg == "--stage3-fields") {
      options.stage3_fields = true;
    } else if (arg == "--source-file") {
      if (!value(options.source_file)) return false;
      options.has_source_file = true;
    } else if (arg == "-o") {
      if (have_output) {
        error = "only one -o is accepted";
        return false;
      }
      if (!value(options.output)) return false;
      if (options.output.empty() || options.output == "-") {
        error = "-o needs a file name";
        return false;
      }
      have_output = true;
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

  if (options.files.empty()) options.files.emplace_back("-");
  int stdin_inputs = 0;
  for (const std::string& file : options.files) stdin_inputs += reads_stdin(file) ? 1 : 0;
  if (stdin_inputs > 1) {
    error = "standard input ('-') can be read only once";
    return false;
  }
  if (options.tokens && options.files.size() > 1) {
    error = "--tokens reads one input (got " + std::to_string(options.files.size()) + ")";
    return false;
  }
  if (options.tokens && options.attach_comments) {
    error = "--attach-comments cannot be used with --tokens";
    return false;
  }
  if (options.tokens && (options.ndjson || options.has_source_file || options.stage3_fields)) {
    error = options.ndjson            ? "--ndjson cannot be used with --tokens"
            : options.has_source_file ? "--source-file cannot be used with --tokens"
                                      : "--stage3-fields cannot be used with --tokens";
    return false;
  }
  if (options.pretty && writes_ndjson(options)) {
    error = "--pretty cannot be used with NDJSON output (several inputs or --ndjson)";
    return false;
  }
  return true;
}

bool is_module(const Options& options, std::string_view file) {
  if (options.goal != Goal::Auto) return options.goal == Goal::Module;
  return file.size() > 4 && file.substr(file.size() - 4) == ".mjs";
}

}  // namespace essa::cli
