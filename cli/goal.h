// Which goal a file is parsed with, decided as Node decides it: .mjs module, .cjs CommonJS,
// .js by the "type" of the nearest package.json (cached per directory).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "essa/parse.h"

namespace essa::cli {

enum class Goal : uint8_t {
  Auto,      // --module/--script/--commonjs not given: decide per file
  Script,    // the script goal (standard input and files Node does not load by extension)
  Module,    // the module goal
  CommonJs,  // a CommonJS module: the script goal with top-level return (ParseOptions)
  Detect,    // .js outside any "type": CommonJS, or module when only that parses (Node's
             // module syntax detection, on by default since Node 20.19 and 22.7)
};

// The goal's name in essa-parse --list: "script", "module", "commonjs", "detect" ("auto"
// for Auto, which a decided goal never is).
std::string_view goal_name(Goal goal);

// The parse options of the first (or only) parse of a file with this goal; Detect starts
// as CommonJS.
ParseOptions parse_options_for(Goal goal, ParseOptions options = {});

class GoalDetector {
 public:
  // `forced`: the goal given on the command line, or Auto.
  explicit GoalDetector(Goal forced) : forced_(forced) {}

  // The goal of `path` ("-": standard input). Not thread-safe (its cache).
  Goal goal_of(std::string_view path);

 private:
  enum class PackageType : uint8_t { None, Module, CommonJs };
  // The "type" of the package scope of `dir` (an absolute, resolved directory).
  PackageType type_of_scope(const std::string& dir);

  Goal forced_;
  std::unordered_map<std::string, PackageType> scopes_;  // directory -> its package's type
  std::unordered_map<std::string, std::string> real_dirs_;  // directory as given -> resolved
};

}  // namespace essa::cli
