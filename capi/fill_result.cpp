// The work behind essa_parse and essa_tokenize: the C++ API, its results turned into the JSON
// texts or the error an essa_result holds. The tree and the source copy are freed before
// returning; the result keeps only text.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "essa/estree.h"
#include "essa/parse.h"
#include "essa/source.h"
#include "essa/tokens.h"
#include "result.h"

namespace essa::capi {
namespace {

static_assert(ESSA_MAX_INPUT_SIZE == SourceText::kMaxSize);

void fail_at(essa_result& result, essa_status status, const SyntaxError& error) {
  fail(result, status, error.message);
  result.error.line = error.line;
  result.error.column = error.column;
  result.error.offset = error.offset;
  result.error.byte_offset = error.byte_offset;
  result.error.raised_at = error.raised_at;
}

// Tokens of `source`, or the error; true on success.
bool fill_tokens(const SourceText& source, const TokenizeOptions& options,
                 const TokenJsonOptions& json, essa_result& result) {
  const TokenizeResult tokens = tokenize(source, options);
  if (!tokens.ok()) {
    fail_at(result, ESSA_SYNTAX_ERROR, *tokens.error);
    return false;
  }
  result.tokens = tokens_to_json(source, tokens, json);
  result.has_tokens = true;
  return true;
}

}  // namespace

void fail(essa_result& result, essa_status status, std::string message) {
  result.status = status;
  result.has_json = false;
  result.has_tokens = false;
  result.json.clear();
  result.tokens.clear();
  result.message = std::move(message);
  result.error = {};
  result.error.message = result.message.c_str();
  result.error.message_length = result.message.size();
}

void fill_result(const char* bytes, std::size_t length, const Request& request, bool want_ast,
                 essa_result& result) {
  if (bytes == nullptr && length != 0) {
    fail(result, ESSA_INVALID_ARGUMENT,
         "the source is NULL but its length is " + std::to_string(length));
    return;
  }
  if (length > SourceText::kMaxSize) {
    // Checked before the bytes are read: a wrong length must not make us read past them.
    fail(result, ESSA_INPUT_TOO_LARGE,
         "Input too large: " + std::to_string(length) + " bytes (the limit is " +
             std::to_string(SourceText::kMaxSize) + " bytes)");
    return;
  }
  SourceText source = SourceText::from_bytes(std::string_view(bytes ? bytes : "", length));
  if (!source.ok()) {
    fail_at(result, ESSA_INVALID_UTF8, *source.error());
    return;
  }
  if (!want_ast) {
    fill_tokens(source, request.tokenize, request.token_json, result);
    return;
  }

  const ParseResult parsed = parse(std::move(source), request.parse);
  if (!parsed.ok()) {
    fail_at(result, ESSA_SYNTAX_ERROR, *parsed.error());
    return;
  }
  result.json = estree_json(parsed, request.estree);
  if (result.json.empty()) {
    fail(result, ESSA_TOO_DEEP,
         "the tree is nested deeper than " + std::to_string(request.estree.max_depth) +
             " levels; cannot write it");
    return;
  }
  result.has_json = true;
  if (request.tokens) {
    // Beside a Program the list is always the plain array: the comments are in the Program.
    TokenizeOptions tokenize = request.tokenize;
    TokenJsonOptions json = request.token_json;
    tokenize.comments = json.comments = false;
    fill_tokens(parsed.source(), tokenize, json, result);
  }
}

}  // namespace essa::capi
