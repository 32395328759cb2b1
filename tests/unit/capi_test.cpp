// The C API (essa/essa.h): the same JSON as the C++ API for the same options, errors with
// their positions, and every bad argument answered with a status, never undefined behaviour.
#include "essa/essa.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "essa/estree.h"
#include "essa/parse.h"
#include "essa/source.h"
#include "essa/tokens.h"
#include "essa/version.h"

namespace {

using Result = std::unique_ptr<essa_result, decltype(&essa_result_free)>;

essa_options defaults() {
  essa_options o;
  essa_options_init(&o);
  return o;
}
essa_options module_goal() {
  essa_options o = defaults();
  o.goal = ESSA_GOAL_MODULE;
  return o;
}

Result parse_c(std::string_view src, const essa_options* o) {
  return Result(essa_parse(src.data(), src.size(), o), essa_result_free);
}
Result parse_c(std::string_view src, const essa_options& o) { return parse_c(src, &o); }

std::string json_of(const essa_result* r) {
  size_t n = 12345;
  const char* p = essa_result_json(r, &n);
  if (p == nullptr) return "(null) " + std::to_string(n);
  EXPECT_EQ(p[n], '\0');  // NUL-terminated as documented
  return std::string(p, n);
}
std::string tokens_of(const essa_result* r) {
  size_t n = 12345;
  const char* p = essa_result_tokens(r, &n);
  return p == nullptr ? "(null) " + std::to_string(n) : std::string(p, n);
}
// "status name: line:column offset byte_offset: message"
std::string error_of(const essa_result* r) {
  const essa_error* e = essa_result_error(r);
  if (e == nullptr) return std::string("no error, ") + essa_status_name(essa_result_status(r));
  EXPECT_EQ(std::strlen(e->message), e->message_length);
  return std::string(essa_status_name(essa_result_status(r))) + ": " + std::to_string(e->line) +
         ":" + std::to_string(e->column) + " " + std::to_string(e->offset) + " " +
         std::to_string(e->byte_offset) + ": " + std::string(e->message, e->message_length);
}

// The C++ API's JSON for the same source and options.
std::string cpp_json(std::string_view src, const essa::ParseOptions& p, essa::EstreeOptions e) {
  return essa::estree_json(essa::parse(src, p), e);
}

// acorn 8.19: JSON.stringify(acorn.parse("1", {ecmaVersion: "latest"}))
constexpr std::string_view kOneJson =
    R"({"type":"Program","start":0,"end":1,"body":[{"type":"ExpressionStatement","start":0,)"
    R"("end":1,"expression":{"type":"Literal","start":0,"end":1,"value":1,"raw":"1"}}],)"
    R"("sourceType":"script"})";

TEST(CapiTest, ParsesWithDefaults) { EXPECT_EQ(json_of(parse_c("1", defaults()).get()), kOneJson); }
TEST(CapiTest, NullOptionsAreTheDefaults) {
  EXPECT_EQ(json_of(parse_c("1", nullptr).get()), kOneJson);
}
TEST(CapiTest, OkHasNoError) { EXPECT_EQ(error_of(parse_c("1", nullptr).get()), "no error, ok"); }
TEST(CapiTest, NoTokensUnlessAsked) {
  EXPECT_EQ(tokens_of(parse_c("1", nullptr).get()), "(null) 0");
}

TEST(CapiTest, ModuleGoal) {
  EXPECT_EQ(json_of(parse_c("export let a = await 1", module_goal()).get()),
            cpp_json("export let a = await 1", {.module = true}, {}));
}
TEST(CapiTest, ScriptGoalRejectsExport) {
  EXPECT_EQ(
      error_of(parse_c("export {}", defaults()).get()),
      "syntax error: 1:0 0 0: 'import' and 'export' may appear only with 'sourceType: module'");
}

TEST(CapiTest, LocRangeSourceFileMatchTheCppApi) {
  const std::string src = "// \xF0\x9F\x98\x80\u2028\nlet \xC3\xA9 = `a${b}`;\n/x/u.test(1n)";
  essa_options o = defaults();
  o.loc = 1;
  o.range = 1;
  o.source_file = "f.js";
  EXPECT_EQ(json_of(parse_c(src, o).get()),
            cpp_json(src, {}, {.loc = true, .range = true, .source_file = "f.js"}));
}
TEST(CapiTest, EmptySourceFileName) {
  essa_options o = defaults();
  o.loc = 1;
  o.source_file = "";
  EXPECT_EQ(json_of(parse_c("x", o).get()),
            cpp_json("x", {}, {.loc = true, .source_file = std::string_view("", 0)}));
}
TEST(CapiTest, Pretty) {
  essa_options o = defaults();
  o.pretty = 1;
  EXPECT_EQ(json_of(parse_c("f(a, [b])", o).get()), cpp_json("f(a, [b])", {}, {.pretty = true}));
}

TEST(CapiTest, SyntaxErrorPositionsCountUtf16) {
  // U+1F600 is two UTF-16 units and four bytes.
  EXPECT_EQ(error_of(parse_c("'\xF0\x9F\x98\x80'\n 'a' 'b'", defaults()).get()),
            "syntax error: 2:5 10 12: Unexpected token");
}
TEST(CapiTest, SyntaxErrorHasNoJson) {
  EXPECT_EQ(json_of(parse_c("(", defaults()).get()), "(null) 0");
}

TEST(CapiTest, InvalidUtf8) {
  EXPECT_EQ(error_of(parse_c("a;\n b\xFF", defaults()).get()),
            "invalid UTF-8: 2:2 5 5: Invalid UTF-8: byte 0xFF");
}

TEST(CapiTest, NullSourceWithLength) {
  EXPECT_EQ(error_of(Result(essa_parse(nullptr, 3, nullptr), essa_result_free).get()),
            "invalid argument: 0:0 0 0: the source is NULL but its length is 3");
}
TEST(CapiTest, NullSourceOfLengthZeroIsEmpty) {
  EXPECT_EQ(json_of(Result(essa_parse(nullptr, 0, nullptr), essa_result_free).get()),
            R"({"type":"Program","start":0,"end":0,"body":[],"sourceType":"script"})");
}

TEST(CapiTest, InputOver4GiBIsRejectedWithoutReadingIt) {
  if (sizeof(size_t) < 8) GTEST_SKIP() << "size_t cannot exceed 4 GiB";
  const char one = '1';  // the length lies; nothing past `one` may be read
  const uint64_t length = uint64_t{5} << 30;
  EXPECT_EQ(
      error_of(
          Result(essa_parse(&one, static_cast<size_t>(length), nullptr), essa_result_free).get()),
      "input too large: 0:0 0 0: Input too large: 5368709120 bytes (the limit is "
      "4294967231 bytes)");
}
TEST(CapiTest, MaxInputSizeIsTheSourceLimit) {
  EXPECT_EQ(ESSA_MAX_INPUT_SIZE, essa::SourceText::kMaxSize);
}

TEST(CapiTest, OptionsWithoutInitAreRejected) {
  essa_options o;
  std::memset(&o, 0, sizeof o);
  EXPECT_EQ(error_of(parse_c("1", o).get()),
            "invalid argument: 0:0 0 0: essa_options.struct_size is 0, smaller than any "
            "essa_options: fill the options with essa_options_init()");
}
TEST(CapiTest, BadGoal) {
  essa_options o = defaults();
  o.goal = 7;
  EXPECT_EQ(error_of(parse_c("1", o).get()),
            "invalid argument: 0:0 0 0: essa_options.goal is 7: ESSA_GOAL_SCRIPT (0), "
            "ESSA_GOAL_MODULE (1) or ESSA_GOAL_COMMONJS (2)");
}
TEST(CapiTest, SourceFileMustBeUtf8) {
  essa_options o = defaults();
  o.source_file = "\xC0";
  EXPECT_EQ(error_of(parse_c("1", o).get()),
            "invalid argument: 0:0 0 0: essa_options.source_file is not valid UTF-8");
}

// A program built against a later header passes a larger struct.
struct NewerOptions {
  essa_options known;
  uint32_t later_field;
};
TEST(CapiTest, LargerOptionsWithUnsetNewFieldsAreAccepted) {
  NewerOptions o{};
  essa_options_init(&o.known);
  o.known.struct_size = sizeof o;
  EXPECT_EQ(json_of(parse_c("1", &o.known).get()), kOneJson);
}
TEST(CapiTest, LargerOptionsWithANewFieldSetAreRejected) {
  NewerOptions o{};
  essa_options_init(&o.known);
  o.known.struct_size = sizeof o;
  o.later_field = 1;
  EXPECT_EQ(essa_status_name(essa_result_status(parse_c("1", &o.known).get())),
            std::string("invalid argument"));
}

// A program built against the first release's header: its essa_options ends at source_file.
// Allocated with exactly that size, so that AddressSanitizer catches a read past it.
struct FirstReleaseOptions {
  uint32_t struct_size;
  uint32_t goal;
  uint8_t loc, range, tokens, pretty;
  uint32_t max_depth;
  const char* source_file;
};
static_assert(sizeof(FirstReleaseOptions) == offsetof(essa_options, comments));
Result parse_first_release(std::string_view src, uint8_t loc) {
  auto o = std::make_unique<FirstReleaseOptions>();
  o->struct_size = sizeof(FirstReleaseOptions);
  o->loc = loc;
  return parse_c(src, reinterpret_cast<const essa_options*>(o.get()));
}
TEST(CapiTest, FirstReleaseOptionsStillWork) {
  EXPECT_EQ(json_of(parse_first_release("a // b", 1).get()), cpp_json("a // b", {}, {.loc = true}));
}
// The library reads none of the fields past struct_size: set there, they are ignored.
TEST(CapiTest, FieldsPastStructSizeAreIgnored) {
  essa_options o = defaults();
  o.struct_size = offsetof(essa_options, comments);
  o.comments = o.attach_comments = o.stage3_fields = 1;
  EXPECT_EQ(json_of(parse_c("class A {} // b", o).get()), cpp_json("class A {} // b", {}, {}));
}
TEST(CapiTest, OptionsSmallerThanTheFirstReleaseAreRejected) {
  essa_options o = defaults();
  o.struct_size = offsetof(essa_options, source_file);
  EXPECT_EQ(essa_result_status(parse_c("1", o).get()), ESSA_INVALID_ARGUMENT);
}

// acorn 8.19: JSON.stringify(acorn.parse("a // b", {ecmaVersion: "latest", onComment: c})),
// with c as the Program's last key (where espree's comment: true puts it).
TEST(CapiTest, Comments) {
  essa_options o = defaults();
  o.comments = 1;
  EXPECT_EQ(json_of(parse_c("a // b", o).get()),
            R"({"type":"Program","start":0,"end":6,"body":[{"type":"ExpressionStatement",)"
            R"("start":0,"end":1,"expression":{"type":"Identifier","start":0,"end":1,)"
            R"("name":"a"}}],"sourceType":"script","comments":[{"type":"Line","value":" b",)"
            R"("start":2,"end":6}]})");
}
TEST(CapiTest, CommentsWithLocMatchTheCppApi) {
  essa_options o = defaults();
  o.comments = o.loc = o.range = 1;
  const std::string src = "#!c\n/* \xC3\xA9 */ a; <!-- b";
  EXPECT_EQ(json_of(parse_c(src, o).get()),
            cpp_json(src, {.comments = true}, {.loc = true, .range = true, .comments = true}));
}
TEST(CapiTest, NoCommentsUnlessAsked) {
  EXPECT_EQ(json_of(parse_c("a // b", defaults()).get()).find("comments"), std::string::npos);
}
TEST(CapiTest, AttachComments) {
  essa_options o = defaults();
  o.attach_comments = 1;
  const std::string json = json_of(parse_c("/*a*/ b; // c", o).get());
  EXPECT_EQ(json, cpp_json("/*a*/ b; // c", {.attach_comments = true}, {.attach_comments = true}));
  EXPECT_NE(json.find(R"("leadingComments":[{"type":"Block","value":"a","start":0,"end":5}])"),
            std::string::npos);
  EXPECT_EQ(json.find(R"("comments":)"), std::string::npos);  // attached only
}
TEST(CapiTest, CommentsAndAttachComments) {
  essa_options o = defaults();
  o.comments = o.attach_comments = 1;
  EXPECT_EQ(json_of(parse_c("f(/*a*/) // b", o).get()),
            cpp_json("f(/*a*/) // b", {.comments = true, .attach_comments = true},
                     {.comments = true, .attach_comments = true}));
}
TEST(CapiTest, Stage3Fields) {
  essa_options o = defaults();
  o.stage3_fields = 1;
  const std::string json = json_of(parse_c("class A { m() {} }", o).get());
  EXPECT_EQ(json, cpp_json("class A { m() {} }", {}, {.stage3_fields = true}));
  EXPECT_NE(json.find(R"("decorators":[])"), std::string::npos);
  EXPECT_EQ(json_of(parse_c("class A { m() {} }", defaults()).get()).find("decorators"),
            std::string::npos);
}
TEST(CapiTest, Stage3FieldsPhaseOnImports) {
  essa_options o = module_goal();
  o.stage3_fields = 1;
  EXPECT_NE(json_of(parse_c("import 'a'", o).get()).find(R"("phase":null)"), std::string::npos);
}

// acorn 8.19: acorn.parse("return 1", {ecmaVersion: "latest", sourceType: "commonjs"}) parses
// (sourceType "script"); the script and module goals throw "'return' outside of function".
TEST(CapiTest, CommonJsGoalAllowsTopLevelReturn) {
  essa_options o = defaults();
  o.goal = ESSA_GOAL_COMMONJS;
  EXPECT_EQ(json_of(parse_c("return 1", o).get()),
            R"({"type":"Program","start":0,"end":8,"body":[{"type":"ReturnStatement","start":0,)"
            R"("end":8,"argument":{"type":"Literal","start":7,"end":8,"value":1,"raw":"1"}}],)"
            R"("sourceType":"script"})");
}
TEST(CapiTest, ScriptGoalRejectsTopLevelReturn) {
  EXPECT_EQ(error_of(parse_c("return 1", defaults()).get()),
            "syntax error: 1:0 0 0: 'return' outside of function");
}
TEST(CapiTest, ModuleGoalRejectsTopLevelReturn) {
  EXPECT_EQ(error_of(parse_c("return 1", module_goal()).get()),
            "syntax error: 1:0 0 0: 'return' outside of function");
}
TEST(CapiTest, CommonJsGoalIsNotAModule) {
  essa_options o = defaults();
  o.goal = ESSA_GOAL_COMMONJS;
  EXPECT_EQ(essa_result_status(parse_c("export {}", o).get()), ESSA_SYNTAX_ERROR);
}

// The nesting limit reaches the parser: the same error as the C++ API's.
TEST(CapiTest, MaxDepth) {
  essa_options o = defaults();
  o.max_depth = 10;
  const std::string deep = std::string(12, '(') + "1" + std::string(12, ')');
  const essa::ParseResult expected = essa::parse(deep, {.max_depth = 10});
  ASSERT_FALSE(expected.ok());
  EXPECT_EQ(error_of(parse_c(deep, o).get()),
            "syntax error: 1:" + std::to_string(expected.error()->column) + " " +
                std::to_string(expected.error()->offset) + " " +
                std::to_string(expected.error()->byte_offset) + ": Nesting too deep");
  EXPECT_EQ(essa_result_status(parse_c("((1))", o).get()), ESSA_OK);
}
// Past the default limit, with a raised one, the writer's limit follows.
TEST(CapiTest, DeepTreeWithRaisedLimitStillWrites) {
  const std::string src = std::string(1500, '[') + std::string(1500, ']');
  ASSERT_FALSE(essa::parse(src, {}).ok());
  essa_options o = defaults();
  o.max_depth = 6000;
  EXPECT_EQ(json_of(parse_c(src, o).get()),
            cpp_json(src, {.max_depth = 6000}, {.max_depth = 30000}));
}

TEST(CapiTest, TokensBesideTheAst) {
  essa_options o = defaults();
  o.tokens = 1;
  o.loc = 1;
  const Result r = parse_c("a = /=/g", o);
  EXPECT_EQ(json_of(r.get()), cpp_json("a = /=/g", {}, {.loc = true}));
  const essa::SourceText source = essa::SourceText::from_bytes("a = /=/g");
  EXPECT_EQ(tokens_of(r.get()),
            essa::tokens_to_json(source, essa::tokenize(source, {}), {.loc = true}));
}
TEST(CapiTest, TokenizeOnly) {
  // espree.tokenize("x", {ecmaVersion: "latest"}) as JSON.
  const Result r(essa_tokenize("x", 1, nullptr), essa_result_free);
  EXPECT_EQ(tokens_of(r.get()), R"([{"type":"Identifier","value":"x","start":0,"end":1}])");
  EXPECT_EQ(json_of(r.get()), "(null) 0");
}
// espree.tokenize("a // b", {ecmaVersion: "latest", comment: true}) with its comments.
TEST(CapiTest, TokenizeWithComments) {
  essa_options o = defaults();
  o.comments = 1;
  const Result r(essa_tokenize("a // b", 6, &o), essa_result_free);
  EXPECT_EQ(tokens_of(r.get()),
            R"({"tokens":[{"type":"Identifier","value":"a","start":0,"end":1}],)"
            R"("comments":[{"type":"Line","value":" b","start":2,"end":6,"range":[2,6]}]})");
}
TEST(CapiTest, TokensBesideTheAstStayAListWithComments) {
  essa_options o = defaults();
  o.comments = o.tokens = 1;
  EXPECT_EQ(tokens_of(parse_c("a // b", o).get()),
            R"([{"type":"Identifier","value":"a","start":0,"end":1}])");
}
TEST(CapiTest, TokenizeModuleGoal) {
  essa_options o = module_goal();
  const Result r(essa_tokenize("'\\07'", 5, &o), essa_result_free);
  EXPECT_EQ(error_of(r.get()), "syntax error: 1:1 1 1: Octal literal in strict mode");
  EXPECT_EQ(tokens_of(r.get()), "(null) 0");
}

TEST(CapiTest, NullResultReadsAsOutOfMemory) {
  EXPECT_EQ(essa_result_status(nullptr), ESSA_OUT_OF_MEMORY);
  EXPECT_EQ(json_of(nullptr), "(null) 0");
  EXPECT_EQ(tokens_of(nullptr), "(null) 0");
  EXPECT_EQ(error_of(nullptr), "out of memory: 0:0 0 0: out of memory");
  essa_result_free(nullptr);
}
TEST(CapiTest, NullLengthPointerIsAllowed) {
  const Result r = parse_c("1", nullptr);
  EXPECT_STREQ(essa_result_json(r.get(), nullptr), std::string(kOneJson).c_str());
}
TEST(CapiTest, InitIgnoresNull) { essa_options_init(nullptr); }
TEST(CapiTest, StatusNames) {
  EXPECT_STREQ(essa_status_name(ESSA_TOO_DEEP), "too deep");
  EXPECT_STREQ(essa_status_name(static_cast<essa_status>(99)), "unknown status");
}

TEST(CapiTest, VersionMatchesTheHeaders) {
  EXPECT_STREQ(essa_version(), ESSA_VERSION_STRING);
  EXPECT_EQ(essa_version_number(), ESSA_VERSION_NUMBER);
  EXPECT_STREQ(essa::version(), ESSA_VERSION_STRING);
  EXPECT_EQ(essa::version_number(),
            ESSA_VERSION_MAJOR * 10000 + ESSA_VERSION_MINOR * 100 + ESSA_VERSION_PATCH);
}

TEST(CapiTest, ThreadsParseAtOnce) {
  const std::string src = "for (const [k, v] of Object.entries(o)) { f(k, `${v}`); }";
  const std::string expected = cpp_json(src, {}, {.loc = true});
  essa_options o = defaults();
  o.loc = 1;
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (auto& out : got) {
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) out = json_of(parse_c(src, o).get());
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& g : got) EXPECT_EQ(g, expected);
}

