// The one table of file name extensions essa-parse knows: the goal and the dialect each
// implies. Directories are walked for these files.
#pragma once

#include <string_view>

#include "essa/estree.h"
#include "goal.h"
#include "lang.h"

namespace essa::cli {

struct Extension {
  std::string_view suffix;
  Goal goal;  // Auto: by the nearest package.json "type", as Node does for .js
  Lang lang;
};

inline constexpr Extension kExtensions[] = {
    {".js", Goal::Auto, Lang::Js},
    {".mjs", Goal::Module, Lang::Js},
    {".cjs", Goal::CommonJs, Lang::Js},
    {".jsx", Goal::Auto, Lang::Jsx},
    // ".d.ts" stands before ".ts": the longest suffix wins. typescript-estree calls a .ts file
    // a module when it imports or exports, whatever package.json says: Node's detection
    // (CommonJS unless only the module goal parses it) gives that answer. .mts is a module;
    // a .cts file is detected like a .ts file, since typescript-estree also calls one that
    // imports or exports a module (docs/typescript.md).
    {".d.ts", Goal::Detect, Lang::Dts},
    {".d.mts", Goal::Module, Lang::Dts},
    {".d.cts", Goal::Detect, Lang::Dts},
    {".ts", Goal::Detect, Lang::Ts},
    {".tsx", Goal::Detect, Lang::Tsx},
    {".mts", Goal::Module, Lang::Ts},
    {".cts", Goal::Detect, Lang::Ts},
};

// The row whose suffix ends `path` (the first, so the longest where one ends another), or
// nullptr.
inline const Extension* find_extension(std::string_view path) {
  for (const Extension& e : kExtensions) {
    if (path.size() > e.suffix.size() && path.ends_with(e.suffix)) return &e;
  }
  return nullptr;
}

// The dialect of `path` when --lang gives none (`lang` Auto): by its extension; JavaScript
// for other names and standard input.
inline Lang lang_of_file(std::string_view path, Lang lang) {
  if (lang != Lang::Auto) return lang;
  const Extension* e = find_extension(path);
  return e != nullptr ? e->lang : Lang::Js;
}

// Is `path` parsed as JSX whatever --jsx says?
inline bool is_jsx_file(std::string_view path, Lang lang = Lang::Auto) {
  const Lang l = lang_of_file(path, lang);
  return l == Lang::Jsx || l == Lang::Tsx;
}

// The parse options of the file at `path`: `base`, with its dialect's switches set.
inline ParseOptions with_dialect_of(std::string_view path, ParseOptions base,
                                    Lang lang = Lang::Auto) {
  return with_lang(lang_of_file(path, lang), base);
}

// The ESTree options for a parse with `parse`: TS-ESTree for TypeScript.
inline EstreeOptions estree_for(const ParseOptions& parse, EstreeOptions base) {
  base.typescript = parse.typescript;
  return base;
}

// Does a directory walk pick up `name`?
inline bool is_walked(std::string_view name) { return find_extension(name) != nullptr; }

}  // namespace essa::cli
