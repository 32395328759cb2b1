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

// UTF-16 units of the characters that start in the low `bytes` bytes of the word w.
inline uint32_t word_units(uint64_t w, unsigned bytes) {
  const uint64_t mask = bytes >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * bytes)) - 1;
  const uint64_t continuation = w & ~(w << 1) & kHighBits & mask;
  const uint64_t four_byte_lead = w & (w << 1) & (w << 2) & (w << 3) & kHighBits & mask;
  return bytes - static_cast<uint32_t>(std::popcount(continuation)) +
         static_cast<uint32_t>(std::popcount(four_byte_lead));
}

}  // namespace

// One pass, a word of 8 bytes at a time. A word without line breaks (and, while the text is
// ASCII so far, without high bytes) costs a few operations; breaks are visited one by one.
// The UTF-16 tables (per line and per 64-byte block) start at the first non-ASCII byte, back-
// filled from the byte offsets, which equal UTF-16 offsets up to there.
LineIndex::LineIndex(std::string_view text) : text_(text) {
  const unsigned char* p = bytes_of(text);
  const std::size_t n = text.size();
  line_starts_.reserve(n / 32 + 1);
  line_starts_.push_back(0);
  bool ascii = true;
  uint32_t units = 0;  // UTF-16 units before the current word (kept once non-ASCII)

  auto add_line = [&](std::size_t start, uint32_t start_units) {
    line_starts_.push_back(static_cast<uint32_t>(start));
    if (!ascii) line_utf16_.push_back(start_units);
  };

  for (std::size_t i = 0; i < n; i += 8) {
    const unsigned bytes = n - i >= 8 ? 8 : static_cast<unsigned>(n - i);
    uint64_t w = 0;
    if (bytes == 8) [[likely]] {
      std::memcpy(&w, p + i, 8);
    } else {
      std::memcpy(&w, p + i, bytes);  // the last word, padded with NUL (ASCII, no break)
    }
    const uint64_t high = w & kHighBits;
    if (!ascii && (i & (kBlockSize - 1)) == 0) block_utf16_.push_back(units);
    if (high != 0 && ascii) {
      ascii = false;
      units = static_cast<uint32_t>(i);
      line_utf16_.reserve(line_starts_.capacity() + 1);
      line_utf16_.assign(line_starts_.begin(), line_starts_.end());
      block_utf16_.reserve((n >> kBlockShift) + 2);
      for (std::size_t b = 0; b <= (i >> kBlockShift); ++b) {
        block_utf16_.push_back(static_cast<uint32_t>(b << kBlockShift));
      }
    }
    // Candidates: exact for high bytes, may flag a 0x0B or 0x0C just above a real break.
    uint64_t marks = has_zero_byte(w ^ (kLowBits * '\n')) | has_zero_byte(w ^ (kLowBits * '\r'));
    if (high != 0) marks |= has_zero_byte(w ^ (kLowBits * 0xE2));
    while (marks != 0) {
      const unsigned k = static_cast<unsigned>(std::countr_zero(marks)) >> 3;
      marks &= marks - 1;
      const std::size_t j = i + k;
      if (j >= n) break;
      const unsigned char c = p[j];
      std::size_t next;  // where the new line starts
      if (c == '\n' || (c == '\r' && (j + 1 == n || p[j + 1] != '\n'))) {
        next = j + 1;
      } else if (c == 0xE2 && j + 2 < n && p[j + 1] == 0x80 && (p[j + 2] & 0xFE) == 0xA8) {
        next = j + 3;  // U+2028 and U+2029 are E2 80 A8 and E2 80 A9
      } else {
        continue;
      }
      uint32_t start_units = 0;
      if (!ascii) {
        start_units = units + word_units(w, k + 1);
        if (next == j + 3) start_units = units + word_units(w, k) + 1;
      }
      add_line(next, start_units);
    }
    if (!ascii) units += word_units(w, bytes);
  }
  if (!ascii) {
    if ((n & (kBlockSize - 1)) == 0) block_utf16_.push_back(units);
    line_utf16_.push_back(units);
  }
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
