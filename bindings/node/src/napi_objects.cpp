// A measurement, not a route parse() takes: the tree of a parse built straight into JavaScript
// objects with Node-API (napi_create_object, then one napi_set_property per key, the keys made
// once per call), expanded from nodes.def like encode.cpp. It gives the tree parse() gives
// without locations, ranges and TypeScript (acorn's keys at the latest edition; strings go
// through UTF-8, so a lone surrogate would become U+FFFD). bench/transfer.mjs times it against
// the words and their decoder and against JSON.parse of essa's JSON (docs/bench.md, Node).
#include "napi_objects.h"

#include <string>
#include <string_view>
#include <unordered_map>

#include "essa/ast.h"
#include "essa/source.h"
#include "field_tags.h"

namespace essa_node {
namespace {

using namespace essa;

class Builder {
 public:
  Builder(napi_env env, const ParseResult& result)
      : env_(env),
        ascii_(result.source().is_ascii()),
        starts_(ascii_ ? kNoIndex : result.line_index()),
        ends_(starts_) {
    napi_get_null(env, &null_);
    napi_get_undefined(env, &undefined_);
    napi_get_boolean(env, true, &true_);
    napi_get_boolean(env, false, &false_);
    napi_value global;
    napi_get_global(env, &global);
    napi_get_named_property(env, global, "RegExp", &regexp_);
    napi_get_named_property(env, global, "BigInt", &bigint_);
  }

