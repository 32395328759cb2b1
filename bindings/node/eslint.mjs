// essa-parser/eslint for import: see lib/eslint.cjs.
import parser from './lib/eslint.cjs';

export const { meta, parseForESLint, parse, VisitorKeys } = parser;
export default parser;
