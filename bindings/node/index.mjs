// The ES module entry: the same functions as the CommonJS one (index.cjs).
import essa from './index.cjs';

export const { parse, tokenize, version } = essa;
export default essa;
