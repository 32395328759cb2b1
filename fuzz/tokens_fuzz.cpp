// libFuzzer target: the token stream behind `essa-parse --tokens`, both goals. Valid programs
// take the parser's path and the rest the standalone path with the regex-or-divide guesser,
// so both run. Tokens must be ordered and inside the source, and their JSON (with loc and
// range) must be a valid JSON array with one object per token.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "check.h"
#include "json_checks.h"
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
  return 0;
}
