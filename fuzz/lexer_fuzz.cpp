// libFuzzer target: any bytes through source validation and the tokenizer, both goals.
// The tokenizer must return tokens or an error for every input: no crash, no hang, no
// sanitizer report, and tokens that are ordered and inside the source.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "essa/tokens.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const essa::SourceText source =
      essa::SourceText::from_bytes({reinterpret_cast<const char*>(data), size});
  for (bool module : {false, true}) {
    const essa::TokenizeResult result = essa::tokenize(source, {module});
    uint32_t last_end = 0;
    for (const essa::TokenRecord& t : result.tokens) {
      if (t.span.start < last_end || t.span.end < t.span.start || t.span.end > source.size()) {
        std::abort();
      }
      last_end = t.span.end;
    }
  }
  return 0;
}
