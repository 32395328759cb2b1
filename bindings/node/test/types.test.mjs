// The TypeScript declarations (index.d.ts and the generated nodes.d.ts) compile, and describe
// the API: test/types/usage.ts uses them under --strict.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

test('the declarations type-check a use of the API', () => {
  const tsc = require.resolve('typescript/bin/tsc');
  const args = [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution',
    'nodenext', '--target', 'es2022', path.join(here, 'types', 'usage.ts')];
  try {
    execFileSync(process.execPath, args, { encoding: 'utf8' });
  } catch (error) {
    assert.fail(`tsc: ${error.stdout}${error.stderr}`);
  }
});
