// The token stream behind `essa-parse --tokens`: every token of a source as espree's
// tokenize() reports it (types, values, positions), and a JSON writer for that format.
#pragma once

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "essa/comments.h"
#include "essa/parse.h"
#include "essa/source.h"

namespace essa {

// espree's (Esprima's) token types.
enum class TokenType : uint8_t {
  Boolean,
  Identifier,
  Keyword,
  Null,
  Numeric,
  Punctuator,
  String,
  RegularExpression,
  Template,
  PrivateIdentifier,
  JSXIdentifier,  // a name in a JSX tag (TokenizeOptions::jsx)
  JSXText,        // JSX text (its value decoded), or an attribute string (its source text)
};

// The JSON spelling of a type: "Boolean", "Identifier", ...
std::string_view token_type_name(TokenType type);

// One token. Its value is read from the source when it is written, so the record holds no
// string. Template tokens cover a whole part: "`a${", "}b${", "}c`" or "`abc`".
struct TokenRecord {
  TokenType type = TokenType::Punctuator;
  // An identifier or private name written with \u escapes: its value is the decoded name.
  // JSX text (not an attribute string): its value is the text decoded, as espree gives it.
  bool escaped = false;
  Span span;  // byte offsets into the source
};
static_assert(sizeof(TokenRecord) == 12);

struct TokenizeOptions {
  bool module = false;  // the module goal (strict: no legacy octal, no HTML-like comments)
  bool comments = false;  // collect the comments too (espree's `comment: true`)
  bool jsx = false;       // JSX (espree's `ecmaFeatures: {jsx: true}`), for a valid program
  // TypeScript (with jsx: a .tsx file): the tokens typescript-estree's parse(src, {tokens:
  // true}) gives, which differ from espree's in their types (every keyword the tree does not
  // use as a name is a "Keyword", `let`, `static`, `interface`, `private` ... included, and
  // every contextual word an "Identifier"), their values (the source text: escapes and JSX
  // entities not decoded) and the `>`s that close type arguments (`Array<Array<T>>`). With
  // comments, typescript-estree's comments: no hashbang. Only a program that parses is
  // tokenized; another gives the parse's error.
  bool typescript = false;
  bool dts = false;  // a declaration file (.d.ts); implies typescript
  // With typescript: a CommonJS module (ParseOptions::commonjs: top-level `return`).
  bool commonjs = false;
  // espree's ecmaVersion (ParseOptions::ecma_version's values: 3, 5, 6 ... 17, or the latest;
  // another is an error): tokens of later editions are not formed (`**` before 7 is two `*`),
  // a hashbang line is an error before 14 (espree's allowHashBang), `let` and `yield` are
  // Identifiers up to 5, and in 3 a reserved word is never a property name (espree's
  // allowReserved "never"). JavaScript only.
  uint16_t ecma_version = ParseOptions::kEcmaLatest;
};

struct [[nodiscard]] TokenizeResult {
  // All tokens on success; on error, the tokens before it.
  std::vector<TokenRecord> tokens;
  // With TokenizeOptions::comments: every comment, in source order (on error, those before it).
  std::vector<Comment> comments;
  std::optional<SyntaxError> error;

  bool ok() const { return !error.has_value(); }
};

// Splits the source into tokens. For a valid program they are the tokens the parser consumes,
// so every `/` is exactly a division or a regular expression. A source that does not parse is
// tokenized standalone: whether a `/` starts a regular expression is then guessed from the
// tokens before it, the way acorn's standalone tokenizer (and so espree.tokenize) guesses. A
// source that failed to load (invalid UTF-8) yields its error.
TokenizeResult tokenize(const SourceText& source, const TokenizeOptions& options);

// The tree and its tokens from one parse: parse(), and the tokens it consumed typed as
// tokenize() types those of a valid program (espree's; typescript-estree's with
// options.typescript; `let` and `yield` Identifiers up to ecma_version 5). With `as_names`
// (JavaScript), espree.parse's types rather than espree.tokenize's: a keyword, `null`, `true`
// or `false` that the tree reads as a name (`a.if`, `{ with: 1 }`) is an Identifier, as acorn
// retypes it (contextual words, `let` `static` `yield`, keep theirs). On error `tokens` is
// empty.
ParseResult parse_with_tokens(SourceText source, const ParseOptions& options, Arena arena,
                              std::vector<TokenRecord>& tokens, bool as_names = false);

// The token's "value" as espree reports it: the source text, except that identifiers
// written with escapes are decoded and a private name loses its `#`.
std::string token_value(const SourceText& source, const TokenRecord& token);

struct TokenJsonOptions {
  bool loc = false;     // "loc": {start: {line, column}, end: {line, column}}
  bool range = false;   // "range": [start, end]
  bool pretty = false;  // indented as JSON.stringify(tokens, null, 2)
  // {"tokens": [...], "comments": [...]}: espree's tokenize(src, {comment: true}) result as
  // data (espree hangs the comments on the array as a property, which JSON cannot carry).
  // Comments come in espree's shape: {type: "Line"|"Block"|"Hashbang", value, start, end,
  // range[, loc]} (range always, as espree gives it).
  bool comments = false;
};

// Writes result.tokens (and result.comments, see TokenJsonOptions::comments) as a JSON array of {type, value, start, end[, loc][, range][, regex]}
// objects. Offsets and columns count UTF-16 code units; lines are 1-based, columns 0-based.
// No trailing newline. Returns false when writing to `out` failed.
bool write_tokens_json(std::FILE* out, const SourceText& source, const TokenizeResult& result,
                       const TokenJsonOptions& options);
// The same JSON, as a string.
std::string tokens_to_json(const SourceText& source, const TokenizeResult& result,
                           const TokenJsonOptions& options);

}  // namespace essa
