// essa-parse -o: what each kind of target gets, and that no case harms the file system or
// leaves a temporary file behind (errors, SIGINT, SIGTERM).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "cli_test_util.h"

extern char** environ;

namespace {

using namespace essa::cli_test;

constexpr std::string_view kSumJson =
    R"({"type":"Program","start":0,"end":5,"body":[{"type":"ExpressionStatement","start":0,"end":5,"expression":{"type":"BinaryExpression","start":0,"end":5,"left":{"type":"Identifier","start":0,"end":1,"name":"a"},"operator":"+","right":{"type":"Literal","start":4,"end":5,"value":1,"raw":"1"}}}],"sourceType":"script"})";

// The entries of `dir` whose names hold ".tmp-": temporary files left behind.
std::vector<std::string> temporaries(const std::string& dir) {
  std::vector<std::string> found;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.find(".tmp-") != std::string::npos) found.push_back(name);
  }
  return found;
}

mode_t mode_of(const std::string& path) {
  struct stat info {};
  stat(path.c_str(), &info);
  return info.st_mode;
}

TEST(CliOutputTest, ReplacedFileKeepsItsModeAndLinks) {
  const std::string dir = temp_dir();
  const std::string target = dir + "out.json";
  write_file(target, "old");
  chmod(target.c_str(), 0640);
  EXPECT_EQ(run("-o " + quoted(target), "a + 1").status, 0);
  EXPECT_EQ(read_file(target), std::string(kSumJson) + "\n");
  EXPECT_EQ(mode_of(target) & 07777, 0640u);
  // Through a symbolic link, the file it points at is replaced; the link stays a link.
  const std::string link = dir + "link.json";
  std::filesystem::create_symlink("out.json", link);
  EXPECT_EQ(run("--output=" + quoted(link), "b").status, 0);
  EXPECT_TRUE(std::filesystem::is_symlink(link));
  EXPECT_EQ(read_file(target).find(R"("name":"b")") != std::string::npos, true);
  // A hard link: the target gets a new inode, the other name keeps the old contents.
  const std::string other = dir + "other.json";
  std::filesystem::create_hard_link(target, other);
  const std::string before = read_file(other);
  EXPECT_EQ(run("-o" + quoted(target), "a + 1").status, 0);
  EXPECT_EQ(read_file(target), std::string(kSumJson) + "\n");
  EXPECT_EQ(read_file(other), before);
  EXPECT_TRUE(temporaries(dir).empty());
}

TEST(CliOutputTest, DirectoryAndDanglingLinkAreErrors) {
  const std::string dir = temp_dir();
  const CliRun r = run("-o " + quoted(dir), "x");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "essa-parse: cannot write '" + dir + "': Is a directory\n");
  std::filesystem::create_symlink("nowhere/x.json", dir + "dangling");
  EXPECT_EQ(run("-o " + quoted(dir + "dangling"), "x").status, 2);
  EXPECT_TRUE(std::filesystem::is_symlink(dir + "dangling"));
  EXPECT_TRUE(temporaries(dir).empty());
}

TEST(CliOutputTest, CharacterDevicesAndStandardStreamsAreWrittenDirectly) {
  EXPECT_EQ(run("-o /dev/null", "a + 1").status, 0);
  EXPECT_TRUE(S_ISCHR(mode_of("/dev/null")));
  // /dev/stdout is whatever standard output is: here a file, which stays one.
  const CliRun r = run("-o /dev/stdout", "a + 1");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, std::string(kSumJson) + "\n");
  // Appending to a file through /dev/stdout appends.
  const std::string log = temp_path("log");
  write_file(log, "first\n");
  EXPECT_EQ(run_shell(bin() + " -o /dev/stdout >>" + quoted(log), "a + 1").status, 0);
  EXPECT_EQ(read_file(log), "first\n" + std::string(kSumJson) + "\n");
  EXPECT_EQ(run_shell(bin() + " -o /dev/fd/3 3>" + quoted(log), "a + 1").status, 0);
  EXPECT_EQ(read_file(log), std::string(kSumJson) + "\n");
  std::remove(log.c_str());
  // A write error on a device is an I/O error.
  const CliRun full = run("-o /dev/full", "a + 1");
  EXPECT_EQ(full.status, 2);
  EXPECT_EQ(full.err, "essa-parse: cannot write '/dev/full': No space left on device\n");
}

