// The standalone tokenizer (the path for sources that do not parse) on hostile input: every
// reproducer the fuzzers or a report found against the regex-or-divide guesser's bracket
// stack. Each must end in tokens or an error, never a read outside the stack (which
// AddressSanitizer reports) and never quadratic time.
#include <time.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "essa/source.h"
#include "essa/tokens.h"

namespace essa {
namespace {

// The number of tokens, or -1 after an error; both goals must agree on these inputs.
int count(std::string_view src) {
  int n = -2;
  for (bool module : {false, true}) {
    const TokenizeResult result = tokenize(SourceText::from_bytes(src), {.module = module});
    const int here = result.ok() ? static_cast<int>(result.tokens.size()) : -1;
    EXPECT_TRUE(n == -2 || n == here) << src;
    n = here;
  }
  return n;
}

// `a.function` opens no function in acorn's guesser, yet the `*` after it marks the top of
// the stack as a generator; at the top level that was the bottom entry, which a later `}`,
// `:` or template then popped, emptying the stack.
TEST(TokenizeFallbackTest, StarAfterPropertyNamedFunction) {
  EXPECT_EQ(count(".function*){))"), 7);
  EXPECT_EQ(count(".function*{}})"), 7);
  EXPECT_EQ(count(".function*:)"), 5);
  EXPECT_EQ(count(".function*{}`a`"), 6);
  EXPECT_EQ(count(".function*{}}}}}}${"), 12);
  EXPECT_EQ(count("a.function*{}}/x/"), 8);
}

// Closers with nothing open, of every kind, at the top level and inside other brackets.
TEST(TokenizeFallbackTest, UnbalancedClosers) {
  EXPECT_EQ(count("))))}}}}"), 8);
  EXPECT_EQ(count("({)}))}}"), 8);
  EXPECT_EQ(count("function f(){}}}}:::"), 12);
  EXPECT_EQ(count("class{}}}}/x/"), 7);
  EXPECT_EQ(count("x={function:1}}}:"), 10);
}

// CPU time of this thread: unlike wall time, a busy machine cannot stretch it.
double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// `yield` asks whether the innermost function is a generator; that must not walk the whole
// stack each time (deep brackets, then many `yield`s, was quadratic).
TEST(TokenizeFallbackTest, YieldUnderDeepBracketsIsLinear) {
  const auto seconds = [](int n) {
    std::string src = "function* g() {";
    src.append(static_cast<std::size_t>(n), '(');
    for (int i = 0; i < n; ++i) src += "yield ";
    src += "}}";  // unbalanced, so the standalone path runs
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
      const double start = cpu_seconds();
      const TokenizeResult result = tokenize(SourceText::from_bytes(src), {});
      EXPECT_TRUE(result.ok());
      best = std::min(best, cpu_seconds() - start);
    }
    return best;
  };
  const double small = seconds(20000);
  const double large = seconds(80000);
  EXPECT_LT(large, 10 * std::max(small, 1e-2)) << small << " s for N, " << large << " s for 4N";
}

}  // namespace
}  // namespace essa
