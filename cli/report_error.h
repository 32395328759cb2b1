// Prints a syntax error for people: a compiler-style header, the source line, a caret.
#pragma once

#include <string>
#include <string_view>

#include "essa/source.h"

namespace essa::cli {

// The error as
//   FILE:LINE:COLUMN: SyntaxError: MESSAGE
//   <the source line, or a window of it around the column when it is long>
//   <spaces>^
// LINE and COLUMN are 1-based; COLUMN counts UTF-16 code units like acorn's 0-based column.
// `bytes` is the raw input, which may hold invalid UTF-8 (shown as '?').
std::string format_syntax_error(std::string_view file_name, std::string_view bytes,
                                const SyntaxError& error);

}  // namespace essa::cli
