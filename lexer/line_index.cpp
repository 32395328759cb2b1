// LineIndex and Utf16Cursor: byte offsets -> UTF-16 offsets and line/column, as acorn counts
// them. Line terminators are LF, CR, CRLF (one break), U+2028 and U+2029.
#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>

#include "essa/source.h"

namespace essa {
namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ull;
constexpr uint64_t kLowBits = 0x0101010101010101ull;
constexpr uint32_t kBlockSize = 64;

// Nonzero when some byte of w is zero (exact as a yes/no test).
constexpr uint64_t has_zero_byte(uint64_t w) { return (w - kLowBits) & ~w & kHighBits; }

// UTF-16 units of the characters that start in p[0, n) of valid UTF-8: every byte that is not
// a continuation byte (10xxxxxx) counts one, a 4-byte lead (11110xxx) one more.
uint32_t count_utf16_units(const unsigned char* p, std::size_t n) {
  uint32_t units = 0;
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    // Bit 7 of each byte of (w << k) is bit 7 - k of the same byte of w.
    const uint64_t continuation = w & ~(w << 1) & kHighBits;
    const uint64_t four_byte_lead = w & (w << 1) & (w << 2) & (w << 3) & kHighBits;
    units += 8 - static_cast<uint32_t>(std::popcount(continuation)) +
             static_cast<uint32_t>(std::popcount(four_byte_lead));
  }
  for (; i < n; ++i) {
    units += (p[i] & 0xC0) != 0x80;
    units += p[i] >= 0xF0;
  }
  return units;
}

const unsigned char* bytes_of(std::string_view text) {
  return reinterpret_cast<const unsigned char*>(text.data());
}

// Bytes minus UTF-16 units of the characters in the low `bytes` bytes of w: one per
// continuation byte (10xxxxxx), less one per 4-byte lead (11110xxx), whose character is two
// units. Bit 7 of each byte of (w << k) is bit 7 - k of the same byte of w.
inline uint32_t excess_bytes(uint64_t w, unsigned bytes) {
  const uint64_t mask = bytes >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * bytes)) - 1;
  const uint64_t continuation = w & ~(w << 1) & kHighBits & mask;
  const uint64_t four_byte_lead = w & (w << 1) & (w << 2) & (w << 3) & kHighBits & mask;
  return static_cast<uint32_t>(std::popcount(continuation) - std::popcount(four_byte_lead));
}

// The word at p + i; past the end of the text, NUL bytes (ASCII, not a break).
inline uint64_t load_word(const unsigned char* p, std::size_t i, std::size_t n) {
  uint64_t w = 0;
  if (n - i >= 8) [[likely]] {
    std::memcpy(&w, p + i, 8);
  } else {
    std::memcpy(&w, p + i, n - i);
  }
  return w;
}

// Where a line starts after the break candidate at j, or 0 when p[j] is no break: LF, a CR
// not followed by LF, U+2028 and U+2029 (E2 80 A8 and E2 80 A9).
inline std::size_t line_after(const unsigned char* p, std::size_t j, std::size_t n) {
  const unsigned char c = p[j];
  if (c == '\n' || (c == '\r' && (j + 1 == n || p[j + 1] != '\n'))) return j + 1;
  if (c == 0xE2 && j + 2 < n && p[j + 1] == 0x80 && (p[j + 2] & 0xFE) == 0xA8) return j + 3;
  return 0;
}

// Break candidates of w: exact for LF and CR, plus 0x0B/0x0C just above one; with high bytes,
// E2 too (and E3 just above one). line_after() sorts them out.
inline uint64_t break_marks(uint64_t w, uint64_t high) {
  uint64_t marks = has_zero_byte(w ^ (kLowBits * '\n')) | has_zero_byte(w ^ (kLowBits * '\r'));
  if (high != 0) marks |= has_zero_byte(w ^ (kLowBits * 0xE2));
  return marks;
}

}  // namespace

