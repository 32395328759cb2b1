// libFuzzer target: the token stream behind `essa-parse --tokens`, both goals. Valid programs
// take the parser's path and the rest the standalone path with the regex-or-divide guesser,
// so both run. Tokens must be ordered and inside the source, and their JSON (with loc and
// range) must be a valid JSON array with one object per token. TypeScript (typescript-estree's
// tokens, recorded through the parser's speculation and rewinds) the same, with comments: it
// has tokens exactly when the TypeScript parse succeeds, none after an error, and its
// comments are ordered and lie between the tokens.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "check.h"
#include "json_checks.h"
#include "essa/parse.h"
#include "essa/tokens.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const essa::SourceText source =
      essa::SourceText::from_bytes({reinterpret_cast<const char*>(data), size});
  for (bool module : {false, true}) {
    const essa::TokenizeResult result = essa::tokenize(source, {module});
    uint32_t last_end = 0;
    for (const essa::TokenRecord& t : result.tokens) {
      ESSA_FUZZ_CHECK(t.span.start >= last_end && t.span.end > t.span.start &&
            t.span.end <= source.size());
      last_end = t.span.end;
    }
    if (!result.ok()) ESSA_FUZZ_CHECK(!result.error->message.empty());
    if (!source.ok()) continue;
    const std::string json = essa::tokens_to_json(source, result, {.loc = true, .range = true});
    essa::fuzz::check_array_of(json, result.tokens.size());
  }
  if (!source.ok()) return 0;
  for (bool module : {false, true}) {
    const essa::TokenizeResult result =
        essa::tokenize(source, {.module = module, .comments = true, .typescript = true});
    essa::ParseOptions options;
    options.module = module;
    options.typescript = true;
    ESSA_FUZZ_CHECK(essa::parse(source.text(), options).ok() == result.ok());
    if (!result.ok()) {
      ESSA_FUZZ_CHECK(!result.error->message.empty() && result.tokens.empty() &&
                      result.comments.empty());
      continue;
    }
    uint32_t last_end = 0;
    std::size_t next_comment = 0;
    for (const essa::TokenRecord& t : result.tokens) {
      while (next_comment < result.comments.size() &&
             result.comments[next_comment].span.start < t.span.start) {
        const essa::Span c = result.comments[next_comment++].span;
        ESSA_FUZZ_CHECK(c.start >= last_end && c.end <= t.span.start);
        last_end = c.end;
      }
      ESSA_FUZZ_CHECK(t.span.start >= last_end && t.span.end > t.span.start &&
                      t.span.end <= source.size());
      last_end = t.span.end;
    }
    const std::string json = essa::tokens_to_json(source, result, {.loc = true, .range = true});
    essa::fuzz::check_array_of(json, result.tokens.size());
  }
  return 0;
}
