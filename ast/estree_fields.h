// The ESTree writer's state and its field writers, one write_field overload per nodes.def tag.
// The writer loop (estree_writer.cpp) expands every ESSA_FIELD into
//   write_field(w, "key", tag::Tag{}, node.member);
// so each tag alone decides whether its key appears and how its value is printed. Child nodes
// are written in estree_writer.cpp, every other value (plain ones, and the irregular Literal
// value/regex/bigint, TemplateElement value and absent strings) in estree_values.cpp.
#pragma once

#include <cstdint>
#include <string_view>

#include "essa/ast.h"
#include "essa/estree.h"
#include "essa/source.h"
#include "json_out.h"

namespace essa::estree {

// One empty type per tag of nodes.def: the C++ type of a field does not tell them apart
// (Node and NodeOrNull are both Node*, Str and Name both string_view).
namespace tag {
struct Node {};
struct NodeOrNull {};
struct NodeList {};
struct NodeListWithHoles {};
struct Name {};
struct Str {};
struct StrOrAbsent {};
struct Bool {};
struct Operator {};
struct VarKind {};
struct PropKind {};
struct MethodKind {};
struct SourceType {};
struct LiteralValue {};
struct RegexOrAbsent {};
struct TemplateValue {};
}  // namespace tag

class Writer {
 public:
  Writer(JsonOut& out, const LineIndex& index, const EstreeOptions& options);

  // Writes one node and its subtree as a JSON object.
  void write(const Node& n);
  // Out-of-line pieces for the child writers, which are on the recursion path.
  void key(std::string_view k);
  void null();
  void begin_list(std::string_view k);
  void end_list();
  // False once a subtree deeper than options.max_depth was cut short.
  bool ok() const { return !too_deep_; }
  JsonOut& out() { return out_; }

 private:
  // Opens a node's object: "type", "start", "end", ["loc"], ["range"].
  void open(const Node& n);
  void positions(const Node& n);
  void close();
  // Stands in for a subtree past the depth limit.
  void cut();
  SourcePosition position(Utf16Cursor& cursor, uint32_t byte_offset);
  void write_position(const SourcePosition& p);

  JsonOut& out_;
  const EstreeOptions& options_;
  // Starts arrive in ascending order in a preorder walk, ends almost so; a cursor for each
  // keeps both conversions incremental.
  Utf16Cursor starts_;
  Utf16Cursor ends_;
  bool direct_;  // ASCII text and no loc: UTF-16 offsets are the byte offsets
  bool too_deep_ = false;
  uint32_t depth_ = 0;
};

// Child nodes (estree_writer.cpp).
void write_field(Writer& w, std::string_view key, tag::Node, const Node* n);
void write_field(Writer& w, std::string_view key, tag::NodeOrNull, const Node* n);
void write_field(Writer& w, std::string_view key, tag::NodeList, const NodeList& list);
void write_field(Writer& w, std::string_view key, tag::NodeListWithHoles, const NodeList& list);

// Irregular values (estree_values.cpp).
void write_field(Writer& w, std::string_view key, tag::StrOrAbsent, std::string_view s);
void write_field(Writer& w, std::string_view key, tag::LiteralValue, const LiteralValue& v);
void write_field(Writer& w, std::string_view key, tag::RegexOrAbsent, const RegexValue& v);
void write_field(Writer& w, std::string_view key, tag::TemplateValue, const TemplateValue& v);

// Plain values (estree_values.cpp, out of line like the rest: these calls sit in the
// recursive write_fields frames, which stay smallest when they only pass registers).
void write_field(Writer& w, std::string_view key, tag::Name, std::string_view s);
void write_field(Writer& w, std::string_view key, tag::Str, std::string_view s);
void write_field(Writer& w, std::string_view key, tag::Bool, bool b);
void write_field(Writer& w, std::string_view key, tag::Operator, essa::Operator op);
void write_field(Writer& w, std::string_view key, tag::VarKind, essa::VarKind k);
void write_field(Writer& w, std::string_view key, tag::PropKind, essa::PropKind k);
void write_field(Writer& w, std::string_view key, tag::MethodKind, essa::MethodKind k);
void write_field(Writer& w, std::string_view key, tag::SourceType, essa::SourceType k);

}  // namespace essa::estree
