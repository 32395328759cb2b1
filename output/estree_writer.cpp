// The ESTree writer: per node type one function of write_field calls, one per field, and one
// dispatching case, all expanded from nodes.def (STYLE.md section 3). Key order is acorn's:
// type, start, end, [loc], [range], then the fields in list order. Everything is streamed
// through JsonOut; no tree of JSON values is built.
#include <array>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "essa/estree.h"
#include "estree_fields.h"
#include "json_out.h"
#include "positions.h"

namespace essa::estree {
namespace {

// `{"type":"Identifier","start":` for every kind, built from nodes.def and padded so that the
// copy is one fixed-size move. 52 bytes: the 20 of the frame and TS-ESTree's longest type,
// TSConstructSignatureDeclaration (31).
struct Prefix {
  char text[52];
  uint8_t size;
};
constexpr Prefix make_prefix(std::string_view type) {
  constexpr std::string_view kHead = "{\"type\":\"";
  constexpr std::string_view kTail = "\",\"start\":";
  Prefix p{};
  std::size_t n = 0;
  for (char c : kHead) p.text[n++] = c;
  for (char c : type) p.text[n++] = c;
  for (char c : kTail) p.text[n++] = c;
  p.size = static_cast<uint8_t>(n);
  return p;
}
constexpr std::array<Prefix, kNodeKindCount> kPrefixes = [] {
  std::array<Prefix, kNodeKindCount> t{};
#define ESSA_NODE(T) t[static_cast<std::size_t>(NodeKind::T)] = make_prefix(#T);
#define ESSA_FIELD(m, key, Tag)
#define ESSA_END(T)
#include "essa/nodes.def"
  return t;
}();

// The most a node's head writes in compact mode, fixed-size copies included: the prefix, then
// the positions (positions.h).
constexpr std::size_t kHeadBound = sizeof(Prefix::text) + kPositionsBound;

// Every node's own bytes (head, keys, scalar values, brackets, close) fit kNodeRoom.
#define ESSA_NODE(T) static_assert(kHeadBound + 1
#define ESSA_FIELD(m, key, Tag) +ESSA_ESTREE_KEY(key).size + value_bound(tag::Tag{})
#define ESSA_DERIVED(key, Tag) +ESSA_ESTREE_KEY(key).size + value_bound(tag::Tag{})
#define ESSA_TS_FIELD(m, key, Tag) +ESSA_ESTREE_KEY(key).size + value_bound(tag::Tag{})
#define ESSA_END(T) <= kNodeRoom, #T ": its fixed parts exceed kNodeRoom");
#include "essa/nodes.def"

}  // namespace

template <bool P>
Writer<P>::Writer(JsonOut& out, const LineIndex& index, const EstreeOptions& options)
    : out_(out),
      options_(options),
      position_options_{options.loc, options.range, options.source_file},
      starts_(index),
      ends_(index),
      bytes_are_units_(index.is_ascii() && !options.loc),
      plain_(bytes_are_units_ && !options.range) {}

template <bool P>
SourcePosition Writer<P>::position(Utf16Cursor& cursor, uint32_t byte_offset) {
  if (bytes_are_units_) return {byte_offset, 1, 0};
  return cursor.position(byte_offset);
}

// Everything after `"start":` but the plain byte offsets: UTF-16 offsets, loc, range.
template <bool P>
[[gnu::noinline]] char* Writer<P>::positions(char* o, const Node& n) {
  const SourcePosition start = position(starts_, n.start);
  ends_ = starts_;  // an end lies at or after its start, most often on the same line
  const SourcePosition end = position(ends_, n.end);
  return write_positions<P>(out_, o, start, end, position_options_, kNodeRoom);
}

// The fields of each node, one function per node type, expanded from nodes.def: ESSA_NODE
// opens the function, each ESSA_FIELD writes its key and value through the write_field
// overload of its tag, ESSA_END closes it. One function per type (rather than one case per
// type in a single function) keeps each frame of the recursion down to the temporaries of
// one node's fields, even unoptimised or under AddressSanitizer.
namespace {
#define ESSA_NODE(T)                                                             \
  template <bool P>                                                              \
  [[gnu::noinline]] char* write_fields([[maybe_unused]] Writer<P>& w, char* o,   \
                                       [[maybe_unused]] const T& node) {
#define ESSA_FIELD(m, key, Tag) o = write_field(w, o, ESSA_ESTREE_KEY(key), tag::Tag{}, node.m);
#define ESSA_DERIVED(key, Tag) o = write_derived(w, o, ESSA_ESTREE_KEY(key), tag::Tag{}, node);
// A side field (ast.h's ts_side) is looked up only for TS-ESTree output.
#define ESSA_TS_FIELD(m, key, Tag)                                                     \
  if (w.typescript()) [[unlikely]] {                                                   \
    using N = std::remove_cvref_t<decltype(node)>;                                     \
    o = write_field(w, o, ESSA_ESTREE_KEY(key), tag::Tag{},                            \
                    ts_side_value(node, &N::TsSide::m));                               \
  }
#define ESSA_END(T) \
  return o;         \
  }
#include "essa/nodes.def"
}  // namespace

// Recursion: per tree level one frame of this function and one of write_fields. The depth
// follows the parser's limit (ParseOptions::max_depth); EstreeOptions::max_depth is the
// backstop that keeps any other tree from overflowing the stack.
template <bool P>
char* Writer<P>::write(char* o, const Node& n) {
  if (depth_ >= options_.max_depth) [[unlikely]] return cut(o);
  o = open(o, n);
  o = fields(o, n);
  if (attachment_ != nullptr) [[unlikely]] o = attached(o, n);
  return close(o);
}

template <bool P>
[[gnu::always_inline]] inline char* Writer<P>::fields(char* o, const Node& n) {
  switch (n.kind) {
#define ESSA_NODE(T)                                       \
  case NodeKind::T:                                        \
    o = write_fields(*this, o, static_cast<const T&>(n)); \
    break;
#define ESSA_FIELD(m, key, Tag)
#define ESSA_END(T)
#include "essa/nodes.def"
  }
  return o;
}

template <bool P>
[[gnu::always_inline]] inline char* Writer<P>::offsets(char* o, const Node& n) {
  if constexpr (!P) {
    if (plain_) {
      o = json_detail::write_uint32(o, n.start);
      o = json_detail::write_literal(o, ",\"end\":");
      return json_detail::write_uint32(o, n.end);
    }
  }
  return positions(o, n);
}

namespace {
// A comment's range in the shape positions() takes (only start and end are read).
struct CommentRange : Node {
  explicit CommentRange(Span s) : Node(NodeKind::Program) {
    start = s.start;
    end = s.end;
  }
};
}  // namespace

// {"type":"Line"|"Block","value":V,"start":S,"end":E[,"loc":L][,"range":R]}: acorn's
// onComment array entry, where HTML-like comments and the hashbang are Line comments.
template <bool P>
char* Writer<P>::comment(char* o, const Comment& c, std::string_view text) {
  static constexpr Word kLine = make_word("Line");
  static constexpr Word kBlock = make_word("Block");
  o = begin_object(o);
  o = first_key(o, ESSA_ESTREE_KEY("type"));
  o = word(o, c.is_block() ? kBlock : kLine);
  o = key(o, ESSA_ESTREE_KEY("value"));
  o = string(o, c.value(text));
  if constexpr (!P) o = key(o, ESSA_ESTREE_KEY("start"));
  o = offsets(o, CommentRange(c.span));
  return end_object(o);
}

// `key` and an array of comments: list[ids[i]] for i < count, or the whole list when ids is
// null.
template <bool P>
char* Writer<P>::comment_array(char* o, Key k, std::span<const Comment> list, const uint32_t* ids,
                               std::size_t count, std::string_view text) {
  if constexpr (!P) o = out_.room_at(o, kNodeRoom);
  o = key(o, k);
  if constexpr (P) {
    out_.begin_array();
  } else {
    *o++ = '[';
  }
  for (std::size_t i = 0; i < count; ++i) {
    if constexpr (!P) {
      o = out_.room_at(o, kNodeRoom);
      if (i != 0) *o++ = ',';
    }
    o = comment(o, list[ids != nullptr ? ids[i] : i], text);
  }
  if constexpr (P) {
    out_.end_array();
  } else {
    o = out_.room_at(o, kNodeRoom);
    *o++ = ']';
  }
  return o;
}

template <bool P>
char* Writer<P>::write_with_comments(char* o, const Node& root, std::span<const Comment> comments,
                                     std::string_view text) {
  o = open(o, root);
  o = fields(o, root);
  if (attachment_ != nullptr) o = attached(o, root);
  o = comment_array(o, ESSA_ESTREE_KEY("comments"), comments, nullptr, comments.size(), text);
  return close(o);
}

template <bool P>
[[gnu::noinline]] char* Writer<P>::attached(char* o, const Node& n) {
  const CommentAttachment::Lists* lists = attachment_->find(n);
  if (lists == nullptr) return o;
  const auto write = [&](Key k, const std::vector<uint32_t>& ids) {
    if (!ids.empty()) {
      o = comment_array(o, k, attached_list_, ids.data(), ids.size(), attached_text_);
    }
  };
  write(ESSA_ESTREE_KEY("leadingComments"), lists->leading);
  write(ESSA_ESTREE_KEY("trailingComments"), lists->trailing);
  write(ESSA_ESTREE_KEY("innerComments"), lists->inner);
  return o;
}

template <bool P>
[[gnu::always_inline]] inline char* Writer<P>::open(char* o, const Node& n) {
  ++depth_;
  if constexpr (!P) {
    o = out_.room_at(o, kNodeRoom);  // checkpoint: the node's bytes up to a child or string
    const Prefix& prefix = kPrefixes[static_cast<std::size_t>(n.kind)];
    std::memcpy(o, prefix.text, sizeof prefix.text);
    o += prefix.size;
    return offsets(o, n);
  } else {
    out_.begin_object();
    out_.key("type");
    out_.string(kind_name(n.kind));
    return positions(o, n);
  }
}

template <bool P>
inline char* Writer<P>::close(char* o) {
  --depth_;
  if constexpr (!P) {
    *o++ = '}';
    return out_.room_at(o, kNodeRoom);  // checkpoint: the parent's bytes up to the next one
  } else {
    out_.end_object();
    return o;
  }
}

template <bool P>
[[gnu::noinline, gnu::cold]] char* Writer<P>::cut(char* o) {
  too_deep_ = true;
  o = null(o);
  if constexpr (!P) o = out_.room_at(o, kNodeRoom);
  return o;
}

template <bool P>
[[gnu::always_inline]] inline char* write_field(Writer<P>& w, char* o, Key key, tag::Node, const Node* n) {
  o = w.key(o, key);
  if (n != nullptr) [[likely]] return w.write(o, *n);
  return w.null(o);  // a required child is missing only in a broken tree: keep the JSON valid
}

template <bool P>
char* write_field(Writer<P>& w, char* o, Key key, tag::NodeOrNull, const Node* n) {
  return write_field(w, o, key, tag::Node{}, n);
}

template <bool P>
char* write_field(Writer<P>& w, char* o, Key key, tag::TsNodeOrAbsent, const Node* n) {
  if (n == nullptr) return o;  // always in acorn's output: the parse sets them only for TS
  return write_field(w, o, key, tag::Node{}, n);
}

template <bool P>
char* write_field(Writer<P>& w, char* o, Key key, tag::NodeList, const NodeList& list) {
  return w.list(w.key(o, key), list);
}

template <bool P>
char* write_field(Writer<P>& w, char* o, Key key, tag::NodeListWithHoles, const NodeList& list) {
  return write_field(w, o, key, tag::NodeList{}, list);  // holes print as null either way
}

template <bool P>
[[gnu::noinline]] char* Writer<P>::list(char* o, const NodeList& list) {
  if constexpr (!P) {
    *o++ = '[';
    bool first = true;
    for (const Node* item : list) {
      if (!first) *o++ = ',';
      first = false;
      if (item != nullptr) {
        o = write(o, *item);
      } else {
        o = out_.room_at(null(o), kNodeRoom);  // holes may run on without a node between
      }
    }
    *o++ = ']';
  } else {
    out_.begin_array();
    for (const Node* item : list) {
      if (item != nullptr) {
        write(o, *item);
      } else {
        out_.null();
      }
    }
    out_.end_array();
  }
  return o;
}

// Chunk handed to the sink. Larger than JsonOut's default: ASTs run to many MB, and copying
// them out (a string sink's append, a FILE's write) costs less per byte in big pieces.
// Writer alone on typescript.js (80 MB of JSON into a string, fastest of 21): 64 KB 37.5 ms,
// 1 MB 36.0 ms, 2 MB 33.1 ms, 4 MB 34.0 ms; essa-parse -o FILE: 140 -> 114-122 ms of CPU.
constexpr std::size_t kEstreeChunk = 2 << 20;

// The line index of a result, or none when the writer will not ask it anything (ASCII text,
// no loc: every offset is a byte offset), since building it costs a pass over the text.
const LineIndex& index_for(const ParseResult& result, const EstreeOptions& options) {
  static const LineIndex kNone;
  if (result.source().is_ascii() && !options.loc) return kNone;
  return result.line_index();
}

namespace {

// What a root is written with besides the tree: its comments (`list` in `text`, or none: no
// "comments" key) and the edition it was parsed at (keys older editions leave out).
struct RootInputs {
  bool wanted = false;
  std::span<const Comment> list;
  std::string_view text;
  const CommentAttachment* attachment = nullptr;  // attached comments to write on the nodes
  uint16_t ecma_version = ParseOptions::kEcmaLatest;  // the parse's (keys it leaves out)
};

template <bool P>
bool write_root(JsonOut& out, const Node& root, const LineIndex& index,
                const EstreeOptions& options, const RootInputs& inputs) {
  // The root takes one value slot of the checked layer (a record's "ast"); pretty mode's
  // checked calls take it themselves.
  if constexpr (!P) out.value_begin();
  Writer<P> w(out, index, options);
  if (inputs.attachment != nullptr) w.attach(inputs.attachment, inputs.list, inputs.text);
  w.set_ecma_version(inputs.ecma_version);
  char* o = P ? nullptr : out.cursor();
  if (inputs.wanted) [[unlikely]] {
    std::span<const Comment> listed = inputs.list;
    // typescript-estree's comments leave the hashbang out (TypeScript skips it as trivia).
    if (options.typescript && !listed.empty() && listed.front().kind == CommentKind::Hashbang) {
      listed = listed.subspan(1);
    }
    o = w.write_with_comments(o, root, listed, inputs.text);
  } else {
    o = w.write(o, root);
  }
  if constexpr (!P) out.set_cursor(o);
  return w.ok();
}

bool write_root(JsonOut& out, const Node& root, const LineIndex& index,
                const EstreeOptions& options, const RootInputs& inputs = {}) {
  return out.pretty() ? write_root<true>(out, root, index, options, inputs)
                      : write_root<false>(out, root, index, options, inputs);
}

RootInputs root_inputs(const ParseResult& result, const EstreeOptions& options) {
  RootInputs root;
  root.ecma_version = result.ecma_version();
  root.attachment = options.attach_comments ? result.attachment() : nullptr;
  if (options.comments || root.attachment != nullptr) {
    root.wanted = options.comments;
    root.list = result.comments();
    root.text = result.source().text();
  }
  return root;
}

void write_error(JsonOut& out, const SyntaxError& error) {
  out.begin_object();
  out.key("message");
  out.string(error.message);
  out.key("offset");
  out.integer(error.offset);
  out.key("line");
  out.integer(error.line);
  out.key("column");
  out.integer(error.column);
  out.key("raisedAt");
  out.integer(error.raised_at);
  out.end_object();
}

bool write_record(JsonOut& out, std::string_view file_name, const ParseResult& result,
                  const EstreeOptions& options) {
  out.begin_object();
  out.key("file");
  out.string(file_name);
  bool ok = true;
  if (result.ok()) {
    out.key("ast");
    ok = write_root(out, *result.program(), index_for(result, options), options,
                    root_inputs(result, options));
  } else {
    out.key("error");
    write_error(out, *result.error());
  }
  out.end_object();
  return ok;
}

}  // namespace
}  // namespace essa::estree

