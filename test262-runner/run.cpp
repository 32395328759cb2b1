#include "run.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <new>

#include "essa/parse.h"
#include "progress.h"

namespace essa::test262 {

std::string_view got_name(Got got) {
  switch (got) {
    case Got::Parse:
      return "parse";
    case Got::Error:
      return "error";
    case Got::Timeout:
      return "timeout";
    case Got::Crash:
      return "crash";
  }
  return "?";
}

bool judge(const Frontmatter& meta, const std::vector<RunResult>& runs) {
  if (runs.empty()) return false;
  const Got want = meta.expects_parse_error() ? Got::Error : Got::Parse;
  for (const RunResult& run : runs) {
    if (run.got != want) return false;
  }
  return true;
}

std::string failure_reason(const TestResult& result) {
  const bool negative = result.meta.expects_parse_error();
  for (const RunResult& run : result.runs) {
    std::string reason(mode_name(run.mode));
    reason += ": ";
    switch (run.got) {
      case Got::Parse:
        if (!negative) continue;
        reason += "parsed, expected a SyntaxError";
        return reason;
      case Got::Error: {
        if (negative) continue;
        reason += run.message;
        char position[32];
        const int n = std::snprintf(position, sizeof position, " (%u:%u)", run.line, run.column);
        reason.append(position, static_cast<size_t>(n));
        return reason;
      }
      case Got::Timeout:
        return reason + "timed out";
      case Got::Crash:
        return reason + "crashed (" + run.message + ")";
    }
  }
  return result.state == TestResult::State::Done ? "no runs" : "not run";
}

RunResult TestRunner::run_mode(std::string_view source, Mode mode) {
  std::string_view text = source;
  if (mode == Mode::Strict) {
    strict_source_.assign(kStrictPrefix);
    strict_source_.append(source);
    text = strict_source_;
  }
  RunResult out;
  out.mode = mode;
  const auto start = std::chrono::steady_clock::now();
  ParseOptions options;
  options.module = mode == Mode::Module;
  options.max_depth = max_depth_;
  ParseResult parsed = parse(SourceText::from_bytes(text), options, std::move(arena_));
  const auto elapsed = std::chrono::steady_clock::now() - start;
  out.duration_us =
      static_cast<uint32_t>(std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count());
  if (parsed.ok()) {
    out.got = Got::Parse;
  } else {
    out.got = Got::Error;
    const SyntaxError& e = *parsed.error();
    out.message = e.message;
    out.line = e.line;
    out.column = e.column;
    out.offset = e.offset;
    if (mode == Mode::Strict) {
      // Report positions in the file as written. The prefix is one ASCII line, so it shifts
      // the offset by its length and the line by one; an error inside it stays at 1:0.
      const auto shift = static_cast<uint32_t>(kStrictPrefix.size());
      if (out.line > 1) {
        out.line -= 1;
        out.offset = out.offset >= shift ? out.offset - shift : 0;
      } else {
        out.column = 0;
        out.offset = 0;
      }
    }
  }
  arena_ = parsed.take_arena();
  return out;
}

TestResult TestRunner::run(std::string_view source) {
  TestResult result;
  result.meta = parse_frontmatter(source);
  for (const Mode mode : modes_for(result.meta)) result.runs.push_back(run_mode(source, mode));
  result.passed = judge(result.meta, result.runs);
  result.state = TestResult::State::Done;
  return result;
}

namespace {

using Clock = std::chrono::steady_clock;

int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
      .count();
}

// Shared between the parent and its workers (an anonymous shared mapping): the next test to
// claim, and per worker the test and mode in progress, so the parent can name a test whose
// worker crashed and time one that hangs. Lock-free atomics work across processes.
static_assert(std::atomic<int64_t>::is_always_lock_free);
struct alignas(64) Slot {
  std::atomic<int64_t> test{-1};
  std::atomic<int64_t> started_ns{0};
  std::atomic<int32_t> mode{0};
};
struct alignas(64) SharedState {
  std::atomic<uint64_t> next{0};
};  // followed in the mapping by one Slot per worker

// The worker-to-parent records: u32 length, then the fields in the order written below.
class RecordWriter {
 public:
  void u32(uint32_t v) { buffer_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void u8(uint8_t v) { buffer_.push_back(static_cast<char>(v)); }
  void str(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    buffer_.append(s);
  }
  void strings(const std::vector<std::string>& list) {
    u32(static_cast<uint32_t>(list.size()));
    for (const std::string& s : list) str(s);
  }
  void begin() { buffer_.assign(4, '\0'); }
  std::string_view finish() {
    const auto size = static_cast<uint32_t>(buffer_.size());
    std::memcpy(buffer_.data(), &size, sizeof size);
    return buffer_;
  }

 private:
  std::string buffer_;
};

class RecordReader {
 public:
  explicit RecordReader(std::string_view data) : data_(data) {}
  uint32_t u32() {
    uint32_t v = 0;
    if (data_.size() >= sizeof v) std::memcpy(&v, data_.data(), sizeof v);
    data_.remove_prefix(std::min(data_.size(), sizeof v));
    return v;
  }
  uint8_t u8() {
    const uint8_t v = data_.empty() ? 0 : static_cast<uint8_t>(data_.front());
    data_.remove_prefix(data_.empty() ? 0 : 1);
    return v;
  }
  std::string str() {
    const uint32_t n = std::min<uint32_t>(u32(), static_cast<uint32_t>(data_.size()));
    std::string s(data_.substr(0, n));
    data_.remove_prefix(n);
    return s;
  }
  std::vector<std::string> strings() {
    std::vector<std::string> list(std::min<uint32_t>(u32(), static_cast<uint32_t>(data_.size())));
    for (std::string& s : list) s = str();
    return list;
  }

