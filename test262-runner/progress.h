// The progress bar: done/total, passing so far, rate and time left, redrawn in place on
// stderr at most ten times a second, and only when stderr is a terminal.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>

namespace essa::test262 {

class Progress {
 public:
  // Draws on `out` only if it is a terminal (or when forced, for tests).
  explicit Progress(std::FILE* out, bool force = false);
  bool enabled() const { return enabled_; }
  void update(size_t done, size_t total, size_t passed);
  // Erases the bar, so that other output starts on a clean line.
  void clear();

  // The bar's text for a given state and width (no escape codes).
  static std::string render(size_t done, size_t total, size_t passed, double elapsed_seconds,
                            int width);

 private:
  std::FILE* out_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace essa::test262
