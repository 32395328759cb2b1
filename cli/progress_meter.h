// How far a batch run is: the progress meter on standard error (files done / total, MB/s,
// ETA), shown only when standard error is a terminal and --quiet is not given, and the
// summary line of --check.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace essa::cli {

class Progress {
 public:
  // `enabled`: draw at all (the caller decides: a terminal, no --quiet).
  Progress(bool enabled, std::size_t total_files, uint64_t total_bytes);
  // One more file done.
  void add(uint64_t bytes) {
    ++files_;
    bytes_ += bytes;
  }
  // Draws the line the first time, then whenever the last drawing is 100 ms old.
  void tick();
  // Erases the line, before anything else goes to standard error.
  void clear();

 private:
  bool enabled_;
  bool shown_ = false;
  std::size_t total_files_;
  uint64_t total_bytes_;
  std::size_t files_ = 0;
  uint64_t bytes_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_{};  // the epoch before the first drawing
};

// "FILES files, MB MB, ERRORS errors, RATE MB/s, SECONDS s" (MB: 10^6 bytes).
std::string format_summary(std::size_t files, uint64_t bytes, std::size_t errors,
                           double seconds);

}  // namespace essa::cli
