// One input, one document: the ESTree JSON of a file, or its tokens (--tokens).
#pragma once

#include <cstdio>

#include "options.h"

namespace essa::cli {

// Each returns the exit status; errors have been reported on standard error.
int write_document(const Options& options, std::FILE* out);
int write_tokens(const Options& options, std::FILE* out);

}  // namespace essa::cli
