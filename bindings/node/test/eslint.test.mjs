// essa-parser/eslint: parseForESLint() deep-equal to espree.parse() over the fixtures, and
// ESLint's recommended rules (with inline eslint-disable comments) reporting the same
// problems with essa-parser as with espree over a real codebase: ESLint's own lib/; on
// TypeScript, the same problems as typescript-estree with typescript-eslint's scope manager.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import test from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { Linter } from 'eslint';
import * as espree from 'espree';
import essaParser, { parseForESLint } from '../eslint.mjs';
import { fixturesDir, show, walk } from './helpers.mjs';

const require = createRequire(import.meta.url);
// Plain data (espree's loc objects are class instances), RegExp and BigInt values shown.
const plain = (value) => JSON.parse(show(value));

// espree's ecmaVersion: ES3 and ES5 names and keywords, the hashbang from 2023, a later year.
test('parseForESLint at each ecmaVersion gives espree\'s tree and tokens', () => {
  const cases = [['var let = 1; yield: static;', 5], ['var x = {a: 1}; a.b', 3],
    ['let x = 1; a ** b', 2016], ['#!x\nlet y', 2023], ['a ?? b', 2026]];
  for (const [src, ecmaVersion] of cases) {
    const options = { ecmaVersion, sourceType: 'script' };
    const expected = espree.parse(src, { ...options, range: true, loc: true, comment: true, tokens: true });
    assert.deepEqual(plain(parseForESLint(src, options).ast), plain(expected), `${src} (${ecmaVersion})`);
  }
  assert.throws(() => parseForESLint('a', { ecmaVersion: 4 }), /ecmaVersion 4 is not supported/);
});

test('parseForESLint gives espree\'s tree, comments and tokens', () => {
  const files = ['ast', 'jsx', 'comments', 'tokens']
    .flatMap((dir) => walk(path.join(fixturesDir, dir), ['.js', '.mjs', '.jsx']));
  let compared = 0;
  const failures = [];
  for (const file of files) {
    const src = readFileSync(file, 'utf8');
    const options = {
      ecmaVersion: 'latest',
      sourceType: file.endsWith('.mjs') ? 'module' : 'script',
      ecmaFeatures: { jsx: file.endsWith('.jsx') },
    };
    let expected;
    try {
      expected = espree.parse(src, { ...options, range: true, loc: true, comment: true, tokens: true });
    } catch {
      continue;
    }
    compared++;
    let actual;
    try {
      actual = parseForESLint(src, options).ast;
    } catch (error) {
      failures.push(`${path.relative(fixturesDir, file)}: ${error.message}`);
      continue;
    }
    if (!isDeepStrictEqual(plain(actual), plain(expected))) failures.push(path.relative(fixturesDir, file));
  }
  assert.ok(compared > 250, `only ${compared} files compared`);
  assert.deepEqual(failures, []);
});

test('meta and visitor keys', () => {
  assert.equal(essaParser.meta.name, 'essa-parser/eslint');
  assert.ok(parseForESLint('1').visitorKeys.Program.includes('body'));
  assert.equal(require('essa-parser/eslint').parseForESLint, parseForESLint);
});

// ESLint's recommended rules: the built-in rules whose docs say recommended.
function recommendedRules() {
  const { builtinRules } = require('eslint/use-at-your-own-risk');
  const rules = {};
  for (const [name, rule] of builtinRules) if (rule.meta?.docs?.recommended) rules[name] = 'error';
  return rules;
}

