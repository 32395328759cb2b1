// libFuzzer target: the C API (essa/essa.h) as a program uses it. The first three bytes of the
// input choose the call and its options, the rest is the source:
//   byte 0: bits 0-1 goal (0 script, 1 module, 2 CommonJS, 3 an invalid value), 2 loc,
//           3 range, 4 tokens, 5 pretty, 6 comments, 7 attach_comments
//   byte 1: bit 0 stage3_fields, 1 source_file, 2-4 how the options are passed (Passing; one
//           of its values also sets ecma_version, from the input size: kEditions),
//           5-6 max_depth (default, 8, 64, default), 7 essa_tokenize instead of essa_parse
//   byte 2: bit 0 jsx, 1 strict, 2 allow_return_outside_function, 3 allow_await_outside_function,
//           4 allow_import_export_everywhere, 5 hash_bang_is_error, 6 preserve_parens,
//           7 allow_reserved set to 1 + (input size % 3): ALLOW, NEVER or an invalid value
//   the input size / 4 % 4: lang (0 JavaScript, 1 TypeScript, 2 a declaration file, 3 an invalid
//           value), so every call and option is also tried on TypeScript
// Checks:
//   - the status is one of essa.h's, ok exactly when there is no error, and
//     ESSA_INVALID_ARGUMENT exactly for the invalid options made on purpose;
//   - when ok: the JSON (essa_parse) is valid JSON with a Program root whose sourceType,
//     "comments" and loc's "source" follow the options; the tokens (essa_tokenize, or
//     options.tokens) a JSON array, or {"tokens", "comments"} from essa_tokenize with comments;
//     nothing else is given; texts are NUL-terminated at their length;
//   - when not: no texts; a non-empty message, NUL-terminated at its length; for a syntax
//     error or invalid UTF-8 a position inside the source (line within the line count,
//     column <= offset <= byte_offset <= size), otherwise line 0;
//   - struct_size: the first release's struct (allocated with exactly its size, so reading
//     past it is a heap overflow) and a newer program's larger struct with its unknown field
//     unset give the same result as the current struct with the same options; NULL options
//     the same as the defaults.
// Everything is freed (LeakSanitizer reports the rest).
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>

#include "check.h"
#include "essa/essa.h"
#include "json_checks.h"

