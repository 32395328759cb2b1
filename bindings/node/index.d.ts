// essa-parser's API. The node types (nodes.d.ts) are generated from essa's node list.
import type { Node, Position, Program, SourceLocation } from './nodes.js';

export * from './nodes.js';

export interface Comment {
  type: 'Line' | 'Block';
  value: string;
  start: number;
  end: number;
  loc?: SourceLocation;
  range?: [number, number];
}

// A token as espree's tokenize() gives it.
export interface Token {
  type: 'Boolean' | 'Identifier' | 'Keyword' | 'Null' | 'Numeric' | 'Punctuator' | 'String' |
    'RegularExpression' | 'Template' | 'PrivateIdentifier' | 'JSXIdentifier' | 'JSXText';
  value: string;
  start: number;
  end: number;
  loc?: SourceLocation;
  range?: [number, number];
  regex?: { pattern: string; flags: string };
}

export interface TokenComment extends Omit<Comment, 'type'> {
  type: 'Line' | 'Block' | 'Hashbang';
}

// acorn's ecmaVersion values that essa takes: "latest", 3, 5, editions 6 ... 17, years
// 2015 ... 2026.
export type EcmaVersion = 'latest' | 3 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17
  | 2015 | 2016 | 2017 | 2018 | 2019 | 2020 | 2021 | 2022 | 2023 | 2024 | 2025 | 2026;

// acorn's option names.
export interface ParseOptions {
  ecmaVersion?: EcmaVersion;
  sourceType?: 'script' | 'module' | 'commonjs';
  locations?: boolean;
  ranges?: boolean;
  sourceFile?: string;
  allowReturnOutsideFunction?: boolean;
  allowAwaitOutsideFunction?: boolean;
  allowImportExportEverywhere?: boolean;
  allowHashBang?: boolean;
  allowReserved?: boolean | 'never';
  strict?: boolean;
  preserveParens?: boolean;
  // acorn's onComment: an array to push the comments into, or a function called per comment.
  onComment?: Comment[] | ((block: boolean, text: string, start: number, end: number,
    startLoc?: Position, endLoc?: Position) => void);
  // The comments as Program.comments.
  comments?: boolean;
  // espree's tokens (not acorn's Token objects), into an array or through a function.
  onToken?: Token[] | ((token: Token) => void);
  // espree's tokens as Program.tokens.
  tokens?: boolean;
  // JSX as acorn-jsx parses it; lang: "jsx" is the same.
  jsx?: boolean;
  // "ts", "tsx" (or "ts" with jsx) and "dts" (a declaration file): TypeScript, giving the tree
  // typescript-estree's parse gives (no start and end; range, loc, comments and tokens when
  // asked for), at the latest ecmaVersion; without sourceType, a module when it imports or
  // exports.
  lang?: 'js' | 'jsx' | 'ts' | 'tsx' | 'dts';
}

export interface ParsedProgram extends Program {
  comments?: Comment[];
  tokens?: Token[];
}

// The Program as acorn (acorn-jsx with jsx) gives it, as plain objects; with lang "ts", "tsx"
// or "dts", as typescript-estree gives it. A syntax error throws a SyntaxError with acorn's
// message, pos, loc and raisedAt.
export function parse(code: string, options?: ParseOptions): ParsedProgram;

// espree's option names (acorn's locations/ranges are accepted too).
export interface TokenizeOptions {
  // espree's ecmaVersion (the latest when not given): later editions' tokens are not formed,
  // `let`/`yield` are Identifiers up to 5, a hashbang is an error before 2023; "module" needs
  // 2015 or later.
  ecmaVersion?: EcmaVersion;
  sourceType?: 'script' | 'module';
  loc?: boolean;
  range?: boolean;
  comment?: boolean;
  ecmaFeatures?: { jsx?: boolean };
  jsx?: boolean;
  // TypeScript: typescript-estree's tokens (of a program that parses).
  lang?: 'js' | 'jsx' | 'ts' | 'tsx' | 'dts';
}

// espree's tokenize(): the tokens, with the comments as a `comments` property when asked.
export function tokenize(code: string, options?: TokenizeOptions):
  Token[] & { comments?: TokenComment[] };

// What parse() and tokenize() throw on a syntax error: the message ends in "(line:column)".
export interface SyntaxErrorWithPosition extends SyntaxError {
  // UTF-16 offset of the error, acorn's pos.
  pos: number;
  // 1-based line, 0-based column in UTF-16 code units.
  loc: { line: number; column: number };
  // acorn's raisedAt: where its tokenizer stood when it raised the error, a UTF-16 offset
  // (often the end of the token after the offending one). With lang "ts", "tsx" or "dts" the
  // errors are typescript-estree's, which has no raisedAt: there it is pos.
  raisedAt: number;
}

export const version: string;

export type { Node };

declare const essa: { parse: typeof parse; tokenize: typeof tokenize; version: string };
export default essa;
