// Writers for every field that is not a child node: plain values, keys acorn adds only
// sometimes, a Literal's value and regex, a TemplateElement's {raw, cooked}.
#include "estree_fields.h"

namespace essa::estree {

void write_field(Writer& w, std::string_view key, tag::Name, std::string_view s) {
  w.out().key(key);
  w.out().string(s);
}

void write_field(Writer& w, std::string_view key, tag::Str, std::string_view s) {
  w.out().key(key);
  w.out().string(s);
}

void write_field(Writer& w, std::string_view key, tag::Bool, bool b) {
  w.out().key(key);
  w.out().boolean(b);
}

void write_field(Writer& w, std::string_view key, tag::Operator, essa::Operator op) {
  w.out().key(key);
  w.out().string(operator_spelling(op));
}

void write_field(Writer& w, std::string_view key, tag::VarKind, essa::VarKind k) {
  w.out().key(key);
  w.out().string(spelling(k));
}

void write_field(Writer& w, std::string_view key, tag::PropKind, essa::PropKind k) {
  w.out().key(key);
  w.out().string(spelling(k));
}

void write_field(Writer& w, std::string_view key, tag::MethodKind, essa::MethodKind k) {
  w.out().key(key);
  w.out().string(spelling(k));
}

void write_field(Writer& w, std::string_view key, tag::SourceType, essa::SourceType k) {
  w.out().key(key);
  w.out().string(spelling(k));
}

// `directive` and `bigint`: acorn sets the key only when there is a value.
void write_field(Writer& w, std::string_view key, tag::StrOrAbsent, std::string_view s) {
  if (s.data() == nullptr) return;
  w.out().key(key);
  w.out().string(s);
}

// The JSON of acorn's Literal.value. A RegExp object and a BigInt have no faithful JSON form
// (JSON.stringify prints {} for the first and throws on the second), so both are null: the
// one declared difference from acorn, and the reason `raw`, `regex` and `bigint` exist.
void write_field(Writer& w, std::string_view key, tag::LiteralValue, const LiteralValue& v) {
  JsonOut& out = w.out();
  out.key(key);
  switch (v.kind) {
    case LiteralKind::String:
      out.string(v.string);
      return;
    case LiteralKind::Number:
      out.number(v.number);
      return;
    case LiteralKind::Boolean:
      out.boolean(v.boolean);
      return;
    case LiteralKind::Null:
    case LiteralKind::RegExp:
    case LiteralKind::BigInt:
      out.null();
      return;
  }
  out.null();
}

// `regex`: {"pattern", "flags"} on regular expression literals only.
void write_field(Writer& w, std::string_view key, tag::RegexOrAbsent, const RegexValue& v) {
  if (!v.present()) return;
  JsonOut& out = w.out();
  out.key(key);
  out.begin_object();
  out.key("pattern");
  out.string(v.pattern);
  out.key("flags");
  out.string(v.flags);
  out.end_object();
}

// A TemplateElement's `value`: {"raw", "cooked"}; cooked is null after an invalid escape in a
// tagged template.
void write_field(Writer& w, std::string_view key, tag::TemplateValue, const TemplateValue& v) {
  JsonOut& out = w.out();
  out.key(key);
  out.begin_object();
  out.key("raw");
  out.string(v.raw);
  out.key("cooked");
  if (v.cooked_valid) {
    out.string(v.cooked);
  } else {
    out.null();
  }
  out.end_object();
}

}  // namespace essa::estree
