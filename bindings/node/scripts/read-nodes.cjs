// Reads the node list include/essa/nodes.def (from essa-src/ in a packed tarball, else from the
// repository two folders up) for the generators of nodes.d.ts and the decoder:
//   { nodes: [{ name, fields: [{ key, tag, derived, ts }] }], groups: Map(group -> [node names]) }
// Fields are in list order, which is acorn's key order; `ts` marks an ESSA_TS_FIELD (a key of
// TS-ESTree output only).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function readNodes() {
  const here = path.resolve(__dirname, '..');
  const roots = [path.join(here, 'essa-src'), path.resolve(here, '../..')];
  const root = roots.find((dir) => fs.existsSync(path.join(dir, 'include/essa/nodes.def')));
  if (!root) throw new Error('include/essa/nodes.def not found');
  const def = fs.readFileSync(path.join(root, 'include/essa/nodes.def'), 'utf8');
  const nodes = [];
  const groups = new Map();
  const openGroups = [];
  let current = null;
  for (const line of def.split('\n')) {
    let m;
    if ((m = /^\s*ESSA_NODE\((\w+)\)/.exec(line))) {
      current = { name: m[1], fields: [] };
      for (const group of openGroups) groups.get(group).push(m[1]);
    } else if ((m = /^\s*ESSA_(TS_)?FIELD\(\w+,\s*"(\w+)",\s*(\w+)\)/.exec(line))) {
      current.fields.push({ key: m[2], tag: m[3], derived: false, ts: m[1] !== undefined });
    } else if ((m = /^\s*ESSA_DERIVED\("(\w+)",\s*(\w+)\)/.exec(line))) {
      current.fields.push({ key: m[1], tag: m[2], derived: true, ts: false });
    } else if (/^\s*ESSA_END\(/.test(line)) {
      nodes.push(current);
      current = null;
    } else if ((m = /^\s*ESSA_GROUP_BEGIN\((\w+)\)/.exec(line))) {
      openGroups.push(m[1]);
      groups.set(m[1], []);
    } else if (/^\s*ESSA_GROUP_END\(/.test(line)) {
      openGroups.pop();
    }
  }
  if (nodes.length < 50) throw new Error(`nodes.def: only ${nodes.length} nodes read`);
  return { nodes, groups };
}

module.exports = { readNodes };
