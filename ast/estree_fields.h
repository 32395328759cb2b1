// The ESTree writer's state and its field writers, one write_field overload per nodes.def tag.
// The writer loop (estree_writer.cpp) expands every ESSA_FIELD into
//   write_field(w, ESSA_ESTREE_KEY("key"), tag::Tag{}, node.member);
// so each tag alone decides whether its key appears and how its value is printed. Child nodes
// are written in estree_writer.cpp, irregular values (Literal value/regex, TemplateElement
// value, absent strings) in estree_values.cpp, plain values inline below.
//
// The writer is a template on the output style. Compact JSON goes through JsonOut's raw layer:
// every field follows type/start/end, so a key is always the fixed fragment `,"key":`, and room
// is reserved once per node (kNodeRoom) instead of per token. Pretty JSON uses the checked
// layer, which keeps JSON.stringify's indentation.
#pragma once

#include <cstddef>
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

// A key as compact JSON writes it after an earlier member: `,"key":`, a literal whose length is
// a constant. The bare key (pretty mode) sits inside it.
struct Key {
  const char* text;
  uint32_t size;
  std::string_view name() const { return {text + 2, size - 4}; }
};
#define ESSA_ESTREE_KEY(k) \
  ::essa::estree::Key { ",\"" k "\":", sizeof(",\"" k "\":") - 1 }

// Free bytes the compact writer guarantees at each checkpoint (entering and leaving a node,
// after a string): enough for all of one node's own bytes between them. estree_writer.cpp
// checks every node of nodes.def against it at compile time.
inline constexpr std::size_t kNodeRoom = 1024;

// A short ASCII word that needs no escaping, quoted and padded for one fixed-size copy.
struct Word {
  char text[16];
  uint8_t size;
};
constexpr Word make_word(std::string_view s) {
  Word w{};
  w.text[0] = '"';
  for (std::size_t i = 0; i < s.size(); ++i) w.text[i + 1] = s[i];
  w.text[s.size() + 1] = '"';
  w.size = static_cast<uint8_t>(s.size() + 2);
  return w;
}
inline constexpr Word kOperatorWords[] = {
#define ESSA_OP(Name, spelling) make_word(spelling),
    ESSA_OPERATORS(ESSA_OP)
#undef ESSA_OP
};

template <bool kPretty>
class Writer {
 public:
  Writer(JsonOut& out, const LineIndex& index, const EstreeOptions& options);

  // Writes one node and its subtree as a JSON object.
  void write(const Node& n);
  // A list of child nodes, holes as null.
  void list(const NodeList& list);
  // False once a subtree deeper than options.max_depth was cut short.
  bool ok() const { return !too_deep_; }

  // Output primitives for the field writers. In compact mode they rely on the room reserved
  // at the last checkpoint.
  void key(Key k) {
    if constexpr (kPretty) {
      out_.key(k.name());
    } else {
      out_.put(k.text, k.size);
    }
  }
  // The first key of a nested object: no comma before it.
  void first_key(Key k) {
    if constexpr (kPretty) {
      out_.key(k.name());
    } else {
      out_.put(k.text + 1, k.size - 1);
    }
  }
  void begin_object() {
    if constexpr (kPretty) {
      out_.begin_object();
    } else {
      out_.put_char('{');
    }
  }
  void end_object() {
    if constexpr (kPretty) {
      out_.end_object();
    } else {
      out_.put_char('}');
    }
  }
  void string(std::string_view s) {
    if constexpr (kPretty) {
      out_.string(s);
    } else {
      out_.put_quoted(s, kNodeRoom);
    }
  }
  void word(const Word& w) {
    if constexpr (kPretty) {
      out_.string({w.text + 1, w.size - 2u});
    } else {
      out_.put_padded(w.text, sizeof w.text, w.size);
    }
  }
  // A short known-safe spelling (enum names): no escaping needed.
  void word(std::string_view s) {
    if constexpr (kPretty) {
      out_.string(s);
    } else {
      out_.put_char('"');
      out_.put(s.data(), s.size());
      out_.put_char('"');
    }
  }
  void boolean(bool b) {
    if constexpr (kPretty) {
      out_.boolean(b);
    } else {
      static constexpr char kText[2][8] = {"false", "true"};
      out_.put_padded(kText[b], 8, b ? 4 : 5);
    }
  }
  void null() {
    if constexpr (kPretty) {
      out_.null();
    } else {
      out_.put("null");
    }
  }
  void number(double v) {
    if constexpr (kPretty) {
      out_.number(v);
    } else {
      out_.put_number(v);
    }
  }

