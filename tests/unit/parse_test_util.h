// Parser test helpers: a parse as one string to compare with acorn's, and hand-built node
// lists for writer and visitor tests.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "essa/arena.h"
#include "essa/ast.h"
#include "essa/estree.h"
#include "essa/parse.h"

namespace essa::test {

// The ESTree JSON of the parse, or for a syntax error "offset: message" (acorn's error
// position and its message without the "(line:column)" suffix).
inline std::string result_of(std::string_view src, const ParseOptions& options) {
  const ParseResult result = parse(src, options);
  if (!result.ok()) {
    return std::to_string(result.error()->offset) + ": " + result.error()->message;
  }
  return estree_json(result, {});
}

inline std::string script_result(std::string_view src) { return result_of(src, {}); }
inline std::string module_result(std::string_view src) { return result_of(src, {.module = true}); }

// TypeScript parses: "offset: message" or acorn's JSON (ts), and the TS-ESTree JSON or the
// message (ts_json).
inline std::string ts(std::string_view src) { return result_of(src, {.typescript = true}); }
inline std::string ts_json(std::string_view src,
                           const ParseOptions& options = {.typescript = true}) {
  const ParseResult result = parse(src, options);
  if (!result.ok()) return result.error()->message;
  return estree_json(result, {.typescript = true});
}
inline bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

// A NodeList of these nodes, allocated in `arena`.
inline NodeList node_list(Arena& arena, std::initializer_list<Node*> items) {
  NodeList l;
  l.size = static_cast<uint32_t>(items.size());
  l.items = arena.make_array<Node*>(items.size());
  uint32_t i = 0;
  for (Node* n : items) l.items[i++] = n;
  return l;
}

}  // namespace essa::test
