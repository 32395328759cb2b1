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

}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  const unsigned char* p = bytes_of(text);
  const std::size_t n = text.size();
  line_starts_.push_back(0);
  bool ascii = true;
  uint32_t units = 0;  // UTF-16 units of the characters before the current byte

  // Words of 8 bytes keep block boundaries (multiples of 64) at word starts.
  for (std::size_t i = 0; i < n; i += 8) {
    if (!ascii && (i & (kBlockSize - 1)) == 0) block_utf16_.push_back(units);
    const std::size_t end = std::min(i + 8, n);
    if (end - i == 8) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      const uint64_t special = (w & kHighBits) | has_zero_byte(w ^ (kLowBits * '\n')) |
                               has_zero_byte(w ^ (kLowBits * '\r'));
      if (special == 0) {
        units += 8;
        continue;
      }
    }
    for (std::size_t j = i; j < end; ++j) {
      const unsigned char c = p[j];
      if (c < 0x80) {
        ++units;
        if (c == '\n' || (c == '\r' && (j + 1 == n || p[j + 1] != '\n'))) {
          line_starts_.push_back(static_cast<uint32_t>(j + 1));
        }
        continue;
      }
      if (ascii) {
        // First non-ASCII byte: every block so far was ASCII, so its count is its offset.
        ascii = false;
        block_utf16_.reserve((n >> kBlockShift) + 1);
        for (std::size_t b = 0; b <= (i >> kBlockShift); ++b) {
          block_utf16_.push_back(static_cast<uint32_t>(b << kBlockShift));
        }
      }
      units += (c & 0xC0) != 0x80;
      units += c >= 0xF0;
      // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
      if (c == 0xE2 && j + 2 < n && p[j + 1] == 0x80 && (p[j + 2] & 0xFE) == 0xA8) {
        line_starts_.push_back(static_cast<uint32_t>(j + 3));
      }
    }
  }
  if (!ascii && (n & (kBlockSize - 1)) == 0) block_utf16_.push_back(units);
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

Utf16Cursor::Utf16Cursor(const LineIndex& index) : index_(&index) { seek(0); }

void Utf16Cursor::seek(uint32_t byte_offset) {
  byte_ = byte_offset;
  utf16_ = index_->utf16_offset(byte_offset);
  line_ = index_->line_of(byte_offset);
  line_start_byte_ = index_->line_start(line_);
  line_start_utf16_ = index_->utf16_offset(line_start_byte_);
  next_line_start_ = line_ < index_->line_count() ? index_->line_start(line_ + 1)
                                                  : std::numeric_limits<uint32_t>::max();
}

SourcePosition Utf16Cursor::position(uint32_t byte_offset) {
  const std::string_view text = index_->text();
  byte_offset = std::min<uint32_t>(byte_offset, static_cast<uint32_t>(text.size()));
  const bool ascii = index_->is_ascii();
  const unsigned char* p = bytes_of(text);
  // Units between two byte offsets a <= b.
  auto units = [&](uint32_t a, uint32_t b) {
    return ascii ? b - a : count_utf16_units(p + a, b - a);
  };

  if (byte_offset >= byte_) {
    if (byte_offset - byte_ > kMaxWalk) {
      seek(byte_offset);
    } else if (byte_offset >= next_line_start_) {
      // Usually the next line; otherwise a binary search.
      const bool next = line_ + 1 == index_->line_count() ||
                        byte_offset < index_->line_start(line_ + 2);
      const uint32_t line = next ? line_ + 1 : index_->line_of(byte_offset);
      const uint32_t start = index_->line_start(line);  // > byte_
      line_start_utf16_ = utf16_ + units(byte_, start);
      utf16_ = line_start_utf16_ + units(start, byte_offset);
      line_ = line;
      line_start_byte_ = start;
      next_line_start_ = line < index_->line_count() ? index_->line_start(line + 1)
                                                     : std::numeric_limits<uint32_t>::max();
      byte_ = byte_offset;
    } else {
      utf16_ += units(byte_, byte_offset);
      byte_ = byte_offset;
    }
  } else if (byte_offset < line_start_byte_ || byte_ - byte_offset > kMaxWalk) {
    seek(byte_offset);
  } else {
    utf16_ -= units(byte_offset, byte_);
    byte_ = byte_offset;
  }
  return {utf16_, line_, utf16_ - line_start_utf16_};
}

}  // namespace essa
