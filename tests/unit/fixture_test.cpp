// The fixtures under tests/fixtures (README.md there), checked without Node: one test per
// input. ast/**/X.js|X.mjs against X.json (acorn's tree, indented) or X.error (acorn's
// `line:column: message`), and against X.loc.json (the tree with loc and range) where there
// is one; jsx/**/X.jsx likewise against acorn-jsx, parsed with ParseOptions::jsx;
// tokens/X.js|X.mjs against X.json (espree's tokens with loc and range); ts/X.ts (.tsx,
// .mts, .cts, .d.ts) against X.ts.json (typescript-estree's tree with its comments and
// tokens, compared as values without essa's start/end). The expectations come from the
// oracle scripts in tests/oracle and tests/oracle-ts, never from essa. A mismatch names the
// first differing path, e.g. body[0].expression.params[1].
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "essa/estree.h"
#include "essa/parse.h"
#include "essa/source.h"
#include "essa/tokens.h"

namespace essa {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

enum class FixtureKind { Ast, Tokens, TypeScript };

struct Fixture {
  FixtureKind kind;
  std::string name;  // relative to tests/fixtures, e.g. ast/expression/arrow-block.js
  fs::path input;
  bool module;
  bool jsx;                      // a .jsx input: ParseOptions::jsx
  bool preserve_parens = false;  // under preserve-parens/: acorn's preserveParens
};

const fs::path& fixtures_dir() {
  static const fs::path dir = ESSA_FIXTURES_DIR;
  return dir;
}

bool is_input(const fs::path& p) {
  return p.extension() == ".js" || p.extension() == ".mjs" || p.extension() == ".jsx";
}

// A TypeScript input: .ts, .tsx, .mts, .cts (with .d.ts and the like).
bool is_ts_input(const fs::path& p) {
  return p.extension() == ".ts" || p.extension() == ".tsx" || p.extension() == ".mts" ||
         p.extension() == ".cts";
}

// Every input under tests/fixtures/<area>, sorted by name.
std::vector<Fixture> inputs_under(std::string_view area, FixtureKind kind) {
  std::vector<Fixture> out;
  const fs::path root = fixtures_dir() / area;
  if (!fs::is_directory(root)) return out;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const bool wanted =
        kind == FixtureKind::TypeScript ? is_ts_input(entry.path()) : is_input(entry.path());
    if (!entry.is_regular_file() || !wanted) continue;
    out.push_back({kind, fs::relative(entry.path(), fixtures_dir()).generic_string(), entry.path(),
                   entry.path().extension() == ".mjs", entry.path().extension() == ".jsx"});
  }
  std::sort(out.begin(), out.end(),
            [](const Fixture& a, const Fixture& b) { return a.name < b.name; });
  return out;
}

std::vector<Fixture> all_fixtures() {
  std::vector<Fixture> all = inputs_under("ast", FixtureKind::Ast);
  for (Fixture& f : inputs_under("preserve-parens", FixtureKind::Ast)) {
    f.preserve_parens = true;
    all.push_back(std::move(f));
  }
  for (Fixture& f : inputs_under("jsx", FixtureKind::Ast)) all.push_back(std::move(f));
  for (Fixture& f : inputs_under("tokens", FixtureKind::Tokens)) all.push_back(std::move(f));
  for (Fixture& f : inputs_under("ts", FixtureKind::TypeScript)) all.push_back(std::move(f));
  return all;
}

