// Reads the whole input, a file or standard input, as bytes.
#pragma once

#include <string>

namespace essa::cli {

// Reads all of `path` ("" or "-": standard input) into `bytes`. On failure returns false with
// a message such as "cannot open 'x.js': No such file or directory" in `error`.
bool read_input(const std::string& path, std::string& bytes, std::string& error);

// read_input for a source to parse: an input larger than essa's limit (4 GiB less 64 bytes)
// is an error like an unreadable file.
bool load_source(const std::string& path, std::string& bytes, std::string& error);

}  // namespace essa::cli
