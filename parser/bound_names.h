// The names a binding target binds (the spec's BoundNames), for every walk over binding
// patterns: strict-mode name checks, declaring names in scope, exported names.
#pragma once

#include "essa/ast.h"

namespace essa {

// Calls f(const Identifier*) for each name `target` binds, in source order: through object
// and array patterns, defaults and rest elements. Holes (null) bind nothing. The parser
// bounds the nesting of patterns, so the recursion is bounded too.
template <class F>
void for_each_bound_name(const Node* target, F& f) {
  if (!target) return;
  // Every other node (a new kind too) binds nothing.
  switch (partial(target->kind)) {
    case partial(NodeKind::Identifier):
      f(static_cast<const Identifier*>(target));
      return;
    case partial(NodeKind::ObjectPattern):
      for (const Node* prop : static_cast<const ObjectPattern*>(target)->properties) {
        const auto* p = as<Property>(prop);
        for_each_bound_name(p ? p->value : prop, f);  // else a RestElement
      }
      return;
    case partial(NodeKind::ArrayPattern):
      for (const Node* element : static_cast<const ArrayPattern*>(target)->elements) {
        for_each_bound_name(element, f);
      }
      return;
    case partial(NodeKind::AssignmentPattern):
      for_each_bound_name(static_cast<const AssignmentPattern*>(target)->left, f);
      return;
    case partial(NodeKind::RestElement):
      for_each_bound_name(static_cast<const RestElement*>(target)->argument, f);
      return;
  }
}

}  // namespace essa
