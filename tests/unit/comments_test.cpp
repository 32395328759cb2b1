// Comments collected by the parse (ParseOptions::comments) and by tokenize(): kinds, ranges,
// values, each comment once after speculation, and the JSON shapes. Expected JSON was printed
// by acorn 8.19.0 (onComment array on the Program) and espree 11.2.0 (tokenize with
// comment: true) for the same sources.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "essa/estree.h"
#include "essa/parse.h"
#include "essa/tokens.h"
#include "essa/visit.h"

namespace essa {
namespace {

std::string_view kind_name(CommentKind kind) {
  switch (kind) {
    case CommentKind::Line: return "Line";
    case CommentKind::Block: return "Block";
    case CommentKind::HtmlOpen: return "HtmlOpen";
    case CommentKind::HtmlClose: return "HtmlClose";
    case CommentKind::Hashbang: return "Hashbang";
  }
  return "?";
}

// "Kind@start-end:value" per comment, space separated; "error: ..." when the parse fails.
std::string comments(std::string_view src, bool module = false) {
  const ParseResult result = parse(src, {.module = module, .comments = true});
  if (!result.ok()) return "error: " + result.error()->message;
  std::string out;
  for (const Comment& c : result.comments()) {
    if (!out.empty()) out += ' ';
    out += kind_name(c.kind);
    out += '@' + std::to_string(c.span.start) + '-' + std::to_string(c.span.end) + ':';
    out += c.value(result.source().text());
  }
  return out;
}

// The same, from tokenize() (the parser's tokens, or the standalone scan when it fails).
std::string token_comments(std::string_view src) {
  const SourceText source = SourceText::from_bytes(src);
  const TokenizeResult result = tokenize(source, {.comments = true});
  std::string out;
  for (const Comment& c : result.comments) {
    if (!out.empty()) out += ' ';
    out += kind_name(c.kind);
    out += ':';
    out += c.value(source.text());
  }
  return out;
}

TEST(CommentsTest, OffByDefault) {
  const ParseResult result = parse("/* a */ b // c");
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result.comments().empty());
}

TEST(CommentsTest, Kinds) {
  EXPECT_EQ(comments("// a\n/* b */"), "Line@0-4: a Block@5-12: b ");
  EXPECT_EQ(comments("#!/bin/node\nx"), "Hashbang@0-11:/bin/node");
  EXPECT_EQ(comments("<!-- a\n--> b"), "HtmlOpen@0-6: a HtmlClose@7-12: b");
  EXPECT_EQ(comments("/**/ --> x"), "Block@0-4: HtmlClose@5-10: x");  // start of input
  EXPECT_EQ(comments("/*\n*/ --> x"), "Block@0-5:\n HtmlClose@6-11: x");
  EXPECT_EQ(comments("x /**/ --> y"), "Block@2-6:");  // not at a line start: `x-- > y`
}

TEST(CommentsTest, ModuleHasNoHtmlComments) {
  EXPECT_EQ(comments("<!-- a", /*module=*/true), "error: Unexpected token");
  EXPECT_EQ(comments("#!x\n// a", /*module=*/true), "Hashbang@0-3:x Line@4-8: a");
}

TEST(CommentsTest, LineCommentsEndAtEveryLineTerminator) {
  EXPECT_EQ(comments("// a\r\n// b\r// c\xE2\x80\xA8// d\xE2\x80\xA9x"),
            "Line@0-4: a Line@6-10: b Line@11-15: c Line@18-22: d");
}

TEST(CommentsTest, NotInStringsTemplatesOrRegExps) {
  EXPECT_EQ(comments("'/* a */'; `// b ${ /* c */ d } /* e */`; /[/*]/ // f"),
            "Block@20-27: c  Line@49-53: f");
}

TEST(CommentsTest, OnceEachAfterSpeculation) {
  EXPECT_EQ(comments("(a /* a */, b) /* b */ => 0"), "Block@3-10: a  Block@15-22: b ");
  EXPECT_EQ(comments("async /* a */ (b) => b"), "Block@6-13: a ");
  EXPECT_EQ(comments("let /* a */ [b] = c"), "Block@4-11: a ");
  EXPECT_EQ(comments("for (let /* a */ [a] of x);"), "Block@9-16: a ");
  EXPECT_EQ(comments("({ get /* a */ x() {} })"), "Block@7-14: a ");
}

TEST(CommentsTest, NoneAfterASyntaxError) {
  EXPECT_EQ(comments("/* a */ x = ;"), "error: Unexpected token");
}

TEST(CommentsTest, TokenizeCollectsThemToo) {
  EXPECT_EQ(token_comments("#!h\n/* a */ b // c"), "Hashbang:h Block: a  Line: c");
  // Not a program (an early error): the standalone scan reports them.
  EXPECT_EQ(token_comments("let a; let a; /* x */"), "Block: x ");
  EXPECT_EQ(token_comments("/* a */ b"), "Block: a ");
}

TEST(CommentsTest, EstreeCommentsAsAcorn) {
  const ParseResult result = parse("#!x\n/*a*/ b // c\n", {.comments = true});
  EXPECT_EQ(estree_json(result, {.comments = true}),
            R"({"type":"Program","start":0,"end":17,"body":[{"type":"ExpressionStatement",)"
            R"("start":10,"end":11,"expression":{"type":"Identifier","start":10,"end":11,)"
            R"("name":"b"}}],"sourceType":"script","comments":[{"type":"Line","value":"x",)"
            R"("start":0,"end":3},{"type":"Block","value":"a","start":4,"end":9},)"
            R"({"type":"Line","value":" c","start":12,"end":16}]})");
  // Without EstreeOptions::comments the Program has no "comments" key.
  EXPECT_EQ(estree_json(result, {}).find("comments"), std::string::npos);
}

TEST(CommentsTest, EstreeCommentsPrettyAndPositioned) {
  const ParseResult result = parse("a /* b */", {.comments = true});
  const std::string pretty = estree_json(result, {.loc = true, .range = true, .pretty = true});
  EXPECT_EQ(pretty.find("comments"), std::string::npos);
  const std::string json = estree_json(result, {.loc = true, .range = true, .comments = true});
  EXPECT_NE(json.find(R"("comments":[{"type":"Block","value":" b ","start":2,"end":9,)"
                      R"("loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":9}},)"
                      R"("range":[2,9]}]})"),
            std::string::npos);
  const std::string indented =
      estree_json(result, {.pretty = true, .comments = true});
  EXPECT_NE(indented.find("  \"comments\": [\n    {\n      \"type\": \"Block\",\n"),
            std::string::npos);
}

TEST(CommentsTest, TokensWithCommentsAsEspree) {
  const SourceText source = SourceText::from_bytes("#!x\n/*a*/ b // c\n");
  const TokenizeResult result = tokenize(source, {.comments = true});
  EXPECT_EQ(tokens_to_json(source, result, {.loc = true, .range = true, .comments = true}),
            R"({"tokens":[{"type":"Identifier","value":"b","start":10,"end":11,"loc":{"start":)"
            R"({"line":2,"column":6},"end":{"line":2,"column":7}},"range":[10,11]}],)"
            R"("comments":[{"type":"Hashbang","value":"x","start":0,"end":3,"range":[0,3],)"
            R"("loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":3}}},)"
            R"({"type":"Block","value":"a","start":4,"end":9,"range":[4,9],"loc":{"start":)"
            R"({"line":2,"column":0},"end":{"line":2,"column":5}}},{"type":"Line",)"
            R"("value":" c","start":12,"end":16,"range":[12,16],"loc":{"start":{"line":2,)"
            R"("column":8},"end":{"line":2,"column":12}}}]})");
}

}  // namespace
}  // namespace essa

