// Parser throughput on one real file: ESSA_BENCH_FILE, or bench/corpus/typescript.js
// (bench/fetch-corpus.sh). Each iteration starts from the bytes, as essa-parse does:
//   BM_Parse               validate UTF-8, parse into the arena (reused between iterations)
//   BM_ParseToJson         the same, then the ESTree JSON text in memory
//   BM_ParseToJsonLocRange the same with loc and range on every node
//   BM_ParseWithComments   BM_Parse collecting the comments (ParseOptions::comments)
//   BM_ParseToJsonWithComments  BM_ParseToJson with the comments (essa-parse --comments)
#include <benchmark/benchmark.h>

#include <string>

#include "bench_input.h"
#include "essa/estree.h"
#include "essa/parse.h"

namespace {

using essa::bench::load;

// Parses once per iteration; `write` turns each tree into JSON (or does nothing).
template <class Write>
void run(benchmark::State& state, Write write, const essa::ParseOptions& parse_options = {}) {
  essa::SourceText probe;
  if (!load(state, probe)) return;
  const std::string& bytes = essa::bench::input().bytes;
  essa::Arena arena;
  size_t out_bytes = 0;
  for (auto _ : state) {
    essa::ParseResult result = essa::parse(essa::SourceText::from_bytes(bytes), parse_options, std::move(arena));
    if (!result.ok()) {
      state.SkipWithError(("parse failed: " + result.error()->message).c_str());
      return;
    }
    out_bytes = write(result);
    benchmark::DoNotOptimize(result.program());
    arena = result.take_arena();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * bytes.size());
  if (out_bytes) state.counters["json_bytes"] = static_cast<double>(out_bytes);
}

void BM_Parse(benchmark::State& state) {
  run(state, [](const essa::ParseResult&) { return size_t{0}; });
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);

// The JSON goes into one buffer reused between iterations, as a server or a bundler would keep
// it; a fresh 80-180 MB string per iteration would mostly measure page faults.
size_t write_json(const essa::ParseResult& r, const essa::EstreeOptions& options) {
  static std::string out;
  out.clear();
  essa::write_estree(
      [](void* ctx, const char* data, size_t n) { static_cast<std::string*>(ctx)->append(data, n); },
      &out, r, options);
  return out.size();
}

void BM_ParseToJson(benchmark::State& state) {
  run(state, [](const essa::ParseResult& r) { return write_json(r, {}); });
}
BENCHMARK(BM_ParseToJson)->Unit(benchmark::kMillisecond);

void BM_ParseToJsonLocRange(benchmark::State& state) {
  essa::EstreeOptions options;
  options.loc = true;
  options.range = true;
  run(state, [&](const essa::ParseResult& r) { return write_json(r, options); });
}
BENCHMARK(BM_ParseToJsonLocRange)->Unit(benchmark::kMillisecond);

void BM_ParseWithComments(benchmark::State& state) {
  run(state, [](const essa::ParseResult&) { return size_t{0}; }, {.comments = true});
}
BENCHMARK(BM_ParseWithComments)->Unit(benchmark::kMillisecond);

void BM_ParseToJsonWithComments(benchmark::State& state) {
  essa::EstreeOptions options;
  options.comments = true;
  run(state, [&](const essa::ParseResult& r) { return write_json(r, options); }, {.comments = true});
}
BENCHMARK(BM_ParseToJsonWithComments)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
