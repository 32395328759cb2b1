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
  if (as_module.ok()) return as_module;
  // Neither goal parses it: report the parse that got further. A module stops CommonJS at its
  // first `import`/`export` and fails later as a module, at its real mistake (Node, too,
  // reports the module error after its retry); a script's own error comes no later than the
  // module goal's. TypeScript's parser reads `import` and `export` in every file, so there a
  // tie goes to the module goal (`export x;` is its "Declaration or statement expected.").
  const bool module_got_further =
      as_module.error() != nullptr && first.error() != nullptr &&
      (as_module.error()->byte_offset > first.error()->byte_offset ||
       (base.typescript && as_module.error()->byte_offset == first.error()->byte_offset));
  return module_got_further ? std::move(as_module) : std::move(first);
}

}  // namespace essa::cli
