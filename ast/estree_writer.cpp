// The ESTree writer: per node type one function of write_field calls, one per field, and one
// dispatching case, all expanded from nodes.def (STYLE.md section 3). Key order is acorn's:
// type, start, end, [loc], [range], then the fields in list order. Everything is streamed
// through JsonOut; no tree of JSON values is built.
#include <cstdio>
#include <string>

#include "essa/estree.h"
#include "estree_fields.h"
#include "json_out.h"

namespace essa::estree {

Writer::Writer(JsonOut& out, const LineIndex& index, const EstreeOptions& options)
    : out_(out),
      options_(options),
      starts_(index),
      ends_(index),
      direct_(index.is_ascii() && !options.loc) {}

SourcePosition Writer::position(Utf16Cursor& cursor, uint32_t byte_offset) {
  if (direct_) return {byte_offset, 1, 0};
  return cursor.position(byte_offset);
}

void Writer::write_position(const SourcePosition& p) {
  out_.begin_object();
  out_.key("line");
  out_.integer(p.line);
  out_.key("column");
  out_.integer(p.column);
  out_.end_object();
}

void Writer::positions(const Node& n) {
  const SourcePosition start = position(starts_, n.start);
  const SourcePosition end = position(ends_, n.end);
  out_.key("start");
  out_.integer(start.offset);
  out_.key("end");
  out_.integer(end.offset);
  if (options_.loc) {
    out_.key("loc");
    out_.begin_object();
    out_.key("start");
    write_position(start);
    out_.key("end");
    write_position(end);
    if (options_.source_file.data() != nullptr) {
      out_.key("source");
      out_.string(options_.source_file);
    }
    out_.end_object();
  }
  if (options_.range) {
    out_.key("range");
    out_.begin_array();
    out_.integer(start.offset);
    out_.integer(end.offset);
    out_.end_array();
  }
}

// The fields of each node, one function per node type, expanded from nodes.def: ESSA_NODE
// opens the function, each ESSA_FIELD writes its key and value through the write_field
// overload of its tag, ESSA_END closes it. One function per type (rather than one case per
// type in a single function) keeps each frame of the recursion down to the temporaries of
// one node's fields, even unoptimised or under AddressSanitizer.
namespace {
#define ESSA_NODE(T) \
  [[gnu::noinline]] void write_fields([[maybe_unused]] Writer& w, [[maybe_unused]] const T& node) {
#define ESSA_FIELD(m, key, Tag) write_field(w, key, tag::Tag{}, node.m);
#define ESSA_END(T) }
#include "essa/nodes.def"
}  // namespace

// Recursion: per tree level one frame of this function, of write_fields and of write_field
// (about 100 bytes in all optimised, 400 under ASan and UBSan). The depth follows the parser's
// limit (ParseOptions::max_depth); EstreeOptions::max_depth is the backstop that keeps any other
// tree from overflowing the stack. The work around the recursion is out of line so that it
// adds nothing to the recursive frames.
void Writer::write(const Node& n) {
  if (depth_ >= options_.max_depth) [[unlikely]] {
    cut();
    return;
  }
  open(n);
  switch (n.kind) {
#define ESSA_NODE(T)                               \
  case NodeKind::T:                                \
    write_fields(*this, static_cast<const T&>(n)); \
    break;
#define ESSA_FIELD(m, key, Tag)
#define ESSA_END(T)
#include "essa/nodes.def"
  }
  close();
}

[[gnu::noinline]] void Writer::open(const Node& n) {
  ++depth_;
  out_.begin_object();
  out_.key("type");
  out_.string(kind_name(n.kind));
  positions(n);
}

[[gnu::noinline]] void Writer::close() {
  out_.end_object();
  --depth_;
}

[[gnu::noinline, gnu::cold]] void Writer::cut() {
  too_deep_ = true;
  out_.null();
}

[[gnu::noinline]] void Writer::key(std::string_view k) { out_.key(k); }

[[gnu::noinline]] void Writer::null() { out_.null(); }

[[gnu::noinline]] void Writer::begin_list(std::string_view k) {
  out_.key(k);
  out_.begin_array();
}

[[gnu::noinline]] void Writer::end_list() { out_.end_array(); }

void write_field(Writer& w, std::string_view key, tag::Node, const Node* n) {
  w.key(key);
  if (n != nullptr) [[likely]] {
    w.write(*n);
  } else {
    w.null();  // a required child is missing only in a broken tree: keep the JSON valid
  }
}

void write_field(Writer& w, std::string_view key, tag::NodeOrNull, const Node* n) {
  write_field(w, key, tag::Node{}, n);
}

void write_field(Writer& w, std::string_view key, tag::NodeList, const NodeList& list) {
  w.begin_list(key);
  for (const Node* item : list) {
    if (item != nullptr) {
      w.write(*item);
    } else {
      w.null();
    }
  }
  w.end_list();
}

void write_field(Writer& w, std::string_view key, tag::NodeListWithHoles, const NodeList& list) {
  write_field(w, key, tag::NodeList{}, list);  // holes print as null either way
}

namespace {

bool write_root(JsonOut& out, const Node& root, const LineIndex& index,
                const EstreeOptions& options) {
  Writer w(out, index, options);
  w.write(root);
  return w.ok();
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
    ok = write_root(out, *result.program(), result.line_index(), options);
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
  JsonOut out(sink, ctx, options.pretty);
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
  return write_estree(sink, ctx, *result.program(), result.line_index(), options);
}

bool write_estree(std::FILE* file, const ParseResult& result, const EstreeOptions& options) {
  if (!result.ok()) return false;
  const bool ok = write_estree(json_sink_file, file, result, options);
  return ok && std::ferror(file) == 0;
}

std::string estree_json(const ParseResult& result, const EstreeOptions& options) {
  if (!result.ok()) return {};
  return estree_json(*result.program(), result.line_index(), options);
}

bool write_estree_record(EstreeSink sink, void* ctx, std::string_view file_name,
                         const ParseResult& result, const EstreeOptions& options) {
  EstreeOptions compact = options;
  compact.pretty = false;  // one record per line
  JsonOut out(sink, ctx, false);
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
