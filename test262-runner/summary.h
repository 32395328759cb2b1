// The totals of a run: all tests, positive and negative ones, and per top-level directory;
// printed at the end of a run and written into the JSON and the dashboard.
#pragma once

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "expectations.h"
#include "run.h"

namespace essa::test262 {

struct Counts {
  uint32_t total = 0;
  uint32_t passed = 0;
  uint32_t failed() const { return total - passed; }
  void add(bool pass) {
    ++total;
    passed += pass ? 1 : 0;
  }
};

struct Summary {
  Counts all;
  Counts positive;                            // every test but the parse-phase negatives
  Counts negative;                            // negative.phase: parse
  std::map<std::string, Counts> directories;  // by top-level directory
  uint32_t skipped = 0;                       // selected by --filter, left out by --features
  double wall_seconds = 0;
};

// Counts the tests that ran (skipped ones only in `skipped`).
Summary summarize(const std::vector<std::string>& paths, const std::vector<TestResult>& results);

// The end-of-run report. `verdict` is null without --expect.
void print_summary(std::FILE* out, const Summary& summary, int jobs, const Verdict* verdict);

}  // namespace essa::test262
