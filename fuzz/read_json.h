// Reads the JSON essa writes with nlohmann/json, without exceptions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace essa::fuzz {

// JSON.stringify writes a lone surrogate as an escape ("\ud800"), as essa does; nlohmann
// rejects those, so every surrogate escape becomes U+FFFD before it reads the text.
inline std::string tame_surrogates(std::string text) {
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

inline nlohmann::json read_json(const std::string& text) {
  return nlohmann::json::parse(tame_surrogates(text), nullptr, /*allow_exceptions=*/false);
}

}  // namespace essa::fuzz
