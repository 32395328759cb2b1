// Writers for the irregular fields: keys acorn adds only sometimes, a Literal's value and
// regex, a TemplateElement's {raw, cooked}. Compact mode stays within the room of one node
// (value_bound in estree_fields.h); strings reserve their own.
#include "estree_fields.h"

namespace essa::estree {

// `directive` and `bigint`: acorn sets the key only when there is a value.
template <bool P>
void write_field(Writer<P>& w, Key key, tag::StrOrAbsent, std::string_view s) {
  if (s.data() == nullptr) return;
  w.key(key);
  w.string(s);
}

// The JSON of acorn's Literal.value. A RegExp object and a BigInt have no faithful JSON form
// (JSON.stringify prints {} for the first and throws on the second), so both are null: the
// one declared difference from acorn, and the reason `raw`, `regex` and `bigint` exist.
template <bool P>
void write_field(Writer<P>& w, Key key, tag::LiteralValue, const LiteralValue& v) {
  w.key(key);
  switch (v.kind) {
    case LiteralKind::String:
      w.string(v.string);
      return;
    case LiteralKind::Number:
      w.number(v.number);
      return;
    case LiteralKind::Boolean:
      w.boolean(v.boolean);
      return;
    case LiteralKind::Null:
    case LiteralKind::RegExp:
    case LiteralKind::BigInt:
      w.null();
      return;
  }
  w.null();
}

// `regex`: {"pattern", "flags"} on regular expression literals only.
template <bool P>
void write_field(Writer<P>& w, Key key, tag::RegexOrAbsent, const RegexValue& v) {
  if (!v.present()) return;
  w.key(key);
  w.begin_object();
  w.first_key(ESSA_ESTREE_KEY("pattern"));
  w.string(v.pattern);
  w.key(ESSA_ESTREE_KEY("flags"));
  w.string(v.flags);
  w.end_object();
}

// A TemplateElement's `value`: {"raw", "cooked"}; cooked is null after an invalid escape in a
// tagged template.
template <bool P>
void write_field(Writer<P>& w, Key key, tag::TemplateValue, const TemplateValue& v) {
  w.key(key);
  w.begin_object();
  w.first_key(ESSA_ESTREE_KEY("raw"));
  w.string(v.raw);
  w.key(ESSA_ESTREE_KEY("cooked"));
  if (v.cooked_valid) {
    w.string(v.cooked);
  } else {
    w.null();
  }
  w.end_object();
}

#define ESSA_ESTREE_INSTANTIATE(P)                                                        \
  template void write_field(Writer<P>&, Key, tag::StrOrAbsent, std::string_view);         \
  template void write_field(Writer<P>&, Key, tag::LiteralValue, const LiteralValue&);     \
  template void write_field(Writer<P>&, Key, tag::RegexOrAbsent, const RegexValue&);      \
  template void write_field(Writer<P>&, Key, tag::TemplateValue, const TemplateValue&);
ESSA_ESTREE_INSTANTIATE(false)
ESSA_ESTREE_INSTANTIATE(true)
#undef ESSA_ESTREE_INSTANTIATE

}  // namespace essa::estree
