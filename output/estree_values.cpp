// Writers for the irregular fields: keys acorn adds only sometimes, a Literal's value and
// regex, a TemplateElement's {raw, cooked}. Compact mode stays within the room of one node
// (value_bound in estree_fields.h); strings reserve their own.
#include "estree_fields.h"

namespace essa::estree {

// `directive` (and `bigint`, below): acorn sets the key only when there is a value.
template <bool P>
char* write_field(Writer<P>& w, char* o, Key key, tag::StrOrAbsent, std::string_view s) {
  if (s.data() == nullptr) return o;
  return w.string(w.key(o, key), s);
}

// The JSON of acorn's Literal.value. A RegExp object and a BigInt have no faithful JSON form
// (JSON.stringify prints {} for the first and throws on the second), so both are null: the
// one declared difference from acorn, and the reason `raw`, `regex` and `bigint` exist.
template <bool P>
char* write_field(Writer<P>& w, char* o, Key key, tag::LiteralValue, const LiteralValue& v) {
  o = w.key(o, key);
  switch (v.kind) {
    case LiteralKind::String:
      return w.string(o, v.string);
    case LiteralKind::Number:
      return w.number(o, v.number);
    case LiteralKind::Boolean:
      return w.boolean(o, v.boolean);
    case LiteralKind::Null:
    case LiteralKind::RegExp:
    case LiteralKind::BigInt:
      return w.null(o);
  }
  return w.null(o);
}

// `regex`: {"pattern", "flags"} on regular expression literals only.
template <bool P>
char* write_derived(Writer<P>& w, char* o, Key key, tag::RegexOfLiteral, const Literal& lit) {
  const RegexValue v = regex_of(lit);
  if (!v.present()) return o;
  o = w.begin_object(w.key(o, key));
  o = w.string(w.first_key(o, ESSA_ESTREE_KEY("pattern")), v.pattern);
  o = w.string(w.key(o, ESSA_ESTREE_KEY("flags")), v.flags);
  return w.end_object(o);
}

// `bigint`: the decimal digits, on BigInt literals only.
template <bool P>
char* write_derived(Writer<P>& w, char* o, Key key, tag::BigIntOfLiteral, const Literal& lit) {
  return write_field(w, o, key, tag::StrOrAbsent{}, bigint_of(lit));
}

// A TemplateElement's `value`: {"raw", "cooked"}; cooked is null after an invalid escape in a
// tagged template.
template <bool P>
char* write_field(Writer<P>& w, char* o, Key key, tag::TemplateValue, const TemplateValue& v) {
  o = w.begin_object(w.key(o, key));
  o = w.string(w.first_key(o, ESSA_ESTREE_KEY("raw")), v.raw);
  o = w.key(o, ESSA_ESTREE_KEY("cooked"));
  o = v.cooked_valid ? w.string(o, v.cooked) : w.null(o);
  return w.end_object(o);
}

#define ESSA_ESTREE_INSTANTIATE(P)                                                        \
  template char* write_field(Writer<P>&, char*, Key, tag::StrOrAbsent, std::string_view);     \
  template char* write_field(Writer<P>&, char*, Key, tag::LiteralValue, const LiteralValue&); \
  template char* write_derived(Writer<P>&, char*, Key, tag::RegexOfLiteral, const Literal&);  \
  template char* write_derived(Writer<P>&, char*, Key, tag::BigIntOfLiteral, const Literal&); \
  template char* write_field(Writer<P>&, char*, Key, tag::TemplateValue, const TemplateValue&);
ESSA_ESTREE_INSTANTIATE(false)
ESSA_ESTREE_INSTANTIATE(true)
#undef ESSA_ESTREE_INSTANTIATE

}  // namespace essa::estree
