// Loads the compiled addon (build/Release/essa.node, written by `cmake-js compile --out build`
// when the package is installed).
'use strict';
const path = require('node:path');

module.exports = require(path.join(__dirname, '..', 'build', 'Release', 'essa.node'));
