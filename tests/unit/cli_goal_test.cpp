// essa-parse decides each file's goal as Node does: .mjs module, .cjs CommonJS, .js by the
// nearest package.json "type", module syntax detection without one; options force a goal.
#include <gtest/gtest.h>

#include <string>

#include "cli_test_util.h"

namespace {

using namespace essa::cli_test;

// "module", "script" (the sourceType of the Program) or "error".
std::string goal_of(const std::string& args, std::string_view input = {}) {
  const CliRun r = run(args, input);
  if (r.status != 0) return "error";
  if (r.out.find(R"("sourceType":"module")") != std::string::npos) return "module";
  if (r.out.find(R"("sourceType":"script")") != std::string::npos) return "script";
  return "?" + r.out + r.err;
}

constexpr std::string_view kExport = "export const a = 1;\n";
constexpr std::string_view kReturn = "if (x) return;\n";
constexpr std::string_view kOctal = "017;\n";  // sloppy only

TEST(CliGoalTest, ExtensionsDecide) {
  const std::string dir = temp_dir();
  write_file(dir + "package.json", R"({"type": "module"})");
  write_file(dir + "a.mjs", kExport);
  write_file(dir + "r.cjs", kReturn);
  write_file(dir + "o.cjs", kOctal);
  write_file(dir + "e.cjs", kExport);
  EXPECT_EQ(goal_of(quoted(dir + "a.mjs")), "module");
  // CommonJS: the script goal, return allowed at the top level, whatever the package says.
  EXPECT_EQ(goal_of(quoted(dir + "r.cjs")), "script");
  EXPECT_EQ(goal_of(quoted(dir + "o.cjs")), "script");
  EXPECT_EQ(goal_of(quoted(dir + "e.cjs")), "error");
}

TEST(CliGoalTest, JsFollowsTheNearestPackageType) {
  const std::string dir = temp_dir();
  write_file(dir + "package.json", R"({"name": "p", "type": "module"})");
  write_file(dir + "lib/a.js", kExport);
  write_file(dir + "lib/r.js", kReturn);
  write_file(dir + "cjs/package.json", R"({"type": "commonjs"})");
  write_file(dir + "cjs/r.js", kReturn);
  write_file(dir + "cjs/e.js", kExport);
  EXPECT_EQ(goal_of(quoted(dir + "lib/a.js")), "module");
  EXPECT_EQ(goal_of(quoted(dir + "lib/r.js")), "error");
  EXPECT_EQ(goal_of(quoted(dir + "cjs/r.js")), "script");
  // "type": "commonjs" is not detected as a module even when only that parses.
  EXPECT_EQ(goal_of(quoted(dir + "cjs/e.js")), "error");
  // The nearest package.json decides even without "type" (Node's package scope).
  write_file(dir + "plain/package.json", R"({"name": "plain"})");
  write_file(dir + "plain/o.js", kOctal);
  EXPECT_EQ(goal_of(quoted(dir + "plain/o.js")), "script");
  // One run over the tree: the answers are cached per directory, and the same.
  const CliRun all = run("--ndjson " + quoted(dir + "lib/a.js") + " " + quoted(dir + "cjs/r.js") +
                         " " + quoted(dir + "lib/a.js"));
  EXPECT_EQ(all.status, 0) << all.err;
}

TEST(CliGoalTest, NoTypeMeansCommonJsOrDetectedModule) {
  const std::string dir = temp_dir();
  write_file(dir + "package.json", R"({"name": "p"})");
  write_file(dir + "r.js", kReturn);
  write_file(dir + "e.js", kExport);
  write_file(dir + "o.js", kOctal);
  write_file(dir + "tla.js", "await Promise.resolve(1);\n");
  write_file(dir + "both.js", "export {}; return;\n");
  write_file(dir + "with.js", "with (a) {}\nexport {};\n");
  EXPECT_EQ(goal_of(quoted(dir + "r.js")), "script");
  EXPECT_EQ(goal_of(quoted(dir + "e.js")), "module");
  EXPECT_EQ(goal_of(quoted(dir + "o.js")), "script");
  EXPECT_EQ(goal_of(quoted(dir + "tla.js")), "module");
  // Neither goal parses it: the error further into the file is reported, the module's here
  // (CommonJS stops at `export`, the module at `return`)...
  const CliRun both = run(quoted(dir + "both.js"));
  EXPECT_EQ(both.status, 1);
  EXPECT_EQ(both.err.substr(0, both.err.find('\n')),
            dir + "both.js:1:12: SyntaxError: 'return' outside of function");
  // ... and the CommonJS one here (the module goal stops at `with`, CommonJS at `export`).
  const CliRun with = run(quoted(dir + "with.js"));
  EXPECT_EQ(with.status, 1);
  EXPECT_EQ(with.err.substr(0, with.err.find('\n')),
            dir + "with.js:2:1: SyntaxError: 'import' and 'export' may appear only with "
                  "'sourceType: module'");
}

TEST(CliGoalTest, PackageScopesStopAtNodeModules) {
  const std::string dir = temp_dir();
  write_file(dir + "package.json", R"({"type": "module"})");
  // A package.json directly in node_modules is nobody's scope, nor is anything above it.
  write_file(dir + "node_modules/package.json", R"({"type": "module"})");
  write_file(dir + "node_modules/pkg/r.js", kReturn);
  write_file(dir + "node_modules/esm/package.json", R"({"type": "module"})");
  write_file(dir + "node_modules/esm/lib/a.js", kExport);
  EXPECT_EQ(goal_of(quoted(dir + "node_modules/pkg/r.js")), "script");
  EXPECT_EQ(goal_of(quoted(dir + "node_modules/esm/lib/a.js")), "module");
  // An unreadable package.json (not JSON) still ends the search, without a type.
  write_file(dir + "broken/package.json", "{ not json");
  write_file(dir + "broken/r.js", kReturn);
  EXPECT_EQ(goal_of(quoted(dir + "broken/r.js")), "script");
}

TEST(CliGoalTest, OptionsForceTheGoal) {
  const std::string dir = temp_dir();
  write_file(dir + "package.json", R"({"type": "module"})");
  write_file(dir + "r.js", kReturn);
  write_file(dir + "e.cjs", kExport);
  EXPECT_EQ(goal_of("--commonjs " + quoted(dir + "r.js")), "script");
  EXPECT_EQ(goal_of("--script " + quoted(dir + "r.js")), "error");
  EXPECT_EQ(goal_of("--module " + quoted(dir + "e.cjs")), "module");
  EXPECT_EQ(run("--module --commonjs x.js").status, 2);
  EXPECT_EQ(run("--script --commonjs x.js").err,
            "essa-parse: --module, --script and --commonjs cannot be used together\n"
            "Try 'essa-parse --help' for more information.\n");
  // Standard input is a script unless told otherwise.
  EXPECT_EQ(goal_of("", kReturn), "error");
  EXPECT_EQ(goal_of("--commonjs", kReturn), "script");
  EXPECT_EQ(goal_of("--module", kExport), "module");
}

// --list prints the goal each file gets, in the order a run parses them, and parses nothing.
TEST(CliGoalTest, ListShowsEachFilesGoal) {
  const std::string dir = temp_dir();
  write_file(dir + "package.json", R"({"name": "p"})");
  write_file(dir + "d.js", "a +;\n");  // not parsed: no error
  write_file(dir + "c.cjs", kReturn);
  write_file(dir + "esm/package.json", R"({"type": "module"})");
  write_file(dir + "esm/m.js", kExport);
  write_file(dir + "esm/s.mjs", kExport);
  write_file(dir + "cjs/package.json", R"({"type": "commonjs"})");
  write_file(dir + "cjs/r.js", kReturn);
  const CliRun r = run("--list " + quoted(dir));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "{\"file\":\"" + dir + "c.cjs\",\"goal\":\"commonjs\"}\n" +
                       "{\"file\":\"" + dir + "cjs/r.js\",\"goal\":\"commonjs\"}\n" +
                       "{\"file\":\"" + dir + "d.js\",\"goal\":\"detect\"}\n" +
                       "{\"file\":\"" + dir + "esm/m.js\",\"goal\":\"module\"}\n" +
                       "{\"file\":\"" + dir + "esm/s.mjs\",\"goal\":\"module\"}\n");
  // With --shard, the shard's files; a forced goal for all; "script" for standard input.
  EXPECT_EQ(run("--list --shard 2/2 " + quoted(dir)).out,
            "{\"file\":\"" + dir + "cjs/r.js\",\"goal\":\"commonjs\"}\n" +
                "{\"file\":\"" + dir + "esm/m.js\",\"goal\":\"module\"}\n");
  EXPECT_EQ(run("--list --script " + quoted(dir + "esm/s.mjs")).out,
            "{\"file\":\"" + dir + "esm/s.mjs\",\"goal\":\"script\"}\n");
  EXPECT_EQ(run("--list -").out, "{\"file\":\"<stdin>\",\"goal\":\"script\"}\n");
  EXPECT_EQ(run("--list --check " + quoted(dir)).status, 2);
}

}  // namespace
