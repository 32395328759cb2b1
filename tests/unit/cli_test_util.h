// Helpers for tests that run the real essa-parse binary.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#ifndef ESSA_PARSE_BIN
#error "ESSA_PARSE_BIN must name the essa-parse binary"
#endif

namespace essa::cli_test {

struct CliRun {
  int status = -1;
  std::string out;
  std::string err;
};

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_file(const std::string& path, std::string_view bytes) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// A path in the test temp directory, unique to the running test (tests may run in parallel).
inline std::string temp_path(std::string_view name) {
  const auto* info = testing::UnitTest::GetInstance()->current_test_info();
  return testing::TempDir() + "essa_cli_" + info->test_suite_name() + "_" + info->name() + "_" +
         std::string(name);
}

// A fresh, empty directory unique to the running test, with a trailing slash.
inline std::string temp_dir(std::string_view name = "tree") {
  const std::string dir = temp_path(name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir + "/";
}

// Runs `command` (a shell command line, already quoted) with `input` on stdin.
inline CliRun run_shell(const std::string& command, std::string_view input = {}) {
  const std::string in = temp_path("stdin");
  const std::string out = temp_path("stdout");
  const std::string err = temp_path("stderr");
  write_file(in, input);
  const std::string line =
      "(" + command + ") <'" + in + "' >'" + out + "' 2>'" + err + "'";
  const int raw = std::system(line.c_str());
  CliRun r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  std::remove(in.c_str());
  std::remove(out.c_str());
  std::remove(err.c_str());
  return r;
}

inline std::string bin() { return std::string("'") + ESSA_PARSE_BIN + "'"; }

// Runs essa-parse with `args` (already shell-quoted), feeding `input` on stdin.
inline CliRun run(const std::string& args, std::string_view input = {}) {
  return run_shell(bin() + " " + args, input);
}

inline std::string quoted(const std::string& s) { return "'" + s + "'"; }

}  // namespace essa::cli_test
