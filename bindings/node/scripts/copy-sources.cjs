// Before `npm pack`: copies the C++ library's sources from the repository into essa-src/, so
// the tarball builds on its own (CMakeLists.txt prefers essa-src/ when present). `--clean`
// (after packing) removes the copy again.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../../..');
const target = path.resolve(__dirname, '../essa-src');
// What the top-level CMakeLists.txt reads when it is added as a subproject.
const entries = ['CMakeLists.txt', 'LICENSE', 'cmake', 'include', 'lexer', 'ast', 'regexp',
  'parser', 'tokens', 'output', 'capi', 'bindings/python/CMakeLists.txt'];

fs.rmSync(target, { recursive: true, force: true });
if (process.argv.includes('--clean')) process.exit(0);
for (const entry of entries) {
  const from = path.join(root, entry);
  if (!fs.existsSync(from)) continue;
  fs.cpSync(from, path.join(target, entry), {
    recursive: true,
    filter: (file) => !file.endsWith('_test.cpp'),
  });
}
