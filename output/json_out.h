// Streaming JSON emitter whose bytes equal what Node's JSON.stringify prints for the same values
// (compact, or JSON.stringify(v, null, 2) in pretty mode). It writes through a raw cursor into
// one chunk and hands full chunks to a plain function-pointer sink; no DOM is ever built.
//
// Two layers: the checked API (begin_object, key, string, ...) keeps the comma/indent state and
// checks room per token; the raw layer (room_at, put_quoted_at) leaves separators to
// the caller, who reserves room once for many writes (the ESTree writer, per node).
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

namespace essa {

// Receives the JSON text chunk by chunk, in order. A plain function pointer, not std::function,
// so that a flush costs one indirect call and nothing is allocated.
using JsonSink = void (*)(void* ctx, const char* data, std::size_t size);

// Sink whose ctx is a FILE*. Write errors are not reported here: check ferror() afterwards.
void json_sink_file(void* ctx, const char* data, std::size_t size);
// Sink whose ctx is a std::string*; appends to it.
void json_sink_string(void* ctx, const char* data, std::size_t size);

// Room format_js_number() may need ("-1.7976931348623157e+308" is 24 characters).
inline constexpr std::size_t kJsNumberMaxChars = 32;

// Writes v as JSON.stringify does: JavaScript's Number::toString (ECMA-262 6.1.6.1.20) on the
// shortest round-trip digits, "0" for -0 and "null" for NaN and the infinities. out must have
// kJsNumberMaxChars bytes of room. Returns one past the last character written.
char* format_js_number(double v, char* out);

namespace json_detail {
// "00".."99": two digits per table lookup.
inline constexpr char kDigitPairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

// Decimal digits of v (at most 20) written at out; returns the end.
inline char* write_uint(char* out, uint64_t v) {
  unsigned n = 1;
  for (uint64_t t = v; t >= 10; t /= 10) ++n;
  char* p = out + n;
  while (v >= 100) {
    const auto pair = static_cast<unsigned>(v % 100) * 2;
    v /= 100;
    p -= 2;
    std::memcpy(p, kDigitPairs + pair, 2);
  }
  if (v >= 10) {
    std::memcpy(p - 2, kDigitPairs + v * 2, 2);
  } else {
    p[-1] = static_cast<char>('0' + v);
  }
  return out + n;
}

// 32-bit values (every position): split into groups of four digits up front, so that the
// divisions of each group are independent instead of one long chain.
[[gnu::always_inline]] inline char* write_up_to_4_digits(char* out, uint32_t v) {  // v < 10000
  if (v < 100) {
    if (v < 10) {
      *out = static_cast<char>('0' + v);
      return out + 1;
    }
    std::memcpy(out, kDigitPairs + v * 2, 2);
    return out + 2;
  }
  const uint32_t high = v / 100;
  const uint32_t low = v % 100;
  if (high < 10) {
    *out = static_cast<char>('0' + high);
    std::memcpy(out + 1, kDigitPairs + low * 2, 2);
    return out + 3;
  }
  std::memcpy(out, kDigitPairs + high * 2, 2);
  std::memcpy(out + 2, kDigitPairs + low * 2, 2);
  return out + 4;
}
[[gnu::always_inline]] inline char* write_4_digits(char* out, uint32_t v) {  // v < 10000
  std::memcpy(out, kDigitPairs + (v / 100) * 2, 2);
  std::memcpy(out + 2, kDigitPairs + (v % 100) * 2, 2);
  return out + 4;
}
[[gnu::always_inline]] inline char* write_uint32(char* out, uint32_t v) {
  if (v < 10000) return write_up_to_4_digits(out, v);
  if (v < 100000000) {
    out = write_up_to_4_digits(out, v / 10000);
    return write_4_digits(out, v % 10000);
  }
  const uint32_t rest = v % 100000000;
  out = write_up_to_4_digits(out, v / 100000000);
  out = write_4_digits(out, rest / 10000);
  return write_4_digits(out, rest % 10000);
}

// Copies a string literal without its NUL; returns the end.
template <std::size_t N>
[[gnu::always_inline]] inline char* write_literal(char* out, const char (&s)[N]) {
  std::memcpy(out, s, N - 1);
  return out + (N - 1);
}
}  // namespace json_detail

class JsonOut {
 public:
  // The default chunk size: a sink is handed the text in chunks of about this many bytes.
  static constexpr std::size_t kFlushThreshold = 64 * 1024;

  // No sink: everything stays in the buffer; read it with str() or take().
  explicit JsonOut(bool pretty = false);
  // chunk_size: how much is buffered before the sink is called (at least 4 KB).
  JsonOut(JsonSink sink, void* ctx, bool pretty = false,
          std::size_t chunk_size = kFlushThreshold);
  JsonOut(const JsonOut&) = delete;
  JsonOut& operator=(const JsonOut&) = delete;
  // The destructor does not flush: the sink's ctx may be gone by then. Call flush() at the end.
  ~JsonOut();

  // ---- Checked API: separators, indentation and room are handled per call.
  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // k is written as is, without escaping: keys in essa are known-safe ASCII literals.
  void key(std::string_view k) {
    assert(depth_ > 0 && state_ != State::AfterKey);
    if (state_ == State::Next) {
      room(1);
      put_char(',');
    }
    if (pretty_) newline_indent();
    room(k.size() + 4);
    put_char('"');
    put(k.data(), k.size());
    if (pretty_) {
      put("\": ", 3);
    } else {
      put("\":", 2);
    }
    state_ = State::AfterKey;
  }

  // s is WTF-8: lone surrogates come out as \udxxx, as JSON.stringify prints them.
  void string(std::string_view s) {
    before_value();
    put_quoted(s, 0);
  }

