// The benchmark input: ESSA_BENCH_FILE, or bench/corpus/typescript.js (bench/fetch-corpus.sh),
// read once and shared by every benchmark of a program.
#pragma once

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "essa/source.h"

namespace essa::bench {

struct Input {
  std::string path;
  std::string bytes;
  bool loaded = false;
};

inline const Input& input() {
  static const Input in = [] {
    Input r;
    const char* env = std::getenv("ESSA_BENCH_FILE");
    r.path = env && *env ? env : ESSA_BENCH_DEFAULT_FILE;
    if (std::FILE* f = std::fopen(r.path.c_str(), "rb")) {
      char buf[1 << 16];
      size_t n;
      while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) r.bytes.append(buf, n);
      r.loaded = !std::ferror(f);
      std::fclose(f);
    }
    return r;
  }();
  return in;
}

inline bool load(benchmark::State& state, essa::SourceText& source) {
  const Input& in = input();
  if (!in.loaded) {
    state.SkipWithError(("cannot read " + in.path + " (run bench/fetch-corpus.sh)").c_str());
    return false;
  }
  source = essa::SourceText::from_bytes(in.bytes);
  if (!source.ok()) {
    state.SkipWithError(("cannot load " + in.path + ": " + source.error()->message).c_str());
    return false;
  }
  return true;
}

}  // namespace essa::bench
