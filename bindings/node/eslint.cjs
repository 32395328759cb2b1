// essa-parser/eslint for require(): see lib/eslint.cjs.
'use strict';
module.exports = require('./lib/eslint.cjs');
