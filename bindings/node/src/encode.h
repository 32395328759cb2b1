// The tree of a parse as one buffer of 32-bit words, for the decoder that
// scripts/gen-decoder.cjs generates from the same node list (lib/decoder.generated.cjs).
//
// Layout (all little-endian uint32, in the order the decoder reads them):
//   node      head word: kind + 1 in bits 0-7 (0 is a null child or a hole), then the node's
//             scalar fields packed from bit 8 in list order (Bool 1 bit, Operator 6,
//             VarKind 3, PropKind 2, MethodKind 2, SourceType 1, ImportPhase 2,
//             LiteralValue's kind 3);
//             start, end (UTF-16 offsets); with loc: start line, column, end line, column;
//             then each non-scalar field in list order:
//   child     a node (or one 0 word for null)
//   list      count, then the nodes (a hole is one 0 word)
//   string    two words: UTF-16 offsets into the source string, or, with bit 31 set on the
//             first, into the side string (text that is not a slice of the source: cooked
//             strings, escaped names); absent (StrOrAbsent, an invalid cooked) is 2 x ~0u
//   literal   String: string; Number: a float64 at the next 8-byte boundary; Boolean: 0 or 1;
//             RegExp: pattern and flags as strings; BigInt: the digits as a string; Null: none
//   template  raw, then cooked (absent when invalid)
//   name      an id, counted from 0 in order of first sight; at the first sight of a name
//             (its id is then the count of names so far), followed by its string
// With `typescript` (TS-ESTree): a node's ESSA_TS_FIELD fields too (from its side record, or
// their defaults), in list order beside the others; TsBool and TsTypeKind take 1 bit in the
// head word, TsOptionalModifier and TsReadonlyModifier 2.
// After the Program, with comments: count, then per comment a word (0 Line, 1 Block, 2 the
// hashbang), its value (string), start, end and, with loc, the four position words (with
// `typescript`, the hashbang is no comment, as typescript-estree leaves it out). With tokens:
// count, then per token a head word (its essa::TokenType in bits 0-3; in bits 4-5 how its
// value is given: 0 the token's own text, from start to end; 1 a name, as above; 2 a string),
// start, end, with loc the four position words, then the value's words. Then the side
// string's UTF-16 units, two to a word. (It is not handed over as a JavaScript string: Node-API's UTF-16
// strings turn lone surrogates into U+FFFD, and cooked strings may hold them.)
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "essa/parse.h"
#include "essa/tokens.h"

namespace essa_node {

struct EncodeOptions {
  bool loc = false;       // the four position words per node, comment and token
  bool comments = false;  // the comments after the Program
  bool typescript = false;  // TS-ESTree: the TypeScript side fields too
  // espree's TemplateElement spans (for ESLint): the opening ` or } and the closing ` or ${
  // included.
  bool espree = false;
  const std::vector<essa::TokenRecord>* tokens = nullptr;  // the tokens after the comments
};

// The encoding of one tree. On entry, `words` and `capacity` may name a caller's buffer to
// write into; when the words outgrow it they move to a malloc'd buffer (`owned`), which
// whoever takes it frees with std::free.
struct Encoded {
  uint32_t* words = nullptr;
  std::size_t capacity = 0;     // in words
  bool owned = false;
  std::size_t size = 0;         // in words
  std::size_t side_offset = 0;  // the word where the side string's units start
  std::size_t side_units = 0;
};

// False when the tree is deeper than the decoder may recurse (essa::kEstreeMaxDepth) or
// memory ran out; `out` then holds nothing.
bool encode(const essa::ParseResult& result, const EncodeOptions& options, Encoded& out);

// tokenize()'s answer in the same words, without a Program: with comments their count and
// entries, then the tokens (options.tokens is not read: they are result.tokens).
bool encode_tokens(const essa::SourceText& source, const essa::TokenizeResult& result,
                   const EncodeOptions& options, Encoded& out);

}  // namespace essa_node
