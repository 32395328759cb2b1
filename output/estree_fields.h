// The ESTree writer's state and its field writers, one write_field overload per nodes.def tag.
// The writer loop (estree_writer.cpp) expands every ESSA_FIELD into
//   o = write_field(w, o, ESSA_ESTREE_KEY("key"), tag::Tag{}, node.member);
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
#include <cstring>
#include <span>
#include <string_view>

#include "essa/ast.h"
#include "essa/comments.h"
#include "essa/estree.h"
#include "essa/source.h"
#include "json_out.h"
#include "positions.h"

namespace essa::estree {

// One empty type per tag of nodes.def (field_tags.def): the C++ type of a field does not tell
// them apart (Node and NodeOrNull are both Node*, Str and Name both string_view).
namespace tag {
#define ESSA_TAG(Tag, Type) struct Tag {};
#define ESSA_DERIVED_TAG(Tag) struct Tag {};  // derived: no field of its own
#include "essa/field_tags.def"
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

// The compact writer's cursor travels as a char* argument and return value through the whole
// recursion, so it stays in a register: kept in JsonOut, every write would load and store it,
// and each store-to-load round trip would lie on one long dependency chain. In pretty mode the
// checked JsonOut calls keep the state and the cursor argument is passed through unused.
template <bool kPretty>
class Writer {
 public:
  Writer(JsonOut& out, const LineIndex& index, const EstreeOptions& options);

  // Writes one node and its subtree as a JSON object.
  char* write(char* o, const Node& n);
  // The root, with a last key "comments": acorn's onComment array (estree_comments.cpp).
  char* write_with_comments(char* o, const Node& root, std::span<const Comment> comments,
                            std::string_view text);
  // From here on, each node with comments attached gets them as its last keys.
  void attach(const CommentAttachment* attachment, std::span<const Comment> comments,
              std::string_view text) {
    attachment_ = attachment;
    attached_list_ = comments;
    attached_text_ = text;
  }
  // A list of child nodes, holes as null.
  char* list(char* o, const NodeList& list);
  // False once a subtree deeper than options.max_depth was cut short.
  bool ok() const { return !too_deep_; }
  // Stage-3 keys (decorators, phase) written even when empty or absent.
  bool stage3_fields() const { return options_.stage3_fields || options_.typescript; }
  // The parse's ecmaVersion (ParseOptions::ecma_version): keys an older acorn does not write
  // are left out.
  void set_ecma_version(uint16_t edition) { ecma_ = edition; }
  uint16_t ecma_version() const { return ecma_; }
  // TS-ESTree output: the TypeScript-only keys (field_tags.def's Ts tags) are written.
  bool typescript() const { return options_.typescript; }

  // Output primitives for the field writers. In compact mode they rely on the room reserved
  // at the last checkpoint.
  char* key(char* o, Key k) {
    if constexpr (kPretty) {
      out_.key(k.name());
      return o;
    } else {
      std::memcpy(o, k.text, k.size);
      return o + k.size;
    }
  }
  // The first key of a nested object: no comma before it.
  char* first_key(char* o, Key k) {
    if constexpr (kPretty) {
      out_.key(k.name());
      return o;
    } else {
      std::memcpy(o, k.text + 1, k.size - 1);
      return o + k.size - 1;
    }
  }
  char* begin_object(char* o) {
    if constexpr (kPretty) {
      out_.begin_object();
      return o;
    } else {
      *o = '{';
      return o + 1;
    }
  }
  char* end_object(char* o) {
    if constexpr (kPretty) {
      out_.end_object();
      return o;
    } else {
      *o = '}';
      return o + 1;
    }
  }
  char* string(char* o, std::string_view s) {
    if constexpr (kPretty) {
      out_.string(s);
      return o;
    } else {
      return out_.put_quoted_at(o, s, kNodeRoom);
    }
  }
  char* word(char* o, const Word& w) {
    if constexpr (kPretty) {
      out_.string({w.text + 1, w.size - 2u});
      return o;
    } else {
      std::memcpy(o, w.text, sizeof w.text);
      return o + w.size;
    }
  }
  // A short known-safe spelling (enum names): no escaping needed.
  char* word(char* o, std::string_view s) {
    if constexpr (kPretty) {
      out_.string(s);
      return o;
    } else {
      *o++ = '"';
      std::memcpy(o, s.data(), s.size());
      o += s.size();
      *o++ = '"';
      return o;
    }
  }
  char* boolean(char* o, bool b) {
    if constexpr (kPretty) {
      out_.boolean(b);
      return o;
    } else {
      static constexpr char kText[2][8] = {"false", "true"};
      std::memcpy(o, kText[b], 8);
      return o + (b ? 4 : 5);
    }
  }
  char* null(char* o) {
    if constexpr (kPretty) {
      out_.null();
      return o;
    } else {
      std::memcpy(o, "null", 4);
      return o + 4;
    }
  }
  char* number(char* o, double v) {
    if constexpr (kPretty) {
      out_.number(v);
      return o;
    } else {
      return format_js_number(v, o);
    }
  }

