#include "batch.h"

#include <malloc.h>
#include <sched.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "essa/arena.h"
#include "essa/estree.h"
#include "exit_status.h"
#include "extensions.h"
#include "file_feed.h"
#include "jsx_hint.h"
#include "ordered_pool.h"
#include "parse_file.h"
#include "progress_meter.h"
#include "read_input.h"
#include "report_error.h"

namespace essa::cli {
namespace {

// What one file gives, filled on a worker thread and written on the calling one.
struct FileResult {
  std::string output;  // the NDJSON record or the --check line, newline included
  std::string report;  // for standard error: a syntax error with its code frame, an I/O error
  uint64_t bytes = 0;
  int status = kExitOk;
};

// Each worker thread's own memory, reused from one file to the next.
struct Worker {
  Arena arena;
  std::string bytes;
};

void append_to_string(void* ctx, const char* data, std::size_t size) {
  static_cast<std::string*>(ctx)->append(data, size);
}

// "FILE:LINE:COLUMN: SyntaxError: MESSAGE\n", LINE and COLUMN 1-based as in the code frame.
std::string check_line(std::string_view name, const SyntaxError& error) {
  return std::string(name) + ":" + std::to_string(error.line) + ":" +
         std::to_string(error.column + 1) + ": SyntaxError: " + error.message + "\n";
}

class Batch {
 public:
  Batch(const Options& options, FileFeed& feed)
      : options_(options), feed_(feed), library_(library_options_of(options)) {}

  void parse_one(std::size_t index, FileResult& result, Worker& worker) const {
    const InputFile input = feed_.at(index);
    result.output.clear();
    result.report.clear();
    result.status = kExitOk;
    std::string error;
    if (!load_source(input.path, worker.bytes, error)) {
      result.bytes = 0;
      result.report = "essa-parse: " + error + "\n";
      result.status = kExitUsage;
      return;
    }
    result.bytes = worker.bytes.size();
    const std::string name = display_name(input.path);
    const ParseOptions parse_options = with_dialect_of(input.path, parse_, options_.lang);
    const EstreeOptions estree = estree_for(parse_options, estree_);
    ParseResult parsed = parse_with_goal(worker.bytes, input.goal, parse_options, std::move(worker.arena));
    if (!parsed.ok()) {
      result.status = kExitSyntaxError;
      const std::string_view text = parsed.source().ok() ? parsed.source().text() : worker.bytes;
      if (options_.check) {
        result.output = check_line(name, *parsed.error());
      } else {
        result.report = format_syntax_error(name, text, *parsed.error());
        if (parsed.source().ok()) {
          result.report += jsx_hint(text, *parsed.error(), parse_options_for(input.goal, parse_options));
        }
      }
    }
    if (!options_.check) {
      const bool written =
          write_estree_record(append_to_string, &result.output, name, parsed, estree);
      // A tree too deep to write still ends its line (with null for the cut subtree), so
      // that the records after it stay readable; the status says the output is incomplete.
      if (!written && parsed.ok()) {
        result.report = "essa-parse: " + name + ": the tree is nested deeper than " +
                        std::to_string(estree_.max_depth) + " levels; cannot write it\n";
        result.status = kExitUsage;
      }
      result.output.push_back('\n');
    }
    worker.arena = parsed.take_arena();
  }

