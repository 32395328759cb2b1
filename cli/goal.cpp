#include "goal.h"

#include <fcntl.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <vector>

#include <nlohmann/json.hpp>

#include "extensions.h"
#include "options.h"

namespace essa::cli {
namespace {

// The directory part of `path` ("." when it has none).
std::string directory_of(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return ".";
  if (slash == 0) return "/";
  return std::string(path.substr(0, slash));
}

// The whole file, or false when it cannot be opened or read.
bool read_small_file(const std::string& path, std::string& text) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char buffer[16384];
  ssize_t got = 0;
  while ((got = read(fd, buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<std::size_t>(got));
  close(fd);
  return got == 0;
}

}  // namespace

std::string_view goal_name(Goal goal) {
  switch (goal) {
    case Goal::Auto: return "auto";
    case Goal::Script: return "script";
    case Goal::Module: return "module";
    case Goal::CommonJs: return "commonjs";
    case Goal::Detect: return "detect";
  }
  return "auto";
}

ParseOptions parse_options_for(Goal goal, ParseOptions options) {
  options.module = goal == Goal::Module;
  // acorn cannot combine allowAwaitOutsideFunction with CommonJS (--commonjs refuses the
  // pair): a file that Node would take as CommonJS is then parsed as a script.
  options.commonjs = (goal == Goal::CommonJs || goal == Goal::Detect) &&
                     !options.allow_await_outside_function;
  return options;
}

Goal GoalDetector::goal_of(std::string_view path) {
  if (forced_ != Goal::Auto) return forced_;
  if (reads_stdin(path)) return Goal::Script;
  const Extension* extension = find_extension(path);
  if (extension == nullptr) return Goal::Script;
  if (extension->goal != Goal::Auto) return extension->goal;
  // Node resolves symbolic links before it looks for the package scope.
  const std::string dir = directory_of(path);
  auto real = real_dirs_.find(dir);
  if (real == real_dirs_.end()) {
    char resolved[PATH_MAX];
    real = real_dirs_.emplace(dir, realpath(dir.c_str(), resolved) ? resolved : dir).first;
  }
  switch (type_of_scope(real->second)) {
    case PackageType::Module: return Goal::Module;
    case PackageType::CommonJs: return Goal::CommonJs;
    case PackageType::None: return Goal::Detect;
  }
  return Goal::Detect;
}

// Node's package scope lookup (getPackageScopeConfig): the nearest package.json from the
// file's directory up, whatever it holds, but never one directly in a node_modules folder
// nor above it. A package.json that is not valid JSON counts as one without "type".
GoalDetector::PackageType GoalDetector::type_of_scope(const std::string& start) {
  std::vector<std::string> visited;
  PackageType type = PackageType::None;
  std::string dir = start;
  for (;;) {
    if (auto known = scopes_.find(dir); known != scopes_.end()) {
      type = known->second;
      break;
    }
    visited.push_back(dir);
    const std::size_t slash = dir.rfind('/');
    const std::string_view name = slash == std::string::npos ? dir : std::string_view(dir).substr(slash + 1);
    if (name == "node_modules") break;
    std::string text;
    if (read_small_file(dir == "/" ? "/package.json" : dir + "/package.json", text)) {
      const nlohmann::json package = nlohmann::json::parse(text, nullptr, false);
      if (package.is_object()) {
        const auto it = package.find("type");
        if (it != package.end() && it->is_string()) {
          if (*it == "module") type = PackageType::Module;
          if (*it == "commonjs") type = PackageType::CommonJs;
        }
      }
      break;
    }
    if (dir == "/" || slash == std::string::npos) break;
    dir = slash == 0 ? "/" : dir.substr(0, slash);
  }
  for (const std::string& d : visited) scopes_.emplace(d, type);
  return type;
}

}  // namespace essa::cli
