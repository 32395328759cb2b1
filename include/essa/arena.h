// A bump allocator: nodes, lists and decoded strings of one parse live here and are freed at
// once. Nothing in it has a destructor. reset() keeps one chunk as large as all of them, so a
// reused arena stops allocating.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <string_view>
#include <type_traits>
#include <utility>

namespace essa {

class Arena {
 public:
  Arena() = default;
  ~Arena();
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  Arena(Arena&& other) noexcept;
  Arena& operator=(Arena&& other) noexcept;

  // Inline everywhere: the fast path is a few instructions, the call would cost more.
  [[gnu::always_inline]] void* allocate(std::size_t size, std::size_t align) {
    auto p = (reinterpret_cast<std::uintptr_t>(cur_) + (align - 1)) & ~(std::uintptr_t(align) - 1);
    if (p + size > reinterpret_cast<std::uintptr_t>(end_)) [[unlikely]] {
      return allocate_slow(size, align);
    }
    cur_ = reinterpret_cast<char*>(p + size);
    return reinterpret_cast<void*>(p);
  }

  // Creates a T in the arena. Only trivially destructible types: nothing is ever destroyed.
  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
  }

  template <class T>
  T* make_array(std::size_t n) {
    static_assert(std::is_trivially_destructible_v<T>);
    return static_cast<T*>(allocate(sizeof(T) * (n ? n : 1), alignof(T)));
  }

  std::string_view copy(std::string_view s) {
    if (s.empty()) return {"", 0};
    char* p = static_cast<char*>(allocate(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return {p, s.size()};
  }

  // Frees everything, keeping memory for the next parse: the only chunk, or one new chunk as
  // large as all of them together.
  void reset();
  // Bytes handed out from chunks so far (for limits and measurements).
  std::size_t bytes_reserved() const { return reserved_; }

 private:
  struct Chunk {
    Chunk* next;
    std::size_t size;  // usable bytes after the header
  };
  void* allocate_slow(std::size_t size, std::size_t align);
  void release_all();

  Chunk* chunks_ = nullptr;
  char* cur_ = nullptr;
  char* end_ = nullptr;
  std::size_t reserved_ = 0;
  std::size_t next_size_ = 64 * 1024;
};

}  // namespace essa
