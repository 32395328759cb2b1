// Writing a whole report file at once, with the reason when it fails.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace essa::test262 {

// Replaces `file` with `text`; false with `error` set when it cannot be written.
bool write_file(const std::filesystem::path& file, std::string_view text, std::string& error);

}  // namespace essa::test262
