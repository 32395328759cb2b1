// A batch run: every listed file parsed on N threads, written in list order as NDJSON
// records, or with --check as one line per failing file and a summary.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "options.h"
#include "walk.h"

namespace essa::cli {

// Lists the files of `inputs` (collect_inputs) and parses them. Returns the exit status.
// Syntax errors, unreadable files and listing problems are reported on standard error in list
// order, as the progress meter allows.
int run_batch(const Options& options, const std::vector<std::string>& inputs, std::FILE* out);

// True when a batch run shows its progress meter: standard error is a terminal, no --quiet.
bool shows_progress(const Options& options);

// The default of -j: the cores this process may run on.
unsigned default_jobs();

}  // namespace essa::cli
