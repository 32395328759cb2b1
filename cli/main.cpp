// essa-parse: JavaScript in, ESTree JSON out (or the token stream with --tokens).
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "essa/estree.h"
#include "essa/parse.h"
#include "essa/source.h"
#include "essa/tokens.h"
#include "options.h"
#include "output.h"
#include "read_input.h"
#include "report_error.h"

#ifndef ESSA_VERSION
#define ESSA_VERSION "unknown"
#endif

namespace {

constexpr int kExitOk = 0;
constexpr int kExitSyntaxError = 1;
constexpr int kExitUsage = 2;  // also I/O errors

int fail_usage(const std::string& message) {
  std::fprintf(stderr, "essa-parse: %s\nTry 'essa-parse --help' for more information.\n",
               message.c_str());
  return kExitUsage;
}

int fail_io(const std::string& message) {
  std::fprintf(stderr, "essa-parse: %s\n", message.c_str());
  return kExitUsage;
}

// The worse of two exit statuses: I/O and usage errors over syntax errors over success.
int worse(int a, int b) { return std::max(a, b); }

void report(std::string_view name, std::string_view bytes, const essa::SyntaxError& error) {
  const std::string text = essa::cli::format_syntax_error(name, bytes, error);
  std::fwrite(text.data(), 1, text.size(), stderr);
}

std::string write_error() {
  return std::string("cannot write output: ") + std::strerror(errno != 0 ? errno : EIO);
}

// Reads one input; the size limit is an I/O error like an unreadable file.
bool load(const std::string& file, std::string& bytes, std::string& error) {
  if (!essa::cli::read_input(file, bytes, error)) return false;
  if (bytes.size() > essa::SourceText::kMaxSize) {
    error =
        "'" + essa::cli::display_name(file) + "' is too large: the limit is 4 GiB less 64 bytes";
    return false;
  }
  return true;
}

class Run {
 public:
  Run(const essa::cli::Options& options, std::FILE* out) : options_(options), out_(out) {
    estree_.loc = options.loc;
    estree_.range = options.range;
    estree_.pretty = options.pretty;
    estree_.stage3_fields = options.stage3_fields;
    estree_.comments = options.comments;
    estree_.attach_comments = options.attach_comments;
    if (options.has_source_file) estree_.source_file = options.source_file;
  }

  int tokens() {
    const std::string& file = options_.files.front();
    std::string error;
    if (!load(file, bytes_, error)) return fail_io(error);
    const std::string name = essa::cli::display_name(file);
    const essa::SourceText source = essa::SourceText::from_bytes(bytes_);
    if (!source.ok()) return report_syntax(name, bytes_, *source.error());
    const essa::TokenizeResult result =
        essa::tokenize(source, {.module = essa::cli::is_module(options_, file),
                                .comments = options_.comments});
    if (!result.ok()) return report_syntax(name, bytes_, *result.error);
    const essa::TokenJsonOptions json{.loc = options_.loc,
                                      .range = options_.range,
                                      .pretty = options_.pretty,
                                      .comments = options_.comments};
    errno = 0;
    bool written = essa::write_tokens_json(out_, source, result, json);
    written = std::fputc('\n', out_) != EOF && written;
    return written ? kExitOk : fail_io(write_error());
  }

  // One input, one JSON document.
  int document() {
    const std::string& file = options_.files.front();
    std::string error;
    if (!load(file, bytes_, error)) return fail_io(error);
    const std::string name = essa::cli::display_name(file);
    const essa::ParseResult result = parse(file);
    if (!result.ok()) return report_syntax(name, result);
    errno = 0;
    const bool written = essa::write_estree(out_, result, estree_);
    if (!written && std::ferror(out_) == 0) return too_deep(name);
    if (!written || std::fputc('\n', out_) == EOF) return fail_io(write_error());
    return kExitOk;
  }

  // Every input, one NDJSON record each. The arena of one parse is reused by the next.
  int records() {
    int status = kExitOk;
    for (const std::string& file : options_.files) {
      std::string error;
      if (!load(file, bytes_, error)) {
        status = worse(status, fail_io(error));
        continue;
      }
      const std::string name = essa::cli::display_name(file);
      essa::ParseResult result = parse(file);
      if (!result.ok()) status = worse(status, report_syntax(name, result));
      errno = 0;
      const bool written = essa::write_estree_record(out_, name, result, estree_);
      // A tree too deep to write still ends its line (with null for the cut subtree), so
      // that the records after it stay readable; the status says the output is incomplete.
      if (!written && std::ferror(out_) == 0) status = worse(status, too_deep(name));
      if (std::ferror(out_) != 0 || std::fputc('\n', out_) == EOF) return fail_io(write_error());
      arena_ = result.take_arena();
    }
    return status;
  }

 private:
  essa::ParseResult parse(const std::string& file) {
    essa::ParseOptions parse_options;
    parse_options.module = essa::cli::is_module(options_, file);
    parse_options.comments = options_.comments;
    parse_options.attach_comments = options_.attach_comments;
    // The parse takes the bytes over when they are valid UTF-8 (no copy of the file).
    return essa::parse(essa::SourceText::adopt(bytes_), parse_options, std::move(arena_));
  }

  // `text`: the source the error is in (the bytes as read when they were not valid UTF-8).
  int report_syntax(std::string_view name, std::string_view text,
                    const essa::SyntaxError& error) {
    report(name, text, error);
    return kExitSyntaxError;
  }
  int report_syntax(std::string_view name, const essa::ParseResult& result) {
    return report_syntax(name, result.source().ok() ? result.source().text() : bytes_,
                         *result.error());
  }

  int too_deep(std::string_view name) {
    return fail_io(std::string(name) + ": the tree is nested deeper than " +
                   std::to_string(estree_.max_depth) + " levels; cannot write it");
  }

  const essa::cli::Options& options_;
  std::FILE* out_;
  essa::EstreeOptions estree_;
  std::string bytes_;  // the current input, until a parse takes it over
  essa::Arena arena_;
};

}  // namespace

int main(int argc, char** argv) {
  essa::cli::Options options;
  std::string error;
  if (!essa::cli::parse_options(argc, argv, options, error)) return fail_usage(error);
  if (options.help) {
    const std::string_view usage = essa::cli::usage_text();
    std::fwrite(usage.data(), 1, usage.size(), stdout);
    return kExitOk;
  }
  if (options.version) {
    std::fputs("essa-parse " ESSA_VERSION "\n", stdout);
    return kExitOk;
  }

  essa::cli::Output output;
  if (!output.open(options.output, error)) return fail_io(error);
  Run run(options, output.file());
  const bool ndjson = essa::cli::writes_ndjson(options);
  const int status = options.tokens ? run.tokens() : ndjson ? run.records() : run.document();
  // The output stands when it is complete: never after an I/O error, and after a syntax error
  // only in NDJSON, where the error records are part of it.
  if (status == kExitUsage || (status == kExitSyntaxError && !ndjson)) {
    output.discard();
    return status;
  }
  if (!output.commit(error)) return fail_io(error);
  return status;
}
