// The ESTree writer: a parsed Program as the JSON that
//   JSON.stringify(acorn.parse(src, {ecmaVersion: "latest", sourceType, locations, ranges,
//                                    sourceFile}))
// prints, byte for byte, with one declared difference: a regex or BigInt Literal's "value" is
// null (acorn holds a RegExp or a BigInt there, which JSON cannot carry). The JSON is streamed
// to a sink; no document tree is built.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "essa/ast.h"
#include "essa/parse.h"
#include "essa/source.h"

namespace essa {

// The default of EstreeOptions::max_depth: five times the parser's default nesting limit,
// since one nesting level of the parser can hold a few tree levels.
inline constexpr uint32_t kEstreeMaxDepth = 10000;

struct EstreeOptions {
  // "loc": {"start": {"line", "column"}, "end": {...}[, "source"]} on every node (acorn's
  // `locations`): lines 1-based, columns 0-based in UTF-16 code units.
  bool loc = false;
  // "range": [start, end] on every node (acorn's `ranges`).
  bool range = false;
  // Indented as JSON.stringify(ast, null, 2).
  bool pretty = false;
  // A last key "comments" on the Program (written from a ParseResult): the comments the parse
  // collected (ParseOptions::comments) as acorn's onComment array, {type: "Line"|"Block",
  // value, start, end[, loc][, range]}, which is where espree's `comment: true` puts them.
  // HTML-like comments and the hashbang are "Line" comments, as acorn reports them.
  bool comments = false;
  // "leadingComments", "trailingComments" and "innerComments" (arrays of comments in the shape
  // above) as last keys of the nodes they are attached to, when the parse attached them
  // (ParseOptions::attach_comments; written from a ParseResult).
  bool attach_comments = false;
  // acorn's `sourceFile`: when set (data() != nullptr, even if empty), each "loc" ends with
  // "source": source_file. Without loc it has no effect, as in acorn.
  std::string_view source_file = {};
  // Stage-3 keys on every node that can carry them, as the ESTree stage3 documents, oxc and
  // meriyah write them: "decorators": [] on classes, methods and fields without decorators,
  // "phase": null on plain imports. Off (acorn's output): "decorators" appears only when
  // non-empty and "phase" only when set, as acorn with acorn-import-phases writes them.
  bool stage3_fields = false;
  // TS-ESTree, as @typescript-eslint/typescript-estree writes it (docs/typescript.md): the
  // TypeScript-only keys typescript-estree always writes (`optional: false`, `declare: false`,
  // `decorators: []`, `importKind: "value"`, ...) and the stage-3 keys as stage3_fields writes
  // them. Set it for a parse with ParseOptions::typescript. Off, none of those keys appears.
  bool typescript = false;
  // The writer recurses once per tree level (about 100 bytes of stack each, 400 under
  // AddressSanitizer). A parsed tree is as deep as ParseOptions::max_depth allows; deeper than
  // this, the writer stops descending (the subtree is written as null) and reports failure,
  // so that no tree can overflow the stack. Raise both limits together, with a larger stack.
  uint32_t max_depth = kEstreeMaxDepth;
};

// Receives the JSON text chunk by chunk, in order (the same type as the emitter's sink).
using EstreeSink = void (*)(void* ctx, const char* data, std::size_t size);

// Writes the Program of `result`, without a trailing newline. Returns false, writing nothing,
// when the result holds a syntax error; false when the tree is deeper than max_depth or
// (for a FILE*) when writing failed.
bool write_estree(std::FILE* file, const ParseResult& result, const EstreeOptions& options);
bool write_estree(EstreeSink sink, void* ctx, const ParseResult& result,
                  const EstreeOptions& options);
// The same JSON as a string; empty when write_estree would return false.
std::string estree_json(const ParseResult& result, const EstreeOptions& options);

// Any tree, e.g. one built by hand: `index` maps the nodes' byte offsets to positions and must
// be built over the text they point into.
bool write_estree(EstreeSink sink, void* ctx, const Node& root, const LineIndex& index,
                  const EstreeOptions& options);
std::string estree_json(const Node& root, const LineIndex& index, const EstreeOptions& options);

// One line of essa-parse's NDJSON output (no newline, never indented):
//   {"file":NAME,"ast":PROGRAM}
//   {"file":NAME,"error":{"message":M,"offset":O,"line":L,"column":C,"raisedAt":R}}
// where the error's offset and column count UTF-16 code units, line is 1-based and column
// 0-based (acorn's pos and loc), and raisedAt is acorn's (SyntaxError::raised_at). Returns false as write_estree does, and when the result
// holds an error only if writing failed.
bool write_estree_record(EstreeSink sink, void* ctx, std::string_view file_name,
                         const ParseResult& result, const EstreeOptions& options);
bool write_estree_record(std::FILE* file, std::string_view file_name, const ParseResult& result,
                         const EstreeOptions& options);

}  // namespace essa
