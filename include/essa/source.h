// Source text: the input bytes, validated as UTF-8 and padded, and the line index that turns
// byte offsets into the positions JavaScript tools report (UTF-16 offsets, line, column).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace essa {

// A half-open range of byte offsets into the source.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
};

// Line is 1-based; column is 0-based and counted in UTF-16 code units, as acorn counts.
struct LineColumn {
  uint32_t line = 1;
  uint32_t column = 0;
  friend bool operator==(const LineColumn&, const LineColumn&) = default;
};

// A syntax or input error, positioned the way acorn reports it.
struct SyntaxError {
  std::string message;
  uint32_t byte_offset = 0;  // into the source bytes
  uint32_t offset = 0;       // UTF-16 code units from the start
  uint32_t line = 1;
  uint32_t column = 0;
  // acorn's raisedAt: where its scanner stood when the error was raised, in UTF-16 code units
  // (often the end of the token after the offending one). The error's own offset when it
  // did not come from the parse (the input's UTF-8) or the parse says nothing else.
  uint32_t raised_at = 0;
};

// The input: a private copy of the bytes followed by kPadding NUL bytes, so the lexer may
// look a few bytes ahead without bounds checks. Construction validates UTF-8; a leading BOM
// stays in the text (it counts as one UTF-16 unit, as in a JavaScript string) and the lexer
// skips it as white space.
class SourceText {
 public:
  static constexpr std::size_t kPadding = 64;
  // Offsets are uint32_t; the largest input leaves room for the padding.
  static constexpr std::size_t kMaxSize = 0xFFFFFFFFu - kPadding;

  SourceText() = default;
  // Copies and validates. On invalid UTF-8 or an oversized input, error() is set and the
  // text is empty.
  static SourceText from_bytes(std::string_view bytes);
  // Validates and, when the bytes are valid, takes them over without a copy (`bytes` is left
  // empty; room for the padding is added, so reserve size() + kPadding to avoid a
  // reallocation). On an error, `bytes` is left as it was, for the caller's report.
  static SourceText adopt(std::string& bytes);

  bool ok() const { return !error_; }
  const SyntaxError* error() const { return error_.get(); }

  std::string_view text() const { return {data(), size_}; }
  const char* data() const { return storage_.empty() ? nullptr : storage_.data(); }  // NUL-padded
  uint32_t size() const { return size_; }
  bool is_ascii() const { return ascii_; }

 private:
  // Checks size and UTF-8; on a problem, fills error_ and returns false.
  bool validate(std::string_view bytes);

  std::string storage_;  // the text, then kPadding NUL bytes; empty when default-constructed
  uint32_t size_ = 0;
  bool ascii_ = true;
  std::unique_ptr<SyntaxError> error_;
};

// Maps byte offsets to UTF-16 offsets and line/column. Built once in one pass over the text;
// a lookup is a binary search over line starts plus at most one short block scan. It keeps a
// view of the text, which must outlive it. Offsets past the end are treated as the end.
class LineIndex {
 public:
  LineIndex() : LineIndex(std::string_view{}) {}  // one empty line
  explicit LineIndex(std::string_view text);

  uint32_t utf16_offset(uint32_t byte_offset) const;
  LineColumn line_column(uint32_t byte_offset) const;
  // 1-based line containing byte_offset.
  uint32_t line_of(uint32_t byte_offset) const;
  // Byte offset where a 1-based line starts.
  uint32_t line_start(uint32_t line) const { return line_starts_[line - 1]; }
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts_.size()); }
  // The bytes of a 1-based line, without its terminator.
  std::string_view line_text(uint32_t line) const;
  std::string_view text() const { return text_; }
  // True when UTF-16 offsets equal byte offsets (the text is ASCII).
  bool is_ascii() const { return block_utf16_.empty(); }

 private:
  friend class Utf16Cursor;
  static constexpr uint32_t kBlockShift = 6;  // one UTF-16 checkpoint per 64 bytes
  // UTF-16 offset where a 0-based line index starts; index line_count() is the text's end.
  uint32_t line_utf16(uint32_t line_index) const {
    if (line_utf16_.empty()) {
      return line_index < line_starts_.size() ? line_starts_[line_index]
                                              : static_cast<uint32_t>(text_.size());
    }
    return line_utf16_[line_index];
  }
  std::string_view text_;
  std::vector<uint32_t> line_starts_;
  std::vector<uint32_t> line_utf16_;   // per line, then the end; empty when the text is ASCII
  std::vector<uint32_t> block_utf16_;  // empty when the text is ASCII
};

// Fills in offset, line and column of an error from its byte offset; raised_at = offset.
void locate(SyntaxError& error, const LineIndex& index);

// A position as acorn reports it: UTF-16 offset, 1-based line, UTF-16 column.
struct SourcePosition {
  uint32_t offset = 0;
  uint32_t line = 1;
  uint32_t column = 0;
  friend bool operator==(const SourcePosition&, const SourcePosition&) = default;
};

// Converts many byte offsets that arrive roughly in order (as an ESTree writer emits them).
// It holds the current line: an offset on it costs a subtraction when the line is ASCII, a
// count of the bytes walked otherwise. Another line is found by galloping forward from the
// current one (a node's end from its start) or by binary search; a walk within a non-ASCII
// line longer than kMaxWalk bytes asks the index.
class Utf16Cursor {
 public:
  static constexpr uint32_t kMaxWalk = 256;

  explicit Utf16Cursor(const LineIndex& index);  // starts at byte offset 0

  SourcePosition position(uint32_t byte_offset) {
    if (byte_offset >= line_start_ && byte_offset < line_end_ && line_ascii_) [[likely]] {
      const uint32_t column = byte_offset - line_start_;
      return {line_start_utf16_ + column, line_, column};
    }
    return position_slow(byte_offset);
  }
  uint32_t utf16_offset(uint32_t byte_offset) { return position(byte_offset).offset; }

 private:
  SourcePosition position_slow(uint32_t byte_offset);
  void enter_line(uint32_t line_index);  // 0-based

  const LineIndex* index_;
  uint32_t line_ = 1;              // 1-based
  uint32_t line_start_ = 0;        // byte offset where line_ starts
  uint32_t line_end_ = 0;          // where the next line starts; past the end on the last line
  uint32_t line_start_utf16_ = 0;
  bool line_ascii_ = true;
  uint32_t byte_ = 0;   // on a non-ASCII line: the last offset converted
  uint32_t utf16_ = 0;  // and its UTF-16 offset
};

}  // namespace essa
