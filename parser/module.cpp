// Modules (spec 16.2): import and export declarations, import attributes (`with { ... }`) and
// module export names (identifiers or strings).
#include <string>

#include "bound_names.h"
#include "keywords.h"
#include "parser.h"

namespace essa {
namespace {

// WTF-8 encodes a lone surrogate as ED A0..BF xx; valid UTF-8 never has ED above 9F.
bool has_lone_surrogate(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (static_cast<uint8_t>(s[i]) == 0xED && static_cast<uint8_t>(s[i + 1]) >= 0xA0) return true;
  }
  return false;
}

}  // namespace

// acorn's checkUnreserved for a name at the top level of a module (strict, not async).
void Parser::check_module_name_unreserved(const Node* name) {
  const auto* id = as<Identifier>(name);
  if (!id || failed()) return;
  const TokenKind k = keyword_kind(id->name);
  if (is_reserved_word(k) && k != TokenKind::Enum) {
    raise(id->start, Msg::UnexpectedKeyword, id->name);
  } else if (k == TokenKind::Await) {
    raise(id->start, Msg::AwaitOutsideAsync);
  } else if (k == TokenKind::Enum || is_strict_reserved(k)) {
    raise(id->start, Msg::ReservedKeyword, id->name);
  }
}

// At `defer` or `source` after `import`: does it give the import's phase (stage 3), or is it
// the default binding (`import defer from "m"`, `import source, {a} from "m"`)? `source`
// followed by `from` is a phase only when another `from` follows (`import source from from
// "m"` binds `from`). An `import defer` not followed by `*` is a phase too, and an error.
ImportPhase Parser::import_phase_at() {
  const bool defer = at(TokenKind::Defer);
  const Lexer::Checkpoint cp = lexer_.checkpoint();
  const uint32_t saved_prev_end = prev_end_;
  lexer_.next();
  const Token after = lexer_.current();
  bool phase = after.kind != TokenKind::Comma && !(after.kind == TokenKind::From && !after.escaped());
  if (!phase && !defer && after.kind == TokenKind::From) {
    lexer_.next();
    phase = lexer_.current().kind == TokenKind::From && !lexer_.current().escaped();
  }
  lexer_.rewind(cp);
  prev_end_ = saved_prev_end;
  if (!phase) return ImportPhase::None;
  return defer ? ImportPhase::Defer : ImportPhase::Source;
}

// At `import` (not `import(` or `import.`).
Node* Parser::parse_import_declaration(uint32_t start) {
  auto* decl = make<ImportDeclaration>(start);
  next_keyword();
  if (at(TokenKind::String)) {
    decl->source = parse_literal();
    decl->attributes = parse_with_clause();
  } else {
    uint32_t phase_at = 0;
    if ((at_contextual(TokenKind::Defer) || at_contextual(TokenKind::Source)) &&
        (decl->phase = import_phase_at()) != ImportPhase::None) [[unlikely]] {
      // `import defer * as ns`, `import source x`: nothing else.
      phase_at = tok().start;
      next();
      if (decl->phase == ImportPhase::Defer && !at(TokenKind::Star)) {
        return raise(phase_at, Msg::ImportDeferNotNamespace);
      }
      if (decl->phase == ImportPhase::Source && !is_identifier_like(kind())) {
        return raise(phase_at, Msg::ImportSourceNotIdentifier);
      }
    }
    bool type_only = false;
    const uint32_t type_at = tok().start;
    if (typescript() && at_ts_word("type") && at_ts_import_type()) [[unlikely]] {
      next();  // `import type A from "m"`
      type_only = true;
      if (auto* side = ts_side(*decl)) side->import_kind = true;
    }
    const size_t mark = list_mark();
    parse_import_specifiers(type_only);
    decl->specifiers = take_list(mark);
    if (type_only && decl->specifiers.size > 1 && !failed() &&
        is<ImportDefaultSpecifier>(decl->specifiers[0])) [[unlikely]] {
      return raise(type_at, Msg::TsTypeImportDefaultAndNamed);
    }
    // `import a = require("m")`, `import a = N.b` (ts/modules.cpp).
    if (typescript() && at(TokenKind::Assign) && !failed()) [[unlikely]] {
      return parse_ts_import_equals(start, decl->specifiers, type_only);
    }
    if (decl->phase == ImportPhase::Source && decl->specifiers.size != 1 && !failed()) {
      return raise(phase_at, Msg::ImportSourceNotSingle);
    }
    if (!parse_from_clause(decl->source, decl->attributes)) return invalid();
  }
  consume_semicolon();
  return finish(decl);
}

