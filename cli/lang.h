// The dialect of an input (--lang, or the file name's extension): plain JavaScript, JSX,
// TypeScript, TypeScript with JSX, or a TypeScript declaration file.
#pragma once

#include <cstdint>
#include <string_view>

#include "essa/parse.h"

namespace essa::cli {

enum class Lang : uint8_t { Auto, Js, Jsx, Ts, Tsx, Dts };

// --lang's value: js, jsx, ts, tsx or dts. False for anything else.
inline bool lang_of(std::string_view name, Lang& lang) {
  if (name == "js") lang = Lang::Js;
  else if (name == "jsx") lang = Lang::Jsx;
  else if (name == "ts") lang = Lang::Ts;
  else if (name == "tsx") lang = Lang::Tsx;
  else if (name == "dts") lang = Lang::Dts;
  else return false;
  return true;
}

// `base` with the dialect switches of `lang` (not Auto) set: jsx, typescript, dts.
inline ParseOptions with_lang(Lang lang, ParseOptions base) {
  base.jsx = base.jsx || lang == Lang::Jsx || lang == Lang::Tsx;
  base.typescript = lang == Lang::Ts || lang == Lang::Tsx || lang == Lang::Dts;
  base.dts = lang == Lang::Dts;
  return base;
}

}  // namespace essa::cli
