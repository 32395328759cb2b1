// essa-parse -j N: files parsed on N threads, the output in input order, every NDJSON line
// whole whatever N is.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_test_util.h"

namespace {

using namespace essa::cli_test;

// A tree of `count` files of very different sizes (so that threads finish out of order),
// every seventh one a syntax error.
std::string make_corpus(int count) {
  const std::string dir = temp_dir();
  for (int i = 0; i < count; ++i) {
    std::string source;
    const int statements = (i % 10 == 0) ? 600 : (i % 3) * 20 + 1;
    for (int s = 0; s < statements; ++s) {
      source += "const v" + std::to_string(s) + " = { \"k\": [1, 'x\\n', `t${s}`] };\n";
    }
    if (i % 7 == 3) source += "a +;\n";
    char name[32];
    std::snprintf(name, sizeof name, "f%03d.js", i);
    write_file(dir + name, source);
  }
  return dir;
}

TEST(CliJobsTest, TwoJobsWriteWholeLinesInInputOrder) {
  const std::string dir = make_corpus(120);
  const CliRun one = run("-j 1 " + quoted(dir));
  const CliRun two = run("-j 2 " + quoted(dir));
  EXPECT_EQ(one.status, 1);
  EXPECT_EQ(two.status, 1);
  // Every line is a whole JSON value, one per file, in the order of the walk.
  std::size_t start = 0;
  int index = 0;
  int errors = 0;
  while (start < two.out.size()) {
    const std::size_t end = two.out.find('\n', start);
    ASSERT_NE(end, std::string::npos);
    const auto record = nlohmann::json::parse(two.out.substr(start, end - start), nullptr, false);
    ASSERT_TRUE(record.is_object()) << "line " << index << " is not whole";
    char name[32];
    std::snprintf(name, sizeof name, "f%03d.js", index);
    EXPECT_EQ(record["file"], dir + name);
    EXPECT_TRUE(record.contains("ast") != record.contains("error"));
    errors += record.contains("error") ? 1 : 0;
    start = end + 1;
    ++index;
  }
  EXPECT_EQ(index, 120);
  EXPECT_EQ(errors, 17);
  // The same bytes whatever the number of jobs, standard error included.
  EXPECT_EQ(two.out, one.out);
  EXPECT_EQ(two.err, one.err);
  EXPECT_EQ(run("--jobs=7 " + quoted(dir)).out, one.out);
  EXPECT_EQ(run("-j64 " + quoted(dir)).out, one.out);
}

// With several jobs the walk goes on while the workers parse; a problem met while listing
// (here a symbolic link loop and a missing argument) is still reported in its place among
// the files' errors, the same with any number of jobs.
TEST(CliJobsTest, ListingProblemsStayInTheirPlace) {
  const std::string dir = temp_dir();
  write_file(dir + "a.js", "a +;\n");
  write_file(dir + "m/b.js", "b +;\n");
  std::filesystem::create_directory_symlink("..", dir + "m/loop");
  write_file(dir + "z.js", "z +;\n");
  const std::string args = "--check " + quoted(dir) + " " + quoted(dir + "missing.js");
  const CliRun one = run("-j 1 " + args);
  EXPECT_EQ(one.status, 2);
  const std::string loop =
      "essa-parse: warning: '" + dir + "m/loop' is a symbolic link loop; not walked\n";
  const std::size_t b = one.out.find("m/b.js:1:4:");
  const std::size_t z = one.out.find("z.js:1:4:");
  ASSERT_NE(b, std::string::npos) << one.out;
  ASSERT_NE(z, std::string::npos) << one.out;
  EXPECT_EQ(one.err, loop + "essa-parse: cannot open '" + dir +
                         "missing.js': No such file or directory\n");
  for (const char* jobs : {"-j 2 ", "-j 3 "}) {
    const CliRun many = run(jobs + args);
    EXPECT_EQ(many.status, 2) << jobs;
    EXPECT_EQ(many.out.substr(0, many.out.rfind("\n", many.out.size() - 2)),
              one.out.substr(0, one.out.rfind("\n", one.out.size() - 2)))
        << jobs;
    EXPECT_EQ(many.err, one.err) << jobs;
  }
  // In NDJSON mode the syntax errors go to standard error too: the warning stands between
  // m/b.js's and z.js's.
  const CliRun ndjson = run("-j 2 " + quoted(dir));
  const std::size_t warning = ndjson.err.find(loop);
  ASSERT_NE(warning, std::string::npos) << ndjson.err;
  EXPECT_LT(ndjson.err.find("m/b.js:1:4"), warning) << ndjson.err;
  EXPECT_GT(ndjson.err.find("z.js:1:4"), warning) << ndjson.err;
}

TEST(CliJobsTest, JobsNeedAPositiveNumber) {
  for (const char* bad : {"-j 0", "-j x", "--jobs=", "-j -1", "--jobs 100000"}) {
    const CliRun r = run(std::string(bad) + " a.js");
    EXPECT_EQ(r.status, 2) << bad;
  }
  EXPECT_EQ(run("-j 0 a.js").err,
            "essa-parse: -j needs a number of jobs from 1 to 1024 (got '0')\n"
            "Try 'essa-parse --help' for more information.\n");
}

}  // namespace
