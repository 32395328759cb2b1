// One empty type per field tag of essa/field_tags.def, so that the encoder (encode.cpp) and
// the Node-API object builder (napi_objects.cpp) can overload on a field's tag.
#pragma once

namespace essa_node::tag {
#define ESSA_TAG(Tag, Type) struct Tag {};
#define ESSA_DERIVED_TAG(Tag) struct Tag {};
#include "essa/field_tags.def"
}  // namespace essa_node::tag