std::optional<std::string> read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string without_final_newline(std::string s) {
  if (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

// --- The first difference between two JSON documents -------------------------------------

std::string join(const std::string& where, const std::string& key) {
  return where.empty() ? key : where + "." + key;
}
std::string join(const std::string& where, size_t index) {
  return where + "[" + std::to_string(index) + "]";
}

std::string show(const Json* value) {
  if (value == nullptr) return "<absent>";
  std::string text = value->dump();
  return text.size() > 200 ? text.substr(0, 197) + "..." : text;
}

struct Difference {
  std::string path;
  std::string actual;
  std::string expected;
};

// The first path where the values differ (keys of `expected` first, then extra keys of
// `actual`), as compare-ast.mjs reports it; key order is not compared here.
std::optional<Difference> first_value_difference(const Json* actual, const Json* expected,
                                                 const std::string& where) {
  const std::string here = where.empty() ? "(root)" : where;
  if (actual == nullptr || expected == nullptr) {
    return Difference{here, show(actual), show(expected)};
  }
  if (actual->is_array() && expected->is_array()) {
    const size_t n = std::max(actual->size(), expected->size());
    for (size_t i = 0; i < n; ++i) {
      const Json* a = i < actual->size() ? &(*actual)[i] : nullptr;
      const Json* e = i < expected->size() ? &(*expected)[i] : nullptr;
      if (auto d = first_value_difference(a, e, join(where, i))) return d;
    }
    return std::nullopt;
  }
  if (actual->is_object() && expected->is_object()) {
    for (const auto& [key, e] : expected->items()) {
      const auto a = actual->find(key);
      if (auto d =
              first_value_difference(a == actual->end() ? nullptr : &*a, &e, join(where, key))) {
        return d;
      }
    }
    for (const auto& [key, a] : actual->items()) {
      if (!expected->contains(key)) return Difference{join(where, key), show(&a), "<absent>"};
    }
    return std::nullopt;
  }
  if (*actual == *expected && actual->type() == expected->type()) return std::nullopt;
  return Difference{here, show(actual), show(expected)};
}

// Same values: the first object whose keys come in another order.
std::optional<Difference> first_key_order_difference(const Json& actual, const Json& expected,
                                                     const std::string& where) {
  if (actual.is_object()) {
    std::string a, e;
    for (const auto& [key, _] : actual.items()) a += (a.empty() ? "" : ",") + key;
    for (const auto& [key, _] : expected.items()) e += (e.empty() ? "" : ",") + key;
    if (a != e) return Difference{(where.empty() ? "(root)" : where) + " (key order)", a, e};
    for (const auto& [key, value] : expected.items()) {
      if (auto d = first_key_order_difference(actual[key], value, join(where, key))) return d;
    }
  } else if (actual.is_array()) {
    for (size_t i = 0; i < expected.size(); ++i) {
      if (auto d = first_key_order_difference(actual[i], expected[i], join(where, i))) return d;
    }
  }
  return std::nullopt;
}

// Texts that differ: where, as a JSON path when both parse, else as a line.
Difference describe(const std::string& actual_text, const std::string& expected_text) {
  try {
    const Json actual = Json::parse(actual_text);
    const Json expected = Json::parse(expected_text);
    if (auto d = first_value_difference(&actual, &expected, "")) return *d;
    if (auto d = first_key_order_difference(actual, expected, "")) return *d;
  } catch (const Json::exception&) {
    // e.g. a lone surrogate escape, which nlohmann/json does not read: compare lines.
  }
  std::istringstream a(actual_text), e(expected_text);
  std::string la, le;
  for (int line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, la));
    const bool more_e = static_cast<bool>(std::getline(e, le));
    if (!more_a && !more_e) break;
    if (!more_a || !more_e || la != le) {
      return {"(text) line " + std::to_string(line), more_a ? la : "<end>", more_e ? le : "<end>"};
    }
  }
  return {"(text)", "?", "?"};
}

// "first difference at PATH", then essa's value and the reference's, aligned.
std::string report(const Difference& d, std::string_view reference) {
  const size_t width = std::max<size_t>(4, reference.size()) + 2;
  const auto label = [width](std::string_view who) {
    std::string s(who);
    s += ':';
    s.resize(width, ' ');
    return s;
  };
  return "first difference at " + d.path + "\n  " + label("essa") + d.actual + "\n  " +
         label(reference) + d.expected;
}

// --- The checks --------------------------------------------------------------------------

void check_ast(const Fixture& f, const std::string& src) {
  const fs::path json_path = fs::path(f.input).replace_extension(".json");
  const fs::path error_path = fs::path(f.input).replace_extension(".error");
  const std::optional<std::string> json = read_file(json_path);
  const std::optional<std::string> error = read_file(error_path);
  ASSERT_TRUE(json.has_value() != error.has_value())
      << f.name << ": needs exactly one of " << json_path.filename() << " and "
      << error_path.filename() << " (tests/oracle/compare-ast.mjs --write-expected)";

  const ParseResult result =
      parse(src, {.module = f.module, .preserve_parens = f.preserve_parens, .jsx = f.jsx});
  if (error) {
    ASSERT_FALSE(result.ok()) << f.name << ": essa accepts it; acorn: " << *error;
    const SyntaxError& e = *result.error();
    EXPECT_EQ(std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message,
              without_final_newline(*error))
        << f.name;
    return;
  }
  ASSERT_TRUE(result.ok()) << f.name << ": " << result.error()->line << ":"
                           << result.error()->column << ": " << result.error()->message;
  const std::string actual = estree_json(result, {.pretty = true});
  const std::string expected = without_final_newline(*json);
  if (actual != expected)
    ADD_FAILURE() << f.name << ": " << report(describe(actual, expected), "acorn");

  const fs::path loc_path = fs::path(f.input).replace_extension(".loc.json");
  if (const std::optional<std::string> loc = read_file(loc_path)) {
    const std::string actual_loc =
        estree_json(result, {.loc = true, .range = true, .pretty = true});
    const std::string expected_loc = without_final_newline(*loc);
    if (actual_loc != expected_loc) {
      ADD_FAILURE() << f.name << " with loc and range: "
                    << report(describe(actual_loc, expected_loc), "acorn");
    }
  }
}