// JSX and acorn's options reach the parse: each C field gives the C++ API's output for the
// same ParseOptions field, and an input only that option accepts (or rejects) tells it is read.
essa_options with(uint8_t essa_options::*field, uint8_t value = 1) {
  essa_options o = defaults();
  o.*field = value;
  return o;
}
TEST(CapiTest, Jsx) {
  EXPECT_EQ(json_of(parse_c("<a b='c'>d</a>", with(&essa_options::jsx)).get()),
            cpp_json("<a b='c'>d</a>", {.jsx = true}, {}));
}
TEST(CapiTest, NoJsxUnlessAsked) {
  EXPECT_EQ(essa_result_status(parse_c("<a/>", defaults()).get()), ESSA_SYNTAX_ERROR);
}
TEST(CapiTest, TokenizeJsx) {
  const essa_options o = with(&essa_options::jsx);
  const Result r(essa_tokenize("<a/>", 4, &o), essa_result_free);
  EXPECT_NE(tokens_of(r.get()).find(R"({"type":"JSXIdentifier","value":"a","start":1,"end":2})"),
            std::string::npos);
}
TEST(CapiTest, Strict) {
  EXPECT_EQ(error_of(parse_c("with (a) {}", with(&essa_options::strict)).get()),
            "syntax error: 1:0 0 0: 'with' in strict mode");
}
TEST(CapiTest, AllowReturnOutsideFunction) {
  EXPECT_EQ(json_of(parse_c("return", with(&essa_options::allow_return_outside_function)).get()),
            cpp_json("return", {.allow_return_outside_function = true}, {}));
}
TEST(CapiTest, AllowAwaitOutsideFunction) {
  EXPECT_EQ(json_of(parse_c("await a", with(&essa_options::allow_await_outside_function)).get()),
            cpp_json("await a", {.allow_await_outside_function = true}, {}));
}
TEST(CapiTest, AllowAwaitOutsideFunctionNotWithCommonJs) {
  essa_options o = with(&essa_options::allow_await_outside_function);
  o.goal = ESSA_GOAL_COMMONJS;
  EXPECT_EQ(essa_result_status(parse_c("1", o).get()), ESSA_SYNTAX_ERROR);
}
TEST(CapiTest, AllowImportExportEverywhere) {
  const std::string_view src = "{ import a from 'a' }";
  EXPECT_EQ(json_of(parse_c(src, with(&essa_options::allow_import_export_everywhere)).get()),
            cpp_json(src, {.allow_import_export_everywhere = true}, {}));
}
TEST(CapiTest, HashBangIsErrorOnRequest) {
  EXPECT_EQ(essa_result_status(parse_c("#!x\n1", defaults()).get()), ESSA_OK);
  EXPECT_EQ(error_of(parse_c("#!x\n1", with(&essa_options::hash_bang_is_error)).get()),
            "syntax error: 1:1 1 1: Unexpected character '!'");
}
TEST(CapiTest, AllowReservedAllow) {
  EXPECT_EQ(json_of(parse_c("var enum", with(&essa_options::allow_reserved, ESSA_RESERVED_ALLOW)).get()),
            cpp_json("var enum", {.allow_reserved = essa::ParseOptions::AllowReserved::Yes}, {}));
}
TEST(CapiTest, AllowReservedNever) {
  EXPECT_EQ(essa_result_status(parse_c("a.if", defaults()).get()), ESSA_OK);
  EXPECT_EQ(essa_result_status(
                parse_c("a.if", with(&essa_options::allow_reserved, ESSA_RESERVED_NEVER)).get()),
            ESSA_SYNTAX_ERROR);
}
TEST(CapiTest, BadAllowReserved) {
  EXPECT_EQ(essa_result_status(parse_c("1", with(&essa_options::allow_reserved, 3)).get()),
            ESSA_INVALID_ARGUMENT);
}
TEST(CapiTest, PreserveParens) {
  EXPECT_EQ(json_of(parse_c("(a)", with(&essa_options::preserve_parens)).get()),
            cpp_json("(a)", {.preserve_parens = true}, {}));
  EXPECT_NE(json_of(parse_c("(a)", with(&essa_options::preserve_parens)).get())
                .find("ParenthesizedExpression"),
            std::string::npos);
}
// ecma_version: 0 is latest; an edition or its year; acorn 8.19 rejects `a &&= b` before 2021.
essa_options with_ecma(uint16_t edition) {
  essa_options o = defaults();
  o.ecma_version = edition;
  return o;
}
TEST(CapiTest, EcmaVersion) {
  EXPECT_EQ(json_of(parse_c("a &&= b", with_ecma(2021)).get()),
            cpp_json("a &&= b", {.ecma_version = 12}, {}));
  EXPECT_EQ(error_of(parse_c("a &&= b", with_ecma(11)).get()), "syntax error: 1:4 4 4: Unexpected token");
  EXPECT_EQ(error_of(parse_c("a &&= b", with_ecma(2020)).get()), "syntax error: 1:4 4 4: Unexpected token");
  EXPECT_EQ(json_of(parse_c("a &&= b", with_ecma(0)).get()), cpp_json("a &&= b", {}, {}));
  // acorn 8.19: `a ** b` came with ES2016; "Unexpected token" at the second `*` in ES2015.
  EXPECT_EQ(error_of(parse_c("a ** b", with_ecma(2015)).get()), "syntax error: 1:3 3 3: Unexpected token");
  EXPECT_EQ(json_of(parse_c("a ** b", with_ecma(7)).get()), cpp_json("a ** b", {.ecma_version = 7}, {}));
}
TEST(CapiTest, BadEcmaVersion) {
  EXPECT_EQ(essa_result_status(parse_c("1", with_ecma(4)).get()), ESSA_INVALID_ARGUMENT);
  EXPECT_EQ(essa_result_status(parse_c("1", with_ecma(2014)).get()), ESSA_INVALID_ARGUMENT);
}
// ecma_version starts at the sizeof of the struct before it (docs/library.md).
static_assert(offsetof(essa_options, ecma_version) == 40);