  void number(double v) {
    before_value();
    room(kJsNumberMaxChars);
    cur_ = format_js_number(v, cur_);
  }

  // Exact decimal digits. Above 2^53 JavaScript would print the nearest double instead; use
  // number() for values that came from JavaScript numbers.
  template <class T>
    requires std::is_integral_v<T>
  void integer(T v) {
    before_value();
    room(24);
    if constexpr (std::is_signed_v<T>) {
      if (v < 0) {
        put_char('-');
        cur_ = json_detail::write_uint(cur_, 0 - static_cast<uint64_t>(v));
        return;
      }
    }
    cur_ = json_detail::write_uint(cur_, static_cast<uint64_t>(v));
  }

  void boolean(bool v) {
    before_value();
    room(5);
    if (v) {
      put("true", 4);
    } else {
      put("false", 5);
    }
  }

  void null() {
    before_value();
    room(4);
    put("null", 4);
  }

  // One pre-formatted JSON value, written as is (not re-indented in pretty mode).
  void raw(std::string_view json) {
    before_value();
    room(json.size());
    put(json.data(), json.size());
  }

  // Hands the buffer to the sink and empties it. Without a sink, does nothing.
  void flush();

  // The text not yet flushed (all of it when there is no sink).
  std::string_view str() const { return {begin_, static_cast<std::size_t>(cur_ - begin_)}; }
  // All text not yet flushed, as a string; the buffer is emptied.
  std::string take();

  bool pretty() const { return pretty_; }
  uint32_t depth() const { return depth_; }

  // ---- Raw layer, for a caller that keeps the cursor in a local (a register) for many writes:
  // cursor() hands it out, the *_at calls take and return it, set_cursor() gives it back. The
  // caller reserves with room_at(o, n), may then write n bytes at o without further checks,
  // and places every separator itself. value_begin() tells the checked layer that one value
  // written this way takes the next value slot.
  void value_begin() { before_value(); }
  char* cursor() const { return cur_; }
  void set_cursor(char* p) {
    assert(p >= begin_ && p <= end_);
    cur_ = p;
  }
  // At least n bytes free at the returned cursor. May flush or grow.
  char* room_at(char* o, std::size_t n) {
    if (static_cast<std::size_t>(end_ - o) < n) [[unlikely]] return refill_at(o, n);
    return o;
  }
  // s quoted and escaped at o, checking its own room; afterwards `after` bytes are free.
  char* put_quoted_at(char* o, std::string_view s, std::size_t after) {
    // Worst case per input byte is 6 output bytes (\u00xx); short strings reserve it at once
    // (+16: the quotes and the 8-byte stores of the escaper).
    if (s.size() <= kShortString &&
        static_cast<std::size_t>(end_ - o) >= kEscapeFactor * s.size() + after + 16) [[likely]] {
      return put_quoted_unchecked(o, s);
    }
    cur_ = o;
    put_quoted_long(s, after);
    return cur_;
  }

 private:
  static constexpr std::size_t kShortString = 512;

  void room(std::size_t n) {
    if (static_cast<std::size_t>(end_ - cur_) < n) [[unlikely]] refill(n);
  }
  void put(const char* s, std::size_t n) {
    assert(static_cast<std::size_t>(end_ - cur_) >= n);
    std::memcpy(cur_, s, n);
    cur_ += n;
  }
  void put_char(char c) {
    assert(cur_ < end_);
    *cur_++ = c;
  }
  void put_quoted(std::string_view s, std::size_t after) { cur_ = put_quoted_at(cur_, s, after); }
  char* refill_at(char* o, std::size_t n) {
    cur_ = o;
    refill(n);
    return cur_;
  }
  static constexpr std::size_t kEscapeFactor = 6;

  // Where the next value lands in the innermost open container. No stack of these is needed:
  // after a child container closes, its parent holds at least one element, so it is Next
  // (or Top when the child was a top-level value).
  enum class State : uint8_t {
    Top,       // outside any container: top-level values get no separator
    First,     // container opened, nothing in it yet
    Next,      // container holds at least one element: the next one needs a comma
    AfterKey,  // key written, its value comes next
  };

  void before_value() {
    switch (state_) {
      case State::Top:
        return;
      case State::AfterKey:
        state_ = State::Next;
        return;
      case State::Next:
        room(1);
        put_char(',');
        break;
      case State::First:
        state_ = State::Next;
        break;
    }
    if (pretty_) newline_indent();
  }

  void open(char bracket) {
    before_value();
    room(1);
    put_char(bracket);
    ++depth_;
    state_ = State::First;
  }

  void close(char bracket) {
    assert(depth_ > 0 && state_ != State::AfterKey);
    --depth_;
    // JSON.stringify keeps an empty container on one line: {} and [].
    if (pretty_ && state_ == State::Next) newline_indent();
    room(1);
    put_char(bracket);
    state_ = depth_ == 0 ? State::Top : State::Next;
  }

  void newline_indent() {
    const std::size_t n = 1 + std::size_t{depth_} * 2;
    room(n);
    *cur_ = '\n';
    std::memset(cur_ + 1, ' ', n - 1);
    cur_ += n;
  }

  // Flushes to the sink, or grows the buffer, until n bytes fit.
  void refill(std::size_t n);
  void grow(std::size_t min_capacity);
  // Escapes s into out, which has room for 6 * s.size() + 16 bytes; returns the end.
  static char* put_quoted_unchecked(char* out, std::string_view s);
  void put_quoted_long(std::string_view s, std::size_t after);

  char* begin_ = nullptr;
  char* cur_ = nullptr;
  char* end_ = nullptr;
  JsonSink sink_ = nullptr;
  void* sink_ctx_ = nullptr;
  uint32_t depth_ = 0;
  State state_ = State::Top;
  bool pretty_ = false;
};

}  // namespace essa