 private:
  std::string_view data_;
};

void encode(uint32_t index, const TestResult& result, RecordWriter& w) {
  w.begin();
  w.u32(index);
  w.u8(static_cast<uint8_t>(result.state));
  w.strings(result.meta.flags);
  w.str(result.meta.negative_phase);
  w.str(result.meta.negative_type);
  w.strings(result.meta.features);
  w.u8(result.meta.found ? 1 : 0);
  w.u32(static_cast<uint32_t>(result.runs.size()));
  for (const RunResult& run : result.runs) {
    w.u8(static_cast<uint8_t>(run.mode));
    w.u8(static_cast<uint8_t>(run.got));
    w.u32(run.duration_us);
    w.str(run.message);
    w.u32(run.line);
    w.u32(run.column);
    w.u32(run.offset);
  }
}

uint32_t decode(std::string_view record, TestResult& result) {
  RecordReader r(record.substr(4));
  const uint32_t index = r.u32();
  result.state = static_cast<TestResult::State>(r.u8());
  result.meta.flags = r.strings();
  result.meta.negative_phase = r.str();
  result.meta.negative_type = r.str();
  result.meta.features = r.strings();
  result.meta.found = r.u8() != 0;
  for (const std::string& flag : result.meta.flags) {
    if (flag == "module") result.meta.module = true;
    if (flag == "onlyStrict") result.meta.only_strict = true;
    if (flag == "noStrict") result.meta.no_strict = true;
    if (flag == "raw") result.meta.raw = true;
  }
  result.runs.resize(std::min<uint32_t>(r.u32(), 8));
  for (RunResult& run : result.runs) {
    run.mode = static_cast<Mode>(r.u8());
    run.got = static_cast<Got>(r.u8());
    run.duration_us = r.u32();
    run.message = r.str();
    run.line = r.u32();
    run.column = r.u32();
    run.offset = r.u32();
  }
  result.passed = judge(result.meta, result.runs);
  return index;
}

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

bool read_file(const std::filesystem::path& file, std::string& out, std::string& error) {
  out.clear();
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return false;
  }
  char chunk[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = std::strerror(errno);
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    out.append(chunk, static_cast<size_t>(n));
  }
  ::close(fd);
  return true;
}

[[noreturn]] void worker_main(const std::vector<std::string>& paths, const RunOptions& options,
                              SharedState& shared, Slot& slot, int out_fd) {
  // A crash is recorded by the parent; a core file per crashing test would only fill the disk.
  const rlimit no_core{0, 0};
  ::setrlimit(RLIMIT_CORE, &no_core);
  TestRunner runner(options.max_depth);
  RecordWriter writer;
  std::string source;
  std::string error;
  for (;;) {
    const uint64_t index = shared.next.fetch_add(1);
    if (index >= paths.size()) break;
    slot.mode.store(0);
    slot.started_ns.store(now_ns());
    slot.test.store(static_cast<int64_t>(index));
    TestResult result;
    if (!read_file(options.test_dir / paths[index], source, error)) {
      RunResult run;
      run.got = Got::Crash;
      run.message = "cannot read the file: " + error;
      result.runs.push_back(std::move(run));
      result.state = TestResult::State::Done;
    } else {
      result.meta = parse_frontmatter(source);
      if (!options.features.accepts(result.meta.features)) {
        result.state = TestResult::State::Skipped;
      } else {
        if (options.before_test) options.before_test(paths[index]);
        for (const Mode mode : modes_for(result.meta)) {
          slot.mode.store(static_cast<int32_t>(mode));
          result.runs.push_back(runner.run_mode(source, mode));
        }
        result.state = TestResult::State::Done;
      }
    }
    encode(static_cast<uint32_t>(index), result, writer);
    if (!write_all(out_fd, writer.finish())) break;
    slot.test.store(-1);
  }
  // _exit: the parent's stdio buffers and atexit handlers are not the worker's to run.
  ::_exit(0);
}

struct Worker {
  pid_t pid = -1;
  int fd = -1;             // read end of the worker's pipe
  std::string inbox;       // bytes of a record not yet complete
  bool timed_out = false;  // the watchdog killed it
};

std::string describe_status(int status) {
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    const char* name = ::strsignal(sig);
    return std::string("killed by signal ") + std::to_string(sig) + " (" +
           (name ? name : "unknown") + ")";
  }
  if (WIFEXITED(status)) {
    return "worker exited with status " + std::to_string(WEXITSTATUS(status));
  }
  return "worker stopped";
}