TEST(CliOutputTest, FifoIsWrittenDirectly) {
  const std::string dir = temp_dir();
  const std::string fifo = dir + "pipe";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  std::string received;
  std::thread reader([&] { received = read_file(fifo); });
  const CliRun r = run("-o " + quoted(fifo), "a + 1");
  reader.join();
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(received, std::string(kSumJson) + "\n");
  struct stat info {};
  ASSERT_EQ(lstat(fifo.c_str(), &info), 0);
  EXPECT_TRUE(S_ISFIFO(info.st_mode));
  EXPECT_TRUE(temporaries(dir).empty());
}

// Starts essa-parse with `args`, standard output and error to /dev/null, the signals at
// their default action whatever ours are.
pid_t spawn(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  std::string path = ESSA_PARSE_BIN;
  argv.push_back(path.data());
  std::vector<std::string> copy = args;
  for (std::string& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t files;
  posix_spawn_file_actions_init(&files);
  posix_spawn_file_actions_addopen(&files, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&files, 2, "/dev/null", O_WRONLY, 0);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGINT);
  sigaddset(&defaults, SIGTERM);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
  pid_t pid = -1;
  posix_spawn(&pid, path.c_str(), &files, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&files);
  posix_spawnattr_destroy(&attr);
  return pid;
}

// A signal while the temporary file is half written: the file is removed, the target is
// untouched, and the process ends by the signal.
void signal_mid_write(int sig, const char* jobs) {
  const std::string dir = temp_dir();
  const std::string target = dir + "out.ndjson";
  write_file(target, "old");
  // A large first file fills the temporary file; the second input is a FIFO nobody writes
  // to, so the run waits there, mid-output, until the signal comes.
  std::string big;
  for (int i = 0; i < 20000; ++i) big += "f(" + std::to_string(i) + ");\n";
  write_file(dir + "in/big.js", big);
  const std::string fifo = dir + "in/wait.js";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  const pid_t pid = spawn({jobs, "-o", target, dir + "in/big.js", fifo});
  ASSERT_GT(pid, 0);
  // Wait for the temporary file to hold data.
  bool written = false;
  for (int i = 0; i < 600 && !written; ++i) {
    for (const std::string& name : temporaries(dir)) {
      struct stat info {};
      if (stat((dir + name).c_str(), &info) == 0 && info.st_size > 0) written = true;
    }
    if (!written) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_TRUE(written) << "no temporary file with data appeared";
  kill(pid, sig);
  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == sig) << status;
  EXPECT_TRUE(temporaries(dir).empty());
  EXPECT_EQ(read_file(target), "old");
}

TEST(CliOutputTest, SigtermMidWriteLeavesNoTemporaryFile) { signal_mid_write(SIGTERM, "-j1"); }
TEST(CliOutputTest, SigintMidWriteLeavesNoTemporaryFile) { signal_mid_write(SIGINT, "-j2"); }

TEST(CliOutputTest, ErrorsLeaveNoTemporaryFile) {
  const std::string dir = temp_dir();
  const std::string target = dir + "out.json";
  write_file(target, "old");
  EXPECT_EQ(run("-o " + quoted(target), "a +;").status, 1);
  EXPECT_EQ(run("-o " + quoted(target) + " --ndjson no-such-file.js").status, 2);
  EXPECT_EQ(read_file(target), "old");
  EXPECT_TRUE(temporaries(dir).empty());
  // A batch keeps its error records: the output is complete.
  write_file(dir + "in/bad.js", "a +;");
  const CliRun batch = run("-o " + quoted(target) + " " + quoted(dir + "in"));
  EXPECT_EQ(batch.status, 1);
  EXPECT_EQ(read_file(target).rfind(R"({"file":")" + dir + "in/bad.js\",\"error\":", 0), 0u);
  EXPECT_TRUE(temporaries(dir).empty());
}

}  // namespace