  // `inputs`: the arguments and --files-from entries, listed here.
  int run(const std::vector<std::string>& inputs, std::FILE* out) {
    unsigned jobs = options_.jobs != 0 ? options_.jobs : default_jobs();
    const bool meter = shows_progress(options_);
    // With several jobs the workers parse while this thread lists, unless the meter needs
    // the totals first.
    const bool overlap = jobs > 1 && !meter;
    std::size_t count = 0;
    if (!overlap) {
      list_files(options_, inputs, meter, feed_);
      count = feed_.list().files.size();
      if (count < jobs) jobs = count == 0 ? 1 : static_cast<unsigned>(count);
    }
    std::vector<Worker> workers(jobs);
    const bool out_is_terminal = isatty(fileno(out)) != 0;
    Progress progress(meter, count, feed_.list().total_bytes);
    const auto start = std::chrono::steady_clock::now();
    int status = kExitOk;
    std::size_t failed = 0;
    uint64_t bytes = 0;
    // Listing problems go to standard error in their place among the files' reports.
    auto report_problem = [&](const std::string& message) {
      progress.clear();
      std::fprintf(stderr, "%s\n", message.c_str());
    };

    auto work = [&](std::size_t index, FileResult& slot, unsigned w) {
      parse_one(index, slot, workers[w]);
    };
    auto emit = [&](std::size_t index, FileResult& slot) {
      feed_.take_problems(index, report_problem);
      progress.add(slot.bytes);
      bytes += slot.bytes;
      status = worse(status, slot.status);
      if (slot.status != kExitOk) ++failed;
      if (!slot.report.empty()) {
        progress.clear();
        std::fwrite(slot.report.data(), 1, slot.report.size(), stderr);
      }
      // On a terminal the meter shares the screen with the output: erase it first.
      if (out_is_terminal && !slot.output.empty()) progress.clear();
      errno = 0;
      if (!slot.output.empty() &&
          std::fwrite(slot.output.data(), 1, slot.output.size(), out) != slot.output.size()) {
        write_failed_ = errno != 0 ? errno : EIO;
        return false;
      }
      // A large record does not keep its memory for the rest of the run (the ring has
      // kSlotsPerJob slots per job).
      if (slot.output.capacity() > (256u << 10)) std::string().swap(slot.output);
      progress.tick();
      return true;
    };
    run_in_order<FileResult>([&](std::size_t index) { return feed_.wait_for(index); }, jobs, work,
                             emit, [&] { progress.tick(); },
                             [&] {
                               if (overlap) list_files(options_, inputs, false, feed_);
                             });
    count = feed_.list().files.size();
    if (write_failed_ == 0) feed_.take_problems(count, report_problem);
    progress.clear();
    if (feed_.list().failed) status = worse(status, kExitUsage);
    if (write_failed_ != 0) {
      errno = write_failed_;
      return fail_io(std::string("cannot write output: ") + std::strerror(write_failed_));
    }
    if (options_.check) {
      const double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      const std::string summary = format_summary(count, bytes, failed, seconds);
      std::fwrite(summary.data(), 1, summary.size(), out);
    }
    return status;
  }

 private:
  const Options& options_;
  FileFeed& feed_;
  const LibraryOptions library_;
  const EstreeOptions& estree_ = library_.estree;
  const ParseOptions& parse_ = library_.parse;
  int write_failed_ = 0;
};

}  // namespace

bool shows_progress(const Options& options) {
  return !options.quiet && !options.list && isatty(STDERR_FILENO) != 0;
}

unsigned default_jobs() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) {
    return static_cast<unsigned>(CPU_COUNT(&set));
  }
  const unsigned cores = std::thread::hardware_concurrency();
  return cores != 0 ? cores : 1;
}

int run_batch(const Options& options, const std::vector<std::string>& inputs, std::FILE* out) {
  // Memory freed after one file is soon needed for the next: malloc keeps it instead of
  // giving it back to the system, from which it would return as fresh zeroed pages, a page
  // fault per 4 KiB (NDJSON over a node_modules tree: 40,000 faults with one job, 6,000
  // with this, and 10% less CPU time).
  mallopt(M_MMAP_THRESHOLD, 32 << 20);  // the most glibc takes; else every block over
  mallopt(M_TRIM_THRESHOLD, 256 << 20);  // 128 KiB would be mapped and unmapped anew
  FileFeed feed;
  Batch batch(options, feed);
  return batch.run(inputs, out);
}

}  // namespace essa::cli
