// One parse of a file's bytes with its goal, Node's module syntax detection included.
#pragma once

#include <string>

#include "essa/arena.h"
#include "essa/parse.h"
#include "goal.h"

namespace essa::cli {

// Parses `bytes` (taken over when they are valid UTF-8) with `goal`. Goal::Detect parses as
// CommonJS first and, when that fails but the module goal parses the file, returns the
// module parse, as Node does for a .js file outside any package "type". When neither goal
// parses it, the error is the one further into the file (the CommonJS one on a tie, the
// module one for TypeScript). `base`: the options other than the goal (comments...).
// `arena`: memory of an earlier parse, reused.
ParseResult parse_with_goal(std::string& bytes, Goal goal, const ParseOptions& base, Arena arena);

}  // namespace essa::cli