class Pool {
 public:
  Pool(const std::vector<std::string>& paths, const RunOptions& options, Progress* progress,
       std::vector<TestResult>& results)
      : paths_(paths),
        options_(options),
        progress_(progress),
        results_(results),
        total_(paths.size()) {}
  ~Pool() {
    for (Worker& w : workers_) {
      if (w.fd >= 0) ::close(w.fd);
      if (w.pid > 0) {
        ::kill(w.pid, SIGKILL);
        ::waitpid(w.pid, nullptr, 0);
      }
    }
    if (shared_) ::munmap(shared_, shared_size_);
  }

  bool run(std::string& error) {
    const int jobs = std::max(1, options_.jobs);
    shared_size_ = sizeof(SharedState) + sizeof(Slot) * static_cast<size_t>(jobs);
    static_assert(sizeof(SharedState) % alignof(Slot) == 0);
    void* memory =
        ::mmap(nullptr, shared_size_, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) {
      error = std::string("mmap: ") + std::strerror(errno);
      return false;
    }
    shared_ = new (memory) SharedState();
    slots_ = reinterpret_cast<Slot*>(static_cast<char*>(memory) + sizeof(SharedState));
    for (int i = 0; i < jobs; ++i) new (&slots_[i]) Slot();
    workers_.resize(static_cast<size_t>(jobs));
    std::fflush(nullptr);  // a forked child must not inherit unwritten output
    for (size_t i = 0; i < workers_.size(); ++i) {
      if (!spawn(i, error)) return false;
    }
    const int64_t timeout_ns = static_cast<int64_t>(options_.timeout_seconds * 1e9);
    std::vector<pollfd> fds;
    std::vector<size_t> owners;
    while (live_workers() > 0) {
      fds.clear();
      owners.clear();
      for (size_t i = 0; i < workers_.size(); ++i) {
        if (workers_[i].fd < 0) continue;
        fds.push_back({workers_[i].fd, POLLIN, 0});
        owners.push_back(i);
      }
      const int ready = ::poll(fds.data(), fds.size(), 100);
      if (ready < 0 && errno != EINTR) {
        error = std::string("poll: ") + std::strerror(errno);
        return false;
      }
      for (size_t k = 0; ready > 0 && k < fds.size(); ++k) {
        if (fds[k].revents != 0 && !drain(owners[k], error)) return false;
      }
      watch(timeout_ns);
      if (progress_) progress_->update(done_, total_, passed_);
    }
    return true;
  }

 private:
  size_t live_workers() const {
    size_t n = 0;
    for (const Worker& w : workers_) n += w.fd >= 0 ? 1 : 0;
    return n;
  }