 private:
  char* open(char* o, const Node& n);
  char* fields(char* o, const Node& n);  // the keys after the head, by kind
  // After `"start":` (compact) or the object's opening (pretty): start, end[, loc][, range].
  char* offsets(char* o, const Node& n);
  char* comment(char* o, const Comment& c, std::string_view text);
  char* comment_array(char* o, Key key, std::span<const Comment> list, const uint32_t* ids,
                      std::size_t count, std::string_view text);
  char* attached(char* o, const Node& n);
  char* positions(char* o, const Node& n);
  char* close(char* o);
  // Stands in for a subtree past the depth limit.
  char* cut(char* o);
  SourcePosition position(Utf16Cursor& cursor, uint32_t byte_offset);

  JsonOut& out_;
  const EstreeOptions& options_;
  PositionOptions position_options_;
  // Starts arrive in ascending order in a preorder walk; each end is found from its start.
  Utf16Cursor starts_;
  Utf16Cursor ends_;
  bool bytes_are_units_;  // ASCII text and no loc: every position is its byte offset
  bool plain_;            // and no range either: the head is just start and end
  bool too_deep_ = false;
  uint16_t ecma_ = 0xffff;  // ParseOptions::kEcmaLatest
  uint32_t depth_ = 0;
  const CommentAttachment* attachment_ = nullptr;  // null: no attached comments to write
  std::span<const Comment> attached_list_;
  std::string_view attached_text_;
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
constexpr std::size_t value_bound(tag::BoolEs6) { return 8; }
constexpr std::size_t value_bound(tag::BoolEs8) { return 8; }
constexpr std::size_t value_bound(tag::BoolEs9) { return 8; }
constexpr std::size_t value_bound(tag::BoolEs11) { return 8; }
constexpr std::size_t value_bound(tag::NodeOrNullEs11) { return 4; }
constexpr std::size_t value_bound(tag::Operator) { return sizeof(Word::text); }
constexpr std::size_t value_bound(tag::VarKind) { return 16; }
constexpr std::size_t value_bound(tag::PropKind) { return 16; }
constexpr std::size_t value_bound(tag::MethodKind) { return 16; }
constexpr std::size_t value_bound(tag::SourceType) { return 16; }
constexpr std::size_t value_bound(tag::Decorators) { return 2 + 5; }
constexpr std::size_t value_bound(tag::ImportPhase) { return 16; }
constexpr std::size_t value_bound(tag::Attributes) { return 2 + 5; }
constexpr std::size_t value_bound(tag::ImportOptions) { return 4; }
constexpr std::size_t value_bound(tag::TsBool) { return 8; }
constexpr std::size_t value_bound(tag::TsTypeKind) { return 8; }
constexpr std::size_t value_bound(tag::TsNodeOrAbsent) { return 0; }
constexpr std::size_t value_bound(tag::TsOptionalModifier) { return 8; }
constexpr std::size_t value_bound(tag::TsReadonlyModifier) { return 8; }
constexpr std::size_t value_bound(tag::TsFalse) { return 8; }
constexpr std::size_t value_bound(tag::TsValueKind) { return 8; }
constexpr std::size_t value_bound(tag::NotTsEmptyList) { return 2; }
constexpr std::size_t value_bound(tag::NotTsFalse) { return 8; }
constexpr std::size_t value_bound(tag::LiteralValue) { return kJsNumberMaxChars; }
constexpr std::size_t value_bound(tag::RegexOfLiteral) { return 64; }
constexpr std::size_t value_bound(tag::BigIntOfLiteral) { return 0; }
constexpr std::size_t value_bound(tag::ExpressionBeforeEs6) { return 8; }
constexpr std::size_t value_bound(tag::TemplateValue) { return 64; }

// Child nodes (estree_writer.cpp).
template <bool P>
char* write_field(Writer<P>& w, char* o, Key key, tag::Node, const Node* n);
template <bool P>
char* write_field(Writer<P>& w, char* o, Key key, tag::NodeOrNull, const Node* n);
template <bool P>
char* write_field(Writer<P>& w, char* o, Key key, tag::NodeList, const NodeList& list);
template <bool P>
char* write_field(Writer<P>& w, char* o, Key key, tag::NodeListWithHoles, const NodeList& list);
// Stage-3 keys that acorn (with acorn-import-phases) writes only when present: a decorator list
// only when non-empty, a phase only when set; both always with EstreeOptions::stage3_fields.
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::Decorators, const NodeList& list) {
  if (list.size == 0 && !w.stage3_fields()) return o;
  return write_field(w, o, key, tag::NodeList{}, list);
}
// Keys that came with ES2025 (ecmaVersion 16): acorn leaves them out for older versions.
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::Attributes, const NodeList& list) {
  if (w.ecma_version() < 16) [[unlikely]] return o;
  return write_field(w, o, key, tag::NodeList{}, list);
}
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::ImportOptions, const Node* n) {
  if (w.ecma_version() < 16) [[unlikely]] return o;
  return write_field(w, o, key, tag::NodeOrNull{}, n);
}
// Keys that came with ES2015, ES2017, ES2018 and ES2020 (field_tags.def).
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::BoolEs6, bool b) {
  if (w.ecma_version() < 6) [[unlikely]] return o;
  return w.boolean(w.key(o, key), b);
}
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::BoolEs8, bool b) {
  if (w.ecma_version() < 8) [[unlikely]] return o;
  return w.boolean(w.key(o, key), b);
}
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::BoolEs9, bool b) {
  if (w.ecma_version() < 9) [[unlikely]] return o;
  return w.boolean(w.key(o, key), b);
}
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::BoolEs11, bool b) {
  if (w.ecma_version() < 11) [[unlikely]] return o;
  return w.boolean(w.key(o, key), b);
}
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::NodeOrNullEs11, const Node* n) {
  if (w.ecma_version() < 11) [[unlikely]] return o;
  return write_field(w, o, key, tag::NodeOrNull{}, n);
}
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::ImportPhase, essa::ImportPhase k) {
  if (k == essa::ImportPhase::None) {
    return w.stage3_fields() ? w.null(w.key(o, key)) : o;
  }
  return w.word(w.key(o, key), spelling(k));
}

