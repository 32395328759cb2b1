// essa-token-sweep DIR [--jobs N] [--verbose]
//
// Tokenizes every .js file under DIR (recursive, sorted by path) in-process, as a script and
// as a module, through the public essa::tokenize(). Each run must give tokens or an error
// with a message; tokens must be non-empty, in order and inside the source. A crash names
// the file being tokenized, and a file that takes more than 10 s fails the run as a hang.
// Prints files, bytes, tokens, errors, time and MB/s. Exit: 0 when every file was processed
// and every result was well formed, 1 otherwise, 2 on a usage error.
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

#include "essa/source.h"
#include "essa/tokens.h"

// Provided by the sanitizer runtimes; a weak reference stays null without them.
extern "C" void __sanitizer_set_death_callback(void (*callback)()) __attribute__((weak));

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kMaxJobs = 64;
constexpr std::chrono::seconds kHangLimit{10};

// --- Output without iostreams: one write(2) per line, so lines from threads don't mix. ---

class Line {
 public:
  Line& operator<<(std::string_view s) {
    text_.append(s);
    return *this;
  }
  Line& operator<<(uint64_t n) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, n);
    text_.append(buf, r.ptr);
    return *this;
  }
  // A fixed-point number with `digits` decimals.
  Line& fixed(double x, int digits) {
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, digits);
    text_.append(buf, r.ptr);
    return *this;
  }
  void print(int fd = STDOUT_FILENO) {
    text_.push_back('\n');
    write_all(fd, text_.data(), text_.size());
    text_.clear();
  }
  static void write_all(int fd, const char* p, size_t n) {
    while (n > 0) {
      ssize_t w = ::write(fd, p, n);
      if (w <= 0) return;
      p += w;
      n -= static_cast<size_t>(w);
    }
  }

 private:
  std::string text_;
};

// --- What each worker is doing, readable from signal handlers and the watchdog. ---

struct Slot {
  std::atomic<const char*> path{nullptr};  // the file in progress, or null
  std::atomic<int64_t> since{0};           // Clock ticks when it started
};
Slot g_slots[kMaxJobs];
int g_jobs = 1;
thread_local int t_worker = -1;

// Async-signal-safe: only write(2) and strlen.
void write_raw(const char* s) { Line::write_all(STDERR_FILENO, s, std::strlen(s)); }

void report_files_in_progress(const char* what) {
  const char* own = t_worker >= 0 ? g_slots[t_worker].path.load() : nullptr;
  write_raw(what);
  if (own) {
    write_raw(" while tokenizing ");
    write_raw(own);
  }
  write_raw("\n");
  for (int i = 0; i < g_jobs; ++i) {
    const char* p = g_slots[i].path.load();
    if (p && i != t_worker) {
      write_raw(own ? "  also in progress: " : "  in progress: ");
      write_raw(p);
      write_raw("\n");
    }
  }
}

struct sigaction g_previous[NSIG];

void on_crash(int sig) {
  report_files_in_progress(sig == SIGSEGV ? "SIGSEGV" : sig == SIGBUS ? "SIGBUS"
                           : sig == SIGFPE ? "SIGFPE" : sig == SIGILL ? "SIGILL" : "SIGABRT");
  // Hand the signal to whoever had it before (a sanitizer runtime, or the default action).
  sigaction(sig, &g_previous[sig], nullptr);
  raise(sig);
}

void on_sanitizer_death() { report_files_in_progress("sanitizer report"); }

void install_crash_handlers() {
  struct sigaction sa {};
  sa.sa_handler = on_crash;
  sa.sa_flags = SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) sigaction(sig, &sa, &g_previous[sig]);
  if (__sanitizer_set_death_callback) __sanitizer_set_death_callback(on_sanitizer_death);
}

// A stack overflow can only be reported from an alternate signal stack, one per thread.
class AltStack {
 public:
  AltStack() : memory_(kSize) {
    stack_t ss{};
    ss.ss_sp = memory_.data();
    ss.ss_size = kSize;
    sigaltstack(&ss, nullptr);
  }
  ~AltStack() {
    stack_t ss{};
    ss.ss_flags = SS_DISABLE;
    sigaltstack(&ss, nullptr);
  }

 private:
  static constexpr size_t kSize = 64 * 1024;
  std::vector<char> memory_;
};

// --- The sweep. ---

struct Totals {
  uint64_t files = 0;
  uint64_t bytes = 0;
  uint64_t tokens = 0;
  uint64_t errors = 0;     // tokenize() runs (one per goal) that reported a syntax error
  uint64_t malformed = 0;  // results breaking the rules above
  uint64_t unreadable = 0;
  Clock::duration busy{};  // time inside tokenize(), summed over threads
};

bool read_file(const char* path, std::string& out) {
  int fd = ::open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  out.clear();
  char buf[1 << 16];
  bool ok = true;
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      ok = false;
      break;
    }
    out.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return ok;
}

// The rule that a result breaks, or empty.
std::string_view check(const essa::SourceText& source, const essa::TokenizeResult& result) {
  uint32_t previous_end = 0;
  for (const essa::TokenRecord& t : result.tokens) {
    if (t.span.start >= t.span.end) return "an empty token";
    if (t.span.end > source.size()) return "a token past the end";
    if (t.span.start < previous_end) return "overlapping or unordered tokens";
    previous_end = t.span.end;
  }
  if (result.error) {
    if (result.error->message.empty()) return "an error without a message";
    if (result.error->byte_offset > source.size()) return "an error past the end";
  }
  return {};
}

