// Decoding names that hold `\u` escapes (unicode_escape.h).
#include "unicode_escape.h"

#include "utf8.h"

namespace essa::unicode_escape {

uint32_t next_name_code_point(std::string_view name, size_t& i) {
  if (name[i] != '\\') {
    uint32_t cp = 0;
    i += utf8::decode(name.data() + i, cp);
    return cp;
  }
  uint32_t length = 0;
  const uint32_t cp = read(name.data() + i + 2, length);
  i += 2 + length;
  const bool four_digits = length == 4;
  if (four_digits && cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= name.size() && name[i] == '\\' &&
      name[i + 1] == 'u' && name[i + 2] != '{') {
    const uint32_t trail = read(name.data() + i + 2, length);
    if (trail >= 0xDC00 && trail <= 0xDFFF) {
      i += 6;
      return (cp - 0xD800) * 0x400 + (trail - 0xDC00) + 0x10000;
    }
  }
  return cp;
}

void decode_name(std::string_view name, std::string& out) {
  out.clear();
  for (size_t i = 0; i < name.size();) utf8::append(out, next_name_code_point(name, i));
}

}  // namespace essa::unicode_escape
