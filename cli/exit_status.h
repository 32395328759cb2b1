// essa-parse's exit statuses and the messages that go with usage and I/O errors.
#pragma once

#include <algorithm>
#include <cstdio>
#include <string>

namespace essa::cli {

constexpr int kExitOk = 0;
constexpr int kExitSyntaxError = 1;
constexpr int kExitUsage = 2;  // also I/O errors

// The worse of two exit statuses: I/O and usage errors over syntax errors over success.
inline int worse(int a, int b) { return std::max(a, b); }

inline int fail_usage(const std::string& message) {
  std::fprintf(stderr, "essa-parse: %s\nTry 'essa-parse --help' for more information.\n",
               message.c_str());
  return kExitUsage;
}

inline int fail_io(const std::string& message) {
  std::fprintf(stderr, "essa-parse: %s\n", message.c_str());
  return kExitUsage;
}

}  // namespace essa::cli
