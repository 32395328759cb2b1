// libFuzzer target: any bytes through the parser and the ESTree writer, both goals.
// Checks, for each goal:
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

#include <nlohmann/json.hpp>

#include "check.h"
#include "read_json.h"
#include "essa/estree.h"
#include "essa/parse.h"

namespace {

using essa::fuzz::read_json;
using nlohmann::json;


struct Outcome {
  bool ok = false;
  std::string text;  // the located JSON, or the error as "offset line column message"
};

bool is_node(const json& v) { return v.is_object() && v.contains("type"); }

std::pair<uint64_t, uint64_t> line_col(const json& pos) {
  ESSA_FUZZ_CHECK(pos.is_object() && pos["line"].is_number_unsigned() &&
        pos["column"].is_number_unsigned());
  return {pos["line"].get<uint64_t>(), pos["column"].get<uint64_t>()};
}

// Checks one node and, recursively, its children; the parse bounds the depth.
void check_node(const json& node, uint64_t lo, uint64_t hi) {
  const json& start = node["start"];
  const json& end = node["end"];
  ESSA_FUZZ_CHECK(start.is_number_unsigned() && end.is_number_unsigned());
  const uint64_t s = start.get<uint64_t>();
  const uint64_t e = end.get<uint64_t>();
  ESSA_FUZZ_CHECK(lo <= s && s <= e && e <= hi);
  ESSA_FUZZ_CHECK(node["range"] == json::array({s, e}));
  const json& loc = node["loc"];
  ESSA_FUZZ_CHECK(loc.is_object());
  ESSA_FUZZ_CHECK(line_col(loc["start"]) <= line_col(loc["end"]));
  for (const auto& [key, value] : node.items()) {
    if (key == "loc" || key == "range") continue;
    if (is_node(value)) {
      check_node(value, s, e);
    } else if (value.is_array()) {
      uint64_t previous_end = s;
      for (const json& element : value) {
        if (!is_node(element)) continue;
        check_node(element, previous_end, e);
        previous_end = element["end"].get<uint64_t>();
      }
    }
  }
}

Outcome run(std::string_view bytes, bool module, essa::Arena& arena) {
  essa::ParseOptions options;
  options.module = module;
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
    const std::string plain = essa::estree_json(result, {});
    const json doc = read_json(plain);
    ESSA_FUZZ_CHECK(doc.is_object() && doc["type"] == "Program");
    out.text = essa::estree_json(result, {.loc = true, .range = true});
    const json located = read_json(out.text);
    ESSA_FUZZ_CHECK(located.is_object() && located["type"] == "Program");
    const uint64_t size = result.line_index().utf16_offset(result.source().size());
    check_node(located, 0, size);
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
  return 0;
}
