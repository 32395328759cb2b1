// The arena: alignment, copies, and reuse: after reset() a parse of the same size must fit
// without another chunk (a reused arena stops allocating).
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "essa/arena.h"
#include "essa/parse.h"

namespace essa {
namespace {

TEST(ArenaTest, AlignsAndCopies) {
  Arena arena;
  for (std::size_t align : {1u, 2u, 4u, 8u, 16u, 64u}) {
    arena.allocate(1, 1);  // knock the cursor off any alignment
    const auto p = reinterpret_cast<std::uintptr_t>(arena.allocate(24, align));
    EXPECT_EQ(p % align, 0u) << align;
  }
  const std::string_view copy = arena.copy("hello");
  EXPECT_EQ(copy, "hello");
  EXPECT_EQ(arena.copy("").size(), 0u);
}

// Fills `bytes` in pieces of `piece` and checks the first byte of every piece survives.
void fill(Arena& arena, std::size_t bytes, std::size_t piece) {
  std::vector<unsigned char*> pieces;
  for (std::size_t done = 0; done < bytes; done += piece) {
    auto* p = static_cast<unsigned char*>(arena.allocate(piece, 8));
    std::memset(p, static_cast<int>(pieces.size() & 0xFF), piece);
    pieces.push_back(p);
  }
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    ASSERT_EQ(pieces[i][0], static_cast<unsigned char>(i & 0xFF));
    ASSERT_EQ(pieces[i][piece - 1], static_cast<unsigned char>(i & 0xFF));
  }
}

TEST(ArenaTest, ResetKeepsRoomForTheSameWorkInOneChunk) {
  Arena arena;
  fill(arena, 20u << 20, 1000);  // many chunks, the last ones large (huge-page path)
  const std::size_t first = arena.bytes_reserved();
  EXPECT_GE(first, std::size_t{20} << 20);
  arena.reset();
  EXPECT_GE(arena.bytes_reserved(), first);  // one chunk as large as all of them
  const std::size_t kept = arena.bytes_reserved();
  for (int round = 0; round < 3; ++round) {
    fill(arena, 20u << 20, 1000);
    EXPECT_EQ(arena.bytes_reserved(), kept) << round;  // no new chunk
    arena.reset();
    EXPECT_EQ(arena.bytes_reserved(), kept) << round;
  }
}

TEST(ArenaTest, MovedArenaIsReusedByTheNextParse) {
  std::string source;
  for (int i = 0; i < 20000; ++i) source += "var a" + std::to_string(i) + " = [1, {b: 2}, c(d)];\n";
  ParseResult first = parse(SourceText::from_bytes(source));
  ASSERT_TRUE(first.ok());
  Arena arena = first.take_arena();
  arena.reset();
  const std::size_t kept = arena.bytes_reserved();
  ParseResult second = parse(SourceText::from_bytes(source), {}, std::move(arena));
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second.take_arena().bytes_reserved(), kept);
}

}  // namespace
}  // namespace essa
