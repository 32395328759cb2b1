// libFuzzer target: any bytes through the parser and the ESTree writer, both goals, the
// script goal with JSX on (ParseOptions::jsx), and TypeScript (ParseOptions::typescript,
// written as TS-ESTree). Checks, for each mode:
//   - the result is deterministic: a fresh arena and an arena reused from a parse of the other
//     goal give the same outcome and byte-identical JSON;
//   - a syntax error has a message and a position inside the source;
//   - the ESTree JSON (plain, and with loc and range) is valid JSON with a Program root;
//   - with loc and range, every node has start <= end inside the source (UTF-16 units),
//     range equal to [start, end], loc.start <= loc.end, lies inside its parent, and the
//     elements of each node list come in source order without overlapping.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

#include "check.h"
#include "json_checks.h"
#include "essa/estree.h"
#include "essa/parse.h"

namespace {

struct Outcome {
  bool ok = false;
  std::string text;  // the located JSON, or the error as "offset line column message"
};

Outcome run(std::string_view bytes, bool module, essa::Arena& arena, bool jsx = false,
            bool typescript = false) {
  essa::ParseOptions options;
  options.module = module;
  options.jsx = jsx;
  options.typescript = typescript;
  essa::ParseResult result = essa::parse(essa::SourceText::from_bytes(bytes), options,
                                         std::move(arena));
  Outcome out;
  if (!result.ok()) {
    const essa::SyntaxError& error = *result.error();
    ESSA_FUZZ_CHECK(!error.message.empty() && error.byte_offset <= bytes.size());
    out.text = std::to_string(error.byte_offset) + " " + std::to_string(error.line) + " " +
               std::to_string(error.column) + " " + error.message;
  } else {
    out.ok = true;
    essa::fuzz::check_program(essa::estree_json(result, {.typescript = typescript}));
    out.text = essa::estree_json(result, {.loc = true, .range = true, .typescript = typescript});
    essa::fuzz::check_located_program(
        out.text, result.line_index().utf16_offset(result.source().size()));
  }
  arena = result.take_arena();
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  essa::Arena arena;
  // Fresh: script, then module; reused: script in the arena the module parse used, and so on.
  const Outcome script = run(bytes, false, arena);
  const Outcome module = run(bytes, true, arena);
  const Outcome script_again = run(bytes, false, arena);
  const Outcome module_again = run(bytes, true, arena);
  ESSA_FUZZ_CHECK(script.ok == script_again.ok && script.text == script_again.text);
  ESSA_FUZZ_CHECK(module.ok == module_again.ok && module.text == module_again.text);
  // JSX: in an arena reused from the module parse, then in a fresh one.
  const Outcome jsx = run(bytes, false, arena, true);
  essa::Arena fresh;
  const Outcome jsx_again = run(bytes, false, fresh, true);
  ESSA_FUZZ_CHECK(jsx.ok == jsx_again.ok && jsx.text == jsx_again.text);
  // TypeScript: in the arena the JSX parse used, then in a fresh one.
  const Outcome ts = run(bytes, false, fresh, false, true);
  essa::Arena fresh_ts;
  const Outcome ts_again = run(bytes, false, fresh_ts, false, true);
  ESSA_FUZZ_CHECK(ts.ok == ts_again.ok && ts.text == ts_again.text);
  return 0;
}
