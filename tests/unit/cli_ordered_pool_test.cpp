// The batch scheduler (cli/ordered_pool.h): results in input order whatever the order of
// completion, a stop that starts no new work, memory bounded by the ring.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <thread>
#include <vector>

#include "ordered_pool.h"

namespace {

using essa::cli::kSlotsPerJob;
using essa::cli::run_ordered;

struct Slot {
  std::size_t index = 0;
  unsigned worker = 0;
};

// Work that finishes out of order: every 37th file is slow.
void uneven_work(std::size_t index, Slot& slot, unsigned worker) {
  if (index % 37 == 5) std::this_thread::sleep_for(std::chrono::milliseconds(3));
  slot.index = index;
  slot.worker = worker;
}

std::vector<std::size_t> emitted_order(std::size_t count, unsigned jobs) {
  std::vector<std::size_t> order;
  run_ordered<Slot>(
      count, jobs, uneven_work,
      [&](std::size_t index, Slot& slot) {
        EXPECT_EQ(slot.index, index);
        order.push_back(index);
        return true;
      },
      [] {});
  return order;
}

std::vector<std::size_t> iota(std::size_t count) {
  std::vector<std::size_t> v(count);
  for (std::size_t i = 0; i < count; ++i) v[i] = i;
  return v;
}

TEST(OrderedPoolTest, OneJobEmitsInOrder) { EXPECT_EQ(emitted_order(500, 1), iota(500)); }
TEST(OrderedPoolTest, TwoJobsEmitInOrder) { EXPECT_EQ(emitted_order(2000, 2), iota(2000)); }
TEST(OrderedPoolTest, FourJobsEmitInOrder) { EXPECT_EQ(emitted_order(2000, 4), iota(2000)); }
TEST(OrderedPoolTest, NoFilesEmitNothing) { EXPECT_TRUE(emitted_order(0, 2).empty()); }
TEST(OrderedPoolTest, FewerFilesThanJobs) { EXPECT_EQ(emitted_order(3, 8), iota(3)); }

TEST(OrderedPoolTest, WorkersUseTheirOwnState) {
  std::vector<std::atomic<int>> busy(3);
  std::atomic<bool> shared{false};
  run_ordered<Slot>(
      600, 3,
      [&](std::size_t index, Slot& slot, unsigned worker) {
        if (busy[worker].fetch_add(1) != 0) shared = true;  // two threads on one worker's state
        uneven_work(index, slot, worker);
        busy[worker].fetch_sub(1);
      },
      [](std::size_t, Slot&) { return true; }, [] {});
  EXPECT_FALSE(shared);
}

TEST(OrderedPoolTest, StopStartsNoNewWork) {
  std::atomic<std::size_t> started{0};
  std::vector<std::size_t> order;
  run_ordered<Slot>(
      100000, 2,
      [&](std::size_t index, Slot& slot, unsigned worker) {
        ++started;
        uneven_work(index, slot, worker);
      },
      [&](std::size_t index, Slot&) {
        order.push_back(index);
        return index < 10;
      },
      [] {});
  EXPECT_EQ(order, iota(11));
  // Work runs at most the ring ahead of the last emitted result.
  EXPECT_LE(started.load(), 11 + 2 * kSlotsPerJob);
}

TEST(OrderedPoolTest, WorkStaysWithinTheRing) {
  std::atomic<std::size_t> emitted{0};
  std::atomic<bool> too_far{false};
  run_ordered<Slot>(
      5000, 2,
      [&](std::size_t index, Slot& slot, unsigned worker) {
        if (index >= emitted.load() + 2 * kSlotsPerJob) too_far = true;
        uneven_work(index, slot, worker);
      },
      [&](std::size_t, Slot&) {
        ++emitted;
        return true;
      },
      [] {});
  EXPECT_EQ(emitted.load(), 5000u);
  EXPECT_FALSE(too_far);
}

TEST(OrderedPoolTest, IdleRunsOnTheCallingThreadWhileWorkWaits) {
  const std::thread::id caller = std::this_thread::get_id();
  std::atomic<int> idles{0};
  std::atomic<bool> elsewhere{false};
  std::atomic<bool> in_emit{false};
  std::atomic<bool> overlapped{false};
  run_ordered<Slot>(
      4, 2,
      [](std::size_t index, Slot& slot, unsigned worker) {
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
        slot.index = index;
        slot.worker = worker;
      },
      [&](std::size_t, Slot&) {
        in_emit = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        in_emit = false;
        return true;
      },
      [&] {
        ++idles;
        if (std::this_thread::get_id() != caller) elsewhere = true;
        if (in_emit) overlapped = true;
      },
      std::chrono::milliseconds(5));
  EXPECT_GT(idles.load(), 0);
  EXPECT_FALSE(elsewhere);
  EXPECT_FALSE(overlapped);
}

}  // namespace
