#include "progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>

namespace essa::test262 {
namespace {

int terminal_width(std::FILE* out) {
  winsize size{};
  if (::ioctl(::fileno(out), TIOCGWINSZ, &size) == 0 && size.ws_col > 20) return size.ws_col;
  return 80;
}

void append_duration(std::string& text, double seconds) {
  char buffer[32];
  const auto total = static_cast<long>(seconds + 0.5);
  const int n = total >= 60
                    ? std::snprintf(buffer, sizeof buffer, "%ldm%02lds", total / 60, total % 60)
                    : std::snprintf(buffer, sizeof buffer, "%lds", total);
  text.append(buffer, static_cast<size_t>(n));
}

}  // namespace

Progress::Progress(std::FILE* out, bool force)
    : out_(out),
      enabled_(force || ::isatty(::fileno(out))),
      start_(std::chrono::steady_clock::now()) {}

std::string Progress::render(size_t done, size_t total, size_t passed, double elapsed_seconds,
                             int width) {
  char stats[160];
  const double rate = elapsed_seconds > 0 ? static_cast<double>(done) / elapsed_seconds : 0;
  const double percent_passing = done ? 100.0 * static_cast<double>(passed) / done : 0;
  int n = std::snprintf(stats, sizeof stats, " %zu/%zu  passing %zu (%.1f%%)  %.0f/s  left ", done,
                        total, passed, percent_passing, rate);
  std::string tail(stats, static_cast<size_t>(std::max(n, 0)));
  if (rate > 0 && total >= done) {
    append_duration(tail, static_cast<double>(total - done) / rate);
  } else {
    tail += "?";
  }
  const int bar = std::clamp(width - static_cast<int>(tail.size()) - 3, 10, 50);
  const int filled = total ? static_cast<int>(static_cast<double>(bar) * done / total) : 0;
  std::string text = "[";
  text.append(static_cast<size_t>(filled), '#');
  text.append(static_cast<size_t>(bar - filled), '.');
  text += "]";
  text += tail;
  if (static_cast<int>(text.size()) > width - 1) text.resize(static_cast<size_t>(width - 1));
  return text;
}

void Progress::update(size_t done, size_t total, size_t passed) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100) && done < total) return;
  last_draw_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const std::string text = render(done, total, passed, elapsed, terminal_width(out_));
  std::fprintf(out_, "\r%s\x1b[K", text.c_str());
  std::fflush(out_);
  drawn_ = true;
}

void Progress::clear() {
  if (!drawn_) return;
  std::fputs("\r\x1b[K", out_);
  std::fflush(out_);
  drawn_ = false;
}

}  // namespace essa::test262
