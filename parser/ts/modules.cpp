// TypeScript at the module level (stage 4): `import type`, `export type`, `type` before a
// specifier, and `export` before TypeScript's declarations, as typescript-estree builds them.
#include "parser.h"

namespace essa {
namespace {

bool is_type_word(const Node* name) {
  const auto* id = as<Identifier>(name);
  return id && id->name == "type";
}

}  // namespace

// At `type` after `import`. `import type from "m"` and `import type, {a} from "m"` import a
// default named `type`; `import type from from "m"` imports the type `from`.
bool Parser::at_ts_import_type() {
  const Token after = peek();
  if (after.kind == TokenKind::LBrace || after.kind == TokenKind::Star) return true;
  if (!is_identifier_like(after.kind)) return false;
  if (after.kind != TokenKind::From || after.escaped()) return true;
  const Lexer::Checkpoint cp = lexer_.checkpoint();
  const uint32_t saved_prev_end = prev_end_;
  lexer_.next();  // `from`
  lexer_.next();
  const Token third = lexer_.current();
  lexer_.rewind(cp);
  prev_end_ = saved_prev_end;
  return third.kind == TokenKind::From && !third.escaped();
}

// TypeScript's parseImportOrExportSpecifier: `type` is a modifier when a name follows it,
// and `as` may be a name, so `{type as}`, `{type as as}` and `{type as as x}` each mean
// something else. Returns whether the specifier is type-only.
bool Parser::parse_ts_specifier_names(Node*& property, Node*& name, bool is_import) {
  auto last_name = [&] { return is_import ? parse_identifier(false) : parse_module_export_name(); };
  bool is_type = false;
  bool as_may_follow = true;
  property = nullptr;
  name = parse_module_export_name();
  if (failed()) return false;
  if (is_type_word(name)) {
    if (at_contextual(TokenKind::As)) {
      Node* first_as = parse_identifier(true);
      if (at_contextual(TokenKind::As)) {
        Node* second_as = parse_identifier(true);
        if (is_identifier_like(kind())) {  // `type as as x`: the type `as`, renamed
          is_type = true;
          property = first_as;
          name = last_name();
        } else {  // `type as as`: `type` renamed `as`
          property = name;
          name = second_as;
        }
      } else if (is_identifier_like(kind())) {  // `type as x`: `type` renamed
        property = name;
        name = last_name();
        as_may_follow = false;
      } else {  // `type as`: the type `as`
        is_type = true;
        name = first_as;
      }
    } else if (is_identifier_name(kind())) {  // `type A`, `type default as x`
      is_type = true;
      name = parse_module_export_name();
    }
  }
  if (as_may_follow && at_contextual(TokenKind::As) && !failed()) {
    next();
    property = name;
    name = last_name();
  }
  return is_type;
}

// After `export`, in TypeScript; `decl` is the export being read. `export type {`: eats
// `type`, marks `decl` type-only and returns nullptr (the caller reads the braces), as it
// does when no TypeScript form starts here. `export type * from`: the ExportAllDeclaration.
// `export interface`, `export type X =`, `export declare ...`: `decl`, exporting it.
Node* Parser::parse_ts_export(uint32_t start, ExportNamedDeclaration* decl) {
  if (at_ts_word("type")) {
    const TokenKind after = peek().kind;
    if (after == TokenKind::LBrace) {
      next();
      if (auto* side = ts_side(*decl)) side->export_kind = true;
      return nullptr;
    }
    if (after == TokenKind::Star) {
      next();  // `type`
      next();  // `*`
      Node* all = parse_export_all(start);
      if (auto* all_decl = as<ExportAllDeclaration>(all)) {
        if (auto* side = ts_side(*all_decl)) side->export_kind = true;
      }
      return all;
    }
  }
  if (at(TokenKind::Assign)) {  // `export = x;`
    next();
    auto* node = make<TSExportAssignment>(start);
    node->expression = parse_assignment_expression();
    if (failed()) return invalid();
    consume_semicolon();
    return finish(node);
  }
  if (at_contextual(TokenKind::As)) {  // `export as namespace N;`
    next();
    if (!at_ts_word("namespace")) return raise(tok().start, Msg::TsExpected, "namespace");
    next();
    auto* node = make<TSNamespaceExportDeclaration>(start);
    node->id = parse_identifier(false);
    if (failed()) return invalid();
    consume_semicolon();
    return finish(node);
  }
  if (at(TokenKind::Import)) {  // `export import a = N.b;`: the import starts at `import`
    Node* import = parse_import_declaration(tok().start);
    if (failed()) return invalid();
    if (!is<TSImportEqualsDeclaration>(import)) return unexpected_at(import->start);
    decl->declaration = import;
    return finish(decl);
  }
  if (!at(TokenKind::Identifier) && !at(TokenKind::Interface) && !at(TokenKind::Enum)) {
    return nullptr;
  }
  Node* declaration = parse_ts_declaration_statement(tok().start);
  if (failed()) return invalid();
  if (!declaration) return nullptr;
  decl->declaration = declaration;
  // typescript-estree: a type alias, an interface or a `declare`d declaration exports a type.
  bool is_type = is<TSTypeAliasDeclaration>(declaration) || is<TSInterfaceDeclaration>(declaration);
  if (auto* var = as<VariableDeclaration>(declaration)) {
    const auto* var_side = ts_side(*var);
    is_type = var_side && var_side->declare;
    check_declaration_exports(var);
  } else if (auto* fn = as<TSDeclareFunction>(declaration)) {
    is_type = fn->declare;
  } else if (auto* enum_decl = as<TSEnumDeclaration>(declaration)) {
    is_type = enum_decl->declare;
  } else if (auto* module = as<TSModuleDeclaration>(declaration)) {
    is_type = module->declare;
  } else if (auto* cls = as<ClassDeclaration>(declaration)) {
    const auto* cls_side = ts_side(*cls);
    is_type = cls_side && cls_side->declare;
    check_declaration_exports(cls);
  }
  if (auto* side = ts_side(*decl)) side->export_kind = is_type;
  return finish(decl);
}

// At the `=` of `import a = ...` (`import type a = ...`): `specifiers` holds the one
// default specifier `a` (already bound). The reference is `require("m")` or an entity name.
Node* Parser::parse_ts_import_equals(uint32_t start, NodeList specifiers, bool type_only) {
  // `import {a} = b`: TypeScript reads an import clause, then wants its `from`.
  if (specifiers.size != 1 || !is<ImportDefaultSpecifier>(specifiers[0])) {
    return raise(tok().start, Msg::TsExpected, "from");
  }
  auto* node = make<TSImportEqualsDeclaration>(start);
  node->id = static_cast<ImportDefaultSpecifier*>(specifiers[0])->local;
  node->import_kind = type_only ? "type" : "value";
  next();  // `=`
  if (at_ts_word("require") && peek().kind == TokenKind::LParen) {
    auto* reference = make<TSExternalModuleReference>(tok().start);
    next();  // `require`
    next();  // `(`
    if (!at(TokenKind::String)) return raise(tok().start, Msg::TsStringLiteralExpected);
    reference->expression = parse_literal();
    if (!expect(TokenKind::RParen)) return invalid();
    node->module_reference = finish(reference);
  } else {
    node->module_reference = parse_ts_entity_name();
  }
  if (failed()) return invalid();
  consume_semicolon();
  return finish(node);
}

}  // namespace essa