// One pass, a word of 8 bytes at a time, in two loops. While the text is ASCII only line
// starts are kept. From the first non-ASCII word on, UTF-16 offsets are tracked as the byte
// offset less an excess count that changes only in words with high bytes; the tables (per
// line and per 64-byte block) are back-filled up to there with the byte offsets.
LineIndex::LineIndex(std::string_view text) : text_(text) {
  const unsigned char* p = bytes_of(text);
  const std::size_t n = text.size();
  line_starts_.reserve(n / 32 + 2);
  line_starts_.push_back(0);

  std::size_t i = 0;
  for (; i < n; i += 8) {
    const uint64_t w = load_word(p, i, n);
    if ((w & kHighBits) != 0) break;
    for (uint64_t marks = break_marks(w, 0); marks != 0; marks &= marks - 1) {
      const std::size_t j = i + (static_cast<unsigned>(std::countr_zero(marks)) >> 3);
      if (j >= n) break;
      if (const std::size_t next = line_after(p, j, n); next != 0) {
        line_starts_.push_back(static_cast<uint32_t>(next));
      }
    }
  }
  if (i >= n) return;  // ASCII: UTF-16 offsets are byte offsets, no tables

  line_utf16_.reserve(line_starts_.capacity() + 1);
  line_utf16_.assign(line_starts_.begin(), line_starts_.end());
  block_utf16_.reserve((n >> kBlockShift) + 2);
  for (std::size_t b = 0; (b << kBlockShift) < i; ++b) {
    block_utf16_.push_back(static_cast<uint32_t>(b << kBlockShift));
  }
  uint32_t excess = 0;  // bytes minus UTF-16 units before word i
  for (; i < n; i += 8) {
    const uint64_t w = load_word(p, i, n);
    const uint64_t high = w & kHighBits;
    if ((i & (kBlockSize - 1)) == 0) block_utf16_.push_back(static_cast<uint32_t>(i) - excess);
    for (uint64_t marks = break_marks(w, high); marks != 0; marks &= marks - 1) {
      const auto k = static_cast<unsigned>(std::countr_zero(marks)) >> 3;
      const std::size_t j = i + k;
      if (j >= n) break;
      const std::size_t next = line_after(p, j, n);
      if (next == 0) continue;
      // The excess up to the line start: within this word, or for U+2028/9 (which may run
      // into the next word) up to its lead, plus its own two continuation bytes.
      const uint32_t line_excess =
          high == 0 ? excess
          : next == j + 1 ? excess + excess_bytes(w, k + 1)
                          : excess + excess_bytes(w, k) + 2;
      line_starts_.push_back(static_cast<uint32_t>(next));
      line_utf16_.push_back(static_cast<uint32_t>(next) - line_excess);
    }
    if (high != 0) excess += excess_bytes(w, 8);  // past the end the bytes are NUL: no excess
  }
  const auto units = static_cast<uint32_t>(n) - excess;
  if ((n & (kBlockSize - 1)) == 0) block_utf16_.push_back(units);
  line_utf16_.push_back(units);
}

uint32_t LineIndex::utf16_offset(uint32_t byte_offset) const {
  byte_offset = std::min<uint32_t>(byte_offset, static_cast<uint32_t>(text_.size()));
  if (block_utf16_.empty()) return byte_offset;
  const uint32_t block = byte_offset >> kBlockShift;
  const uint32_t block_start = block << kBlockShift;
  return block_utf16_[block] +
         count_utf16_units(bytes_of(text_) + block_start, byte_offset - block_start);
}

uint32_t LineIndex::line_of(uint32_t byte_offset) const {
  return static_cast<uint32_t>(
      std::upper_bound(line_starts_.begin(), line_starts_.end(), byte_offset) -
      line_starts_.begin());
}

LineColumn LineIndex::line_column(uint32_t byte_offset) const {
  byte_offset = std::min<uint32_t>(byte_offset, static_cast<uint32_t>(text_.size()));
  const uint32_t line = line_of(byte_offset);
  const uint32_t start = line_starts_[line - 1];
  if (block_utf16_.empty()) return {line, byte_offset - start};
  // A short line is cheaper to count directly than through two block lookups.
  if (byte_offset - start <= 2 * kBlockSize) {
    return {line, count_utf16_units(bytes_of(text_) + start, byte_offset - start)};
  }
  return {line, utf16_offset(byte_offset) - utf16_offset(start)};
}

