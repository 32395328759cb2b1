// A parse is linear in the input, whatever the cover grammar has to reinterpret. Each input
// is timed at N and 8N (best of five runs, in the thread's CPU time, so that other processes
// on a busy machine cannot fake a failure). A quadratic parse would cost 64 times as much;
// a linear one costs 8 to 18 times here, more than 8 because the larger run's tables outgrow the
// caches. The bound is 8^1.5 (growth no faster than n^1.5), with a 5 ms floor under the
// small run, so that scheduling noise on a tiny run cannot fail it.
#include <gtest/gtest.h>

#include <time.h>

#include <algorithm>
#include <functional>
#include <string>

#include "essa/parse.h"

namespace essa {
namespace {

// CPU time of the calling thread: the time other processes take on the same core is not
// counted, the parse's own page faults are.
double thread_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// The arena is reused between runs, so that what is timed is the parse, not the kernel
// handing out fresh pages (huge pages may even wait for compaction on a busy machine).
double best_seconds(const std::string& source, const ParseOptions& options) {
  double best = 1e9;
  Arena arena;
  for (int i = 0; i < 5; ++i) {
    const double start = thread_seconds();
    ParseResult result = parse(SourceText::from_bytes(source), options, std::move(arena));
    const double took = thread_seconds() - start;
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error()->message) << " in "
                             << source.substr(0, 60);
    best = std::min(best, took);
    arena = result.take_arena();
  }
  return best;
}

constexpr double kGrowthBound = 22.6;  // 8^1.5

void expect_linear(const char* name, const std::function<std::string(int)>& make,
                   const ParseOptions& options = {}) {
  constexpr int kN = 25000;
  const double small = best_seconds(make(kN), options);
  const double large = best_seconds(make(8 * kN), options);
  EXPECT_LT(large, kGrowthBound * std::max(small, 5e-3))
      << name << ": " << small << " s for N, " << large << " s for 8N";
}

// n items joined by `sep`; "#" in `item` becomes the item's index.
std::string list(int n, const std::string& item, const std::string& sep = ",") {
  std::string s;
  for (int i = 0; i < n; ++i) {
    if (i) s += sep;
    for (char c : item) {
      if (c == '#') {
        s += std::to_string(i);
      } else {
        s += c;
      }
    }
  }
  return s;
}

TEST(LinearTimeTest, CoverGrammarsStayLinear) {
  expect_linear("arrow parameters", [](int n) { return "(" + list(n, "a#") + ") => 1"; });
  expect_linear("async arrow parameters",
                [](int n) { return "async (" + list(n, "a#") + ") => 1"; });
  expect_linear("parenthesized lists that are not arrows",
                [](int n) { return "(" + list(n, "a#") + ");"; });
  expect_linear("destructuring assignment",
                [](int n) { return "[" + list(n, "{b: [c], d = 1, ...e#}") + "] = x"; });
  expect_linear("object literal then pattern", [](int n) { return "({" + list(n, "k#") + "} = o)"; });
  expect_linear("many small arrows", [](int n) { return list(n, "f = (a, [b], {c}) => a", ";"); });
  expect_linear("async calls that are not arrows",
                [](int n) { return list(n, "async(a, b, c)", ";"); });
}

// Before ES2015 an object literal's keys are checked for redefinition (acorn's checkPropClash).
TEST(LinearTimeTest, OldEditionObjectLiteralsStayLinear) {
  const ParseOptions es5{.ecma_version = 5};
  expect_linear("ES5 object literal keys", [](int n) { return "({" + list(n, "k#: 1") + "})"; },
                es5);
  const ParseOptions es3{.ecma_version = 3};
  expect_linear("ES3 object literal keys", [](int n) { return "({" + list(n, "k#: 1") + "})"; },
                es3);
}

// TypeScript tries type arguments at each `<` after an operand (`f<T>(x)`). In a chain of
// comparisons the try at the first `<` reads every later one as nested type arguments and
// fails at the end; each later try must be answered from that failure, or a chain of k
// links costs k * k. The chain's length is bounded by the nesting limit, so this compares
// the TypeScript parse with the JavaScript parse of the same comparisons, which must not
// cost ten times as much (the rewinds make it about twice).
TEST(LinearTimeTest, TypeArgumentTriesStayLinear) {
  const std::string chains = list(200, "x = a" + list(500, " < b#", "") + ";", "\n");
  const double javascript = best_seconds(chains, {});
  const double typescript = best_seconds(chains, {.typescript = true});
  EXPECT_LT(typescript, 10 * std::max(javascript, 5e-3))
      << javascript << " s as JavaScript, " << typescript << " s as TypeScript";
  // The same in call arguments, where each failed try also nests.
  const std::string calls = list(200, "f(" + list(500, "a < b#") + ");", "\n");
  EXPECT_LT(best_seconds(calls, {.typescript = true}),
            10 * std::max(best_seconds(calls, {}), 5e-3));
}

// `d` nested levels: `open` d times (with "#" the level), then `middle`, then `close` d times.
std::string nested(int d, const std::string& open, const std::string& middle,
                   const std::string& close) {
  std::string s;
  for (int i = 0; i < d; ++i) {
    for (char c : open) s += c == '#' ? std::to_string(i) : std::string(1, c);
  }
  s += middle;
  for (int i = 0; i < d; ++i) s += close;
  return s;
}

// Nesting is bounded by the nesting limit, so a nested construct is timed as many lines of
// depth D and of depth 4D: a parse quadratic in the depth would cost sixteen times as much.
void expect_linear_in_depth(const char* name, const std::function<std::string(int)>& make,
                            const ParseOptions& options) {
  constexpr int kDepth = 100;
  constexpr int kLines = 100;
  const double small = best_seconds(list(kLines, make(kDepth), "\n"), options);
  const double large = best_seconds(list(kLines, make(4 * kDepth), "\n"), options);
  EXPECT_LT(large, 10 * std::max(small, 5e-3)) << name << ": " << small << " s for depth "
                                                << kDepth << ", " << large << " s for 4 times";
}

// TypeScript decides at each `(` (and `<`) where an expression starts whether an arrow
// starts: by a look at its first tokens, or by a try that is remembered when it fails.
TEST(LinearTimeTest, TypeScriptArrowsStayLinear) {
  const ParseOptions ts{.typescript = true};
  expect_linear("annotated arrow parameters",
                [](int n) { return "(" + list(n, "a#: T") + ") => 1"; }, ts);
  expect_linear("tried arrow parameters", [](int n) { return "(" + list(n, "a#") + ") => 1"; },
                ts);
  expect_linear("parenthesized lists that are not arrows",
                [](int n) { return "(" + list(n, "a#") + ");"; }, ts);
  expect_linear("typed arrows",
                [](int n) { return list(n, "f = <T>(a: T, [b]: U, {c}: V): W => a", ";"); }, ts);
  expect_linear("async typed arrows",
                [](int n) { return list(n, "f = async (a: T): Promise<U> => a", ";"); }, ts);
  expect_linear("consequents that are arrows or not",
                [](int n) { return list(n, "x = a ? (b): c => d : (e) ? (f) : g", ";"); }, ts);
  expect_linear("type assertions", [](int n) { return list(n, "x = <T>(y) + <U>z", ";"); }, ts);
  expect_linear_in_depth("nested parameter types",
                         [](int d) { return "f = " + nested(d, "(a#: ", "T", ") => T") + ";"; },
                         ts);
  expect_linear_in_depth("conditionals with parenthesized branches",
                         [](int d) { return "x = " + nested(d, "a ? (b) : (c#) ? ", "d", " : e") + ";"; },
                         ts);
  expect_linear_in_depth("nested arrow bodies",
                         [](int d) { return "f = " + nested(d, "(a#: T) => ", "1", "") + ";"; },
                         ts);
}

}  // namespace
}  // namespace essa