// `x`, `x, * as ns`, `* as ns`, `x, { a, b as c, "d" as e }`.
// `type_only` (`import type`): TypeScript's names, which bind no value.
void Parser::parse_import_specifiers(bool type_only) {
  if (is_identifier_like(kind())) {
    auto* spec = make<ImportDefaultSpecifier>(tok().start);
    spec->local = parse_identifier(false);
    check_binding_names(spec->local, true);
    if (!type_only) declare_names(spec->local, BindKind::Lexical);
    push(finish(spec));
    if (!eat(TokenKind::Comma)) return;
  }
  if (at(TokenKind::Star)) {
    auto* spec = make<ImportNamespaceSpecifier>(tok().start);
    next();
    if (!at_contextual(TokenKind::As)) {
      expected("as");
      return;
    }
    next();
    spec->local = parse_identifier(false);
    check_binding_names(spec->local, true);
    if (!type_only) declare_names(spec->local, BindKind::Lexical);
    push(finish(spec));
    return;
  }
  if (!expect(TokenKind::LBrace)) return;
  bool first = true;
  while (next_in_braces(first)) {
    auto* spec = make<ImportSpecifier>(tok().start);
    bool binds_value = !type_only;
    if (typescript()) [[unlikely]] {  // `type A`, `type A as B`, ...
      Node* property = nullptr;
      const bool is_type = parse_ts_specifier_names(property, spec->local, true);
      if (failed()) return;
      if (auto* side = ts_side(*spec)) side->import_kind = is_type;
      binds_value = binds_value && !is_type;
      spec->imported = property ? property : spec->local;
      if (!property) {
        check_module_name_unreserved(spec->imported);
        if (spec->imported->kind == NodeKind::Literal && !failed()) {
          raise(spec->imported->start, Msg::BindingRvalue);
        }
      }
    } else if (spec->imported = parse_module_export_name(); at_contextual(TokenKind::As)) {
      next();
      spec->local = parse_identifier(false);
    } else {
      // The imported name is also the local binding (one node for both, as acorn).
      check_module_name_unreserved(spec->imported);
      if (spec->imported->kind == NodeKind::Literal && !failed()) {
        raise(spec->imported->start, Msg::BindingRvalue);
      }
      spec->local = spec->imported;
    }
    check_binding_names(spec->local, true);
    if (binds_value) declare_names(spec->local, BindKind::Lexical);
    push(finish(spec));
  }
}

