// Where essa-parse writes: standard output, or (-o FILE) a temporary file beside FILE that is
// renamed over it at the end, so FILE is either complete or untouched.
#pragma once

#include <cstdio>
#include <string>

namespace essa::cli {

class Output {
 public:
  Output() = default;
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  // Removes the temporary file unless commit() succeeded.
  ~Output();

  // Standard output when `path` is empty; else creates the temporary file. On failure returns
  // false with a message in `error`.
  bool open(const std::string& path, std::string& error);
  std::FILE* file() const { return file_; }
  // Flushes; for a file, closes it and renames it over the target. On failure the temporary
  // file is removed and `error` says why.
  bool commit(std::string& error);
  // Drops the output: removes the temporary file (nothing to undo on standard output).
  void discard();

 private:
  std::FILE* file_ = nullptr;
  std::string target_;  // empty: standard output
  std::string temp_;    // the temporary file while it exists
};

}  // namespace essa::cli
