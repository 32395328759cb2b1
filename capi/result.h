// What an essa_result holds: the JSON texts or the error. Built once by fill_result(), then
// only read, so several threads may read one result.
#pragma once

#include <cstddef>
#include <string>

#include "essa/essa.h"
#include "essa/estree.h"
#include "essa/parse.h"
#include "essa/tokens.h"

struct essa_result {
  essa_status status = ESSA_OK;
  bool has_json = false;
  bool has_tokens = false;
  std::string json;
  std::string tokens;
  std::string message;  // the error's text; error.message points into it (or at a constant)
  essa_error error{};
};

namespace essa::capi {

// What the library reads from an essa_options, whatever the caller's struct_size: the C++
// API's options, filled in one place (read_options).
struct Request {
  Request() = default;
  Request(const Request&) = delete;  // estree.source_file points into source_file
  Request& operator=(const Request&) = delete;

  ParseOptions parse;
  EstreeOptions estree;
  TokenizeOptions tokenize;
  TokenJsonOptions token_json;
  bool tokens = false;      // essa_parse lists the tokens too
  std::string source_file;  // the caller's name, copied; estree.source_file views it
};

// Fills `request` from `options` (NULL: the defaults). On a bad option sets the result's error
// and returns false.
bool read_options(const essa_options* options, Request& request, essa_result& result);

// Parses (want_ast) and/or tokenizes `bytes` into `result`. May throw std::bad_alloc.
void fill_result(const char* bytes, std::size_t length, const Request& request, bool want_ast,
                 essa_result& result);

// Sets an error without a position.
void fail(essa_result& result, essa_status status, std::string message);

}  // namespace essa::capi
