// The hint after a syntax error at a `<` that would open a JSX element: "did you mean --jsx".
#pragma once

#include <string>
#include <string_view>

#include "essa/parse.h"

namespace essa::cli {

// After a parse of `text` with `options` failed with `error`: when JSX was off and the error
// is at a `<` before a name or `>` that the same parse with JSX on gets past, a line for the
// report on standard error; otherwise "". The error itself stays acorn's. Costs a second parse, on failure only.
std::string jsx_hint(std::string_view text, const SyntaxError& error, ParseOptions options);

}  // namespace essa::cli