void check_tokens(const Fixture& f, const std::string& src) {
  const fs::path json_path = fs::path(f.input).replace_extension(".json");
  const std::optional<std::string> json = read_file(json_path);
  ASSERT_TRUE(json.has_value()) << f.name << ": no " << json_path.filename()
                                << " (tests/oracle/compare-tokens.mjs --write-expected)";
  const SourceText source = SourceText::from_bytes(src);
  const TokenizeResult result = tokenize(source, {.module = f.module, .jsx = f.jsx});
  const std::string actual =
      tokens_to_json(source, result, {.loc = true, .range = true, .pretty = true});
  const std::string expected = without_final_newline(*json);
  if (actual == expected) return;
  // Key order is not compared, as compare-tokens.mjs does not compare it: espree puts a
  // template token's loc before its start.
  try {
    const Json a = Json::parse(actual);
    const Json e = Json::parse(expected);
    if (auto d = first_value_difference(&a, &e, "")) {
      ADD_FAILURE() << f.name << ": " << report(*d, "espree");
    }
    return;
  } catch (const Json::exception&) {
    // A lone surrogate escape, which nlohmann/json does not read: the text must match.
  }
  ADD_FAILURE() << f.name << ": " << report(describe(actual, expected), "espree");
}

// Drops "start" and "end" from every object but a "loc" (typescript-estree has no offsets).
void drop_offsets(Json& value) {
  if (value.is_array()) {
    for (Json& element : value) drop_offsets(element);
  } else if (value.is_object()) {
    value.erase("start");
    value.erase("end");
    for (auto& [key, child] : value.items()) {
      if (key != "loc") drop_offsets(child);
    }
  }
}

// A TypeScript fixture is parsed as essa-parse parses it by its name: .mts a module, another
// a CommonJS module unless only the module goal parses it (typescript-estree's sourceType).
struct TsGoal {
  bool module;
  bool commonjs;
};

void check_typescript(const Fixture& f, const std::string& src) {
  const fs::path json_path = fs::path(f.input).concat(".json");
  const std::optional<std::string> json = read_file(json_path);
  ASSERT_TRUE(json.has_value()) << f.name << ": no " << json_path.filename()
                                << " (tests/oracle-ts/compare-ts.mjs --write-expected)";
  const std::string file = f.input.filename().string();
  const bool dts = file.ends_with(".d.ts") || file.ends_with(".d.mts") || file.ends_with(".d.cts");
  const bool jsx = f.input.extension() == ".tsx";
  const bool mts = f.input.extension() == ".mts";
  const auto options = [&](TsGoal goal) {
    return ParseOptions{.module = goal.module, .commonjs = goal.commonjs, .jsx = jsx,
                        .typescript = true, .dts = dts, .comments = true};
  };
  TsGoal goal{mts, !mts};
  ParseResult result = parse(src, options(goal));
  if (!result.ok() && !mts) {
    goal = {true, false};
    ParseResult as_module = parse(src, options(goal));
    if (as_module.ok()) {
      result = std::move(as_module);
    } else {
      goal = {false, true};
    }
  }
  ASSERT_TRUE(result.ok()) << f.name << ": " << result.error()->line << ":"
                           << result.error()->column << ": " << result.error()->message;
  const SourceText source = SourceText::from_bytes(src);
  const TokenizeResult tokens = tokenize(
      source, {.module = goal.module, .jsx = jsx, .typescript = true, .dts = dts,
               .commonjs = goal.commonjs});
  ASSERT_TRUE(tokens.ok()) << f.name << ": tokenize: " << tokens.error->message;

  Json actual = Json::parse(estree_json(
      result, {.loc = true, .range = true, .comments = true, .typescript = true}));
  actual["tokens"] = Json::parse(tokens_to_json(source, tokens, {.loc = true, .range = true}));
  drop_offsets(actual);
  const Json expected = Json::parse(*json);
  if (auto d = first_value_difference(&actual, &expected, "")) {
    ADD_FAILURE() << f.name << ": " << report(*d, "typescript-estree");
  }
}

