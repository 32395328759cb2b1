// libFuzzer target: essa-parse's error reporter (cli/report_error.cpp) on every syntax error
// the parser finds in any bytes (invalid UTF-8 included), and on an error placed at any
// offset. The frame must be three lines (header, a bounded window of the line, a caret line
// of padding ending in one caret), whatever the line holds.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "check.h"
#include "essa/parse.h"
#include "report_error.h"

namespace {


void check_frame(std::string_view bytes, const essa::SyntaxError& error) {
  const std::string text = essa::cli::format_syntax_error("f.js", bytes, error);
  const std::size_t header_end = text.find('\n');
  ESSA_FUZZ_CHECK(header_end != std::string::npos);
  ESSA_FUZZ_CHECK(text.compare(0, 5, "f.js:") == 0);
  const std::size_t line_end = text.find('\n', header_end + 1);
  ESSA_FUZZ_CHECK(line_end != std::string::npos);
  const std::string_view line(text.data() + header_end + 1, line_end - header_end - 1);
  const std::string_view marker(text.data() + line_end + 1, text.size() - line_end - 1);
  // Header and message, then at most 100 characters of up to 4 bytes and two "...".
  ESSA_FUZZ_CHECK(line.size() <= 100 * 4 + 6 && line.find('\n') == std::string_view::npos);
  ESSA_FUZZ_CHECK(marker.size() >= 2 && marker.substr(marker.size() - 2) == "^\n");
  ESSA_FUZZ_CHECK(marker.size() <= 3 + 100 * 2 + 2);
  for (char c : marker.substr(0, marker.size() - 2)) ESSA_FUZZ_CHECK(c == ' ' || c == '\t');
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // The first two bytes place a made-up error; the rest is the file.
  if (size < 2) return 0;
  const uint32_t at = static_cast<uint32_t>(data[0]) | static_cast<uint32_t>(data[1]) << 8;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 2, size - 2);
  for (bool module : {false, true}) {
    essa::ParseOptions options;
    options.module = module;
    const essa::ParseResult result = essa::parse(bytes, options);
    if (!result.ok()) check_frame(bytes, *result.error());
  }
  const essa::SourceText source = essa::SourceText::from_bytes(bytes);
  if (source.ok()) {
    essa::SyntaxError error;
    error.message = "made up";
    error.byte_offset = at % (bytes.size() + 1);
    essa::locate(error, essa::LineIndex(source.text()));
    check_frame(bytes, error);
  }
  return 0;
}
