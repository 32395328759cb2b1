// A batch run: every listed file parsed on N threads, written in list order as NDJSON
// records, or with --check as one line per failing file and a summary.
#pragma once

#include <cstdio>

#include "options.h"
#include "walk.h"

namespace essa::cli {

// Returns the exit status. Syntax errors and unreadable files are reported on standard
// error as they come (in list order), as the progress meter allows.
int run_batch(const Options& options, const FileList& list, std::FILE* out);

// True when a batch run shows its progress meter: standard error is a terminal, no --quiet.
bool shows_progress(const Options& options);

// The default of -j: the cores this process may run on.
unsigned default_jobs();

}  // namespace essa::cli
