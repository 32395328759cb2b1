// Names seen by one encode, each with a small id in order of first sight, so that the decoder
// makes one JavaScript string per distinct name rather than one per occurrence (an
// identifier's string is most of what a node costs to decode). Open addressing over
// (hash, view); a generation stamp empties the table between encodes without a pass over it,
// so one table serves every parse of a thread.
#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <string_view>
#include <vector>

namespace essa_node {

class NameTable {
 public:
  static constexpr uint32_t kNew = ~0u;

  // Forgets every name (O(1)).
  void clear() {
    ++generation_;
    count_ = 0;
    if (slots_.empty()) slots_.resize(1024);
  }

  // The id of `name`, or kNew after giving it the next id (which is then count() - 1).
  uint32_t find_or_add(std::string_view name) {
    if ((count_ + 1) * 2 > slots_.size()) grow();
    const uint64_t hash = std::hash<std::string_view>{}(name);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.generation != generation_) {
        slot = {hash, name.data(), static_cast<uint32_t>(name.size()), count_++, generation_};
        return kNew;
      }
      if (slot.hash == hash && slot.size == name.size() &&
          std::memcmp(slot.data, name.data(), name.size()) == 0) {
        return slot.id;
      }
    }
  }

  uint32_t count() const { return count_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    const char* data = nullptr;
    uint32_t size = 0;
    uint32_t id = 0;
    uint32_t generation = 0;  // 0: never used (generation_ starts at 1 after clear())
  };

  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.generation != generation_) continue;
      std::size_t i = slot.hash & mask;
      while (slots_[i].generation == generation_) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<Slot> slots_;
  uint32_t count_ = 0;
  uint32_t generation_ = 0;
};

}  // namespace essa_node