// At `export`. `decorators` came before it (`@d export class C {}`): then only a class may
// follow, without decorators of its own, and it starts at the first `@`, as the export does.
// In TypeScript the export starts at `export` and the class at `class` (or `abstract`), as
// typescript-estree places them.
Node* Parser::parse_export_declaration(uint32_t start, NodeList decorators) {
  if (decorators.size != 0 && typescript()) [[unlikely]] start = tok().start;
  next_keyword();
  if (decorators.size != 0) [[unlikely]] {
    const bool is_default = at(TokenKind::Default);
    if (is_default) check_export_name(nullptr, tok().start);
    if (is_default) next_keyword();
    const bool abstract_class = typescript() && at_ts_abstract_class();
    if (!at(TokenKind::Class) && !abstract_class) {
      return raise(tok().start, Msg::DecoratorsNotOnClass);
    }
    if (is_default) return parse_export_default(start, decorators);
    auto* decl = make<ExportNamedDeclaration>(start);
    const uint32_t class_start = typescript() ? tok().start : start;
    decl->declaration = abstract_class
                            ? parse_ts_abstract_class(class_start, true, false, decorators)
                            : parse_class(class_start, true, false, decorators);
    check_declaration_exports(decl->declaration);
    return finish(decl);
  }
  if (eat(TokenKind::Star)) return parse_export_all(start);
  if (at(TokenKind::Default)) {
    const uint32_t default_at = tok().start;
    next_keyword();
    // After the `default` (acorn has read the token after it: raisedAt). TypeScript: the
    // overloads of a default function export it once (checked after it).
    if (!typescript()) check_export_name(nullptr, default_at);
    Node* result = parse_export_default(start, {});
    if (typescript() && !failed()) [[unlikely]] {
      if (!is<TSDeclareFunction>(static_cast<ExportDefaultDeclaration*>(result)->declaration)) {
        check_export_name(nullptr, default_at);
      }
    }
    return result;
  }
  auto* decl = make<ExportNamedDeclaration>(start);
  if (at(TokenKind::At)) [[unlikely]] {  // `export @d class C {}`: the class starts at `@`
    const uint32_t class_start = tok().start;
    NodeList own = parse_decorators();
    if (failed()) return invalid();
    if (!at(TokenKind::Class)) {
      return raise(tok().start, Msg::DecoratorsNotOnClass);
    }
    decl->declaration = parse_class(class_start, true, false, own);
    check_declaration_exports(decl->declaration);
    return finish(decl);
  }
  if (at(TokenKind::Var) || at(TokenKind::Const) || at(TokenKind::Class) ||
      at(TokenKind::Function) || at_let_declaration() || at_async_function()) {
    decl->declaration = parse_statement_in(StatementContext::ListItem, false);
    check_declaration_exports(decl->declaration);
    return finish(decl);
  }
  if (typescript()) [[unlikely]] {  // `export type {`, `export interface`, ...
    if (Node* ts = parse_ts_export(start, decl)) return ts;
    if (failed()) return invalid();
    // `export x`: TypeScript found no declaration after the modifier.
    if (!at(TokenKind::LBrace)) return raise(start, Msg::TsStatementExpected);
  }
  // export { a, b as c, d as "e" } [from "m"]
  const size_t mark = list_mark();
  if (!expect(TokenKind::LBrace)) return invalid();
  bool first = true;
  while (next_in_braces(first)) {
    auto* spec = make<ExportSpecifier>(tok().start);
    if (typescript()) [[unlikely]] {  // `type A`, `type A as B`, ...
      Node* property = nullptr;
      const bool is_type = parse_ts_specifier_names(property, spec->exported, false);
      if (failed()) return invalid();
      if (auto* side = ts_side(*spec)) side->export_kind = is_type;
      spec->local = property ? property : spec->exported;
    } else if (spec->local = parse_module_export_name(); at_contextual(TokenKind::As)) {
      next();
      spec->exported = parse_module_export_name();
    } else {
      spec->exported = spec->local;  // one node for both, as acorn
    }
    check_export_name(spec->exported, spec->exported->start);
    push(finish(spec));
  }
  decl->specifiers = take_list(mark);
  if (at_contextual(TokenKind::From)) {
    if (!parse_from_clause(decl->source, decl->attributes)) return invalid();
  } else {
    // Without `from` the locals are references to this module's bindings.
    for (Node* node : decl->specifiers) {
      const Node* local = static_cast<ExportSpecifier*>(node)->local;
      check_module_name_unreserved(local);
      if (local->kind == NodeKind::Literal && !failed()) {
        return raise(local->start, Msg::ExportStringLocal);
      }
      if (auto* id = as<Identifier>(local)) scopes_.add_local_export(id->name, id->start);
    }
  }
  consume_semicolon();
  return finish(decl);
}

// After `export default`: a function or class declaration (its name optional), or an
// AssignmentExpression. `decorators`: those before `export`; the class starts at the first
// (in TypeScript at `class` or `abstract`).
Node* Parser::parse_export_default(uint32_t start, NodeList decorators) {
  auto* decl = make<ExportDefaultDeclaration>(start);
  if (decorators.size != 0) [[unlikely]] {
    if (typescript() && at_ts_abstract_class()) {
      decl->declaration = parse_ts_abstract_class(tok().start, true, true, decorators);
    } else {
      decl->declaration = parse_class(typescript() ? tok().start : start, true, true, decorators);
    }
    return finish(decl);
  }
  if (at(TokenKind::At)) [[unlikely]] {  // `export default @d class {}`
    const uint32_t class_start = tok().start;
    NodeList own = parse_decorators();
    if (failed()) return invalid();
    if (!at(TokenKind::Class)) {
      return raise(tok().start, Msg::DecoratorsNotOnClass);
    }
    decl->declaration = parse_class(class_start, true, true, own);
    return finish(decl);
  }
  if (at(TokenKind::Function) || at_async_function()) {
    const uint32_t fn_start = tok().start;
    FunctionFlags flags;
    flags.is_statement = true;
    flags.id_optional = true;
    flags.is_async = at(TokenKind::Async);
    if (flags.is_async) next();
    decl->declaration = parse_function(fn_start, flags);
  } else if (at(TokenKind::Class)) {
    decl->declaration = parse_class(tok().start, true, true);
  } else if (at(TokenKind::Interface) && typescript() && is_identifier_like(peek().kind))
      [[unlikely]] {
    const uint32_t interface_start = tok().start;
    next();
    decl->declaration = parse_ts_interface(interface_start);
  } else if (typescript() && at_ts_abstract_class()) [[unlikely]] {
    decl->declaration = parse_ts_abstract_class(tok().start, true, true);
  } else {
    decl->declaration = parse_assignment_expression();
    consume_semicolon();
  }
  return finish(decl);
}

