// Comments, collected by the parse when ParseOptions::comments asks for them (nothing is
// collected, and nothing costs, otherwise). Each is a kind and the byte range of the whole
// comment, delimiters included; the value is the text between the delimiters.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "essa/source.h"

namespace essa {

enum class CommentKind : uint8_t {
  Line,       // `// ...`
  Block,      // `/* ... */`
  HtmlOpen,   // `<!-- ...` (Annex B, script goal only)
  HtmlClose,  // `--> ...` at the start of a line (Annex B, script goal only)
  Hashbang,   // `#! ...` on the first line
};

struct Comment {
  CommentKind kind = CommentKind::Line;
  Span span;  // byte offsets, delimiters included

  // acorn's onComment `block` argument: everything but a block comment reports as "Line".
  bool is_block() const { return kind == CommentKind::Block; }
  // The value's byte range: without `//`, `/*` `*/`, `<!--`, `-->` or `#!`.
  Span value_span() const {
    switch (kind) {
      case CommentKind::Line:
      case CommentKind::Hashbang: return {span.start + 2, span.end};
      case CommentKind::Block: return {span.start + 2, span.end - 2};
      case CommentKind::HtmlOpen: return {span.start + 4, span.end};
      case CommentKind::HtmlClose: return {span.start + 3, span.end};
    }
    return span;
  }
  std::string_view value(std::string_view source) const {
    const Span v = value_span();
    return source.substr(v.start, v.end - v.start);
  }
};
static_assert(sizeof(Comment) == 12);

struct Node;

// Which comments lead, trail or sit inside which node, by Babel's attachComment rules
// (ParseOptions::attach_comments; the rules are in docs/cli.md). Lists hold indexes into the
// comment list, in source order.
class CommentAttachment {
 public:
  struct Lists {
    std::vector<uint32_t> leading;   // before the node: Babel's leadingComments
    std::vector<uint32_t> trailing;  // after it: trailingComments
    std::vector<uint32_t> inner;     // inside a node with nothing else there: innerComments
  };
  // The node's lists, or null when no comment is attached to it.
  const Lists* find(const Node& node) const {
    const auto it = lists_.find(&node);
    return it == lists_.end() ? nullptr : &it->second;
  }
  std::size_t size() const { return lists_.size(); }  // nodes with comments
  Lists& of(const Node& node) { return lists_[&node]; }

 private:
  std::unordered_map<const Node*, Lists> lists_;
};

// Attaches `comments` (all of `text`'s, in source order) to the tree under `root` in a
// separate pass after the parse.
CommentAttachment attach_comments(const Node& root, std::span<const Comment> comments,
                                  std::string_view text);

}  // namespace essa
