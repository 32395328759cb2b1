#include "parse_file.h"

#include <utility>

namespace essa::cli {

ParseResult parse_with_goal(std::string& bytes, Goal goal, const ParseOptions& base,
                            Arena arena) {
  ParseResult first =
      parse(SourceText::adopt(bytes), parse_options_for(goal, base), std::move(arena));
  if (first.ok() || goal != Goal::Detect || !first.source().ok()) return first;
  // Only files that fail as CommonJS pay for the second parse (and a copy of the text).
  ParseResult as_module =
      parse(SourceText::from_bytes(first.source().text()), parse_options_for(Goal::Module, base),
            first.take_arena());
  return as_module.ok() ? std::move(as_module) : std::move(first);
}

}  // namespace essa::cli
