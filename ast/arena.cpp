#include "essa/arena.h"

#include <cstdlib>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace essa {

Arena::~Arena() { release_all(); }

Arena::Arena(Arena&& other) noexcept
    : chunks_(std::exchange(other.chunks_, nullptr)),
      cur_(std::exchange(other.cur_, nullptr)),
      end_(std::exchange(other.end_, nullptr)),
      reserved_(std::exchange(other.reserved_, 0)),
      next_size_(other.next_size_) {}

Arena& Arena::operator=(Arena&& other) noexcept {
  if (this != &other) {
    release_all();
    chunks_ = std::exchange(other.chunks_, nullptr);
    cur_ = std::exchange(other.cur_, nullptr);
    end_ = std::exchange(other.end_, nullptr);
    reserved_ = std::exchange(other.reserved_, 0);
    next_size_ = other.next_size_;
  }
  return *this;
}

void Arena::release_all() {
  while (chunks_) {
    Chunk* next = chunks_->next;
    std::free(chunks_);
    chunks_ = next;
  }
  cur_ = end_ = nullptr;
  reserved_ = 0;
}

namespace {

// Large chunks are 2 MiB aligned and offered to the kernel as huge pages: a fresh process
// then takes one page fault per 2 MiB of tree instead of one per 4 KiB (page faults were a
// tenth of essa-parse's time on a 9 MB file). Small chunks come from malloc as before.
constexpr std::size_t kHugePage = std::size_t(2) << 20;

void* allocate_chunk(std::size_t& size) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if (size >= 2 * kHugePage) {
    size = (size + kHugePage - 1) & ~(kHugePage - 1);
    void* p = std::aligned_alloc(kHugePage, size);
    if (p != nullptr) madvise(p, size, MADV_HUGEPAGE);  // a hint: failure changes nothing
    return p;
  }
#endif
  return std::malloc(size);
}

}  // namespace

void* Arena::allocate_slow(std::size_t size, std::size_t align) {
  // Chunks double in size up to 64 MiB; an oversized request gets a chunk of its own.
  std::size_t want = size + align + sizeof(Chunk);
  std::size_t chunk_size = next_size_ > want ? next_size_ : want;
  if (next_size_ < (std::size_t(64) << 20)) next_size_ *= 2;
  auto* c = static_cast<Chunk*>(allocate_chunk(chunk_size));
  if (!c) std::abort();  // out of memory: nothing sensible to return to
  c->next = chunks_;
  c->size = chunk_size - sizeof(Chunk);
  chunks_ = c;
  reserved_ += c->size;
  cur_ = reinterpret_cast<char*>(c + 1);
  end_ = cur_ + c->size;
  return allocate(size, align);
}

void Arena::reset() {
  if (!chunks_) return;
  // One chunk as large as all of them together, so that a parse of the same size as the last
  // one fits without asking the system again (a freed chunk costs its page faults anew).
  if (chunks_->next != nullptr) {
    std::size_t total = 0;
    for (Chunk* c = chunks_; c; c = c->next) total += c->size + sizeof(Chunk);
    release_all();
    std::size_t size = total;
    auto* c = static_cast<Chunk*>(allocate_chunk(size));
    if (!c) std::abort();
    c->next = nullptr;
    c->size = size - sizeof(Chunk);
    chunks_ = c;
  }
  reserved_ = chunks_->size;
  cur_ = reinterpret_cast<char*>(chunks_ + 1);
  end_ = cur_ + chunks_->size;
}

}  // namespace essa
