// The one table of file name extensions essa-parse knows: the goal each implies and whether
// essa parses that dialect today. Directories are walked for the parsed ones only; adding a
// dialect (JSX, TypeScript) is flipping its row once the parser supports it.
#pragma once

#include <string_view>

#include "goal.h"

namespace essa::cli {

struct Extension {
  std::string_view suffix;
  Goal goal;    // Auto: by the nearest package.json "type", as Node does for .js
  bool parsed;  // false: known, but essa does not parse the dialect yet
};

inline constexpr Extension kExtensions[] = {
    {".js", Goal::Auto, true},
    {".mjs", Goal::Module, true},
    {".cjs", Goal::CommonJs, true},
    // Coming with the JSX and TypeScript dialects. ".d.ts" stands before ".ts": the longest
    // suffix wins.
    {".jsx", Goal::Auto, false},
    {".d.ts", Goal::Auto, false},
    {".ts", Goal::Auto, false},
    {".tsx", Goal::Auto, false},
    {".mts", Goal::Module, false},
    {".cts", Goal::CommonJs, false},
};

// The row whose suffix ends `path` (the first, so the longest where one ends another), or
// nullptr.
inline const Extension* find_extension(std::string_view path) {
  for (const Extension& e : kExtensions) {
    if (path.size() > e.suffix.size() && path.ends_with(e.suffix)) return &e;
  }
  return nullptr;
}

// Does a directory walk pick up `name`?
inline bool is_walked(std::string_view name) {
  const Extension* e = find_extension(name);
  return e != nullptr && e->parsed;
}

}  // namespace essa::cli
