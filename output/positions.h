// The one position writer of every JSON output (ESTree nodes, espree tokens): a value's
// "start", "end", optional "loc" {start, end[, source]} and optional "range" [start, end],
// in acorn's key order, from two positions already converted to UTF-16 units and lines.
//
// Compact style writes through JsonOut's raw layer from just after `"start":` (the ESTree
// writer's node prefix ends in that key) within room the caller reserved; pretty style writes
// every key through the checked layer, which keeps JSON.stringify's indentation.
#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>

#include "essa/source.h"
#include "json_out.h"

namespace essa {

struct PositionOptions {
  bool loc = false;
  bool range = false;
  std::string_view source_file;  // loc.source when data() != nullptr
};

// The most write_positions puts down in compact style, "source" aside (a string reserves its
// own room): digits of two offsets, loc (about 100 bytes) and range (about 40).
inline constexpr std::size_t kPositionsBound = 10 + 7 + 10 + 128 + 48;

namespace positions_detail {
inline void write_line_column(JsonOut& out, const SourcePosition& p) {
  out.begin_object();
  out.key("line");
  out.integer(p.line);
  out.key("column");
  out.integer(p.column);
  out.end_object();
}
}  // namespace positions_detail

// Through the checked layer: "loc": {"start": {line, column}, "end": {...}[, "source"]}
// ("source" when source_file.data() != nullptr).
inline void write_loc(JsonOut& out, const SourcePosition& start, const SourcePosition& end,
                      std::string_view source_file) {
  out.key("loc");
  out.begin_object();
  out.key("start");
  positions_detail::write_line_column(out, start);
  out.key("end");
  positions_detail::write_line_column(out, end);
  if (source_file.data() != nullptr) {
    out.key("source");
    out.string(source_file);
  }
  out.end_object();
}

// Through the checked layer: "range": [start, end].
inline void write_range(JsonOut& out, const SourcePosition& start, const SourcePosition& end) {
  out.key("range");
  out.begin_array();
  out.integer(start.offset);
  out.integer(end.offset);
  out.end_array();
}

// Compact (`kPretty` false): `o` is just after `"start":` with kPositionsBound bytes free;
// returns the end, with `after` bytes free once a "source" string was written. Pretty: `o` is
// passed through; the checked layer writes from the "start" key on.
template <bool kPretty>
[[gnu::always_inline]] inline char* write_positions(JsonOut& out, char* o,
                                                    const SourcePosition& start,
                                                    const SourcePosition& end,
                                                    const PositionOptions& options,
                                                    std::size_t after) {
  if constexpr (!kPretty) {
    using json_detail::write_literal;
    using json_detail::write_uint32;
    char* const start_digits = o;
    o = write_uint32(o, start.offset);
    const auto start_size = static_cast<std::size_t>(o - start_digits);
    o = write_literal(o, ",\"end\":");
    char* const end_digits = o;
    o = write_uint32(o, end.offset);
    const auto end_size = static_cast<std::size_t>(o - end_digits);
    bool digits_in_buffer = true;  // a "source" string may flush them away
    if (options.loc) {
      o = write_literal(o, ",\"loc\":{\"start\":{\"line\":");
      o = write_uint32(o, start.line);
      o = write_literal(o, ",\"column\":");
      o = write_uint32(o, start.column);
      o = write_literal(o, "},\"end\":{\"line\":");
      o = write_uint32(o, end.line);
      o = write_literal(o, ",\"column\":");
      o = write_uint32(o, end.column);
      *o++ = '}';
      if (options.source_file.data() != nullptr) [[unlikely]] {
        o = write_literal(o, ",\"source\":");
        o = out.put_quoted_at(o, options.source_file, after);
        digits_in_buffer = false;
      }
      *o++ = '}';
    }
    if (options.range) {
      o = write_literal(o, ",\"range\":[");
      if (digits_in_buffer) [[likely]] {
        // The offsets again: copied from where "start" and "end" put them (at most 10 digits,
        // moved as 16 bytes within the reserved room; the second move may overlap its source).
        std::memmove(o, start_digits, 16);
        o += start_size;
        *o++ = ',';
        std::memmove(o, end_digits, 16);
        o += end_size;
      } else {
        o = write_uint32(o, start.offset);
        *o++ = ',';
        o = write_uint32(o, end.offset);
      }
      *o++ = ']';
    }
  } else {
    out.key("start");
    out.integer(start.offset);
    out.key("end");
    out.integer(end.offset);
    if (options.loc) write_loc(out, start, end, options.source_file);
    if (options.range) write_range(out, start, end);
  }
  return o;
}

}  // namespace essa