// After `export *`: `[as name] from "m" [with { ... }]`.
Node* Parser::parse_export_all(uint32_t start) {
  auto* decl = make<ExportAllDeclaration>(start);
  if (at_contextual(TokenKind::As) && ecma() >= 11) {  // `export * as ns`: ES2020
    next();
    decl->exported = parse_module_export_name();
    check_export_name(decl->exported, decl->exported->start);
  }
  if (!parse_from_clause(decl->source, decl->attributes)) return invalid();
  consume_semicolon();
  return finish(decl);
}

bool Parser::parse_from_clause(Node*& source, NodeList& attributes) {
  if (!at_contextual(TokenKind::From)) {
    expected("from");
    return false;
  }
  next();
  if (!at(TokenKind::String)) {
    // TypeScript reads an expression there and refuses it.
    if (typescript()) [[unlikely]] {
      raise(tok().start, starts_expression(tok().kind) ? Msg::TsModuleSpecifierNotString
                                                       : Msg::TsExpressionExpected);
    } else {
      unexpected();
    }
    return false;
  }
  source = parse_literal();
  attributes = parse_with_clause();
  return true;
}

// `with { key: "value", ... }`; an empty list when there is no `with`.
NodeList Parser::parse_with_clause() {
  if (!at(TokenKind::With) || ecma() < 16) return {};  // import attributes: ES2025
  next_keyword();
  const size_t mark = list_mark();
  if (expect(TokenKind::LBrace)) {
    bool first = true;
    while (next_in_braces(first)) {
      auto* attribute = make<ImportAttribute>(tok().start);
      attribute->key =
          at(TokenKind::String) ? parse_literal() : parse_identifier(liberal_property_names());
      if (!expect(TokenKind::Colon)) break;
      if (!at(TokenKind::String)) {
        unexpected();
        break;
      }
      attribute->value = parse_literal();
      push(finish(attribute));
      const Node* key = attribute->key;
      const std::string_view name = key->kind == NodeKind::Identifier
                                        ? static_cast<const Identifier*>(key)->name
                                        : static_cast<const Literal*>(key)->value.string;
      if (!failed() && !scopes_.add_key(name)) {
        raise(key->start, Msg::DuplicateAttributeKey, name);
        break;
      }
    }
  }
  scopes_.end_keys();
  return take_list(mark);
}

// acorn's allowImportExportEverywhere: import and export in any statement position, and in
// scripts. Export names are checked for duplicates only at the top level, where acorn passes
// its table of exports.
Node* Parser::parse_import_export_anywhere(uint32_t start, bool top_level) {
  if (at(TokenKind::Import)) return parse_import_declaration(start);
  const bool saved = export_names_unchecked_;
  export_names_unchecked_ = !top_level;
  Node* decl = parse_export_declaration(start);
  export_names_unchecked_ = saved;
  return decl;
}

void Parser::check_export_name(const Node* name, uint32_t at) {
  if (failed() || export_names_unchecked_) return;
  std::string_view text = "default";  // null: `export default`
  if (auto* id = as<Identifier>(name)) {
    text = id->name;
  } else if (auto* lit = as<Literal>(name)) {
    text = lit->value.string;
  } else if (name) {
    return;
  }
  if (!scopes_.add_export(text)) raise(at, Msg::DuplicateExport, text);
}

void Parser::check_declaration_exports(const Node* decl) {
  if (!decl || failed()) return;
  if (auto* fn = as<FunctionDeclaration>(decl)) {
    if (fn->id) check_export_name(fn->id, fn->id->start);
  } else if (auto* cls = as<ClassDeclaration>(decl)) {
    if (cls->id) check_export_name(cls->id, cls->id->start);
  } else if (auto* var = as<VariableDeclaration>(decl)) {
    auto export_name = [&](const Identifier* id) { check_export_name(id, id->start); };
    for (Node* d : var->declarations) {
      for_each_bound_name(static_cast<VariableDeclarator*>(d)->id, export_name);
    }
  }
}

Node* Parser::parse_module_export_name() {
  if (at(TokenKind::String) && ecma() >= 13) {  // string names: ES2022
    Node* name = parse_literal();
    if (auto* lit = as<Literal>(name); lit && has_lone_surrogate(lit->value.string)) {
      return raise(lit->start, Msg::ExportLoneSurrogate);
    }
    return name;
  }
  return parse_identifier(true);
}

}  // namespace essa
