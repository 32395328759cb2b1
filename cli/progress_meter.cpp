#include "progress_meter.h"

#include <unistd.h>

#include <cstdio>

namespace essa::cli {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

void write_stderr(const std::string& text) {
  [[maybe_unused]] const ssize_t ignored = write(STDERR_FILENO, text.data(), text.size());
}

}  // namespace

Progress::Progress(bool enabled, std::size_t total_files, uint64_t total_bytes)
    : enabled_(enabled),
      total_files_(total_files),
      total_bytes_(total_bytes),
      start_(Clock::now()) {}

void Progress::tick() {
  if (!enabled_) return;
  const Clock::time_point now = Clock::now();
  if (last_ != Clock::time_point{} && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  const double elapsed = seconds_since(start_);
  const double rate = elapsed > 0 ? static_cast<double>(bytes_) / elapsed : 0;
  char eta[32] = "?";
  if (rate > 0 && total_bytes_ >= bytes_) {
    const auto left = static_cast<unsigned long>(static_cast<double>(total_bytes_ - bytes_) / rate);
    std::snprintf(eta, sizeof eta, "%lu:%02lu", left / 60, left % 60);
  }
  char line[160];
  std::snprintf(line, sizeof line, "\r\x1b[Kessa-parse: %zu/%zu files, %.1f MB/s, ETA %s",
                files_, total_files_, rate / 1e6, eta);
  write_stderr(line);
  shown_ = true;
}

void Progress::clear() {
  if (!shown_) return;
  write_stderr("\r\x1b[K");
  shown_ = false;
}

std::string format_summary(std::size_t files, uint64_t bytes, std::size_t errors,
                           double seconds) {
  const double mb = static_cast<double>(bytes) / 1e6;
  char line[200];
  std::snprintf(line, sizeof line, "%zu files, %.1f MB, %zu errors, %.1f MB/s, %.2f s\n", files,
                mb, errors, seconds > 0 ? mb / seconds : 0.0, seconds);
  return line;
}

}  // namespace essa::cli
