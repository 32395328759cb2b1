// essa-parser/eslint: a parser for ESLint's languageOptions.parser, giving espree's tree.
import type { ParsedProgram, Token, TokenComment } from './index.js';

export interface ESLintParserOptions {
  ecmaVersion?: number | 'latest';
  sourceType?: 'script' | 'module' | 'commonjs';
  ecmaFeatures?: { jsx?: boolean; globalReturn?: boolean; impliedStrict?: boolean };
  // TypeScript: lang, or a .ts/.mts/.cts/.tsx/.d.ts filePath (ESLint passes it); then the
  // Program is typescript-estree's, with typescript-eslint's scope manager.
  lang?: 'js' | 'jsx' | 'ts' | 'tsx' | 'dts';
  filePath?: string;
  jsxPragma?: string | null;
  jsxFragmentName?: string | null;
  lib?: string[];
}

export interface ESLintProgram extends Omit<ParsedProgram, 'comments' | 'tokens'> {
  range: [number, number];
  comments: TokenComment[];
  tokens: Token[];
}

export const meta: { name: string; version: string };
export const VisitorKeys: Readonly<Record<string, readonly string[]>>;
export function parseForESLint(code: string, options?: ESLintParserOptions): {
  ast: ESLintProgram;
  visitorKeys: Readonly<Record<string, readonly string[]>>;
  services: Record<string, never>;
  // With TypeScript: @typescript-eslint/scope-manager's ScopeManager.
  scopeManager?: unknown;
};
export function parse(code: string, options?: ESLintParserOptions): ESLintProgram;

declare const parser: {
  meta: typeof meta;
  parseForESLint: typeof parseForESLint;
  parse: typeof parse;
  VisitorKeys: typeof VisitorKeys;
};
export default parser;
