// essa-parse: JavaScript in, JSON out. For now only the token stream (--tokens).
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "essa/source.h"
#include "essa/tokens.h"
#include "options.h"
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

int report(const essa::cli::Options& options, const std::string& bytes,
           const essa::SyntaxError& error) {
  const std::string name = essa::cli::reads_stdin(options) ? "<stdin>" : options.file;
  const std::string text = essa::cli::format_syntax_error(name, bytes, error);
  std::fwrite(text.data(), 1, text.size(), stderr);
  return kExitSyntaxError;
}

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
  if (!options.tokens) {
    return fail_io("parsing to an AST is not implemented yet; use --tokens");
  }

  std::string bytes;
  if (!essa::cli::read_input(options.file, bytes, error)) return fail_io(error);
  if (bytes.size() > essa::SourceText::kMaxSize) {
    return fail_io("input too large: the limit is 4 GiB less 64 bytes");
  }
  const essa::SourceText source = essa::SourceText::from_bytes(bytes);
  if (!source.ok()) return report(options, bytes, *source.error());

  const essa::TokenizeResult result =
      essa::tokenize(source, {.module = essa::cli::is_module(options)});
  if (!result.ok()) return report(options, bytes, *result.error);

  const essa::TokenJsonOptions json{
      .loc = options.loc, .range = options.range, .pretty = options.pretty};
  errno = 0;
  bool written = essa::write_tokens_json(stdout, source, result, json);
  written = std::fputc('\n', stdout) != EOF && written;
  written = std::fflush(stdout) == 0 && written;
  if (!written) {
    return fail_io(std::string("cannot write output: ") +
                   std::strerror(errno != 0 ? errno : EIO));
  }
  return kExitOk;
}
