// TypeScript declarations (ParseOptions::typescript): type aliases and interfaces, as
// typescript-estree builds them, and the dispatch of the other TypeScript declarations:
// `declare` (ambient.cpp), enums and namespaces (namespaces.cpp), `abstract class`
// (class_members.cpp).
#include "parser.h"

namespace essa {

Node* Parser::parse_ts_declaration_statement(uint32_t start) {
  if (tok().escaped()) return nullptr;
  const bool is_interface = at(TokenKind::Interface);
  const bool is_type = !is_interface && at_ts_word("type");
  // Declarations of later stages: `declare ...`, `abstract class`, `namespace N`,
  // `module M`, `enum E`, each a declaration only when a name or keyword follows on the same
  // line (as for `type` and `interface`).
  const bool later_stage = !is_interface && !is_type &&
                           (at(TokenKind::Enum) || at_ts_word("declare") ||
                            at_ts_word("abstract") || at_ts_word("namespace") ||
                            at_ts_word("module") || at_ts_word("global"));
  if (!is_interface && !is_type && !later_stage) return nullptr;
  const Token after = peek();
  if (at(TokenKind::Enum)) {
    next();
    return parse_ts_enum(start, false);
  }
  if (after.newline_before()) return nullptr;
  // `abstract class` (ts/class_members.cpp).
  if (at_ts_abstract_class()) {
    return parse_ts_abstract_class(start, true, false);
  }
  if (later_stage) {
    const bool name_follows = is_identifier_like(after.kind) || after.kind == TokenKind::String ||
                              after.kind == TokenKind::Class || after.kind == TokenKind::Function ||
                              after.kind == TokenKind::Var || after.kind == TokenKind::Const ||
                              after.kind == TokenKind::Enum || after.kind == TokenKind::LBrace ||
                              after.kind == TokenKind::Interface;
    if (!name_follows) return nullptr;
    if (at_ts_word("declare")) return parse_ts_declare(start);
    if (at_ts_word("namespace") || at_ts_word("module")) {
      // `namespace {`: no statement either (no semicolon can be inserted before the `{`).
      if (after.kind == TokenKind::LBrace) return raise(after.start, Msg::TsNamespaceName);
      return parse_ts_module(start);
    }
    if (at_ts_word("global")) {
      if (after.kind != TokenKind::LBrace) return nullptr;
      return parse_ts_module(start);
    }
    // `abstract` is a modifier before a name on its line: on a declaration other than a
    // class it is misplaced, before anything else unexpected (TypeScript's words for both).
    if (at_ts_word("abstract")) {
      const std::string_view word = lexer_.text(after);
      const bool declaration =
          after.kind == TokenKind::Interface || after.kind == TokenKind::Enum ||
          after.kind == TokenKind::Function || after.kind == TokenKind::Var ||
          after.kind == TokenKind::Const || after.kind == TokenKind::Let ||
          after.kind == TokenKind::Async ||
          (after.kind == TokenKind::Identifier &&
           (ts_word_is(word, "type") || ts_word_is(word, "namespace") ||
            ts_word_is(word, "module")));
      if (declaration) return raise(tok().start, Msg::TsAbstractPlace);
      if (after.kind == TokenKind::Identifier && ts_word_is(word, "abstract")) {
        return raise(after.start, Msg::TsModifierAlreadySeen, "abstract");
      }
      return raise(tok().start, Msg::TsUnexpectedKeywordOrIdentifier);
    }
    return nullptr;  // not reached: each word of later_stage is taken above
  }
  // `type = 1` and `type\nx` are expressions.
  if (!is_identifier_like(after.kind)) {
    // `interface {`: no statement either (no semicolon can be inserted before the `{`).
    if (is_interface && after.kind == TokenKind::LBrace) {
      return raise(after.start, Msg::TsInterfaceName);
    }
    return nullptr;
  }
  next();  // `type` / `interface`
  return is_interface ? parse_ts_interface(start) : parse_ts_type_alias(start);
}

Node* Parser::parse_ts_type_alias(uint32_t start) {
  auto* node = make<TSTypeAliasDeclaration>(start);
  node->id = parse_identifier(false);
  if (failed()) return invalid();
  if (at(TokenKind::Lt)) {
    node->type_parameters = parse_ts_type_parameters(TsTypeParameters::InterfaceOrAlias);
  }
  if (!expect(TokenKind::Assign)) return invalid();
  // `type A = intrinsic` (TypeScript's own lib): the keyword, when no `.` follows it.
  if (at_ts_word("intrinsic") && peek().kind != TokenKind::Dot) {
    const uint32_t keyword_start = tok().start;
    next();
    node->type_annotation = finish(make<TSIntrinsicKeyword>(keyword_start));
  } else {
    node->type_annotation = parse_ts_type();
  }
  consume_semicolon();
  return finish(node);
}

Node* Parser::parse_ts_interface(uint32_t start) {
  auto* node = make<TSInterfaceDeclaration>(start);
  node->id = parse_identifier(false);
  if (failed()) return invalid();
  if (at(TokenKind::Lt)) {
    node->type_parameters = parse_ts_type_parameters(TsTypeParameters::InterfaceOrAlias);
  }
  if (failed()) return invalid();
  const size_t mark = list_mark();
  if (at(TokenKind::Extends)) {
    // TypeScript's heritage list ends at `{` (a trailing comma is the checker's business).
    const uint32_t keyword_start = tok().start;
    next();
    if (at(TokenKind::LBrace)) return raise(keyword_start, Msg::TsEmptyHeritageList, "extends");
    for (;;) {
      // `A.B<C>`: the name is an expression (Identifier / MemberExpression) in TS-ESTree.
      const uint32_t heritage_start = tok().start;
      auto* heritage = make<TSInterfaceHeritage>(heritage_start);
      Node* expression = parse_identifier(false);
      ChainDepth chain(*this);
      while (!failed() && eat(TokenKind::Dot)) {
        auto* member = make<MemberExpression>(heritage_start);
        member->object = expression;
        member->property = parse_identifier(true);
        expression = finish(member);
        if (!chain.add_link()) return invalid();
      }
      heritage->expression = expression;
      if (!failed() && at(TokenKind::Lt)) heritage->type_arguments = parse_ts_type_arguments();
      push(finish(heritage));
      if (failed() || !eat(TokenKind::Comma) || at(TokenKind::LBrace)) break;
    }
  }
  node->extends = take_list(mark);
  auto* body = make<TSInterfaceBody>(tok().start);
  if (!expect(TokenKind::LBrace)) return invalid();
  const size_t members = list_mark();
  {
    TsConditionalScope conditional(*this, false);
    while (!failed() && !at(TokenKind::RBrace) && !at(TokenKind::Eof)) {
      push(parse_ts_type_member());
    }
  }
  body->body = take_list(members);
  if (!expect(TokenKind::RBrace)) return invalid();
  node->body = finish(body);
  return finish(node);
}

}  // namespace essa
