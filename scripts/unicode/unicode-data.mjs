// The pinned Unicode data package, shared by the table generators: exactly one
// @unicode/unicode-X.Y.Z dev dependency of package.json names the Unicode version.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = dirname(fileURLToPath(import.meta.url));
const ownPackage = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const dataPackages = Object.keys(ownPackage.devDependencies ?? {}).filter((name) =>
  /^@unicode\/unicode-\d+\.\d+\.\d+$/.test(name),
);
if (dataPackages.length !== 1) {
  throw new Error(`expected one @unicode/unicode-X.Y.Z dependency, found ${dataPackages.length}`);
}
export const dataPackage = dataPackages[0];
export const unicodeVersion = dataPackage.slice('@unicode/unicode-'.length);
export const require = createRequire(import.meta.url);
const packageJson = require.resolve(`${dataPackage}/package.json`);
export const dataRoot = dirname(packageJson);
export const dataPackageVersion = JSON.parse(readFileSync(packageJson, 'utf8')).version;
