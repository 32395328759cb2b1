// Compiled by types.test.mjs (tsc --noEmit --strict): the declarations describe the API.
import essa, { parse, tokenize, type Node, type Literal, type ParseOptions } from 'essa-parser';

const options: ParseOptions = { sourceType: 'module', locations: true, onComment: [] };
const program = parse('let a = 1', options);
const first: Node = program.body[0];
if (first.type === 'VariableDeclaration') {
  const kind: 'var' | 'let' | 'const' | 'using' | 'await using' = first.kind;
  void kind;
}
const literal = { type: 'Literal', value: 1n, raw: '1n', bigint: '1', start: 0, end: 2 } satisfies Literal;
const tokens = tokenize('a', { comment: true });
const count: number = tokens.length + (tokens.comments?.length ?? 0) + literal.start;
essa.parse('x', { jsx: true });
const typed = parse('let a: T = 1', { lang: 'ts', ranges: true });
void typed.body.length;
// @ts-expect-error: not a lang
parse('x', { lang: 'flow' });
// @ts-expect-error: not an option value
parse('x', { sourceType: 'esm' });
void count;
import eslintParser, { parseForESLint } from 'essa-parser/eslint';
const eslintResult = parseForESLint('a', { ecmaVersion: 2026, ecmaFeatures: { jsx: true } });
const range: [number, number] = eslintResult.ast.range;
void range;
void eslintParser.meta.name;