std::string_view LineIndex::line_text(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  const uint32_t start = line_starts_[line - 1];
  if (line == line_starts_.size()) return text_.substr(start);
  const uint32_t next = line_starts_[line];
  uint32_t end = next;
  const char last = text_[next - 1];
  if (last == '\n') {
    end -= (next - 1 > start && text_[next - 2] == '\r') ? 2 : 1;
  } else if (last == '\r') {
    end -= 1;
  } else {
    end -= 3;  // U+2028 or U+2029
  }
  return text_.substr(start, end - start);
}

void locate(SyntaxError& error, const LineIndex& index) {
  error.offset = index.utf16_offset(error.byte_offset);
  const LineColumn position = index.line_column(error.byte_offset);
  error.line = position.line;
  error.column = position.column;
  error.raised_at = error.offset;
}

Utf16Cursor::Utf16Cursor(const LineIndex& index) : index_(&index) { enter_line(0); }

void Utf16Cursor::enter_line(uint32_t line_index) {
  const LineIndex& index = *index_;
  const auto count = static_cast<uint32_t>(index.line_starts_.size());
  const auto size = static_cast<uint32_t>(index.text_.size());
  line_ = line_index + 1;
  line_start_ = index.line_starts_[line_index];
  // The last line takes in the end of the text itself.
  line_end_ = line_index + 1 < count ? index.line_starts_[line_index + 1] : size + 1;
  line_start_utf16_ = index.line_utf16(line_index);
  const uint32_t end_bytes = line_index + 1 < count ? line_end_ : size;
  // Every non-ASCII character has fewer UTF-16 units than bytes.
  line_ascii_ = index.line_utf16(line_index + 1) - line_start_utf16_ == end_bytes - line_start_;
  byte_ = line_start_;
  utf16_ = line_start_utf16_;
}

SourcePosition Utf16Cursor::position_slow(uint32_t byte_offset) {
  const LineIndex& index = *index_;
  byte_offset = std::min<uint32_t>(byte_offset, static_cast<uint32_t>(index.text_.size()));
  if (byte_offset >= line_end_) {
    // Gallop forward from the current line, then search the bracket found.
    const std::vector<uint32_t>& starts = index.line_starts_;
    const std::size_t count = starts.size();
    std::size_t lo = line_ - 1;  // starts[lo] <= byte_offset
    std::size_t step = 1;
    while (lo + step < count && starts[lo + step] <= byte_offset) {
      lo += step;
      step *= 2;
    }
    const std::size_t hi = std::min(lo + step, count);
    const auto line = static_cast<uint32_t>(
        std::upper_bound(starts.begin() + static_cast<std::ptrdiff_t>(lo) + 1,
                         starts.begin() + static_cast<std::ptrdiff_t>(hi), byte_offset) -
        starts.begin() - 1);
    enter_line(line);
  } else if (byte_offset < line_start_) {
    enter_line(index.line_of(byte_offset) - 1);
  }
  if (line_ascii_) {
    const uint32_t column = byte_offset - line_start_;
    return {line_start_utf16_ + column, line_, column};
  }
  const unsigned char* p = bytes_of(index.text_);
  if (byte_offset >= byte_) {
    utf16_ = byte_offset - byte_ > kMaxWalk ? index.utf16_offset(byte_offset)
                                            : utf16_ + count_utf16_units(p + byte_, byte_offset - byte_);
  } else {
    utf16_ = byte_ - byte_offset > kMaxWalk
                 ? index.utf16_offset(byte_offset)
                 : utf16_ - count_utf16_units(p + byte_offset, byte_ - byte_offset);
  }
  byte_ = byte_offset;
  return {utf16_, line_, utf16_ - line_start_utf16_};
}

}  // namespace essa
