// essa-parse: JavaScript in, ESTree JSON out (or the token stream with --tokens); whole
// trees of files on all cores in batch mode.
#include <cstdio>
#include <string>
#include <string_view>

#include "batch.h"
#include "exit_status.h"
#include "options.h"
#include "output.h"
#include "single.h"
#include "walk.h"

#ifndef ESSA_VERSION
#define ESSA_VERSION "unknown"
#endif

using namespace essa::cli;

namespace {

int write_list(const FileList& list, std::FILE* out) {
  return write_file_list(list, out) ? kExitOk : fail_io("cannot write the list");
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  std::string error;
  if (!parse_options(argc, argv, options, error)) return fail_usage(error);
  if (options.help) {
    const std::string_view usage = usage_text();
    std::fwrite(usage.data(), 1, usage.size(), stdout);
    return kExitOk;
  }
  if (options.version) {
    std::fputs("essa-parse " ESSA_VERSION "\n", stdout);
    return kExitOk;
  }

  const bool batch = is_batch(options);
  FileList list;
  if (batch) {
    if (!list_files(options, list, error, shows_progress(options))) return fail_io(error);
    for (const std::string& problem : list.problems) std::fprintf(stderr, "%s\n", problem.c_str());
  }
  Output output;
  if (!output.open(options.output, error)) return fail_io(error);
  int status = options.tokens ? write_tokens(options, output.file())
               : options.list ? write_list(list, output.file())
               : batch        ? run_batch(options, list, output.file())
                              : write_document(options, output.file());
  if (list.failed) status = worse(status, kExitUsage);
  // The output stands when it is complete: after a syntax error only in batch mode, where
  // the errors are part of it, and never after an I/O error while writing or reading.
  if (status == kExitUsage || (status == kExitSyntaxError && !batch)) {
    output.discard();
    return status;
  }
  if (!output.commit(error)) return fail_io(error);
  return status;
}