void sweep_file(const std::string& path, std::string& bytes, Totals& totals, bool verbose,
                std::mutex& out_mutex) {
  if (verbose) (Line() << path).print(STDERR_FILENO);
  if (!read_file(path.c_str(), bytes)) {
    std::lock_guard lock(out_mutex);
    (Line() << "cannot read " << path).print(STDERR_FILENO);
    ++totals.unreadable;
    return;
  }
  const essa::SourceText source = essa::SourceText::from_bytes(bytes);
  ++totals.files;
  totals.bytes += bytes.size();
  for (bool module : {false, true}) {
    const auto start = Clock::now();
    const essa::TokenizeResult result = essa::tokenize(source, essa::TokenizeOptions{module});
    totals.busy += Clock::now() - start;
    totals.tokens += result.tokens.size();
    if (result.error) ++totals.errors;
    std::string_view broken = check(source, result);
    if (!broken.empty()) {
      ++totals.malformed;
      std::lock_guard lock(out_mutex);
      (Line() << "MALFORMED " << path << " (" << (module ? "module" : "script") << "): "
              << broken).print();
    }
  }
}

[[noreturn]] void usage(std::string_view message) {
  if (!message.empty()) (Line() << "essa-token-sweep: " << message).print(STDERR_FILENO);
  (Line() << "usage: essa-token-sweep DIR [--jobs N] [--verbose]").print(STDERR_FILENO);
  std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir;
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--verbose") {
      verbose = true;
    } else if (arg == "--jobs") {
      if (++i >= argc) usage("--jobs needs a number");
      std::string_view n = argv[i];
      auto r = std::from_chars(n.data(), n.data() + n.size(), g_jobs);
      if (r.ec != std::errc{} || r.ptr != n.data() + n.size() || g_jobs < 1 || g_jobs > kMaxJobs)
        usage("--jobs needs a number from 1 to 64");
    } else if (arg.starts_with("-") && arg != "-") {
      usage("unknown option " + std::string(arg));
    } else if (dir.empty()) {
      dir = arg;
    } else {
      usage("only one directory");
    }
  }
  if (dir.empty()) usage("");

  std::error_code ec;
  std::vector<std::string> files;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() == ".js") files.push_back(it->path());
  }
  if (ec) {
    (Line() << "essa-token-sweep: " << dir << ": " << ec.message()).print(STDERR_FILENO);
    return 2;
  }
  std::sort(files.begin(), files.end());
  if (files.size() < static_cast<size_t>(g_jobs)) g_jobs = std::max(1, static_cast<int>(files.size()));

  install_crash_handlers();
  const auto started = Clock::now();
  std::atomic<size_t> next{0};
  std::atomic<int> running{g_jobs};
  std::mutex out_mutex;
  std::vector<Totals> totals(g_jobs);
  std::vector<std::thread> workers;
  for (int w = 0; w < g_jobs; ++w) {
    workers.emplace_back([&, w] {
      AltStack alt_stack;
      t_worker = w;
      std::string bytes;
      for (size_t i; (i = next.fetch_add(1)) < files.size();) {
        g_slots[w].since.store(Clock::now().time_since_epoch().count());
        g_slots[w].path.store(files[i].c_str());
        sweep_file(files[i], bytes, totals[w], verbose, out_mutex);
        g_slots[w].path.store(nullptr);
      }
      running.fetch_sub(1);
    });
  }

  // The watchdog: a file that takes too long ends the run; its thread cannot be stopped.
  AltStack main_alt_stack;
  while (running.load() > 0) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    const int64_t now = Clock::now().time_since_epoch().count();
    for (int w = 0; w < g_jobs; ++w) {
      const char* path = g_slots[w].path.load();
      if (path && Clock::duration(now - g_slots[w].since.load()) > kHangLimit) {
        (Line() << "hang on " << path << " (more than " << static_cast<uint64_t>(kHangLimit.count()) << " s)")
            .print(STDERR_FILENO);
        std::_Exit(1);
      }
    }
  }
  for (auto& t : workers) t.join();
  const double wall = std::chrono::duration<double>(Clock::now() - started).count();

  Totals sum;
  for (const Totals& t : totals) {
    sum.files += t.files;
    sum.bytes += t.bytes;
    sum.tokens += t.tokens;
    sum.errors += t.errors;
    sum.malformed += t.malformed;
    sum.unreadable += t.unreadable;
    sum.busy += t.busy;
  }
  const double busy = std::chrono::duration<double>(sum.busy).count();
  // Each file is tokenized twice (script and module).
  const double mb = 2.0 * static_cast<double>(sum.bytes) / 1e6;
  (Line() << "files " << sum.files << ", bytes " << sum.bytes << ", tokens " << sum.tokens << " (both goals)"
          << ", errors " << sum.errors << " (of " << 2 * sum.files << " runs), malformed "
          << sum.malformed << ", unreadable " << sum.unreadable)
      .print();
  Line summary;
  summary << "time ";
  summary.fixed(wall, 2) << " s wall on " << uint64_t(g_jobs) << " threads; tokenize ";
  summary.fixed(busy, 2) << " s, ";
  summary.fixed(busy > 0 ? mb / busy : 0.0, 1) << " MB/s per thread, ";
  summary.fixed(wall > 0 ? mb / wall : 0.0, 1) << " MB/s overall";
  summary.print();
  return sum.malformed == 0 && sum.unreadable == 0 ? 0 : 1;
}
