// Runs one job per file on N threads and hands the results over in input order: the job
// scheduler of a batch run. Workers take the next index from an atomic counter (a slow file
// holds up only itself) and fill a ring of slots. Whichever thread finishes the oldest
// unwritten result writes it, and every ready one after it, under a flag that no thread waits
// for: a finished file costs no wake-up and no lock. A worker waits only when it would run
// more than the ring ahead of the writing, so memory stays bounded whatever the order of
// completion; the calling thread sleeps, waking every `tick` for the progress meter.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace essa::cli {

// Slots per job in the ring: enough that a large file does not stall the other workers
// behind it (a 1.6 MB file takes as long as some hundred typical ones).
inline constexpr std::size_t kSlotsPerJob = 64;

// has(index) tells whether there is a file `index`, waiting until that is known (files may
// still be being listed; any thread may ask). work(index, slot, worker) fills `slot` for file
// `index` on worker thread `worker` (each worker's own state is indexed by it); emit(index,
// slot) runs in index order, one call at a time but on any thread, and returns false to stop
// the run (no new work starts; running work finishes); idle() runs on the calling thread
// about every `tick`, never during an emit(). start() runs on the calling thread once the
// workers run (the listing that feeds has()). With one job everything runs on the calling
// thread, start() first.
template <class Slot, class Has, class Work, class Emit, class Idle, class Start>
void run_in_order(Has&& has, unsigned jobs, Work&& work, Emit&& emit, Idle&& idle,
                  Start&& start, std::chrono::milliseconds tick = std::chrono::milliseconds(100)) {
  if (jobs <= 1) {
    start();
    Slot slot{};
    for (std::size_t i = 0; has(i); ++i) {
      work(i, slot, 0u);
      if (!emit(i, slot)) return;
      idle();
    }
    return;
  }
  const std::size_t window = static_cast<std::size_t>(jobs) * kSlotsPerJob;
  std::vector<Slot> slots(window);
  const std::unique_ptr<std::atomic<bool>[]> ready(new std::atomic<bool>[window]());
  std::atomic<std::size_t> next_claim{0};
  std::atomic<std::size_t> next_emit{0};  // advanced only by the thread holding `emitting`
  std::atomic<bool> emitting{false};      // held by the thread that writes results
  std::atomic<bool> stop{false};
  // Sleeping: workers ahead of the ring, and the calling thread until the workers are done.
  std::mutex mutex;
  std::condition_variable room_cv;
  std::condition_variable done_cv;
  std::atomic<unsigned> sleepers{0};
  unsigned running = jobs;  // guarded by mutex

  auto wake_sleepers = [&] {
    if (sleepers.load() == 0) return;
    { std::lock_guard lock(mutex); }  // a sleeper is either waiting or sees the new state
    room_cv.notify_all();
  };
  // Writes every ready result in order. A thread that finds the flag taken leaves: the
  // holder re-checks after letting go, so the result made ready meanwhile is not forgotten.
  auto drain = [&](bool with_idle) {
    for (;;) {
      if (emitting.exchange(true)) return;
      if (with_idle) {
        idle();
        with_idle = false;
      }
      std::size_t e = next_emit.load(std::memory_order_relaxed);
      const std::size_t first = e;
      while (!stop.load() && ready[e % window].load()) {
        const bool go_on = emit(e, slots[e % window]);
        ready[e % window].store(false, std::memory_order_relaxed);
        next_emit.store(++e);
        if (!go_on) stop.store(true);
      }
      emitting.store(false);
      if (e != first || stop.load()) wake_sleepers();
      if (stop.load() || !ready[e % window].load()) return;
    }
  };
  auto worker_loop = [&](unsigned worker) {
    for (;;) {
      if (stop.load()) break;
      const std::size_t index = next_claim.fetch_add(1);
      if (!has(index)) break;
      if (index >= next_emit.load() + window) {
        std::unique_lock lock(mutex);
        sleepers.fetch_add(1);
        room_cv.wait(lock, [&] { return stop.load() || index < next_emit.load() + window; });
        sleepers.fetch_sub(1);
        if (stop.load()) break;
      }
      // No other thread touches this slot until it is marked ready.
      work(index, slots[index % window], worker);
      ready[index % window].store(true);
      drain(false);
    }
    {
      std::lock_guard lock(mutex);
      --running;
    }
    done_cv.notify_one();
  };
  std::vector<std::thread> threads;
  threads.reserve(jobs);
  for (unsigned w = 0; w < jobs; ++w) threads.emplace_back(worker_loop, w);
  start();
  {
    std::unique_lock lock(mutex);
    while (!done_cv.wait_for(lock, tick, [&] { return running == 0; })) {
      lock.unlock();
      drain(true);
      lock.lock();
    }
  }
  for (std::thread& t : threads) t.join();
}

// The same over a list of `count` files known in advance.
template <class Slot, class Work, class Emit, class Idle>
void run_ordered(std::size_t count, unsigned jobs, Work&& work, Emit&& emit, Idle&& idle,
                 std::chrono::milliseconds tick = std::chrono::milliseconds(100)) {
  run_in_order<Slot>([count](std::size_t index) { return index < count; }, jobs, work, emit,
                     idle, [] {}, tick);
}

}  // namespace essa::cli