// TypeScript-only keys (TS-ESTree output): nothing at all in acorn's output.
template <bool P>
char* write_field(Writer<P>& w, char* o, Key key, tag::TsNodeOrAbsent, const Node* n);
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::TsBool, bool b) {
  if (!w.typescript()) return o;
  return w.boolean(w.key(o, key), b);
}
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::TsTypeKind, bool is_type) {
  static constexpr Word kType = make_word("type");
  static constexpr Word kValue = make_word("value");
  if (!w.typescript()) return o;
  return w.word(w.key(o, key), is_type ? kType : kValue);
}
// A mapped type's modifiers: `?` is false when absent, `readonly` is left out.
template <bool P>
inline char* write_ts_modifier(Writer<P>& w, char* o, TsModifier m) {
  static constexpr Word kPlus = make_word("+");
  static constexpr Word kMinus = make_word("-");
  switch (m) {
    case TsModifier::None:
      return w.boolean(o, false);
    case TsModifier::True:
      return w.boolean(o, true);
    case TsModifier::Plus:
      return w.word(o, kPlus);
    case TsModifier::Minus:
      return w.word(o, kMinus);
  }
  return o;
}
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::TsOptionalModifier, TsModifier m) {
  return write_ts_modifier(w, w.key(o, key), m);
}
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::TsReadonlyModifier, TsModifier m) {
  if (m == TsModifier::None) return o;
  return write_ts_modifier(w, w.key(o, key), m);
}
template <bool P, class N>
inline char* write_derived(Writer<P>& w, char* o, Key key, tag::TsFalse, const N&) {
  if (!w.typescript()) return o;
  return w.boolean(w.key(o, key), false);
}
template <bool P, class N>
inline char* write_derived(Writer<P>& w, char* o, Key key, tag::NotTsEmptyList, const N&) {
  if (w.typescript()) return o;
  return w.list(w.key(o, key), NodeList{});
}
template <bool P, class N>
inline char* write_derived(Writer<P>& w, char* o, Key key, tag::NotTsFalse, const N&) {
  if (w.typescript()) return o;
  return w.boolean(w.key(o, key), false);
}
template <bool P, class N>
inline char* write_derived(Writer<P>& w, char* o, Key key, tag::TsValueKind, const N&) {
  static constexpr Word kValue = make_word("value");
  if (!w.typescript()) return o;
  return w.word(w.key(o, key), kValue);
}

