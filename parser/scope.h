// Declared names for the early errors of spec 8.2 / 14-16 (redeclarations, undeclared
// private names, duplicate exports), kept while parsing in the manner of acorn's scope.js: a
// stack of scopes, each with the names it binds lexically, as var, or as sloppy functions.
//
// Each open scope has its own small open-addressing table of names, so a lookup is one
// probe sequence whatever the scope's size, and the tables of inner scopes stay small and
// hot. Tables are kept per nesting level and reused, so parsing allocates only while the
// deepest nesting or the largest scope so far grows.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace essa {

// How a name is bound (acorn's BIND_*).
enum class BindKind : uint8_t {
  Var,          // var, parameters, functions where they count as var
  Lexical,      // let, const, using, class, import, strict-mode block functions
  Function,     // a sloppy-mode function declaration in a block or at the top of a script
  SimpleCatch,  // `catch (e)`: a plain-name catch parameter
};

// The state of a private name in one class body (acorn's privateNameMap values).
enum class PrivateKind : uint8_t { Other = 1, InstanceGet, InstanceSet, StaticGet, StaticSet };

// Names with a few bits each, in open addressing with linear probing.
class NameTable {
 public:
  struct Slot {
    std::string_view name;
    uint32_t hash;
    uint8_t bits;  // what the name is bound as (0: created, nothing bound yet)
    bool used;     // false: an empty slot
  };
  // The slot of `name` (of hash `hash`), created without bits when absent. `scratch` is
  // reused storage for rehashing.
  Slot& slot_for(std::string_view name, uint32_t hash, std::vector<Slot>& scratch);
  const Slot* find(std::string_view name, uint32_t hash) const;
  // Empties the table, keeping its storage for the next scope at this level.
  void clear();

 private:
  void grow(std::vector<Slot>& scratch);
  static constexpr uint32_t kSmall = 16;  // the first capacity, and the one after clear()

  std::vector<Slot> slots_;  // the table is the first cap_ slots
  uint32_t cap_ = 0;         // a power of two, or 0 before the first name
  uint32_t count_ = 0;
};

class ScopeStack {
 public:
  // Scope flags.
  static constexpr uint8_t kTop = 1u << 0;          // the Program
  static constexpr uint8_t kFunction = 1u << 1;     // a function or arrow (params and body)
  static constexpr uint8_t kStaticBlock = 1u << 2;  // a class static block
  static constexpr uint8_t kSimpleCatch = 1u << 3;  // a catch clause with a plain-name param
  static constexpr uint8_t kSwitch = 1u << 4;       // a switch's case block
  static constexpr uint8_t kModuleTop = 1u << 5;    // with kTop: the Program is a module
  static constexpr uint8_t kVarScope = kTop | kFunction | kStaticBlock;

  ScopeStack();

  void enter(uint8_t flags);
  void exit();
  // Binds `name` in the current scope (var: up to the nearest var scope). False when this
  // redeclares a name the binding may not redeclare.
  bool declare(std::string_view name, BindKind kind);
  // Binds a parameter (var, in the function's own scope); false when it is a parameter
  // already.
  bool declare_param(std::string_view name);
  // Do function declarations count as var here (function scopes, a script's top level)?
  bool functions_as_var() const { return functions_as_var_in(scopes_.back().flags); }
  // May a `using` declaration stand here (not directly in a case block, nor at the top
  // level of a script)?
  bool allows_using() const {
    const uint8_t flags = scopes_.back().flags;
    return !(flags & kSwitch) && (flags & (kTop | kModuleTop)) != kTop;
  }
  // Is `name` bound lexically or as var at the top level (module export checks)?
  bool declared_at_top(std::string_view name) const;

  // Module export names: false when `name` was exported before.
  bool add_export(std::string_view name);
  // `export { name }` without `from`: checked by first_undefined_export at the end.
  void add_local_export(std::string_view name, uint32_t start);
  // The first local export whose name is not bound at the top level (its last reference's
  // position, as acorn), or false when all are bound.
  bool first_undefined_export(std::string_view* name, uint32_t* start) const;

  // A set of keys (import attribute keys), emptied by end_keys; add_key is false for a key
  // added before. Sets do not nest.
  bool add_key(std::string_view name);
  void end_keys() { keys_.clear(); }

  // The keys of the object literals of ES3 and ES5 (acorn's checkPropClash), a table per
  // literal nesting level, kept for reuse: object_key gives the bits the caller keeps for a
  // key (0 when new), valid until the next key of the same literal.
  void enter_object_literal();
  uint8_t& object_key(std::string_view name);
  void exit_object_literal() { literal_tables_[--literal_depth_].clear(); }

  // Private names of class bodies.
  void enter_class();
  // False when `name` is already declared in this class body (a getter and a setter of the
  // same staticness may share a name).
  bool declare_private(std::string_view name, PrivateKind kind);
  void use_private(std::string_view name, uint32_t start);
  bool in_class() const { return class_depth_ != 0; }
  // Closes the class body: uses it does not declare pass to the enclosing class; at the
  // outermost class, the first of them is returned (true) as an error.
  bool exit_class(std::string_view* name, uint32_t* start);

 private:
  using Slot = NameTable::Slot;
  struct Scope {
    uint8_t flags;
    std::string_view catch_name;
  };
  struct Use {
    std::string_view name;
    uint32_t start;
  };
  static constexpr uint8_t kLex = 1, kVar = 2, kFunc = 4;

  bool functions_as_var_in(uint8_t flags) const {
    return (flags & kFunction) || (flags & (kTop | kModuleTop)) == kTop;
  }
  static uint32_t hash_name(std::string_view name);

  std::vector<Scope> scopes_;
  std::vector<NameTable> tables_;  // per nesting level, kept for reuse
  std::vector<Slot> scratch_;      // for rehashing
  NameTable exports_;
  NameTable keys_;
  std::vector<Use> local_exports_;
  std::vector<NameTable> private_tables_;  // per class nesting level, kept for reuse
  size_t class_depth_ = 0;
  std::vector<NameTable> literal_tables_;  // per object literal nesting level, kept for reuse
  size_t literal_depth_ = 0;
  std::vector<size_t> classes_;  // per open class: its first entry in private_uses_
  std::vector<Use> private_uses_;
};

}  // namespace essa
