// The ESTree AST: node kinds and structs, expanded from nodes.def. Every node starts with
// the 12-byte Node header (kind, flags, byte range); children are arena pointers and lists.
#pragma once

#include <cstdint>
#include <string_view>
#include <type_traits>

namespace essa {

enum class NodeKind : uint8_t {
#define ESSA_NODE(T) T,
#define ESSA_FIELD(m, key, Tag)
#define ESSA_END(T)
// Group markers share the value of the first node and of the node after the last one, so
// they add no values of their own: is_statement(k) is First_ <= k < Last_.
#define ESSA_GROUP_BEGIN(G) G##First_, G##FirstBack_ = G##First_ - 1,
#define ESSA_GROUP_END(G) G##Last_, G##LastBack_ = G##Last_ - 1,
#include "essa/nodes.def"
};

inline constexpr int kNodeKindCount = 0
#define ESSA_NODE(T) +1
#define ESSA_FIELD(m, key, Tag)
#define ESSA_END(T)
#include "essa/nodes.def"
    ;

constexpr bool is_statement(NodeKind k) {
  return k >= NodeKind::StatementFirst_ && k < NodeKind::StatementLast_;
}
constexpr bool is_expression(NodeKind k) {
  return k >= NodeKind::ExpressionFirst_ && k < NodeKind::ExpressionLast_;
}
constexpr bool is_pattern(NodeKind k) {
  return k >= NodeKind::PatternFirst_ && k < NodeKind::PatternLast_;
}

// A switch that handles a few kinds and leaves every other kind (a new one too) to the code
// after it: `switch (partial(k)) { case partial(NodeKind::X): ... }`. On the integer,
// -Wswitch does not ask for the kinds it leaves out; a switch that must handle every kind
// (the writer, the visitor) stays on the enum.
constexpr uint8_t partial(NodeKind k) { return static_cast<uint8_t>(k); }

// The ESTree "type" of a kind.
std::string_view kind_name(NodeKind k);

namespace node_flag {
inline constexpr uint8_t kParenthesized = 1 << 0;  // written inside parentheses
inline constexpr uint8_t kTsSide = 1 << 1;         // a TypeScript side record precedes it
}  // namespace node_flag

struct Node {
  NodeKind kind;
  uint8_t flags = 0;
  uint32_t start = 0;  // byte offsets into the source
  uint32_t end = 0;

  bool parenthesized() const { return flags & node_flag::kParenthesized; }

  // Nodes are made only by Arena::make (placement new); plain new would leak past the arena.
  static void* operator new(std::size_t) = delete;
  static void* operator new(std::size_t, void* where) noexcept { return where; }

 protected:
  explicit Node(NodeKind k) : kind(k) {}
};
static_assert(sizeof(Node) == 12);

// An exact-size array of children in the arena. Null entries are holes (`[a, , b]`).
struct NodeList {
  Node** items = nullptr;
  uint32_t size = 0;