namespace {

// How the options reach the library (byte 1, bits 2-4).
enum Passing : uint8_t {
  kCurrent,        // essa_options_init's struct
  kFirstRelease,   // the first release's smaller struct: the newer fields keep their defaults
  kLargerUnset,    // a newer program's struct, its unknown field zero: as kCurrent
  kLargerSet,      // the same with the unknown field set: ESSA_INVALID_ARGUMENT
  kNull,           // NULL: the defaults
  kTooSmall,       // struct_size below any release: ESSA_INVALID_ARGUMENT
  kBadSourceFile,  // source_file not UTF-8: ESSA_INVALID_ARGUMENT
  kEdition,        // essa_options_init's struct with an ecma_version from kEditions
};

// ecma_version values kEdition passes (input size % count): every edition and some years,
// and values the library refuses (ESSA_INVALID_ARGUMENT).
constexpr uint16_t kEditions[] = {3,  5,  6,    7,    8,    9, 10, 11,   12, 13,
                                  14, 15, 16,   17,   2015, 2019, 2026, 4, 18, 2014};

constexpr std::size_t kFirstReleaseSize = offsetof(essa_options, comments);
constexpr char kSourceFile[] = "src.js";

struct ResultFree {
  void operator()(essa_result* r) const { essa_result_free(r); }
};
using Result = std::unique_ptr<essa_result, ResultFree>;

struct Call {
  bool tokenize = false;
  Passing passing = kCurrent;
  essa_options options{};
};

Call decode(uint8_t b0, uint8_t b1, uint8_t b2, std::size_t size) {
  Call call;
  essa_options_init(&call.options);
  essa_options& o = call.options;
  o.goal = b0 & 3u;
  o.loc = (b0 >> 2) & 1u;
  o.range = (b0 >> 3) & 1u;
  o.tokens = (b0 >> 4) & 1u;
  o.pretty = (b0 >> 5) & 1u;
  o.comments = (b0 >> 6) & 1u;
  o.attach_comments = (b0 >> 7) & 1u;
  o.stage3_fields = b1 & 1u;
  if ((b1 >> 1) & 1u) o.source_file = kSourceFile;
  call.passing = static_cast<Passing>((b1 >> 2) & 7u);
  constexpr uint32_t kDepths[] = {0, 8, 64, 0};
  o.max_depth = kDepths[(b1 >> 5) & 3u];
  call.tokenize = ((b1 >> 7) & 1u) != 0;
  o.jsx = b2 & 1u;
  o.strict = (b2 >> 1) & 1u;
  o.allow_return_outside_function = (b2 >> 2) & 1u;
  o.allow_await_outside_function = (b2 >> 3) & 1u;
  o.allow_import_export_everywhere = (b2 >> 4) & 1u;
  o.hash_bang_is_error = (b2 >> 5) & 1u;
  o.preserve_parens = (b2 >> 6) & 1u;
  if ((b2 >> 7) & 1u) o.allow_reserved = static_cast<uint8_t>(1 + size % 3);
  if (call.passing == kBadSourceFile) o.source_file = "\xC0.js";
  if (call.passing == kEdition) o.ecma_version = kEditions[size % std::size(kEditions)];
  o.lang = static_cast<uint8_t>(size / 4 % 4);
  return call;
}

essa_result* run(const Call& call, const essa_options* options, std::string_view source) {
  return call.tokenize ? essa_tokenize(source.data(), source.size(), options)
                       : essa_parse(source.data(), source.size(), options);
}

// A newer program's essa_options: one more field.
struct Newer {
  essa_options known;
  uint64_t later;
};

Result call_as_passed(const Call& call, std::string_view source) {
  switch (call.passing) {
    case kCurrent:
    case kEdition:
    case kBadSourceFile:
      return Result(run(call, &call.options, source));
    case kFirstRelease: {
      // Exactly the first release's size on the heap, so that a read past it is caught.
      auto bytes = std::make_unique<unsigned char[]>(kFirstReleaseSize);
      std::memcpy(bytes.get(), &call.options, kFirstReleaseSize);
      const uint32_t size = kFirstReleaseSize;
      std::memcpy(bytes.get(), &size, sizeof size);
      return Result(run(call, reinterpret_cast<const essa_options*>(bytes.get()), source));
    }
    case kLargerUnset:
    case kLargerSet: {
      auto newer = std::make_unique<Newer>();
      std::memset(newer.get(), 0, sizeof *newer);
      newer->known = call.options;
      newer->known.struct_size = sizeof(Newer);
      newer->later = call.passing == kLargerSet ? 1 : 0;
      return Result(run(call, &newer->known, source));
    }
    case kNull:
      return Result(run(call, nullptr, source));
    case kTooSmall: {
      essa_options small = call.options;
      small.struct_size = kFirstReleaseSize - 1;
      return Result(run(call, &small, source));
    }
  }
  std::abort();
}

// The options the library should have read: what the reference call passes in full.
Call reference_of(const Call& call) {
  Call reference = call;
  reference.passing = kCurrent;
  if (call.passing == kFirstRelease) {
    reference.options.comments = reference.options.attach_comments = 0;
    reference.options.stage3_fields = 0;
    reference.options.jsx = reference.options.strict = 0;
    reference.options.allow_return_outside_function = 0;
    reference.options.allow_await_outside_function = 0;
    reference.options.allow_import_export_everywhere = 0;
    reference.options.hash_bang_is_error = reference.options.preserve_parens = 0;
    reference.options.allow_reserved = 0;
    reference.options.lang = 0;
  } else if (call.passing == kNull) {
    essa_options_init(&reference.options);
  }
  return reference;
}

// The editions the library takes (docs/library.md): 3, 5, 6 to 17 and their years.
bool taken_edition(uint16_t v) {
  return v == 3 || v == 5 || (v >= 6 && v <= 17) || (v >= 2015 && v <= 2026);
}

bool expect_invalid_argument(const Call& call) {
  return call.passing == kLargerSet || call.passing == kTooSmall ||
         call.passing == kBadSourceFile || (call.passing != kNull && call.options.goal == 3) ||
         (call.passing != kNull && call.passing != kFirstRelease &&
          call.options.allow_reserved > ESSA_RESERVED_NEVER) ||
         (call.passing == kEdition && !taken_edition(call.options.ecma_version)) ||
         (call.passing != kNull && call.passing != kFirstRelease &&
          call.options.lang > ESSA_LANG_DTS);
}

// The text a getter gives, checked NUL-terminated at its length; nullptr when it gives none.
const char* text(const char* p, std::size_t length) {
  if (p == nullptr) {
    ESSA_FUZZ_CHECK(length == 0);
  } else {
    ESSA_FUZZ_CHECK(p[length] == '\0');
  }
  return p;
}

// Upper bound of the line count: every line terminator starts a line (\r\n counts twice).
uint64_t max_lines(std::string_view source) {
  uint64_t lines = 1;
  for (std::size_t i = 0; i < source.size(); ++i) {
    const char c = source[i];
    if (c == '\n' || c == '\r') ++lines;
    if (c == '\xE2' && i + 2 < source.size() && source[i + 1] == '\x80' &&
        (source[i + 2] == '\xA8' || source[i + 2] == '\xA9')) {
      ++lines;
    }
  }
  return lines;
}

// The result of `call` is consistent in itself.
void check(const Call& call, const essa_result* result, std::string_view source) {
  const essa_status status = essa_result_status(result);
  ESSA_FUZZ_CHECK(status >= ESSA_OK && status <= ESSA_OUT_OF_MEMORY);
  ESSA_FUZZ_CHECK(std::strcmp(essa_status_name(status), "unknown status") != 0);
  ESSA_FUZZ_CHECK((status == ESSA_INVALID_ARGUMENT) == expect_invalid_argument(call));
  const essa_error* error = essa_result_error(result);
  ESSA_FUZZ_CHECK((status == ESSA_OK) == (error == nullptr));
  std::size_t json_length = 7;
  std::size_t tokens_length = 7;
  const char* ast = text(essa_result_json(result, &json_length), json_length);
  const char* tokens = text(essa_result_tokens(result, &tokens_length), tokens_length);

  if (status != ESSA_OK) {
    ESSA_FUZZ_CHECK(ast == nullptr && tokens == nullptr);
    // NUL-terminated at its length; it may hold a NUL before (a regex of the source quoted).
    ESSA_FUZZ_CHECK(error->message != nullptr && error->message_length > 0 &&
                    error->message[error->message_length] == '\0');
    if (status == ESSA_SYNTAX_ERROR || status == ESSA_INVALID_UTF8) {
      ESSA_FUZZ_CHECK(error->line >= 1 && error->line <= max_lines(source));
      ESSA_FUZZ_CHECK(error->column <= error->offset && error->offset <= error->byte_offset &&
                      error->byte_offset <= source.size());
    } else {
      ESSA_FUZZ_CHECK(error->line == 0 && error->column == 0 && error->offset == 0);
    }
    return;
  }

  const essa_options& o = call.options;
  const bool defaults = call.passing == kNull;
  const bool first_release = call.passing == kFirstRelease;
  const bool comments = !defaults && !first_release && o.comments != 0;
  if (call.tokenize) {
    ESSA_FUZZ_CHECK(ast == nullptr && tokens != nullptr);
    essa::fuzz::check_token_list(std::string_view(tokens, tokens_length), comments);
    return;
  }
  ESSA_FUZZ_CHECK(ast != nullptr);
  const bool module = !defaults && o.goal == ESSA_GOAL_MODULE;
  essa::fuzz::check_program_keys(std::string_view(ast, json_length), module ? "module" : "script",
                                 comments, !defaults && o.loc != 0, !defaults && o.range != 0,
                                 defaults ? nullptr : o.source_file);
  ESSA_FUZZ_CHECK((tokens != nullptr) == (!defaults && o.tokens != 0));
  if (tokens != nullptr)
    essa::fuzz::check_token_list(std::string_view(tokens, tokens_length), false);
}

std::string outcome(const essa_result* result) {
  std::string out = essa_status_name(essa_result_status(result));
  std::size_t length = 0;
  if (const char* p = essa_result_json(result, &length); p != nullptr) out.append(p, length);
  if (const char* p = essa_result_tokens(result, &length); p != nullptr) out.append(p, length);
  if (const essa_error* e = essa_result_error(result); e != nullptr) {
    out += std::to_string(e->line) + ":" + std::to_string(e->column) + " " +
           std::to_string(e->offset) + " " + std::to_string(e->byte_offset) + " " + e->message;
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 3) return 0;
  const Call call = decode(data[0], data[1], data[2], size);
  const std::string_view source(reinterpret_cast<const char*>(data) + 3, size - 3);
  const Result result = call_as_passed(call, source);
  check(call, result.get(), source);
  // The smaller, larger and NULL forms read what the full struct reads.
  if (call.passing == kFirstRelease || call.passing == kLargerUnset || call.passing == kNull) {
    const Call reference = reference_of(call);
    const Result expected = call_as_passed(reference, source);
    ESSA_FUZZ_CHECK(outcome(result.get()) == outcome(expected.get()));
  }
  return 0;
}
