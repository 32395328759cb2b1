#include "single.h"

#include <cerrno>
#include <cstring>
#include <string>

#include "essa/estree.h"
#include "essa/parse.h"
#include "essa/source.h"
#include "essa/tokens.h"
#include "exit_status.h"
#include "extensions.h"
#include "jsx_hint.h"
#include "goal.h"
#include "parse_file.h"
#include "read_input.h"
#include "report_error.h"

namespace essa::cli {
namespace {

std::string write_error() {
  return std::string("cannot write output: ") + std::strerror(errno != 0 ? errno : EIO);
}

int report_syntax(std::string_view name, std::string_view text, const SyntaxError& error) {
  const std::string report = format_syntax_error(name, text, error);
  std::fwrite(report.data(), 1, report.size(), stderr);
  return kExitSyntaxError;
}

}  // namespace

int write_tokens(const Options& options, std::FILE* out) {
  const std::string& file = options.files.front();
  std::string bytes;
  std::string error;
  if (!load_source(file, bytes, error)) return fail_io(error);
  const std::string name = display_name(file);
  const SourceText source = SourceText::from_bytes(bytes);
  if (!source.ok()) return report_syntax(name, bytes, *source.error());
  GoalDetector goals(options.goal);
  const LibraryOptions library = library_options_of(options);
  TokenizeOptions tokenize_options = library.tokenize;
  const Goal goal = goals.goal_of(file);
  tokenize_options.module = goal == Goal::Module;  // Detect: CommonJS first
  const ParseOptions dialect = with_dialect_of(file, {}, options.lang);
  tokenize_options.jsx = tokenize_options.jsx || dialect.jsx;
  tokenize_options.typescript = dialect.typescript;
  tokenize_options.dts = dialect.dts;
  tokenize_options.commonjs =
      tokenize_options.typescript && (goal == Goal::CommonJs || goal == Goal::Detect);
  TokenizeResult result = tokenize(source, tokenize_options);
  if (!result.ok() && goal == Goal::Detect && tokenize_options.typescript) {
    // As parse_with_goal decides: CommonJS unless only the module goal parses the file, and
    // when neither does, the error of the goal that got further (the module's on a tie).
    TokenizeOptions as_module = tokenize_options;
    as_module.module = true;
    as_module.commonjs = false;
    TokenizeResult module_result = tokenize(source, as_module);
    if (module_result.ok() || module_result.error->byte_offset >= result.error->byte_offset) {
      result = std::move(module_result);
    }
  }
  if (!result.ok()) return report_syntax(name, bytes, *result.error);
  errno = 0;
  bool written = write_tokens_json(out, source, result, library.token_json);
  written = std::fputc('\n', out) != EOF && written;
  return written ? kExitOk : fail_io(write_error());
}

int write_document(const Options& options, std::FILE* out) {
  const std::string& file = options.files.front();
  std::string bytes;
  std::string error;
  if (!load_source(file, bytes, error)) return fail_io(error);
  const std::string name = display_name(file);
  GoalDetector goals(options.goal);
  const LibraryOptions library = library_options_of(options);
  const Goal goal = goals.goal_of(file);
  const ParseOptions parse_options = with_dialect_of(file, library.parse, options.lang);
  const ParseResult result = parse_with_goal(bytes, goal, parse_options, Arena());
  if (!result.ok()) {
    const int status = report_syntax(name, result.source().ok() ? result.source().text() : bytes,
                                     *result.error());
    if (result.source().ok()) {
      const std::string hint = jsx_hint(result.source().text(), *result.error(),
                                        parse_options_for(goal, parse_options));
      std::fwrite(hint.data(), 1, hint.size(), stderr);
    }
    return status;
  }
  const EstreeOptions estree = estree_for(parse_options, library.estree);
  errno = 0;
  const bool written = write_estree(out, result, estree);
  if (!written && std::ferror(out) == 0) {
    return fail_io(name + ": the tree is nested deeper than " + std::to_string(estree.max_depth) +
                   " levels; cannot write it");
  }
  if (!written || std::fputc('\n', out) == EOF) return fail_io(write_error());
  return kExitOk;
}

}  // namespace essa::cli
