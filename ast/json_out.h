// Streaming JSON emitter whose bytes equal what Node's JSON.stringify prints for the same values
// (compact, or JSON.stringify(v, null, 2) in pretty mode). It appends to one buffer and hands
// full chunks to a plain function-pointer sink; no DOM is ever built.
#pragma once

#include <cassert>
#include <charconv>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

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

class JsonOut {
 public:
  // A sink is handed the buffer once it has grown past this many bytes.
  static constexpr std::size_t kFlushThreshold = 64 * 1024;

  // No sink: everything stays in the buffer; read it with str() or take().
  explicit JsonOut(bool pretty = false) : pretty_(pretty) {}
  JsonOut(JsonSink sink, void* ctx, bool pretty = false)
      : sink_(sink), sink_ctx_(ctx), pretty_(pretty) {
    buf_.reserve(kFlushThreshold + 4096);
  }
  JsonOut(const JsonOut&) = delete;
  JsonOut& operator=(const JsonOut&) = delete;
  // The destructor does not flush: the sink's ctx may be gone by then. Call flush() at the end.
  ~JsonOut() = default;

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // k is written as is, without escaping: keys in essa are known-safe ASCII literals.
  void key(std::string_view k) {
    assert(depth_ > 0 && state_ != State::AfterKey);
    if (state_ == State::Next) buf_.push_back(',');
    if (pretty_) newline_indent();
    buf_.push_back('"');
    buf_.append(k);
    if (pretty_) {
      buf_.append("\": ", 3);
    } else {
      buf_.append("\":", 2);
    }
    state_ = State::AfterKey;
  }

  // s is WTF-8: lone surrogates come out as \udxxx, as JSON.stringify prints them.
  void string(std::string_view s);

  void number(double v) {
    before_value();
    char tmp[kJsNumberMaxChars];
    buf_.append(tmp, static_cast<std::size_t>(format_js_number(v, tmp) - tmp));
  }

  // Exact decimal digits. Above 2^53 JavaScript would print the nearest double instead; use
  // number() for values that came from JavaScript numbers.
  template <std::integral T>
  void integer(T v) {
    before_value();
    char tmp[24];
    auto res = std::to_chars(tmp, tmp + sizeof tmp, v);
    buf_.append(tmp, static_cast<std::size_t>(res.ptr - tmp));
  }

  void boolean(bool v) {
    before_value();
    if (v) {
      buf_.append("true", 4);
    } else {
      buf_.append("false", 5);
    }
  }

  void null() {
    before_value();
    buf_.append("null", 4);
  }

  // One pre-formatted JSON value, written as is (not re-indented in pretty mode).
  void raw(std::string_view json) {
    before_value();
    buf_.append(json);
  }

  // Hands the buffer to the sink and empties it. Without a sink, does nothing.
  void flush();

  // The text not yet flushed (all of it when there is no sink).
  const std::string& str() const { return buf_; }
  std::string take() { return std::move(buf_); }

  bool pretty() const { return pretty_; }
  uint32_t depth() const { return depth_; }

 private:
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
    if (buf_.size() >= kFlushThreshold && sink_ != nullptr) [[unlikely]] {
      flush();
    }
    switch (state_) {
      case State::Top:
        return;
      case State::AfterKey:
        state_ = State::Next;
        return;
      case State::Next:
        buf_.push_back(',');
        break;
      case State::First:
        state_ = State::Next;
        break;
    }
    if (pretty_) newline_indent();
  }

  void open(char bracket) {
    before_value();
    buf_.push_back(bracket);
    ++depth_;
    state_ = State::First;
  }

  void close(char bracket) {
    assert(depth_ > 0 && state_ != State::AfterKey);
    --depth_;
    // JSON.stringify keeps an empty container on one line: {} and [].
    if (pretty_ && state_ == State::Next) newline_indent();
    buf_.push_back(bracket);
    state_ = depth_ == 0 ? State::Top : State::Next;
  }

  void newline_indent() {
    buf_.push_back('\n');
    buf_.append(std::size_t{depth_} * 2, ' ');
  }

  std::string buf_;
  JsonSink sink_ = nullptr;
  void* sink_ctx_ = nullptr;
  uint32_t depth_ = 0;
  State state_ = State::Top;
  bool pretty_ = false;
};

}  // namespace essa
