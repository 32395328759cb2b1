// The entry points of essa/essa.h. Each call makes one essa_result; no exception crosses
// into C: the library throws none itself, and running out of memory (std::bad_alloc, when
// built with exceptions) becomes ESSA_OUT_OF_MEMORY.
#include <cstddef>
#include <new>

#include "essa/essa.h"
#include "result.h"

namespace {

constexpr char kOutOfMemory[] = "out of memory";
// What the accessors report for a NULL result (essa_parse could not allocate one).
constexpr essa_error kNullResultError = {kOutOfMemory, sizeof kOutOfMemory - 1, 0, 0, 0, 0, 0};

void out_of_memory(essa_result& result) {
  result.status = ESSA_OUT_OF_MEMORY;
  result.has_json = false;
  result.has_tokens = false;
  // Give the memory back; the message is a constant, so reporting needs none.
  std::string().swap(result.json);
  std::string().swap(result.tokens);
  std::string().swap(result.message);
  result.error = kNullResultError;
}

essa_result* run(const char* source, std::size_t length, const essa_options* options,
                 bool want_ast) {
  auto* result = new (std::nothrow) essa_result;
  if (result == nullptr) return nullptr;
#if defined(__cpp_exceptions)
  try {
#endif
    essa::capi::Request request;
    if (essa::capi::read_options(options, request, *result)) {
      essa::capi::fill_result(source, length, request, want_ast, *result);
    }
#if defined(__cpp_exceptions)
  } catch (...) {
    out_of_memory(*result);
  }
#endif
  return result;
}

}  // namespace

extern "C" {

essa_result* essa_parse(const char* source, size_t length, const essa_options* options) {
  return run(source, length, options, true);
}

essa_result* essa_tokenize(const char* source, size_t length, const essa_options* options) {
  return run(source, length, options, false);
}

essa_status essa_result_status(const essa_result* result) {
  return result != nullptr ? result->status : ESSA_OUT_OF_MEMORY;
}

const char* essa_result_json(const essa_result* result, size_t* length) {
  const bool has = result != nullptr && result->has_json;
  if (length != nullptr) *length = has ? result->json.size() : 0;
  return has ? result->json.c_str() : nullptr;
}

const char* essa_result_tokens(const essa_result* result, size_t* length) {
  const bool has = result != nullptr && result->has_tokens;
  if (length != nullptr) *length = has ? result->tokens.size() : 0;
  return has ? result->tokens.c_str() : nullptr;
}

const essa_error* essa_result_error(const essa_result* result) {
  if (result == nullptr) return &kNullResultError;
  return result->status == ESSA_OK ? nullptr : &result->error;
}

void essa_result_free(essa_result* result) { delete result; }

const char* essa_status_name(essa_status status) {
  switch (status) {
    case ESSA_OK: return "ok";
    case ESSA_SYNTAX_ERROR: return "syntax error";
    case ESSA_INVALID_UTF8: return "invalid UTF-8";
    case ESSA_INPUT_TOO_LARGE: return "input too large";
    case ESSA_INVALID_ARGUMENT: return "invalid argument";
    case ESSA_TOO_DEEP: return "too deep";
    case ESSA_OUT_OF_MEMORY: return "out of memory";
    case ESSA_STATUS_MAX_ENUM: break;
  }
  return "unknown status";
}

}  // extern "C"
