// The metadata of a test262 test: the YAML between `/*---` and `---*/`, reduced to what a
// parser's conformance run needs (INTERPRETING.md, "Metadata").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace essa::test262 {

struct Frontmatter {
  bool found = false;  // the file has a `/*---` ... `---*/` block
  // flags:
  bool module = false;
  bool only_strict = false;
  bool no_strict = false;
  bool raw = false;
  std::vector<std::string> flags;  // every flag as written, in order
  // negative: (both empty when the test is positive)
  std::string negative_phase;  // "parse", "resolution" or "runtime"
  std::string negative_type;   // "SyntaxError", ...
  // features:
  std::vector<std::string> features;

  // True when a parser must reject the test: an error in the parse phase. Resolution- and
  // runtime-phase negatives are valid source text.
  bool expects_parse_error() const { return negative_phase == "parse"; }
};

// Reads the first frontmatter block of `source`. Understands the YAML subset test262 uses
// for these keys: top-level `key:` lines, flow lists (`[a, b]`), block lists (`- a`) and the
// indented `phase:`/`type:` mapping under `negative:`. Other keys are skipped. Missing or
// malformed metadata leaves the defaults (a positive test, run in both modes).
Frontmatter parse_frontmatter(std::string_view source);

// How a test is parsed: each run is one parse.
enum class Mode : unsigned char { Sloppy, Strict, Module };

std::string_view mode_name(Mode mode);

// The runs INTERPRETING.md asks for: `module` once as a module; `raw` and `noStrict` once as
// a sloppy script; `onlyStrict` once in strict mode; otherwise sloppy, then strict.
struct Modes {
  Mode mode[2] = {Mode::Sloppy, Mode::Strict};
  int count = 0;
  const Mode* begin() const { return mode; }
  const Mode* end() const { return mode + count; }
};
Modes modes_for(const Frontmatter& meta);

// The text INTERPRETING.md prepends for a strict run: a directive, then a newline.
inline constexpr std::string_view kStrictPrefix = "\"use strict\";\n";

}  // namespace essa::test262
