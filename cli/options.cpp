#include "options.h"

#include <sys/stat.h>

namespace essa::cli {

std::string_view usage_text() {
  return R"(Usage: essa-parse [OPTIONS] [FILE|DIR...|-]

Parses JavaScript and prints its ESTree AST as JSON: byte for byte what
  JSON.stringify(acorn.parse(src, {ecmaVersion: "latest", sourceType, locations, ranges,
                                   sourceFile}))
prints with acorn 8.19, except that regex and BigInt literals have "value": null (acorn
holds a RegExp or a BigInt there, which JSON cannot carry). Reads each FILE, every .js, .mjs,
.cjs and .jsx file under each DIR (recursively), or standard input when FILE is '-' or missing.

Goal, per file as Node decides it: .mjs module, .cjs CommonJS (the script goal with
top-level return), .js by the "type" of the nearest package.json ("module" or "commonjs";
without one, CommonJS unless only the module goal parses it); script for standard input.
  --module            use the module goal for every input
  --script            use the script goal for every input
  --commonjs          use the CommonJS goal for every input

Dialect:
  --jsx               parse JSX (elements, fragments, attributes, text) in every input, as
                      acorn.Parser.extend(acornJsx()) does; .jsx files are JSX without it
  --lang LANG         parse every input as js, jsx, ts (TypeScript), tsx (TypeScript with
                      JSX) or dts (a declaration file); by default each file by its name:
                      .jsx JSX, .ts .mts .cts TypeScript, .tsx TypeScript with JSX, .d.ts a
                      declaration file, anything else (and standard input) JavaScript.
                      TypeScript is written as TS-ESTree, as typescript-estree writes it
                      (docs/typescript.md says which TypeScript syntax is parsed so far)

Output:
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
  --check             no AST: print FILE:LINE:COLUMN: SyntaxError: MESSAGE for each file
                      that fails, then a summary line (files, bytes, errors, MB/s, seconds)
  -o, --output FILE   write to FILE instead of standard output. A regular file is replaced
                      at the end, keeping its mode, through a temporary file in the same
                      directory (removed on any error, SIGINT or SIGTERM), so FILE is
                      complete or untouched; it is not written after a usage or I/O error,
                      nor after a syntax error when there is only one document. A character
                      device, a FIFO and /dev/stdout are written directly.
  --comments          add "comments": [...] to the Program, as acorn's onComment array
                      ({type: "Line"|"Block", value, start, end[, loc][, range]}, where
                      espree's comment: true puts it); with --tokens, print
                      {"tokens": [...], "comments": [...]} as espree.tokenize(src,
                      {comment: true}) gives them
  --attach-comments   add "leadingComments", "trailingComments" and "innerComments" to the
                      nodes the comments belong to, by Babel's attachComment rules
                      (docs/cli.md); not with --tokens
  --tokens            print the tokens instead, as espree.tokenize() reports them (one input)

acorn's options (docs/cli.md), each as acorn has it; a flag alone means true, and
--flag=true or --flag=false also work:
  --strict                          the whole script is strict mode code (acorn's strict)
  --allow-return-outside-function   `return` at the top level
  --allow-await-outside-function    `await` at the top level of a script (not with
                                    --commonjs)
  --allow-import-export-everywhere  import and export in any statement position and in
                                    scripts, and import.meta in scripts
  --allow-hash-bang=false           a leading `#!` line is an error (on by default)
  --allow-reserved[=true|false|never]
                                    true: `enum` (and `await` in modules) may be names;
                                    never: keywords and reserved words may not be property
                                    names either (default false)
  --preserve-parens                 ParenthesizedExpression nodes for `(expression)`
  --ecma-version N|latest           parse edition N's syntax, as acorn's ecmaVersion: 3, 5,
                                    6 to 17 or 2015 to 2026 (default latest); before 2023 a `#!`
                                    line is an error unless --allow-hash-bang; with --tokens,
                                    espree's ecmaVersion (later editions' tokens not formed)
These apply to every parse of every input, and (but --ecma-version) not to --tokens.

Many files:
  -j, --jobs N        parse on N threads (default: one per core); the output keeps the
                      input order whatever N is
  --exclude GLOB      skip what directories hold whose name matches GLOB (or whose path
                      does, when GLOB has a '/'); may be repeated
  --files-from FILE   also read the inputs listed in FILE ('-': standard input), one per
                      line, or NUL-separated when the list holds a NUL byte
  --shard I/N         parse only the I-th of N parts of the file list (1 <= I <= N; files
                      I, I+N, I+2N, ... of the listed order), to spread a corpus over
                      machines
  --list              parse nothing: print the files a run would parse, in its order,
                      one line each: {"file":NAME,"goal":GOAL}, GOAL being "script",
                      "module", "commonjs" or "detect" (CommonJS unless only the module
                      goal parses it); for schedulers that parse elsewhere
  -q, --quiet         no progress meter (shown on standard error when it is a terminal)

  --                  end of options: every argument after it is a file
  -h, --help          print this help and exit
  --version           print the version and exit
Every option that takes a value also takes it as --option=VALUE (-jN, -oFILE).

One input gives one JSON document. Several inputs, a directory, --files-from or --ndjson
give one line per file, in order (NDJSON):
  {"file":NAME,"ast":{"type":"Program",...}}
  {"file":NAME,"error":{"message":MESSAGE,"offset":N,"line":L,"column":C,"raisedAt":R}}
NAME is the path as given or walked ("<stdin>" for '-'). An input that cannot be read gets
no line.

Positions in the JSON are acorn's: UTF-16 offsets, 1-based lines, 0-based columns in UTF-16
code units ("offset", "column" and "raisedAt" of an error record too; "raisedAt" is where
acorn's tokenizer stood when it raised the error). A syntax error is printed to standard
error as
  FILE:LINE:COLUMN: SyntaxError: MESSAGE
followed by the source line and a caret; there LINE and COLUMN are both 1-based (COLUMN
counts UTF-16 code units), as compilers print them.

Exit status: 0 success, 1 syntax error in some input (including invalid UTF-8), 2 usage or
I/O error (2 wins when both happen).
)";
}

namespace {

// Options that take a value, by every spelling; `-j` and `-o` also take it attached (-j2).
enum class Valued { None, SourceFile, Output, Jobs, Exclude, FilesFrom, Shard, EcmaVersion, Lang };

Valued valued_option(std::string_view name) {
  if (name == "--source-file") return Valued::SourceFile;
  if (name == "-o" || name == "--output") return Valued::Output;
  if (name == "-j" || name == "--jobs") return Valued::Jobs;
  if (name == "--exclude") return Valued::Exclude;
  if (name == "--files-from") return Valued::FilesFrom;
  if (name == "--shard") return Valued::Shard;
  if (name == "--ecma-version") return Valued::EcmaVersion;
  if (name == "--lang") return Valued::Lang;
  return Valued::None;
}

// A decimal number in [min, max], the whole of `text`.
bool parse_number(std::string_view text, uint32_t min, uint32_t max, uint32_t& value) {
  if (text.empty() || text.size() > 9) return false;
  uint32_t v = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint32_t>(c - '0');
  }
  if (v < min || v > max) return false;
  value = v;
  return true;
}

bool set_value(Valued which, std::string_view name, std::string_view value, Options& options,
               bool& have_output, std::string& error) {
  const std::string option(name);
  switch (which) {
    case Valued::None:
      return false;
    case Valued::Lang:
      if (!lang_of(value, options.lang)) {
        error = "--lang takes js, jsx, ts, tsx or dts (got '" + std::string(value) + "')";
        return false;
      }
      return true;
    case Valued::SourceFile:
      options.source_file = value;
      options.has_source_file = true;
      return true;
    case Valued::Output:
      if (have_output) {
        error = "only one -o is accepted";
        return false;
      }
      if (value.empty() || value == "-") {
        error = "-o needs a file name";
        return false;
      }
      options.output = value;
      have_output = true;
      return true;
    case Valued::EcmaVersion: {
      uint32_t edition = 0;
      if (value == "latest") {
        options.acorn.ecma_version = ParseOptions::kEcmaLatest;
      } else if (parse_number(value, 1, 9999, edition) && ecma_version_of(edition) != 0) {
        options.acorn.ecma_version = ecma_version_of(edition);
      } else {
        error = option + " takes 3, 5, 6 to 17, 2015 to 2026, or latest (got '" + std::string(value) + "')";
        return false;
      }
      // Not an acorn-only option: --tokens takes it as espree's tokenize() does.
      options.has_ecma_version = true;
      return true;
    }
    case Valued::Jobs: {
      uint32_t jobs = 0;
      if (!parse_number(value, 1, 1024, jobs)) {
        error = option + " needs a number of jobs from 1 to 1024 (got '" + std::string(value) + "')";
        return false;
      }
      options.jobs = jobs;
      return true;
    }
    case Valued::Exclude:
      options.excludes.emplace_back(value);
      return true;
    case Valued::FilesFrom:
      if (!options.files_from.empty()) {
        error = "only one --files-from is accepted";
        return false;
      }
      if (value.empty()) {
        error = "--files-from needs a file name ('-' for standard input)";
        return false;
      }
      options.files_from = value;
      return true;
    case Valued::Shard: {
      const std::size_t slash = value.find('/');
      uint32_t index = 0;
      uint32_t count = 0;
      if (slash == std::string_view::npos ||
          !parse_number(value.substr(slash + 1), 1, 1000000, count) ||
          !parse_number(value.substr(0, slash), 1, count, index)) {
        error = "--shard needs I/N with 1 <= I <= N (got '" + std::string(value) + "')";
        return false;
      }
      options.shard_index = index;
      options.shard_count = count;
      return true;
    }
  }
  return false;
}

// acorn's boolean options: --name or --name=true|false.
struct AcornFlag {
  std::string_view name;
  bool ParseOptions::*field;
};
constexpr AcornFlag kAcornFlags[] = {
    {"--strict", &ParseOptions::strict},
    {"--allow-return-outside-function", &ParseOptions::allow_return_outside_function},
    {"--allow-await-outside-function", &ParseOptions::allow_await_outside_function},
    {"--allow-import-export-everywhere", &ParseOptions::allow_import_export_everywhere},
    {"--allow-hash-bang", &ParseOptions::allow_hash_bang},
    {"--preserve-parens", &ParseOptions::preserve_parens},
};

// An acorn option: true when `name` is one (set, or `error` filled on a bad value).
bool set_acorn_option(std::string_view name, bool has_value, std::string_view value,
                      Options& options, std::string& error, bool& ok) {
  ok = true;
  if (name == "--allow-reserved") {
    using AllowReserved = ParseOptions::AllowReserved;
    if (!has_value || value == "true") {
      options.acorn.allow_reserved = AllowReserved::Yes;
    } else if (value == "false") {
      options.acorn.allow_reserved = AllowReserved::Default;
    } else if (value == "never") {
      options.acorn.allow_reserved = AllowReserved::Never;
    } else {
      error = "--allow-reserved takes true, false or never (got '" + std::string(value) + "')";
      ok = false;
    }
    options.has_acorn_option = true;
    return true;
  }
  for (const AcornFlag& flag : kAcornFlags) {
    if (name != flag.name) continue;
    if (has_value && value != "true" && value != "false") {
      error = std::string(name) + " takes true or false (got '" + std::string(value) + "')";
      ok = false;
    }
    options.acorn.*flag.field = !has_value || value == "true";
    options.has_acorn_option = true;
    if (flag.field == &ParseOptions::allow_hash_bang) options.has_allow_hash_bang = true;
    return true;
  }
  return false;
}

bool set_goal(Goal goal, Options& options, std::string& error) {
  if (options.goal != Goal::Auto && options.goal != goal) {
    error = "--module, --script and --commonjs cannot be used together";
    return false;
  }
  options.goal = goal;
  return true;
}

}  // namespace

bool parse_options(int argc, const char* const* argv, Options& options, std::string& error) {
  bool only_files = false;
  bool have_output = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool is_option = !only_files && arg.size() > 1 && arg[0] == '-';
    if (!is_option) {
      options.files.emplace_back(arg);
      continue;
    }
    // --name=value, -jN, -oFILE, or the value in the next argument, whatever it looks like.
    std::string_view name = arg;
    std::string_view attached;
    bool has_attached = false;
    if (arg.starts_with("--")) {
      if (const std::size_t eq = arg.find('='); eq != std::string_view::npos) {
        name = arg.substr(0, eq);
        attached = arg.substr(eq + 1);
        has_attached = true;
      }
    } else if (arg.size() > 2 && (arg[1] == 'j' || arg[1] == 'o')) {
      name = arg.substr(0, 2);
      attached = arg.substr(2);
      has_attached = true;
    }
    if (const Valued which = valued_option(name); which != Valued::None) {
      std::string_view value = attached;
      if (!has_attached) {
        if (i + 1 >= argc) {
          error = "option '" + std::string(name) + "' needs a value";
          return false;
        }
        value = argv[++i];
      }
      if (!set_value(which, name, value, options, have_output, error)) return false;
      continue;
    }
    if (bool ok = true; set_acorn_option(name, has_attached, attached, options, error, ok)) {
      if (!ok) return false;
      continue;
    }
    if (has_attached) {
      error = "option '" + std::string(name) + "' takes no value";
      return false;
    }
    if (arg == "--") {
      only_files = true;
    } else if (arg == "--tokens") {
      options.tokens = true;
    } else if (arg == "--comments") {
      options.comments = true;
    } else if (arg == "--attach-comments") {
      options.attach_comments = true;
    } else if (arg == "--jsx") {
      options.jsx = true;
    } else if (arg == "--stage3-fields") {
      options.stage3_fields = true;
    } else if (arg == "--loc") {
      options.loc = true;
    } else if (arg == "--range") {
      options.range = true;
    } else if (arg == "--pretty") {
      options.pretty = true;
    } else if (arg == "--ndjson") {
      options.ndjson = true;
    } else if (arg == "--check") {
      options.check = true;
    } else if (arg == "--list") {
      options.list = true;
    } else if (arg == "-q" || arg == "--quiet") {
      options.quiet = true;
    } else if (arg == "--module" || arg == "--script" || arg == "--commonjs") {
      const Goal goal = arg == "--module"   ? Goal::Module
                        : arg == "--script" ? Goal::Script
                                            : Goal::CommonJs;
      if (!set_goal(goal, options, error)) return false;
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

  if (options.files.empty() && options.files_from.empty()) options.files.emplace_back("-");
  int stdin_inputs = reads_stdin(options.files_from) && !options.files_from.empty() ? 1 : 0;
  for (const std::string& file : options.files) stdin_inputs += reads_stdin(file) ? 1 : 0;
  if (stdin_inputs > 1) {
    error = "standard input ('-') can be read only once";
    return false;
  }
  if (options.tokens && (options.files.size() > 1 || !options.files_from.empty())) {
    error = "--tokens reads one input";
    return false;
  }
  if (options.tokens && options.has_acorn_option) {
    error = "acorn's options (--strict, --allow-*, --preserve-parens) cannot be used with --tokens";
    return false;
  }
  // acorn's allowHashBang defaults to true from ecmaVersion 2023 (14) on.
  if (!options.has_allow_hash_bang && options.acorn.ecma_version < 14) {
    options.acorn.allow_hash_bang = false;
  }
  if (options.acorn.allow_await_outside_function && options.goal == Goal::CommonJs) {
    error = "--allow-await-outside-function cannot be used with --commonjs (as in acorn)";
    return false;
  }
  if (options.tokens && options.attach_comments) {
    error = "--attach-comments cannot be used with --tokens";
    return false;
  }
  if (options.tokens &&
      (options.ndjson || options.has_source_file || options.check || options.stage3_fields)) {
    error = options.ndjson            ? "--ndjson cannot be used with --tokens"
            : options.check           ? "--check cannot be used with --tokens"
            : options.has_source_file ? "--source-file cannot be used with --tokens"
                                      : "--stage3-fields cannot be used with --tokens";
    return false;
  }
  if (options.check && (options.ndjson || options.pretty || options.loc || options.range ||
                        options.has_source_file || options.stage3_fields || options.comments ||
                        options.attach_comments)) {
    error = "--check writes no AST: it cannot be used with --ndjson, --pretty, --loc, --range, "
            "--source-file, --stage3-fields, --comments or --attach-comments";
    return false;
  }
  if (options.list && (options.tokens || options.check)) {
    error = options.tokens ? "--list cannot be used with --tokens"
                           : "--list cannot be used with --check";
    return false;
  }
  if (options.pretty && is_batch(options)) {
    error = "--pretty cannot be used with NDJSON output (several inputs or --ndjson)";
    return false;
  }
  return true;
}

LibraryOptions library_options_of(const Options& options) {
  LibraryOptions library;
  library.parse = options.acorn;  // acorn's options (--strict, --allow-*, --preserve-parens)
  library.parse.comments = options.comments;
  library.parse.attach_comments = options.attach_comments;
  library.parse.jsx = options.jsx;
  library.estree.loc = options.loc;
  library.estree.range = options.range;
  library.estree.pretty = options.pretty;
  library.estree.stage3_fields = options.stage3_fields;
  library.estree.comments = options.comments;
  library.estree.attach_comments = options.attach_comments;
  if (options.has_source_file) library.estree.source_file = options.source_file;
  library.tokenize.comments = options.comments;
  library.tokenize.jsx = options.jsx;
  library.tokenize.ecma_version = options.acorn.ecma_version;
  library.token_json = {.loc = options.loc,
                        .range = options.range,
                        .pretty = options.pretty,
                        .comments = options.comments};
  return library;
}

bool is_batch(const Options& options) {
  if (options.tokens) return false;
  if (options.ndjson || options.check || options.list || options.files.size() > 1 ||
      !options.files_from.empty() || options.shard_count > 0) {
    return true;
  }
  // One argument: a directory is a batch of files, whatever it holds.
  struct stat info {};
  return !options.files.empty() && !reads_stdin(options.files.front()) &&
         stat(options.files.front().c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

}  // namespace essa::cli