// lang: TypeScript and declaration files, written as TS-ESTree, as the C++ API writes them.
essa_options with_lang(uint8_t lang, bool jsx = false) {
  essa_options o = defaults();
  o.lang = lang;
  o.jsx = jsx;
  o.loc = 1;
  return o;
}
essa::ParseOptions ts_parse(bool dts = false, bool jsx = false) {
  essa::ParseOptions p;
  p.typescript = true;
  p.dts = dts;
  p.jsx = jsx;
  return p;
}
TEST(CapiTest, TypeScript) {
  EXPECT_EQ(json_of(parse_c("let a: T = 1", with_lang(ESSA_LANG_TYPESCRIPT)).get()),
            cpp_json("let a: T = 1", ts_parse(), {.loc = true, .typescript = true}));
}
TEST(CapiTest, TypeScriptWithJsx) {
  EXPECT_EQ(json_of(parse_c("<a>{b as T}</a>", with_lang(ESSA_LANG_TYPESCRIPT, true)).get()),
            cpp_json("<a>{b as T}</a>", ts_parse(false, true), {.loc = true, .typescript = true}));
}
TEST(CapiTest, DeclarationFile) {
  EXPECT_EQ(json_of(parse_c("type A = B", with_lang(ESSA_LANG_DTS)).get()),
            cpp_json("type A = B", ts_parse(true), {.loc = true, .typescript = true}));
}
TEST(CapiTest, JavaScriptRejectsTypes) {
  EXPECT_EQ(essa_result_status(parse_c("let a: T", with_lang(ESSA_LANG_JAVASCRIPT)).get()),
            ESSA_SYNTAX_ERROR);
}
TEST(CapiTest, BadLang) {
  EXPECT_EQ(error_of(parse_c("1", with_lang(3)).get()),
            "invalid argument: 0:0 0 0: essa_options.lang is 3: ESSA_LANG_JAVASCRIPT (0), "
            "ESSA_LANG_TYPESCRIPT (1) or ESSA_LANG_DTS (2)");
}
// typescript-estree's tokens: `let` a Keyword, `>>` closing type arguments two tokens.
TEST(CapiTest, TokenizeTypeScript) {
  const essa_options o = with_lang(ESSA_LANG_TYPESCRIPT);
  const Result r(essa_tokenize("let a: A<B<C>>", 14, &o), essa_result_free);
  const std::string tokens = tokens_of(r.get());
  EXPECT_NE(tokens.find(R"({"type":"Keyword","value":"let","start":0,"end":3,)"),
            std::string::npos);
  EXPECT_NE(tokens.find(R"({"type":"Punctuator","value":">","start":12,"end":13,)"),
            std::string::npos);
  EXPECT_NE(tokens.find(R"({"type":"Punctuator","value":">","start":13,"end":14,)"),
            std::string::npos);
}
TEST(CapiTest, ParseTypeScriptWithTokens) {
  essa_options o = with_lang(ESSA_LANG_TYPESCRIPT);
  o.tokens = 1;
  EXPECT_EQ(tokens_of(parse_c("let;", o).get()),
            R"([{"type":"Identifier","value":"let","start":0,"end":3,"loc":{"start":{"line":1,)"
            R"("column":0},"end":{"line":1,"column":3}}},{"type":"Punctuator","value":";",)"
            R"("start":3,"end":4,"loc":{"start":{"line":1,"column":3},"end":{"line":1,)"
            R"("column":4}}}])");
}
// lang starts at the sizeof of the struct before it (docs/library.md).
static_assert(offsetof(essa_options, lang) == 48);

}  // namespace
