// Parsing: source text in, an ESTree Program (in an arena) or a syntax error out.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "essa/arena.h"
#include "essa/ast.h"
#include "essa/comments.h"
#include "essa/source.h"

namespace essa {

struct ParseOptions {
  bool module = false;  // the module goal (strict, import/export, top-level await)
  // acorn's sourceType "commonjs" (Node's .cjs files): the script goal parsed as the body of
  // the function Node wraps a CommonJS module in, so `return`, `new.target` and `using` are
  // allowed at the top level. The Program's sourceType stays "script". Ignored with module.
  bool commonjs = false;
  // acorn's remaining options, with acorn's defaults (docs/cli.md). Each is read at the few
  // places its rule decides, so the defaults cost nothing.
  // `strict`: the whole script is strict mode code, as if it began with "use strict".
  bool strict = false;
  // `allowReturnOutsideFunction`: `return` at the top level (not in a class static block).
  bool allow_return_outside_function = false;
  // `allowAwaitOutsideFunction`: `await` expressions (and `for await`) at the top level of a
  // script. Not with `commonjs` (acorn refuses the pair; so does parse()).
  bool allow_await_outside_function = false;
  // `allowImportExportEverywhere`: import and export declarations in any statement list and
  // in scripts, and `import.meta` in scripts.
  bool allow_import_export_everywhere = false;
  // `allowHashBang`: a `#!` line at the start is a comment. Off, it is a syntax error.
  bool allow_hash_bang = true;
  // `allowReserved`: Default (false for acorn's ecmaVersion >= 5, true for 3) rejects `enum` (and `await`
  // in modules) as a name; Yes accepts them; Never also rejects keywords and reserved words as
  // property names (`a.if`, `{if: 1}`, `with {if: ""}`).
  enum class AllowReserved : uint8_t { Default, Yes, Never };
  AllowReserved allow_reserved = AllowReserved::Default;
  // `ecmaVersion`: the edition whose syntax is parsed, as acorn numbers them (11 for ES2020;
  // see ecma_version_of for years). An older edition rejects later syntax where and as acorn
  // does. Editions 3, 5 and 6 (2015) to 17 (2026) are taken; parse() refuses another.
  static constexpr uint16_t kEcmaLatest = 0xffff;
  uint16_t ecma_version = kEcmaLatest;
  // `preserveParens`: a parenthesized expression is a ParenthesizedExpression node.
  bool preserve_parens = false;
  // JSX, as acorn-jsx parses it (elements, fragments, attributes, text with entities): a `<`
  // where an expression starts opens an element. Off, `<` there is an error as in acorn.
  bool jsx = false;
  // TypeScript, as typescript-estree parses it (docs/typescript.md says which stages of the
  // syntax are in): type annotations, type declarations, `as`/`satisfies`/`!`. Write the tree
  // with EstreeOptions::typescript for TS-ESTree's shape. Off, TypeScript syntax is an error
  // as in acorn; the flag is read only where TypeScript syntax can start.
  bool typescript = false;
  // A declaration file (.d.ts). For now parsed as TypeScript, without the ambient-context
  // rules of a later stage (docs/typescript.md). Implies typescript.
  bool dts = false;
  // Nesting deeper than this (parentheses, blocks, functions, unary operators, ...) is the
  // error "nesting too deep" instead of a stack overflow. Real code stays far below it.
  uint32_t max_depth = 2000;
  // Collect the comments (line, block, HTML-like and the hashbang) into the result. Off, the
  // parse does not look for them beyond skipping them.
  bool comments = false;
  // Also attach them to nodes by Babel's rules (implies `comments`): ParseResult::attachment().
  // A separate pass after the parse.
  bool attach_comments = false;
};

// acorn's ecmaVersion values: an edition (3, 5, 6 ... 17) or a year (2015 ... 2026), the year
// mapped to its edition as acorn maps it (year - 2009). Anything else gives 0.
constexpr uint16_t ecma_version_of(uint32_t edition_or_year) {
  const uint32_t e = edition_or_year >= 2015 ? edition_or_year - 2009 : edition_or_year;
  return (e >= 6 && e <= 17) || e == 3 || e == 5 ? static_cast<uint16_t>(e) : 0;
}

struct Observer;  // who else listens to a parse (internal: tokens/ keeps the tokens with the tree)

// The outcome of a parse. It owns the source text and the arena that the tree points into,
// so the tree lives exactly as long as the result.
class [[nodiscard]] ParseResult {
 public:
  ParseResult() = default;
  ParseResult(ParseResult&&) noexcept = default;
  ParseResult& operator=(ParseResult&&) noexcept = default;

  bool ok() const { return program_ != nullptr; }
  const Program* program() const { return program_; }
  const SyntaxError* error() const { return error_.get(); }
  const SourceText& source() const { return *source_; }
  // Every comment of the source in source order, when ParseOptions::comments was set (and
  // the parse succeeded); empty otherwise.
  std::span<const Comment> comments() const { return comments_; }
  // The comments' attachment to nodes, when ParseOptions::attach_comments was set (and the
  // parse succeeded); null otherwise.
  const CommentAttachment* attachment() const { return attachment_.get(); }
  // Byte offsets -> UTF-16 offsets and lines. Built on first use (a parse that nobody
  // positions does not pay for it); the first call is not safe to race with another.
  const LineIndex& line_index() const {
    if (!line_index_) line_index_ = std::make_unique<LineIndex>(source_->text());
    return *line_index_;
  }
  // The ParseOptions::ecma_version it was parsed with (the writer leaves out the keys acorn
  // does not write for it).
  uint16_t ecma_version() const { return ecma_version_; }
  // The arena, to reuse for the next parse once this tree is no longer needed.
  Arena take_arena() { return std::move(*arena_); }

 private:
  friend ParseResult parse(SourceText source, const ParseOptions& options, Arena arena);
  friend ParseResult parse_observed(SourceText source, const ParseOptions& options, Arena arena,
                                    const Observer& tokens);
  std::unique_ptr<SourceText> source_;
  mutable std::unique_ptr<LineIndex> line_index_;
  std::unique_ptr<Arena> arena_;
  Program* program_ = nullptr;
  std::unique_ptr<SyntaxError> error_;
  std::vector<Comment> comments_;
  std::unique_ptr<CommentAttachment> attachment_;
  uint16_t ecma_version_ = ParseOptions::kEcmaLatest;
};

// Parses `source` (which the result takes over). A source that failed to load (invalid
// UTF-8, too large) gives its error. Pass an arena from an earlier result to reuse its memory.
ParseResult parse(SourceText source, const ParseOptions& options = {}, Arena arena = {});

// Convenience: validates and parses bytes.
inline ParseResult parse(std::string_view bytes, const ParseOptions& options = {}) {
  return parse(SourceText::from_bytes(bytes), options);
}

}  // namespace essa
