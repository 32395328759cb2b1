// The tree of a parse built as JavaScript objects with Node-API calls (napi_objects.cpp): a
// measurement for bench/transfer.mjs (the package's parse() decodes words instead).
#pragma once

#include <node_api.h>

#include "essa/parse.h"

namespace essa_node {

napi_value build_objects(napi_env env, const essa::ParseResult& result);

}  // namespace essa_node
