#include "json_checks.h"

#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "check.h"

namespace essa::fuzz {
namespace {

using nlohmann::json;

// JSON.stringify writes a lone surrogate as an escape ("\ud800"), as essa does; nlohmann
// rejects those, so every surrogate escape becomes U+FFFD before it reads the text.
std::string tame_surrogates(std::string_view input) {
  std::string text(input);
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != '\\') continue;
    if (text[i + 1] == 'u' && i + 5 < text.size() && (text[i + 2] == 'd' || text[i + 2] == 'D') &&
        std::string_view("89abcdefABCDEF").find(text[i + 3]) != std::string_view::npos) {
      text.replace(i + 2, 4, "FFFD");
    }
    ++i;  // the escaped character
  }
  return text;
}

json read_json(std::string_view text) {
  return json::parse(tame_surrogates(text), nullptr, /*allow_exceptions=*/false);
}

json read_program(std::string_view text) {
  json doc = read_json(text);
  ESSA_FUZZ_CHECK(doc.is_object() && doc["type"] == "Program");
  return doc;
}

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

}  // namespace

void check_program(std::string_view text) { read_program(text); }

void check_located_program(std::string_view text, uint64_t size) {
  check_node(read_program(text), 0, size);
}

void check_program_keys(std::string_view text, std::string_view source_type, bool comments,
                        bool loc, bool range, const char* source_file) {
  const json program = read_program(text);
  ESSA_FUZZ_CHECK(program.value("sourceType", "") == source_type);
  ESSA_FUZZ_CHECK(program.contains("comments") == comments);
  if (comments) ESSA_FUZZ_CHECK(program["comments"].is_array());
  ESSA_FUZZ_CHECK(program.contains("range") == range);
  ESSA_FUZZ_CHECK(program.contains("loc") == loc);
  if (loc) {
    const json& l = program["loc"];
    ESSA_FUZZ_CHECK(l.is_object() && l.contains("source") == (source_file != nullptr));
    if (source_file != nullptr) ESSA_FUZZ_CHECK(l["source"] == source_file);
  }
}

void check_token_list(std::string_view text, bool comments) {
  const json list = read_json(text);
  if (comments) {
    ESSA_FUZZ_CHECK(list.is_object() && list.size() == 2 && list["tokens"].is_array() &&
                    list["comments"].is_array());
  } else {
    ESSA_FUZZ_CHECK(list.is_array());
  }
}

void check_array_of(std::string_view text, std::size_t count) {
  const json doc = read_json(text);
  ESSA_FUZZ_CHECK(doc.is_array() && doc.size() == count);
}

}  // namespace essa::fuzz
