// Runs one job per file on N threads and hands the results over in input order: the job
// scheduler of a batch run. Workers take the next index from a shared counter (a slow file
// holds up only itself); results wait in a ring of slots until the calling thread has
// emitted every earlier one, and a worker waits rather than run more than the ring ahead, so
// memory stays bounded whatever the order of completion.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <thread>
#include <vector>

namespace essa::cli {

// work(index, slot, worker) fills `slot` for file `index` on worker thread `worker` (each
// worker's own state is indexed by it); emit(index, slot) runs on the calling thread in index
// order and returns false to stop the run (no new work starts; running work finishes);
// idle() runs on the calling thread about every `tick` while it waits. With one job
// everything runs on the calling thread.
template <class Slot, class Work, class Emit, class Idle>
void run_ordered(std::size_t count, unsigned jobs, Work&& work, Emit&& emit, Idle&& idle,
                 std::chrono::milliseconds tick = std::chrono::milliseconds(100)) {
  if (jobs <= 1) {
    Slot slot{};
    for (std::size_t i = 0; i < count; ++i) {
      work(i, slot, 0u);
      if (!emit(i, slot)) return;
      idle();
    }
    return;
  }
  const std::size_t window = static_cast<std::size_t>(jobs) * 8;
  std::vector<Slot> slots(window);
  std::vector<char> ready(window, 0);
  std::mutex mutex;
  std::condition_variable work_cv;  // a worker may take an index
  std::condition_variable emit_cv;  // a slot is ready
  std::size_t next_claim = 0;
  std::size_t next_emit = 0;
  bool stop = false;

  auto worker_loop = [&](unsigned worker) {
    for (;;) {
      std::size_t index = 0;
      {
        std::unique_lock lock(mutex);
        work_cv.wait(lock, [&] {
          return stop || next_claim >= count || next_claim < next_emit + window;
        });
        if (stop || next_claim >= count) return;
        index = next_claim++;
      }
      // No other thread touches this slot until it is marked ready.
      work(index, slots[index % window], worker);
      {
        std::lock_guard lock(mutex);
        ready[index % window] = 1;
      }
      emit_cv.notify_one();
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(jobs);
  for (unsigned w = 0; w < jobs; ++w) threads.emplace_back(worker_loop, w);

  while (next_emit < count) {
    {
      std::unique_lock lock(mutex);
      if (!emit_cv.wait_for(lock, tick, [&] { return ready[next_emit % window] != 0; })) {
        lock.unlock();
        idle();
        continue;
      }
    }
    // The slot is ours until next_emit moves past it.
    const bool go_on = emit(next_emit, slots[next_emit % window]);
    {
      std::lock_guard lock(mutex);
      ready[next_emit % window] = 0;
      ++next_emit;
      stop = !go_on;
    }
    work_cv.notify_all();
    if (!go_on) break;
  }
  for (std::thread& t : threads) t.join();
}

}  // namespace essa::cli