// GoogleTest prints a failing test's parameter: its name, not its bytes.
void PrintTo(const Fixture& f, std::ostream* os) { *os << f.name; }

class FixtureTest : public testing::TestWithParam<Fixture> {};

TEST_P(FixtureTest, MatchesOracle) {
  const Fixture& f = GetParam();
  const std::optional<std::string> src = read_file(f.input);
  ASSERT_TRUE(src.has_value()) << "cannot read " << f.input;
  if (f.kind == FixtureKind::Ast) {
    check_ast(f, *src);
  } else if (f.kind == FixtureKind::Tokens) {
    check_tokens(f, *src);
  } else {
    check_typescript(f, *src);
  }
}

// ast/expression/arrow-block.js -> ast_expression_arrow_block_js
std::string test_name(const testing::TestParamInfo<Fixture>& info) {
  std::string name = info.param.name;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FixtureTest, testing::ValuesIn(all_fixtures()), test_name);

// Not one fixture: the set. It is not empty, and every expected file has its input (a stale
// X.json left behind by a rename would otherwise check nothing).
TEST(FixtureSetTest, EveryExpectationHasAnInput) {
  EXPECT_GT(all_fixtures().size(), 200u);
  for (const auto& entry : fs::recursive_directory_iterator(fixtures_dir())) {
    const fs::path& p = entry.path();
    if (!entry.is_regular_file() || (p.extension() != ".json" && p.extension() != ".error")) {
      continue;
    }
    const std::string rel = fs::relative(p, fixtures_dir()).generic_string();
    if (rel.starts_with("ts/")) {  // X.ts.json
      EXPECT_TRUE(fs::exists(fs::path(p).replace_extension())) << rel << " has no input";
      continue;
    }
    if (!rel.starts_with("ast/") && !rel.starts_with("tokens/") && !rel.starts_with("jsx/")) {
      continue;
    }
    fs::path stem = fs::path(p).replace_extension();  // X.json, X.error -> X; X.loc.json -> X.loc
    if (stem.extension() == ".loc") stem.replace_extension();
    const bool has_input = fs::exists(fs::path(stem).concat(".js")) ||
                           fs::exists(fs::path(stem).concat(".mjs")) ||
                           fs::exists(fs::path(stem).concat(".jsx"));
    EXPECT_TRUE(has_input) << rel << " has no .js, .mjs or .jsx input";
  }
}

// The difference finder itself, on documents that differ in known places.
TEST(FixtureSetTest, FirstDifferenceNamesThePath) {
  const std::string expected =
      R"({"body":[{"expression":{"params":[{"name":"a"},{"name":"b"}]}}]})";
  EXPECT_EQ(
      describe(R"({"body":[{"expression":{"params":[{"name":"a"},{"name":"c"}]}}]})", expected)
          .path,
      "body[0].expression.params[1].name");
  EXPECT_EQ(describe(R"({"body":[{"expression":{"params":[{"name":"a"}]}}]})", expected).path,
            "body[0].expression.params[1]");
  EXPECT_EQ(
      describe(R"({"body":[{"expression":{"params":[{"name":"b"},{"name":"a"}]}}]})", expected)
          .path,
      "body[0].expression.params[0].name");
  EXPECT_EQ(describe(R"({"body":[{"expression":{"params":[{"name":"a"},{"name":"b"}]},"x":1}]})",
                     expected)
                .path,
            "body[0].x");
  EXPECT_EQ(describe(R"({"a":1,"b":2})", R"({"b":2,"a":1})").path, "(root) (key order)");
  EXPECT_EQ(describe(R"({"a":1.5})", R"({"a":1.50})").path, "(text) line 1");
  EXPECT_EQ(describe("[\"\\ud800\",\n1]", "[\"\\ud800\",\n2]").path, "(text) line 2");
}

}  // namespace
}  // namespace essa
