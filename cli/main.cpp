// essa-parse: JavaScript in, ESTree JSON out (or the token stream with --tokens); whole
// trees of files on all cores in batch mode.
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "batch.h"
#include "exit_status.h"
#include "file_feed.h"
#include "options.h"
#include "output.h"
#include "single.h"
#include "walk.h"

#ifndef ESSA_VERSION
#define ESSA_VERSION "unknown"
#endif

using namespace essa::cli;

namespace {

// --list: the whole list, its problems first.
int write_list(const Options& options, const std::vector<std::string>& inputs, std::FILE* out) {
  FileFeed feed;
  list_files(options, inputs, false, feed);
  const FileList& list = feed.list();
  for (const ListProblem& problem : list.problems) {
    std::fprintf(stderr, "%s\n", problem.message.c_str());
  }
  if (!write_file_list(list, out)) return fail_io("cannot write the list");
  return list.failed ? kExitUsage : kExitOk;
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
  std::vector<std::string> inputs;
  if (batch && !collect_inputs(options, inputs, error)) return fail_io(error);
  Output output;
  if (!output.open(options.output, error)) return fail_io(error);
  const int status = options.tokens ? write_tokens(options, output.file())
                     : options.list ? write_list(options, inputs, output.file())
                     : batch        ? run_batch(options, inputs, output.file())
                                    : write_document(options, output.file());
  // The output stands when it is complete: after a syntax error only in batch mode, where
  // the errors are part of it, and never after an I/O error while writing or reading.
  if (status == kExitUsage || (status == kExitSyntaxError && !batch)) {
    output.discard();
    return status;
  }
  if (!output.commit(error)) return fail_io(error);
  return status;
}