 private:
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
  bool bytes_are_units_;  // ASCII text and no loc: every position is its byte offset
  bool plain_;            // and no range either: the head is just start and end
  bool too_deep_ = false;
  uint32_t depth_ = 0;
};

// Largest number of bytes a field writes in compact mode between checkpoints, beside its key
// (strings and child nodes are checkpoints themselves).
constexpr std::size_t value_bound(tag::Node) { return 4; }
constexpr std::size_t value_bound(tag::NodeOrNull) { return 4; }
constexpr std::size_t value_bound(tag::NodeList) { return 2 + 5; }
constexpr std::size_t value_bound(tag::NodeListWithHoles) { return 2 + 5; }
constexpr std::size_t value_bound(tag::Name) { return 0; }
constexpr std::size_t value_bound(tag::Str) { return 0; }
constexpr std::size_t value_bound(tag::StrOrAbsent) { return 0; }
constexpr std::size_t value_bound(tag::Bool) { return 8; }
constexpr std::size_t value_bound(tag::Operator) { return sizeof(Word::text); }
constexpr std::size_t value_bound(tag::VarKind) { return 16; }
constexpr std::size_t value_bound(tag::PropKind) { return 16; }
constexpr std::size_t value_bound(tag::MethodKind) { return 16; }
constexpr std::size_t value_bound(tag::SourceType) { return 16; }
constexpr std::size_t value_bound(tag::LiteralValue) { return kJsNumberMaxChars; }
constexpr std::size_t value_bound(tag::RegexOrAbsent) { return 64; }
constexpr std::size_t value_bound(tag::TemplateValue) { return 64; }

// Child nodes (estree_writer.cpp).
template <bool P>
void write_field(Writer<P>& w, Key key, tag::Node, const Node* n);
template <bool P>
void write_field(Writer<P>& w, Key key, tag::NodeOrNull, const Node* n);
template <bool P>
void write_field(Writer<P>& w, Key key, tag::NodeList, const NodeList& list);
template <bool P>
void write_field(Writer<P>& w, Key key, tag::NodeListWithHoles, const NodeList& list);

// Irregular values (estree_values.cpp, instantiated there for both styles).
template <bool P>
void write_field(Writer<P>& w, Key key, tag::StrOrAbsent, std::string_view s);
template <bool P>
void write_field(Writer<P>& w, Key key, tag::LiteralValue, const LiteralValue& v);
template <bool P>
void write_field(Writer<P>& w, Key key, tag::RegexOrAbsent, const RegexValue& v);
template <bool P>
void write_field(Writer<P>& w, Key key, tag::TemplateValue, const TemplateValue& v);

// Plain values, inline: in compact mode a key and a scalar are a few stores.
template <bool P>
inline void write_field(Writer<P>& w, Key key, tag::Name, std::string_view s) {
  w.key(key);
  w.string(s);
}
template <bool P>
inline void write_field(Writer<P>& w, Key key, tag::Str, std::string_view s) {
  w.key(key);
  w.string(s);
}
template <bool P>
inline void write_field(Writer<P>& w, Key key, tag::Bool, bool b) {
  w.key(key);
  w.boolean(b);
}
template <bool P>
inline void write_field(Writer<P>& w, Key key, tag::Operator, essa::Operator op) {
  w.key(key);
  w.word(kOperatorWords[static_cast<uint8_t>(op)]);
}
template <bool P>
inline void write_field(Writer<P>& w, Key key, tag::VarKind, essa::VarKind k) {
  w.key(key);
  w.word(spelling(k));
}
template <bool P>
inline void write_field(Writer<P>& w, Key key, tag::PropKind, essa::PropKind k) {
  w.key(key);
  w.word(spelling(k));
}
template <bool P>
inline void write_field(Writer<P>& w, Key key, tag::MethodKind, essa::MethodKind k) {
  w.key(key);
  w.word(spelling(k));
}
template <bool P>
inline void write_field(Writer<P>& w, Key key, tag::SourceType, essa::SourceType k) {
  w.key(key);
  w.word(spelling(k));
}

}  // namespace essa::estree