// Irregular values (estree_values.cpp, instantiated there for both styles).
template <bool P>
char* write_field(Writer<P>& w, char* o, Key key, tag::StrOrAbsent, std::string_view s);
template <bool P>
char* write_field(Writer<P>& w, char* o, Key key, tag::LiteralValue, const LiteralValue& v);
// Derived keys (ESSA_DERIVED): written from the whole node.
template <bool P>
char* write_derived(Writer<P>& w, char* o, Key key, tag::RegexOfLiteral, const Literal& lit);
template <bool P>
char* write_derived(Writer<P>& w, char* o, Key key, tag::BigIntOfLiteral, const Literal& lit);
// Before ES2015 acorn sets a function's `expression` only with its body (its last key).
template <bool P, class Fn>
inline char* write_derived(Writer<P>& w, char* o, Key key, tag::ExpressionBeforeEs6, const Fn&) {
  if (w.ecma_version() >= 6) [[likely]] return o;
  return w.boolean(w.key(o, key), false);
}
template <bool P>
char* write_field(Writer<P>& w, char* o, Key key, tag::TemplateValue, const TemplateValue& v);

// Plain values, inline: in compact mode a key and a scalar are a few stores.
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::Name, std::string_view s) {
  return w.string(w.key(o, key), s);
}
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::Str, std::string_view s) {
  return w.string(w.key(o, key), s);
}
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::Bool, bool b) {
  return w.boolean(w.key(o, key), b);
}
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::Operator, essa::Operator op) {
  return w.word(w.key(o, key), kOperatorWords[static_cast<uint8_t>(op)]);
}
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::VarKind, essa::VarKind k) {
  return w.word(w.key(o, key), spelling(k));
}
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::PropKind, essa::PropKind k) {
  return w.word(w.key(o, key), spelling(k));
}
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::MethodKind, essa::MethodKind k) {
  return w.word(w.key(o, key), spelling(k));
}
template <bool P>
inline char* write_field(Writer<P>& w, char* o, Key key, tag::SourceType, essa::SourceType k) {
  return w.word(w.key(o, key), spelling(k));
}

}  // namespace essa::estree
