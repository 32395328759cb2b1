// Walking the tree: for_each_child() and a CRTP Visitor, both expanded from nodes.def, so a
// new node or field is walked without touching this file. No std::function, no virtual calls:
// the callback is a template parameter and the visitor's hooks are found at compile time.
#pragma once

#include <type_traits>

#include "essa/ast.h"

namespace essa {
namespace visit_detail {

// A field is a child when its C++ type is a node pointer or a list (nodes.def tags Node,
// NodeOrNull, NodeList, NodeListWithHoles); every other field type is a value and is skipped.
template <class N, class F>
inline void each(F& f, N* child) {
  if (child != nullptr) f(*child);
}
template <class F>
inline void each(F& f, const NodeList& list) {
  for (Node* child : list) {
    if (child != nullptr) f(*child);  // null: an array hole
  }
}
template <class F, class V>
inline void each(F&, const V&) {}

// Node& or const Node& walked alike: T is the concrete type with N's constness.
template <class N, class T>
using MatchConst = std::conditional_t<std::is_const_v<N>, const T, T>;

// One function per node type (N is T or const T); a separate function for each keeps the
// frames of a recursive walk small even in unoptimised builds.
#define ESSA_NODE(T)          \
  template <class N, class F> \
  inline void children_##T([[maybe_unused]] N& n, [[maybe_unused]] F& f) {
#define ESSA_FIELD(m, key, Tag) each(f, n.m);
#define ESSA_TS_FIELD(m, key, Tag) \
  if (const auto* side = ts_side(n)) each(f, side->m);
#define ESSA_END(T) }
#include "essa/nodes.def"

template <class N, class F>
inline void for_each_child_impl(N& node, F& f) {
  using Child = MatchConst<N, Node>;
  auto call = [&f](Child& c) { f(c); };
  switch (node.kind) {
#define ESSA_NODE(T) \
  case NodeKind::T:  \
    return children_##T(static_cast<MatchConst<N, T>&>(node), call);
#define ESSA_FIELD(m, key, Tag)
#define ESSA_END(T)
#include "essa/nodes.def"
  }
}

}  // namespace visit_detail

// Calls f(child) on every non-null child of `node`, in field order (acorn's key order, which is
// source order for all nodes but a few: a LabeledStatement's body precedes its label, a
// SwitchCase's consequent its test); list elements in order, holes skipped. f receives Node& (const
// Node& for a const node). A shorthand property's key and value are one node, so f sees it twice.
template <class F>
inline void for_each_child(Node& node, F&& f) {
  visit_detail::for_each_child_impl(node, f);
}
template <class F>
inline void for_each_child(const Node& node, F&& f) {
  visit_detail::for_each_child_impl(node, f);
}

// A preorder walk with compile-time hooks. Derive as `struct V : Visitor<V> { ... }` (or
// `Visitor<V, const Node>` for a read-only walk) and define any of
//   enter(T&)   called before the children of each node of type T (a concrete node type such as
//               Identifier, or Node for every node); returning false skips the children, and a
//               void return walks them
//   leave(T&)   called after the children
// The most specific overload wins, as in ordinary overload resolution. Then call walk(root).
//
// walk() recurses once per tree level with a small frame. Its depth is the tree's depth, which
// the parser bounds (ParseOptions::max_depth); a hand-built tree must stay shallow likewise.
template <class Derived, class NodeT = Node>
class Visitor {
  static_assert(std::is_same_v<std::remove_const_t<NodeT>, Node>,
                "Visitor<Derived, Node> or Visitor<Derived, const Node>");

 public:
  void walk(NodeT& node) {
    if (dispatch_enter(node)) for_each_child(node, [this](NodeT& child) { walk(child); });
    dispatch_leave(node);
  }

 private:
  Derived& self() { return static_cast<Derived&>(*this); }

  bool dispatch_enter(NodeT& node) {
    switch (node.kind) {
#define ESSA_NODE(T) \
  case NodeKind::T:  \
    return call_enter(static_cast<visit_detail::MatchConst<NodeT, T>&>(node));
#define ESSA_FIELD(m, key, Tag)
#define ESSA_END(T)
#include "essa/nodes.def"
    }
    return true;
  }

  void dispatch_leave(NodeT& node) {
    switch (node.kind) {
#define ESSA_NODE(T)                                                    \
  case NodeKind::T:                                                     \
    call_leave(static_cast<visit_detail::MatchConst<NodeT, T>&>(node)); \
    return;
#define ESSA_FIELD(m, key, Tag)
#define ESSA_END(T)
#include "essa/nodes.def"
    }
  }

  template <class T>
  bool call_enter(T& node) {
    if constexpr (requires(Derived & d) { d.enter(node); }) {
      if constexpr (std::is_void_v<decltype(self().enter(node))>) {
        self().enter(node);
        return true;
      } else {
        return static_cast<bool>(self().enter(node));
      }
    } else {
      return true;
    }
  }

  template <class T>
  void call_leave(T& node) {
    if constexpr (requires(Derived & d) { d.leave(node); }) self().leave(node);
  }
};

}  // namespace essa
