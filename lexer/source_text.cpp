// SourceText: copy the input into a NUL-padded buffer and validate it as strict UTF-8
// (RFC 3629: no overlong forms, no encoded surrogates, nothing above U+10FFFF).
#include <bit>
#include <charconv>
#include <cstring>

#include "essa/source.h"

namespace essa {
namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ull;

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Index of the first byte with its high bit set in a word loaded with memcpy; mask != 0.
unsigned first_high_byte(uint64_t mask) {
  if constexpr (std::endian::native == std::endian::little) {
    return static_cast<unsigned>(std::countr_zero(mask)) / 8;
  } else {
    return static_cast<unsigned>(std::countl_zero(mask)) / 8;
  }
}

// What is wrong with the sequence at the first invalid byte, or nullptr if the input is valid.
struct Utf8Problem {
  const char* what = nullptr;
  std::size_t offset = 0;  // start of the offending sequence
  unsigned char byte = 0;  // the lead byte, for messages that name it
};

// Checks the multi-byte sequence that starts at p[i] (p[i] >= 0x80). Returns its length, or 0
// and fills `problem`.
std::size_t check_sequence(const unsigned char* p, std::size_t n, std::size_t i,
                           Utf8Problem& problem) {
  const unsigned char lead = p[i];
  auto fail = [&](const char* what) -> std::size_t {
    problem = {what, i, lead};
    return 0;
  };
  if (lead < 0xC0) return fail("unexpected continuation byte");
  if (lead < 0xC2) return fail("overlong encoding");
  if (lead > 0xF4) return fail(nullptr);  // never valid: the message names the byte

  const std::size_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  // The second byte's range depends on the lead byte (RFC 3629, section 4).
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  const char* below = "truncated sequence";
  const char* above = "truncated sequence";
  switch (lead) {
    case 0xE0: low = 0xA0, below = "overlong encoding"; break;
    case 0xED: high = 0x9F, above = "encoded surrogate"; break;
    case 0xF0: low = 0x90, below = "overlong encoding"; break;
    case 0xF4: high = 0x8F, above = "code point above U+10FFFF"; break;
    default: break;
  }
  for (std::size_t k = 1; k < length; ++k) {
    if (i + k >= n) return fail("truncated sequence at end of input");
    const unsigned char c = p[i + k];
    if (!is_continuation(c)) return fail("truncated sequence");
    if (k == 1 && c < low) return fail(below);
    if (k == 1 && c > high) return fail(above);
  }
  return length;
}

// Scans for the first invalid sequence; sets `ascii` to whether every byte is below 0x80.
Utf8Problem validate_utf8(const unsigned char* p, std::size_t n, bool& ascii) {
  Utf8Problem problem;
  ascii = true;
  std::size_t i = 0;
  while (i < n) {
    // ASCII fast path: 16 bytes, then 8, per test of the high bits.
    while (i + 16 <= n) {
      uint64_t a;
      uint64_t b;
      std::memcpy(&a, p + i, 8);
      std::memcpy(&b, p + i + 8, 8);
      if (((a | b) & kHighBits) != 0) break;
      i += 16;
    }
    if (i + 8 <= n) {
      uint64_t a;
      std::memcpy(&a, p + i, 8);
      const uint64_t mask = a & kHighBits;
      if (mask == 0) {
        i += 8;
        continue;
      }
      i += first_high_byte(mask);
    } else {
      while (i < n && p[i] < 0x80) ++i;
      if (i == n) break;
    }
    ascii = false;  // p[i] >= 0x80 here
    const std::size_t length = check_sequence(p, n, i, problem);
    if (length == 0) return problem;
    i += length;
  }
  problem.offset = n;
  return problem;
}

void append_number(std::string& out, uint64_t value) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

}  // namespace

bool SourceText::validate(std::string_view bytes) {
  if (bytes.size() > kMaxSize) {
    error_ = std::make_unique<SyntaxError>();
    std::string& message = error_->message;
    message = "Input too large: ";
    append_number(message, bytes.size());
    message += " bytes (the limit is ";
    append_number(message, kMaxSize);
    message += " bytes)";
    return false;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  bool ascii = true;
  const Utf8Problem problem = validate_utf8(p, bytes.size(), ascii);
  if (problem.offset < bytes.size()) {
    error_ = std::make_unique<SyntaxError>();
    SyntaxError& error = *error_;
    error.message = "Invalid UTF-8: ";
    if (problem.what != nullptr) {
      error.message += problem.what;
    } else {
      constexpr char kHex[] = "0123456789ABCDEF";
      error.message += "byte 0x";
      error.message += kHex[problem.byte >> 4];
      error.message += kHex[problem.byte & 0xF];
    }
    error.byte_offset = static_cast<uint32_t>(problem.offset);
    // The prefix before the bad sequence is valid, so it can be indexed like any text.
    locate(error, LineIndex(bytes.substr(0, problem.offset)));
    return false;
  }
  size_ = static_cast<uint32_t>(bytes.size());
  ascii_ = ascii;
  return true;
}

SourceText SourceText::from_bytes(std::string_view bytes) {
  SourceText source;
  if (!source.validate(bytes)) {
    source.storage_.assign(kPadding, '\0');
    return source;
  }
  source.storage_.reserve(bytes.size() + kPadding);
  source.storage_.append(bytes);
  source.storage_.append(kPadding, '\0');
  return source;
}

SourceText SourceText::adopt(std::string& bytes) {
  SourceText source;
  if (!source.validate(bytes)) {
    source.storage_.assign(kPadding, '\0');
    return source;
  }
  bytes.append(kPadding, '\0');
  source.storage_ = std::move(bytes);
  bytes.clear();
  return source;
}

}  // namespace essa
