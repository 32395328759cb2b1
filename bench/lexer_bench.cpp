// Tokenizer throughput on one real file: ESSA_BENCH_FILE, or bench/corpus/typescript.js
// (bench/fetch-corpus.sh). Two measures:
//   BM_Tokenize   the public essa::tokenize(): every token, as the parser consumes them
//   BM_LexerNext  the internal Lexer::next() loop alone, to isolate the cost of scanning
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_input.h"
#include "essa/tokens.h"
#include "lexer.h"

namespace {

using essa::bench::load;

void BM_Tokenize(benchmark::State& state) {
  essa::SourceText source;
  if (!load(state, source)) return;
  size_t tokens = 0;
  for (auto _ : state) {
    essa::TokenizeResult result = essa::tokenize(source, essa::TokenizeOptions{});
    if (!result.ok()) {
      state.SkipWithError(("tokenize failed: " + result.error->message).c_str());
      return;
    }
    tokens = result.tokens.size();
    benchmark::DoNotOptimize(result.tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * source.size());
  state.counters["tokens"] = static_cast<double>(tokens);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

// One pass of Lexer::next(). To stay in step on real code without the public tokenizer's
// context tracking, a `/` starts a regexp only after a token that cannot end an expression
// (a few compares), and a `}` closing a substitution resumes its template. Returns the
// token count, or -1 when the lexer failed.
int64_t raw_scan(const essa::SourceText& source, std::vector<uint8_t>& braces) {
  using essa::TokenKind;
  essa::ErrorSlot errors;
  essa::Lexer lexer(source, /*module=*/false, errors);
  braces.clear();  // per open `{` or `${`: 1 when its `}` resumes a template
  TokenKind previous = TokenKind::Semicolon;
  int64_t count = 0;
  for (;;) {
    const essa::Token* tok = &lexer.next();
    TokenKind kind = tok->kind;
    if (kind == TokenKind::Eof) break;
    if (kind == TokenKind::Slash || kind == TokenKind::SlashAssign) {
      const bool ends_expression =
          previous == TokenKind::RParen || previous == TokenKind::RBracket ||
          previous == TokenKind::RBrace || previous == TokenKind::This ||
          previous == TokenKind::Super || previous == TokenKind::Null ||
          previous == TokenKind::True || previous == TokenKind::False ||
          (!essa::is_punctuator(previous) && !essa::is_reserved_word(previous));
      if (!ends_expression) kind = lexer.rescan_as_regexp().kind;
    } else if (kind == TokenKind::LBrace) {
      braces.push_back(0);
    } else if (kind == TokenKind::RBrace && !braces.empty()) {
      const bool resumes = braces.back() != 0;
      braces.pop_back();
      if (resumes) kind = lexer.rescan_template_continuation().kind;
    }
    if (kind == TokenKind::TemplateHead || kind == TokenKind::TemplateMiddle) braces.push_back(1);
    previous = kind;
    ++count;
  }
  return lexer.failed() ? -1 : count;
}

void BM_LexerNext(benchmark::State& state) {
  essa::SourceText source;
  if (!load(state, source)) return;
  std::vector<uint8_t> braces;
  braces.reserve(256);
  int64_t tokens = 0;
  for (auto _ : state) {
    tokens = raw_scan(source, braces);
    if (tokens < 0) {
      state.SkipWithError("the raw Lexer::next() loop lost step with the source");
      return;
    }
    benchmark::DoNotOptimize(tokens);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * source.size());
  state.counters["tokens"] = static_cast<double>(tokens);
}
BENCHMARK(BM_LexerNext)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