  napi_value node(const Node* n) {
    if (n == nullptr) return null_;
    napi_value o;
    napi_create_object(env_, &o);
    switch (n->kind) {
#define ESSA_NODE(T)                                              \
  case NodeKind::T: {                                             \
    [[maybe_unused]] const auto& node = static_cast<const T&>(*n); \
    set(o, "type", str(#T));                                      \
    offsets(o, *n);
#define ESSA_FIELD(m, key, Tag) field(o, key, tag::Tag{}, node.m);
#define ESSA_DERIVED(key, Tag) derived(o, key, tag::Tag{}, node);
#define ESSA_END(T) \
  break;            \
  }
#include "essa/nodes.def"
    }
    return o;
  }

 private:
  // Keys are made once per call (a napi_value per distinct key), as a JS decoder's literals
  // have theirs made once.
  void set(napi_value o, const char* key, napi_value v) {
    auto [it, added] = keys_.try_emplace(key, nullptr);
    if (added) napi_create_string_utf8(env_, key, NAPI_AUTO_LENGTH, &it->second);
    napi_set_property(env_, o, it->second, v);
  }
  // UTF-16 offsets: the bytes' own on ASCII text, else through the line index, as encode.cpp.
  void offsets(napi_value o, const Node& n) {
    if (ascii_) {
      set(o, "start", number(n.start));
      set(o, "end", number(n.end));
      return;
    }
    set(o, "start", number(starts_.position(n.start).offset));
    ends_ = starts_;
    set(o, "end", number(ends_.position(n.end).offset));
  }
  napi_value str(std::string_view s) {
    napi_value v;
    napi_create_string_utf8(env_, s.data(), s.size(), &v);
    return v;
  }
  napi_value name(std::string_view s) {  // each distinct name made once, as the decoder does
    auto [it, added] = names_.try_emplace(s, nullptr);
    if (added) it->second = str(s);
    return it->second;
  }
  napi_value number(double d) {
    napi_value v;
    napi_create_double(env_, d, &v);
    return v;
  }
  napi_value boolean(bool b) { return b ? true_ : false_; }
  napi_value list(const NodeList& l) {
    napi_value a;
    napi_create_array_with_length(env_, l.size, &a);
    for (uint32_t i = 0; i < l.size; ++i) napi_set_element(env_, a, i, node(l.items[i]));
    return a;
  }
  napi_value spelled(std::string_view s) { return s.empty() ? undefined_ : name(s); }

  void field(napi_value o, const char* k, tag::Node, const Node* n) { set(o, k, node(n)); }
  void field(napi_value o, const char* k, tag::NodeOrNull, const Node* n) { set(o, k, node(n)); }
  void field(napi_value o, const char* k, tag::NodeOrNullEs11, const Node* n) { set(o, k, node(n)); }
  void field(napi_value o, const char* k, tag::ImportOptions, const Node* n) { set(o, k, node(n)); }
  void field(napi_value, const char*, tag::TsNodeOrAbsent, const Node*) {}
  void field(napi_value o, const char* k, tag::NodeList, const NodeList& l) { set(o, k, list(l)); }
  void field(napi_value o, const char* k, tag::NodeListWithHoles, const NodeList& l) { set(o, k, list(l)); }
  void field(napi_value o, const char* k, tag::Attributes, const NodeList& l) { set(o, k, list(l)); }
  void field(napi_value o, const char* k, tag::Decorators, const NodeList& l) {
    if (l.size != 0) set(o, k, list(l));
  }
  void field(napi_value o, const char* k, tag::Name, std::string_view s) { set(o, k, name(s)); }
  void field(napi_value o, const char* k, tag::Str, std::string_view s) { set(o, k, str(s)); }
  void field(napi_value o, const char* k, tag::StrOrAbsent, std::string_view s) {
    if (s.data() != nullptr) set(o, k, str(s));
  }
  void field(napi_value o, const char* k, tag::Bool, bool b) { set(o, k, boolean(b)); }
  void field(napi_value o, const char* k, tag::BoolEs6, bool b) { set(o, k, boolean(b)); }
  void field(napi_value o, const char* k, tag::BoolEs8, bool b) { set(o, k, boolean(b)); }
  void field(napi_value o, const char* k, tag::BoolEs9, bool b) { set(o, k, boolean(b)); }
  void field(napi_value o, const char* k, tag::BoolEs11, bool b) { set(o, k, boolean(b)); }
  void field(napi_value, const char*, tag::TsBool, bool) {}
  void field(napi_value, const char*, tag::TsTypeKind, bool) {}
  void field(napi_value o, const char* k, tag::Operator, Operator v) { set(o, k, name(operator_spelling(v))); }
  void field(napi_value o, const char* k, tag::VarKind, VarKind v) { set(o, k, name(spelling(v))); }
  void field(napi_value o, const char* k, tag::PropKind, PropKind v) { set(o, k, name(spelling(v))); }
  void field(napi_value o, const char* k, tag::MethodKind, MethodKind v) { set(o, k, name(spelling(v))); }
  void field(napi_value o, const char* k, tag::SourceType, SourceType v) { set(o, k, name(spelling(v))); }
  void field(napi_value o, const char* k, tag::ImportPhase, ImportPhase v) {
    if (v != ImportPhase::None) set(o, k, spelled(spelling(v)));
  }
  void field(napi_value, const char*, tag::TsOptionalModifier, TsModifier) {}
  void field(napi_value, const char*, tag::TsReadonlyModifier, TsModifier) {}
  void field(napi_value o, const char* k, tag::TemplateValue, const TemplateValue& v) {
    napi_value value;
    napi_create_object(env_, &value);
    set(value, "raw", str(v.raw));
    set(value, "cooked", v.cooked_valid ? str(v.cooked) : null_);
    set(o, k, value);
  }
  void field(napi_value o, const char* k, tag::LiteralValue, const LiteralValue& v) {
    switch (v.kind) {
      case LiteralKind::String: return set(o, k, str(v.string));
      case LiteralKind::Number: return set(o, k, number(v.number));
      case LiteralKind::Boolean: return set(o, k, boolean(v.boolean));
      case LiteralKind::Null: return set(o, k, null_);
      case LiteralKind::RegExp: return;  // with its raw text: derived(RegexOfLiteral) sets it
      case LiteralKind::BigInt: {
        napi_value digits = str(v.string);
        napi_value big;
        if (napi_call_function(env_, undefined_, bigint_, 1, &digits, &big) != napi_ok) big = null_;
        return set(o, k, big);
      }
    }
  }

  template <class N>
  void derived(napi_value o, const char* k, tag::RegexOfLiteral, const N& lit) {
    const RegexValue r = regex_of(lit);
    if (!r.present()) return;
    napi_value args[2] = {str(r.pattern), str(r.flags)};
    napi_value re;
    if (napi_new_instance(env_, regexp_, 2, args, &re) != napi_ok) {
      napi_value ignored;
      napi_get_and_clear_last_exception(env_, &ignored);
      re = null_;
    }
    // acorn's key order: value, raw, then regex; the value was left for here.
    set(o, "value", re);
    napi_value regex;
    napi_create_object(env_, &regex);
    set(regex, "pattern", args[0]);
    set(regex, "flags", args[1]);
    set(o, k, regex);
  }
  template <class N>
  void derived(napi_value o, const char* k, tag::BigIntOfLiteral, const N& lit) {
    const std::string_view digits = bigint_of(lit);
    if (digits.data() != nullptr) set(o, k, str(digits));
  }
  template <class N>
  void derived(napi_value o, const char* k, tag::NotTsEmptyList, const N&) {
    napi_value a;
    napi_create_array(env_, &a);
    set(o, k, a);
  }
  template <class N>
  void derived(napi_value o, const char* k, tag::NotTsFalse, const N&) { set(o, k, false_); }
  template <class N, class Tag>
  void derived(napi_value, const char*, Tag, const N&) {}  // TS-ESTree's, ExpressionBeforeEs6

  static inline const LineIndex kNoIndex{};
  napi_env env_;
  bool ascii_;
  Utf16Cursor starts_;
  Utf16Cursor ends_;
  napi_value null_, undefined_, true_, false_, regexp_, bigint_;
  std::unordered_map<std::string_view, napi_value> keys_;
  std::unordered_map<std::string_view, napi_value> names_;
};

}  // namespace

napi_value build_objects(napi_env env, const ParseResult& result) {
  Builder builder(env, result);
  return builder.node(result.program());
}

}  // namespace essa_node
