// The file list of a run while the walk still fills it: the walk adds files on the calling
// thread while workers already take them on others (the listing is a tenth of a run's CPU
// time; done first, it would leave the other cores idle). A worker asking for a file not
// listed yet waits for it.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <utility>

#include "walk.h"

namespace essa::cli {

class FileFeed {
 public:
  // The walk's side.
  void add(InputFile file) {
    std::lock_guard lock(mutex_);
    list_.total_bytes += file.size;
    list_.files.push_back(std::move(file));
    if (waiting_ != 0) grew_.notify_all();
  }
  void problem(std::string message, bool fails) {
    std::lock_guard lock(mutex_);
    list_.problems.push_back({list_.files.size(), std::move(message)});
    list_.failed = list_.failed || fails;
    problems_.store(list_.problems.size());
  }
  void finish() {
    std::lock_guard lock(mutex_);
    complete_ = true;
    grew_.notify_all();
  }

  // The workers' side. Waits until file `index` is listed or the list is complete; false when
  // the list has no such file.
  bool wait_for(std::size_t index) {
    std::unique_lock lock(mutex_);
    if (index >= list_.files.size() && !complete_) {
      ++waiting_;
      grew_.wait(lock, [&] { return index < list_.files.size() || complete_; });
      --waiting_;
    }
    return index < list_.files.size();
  }
  // File `index`, which wait_for has seen listed.
  InputFile at(std::size_t index) {
    std::lock_guard lock(mutex_);
    return list_.files[index];
  }
  // Calls f(message) for each problem met before file `index` was listed that no earlier
  // call took: problems are reported in their place in the list, whatever the thread timing.
  // For one thread at a time (the one writing the output).
  template <class F>
  void take_problems(std::size_t index, F&& f) {
    if (taken_ == problems_.load()) return;
    std::unique_lock lock(mutex_);
    while (taken_ < list_.problems.size() && list_.problems[taken_].before <= index) {
      std::string message = list_.problems[taken_++].message;
      lock.unlock();
      f(message);
      lock.lock();
    }
  }

  // The whole list, once complete (or on the walking thread).
  FileList& list() { return list_; }

 private:
  std::mutex mutex_;
  std::condition_variable grew_;
  FileList list_;
  bool complete_ = false;
  unsigned waiting_ = 0;
  std::atomic<std::size_t> problems_{0};
  std::size_t taken_ = 0;  // problems handed to take_problems
};

}  // namespace essa::cli
