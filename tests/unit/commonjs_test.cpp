// ParseOptions::commonjs, against acorn 8.19's sourceType "commonjs": the top level is a
// function body (return, new.target and using allowed), the Program stays "script".
#include <gtest/gtest.h>

#include "parse_test_util.h"

namespace essa::test {
namespace {

std::string commonjs_result(std::string_view src) { return result_of(src, {.commonjs = true}); }

TEST(CommonjsTest, TopLevelReturn) {
  EXPECT_EQ(commonjs_result("if (x) return;\nreturn 1;"),
            R"json({"type":"Program","start":0,"end":24,"body":[{"type":"IfStatement","start":0,"end":14,"test":{"type":"Identifier","start":4,"end":5,"name":"x"},"consequent":{"type":"ReturnStatement","start":7,"end":14,"argument":null},"alternate":null},{"type":"ReturnStatement","start":15,"end":24,"argument":{"type":"Literal","start":22,"end":23,"value":1,"raw":"1"}}],"sourceType":"script"})json");
}

TEST(CommonjsTest, TopLevelNewTarget) {
  EXPECT_EQ(commonjs_result("new.target;"),
            R"json({"type":"Program","start":0,"end":11,"body":[{"type":"ExpressionStatement","start":0,"end":11,"expression":{"type":"MetaProperty","start":0,"end":10,"meta":{"type":"Identifier","start":0,"end":3,"name":"new"},"property":{"type":"Identifier","start":4,"end":10,"name":"target"}}}],"sourceType":"script"})json");
}

TEST(CommonjsTest, TopLevelUsing) {
  EXPECT_EQ(commonjs_result("using x = a;"),
            R"json({"type":"Program","start":0,"end":12,"body":[{"type":"VariableDeclaration","start":0,"end":12,"declarations":[{"type":"VariableDeclarator","start":6,"end":11,"id":{"type":"Identifier","start":6,"end":7,"name":"x"},"init":{"type":"Identifier","start":10,"end":11,"name":"a"}}],"kind":"using"}],"sourceType":"script"})json");
}

TEST(CommonjsTest, FunctionsCountAsVar) {
  EXPECT_EQ(commonjs_result("function f() {} var f;"),
            R"json({"type":"Program","start":0,"end":22,"body":[{"type":"FunctionDeclaration","start":0,"end":15,"id":{"type":"Identifier","start":9,"end":10,"name":"f"},"expression":false,"generator":false,"async":false,"params":[],"body":{"type":"BlockStatement","start":13,"end":15,"body":[]}},{"type":"VariableDeclaration","start":16,"end":22,"declarations":[{"type":"VariableDeclarator","start":20,"end":21,"id":{"type":"Identifier","start":20,"end":21,"name":"f"},"init":null}],"kind":"var"}],"sourceType":"script"})json");
}

TEST(CommonjsTest, AwaitStaysAName) {
  EXPECT_EQ(commonjs_result("await;"),
            R"json({"type":"Program","start":0,"end":6,"body":[{"type":"ExpressionStatement","start":0,"end":6,"expression":{"type":"Identifier","start":0,"end":5,"name":"await"}}],"sourceType":"script"})json");
}

TEST(CommonjsTest, ReturnInStaticBlockError) {
  EXPECT_EQ(commonjs_result("class A { static { return; } }"), "19: 'return' outside of function");
}

TEST(CommonjsTest, ScriptStillRejectsReturn) {
  EXPECT_EQ(script_result("return 1;"), "0: 'return' outside of function");
}

}  // namespace
}  // namespace essa::test