  Node** begin() const { return items; }
  Node** end() const { return items + size; }
  Node* operator[](uint32_t i) const { return items[i]; }
  bool empty() const { return size == 0; }
};

// Operators, spelled as ESTree prints them.
#define ESSA_OPERATORS(X)                                                                     \
  X(Eq, "==") X(NotEq, "!=") X(StrictEq, "===") X(StrictNotEq, "!==") X(Lt, "<")             \
  X(LtEq, "<=") X(Gt, ">") X(GtEq, ">=") X(Shl, "<<") X(Shr, ">>") X(UShr, ">>>")            \
  X(Add, "+") X(Sub, "-") X(Mul, "*") X(Div, "/") X(Mod, "%") X(Exp, "**") X(BitOr, "|")     \
  X(BitXor, "^") X(BitAnd, "&") X(In, "in") X(Instanceof, "instanceof") X(Or, "||")         \
  X(And, "&&") X(Coalesce, "??") X(Assign, "=") X(AddAssign, "+=") X(SubAssign, "-=")       \
  X(MulAssign, "*=") X(DivAssign, "/=") X(ModAssign, "%=") X(ExpAssign, "**=")              \
  X(ShlAssign, "<<=") X(ShrAssign, ">>=") X(UShrAssign, ">>>=") X(BitOrAssign, "|=")        \
  X(BitXorAssign, "^=") X(BitAndAssign, "&=") X(OrAssign, "||=") X(AndAssign, "&&=")        \
  X(CoalesceAssign, "?\?=") X(Neg, "-") X(Plus, "+") X(Not, "!") X(BitNot, "~")             \
  X(Typeof, "typeof") X(Void, "void") X(Delete, "delete") X(Increment, "++")                \
  X(Decrement, "--") X(Keyof, "keyof") X(Unique, "unique") X(Readonly, "readonly")

enum class Operator : uint8_t {
#define ESSA_OP(Name, spelling) Name,
  ESSA_OPERATORS(ESSA_OP)
#undef ESSA_OP
};
std::string_view operator_spelling(Operator op);

enum class VarKind : uint8_t { Var, Let, Const, Using, AwaitUsing };
enum class PropKind : uint8_t { Init, Get, Set };
enum class MethodKind : uint8_t { Constructor, Method, Get, Set };
enum class SourceType : uint8_t { Script, Module };
// An import's phase (stage 3: `import defer`, `import source`); None for a plain import.
enum class ImportPhase : uint8_t { None, Defer, Source };
// A TypeScript mapped type's `readonly` or `?`: absent, bare, `+` or `-`.
enum class TsModifier : uint8_t { None, True, Plus, Minus };
std::string_view spelling(VarKind k);
std::string_view spelling(PropKind k);
std::string_view spelling(MethodKind k);
std::string_view spelling(SourceType k);
std::string_view spelling(ImportPhase k);  // "defer", "source"; empty for None

enum class LiteralKind : uint8_t { String, Number, Boolean, Null, RegExp, BigInt };
struct LiteralValue {
  LiteralKind kind = LiteralKind::Null;
  bool boolean = false;
  double number = 0;
  std::string_view string;  // String: the cooked value in WTF-8; BigInt: its decimal digits
};
// A regex literal's parts (regex_of); absent (pattern.data() == nullptr) on other literals.
struct RegexValue {
  std::string_view pattern;
  std::string_view flags;
  bool present() const { return pattern.data() != nullptr; }
};
struct TemplateValue {
  std::string_view raw;     // CR and CRLF normalised to LF, as acorn reports it
  std::string_view cooked;  // WTF-8
  bool cooked_valid = true;  // false: an invalid escape in a tagged template (cooked is null)
};

// C++ type of each field tag (field_tags.def).
namespace field {
#define ESSA_TAG(Tag, Type) using Tag = Type;
#include "essa/field_tags.def"
}  // namespace field

// TypeScript side records: the fields nodes.def declares with ESSA_TS_FIELD, which
// typescript-estree puts on JavaScript nodes (an Identifier's typeAnnotation, a function's
// returnType, ...). In TypeScript mode the parser allocates each node of a kind that has
// such fields with its record immediately before it in the arena and sets
// node_flag::kTsSide; a plain-JS parse never makes one, so JavaScript nodes keep their sizes
// (docs/typescript.md). Read them with ts_side() below. A kind without TS fields has an
// empty record.
namespace ts_sides {
#define ESSA_NODE(T) struct alignas(8) T {
#define ESSA_FIELD(m, key, Tag)
#define ESSA_TS_FIELD(m, key, Tag) field::Tag m{};
#define ESSA_END(T) \
  }                 \
  ;
#include "essa/nodes.def"
}  // namespace ts_sides

#define ESSA_NODE(T)                               \
  struct T final : Node {                          \
    static constexpr NodeKind kKind = NodeKind::T; \
    using TsSide = ts_sides::T;                    \
    T() : Node(kKind) {}
#define ESSA_FIELD(m, key, Tag) field::Tag m{};
#define ESSA_END(T) \
  }                 \
  ;
#include "essa/nodes.def"

