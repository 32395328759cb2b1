// Tables expanded from nodes.def and the operator list.
#include <type_traits>

#include "essa/ast.h"

namespace essa {

#define ESSA_NODE(T)                                                              \
  static_assert(std::is_trivially_destructible_v<T>, #T " must be trivially destructible"); \
  static_assert(std::is_trivially_destructible_v<T::TsSide> && alignof(T) <= 8);
#define ESSA_FIELD(m, key, Tag)
#define ESSA_END(T)
#include "essa/nodes.def"

std::string_view kind_name(NodeKind k) {
  static constexpr std::string_view kNames[] = {
#define ESSA_NODE(T) #T,
#define ESSA_FIELD(m, key, Tag)
#define ESSA_END(T)
#include "essa/nodes.def"
  };
  return kNames[static_cast<uint8_t>(k)];
}

std::string_view operator_spelling(Operator op) {
  static constexpr std::string_view kSpellings[] = {
#define ESSA_OP(Name, spelling) spelling,
      ESSA_OPERATORS(ESSA_OP)
#undef ESSA_OP
  };
  return kSpellings[static_cast<uint8_t>(op)];
}

std::string_view spelling(VarKind k) {
  switch (k) {
    case VarKind::Var: return "var";
    case VarKind::Let: return "let";
    case VarKind::Const: return "const";
    case VarKind::Using: return "using";
    case VarKind::AwaitUsing: return "await using";
  }
  return {};
}

std::string_view spelling(PropKind k) {
  switch (k) {
    case PropKind::Init: return "init";
    case PropKind::Get: return "get";
    case PropKind::Set: return "set";
  }
  return {};
}

std::string_view spelling(MethodKind k) {
  switch (k) {
    case MethodKind::Constructor: return "constructor";
    case MethodKind::Method: return "method";
    case MethodKind::Get: return "get";
    case MethodKind::Set: return "set";
  }
  return {};
}

std::string_view spelling(SourceType k) { return k == SourceType::Module ? "module" : "script"; }

std::string_view spelling(ImportPhase k) {
  switch (k) {
    case ImportPhase::None: return {};
    case ImportPhase::Defer: return "defer";
    case ImportPhase::Source: return "source";
  }
  return {};
}

}  // namespace essa
