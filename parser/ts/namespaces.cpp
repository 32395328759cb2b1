// TypeScript's enums and namespaces (stage 4): `[const] enum E { A, B = 1 }`, `namespace A.B {}`,
// `module M {}`, `module "m" {}` and `declare module "m";`, `declare global {}`, as
// typescript-estree 8 builds them (a dotted name is one TSQualifiedName, not nested modules).
#include "parser.h"

namespace essa {

Node* Parser::parse_ts_enum(uint32_t start, bool is_const) {
  auto* node = make<TSEnumDeclaration>(start);
  node->is_const = is_const;
  node->id = parse_identifier(false);
  if (failed()) return invalid();
  auto* body = make<TSEnumBody>(tok().start);
  if (!expect(TokenKind::LBrace)) return invalid();
  const size_t mark = list_mark();
  while (!failed() && !at(TokenKind::RBrace) && !at(TokenKind::Eof)) {
    auto* member = make<TSEnumMember>(tok().start);
    if (at(TokenKind::Number) || at(TokenKind::BigInt)) {
      return raise(tok().start, Msg::TsEnumNumericName);
    }
    if (at(TokenKind::LBracket)) return raise(tok().start, Msg::TsEnumComputedName);
    if (!is_identifier_name(tok().kind) && !at(TokenKind::String)) {
      return raise(tok().start, Msg::TsEnumMemberExpected);
    }
    member->id = at(TokenKind::String) ? parse_literal() : parse_identifier(true);
    if (failed()) return invalid();
    if (eat(TokenKind::Assign)) member->initializer = parse_assignment_expression();
    push(finish(member));
    if (!at(TokenKind::RBrace) && !eat(TokenKind::Comma)) {
      return raise(tok().start, Msg::TsEnumMemberFollow);
    }
  }
  body->members = take_list(mark);
  if (!expect(TokenKind::RBrace)) return invalid();
  node->body = finish(body);
  return finish(node);
}

Node* Parser::parse_ts_module(uint32_t start) {
  auto* node = make<TSModuleDeclaration>(start);
  node->kind = lexer_.text(tok());
  if (at_ts_word("global")) {
    node->global = true;
    node->id = parse_identifier(true);  // `global` names it
  } else {
    next();  // `namespace` / `module`
    if (at(TokenKind::String) && node->kind == "module") {
      node->id = parse_literal();
      // `declare module "m";`: an ambient module without a body.
      if (!at(TokenKind::LBrace)) {
        consume_semicolon();
        return finish(node);
      }
    } else {
      node->id = parse_ts_entity_name();
    }
  }
  if (failed()) return invalid();
  node->body = parse_ts_module_block();
  if (failed()) return invalid();
  return finish(node);
}

Node* Parser::parse_ts_module_block() {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  auto* block = make<TSModuleBlock>(tok().start);
  if (!expect(TokenKind::LBrace)) return invalid();
  const size_t mark = list_mark();
  {
    // A namespace's, module's or `declare global`'s block is where its `var`s and functions
    // live (TypeScript binds them to the namespace): `declare global { var console: C }`
    // beside `import * as console` declares nothing twice.
    ScopeGuard scope(*this, ScopeStack::kFunction);
    // A namespace's exports are its own: not checked against the module's.
    const bool saved_unchecked = export_names_unchecked_;
    export_names_unchecked_ = true;
    while (!failed() && !at(TokenKind::RBrace) && !at(TokenKind::Eof)) {
      const uint32_t start = tok().start;
      const bool import_declaration =
          at(TokenKind::Import) && peek().kind != TokenKind::LParen && peek().kind != TokenKind::Dot;
      if (import_declaration) {
        push(parse_import_declaration(start));
      } else if (at(TokenKind::Export)) {
        push(parse_export_declaration(start));
      } else {
        push(parse_statement_in(StatementContext::ListItem, false));
      }
    }
    export_names_unchecked_ = saved_unchecked;
  }
  block->body = take_list(mark);
  if (!expect(TokenKind::RBrace)) return invalid();
  return finish(block);
}

}  // namespace essa