// The sizes of the nodes that plain-JavaScript parses make most, pinned: a field added to
// one of them (a dialect's above all, which belongs in a side record) slows every parse, so
// growing one must be a decision, made here.
static_assert(sizeof(Identifier) == 32 && sizeof(Literal) == 64 && sizeof(Property) == 40);
static_assert(sizeof(MemberExpression) == 40 && sizeof(CallExpression) == 48 &&
              sizeof(NewExpression) == 40 && sizeof(BinaryExpression) == 40 &&
              sizeof(AssignmentExpression) == 32 && sizeof(ExpressionStatement) == 40);
static_assert(sizeof(FunctionDeclaration) == 56 && sizeof(FunctionExpression) == 56 &&
              sizeof(ArrowFunctionExpression) == 56 && sizeof(ClassDeclaration) == 56 &&
              sizeof(ClassExpression) == 56 && sizeof(MethodDefinition) == 56 &&
              sizeof(PropertyDefinition) == 48);
static_assert(sizeof(ObjectPattern) == 32 && sizeof(ArrayPattern) == 32 &&
              sizeof(RestElement) == 24 && sizeof(AssignmentPattern) == 32 &&
              sizeof(ObjectExpression) == 32 && sizeof(ArrayExpression) == 32 &&
              sizeof(SpreadElement) == 24);
static_assert(sizeof(VariableDeclaration) == 40 && sizeof(VariableDeclarator) == 32 &&
              sizeof(TemplateElement) == 64);

// Whether nodes of type T can carry a TypeScript side record.
template <class T>
inline constexpr bool has_ts_side = !std::is_empty_v<typename T::TsSide>;

// A node's TypeScript side record, or null when it has none (plain-JS parses, nodes built by
// hand, kinds without TS fields).
template <class T>
const typename T::TsSide* ts_side(const T& n) {
  if constexpr (!has_ts_side<T>) {
    return nullptr;
  } else {
    if (!(n.flags & node_flag::kTsSide)) return nullptr;
    return reinterpret_cast<const typename T::TsSide*>(reinterpret_cast<const char*>(&n) -
                                                       sizeof(typename T::TsSide));
  }
}
template <class T>
typename T::TsSide* ts_side(T& n) {
  return const_cast<typename T::TsSide*>(ts_side(static_cast<const T&>(n)));
}
// One side field's value: the record's, or the field's default when there is no record.
template <class T, class V>
V ts_side_value(const T& n, V T::TsSide::*member) {
  const typename T::TsSide* side = ts_side(n);
  return side ? side->*member : V{};
}

// acorn's Literal.regex and Literal.bigint, derived rather than stored (they would double the
// size of the most common node of data-heavy files).
// The pattern and flags of a regular expression literal's text `/pattern/flags` (flags are
// letters, so the last `/` ends the pattern). The one split, for nodes and tokens alike.
inline RegexValue split_regex_literal(std::string_view raw) {
  const std::size_t slash = raw.rfind('/');
  return {raw.substr(1, slash - 1), raw.substr(slash + 1)};
}
// A regular expression literal's pattern and flags, cut from its raw text; absent on other
// literals.
inline RegexValue regex_of(const Literal& lit) {
  if (lit.value.kind != LiteralKind::RegExp) return {};
  return split_regex_literal(lit.raw);
}
// A BigInt literal's value in decimal digits, without the `n` (acorn's `bigint`); absent
// (data() == nullptr) on other literals.
inline std::string_view bigint_of(const Literal& lit) {
  return lit.value.kind == LiteralKind::BigInt ? lit.value.string : std::string_view{};
}

// Checked downcasts driven by kKind (the LLVM isa/cast idea).
template <class T>
bool is(const Node* n) {
  return n && n->kind == T::kKind;
}
template <class T>
T* as(Node* n) {
  return is<T>(n) ? static_cast<T*>(n) : nullptr;
}
template <class T>
const T* as(const Node* n) {
  return is<T>(n) ? static_cast<const T*>(n) : nullptr;
}

}  // namespace essa
