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
  bool jsx;     // parsed with ParseOptions::jsx
};

inline constexpr Extension kExtensions[] = {
    {".js", Goal::Auto, true, false},
    {".mjs", Goal::Module, true, false},
    {".cjs", Goal::CommonJs, true, false},
    {".jsx", Goal::Auto, true, true},
    // Coming with the TypeScript dialect. ".d.ts" stands before ".ts": the longest suffix wins.
    {".d.ts", Goal::Auto, false, false},
    {".ts", Goal::Auto, false, false},
    {".tsx", Goal::Auto, false, true},
    {".mts", Goal::Module, false, false},
    {".cts", Goal::CommonJs, false, false},
};

// The row whose suffix ends `path` (the first, so the longest where one ends another), or
// nullptr.
inline const Extension* find_extension(std::string_view path) {
  for (const Extension& e : kExtensions) {
    if (path.size() > e.suffix.size() && path.ends_with(e.suffix)) return &e;
  }
  return nullptr;
}

// Is `path` parsed as JSX whatever --jsx says (a .jsx file)?
inline bool is_jsx_file(std::string_view path) {
  const Extension* e = find_extension(path);
  return e != nullptr && e->jsx;
}

// The parse options of the file at `path`: `base`, with JSX on for a .jsx file.
inline ParseOptions with_dialect_of(std::string_view path, ParseOptions base) {
  base.jsx = base.jsx || is_jsx_file(path);
  return base;
}

// Does a directory walk pick up `name`?
inline bool is_walked(std::string_view name) {
  const Extension* e = find_extension(name);
  return e != nullptr && e->parsed;
}

}  // namespace essa::cli