function lint(linter, src, filename, parser) {
  const config = {
    files: ['**/*.js'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs', ...(parser ? { parser } : {}) },
    rules: recommendedRules(),
  };
  return linter.verify(src, [config], { filename }).map(
    ({ ruleId, message, line, column, endLine, endColumn }) => ({ ruleId, message, line, column, endLine, endColumn }));
}

test('ESLint reports the same problems with essa-parser as with espree', () => {
  const eslintLib = path.join(path.dirname(require.resolve('eslint/package.json')), 'lib');
  const files = walk(eslintLib, ['.js']);
  assert.ok(files.length > 200, `${files.length} files`);
  const linter = new Linter({ configType: 'flat' });
  const extra = '/* eslint-disable no-unused-vars */\nvar unused = `a${b}c`;\n/* eslint-enable */\n' +
    'var unusedToo; // eslint-disable-line no-var\nif (x) { debugger; }\nlet y = 0; y = y;\n';
  const inputs = [...files.map((file) => [readFileSync(file, 'utf8'), file]), [extra, 'extra.js']];
  let problems = 0;
  for (const [src, file] of inputs) {
    const withEspree = lint(linter, src, file, null);
    const withEssa = lint(linter, src, file, essaParser);
    problems += withEspree.length;
    assert.deepEqual(withEssa, withEspree, file);
  }
  console.log(`# ${inputs.length} files, ${problems} problems`);
  assert.ok(problems > 0, 'the run reported no problem at all: it proves nothing');
});

// TypeScript: what @typescript-eslint/parser gives without type information, made here from
// the pinned typescript-estree and @typescript-eslint/scope-manager (the reference parser).
const { analyze } = require('@typescript-eslint/scope-manager');
const tsVisitorKeys = require('@typescript-eslint/visitor-keys').visitorKeys;
const typescriptEstree = await import('@typescript-eslint/typescript-estree');
const referenceTsParser = {
  parseForESLint(code, options) {
    const ast = typescriptEstree.parse(code, { range: true, loc: true, comment: true, tokens: true,
      jsx: options.filePath.endsWith('.tsx'), filePath: path.basename(options.filePath) });
    if (options.sourceType === 'module' || options.sourceType === 'script') ast.sourceType = options.sourceType;
    const scopeManager = analyze(ast, { globalReturn: false, sourceType: ast.sourceType });
    return { ast, scopeManager, visitorKeys: tsVisitorKeys, services: {} };
  },
};

// Rules that read the scope manager, and some that do not.
const kTsRules = { 'no-undef': 'error', 'no-unused-vars': 'error', 'no-redeclare': 'error',
  'no-shadow': 'error', 'prefer-const': 'error', 'no-use-before-define': 'error', 'no-var': 'error',
  'no-empty': 'error', 'eqeqeq': 'error', 'no-useless-escape': 'error', 'no-self-assign': 'error' };

function lintTs(linter, src, filename, parser) {
  const config = { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser }, rules: kTsRules };
  return linter.verify(src, [config], { filename }).map(
    ({ ruleId, message, line, column, endLine, endColumn }) => ({ ruleId, message, line, column, endLine, endColumn }));
}

test('ESLint on TypeScript: the same problems with essa-parser as with typescript-estree and its scope manager', () => {
  const files = walk(path.join(fixturesDir, 'ts'), ['.ts', '.tsx']).filter((f) => !/\.d\.[mc]?ts$/.test(f));
  const extra = 'let a: number = 1;\nvar b = a as any;\nfunction f<T>(x: T): T { return x; }\n' +
    'enum E { A }\nnamespace N { export const c = undefinedName; }\ntype U = string;\n' +
    'interface I { m(): void }\nclass C implements I { m() {} }\n';
  const inputs = [...files.map((file) => [readFileSync(file, 'utf8'), file]), [extra, 'extra.ts']];
  const linter = new Linter({ configType: 'flat' });
  let problems = 0;
  for (const [src, file] of inputs) {
    const reference = lintTs(linter, src, file, referenceTsParser);
    problems += reference.length;
    assert.deepEqual(lintTs(linter, src, file, essaParser), reference, file);
  }
  console.log(`# ${inputs.length} TypeScript files, ${problems} problems`);
  assert.ok(problems > 20, `only ${problems} problems: the run proves little`);
});

test('parseForESLint takes TypeScript from lang or from filePath', () => {
  const byPath = parseForESLint('let a: T = 1', { filePath: 'a.ts', sourceType: 'module' });
  assert.equal(byPath.ast.body[0].declarations[0].id.typeAnnotation.type, 'TSTypeAnnotation');
  assert.equal(byPath.ast.sourceType, 'module');
  assert.ok(byPath.scopeManager.scopes.length > 0);
  assert.ok(byPath.visitorKeys.TSTypeAnnotation.includes('typeAnnotation'));
  assert.equal(parseForESLint('<a/>', { lang: 'tsx' }).ast.body[0].expression.type, 'JSXElement');
  assert.throws(() => parseForESLint('let a: T = 1', { filePath: 'a.js' }), SyntaxError);
});
