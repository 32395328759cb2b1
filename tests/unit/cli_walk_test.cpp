// essa-parse over directories and file lists: what is walked, in which order, --exclude,
// --files-from, symbolic link loops and --shard.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_test_util.h"

namespace {

using namespace essa::cli_test;

// The "file" of each NDJSON record, in order; "!" + the line when a line is not a record.
std::vector<std::string> files_of(const std::string& ndjson) {
  std::vector<std::string> files;
  std::size_t start = 0;
  while (start < ndjson.size()) {
    const std::size_t end = ndjson.find('\n', start);
    const std::string line = ndjson.substr(start, end - start);
    const auto record = nlohmann::json::parse(line, nullptr, false);
    files.push_back(record.is_object() && record.contains("file")
                        ? record["file"].get<std::string>()
                        : "!" + line);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return files;
}

// A tree with every kind of entry a walk meets.
std::string make_tree() {
  const std::string dir = temp_dir();
  for (const char* name : {"a.js", "b.mjs", "c.cjs", ".hidden/g.js", "node_modules/h.js",
                           "sub/i.js", "sub/deeper/j.js", "d.txt", "e.jsx", "f.ts", "k.d.ts"}) {
    write_file(dir + name, "x;\n");
  }
  return dir;
}

using Files = std::vector<std::string>;

TEST(CliWalkTest, DirectoryWalkedRecursivelyInNameOrder) {
  const std::string dir = make_tree();
  const CliRun r = run(quoted(dir));
  EXPECT_EQ(r.status, 0) << r.err;
  // Names in byte order at each level; hidden folders and node_modules included; only the
  // extensions essa parses (JavaScript, JSX and TypeScript), not d.txt.
  EXPECT_EQ(files_of(r.out),
            (Files{dir + ".hidden/g.js", dir + "a.js", dir + "b.mjs", dir + "c.cjs",
                   dir + "e.jsx", dir + "f.ts", dir + "k.d.ts", dir + "node_modules/h.js",
                   dir + "sub/deeper/j.js", dir + "sub/i.js"}));
  // A directory is NDJSON even when it holds a single file.
  const std::string one = temp_dir("one");
  write_file(one + "only.js", "x");
  EXPECT_EQ(files_of(run(quoted(one)).out), Files{one + "only.js"});
  // Without the trailing slash, names are joined with one.
  const std::string bare = one.substr(0, one.size() - 1);
  EXPECT_EQ(files_of(run(quoted(bare)).out), Files{bare + "/only.js"});
}

TEST(CliWalkTest, EmptyDirectoryGivesNothing) {
  const CliRun r = run(quoted(temp_dir()));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(CliWalkTest, ExplicitFilesAreParsedWhateverTheirExtension) {
  const std::string dir = make_tree();
  const CliRun r = run(quoted(dir + "d.txt") + " " + quoted(dir + "sub"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(files_of(r.out), (Files{dir + "d.txt", dir + "sub/deeper/j.js", dir + "sub/i.js"}));
}

TEST(CliWalkTest, ExcludeMatchesNamesOrPaths) {
  const std::string dir = make_tree();
  EXPECT_EQ(files_of(run("--exclude node_modules --exclude '.*' " + quoted(dir)).out),
            (Files{dir + "a.js", dir + "b.mjs", dir + "c.cjs", dir + "e.jsx", dir + "f.ts",
                   dir + "k.d.ts", dir + "sub/deeper/j.js", dir + "sub/i.js"}));
  // A glob with a '/' matches the whole path as walked; the = form works too.
  EXPECT_EQ(files_of(run("'--exclude=*/sub' --exclude='*.?js' --exclude='*.ts' " + quoted(dir)).out),
            (Files{dir + ".hidden/g.js", dir + "a.js", dir + "e.jsx", dir + "node_modules/h.js"}));
  // Files named on the command line are never excluded.
  EXPECT_EQ(files_of(run("--exclude '*.js' " + quoted(dir + "a.js") + " --ndjson").out),
            Files{dir + "a.js"});
}

TEST(CliWalkTest, FilesFromNewlineOrNulSeparated) {
  const std::string dir = make_tree();
  const std::string list = temp_path("list");
  write_file(list, dir + "c.cjs\n" + dir + "sub\n\n" + dir + "a.js\n");
  const Files expected{dir + "c.cjs", dir + "sub/deeper/j.js", dir + "sub/i.js", dir + "a.js"};
  CliRun r = run("--files-from " + quoted(list));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(files_of(r.out), expected);
  // NUL-separated, as find -print0 writes, from standard input.
  const std::string nul = dir + "c.cjs" + '\0' + dir + "sub" + '\0' + dir + "a.js" + '\0';
  r = run("--files-from -", nul);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(files_of(r.out), expected);
  // Arguments come first, then the list.
  EXPECT_EQ(files_of(run(quoted(dir + "b.mjs") + " --files-from=" + quoted(list)).out)[0],
            dir + "b.mjs");
  EXPECT_EQ(run("--files-from no-such-list").status, 2);
  EXPECT_EQ(run("--files-from - -").status, 2);  // standard input twice
  std::remove(list.c_str());
}

TEST(CliWalkTest, SymbolicLinkLoopIsReportedNotFollowed) {
  const std::string dir = temp_dir();
  write_file(dir + "a.js", "x");
  write_file(dir + "sub/b.js", "x");
  std::filesystem::create_directory_symlink("..", dir + "sub/up");
  // A link to a directory elsewhere in the tree is not a loop: it is walked.
  std::filesystem::create_directory_symlink("sub", dir + "zlink");
  const CliRun r = run(quoted(dir));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(files_of(r.out), (Files{dir + "a.js", dir + "sub/b.js", dir + "zlink/b.js"}));
  EXPECT_NE(r.err.find("'" + dir + "sub/up' is a symbolic link loop; not walked"),
            std::string::npos)
      << r.err;
}

TEST(CliWalkTest, MissingArgumentIsAnIoErrorInItsPlace) {
  const std::string dir = make_tree();
  const CliRun r = run(quoted(dir + "a.js") + " no-such-file.js " + quoted(dir + "b.mjs"));
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(files_of(r.out), (Files{dir + "a.js", dir + "b.mjs"}));
  EXPECT_EQ(r.err, "essa-parse: cannot open 'no-such-file.js': No such file or directory\n");
}

TEST(CliWalkTest, ShardsSplitTheListRoundRobin) {
  const std::string dir = make_tree();
  const Files all = files_of(run(quoted(dir)).out);
  ASSERT_EQ(all.size(), 10u);
  const Files first = files_of(run("--shard 1/3 " + quoted(dir)).out);
  const Files second = files_of(run("--shard=2/3 " + quoted(dir)).out);
  const Files third = files_of(run("--shard 3/3 " + quoted(dir)).out);
  EXPECT_EQ(first, (Files{all[0], all[3], all[6], all[9]}));
  EXPECT_EQ(second, (Files{all[1], all[4], all[7]}));
  EXPECT_EQ(third, (Files{all[2], all[5], all[8]}));
  // The same split on every run.
  EXPECT_EQ(files_of(run("--shard 1/3 " + quoted(dir)).out), first);
  EXPECT_EQ(files_of(run("--shard 1/1 " + quoted(dir)).out), all);
  for (const char* bad : {"0/3", "4/3", "1/0", "3", "a/b", "1/"}) {
    const CliRun r = run(std::string("--shard ") + bad + " " + quoted(dir));
    EXPECT_EQ(r.status, 2) << bad;
    EXPECT_NE(r.err.find("--shard needs I/N"), std::string::npos) << r.err;
  }
}

}  // namespace
