// Reading and writing a whole file at once, with the reason when it fails.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace essa::test262 {

// Reads all of `file` into `out`; false when it cannot be opened.
bool read_file(const std::filesystem::path& file, std::string& out);

// Replaces `file` with `text`; false with `error` set when it cannot be written.
bool write_file(const std::filesystem::path& file, std::string_view text, std::string& error);

}  // namespace essa::test262
