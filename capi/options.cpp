// Reading essa_options across versions: struct_size says which fields the caller's header
// had. The library reads only those (an older caller gets the defaults of the later ones), and
// fields this library does not know must be zero (unset), so that a program built against a
// newer header is told, not silently given another meaning. This is the one place where the C
// API's options become the C++ API's: a new option is a field in essa.h and a line here.
#include <algorithm>
#include <cstddef>
#include <cstdint>
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
namespace {

// The size of the first released essa_options (up to source_file): no caller has less.
constexpr std::size_t kFirstReleaseSize = offsetof(essa_options, comments);

// True when a caller's struct of `size` bytes holds the whole field at `offset`.
constexpr bool covers(std::size_t size, std::size_t offset, std::size_t field_size) {
  return offset + field_size <= size;
}

}  // namespace

// A field of the caller's struct, or its default (zero) when the caller's struct_size ends
// before it.
#define ESSA_OPTION(field)                                            \
  (covers(size, offsetof(essa_options, field), sizeof options->field) \
       ? options->field                                               \
       : decltype(options->field){})

bool read_options(const essa_options* options, Request& request, essa_result& result) {
  if (options != nullptr) {
    const std::size_t size = options->struct_size;
    if (size < kFirstReleaseSize) {
      fail(result, ESSA_INVALID_ARGUMENT,
           "essa_options.struct_size is " + std::to_string(size) +
               ", smaller than any essa_options: fill the options with essa_options_init()");
      return false;
    }
    // A newer caller's fields start at this version's sizeof (essa.h), so anything past it is
    // a field this library does not know.
    const auto* bytes = reinterpret_cast<const unsigned char*>(options);
    for (std::size_t i = sizeof(essa_options); i < size; ++i) {
      if (bytes[i] != 0) {
        fail(result, ESSA_INVALID_ARGUMENT,
             "essa_options sets an option that essa " ESSA_VERSION_STRING
             " does not know (the program was built against a newer essa/essa.h)");
        return false;
      }
    }

    const uint32_t goal = ESSA_OPTION(goal);
    if (goal != ESSA_GOAL_SCRIPT && goal != ESSA_GOAL_MODULE && goal != ESSA_GOAL_COMMONJS) {
      fail(result, ESSA_INVALID_ARGUMENT,
           "essa_options.goal is " + std::to_string(goal) +
               ": ESSA_GOAL_SCRIPT (0), ESSA_GOAL_MODULE (1) or ESSA_GOAL_COMMONJS (2)");
      return false;
    }
    request.parse.module = goal == ESSA_GOAL_MODULE;
    request.parse.commonjs = goal == ESSA_GOAL_COMMONJS;
    if (ESSA_OPTION(max_depth) != 0) request.parse.max_depth = ESSA_OPTION(max_depth);
    const uint8_t reserved = ESSA_OPTION(allow_reserved);
    if (reserved > ESSA_RESERVED_NEVER) {
      fail(result, ESSA_INVALID_ARGUMENT,
           "essa_options.allow_reserved is " + std::to_string(reserved) +
               ": ESSA_RESERVED_DEFAULT (0), ESSA_RESERVED_ALLOW (1) or ESSA_RESERVED_NEVER (2)");
      return false;
    }
    request.parse.allow_reserved = static_cast<ParseOptions::AllowReserved>(reserved);
    request.parse.jsx = ESSA_OPTION(jsx) != 0;
    request.parse.strict = ESSA_OPTION(strict) != 0;
    request.parse.allow_return_outside_function = ESSA_OPTION(allow_return_outside_function) != 0;
    request.parse.allow_await_outside_function = ESSA_OPTION(allow_await_outside_function) != 0;
    request.parse.allow_import_export_everywhere =
        ESSA_OPTION(allow_import_export_everywhere) != 0;
    request.parse.allow_hash_bang = ESSA_OPTION(hash_bang_is_error) == 0;
    request.parse.preserve_parens = ESSA_OPTION(preserve_parens) != 0;
    if (const uint16_t edition = ESSA_OPTION(ecma_version); edition != 0) {
      request.parse.ecma_version = ecma_version_of(edition);
      if (request.parse.ecma_version == 0) {
        fail(result, ESSA_INVALID_ARGUMENT,
             "essa_options.ecma_version is " + std::to_string(edition) +
                 ": 0 (latest), 3, 5, 6 to 17 or 2015 to 2026");
        return false;
      }
    }
    const uint8_t lang = ESSA_OPTION(lang);
    if (lang > ESSA_LANG_DTS) {
      fail(result, ESSA_INVALID_ARGUMENT,
           "essa_options.lang is " + std::to_string(lang) +
               ": ESSA_LANG_JAVASCRIPT (0), ESSA_LANG_TYPESCRIPT (1) or ESSA_LANG_DTS (2)");
      return false;
    }
    request.parse.typescript = lang != ESSA_LANG_JAVASCRIPT;
    request.parse.dts = lang == ESSA_LANG_DTS;
    request.estree.typescript = request.parse.typescript;
    request.parse.comments = ESSA_OPTION(comments) != 0;
    request.parse.attach_comments = ESSA_OPTION(attach_comments) != 0;

    request.estree.loc = ESSA_OPTION(loc) != 0;
    request.estree.range = ESSA_OPTION(range) != 0;
    request.estree.pretty = ESSA_OPTION(pretty) != 0;
    request.estree.comments = request.parse.comments;
    request.estree.attach_comments = request.parse.attach_comments;
    request.estree.stage3_fields = ESSA_OPTION(stage3_fields) != 0;
    if (const char* name = ESSA_OPTION(source_file); name != nullptr) {
      request.source_file = name;
      if (!SourceText::from_bytes(request.source_file).ok()) {
        fail(result, ESSA_INVALID_ARGUMENT, "essa_options.source_file is not valid UTF-8");
        return false;
      }
      request.estree.source_file = request.source_file;
    }
    request.tokens = ESSA_OPTION(tokens) != 0;
  }
  // The writer's limit keeps the ratio of the defaults to the parser's (one parser level can
  // hold a few tree levels), so a tree the parser accepted can always be written.
  request.estree.max_depth = static_cast<uint32_t>(std::min<uint64_t>(
      UINT32_MAX, std::max<uint64_t>(kEstreeMaxDepth, uint64_t{5} * request.parse.max_depth)));
  request.tokenize = {.module = request.parse.module,
                      .comments = request.parse.comments,
                      .jsx = request.parse.jsx,
                      .typescript = request.parse.typescript,
                      .dts = request.parse.dts,
                      .ecma_version = request.parse.ecma_version};
  request.token_json = {.loc = request.estree.loc,
                        .range = request.estree.range,
                        .pretty = request.estree.pretty,
                        .comments = request.parse.comments};
  return true;
}

#undef ESSA_OPTION

}  // namespace essa::capi
