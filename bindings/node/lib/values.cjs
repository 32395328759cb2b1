// The Literal values JSON cannot carry: essa's JSON has "value": null for a regular expression
// (acorn gives a RegExp, or null when this engine cannot build it) and for a BigInt (acorn
// gives the BigInt). Only a tree whose JSON names a "regex" or "bigint" key is walked.
'use strict';

function fill(node) {
  if (Array.isArray(node)) {
    for (const item of node) if (item !== null && typeof item === 'object') fill(item);
    return;
  }
  if (node.type === 'Literal') {
    if (node.regex !== undefined) {
      try {
        node.value = new RegExp(node.regex.pattern, node.regex.flags);
      } catch {
        node.value = null;
      }
      return;
    }
    if (node.bigint !== undefined) {
      node.value = BigInt(node.bigint);
      return;
    }
  }
  for (const key in node) {
    const child = node[key];
    if (child !== null && typeof child === 'object') fill(child);
  }
}

function fillLiteralValues(json, program) {
  if (json.includes('"regex":{') || json.includes('"bigint":"')) fill(program);
}

module.exports = { fillLiteralValues };