namespace essa {

bool write_estree(EstreeSink sink, void* ctx, const Node& root, const LineIndex& index,
                  const EstreeOptions& options) {
  JsonOut out(sink, ctx, options.pretty, estree::kEstreeChunk);
  const bool ok = estree::write_root(out, root, index, options);
  out.flush();
  return ok;
}

std::string estree_json(const Node& root, const LineIndex& index, const EstreeOptions& options) {
  JsonOut out(options.pretty);
  if (!estree::write_root(out, root, index, options)) return {};
  return out.take();
}

bool write_estree(EstreeSink sink, void* ctx, const ParseResult& result,
                  const EstreeOptions& options) {
  if (!result.ok()) return false;
  JsonOut out(sink, ctx, options.pretty, estree::kEstreeChunk);
  const bool ok = estree::write_root(out, *result.program(), estree::index_for(result, options),
                                     options, estree::root_inputs(result, options));
  out.flush();
  return ok;
}

bool write_estree(std::FILE* file, const ParseResult& result, const EstreeOptions& options) {
  if (!result.ok()) return false;
  const bool ok = write_estree(json_sink_file, file, result, options);
  return ok && std::ferror(file) == 0;
}

std::string estree_json(const ParseResult& result, const EstreeOptions& options) {
  if (!result.ok()) return {};
  JsonOut out(options.pretty);
  if (!estree::write_root(out, *result.program(), estree::index_for(result, options), options,
                          estree::root_inputs(result, options))) {
    return {};
  }
  return out.take();
}

bool write_estree_record(EstreeSink sink, void* ctx, std::string_view file_name,
                         const ParseResult& result, const EstreeOptions& options) {
  EstreeOptions compact = options;
  compact.pretty = false;  // one record per line
  JsonOut out(sink, ctx, false, estree::kEstreeChunk);
  const bool ok = estree::write_record(out, file_name, result, compact);
  out.flush();
  return ok;
}

bool write_estree_record(std::FILE* file, std::string_view file_name, const ParseResult& result,
                         const EstreeOptions& options) {
  const bool ok = write_estree_record(json_sink_file, file, file_name, result, options);
  return ok && std::ferror(file) == 0;
}

}  // namespace essa
