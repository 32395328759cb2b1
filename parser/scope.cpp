// The scope stack behind the declaration early errors (see scope.h).
#include "scope.h"

namespace essa {

// ---- NameTable ----

const NameTable::Slot* NameTable::find(std::string_view name, uint32_t hash) const {
  if (count_ == 0) return nullptr;
  const uint32_t mask = cap_ - 1;
  for (uint32_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (!s.used) return nullptr;
    if (s.hash == hash && s.name == name) return &s;
  }
}

void NameTable::grow(std::vector<Slot>& scratch) {
  scratch.clear();
  for (uint32_t i = 0; i < cap_; ++i) {
    if (slots_[i].used) scratch.push_back(slots_[i]);
  }
  cap_ = cap_ == 0 ? kSmall : cap_ * 2;
  if (slots_.size() < cap_) slots_.resize(cap_);
  for (uint32_t i = 0; i < cap_; ++i) slots_[i].used = false;
  const uint32_t mask = cap_ - 1;
  for (const Slot& s : scratch) {
    uint32_t i = s.hash & mask;
    while (slots_[i].used) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

NameTable::Slot& NameTable::slot_for(std::string_view name, uint32_t hash,
                                     std::vector<Slot>& scratch) {
  if ((count_ + 1) * 2 > cap_) grow(scratch);
  const uint32_t mask = cap_ - 1;
  uint32_t i = hash & mask;
  for (; slots_[i].used; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.hash == hash && s.name == name) return s;
  }
  slots_[i] = {name, hash, 0, true};
  ++count_;
  return slots_[i];
}

void NameTable::clear() {
  if (count_ != 0) {
    for (uint32_t i = 0; i < cap_; ++i) slots_[i].used = false;
  }
  // The next scope at this level starts small again (its probes stay within a few cache
  // lines), without a rehash: every slot is empty now.
  if (cap_ > kSmall) cap_ = kSmall;
  count_ = 0;
}

// ---- ScopeStack ----

ScopeStack::ScopeStack() {
  scopes_.reserve(32);
  tables_.reserve(32);
}

uint32_t ScopeStack::hash_name(std::string_view name) {
  // FNV-1a, as the lexer's name hash, with the high bits folded into the low ones that
  // pick the slot.
  uint32_t h = 2166136261u;
  for (const char c : name) {
    h ^= static_cast<uint8_t>(c);
    h *= 16777619u;
  }
  return h ^ (h >> 15);
}

void ScopeStack::enter(uint8_t flags) {
  scopes_.push_back({flags, {}});
  if (tables_.size() < scopes_.size()) tables_.emplace_back();
}

void ScopeStack::exit() {
  tables_[scopes_.size() - 1].clear();
  scopes_.pop_back();
}

bool ScopeStack::declare_param(std::string_view name) {
  Slot& slot = tables_[scopes_.size() - 1].slot_for(name, hash_name(name), scratch_);
  if (slot.bits & kVar) return false;
  slot.bits |= kVar;
  return true;
}

bool ScopeStack::declare(std::string_view name, BindKind kind) {
  const uint32_t hash = hash_name(name);
  size_t level = scopes_.size() - 1;
  if (kind != BindKind::Var) {
    Slot& slot = tables_[level].slot_for(name, hash, scratch_);
    const uint8_t bits = slot.bits;
    switch (kind) {
      case BindKind::Lexical:
        slot.bits |= kLex;
        return (bits & (kLex | kVar | kFunc)) == 0;
      case BindKind::SimpleCatch:
        slot.bits |= kLex;
        scopes_.back().catch_name = name;
        return true;
      default:  // Function
        slot.bits |= kFunc;
        return (bits & (functions_as_var() ? kLex : (kLex | kVar))) == 0;
    }
  }
  // var: bound in every scope up to the nearest var scope; clashes with a lexical name in
  // any of them (except a simple catch parameter) and with a block-level function.
  for (;;) {
    const Scope& scope = scopes_[level];
    Slot& slot = tables_[level].slot_for(name, hash, scratch_);
    const bool lexical_clash =
        (slot.bits & kLex) && !((scope.flags & kSimpleCatch) && scope.catch_name == name);
    const bool function_clash = (slot.bits & kFunc) && !functions_as_var_in(scope.flags);
    if (lexical_clash || function_clash) return false;
    slot.bits |= kVar;
    if ((scope.flags & kVarScope) || level == 0) return true;
    --level;
  }
}

bool ScopeStack::declared_at_top(std::string_view name) const {
  const Slot* s = tables_[0].find(name, hash_name(name));
  return s && (s->bits & (kLex | kVar | kFunc));
}

bool ScopeStack::add_export(std::string_view name) {
  Slot& slot = exports_.slot_for(name, hash_name(name), scratch_);
  if (slot.bits) return false;
  slot.bits = kLex;
  return true;
}

bool ScopeStack::add_key(std::string_view name) {
  Slot& slot = keys_.slot_for(name, hash_name(name), scratch_);
  if (slot.bits) return false;
  slot.bits = kLex;
  return true;
}

void ScopeStack::enter_object_literal() {
  if (literal_tables_.size() == literal_depth_) literal_tables_.emplace_back();
  ++literal_depth_;
}

uint8_t& ScopeStack::object_key(std::string_view name) {
  return literal_tables_[literal_depth_ - 1].slot_for(name, hash_name(name), scratch_).bits;
}

void ScopeStack::add_local_export(std::string_view name, uint32_t start) {
  local_exports_.push_back({name, start});
}

bool ScopeStack::first_undefined_export(std::string_view* name, uint32_t* start) const {
  for (size_t i = 0; i < local_exports_.size(); ++i) {
    if (declared_at_top(local_exports_[i].name)) continue;
    *name = local_exports_[i].name;
    *start = local_exports_[i].start;
    // acorn keeps the last reference to the name.
    for (size_t j = i + 1; j < local_exports_.size(); ++j) {
      if (local_exports_[j].name == *name) *start = local_exports_[j].start;
    }
    return true;
  }
  return false;
}

void ScopeStack::enter_class() {
  ++class_depth_;
  if (private_tables_.size() < class_depth_) private_tables_.emplace_back();
  classes_.push_back(private_uses_.size());
}

bool ScopeStack::declare_private(std::string_view name, PrivateKind kind) {
  Slot& slot = private_tables_[class_depth_ - 1].slot_for(name, hash_name(name), scratch_);
  if (!slot.bits) {
    slot.bits = static_cast<uint8_t>(kind);
    return true;
  }
  const auto prev = static_cast<PrivateKind>(slot.bits);
  const bool pair = (prev == PrivateKind::InstanceGet && kind == PrivateKind::InstanceSet) ||
                    (prev == PrivateKind::InstanceSet && kind == PrivateKind::InstanceGet) ||
                    (prev == PrivateKind::StaticGet && kind == PrivateKind::StaticSet) ||
                    (prev == PrivateKind::StaticSet && kind == PrivateKind::StaticGet);
  if (!pair) return false;
  slot.bits = static_cast<uint8_t>(PrivateKind::Other);  // complete: any further one clashes
  return true;
}

void ScopeStack::use_private(std::string_view name, uint32_t start) {
  private_uses_.push_back({name, start});
}

bool ScopeStack::exit_class(std::string_view* name, uint32_t* start) {
  NameTable& declared = private_tables_[class_depth_ - 1];
  const size_t first = classes_.back();
  size_t kept = first;
  for (size_t i = first; i < private_uses_.size(); ++i) {
    const Use u = private_uses_[i];
    const Slot* s = declared.find(u.name, hash_name(u.name));
    if (!s || !s->bits) private_uses_[kept++] = u;
  }
  private_uses_.resize(kept);
  declared.clear();
  --class_depth_;
  classes_.pop_back();
  if (class_depth_ != 0 || kept == first) return false;
  *name = private_uses_[first].name;
  *start = private_uses_[first].start;
  return true;
}

}  // namespace essa
