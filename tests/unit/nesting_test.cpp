// Depth limits: 100,000-deep nesting of every recursive form ends in "Nesting too deep" (or
// parses, for forms that do not nest the tree), never in a stack overflow. CI runs this in the
// sanitizer build too, where frames are largest.
#include <gtest/gtest.h>

#include <string>

#include "essa/estree.h"
#include "essa/parse.h"

namespace essa {
namespace {

constexpr int kN = 100000;

std::string repeat(std::string_view s, int n) {
  std::string out;
  out.reserve(s.size() * n);
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

struct Case {
  const char* name;
  std::string source;
  bool module = false;
};

TEST(NestingTest, DeepInputIsAnErrorNotACrash) {
  const Case cases[] = {
      {"parens", repeat("(", kN) + "a" + repeat(")", kN)},
      {"arrays", repeat("[", kN) + repeat("]", kN)},
      {"objects", "x=" + repeat("{a:", kN) + "1" + repeat("}", kN)},
      {"blocks", repeat("{", kN) + repeat("}", kN)},
      {"arrow bodies", repeat("x=>", kN) + "x"},
      {"async arrow bodies", repeat("async x=>", kN) + "x"},
      {"conditionals", repeat("a?b:", kN) + "c"},
      {"unary", repeat("-", kN) + "a"},
      {"typeof", repeat("typeof ", kN) + "a"},
      {"templates", repeat("`${", kN) + "a" + repeat("}`", kN)},
      {"assignments", repeat("a=", kN) + "1"},
      {"exponents", repeat("a**", kN) + "a"},
      {"additions", repeat("a+", kN) + "a"},
      {"members", "a" + repeat(".b", kN)},
      {"calls", "f" + repeat("()", kN)},
      {"optional chains", "a" + repeat("?.b", kN)},
      {"index", "a" + repeat("[0]", kN)},
      {"tagged templates", "f" + repeat("``", kN)},
      {"new", repeat("new ", kN) + "f"},
      {"functions", repeat("function f(){", kN) + repeat("}", kN)},
      {"if statements", repeat("if(a)", kN) + ";"},
      {"else chains", repeat("if(a);else ", kN) + ";"},
      {"yield", "function*g(){" + repeat("yield ", kN) + "}"},
      {"await", "async function g(){" + repeat("await ", kN) + "x}"},
      {"array patterns", "var " + repeat("[", kN) + "a" + repeat("]", kN) + "=b"},
      {"object patterns", "(" + repeat("{a:", kN) + "b" + repeat("}", kN) + "=c)"},
      {"classes", repeat("class A extends (", kN) + "B" + repeat("){}", kN)},
      {"labels", [] {
         std::string s;
         for (int i = 0; i < kN; ++i) s += "l" + std::to_string(i) + ":";
         return s + ";";
       }()},
  };
  for (const Case& c : cases) {
    const ParseResult result = parse(c.source, {.module = c.module});
    ASSERT_FALSE(result.ok()) << c.name;
    EXPECT_EQ(result.error()->message, "Nesting too deep") << c.name;
  }
}

TEST(NestingTest, TheLimitIsAnOption) {
  const std::string source = repeat("(", 50) + "a" + repeat(")", 50);
  EXPECT_TRUE(parse(source).ok());
  const ParseResult limited = parse(source, {.max_depth = 20});
  ASSERT_FALSE(limited.ok());
  EXPECT_EQ(limited.error()->message, "Nesting too deep");
  EXPECT_EQ(limited.error()->line, 1u);
}

// Whatever the parser accepts within its limit, the writer can write.
TEST(NestingTest, TheDeepestAcceptedTreesCanBeWritten) {
  const std::string sources[] = {
      repeat("(", 900) + "a" + repeat(")", 900),
      "x = " + repeat("a+", 7000) + "a",
      "x = a" + repeat(".b", 7000),
      repeat("[", 900) + repeat("]", 900),
  };
  for (const std::string& s : sources) {
    const ParseResult result = parse(s);
    ASSERT_TRUE(result.ok()) << s.substr(0, 20);
    const std::string json = estree_json(result, {});
    EXPECT_EQ(json.rfind("{\"type\":\"Program\"", 0), 0u);
  }
}

}  // namespace
}  // namespace essa
