// TypeScript's ambient declarations (stage 4): `declare var/let/const/function/class/...`
// and functions without a body (overload signatures), as typescript-estree builds and checks
// them. A declaration file (ParseOptions::dts) has no rules of its own here: typescript-estree
// leaves its ambient checks to TypeScript's checker, and so does essa.
#include "parser.h"

namespace essa {
namespace {

// `declare` in force while the declaration after it is read (nested `declare`s see it).
class AmbientScope {
 public:
  explicit AmbientScope(bool& flag) : flag_(flag), saved_(flag) { flag = true; }
  ~AmbientScope() { flag_ = saved_; }
  AmbientScope(const AmbientScope&) = delete;
  AmbientScope& operator=(const AmbientScope&) = delete;

 private:
  bool& flag_;
  bool saved_;
};

}  // namespace

Node* Parser::make_ts_declare_function(uint32_t start, Node* id, bool is_generator,
                                       bool is_async, NodeList params, Node* type_parameters,
                                       Node* return_type) {
  if (failed()) return invalid();
  // typescript-estree's wording and place (the function's start) for each misuse.
  if (is_generator) {
    return raise(start, ts_ambient_ ? Msg::TsAmbientGenerator : Msg::TsSignatureGenerator);
  }
  auto* fn = make<TSDeclareFunction>(start);
  fn->id = id;
  fn->generator = false;
  fn->is_async = is_async;
  fn->params = params;
  fn->type_parameters = type_parameters;
  fn->return_type = return_type;
  if (!eat(TokenKind::Semicolon) && !can_insert_semicolon()) {
    return raise(tok().start, Msg::TsBodyOrSemicolonExpected);
  }
  return finish(fn);
}

// At `declare`; the declaration starts there: `var`, `let`, `const`, `function`,
// `interface`, `type`, `[const] enum`, `namespace`, `module`, `global`, `[abstract] class`.
Node* Parser::parse_ts_declare(uint32_t start) {
  next();  // `declare`
  AmbientScope ambient(ts_ambient_);
  const bool const_enum = at(TokenKind::Const) && peek().kind == TokenKind::Enum;
  if (at(TokenKind::Enum) || const_enum) {
    if (const_enum) next();  // `const`
    next();                  // `enum`
    Node* node = parse_ts_enum(start, const_enum);
    if (auto* declared = as<TSEnumDeclaration>(node)) declared->declare = true;
    return node;
  }
  const Token after = peek();
  const bool module_follows = after.kind == TokenKind::String || is_identifier_like(after.kind);
  if (((at_ts_word("namespace") || at_ts_word("module")) && module_follows) ||
      (at_ts_word("global") && after.kind == TokenKind::LBrace)) {
    Node* node = parse_ts_module(start);
    if (auto* declared = as<TSModuleDeclaration>(node)) declared->declare = true;
    return node;
  }
  if (at(TokenKind::Var) || at(TokenKind::Const) || at_contextual(TokenKind::Let)) {
    const VarKind kind = at(TokenKind::Var)     ? VarKind::Var
                         : at(TokenKind::Const) ? VarKind::Const
                                                : VarKind::Let;
    next_keyword();
    VariableDeclaration* decl = parse_variable_declaration(start, kind, false);
    if (failed()) return invalid();
    // Only a `const` without a type may have an initializer (typescript-estree's check).
    for (Node* node : decl->declarations) {
      auto* declarator = static_cast<VariableDeclarator*>(node);
      if (!declarator->init) continue;
      const auto* id = as<Identifier>(declarator->id);
      const auto* id_side = id ? ts_side(*id) : nullptr;
      if (kind != VarKind::Const || (id_side && id_side->type_annotation)) {
        return raise(declarator->start, Msg::TsAmbientInitializer);
      }
    }
    if (auto* side = ts_side(*decl)) side->declare = true;
    consume_semicolon();
    return finish(decl);
  }
  if (at(TokenKind::Function)) {
    FunctionFlags flags;
    flags.is_statement = true;
    Node* fn = parse_function(start, flags);
    if (failed()) return invalid();
    auto* declared = as<TSDeclareFunction>(fn);
    if (!declared) return raise(start, Msg::TsAmbientImplementation);
    declared->declare = true;
    return declared;
  }
  if (at_async_function()) return raise(start, Msg::TsAmbientAsync);
  if (at(TokenKind::Interface) || at_ts_word("type")) {
    Node* decl = parse_ts_declaration_statement(start);
    if (failed()) return invalid();
    if (!decl) return unexpected();
    if (auto* alias = as<TSTypeAliasDeclaration>(decl)) {
      alias->declare = true;
    } else if (auto* interface = as<TSInterfaceDeclaration>(decl)) {
      interface->declare = true;
    } else {
      return unexpected();
    }
    return decl;
  }
  // `declare class`, `declare abstract class`: the class keeps its own rules (class.cpp,
  // ts/class_members.cpp); typescript-estree starts it at `declare`.
  const bool abstract_class = at_ts_abstract_class();
  if (at(TokenKind::Class) || abstract_class) {
    Node* cls = abstract_class ? parse_ts_abstract_class(start, true, false)
                               : parse_class(start, true, false);
    if (failed()) return invalid();
    if (auto* declaration = as<ClassDeclaration>(cls)) {
      if (auto* side = ts_side(*declaration)) side->declare = true;
    }
    return cls;
  }
  return ts_declare_misuse();
}

// `declare` before something that is not a declaration: TypeScript's parser reads the word as
// a name and then wants a `;` (typescript-estree lets that pass and makes two statements;
// TypeScript itself reports it). Modifiers get the words of TypeScript's modifier checks.
Node* Parser::ts_declare_misuse() {
  if (at_ts_word("declare")) return raise(tok().start, Msg::TsModifierAlreadySeen, "declare");
  if (at_ts_word("abstract") || at(TokenKind::Async)) {
    return raise(tok().start, Msg::TsUnexpectedKeywordOrIdentifier);
  }
  if (at_ts_word("readonly") || at_ts_word("public") || at_ts_word("private") ||
      at_ts_word("protected") || at_ts_word("static") || at_ts_word("override") ||
      at_ts_word("accessor") || at(TokenKind::Export) || at(TokenKind::Default)) {
    return raise(tok().start, Msg::TsStatementExpected);
  }
  return raise(tok().start, Msg::TsExpected, ";");
}

}  // namespace essa
