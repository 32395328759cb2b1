// Reading essa_options across versions: struct_size says which fields the caller's header
// had. Fields this library does not know must be zero (unset), so that a program built
// against a newer header is told, not silently given another meaning.
#include <cstddef>
#include <cstring>
#include <string>

#include "essa/source.h"
#include "result.h"

extern "C" void essa_options_init(essa_options* options) {
  if (options == nullptr) return;
  std::memset(options, 0, sizeof *options);
  options->struct_size = sizeof *options;
  options->goal = ESSA_GOAL_SCRIPT;
}

namespace essa::capi {

bool read_options(const essa_options* options, Request& request, essa_result& result) {
  if (options == nullptr) return true;
  const std::size_t size = options->struct_size;
  if (size < sizeof(essa_options)) {
    fail(result, ESSA_INVALID_ARGUMENT,
         "essa_options.struct_size is " + std::to_string(size) +
             ", smaller than any essa_options: fill the options with essa_options_init()");
    return false;
  }
  const auto* tail = reinterpret_cast<const unsigned char*>(options) + sizeof(essa_options);
  for (std::size_t i = 0; i < size - sizeof(essa_options); ++i) {
    if (tail[i] != 0) {
      fail(result, ESSA_INVALID_ARGUMENT,
           "essa_options sets an option that essa " ESSA_VERSION_STRING
           " does not know (the program was built against a newer essa/essa.h)");
      return false;
    }
  }
  if (options->goal != ESSA_GOAL_SCRIPT && options->goal != ESSA_GOAL_MODULE) {
    fail(result, ESSA_INVALID_ARGUMENT,
         "essa_options.goal is " + std::to_string(options->goal) +
             ": ESSA_GOAL_SCRIPT (0) or ESSA_GOAL_MODULE (1)");
    return false;
  }
  request.module = options->goal == ESSA_GOAL_MODULE;
  request.loc = options->loc != 0;
  request.range = options->range != 0;
  request.tokens = options->tokens != 0;
  request.pretty = options->pretty != 0;
  request.max_depth = options->max_depth;
  if (options->source_file != nullptr) {
    request.has_source_file = true;
    request.source_file = options->source_file;
    if (!SourceText::from_bytes(request.source_file).ok()) {
      fail(result, ESSA_INVALID_ARGUMENT, "essa_options.source_file is not valid UTF-8");
      return false;
    }
  }
  return true;
}

}  // namespace essa::capi