  bool spawn(size_t i, std::string& error) {
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) {
      error = std::string("pipe: ") + std::strerror(errno);
      return false;
    }
    Slot& slot = slots_[i];
    slot.test.store(-1);
    const pid_t pid = ::fork();
    if (pid < 0) {
      error = std::string("fork: ") + std::strerror(errno);
      ::close(pipe_fds[0]);
      ::close(pipe_fds[1]);
      return false;
    }
    if (pid == 0) {
      ::close(pipe_fds[0]);
      for (const Worker& w : workers_) {
        if (w.fd >= 0) ::close(w.fd);
      }
      worker_main(paths_, options_, *shared_, slot, pipe_fds[1]);
    }
    ::close(pipe_fds[1]);
    Worker& w = workers_[i];
    w.pid = pid;
    w.fd = pipe_fds[0];
    w.inbox.clear();
    w.timed_out = false;
    return true;
  }

  // Reads what a worker sent; at end of file, reaps it, records the test it died in (if any)
  // and starts a replacement while tests remain.
  bool drain(size_t i, std::string& error) {
    Worker& w = workers_[i];
    char chunk[1 << 16];
    const ssize_t n = ::read(w.fd, chunk, sizeof chunk);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) return true;
      error = std::string("read from a worker: ") + std::strerror(errno);
      return false;
    }
    if (n > 0) {
      w.inbox.append(chunk, static_cast<size_t>(n));
      take_records(w);
      return true;
    }
    ::close(w.fd);
    w.fd = -1;
    int status = 0;
    while (::waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
    }
    w.pid = -1;
    const bool clean_exit = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    Slot& slot = slots_[i];
    const int64_t test = slot.test.load();
    if (test >= 0 && static_cast<size_t>(test) < results_.size() &&
        results_[static_cast<size_t>(test)].state == TestResult::State::Pending) {
      record_lost(static_cast<size_t>(test), static_cast<Mode>(slot.mode.load()),
                  w.timed_out ? Got::Timeout : Got::Crash,
                  w.timed_out ? "timed out after " + format_seconds(options_.timeout_seconds)
                              : describe_status(status),
                  now_ns() - slot.started_ns.load());
    } else if (!clean_exit && !w.timed_out) {
      std::fprintf(stderr, "essa-test262: a worker died between tests: %s\n",
                   describe_status(status).c_str());
    }
    if (shared_->next.load() < paths_.size()) return spawn(i, error);
    return true;
  }

  void take_records(Worker& w) {
    size_t at = 0;
    while (w.inbox.size() - at >= 4) {
      uint32_t size = 0;
      std::memcpy(&size, w.inbox.data() + at, sizeof size);
      if (w.inbox.size() - at < size) break;
      TestResult result;
      const uint32_t index = decode(std::string_view(w.inbox).substr(at, size), result);
      if (index < results_.size()) store(index, std::move(result));
      at += size;
    }
    w.inbox.erase(0, at);
  }

  void store(size_t index, TestResult result) {
    if (results_[index].state != TestResult::State::Pending) return;
    if (result.state == TestResult::State::Skipped) {
      --total_;
    } else {
      ++done_;
      passed_ += result.passed ? 1 : 0;
    }
    results_[index] = std::move(result);
  }

  void record_lost(size_t index, Mode mode, Got got, std::string message, int64_t elapsed_ns) {
    if (progress_) progress_->clear();
    std::fprintf(stderr, "essa-test262: %s [%s]: %s\n", paths_[index].c_str(),
                 std::string(mode_name(mode)).c_str(), message.c_str());
    TestResult result;
    result.state = TestResult::State::Done;
    RunResult run;
    run.mode = mode;
    run.got = got;
    run.message = std::move(message);
    run.duration_us = static_cast<uint32_t>(std::max<int64_t>(0, elapsed_ns / 1000));
    result.runs.push_back(std::move(run));
    result.passed = false;
    // The metadata died with the worker; reading it again here is cheap and cannot hang.
    std::string source, error;
    if (read_file(options_.test_dir / paths_[index], source, error)) {
      result.meta = parse_frontmatter(source);
    }
    store(index, std::move(result));
  }

  // The watchdog: kills a worker whose current test has run longer than the timeout.
  void watch(int64_t timeout_ns) {
    const int64_t now = now_ns();
    for (size_t i = 0; i < workers_.size(); ++i) {
      Worker& w = workers_[i];
      if (w.pid <= 0 || w.timed_out) continue;
      const Slot& slot = slots_[i];
      if (slot.test.load() < 0) continue;
      if (now - slot.started_ns.load() > timeout_ns) {
        w.timed_out = true;
        ::kill(w.pid, SIGKILL);
      }
    }
  }

  static std::string format_seconds(double seconds) {
    char text[32];
    const int n = std::snprintf(text, sizeof text, "%g s", seconds);
    return std::string(text, static_cast<size_t>(n));
  }

  const std::vector<std::string>& paths_;
  const RunOptions& options_;
  Progress* progress_;
  std::vector<TestResult>& results_;
  std::vector<Worker> workers_;
  SharedState* shared_ = nullptr;
  Slot* slots_ = nullptr;
  size_t shared_size_ = 0;
  size_t total_;  // tests to run: the paths less those --features skipped
  size_t done_ = 0;
  size_t passed_ = 0;
};

}  // namespace

bool run_tests(const std::vector<std::string>& paths, const RunOptions& options, Progress* progress,
               std::vector<TestResult>& results, std::string& error) {
  results.assign(paths.size(), TestResult{});
  if (paths.empty()) return true;
  Pool pool(paths, options, progress, results);
  const bool ok = pool.run(error);
  if (progress) progress->clear();
  return ok;
}

}  // namespace essa::test262
