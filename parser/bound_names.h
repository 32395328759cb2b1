// The names a binding target binds (the spec's BoundNames), for every walk over binding
// patterns: strict-mode name checks, declaring names in scope, exported names.
#pragma once

#include "essa/ast.h"

namespace essa {

// Calls f(const Identifier*) for each name `target` binds, in source order: through object
// and array patterns, defaults and rest elements. Holes (null) bind nothing. The parser
// bounds the nesting of patterns, so the recursion is bounded too.
template <class F>
void for_each_bound_name(const Node* target, F& f) {
  if (!target) return;
  switch (target->kind) {
    case NodeKind::Identifier:
      f(static_cast<const Identifier*>(target));
      return;
    case NodeKind::ObjectPattern:
      for (const Node* prop : static_cast<const ObjectPattern*>(target)->properties) {
        const auto* p = as<Property>(prop);
        for_each_bound_name(p ? p->value : prop, f);  // else a RestElement
      }
      return;
    case NodeKind::ArrayPattern:
      for (const Node* element : static_cast<const ArrayPattern*>(target)->elements) {
        for_each_bound_name(element, f);
      }
      return;
    case NodeKind::AssignmentPattern:
      for_each_bound_name(static_cast<const AssignmentPattern*>(target)->left, f);
      return;
    case NodeKind::RestElement:
      for_each_bound_name(static_cast<const RestElement*>(target)->argument, f);
      return;
    // Every other node binds nothing.
    // clang-format off
    case NodeKind::Program: case NodeKind::ExpressionStatement: case NodeKind::BlockStatement:
    case NodeKind::EmptyStatement: case NodeKind::DebuggerStatement: case NodeKind::WithStatement:
    case NodeKind::ReturnStatement: case NodeKind::LabeledStatement: case NodeKind::BreakStatement:
    case NodeKind::ContinueStatement: case NodeKind::IfStatement: case NodeKind::SwitchStatement:
    case NodeKind::ThrowStatement: case NodeKind::TryStatement: case NodeKind::WhileStatement:
    case NodeKind::DoWhileStatement: case NodeKind::ForStatement: case NodeKind::ForInStatement:
    case NodeKind::ForOfStatement: case NodeKind::FunctionDeclaration:
    case NodeKind::VariableDeclaration: case NodeKind::ClassDeclaration:
    case NodeKind::ImportDeclaration: case NodeKind::ExportNamedDeclaration:
    case NodeKind::ExportDefaultDeclaration: case NodeKind::ExportAllDeclaration:
    case NodeKind::Literal: case NodeKind::ThisExpression: case NodeKind::Super:
    case NodeKind::ArrayExpression: case NodeKind::ObjectExpression:
    case NodeKind::FunctionExpression: case NodeKind::ArrowFunctionExpression:
    case NodeKind::ClassExpression: case NodeKind::TemplateLiteral:
    case NodeKind::TaggedTemplateExpression: case NodeKind::UnaryExpression:
    case NodeKind::UpdateExpression: case NodeKind::BinaryExpression:
    case NodeKind::LogicalExpression: case NodeKind::AssignmentExpression:
    case NodeKind::ConditionalExpression: case NodeKind::SequenceExpression:
    case NodeKind::CallExpression: case NodeKind::NewExpression: case NodeKind::MemberExpression:
    case NodeKind::ChainExpression: case NodeKind::YieldExpression: case NodeKind::AwaitExpression:
    case NodeKind::MetaProperty: case NodeKind::ImportExpression:
    case NodeKind::VariableDeclarator: case NodeKind::SwitchCase: case NodeKind::CatchClause:
    case NodeKind::Property: case NodeKind::SpreadElement: case NodeKind::TemplateElement:
    case NodeKind::PrivateIdentifier: case NodeKind::ClassBody: case NodeKind::MethodDefinition:
    case NodeKind::PropertyDefinition: case NodeKind::AccessorProperty: case NodeKind::Decorator:
    case NodeKind::StaticBlock: case NodeKind::ImportSpecifier:
    case NodeKind::ImportDefaultSpecifier: case NodeKind::ImportNamespaceSpecifier:
    case NodeKind::ImportAttribute: case NodeKind::ExportSpecifier:
    // clang-format on
      return;
  }
}

}  // namespace essa