namespace essa {
namespace {

// "Type@start-end kind:values" per node with attached comments, in walk order (children before
// the node), e.g. "Identifier@7-8 leading:a". Expectations follow @babel/parser 7.29's
// attachComment (estree plugin) on the same sources.
std::string attached(std::string_view src, bool module = false) {
  const ParseResult result = parse(src, {.module = module, .attach_comments = true});
  if (!result.ok()) return "error: " + result.error()->message;
  const CommentAttachment* attachment = result.attachment();
  if (attachment == nullptr) return "no attachment";
  std::string out;
  const std::string_view text = result.source().text();
  const auto list = [&](const Node& n, std::string_view name, const std::vector<uint32_t>& ids) {
    if (ids.empty()) return;
    if (!out.empty()) out += ' ';
    out += std::string(kind_name(n.kind)) + '@' + std::to_string(n.start) + '-' +
           std::to_string(n.end) + ' ' + std::string(name) + ':';
    for (size_t i = 0; i < ids.size(); ++i) {
      if (i) out += ',';
      out += result.comments()[ids[i]].value(text);
    }
  };
  struct Walk {
    const CommentAttachment& a;
    decltype(list)& put;
    void operator()(const Node& n) const {
      for_each_child(n, *this);
      if (const CommentAttachment::Lists* l = a.find(n)) {
        put(n, "leading", l->leading);
        put(n, "trailing", l->trailing);
        put(n, "inner", l->inner);
      }
    }
  };
  Walk{*attachment, list}(*result.program());
  return out;
}

TEST(AttachCommentsTest, OffByDefault) {
  EXPECT_EQ(parse("/*a*/ b", {.comments = true}).attachment(), nullptr);
}

TEST(AttachCommentsTest, LeadingAndTrailingGoToTheOutermostNode) {
  EXPECT_EQ(attached("/*a*/ b + c; /*d*/"),
            "ExpressionStatement@6-12 leading:a ExpressionStatement@6-12 trailing:d");
  EXPECT_EQ(attached("a /*x*/ + /*y*/ b"), "Identifier@0-1 trailing:x Identifier@16-17 leading:y");
}

TEST(AttachCommentsTest, OneGroupBetweenTwoNodesBelongsToBoth) {
  EXPECT_EQ(attached("a; /*x*/ /*y*/ b;"),
            "ExpressionStatement@0-2 trailing:x,y ExpressionStatement@15-17 leading:x,y");
}

TEST(AttachCommentsTest, InnerCommentsOfEmptyNodes) {
  EXPECT_EQ(attached("{ /*a*/ }"), "BlockStatement@0-9 inner:a");
  EXPECT_EQ(attached("x = [/*a*/]"), "ArrayExpression@4-11 inner:a");
  EXPECT_EQ(attached("function f(/*a*/) {}"), "FunctionDeclaration@0-20 inner:a");
  EXPECT_EQ(attached("/*only*/"), "Program@0-8 inner:only");
}

TEST(AttachCommentsTest, AfterATrailingCommaTheLastElement) {
  EXPECT_EQ(attached("f(a, /*x*/)"), "Identifier@2-3 trailing:x");
  EXPECT_EQ(attached("x = [a, , /*x*/]"), "Identifier@5-6 trailing:x");
  EXPECT_EQ(attached("x = {a, /*x*/}"), "Property@5-6 trailing:x");
}

TEST(AttachCommentsTest, ParenthesizedExpressionsTakeTheCommentsAroundTheirParentheses) {
  EXPECT_EQ(attached("(/*a*/ x /*b*/) /*c*/;"), "Identifier@7-8 leading:a Identifier@7-8 trailing:b,c");
}

TEST(AttachCommentsTest, TemplateElementsEndAfterTheirDelimiter) {
  EXPECT_EQ(attached("`a${ /*c*/ b}`"), "Identifier@11-12 leading:c TemplateElement@1-2 trailing:c");
}

TEST(AttachCommentsTest, TheHashbangIsNotAttached) {
  EXPECT_EQ(attached("#!x\n/*a*/ b"), "ExpressionStatement@10-11 leading:a");
}

}  // namespace
}  // namespace essa
