// tokenize(): the tokens of a valid program come from the parser, which knows exactly where a
// regular expression or a template continuation starts. A source that does not parse is
// tokenized standalone, deciding regexp-or-divide with RegexpGuess as espree.tokenize does.
// Either way each token is classified the way espree does.
#include <algorithm>
#include <string>
#include <iterator>
#include <string_view>
#include <vector>

#include "essa/tokens.h"
#include "essa/visit.h"
#include "lexer.h"
#include "messages.h"
#include "parser.h"
#include "regexp_guess.h"
#include "token_type.h"

namespace essa {
namespace {

// Records a message of the parser's table (acorn's wording), unless an error is recorded;
// acorn's tokenizer stands at `scanner_at` when it raises it.
void record(ErrorSlot& errors, uint32_t at, uint32_t scanner_at, Msg id, std::string_view arg = {}) {
  errors.record(at, format_message(message_text(id), arg), scanner_at);
}

// Errors acorn's tokenizer reports that our lexer leaves to the parser: escaped keywords
// and legacy octal in the (strict) module goal. Returns false, the error recorded in
// `errors`, when the token is rejected.
bool check_token(const Lexer& lexer, const Token& tok, ErrorSlot& errors) {
  // `@` only starts a decorator, which the parser alone can tell (acorn's tokenizer knows no
  // `@`).
  if (tok.kind == TokenKind::At) {
    record(errors, tok.start, tok.start, Msg::UnexpectedAt);  // before the `@`
    return false;
  }
  if (tok.escaped() && is_reserved_word(tok.kind) && tok.kind != TokenKind::Enum) {
    record(errors, tok.start, tok.end, Msg::EscapedKeyword, lexer.value());
    return false;
  }
  if (lexer.module() && (tok.flags & token_flag::kLegacyOctal)) {
    if (tok.kind == TokenKind::String) {
      // escape_offset() is the backslash; acorn points at the digit for \8 and \9.
      const uint32_t backslash = lexer.escape_offset();
      const char digit = lexer.data()[backslash + 1];
      if (digit == '8' || digit == '9') {
        record(errors, backslash + 1, lexer.legacy_escape_end(backslash), Msg::InvalidEscape);
      } else {
        record(errors, backslash, lexer.legacy_escape_end(backslash), Msg::OctalInStrict);
      }
    } else {
      record(errors, tok.start, lexer.legacy_number_end(tok.start), Msg::InvalidNumber);
    }
    return false;
  }
  return true;
}

}  // namespace

std::string_view token_type_name(TokenType type) {
  switch (type) {
    case TokenType::Boolean: return "Boolean";
    case TokenType::Identifier: return "Identifier";
    case TokenType::Keyword: return "Keyword";
    case TokenType::Null: return "Null";
    case TokenType::Numeric: return "Numeric";
    case TokenType::Punctuator: return "Punctuator";
    case TokenType::String: return "String";
    case TokenType::RegularExpression: return "RegularExpression";
    case TokenType::Template: return "Template";
    case TokenType::PrivateIdentifier: return "PrivateIdentifier";
    case TokenType::JSXIdentifier: return "JSXIdentifier";
    case TokenType::JSXText: return "JSXText";
  }
  return "Unknown";
}

namespace {

// One record per token the parser reports, in espree's terms (ctx: the TokenizeResult).
void record_token(void* ctx, const Token& t) {
  static_cast<TokenizeResult*>(ctx)->tokens.push_back(
      {token_type_of(t.kind), t.escaped() || t.kind == TokenKind::JsxText, {t.start, t.end}});
}

// The same in typescript-estree's terms: its values are the source text. TypeScript's
// parser speculates (type arguments after `<`, arrow heads) and rewinds, and the tokens
// consumed before a rewind are reported again: a token that starts at or before the last
// one recorded replaces it and everything after it.
void record_ts_token(void* ctx, const Token& t) {
  std::vector<TokenRecord>& tokens = static_cast<TokenizeResult*>(ctx)->tokens;
  while (!tokens.empty() && tokens.back().span.start >= t.start) tokens.pop_back();
  tokens.push_back({ts_token_type_of(t.kind), false, {t.start, t.end}});
}

// Each comment the lexer reports (ctx: the TokenizeResult).
void record_comment(void* ctx, const Comment& comment) {
  static_cast<TokenizeResult*>(ctx)->comments.push_back(comment);
}

// typescript-estree's comments: TypeScript skips a hashbang as trivia, not as a comment.
void record_ts_comment(void* ctx, const Comment& comment) {
  if (comment.kind != CommentKind::Hashbang) record_comment(ctx, comment);
}

// Where typescript-estree's token type is not the one the token's kind gives (sorted starts).
struct TsRetyped {
  // Identifier nodes: a keyword there is a name (`a.if`, `let;`, a `this` parameter), but for
  // the tokens TypeScript's parser consumed as keywords: a MetaProperty's `new` or `import`,
  // and the `with` that opens an import type's attributes (`import("m", { with: {...} })`).
  std::vector<uint32_t> names;
  // The parts of a JSX namespaced name (`a:b`): typescript-estree reports them as Identifiers
  // (its JSX-token test does not know TypeScript's JsxNamespacedName).
  std::vector<uint32_t> namespaced;
};

void collect_retyped(const Node& node, std::vector<uint32_t>& names,
                     std::vector<uint32_t>& keywords, std::vector<uint32_t>& namespaced) {
  switch (node.kind) {
    case NodeKind::Identifier:
      names.push_back(node.start);
      break;
    case NodeKind::MetaProperty:
      keywords.push_back(static_cast<const MetaProperty&>(node).meta->start);
      break;
    case NodeKind::TSImportType: {
      const Node* options = static_cast<const TSImportType&>(node).options;
      if (options != nullptr && options->kind == NodeKind::ObjectExpression) {
        const NodeList& properties = static_cast<const ObjectExpression&>(*options).properties;
        if (!properties.empty() && properties[0]->kind == NodeKind::Property) {
          keywords.push_back(static_cast<const Property&>(*properties[0]).key->start);
        }
      }
      break;
    }
    case NodeKind::JSXNamespacedName: {
      const auto& name = static_cast<const JSXNamespacedName&>(node);
      namespaced.push_back(name.ns->start);
      namespaced.push_back(name.name->start);
      break;
    }
    default:
      break;
  }
}

// A stack, not recursion: trees may be deep.
TsRetyped ts_retyped(const Program& program) {
  std::vector<uint32_t> names;
  std::vector<uint32_t> keywords;
  TsRetyped retyped;
  std::vector<const Node*> pending{&program};
  while (!pending.empty()) {
    const Node& node = *pending.back();
    pending.pop_back();
    collect_retyped(node, names, keywords, retyped.namespaced);
    for_each_child(node, [&](const Node& child) { pending.push_back(&child); });
  }
  std::sort(names.begin(), names.end());
  std::sort(keywords.begin(), keywords.end());
  std::sort(retyped.namespaced.begin(), retyped.namespaced.end());
  std::set_difference(names.begin(), names.end(), keywords.begin(), keywords.end(),
                      std::back_inserter(retyped.names));
  return retyped;
}

// typescript-estree's token types where the tree decides them.
void retype_from_tree(const Program& program, std::vector<TokenRecord>& tokens) {
  const TsRetyped retyped = ts_retyped(program);
  const auto listed = [](const std::vector<uint32_t>& starts, const TokenRecord& token) {
    return std::binary_search(starts.begin(), starts.end(), token.span.start);
  };
  for (TokenRecord& token : tokens) {
    switch (token.type) {
      case TokenType::Keyword:
      case TokenType::Null:
      case TokenType::Boolean:
        if (listed(retyped.names, token)) token.type = TokenType::Identifier;
        break;
      case TokenType::JSXIdentifier:
        if (listed(retyped.namespaced, token)) token.type = TokenType::Identifier;
        break;
      default:
        break;
    }
  }
}

// espree up to ES5: `let` and `yield` are names (from ES2015 on it calls them keywords).
void name_let_and_yield(const SourceText& source, std::vector<TokenRecord>& tokens) {
  for (TokenRecord& token : tokens) {
    if (token.type != TokenType::Keyword) continue;
    const std::string value = token_value(source, token);
    if (value == "let" || value == "yield") token.type = TokenType::Identifier;
  }
}

// espree.parse: a keyword, `null`, `true` or `false` the tree reads as a name is an Identifier
// token (acorn retypes it when it reads the name); `let`, `static` and `yield` keep their type.
void retype_names(const SourceText& source, const Program& program,
                  std::vector<TokenRecord>& tokens) {
  const std::vector<uint32_t> names = ts_retyped(program).names;  // MetaProperty's keyword aside
  for (TokenRecord& token : tokens) {
    if (token.type != TokenType::Keyword && token.type != TokenType::Null &&
        token.type != TokenType::Boolean) {
      continue;
    }
    if (!std::binary_search(names.begin(), names.end(), token.span.start)) continue;
    const std::string value = token_value(source, token);
    if (value != "let" && value != "static" && value != "yield") token.type = TokenType::Identifier;
  }
}

// TypeScript: the tokens the parser consumes, or the parse's error.
void tokenize_typescript(const SourceText& source, const TokenizeOptions& options,
                         TokenizeResult& out) {
  Arena arena;
  ParseOptions parse_options;
  parse_options.module = options.module;
  parse_options.commonjs = options.commonjs;
  parse_options.jsx = options.jsx;
  parse_options.typescript = true;
  parse_options.dts = options.dts;
  Parser parser(source, arena, parse_options);
  parser.observe({.ctx = &out,
                  .token = record_ts_token,
                  .comment = options.comments ? record_ts_comment : nullptr});
  const Program* program = parser.parse_program();
  if (program == nullptr || parser.failed()) {
    out.tokens.clear();
    out.comments.clear();
    out.error = parser.error().to_syntax_error(LineIndex(source.text()));
    return;
  }
  retype_from_tree(*program, out.tokens);
}

// The tokens (and comments) the parser consumes; false when the source is not a valid
// program.
bool tokenize_by_parsing(const SourceText& source, const TokenizeOptions& options,
                         TokenizeResult& out) {
  Arena arena;
  ParseOptions parse_options;
  parse_options.module = options.module;
  parse_options.jsx = options.jsx;
  parse_options.ecma_version = options.ecma_version;
  parse_options.allow_hash_bang = options.ecma_version >= 14;
  if (options.ecma_version == 3) parse_options.allow_reserved = ParseOptions::AllowReserved::Never;
  Parser parser(source, arena, parse_options);
  parser.observe({.ctx = &out,
                  .token = record_token,
                  .comment = options.comments ? record_comment : nullptr});
  return parser.parse_program() != nullptr;
}

}  // namespace

ParseResult parse_with_tokens(SourceText source, const ParseOptions& options, Arena arena,
                              std::vector<TokenRecord>& tokens, bool as_names) {
  TokenizeResult collected;  // the hooks' context; its vector is the caller's
  collected.tokens.swap(tokens);
  collected.tokens.clear();
  collected.tokens.reserve(source.size() / 5 + 16);
  const bool ts = options.typescript || options.dts;
  ParseResult result = parse_observed(std::move(source), options, std::move(arena),
                                      {.ctx = &collected, .token = ts ? record_ts_token : record_token});
  collected.tokens.swap(tokens);
  if (!result.ok()) {
    tokens.clear();
    return result;
  }
  if (ts) {
    retype_from_tree(*result.program(), tokens);
    return result;
  }
  if (options.ecma_version <= 5) [[unlikely]] name_let_and_yield(result.source(), tokens);
  if (as_names) retype_names(result.source(), *result.program(), tokens);
  return result;
}

TokenizeResult tokenize(const SourceText& source, const TokenizeOptions& options) {
  TokenizeResult result;
  if (!source.ok()) {
    result.error = *source.error();
    return result;
  }
  // Typical code has a token every 4 to 6 bytes; one reservation avoids most regrowth.
  result.tokens.reserve(source.size() / 5 + 16);
  if (options.typescript || options.dts) {
    tokenize_typescript(source, options, result);
    return result;
  }
  if (options.ecma_version != ParseOptions::kEcmaLatest &&
      ecma_version_of(options.ecma_version) != options.ecma_version) {
    result.error = SyntaxError{"ecmaVersion " + std::to_string(options.ecma_version) +
                                   " is not supported: 3, 5, 6 to 17 or 2015 to 2026",
                               0, 0, 1, 0};
    return result;
  }
  if (tokenize_by_parsing(source, options, result)) {
    if (options.ecma_version <= 5) [[unlikely]] name_let_and_yield(source, result.tokens);
    return result;
  }
  result.tokens.clear();
  result.comments.clear();

  ErrorSlot errors;
  Lexer lexer(source, options.module, errors, options.ecma_version >= 14);
  lexer.set_ecma_version(options.ecma_version);
  if (options.comments) lexer.observe({.ctx = &result, .comment = record_comment});
  RegexpGuess guess;
  for (;;) {
    lexer.next();
    const TokenKind k = lexer.current().kind;
    if ((k == TokenKind::Slash || k == TokenKind::SlashAssign) && guess.regexp_allowed()) {
      lexer.rescan_as_regexp();
    } else if (k == TokenKind::RBrace && guess.brace_closes_template()) {
      lexer.rescan_template_continuation();
    }
    const Token& tok = lexer.current();
    if (errors.failed || tok.kind == TokenKind::Eof) break;
    if (!check_token(lexer, tok, errors)) break;
    result.tokens.push_back({token_type_of(tok.kind), tok.escaped(), {tok.start, tok.end}});
    guess.advance(tok);
  }
  if (errors.failed) result.error = errors.to_syntax_error(LineIndex(source.text()));
  if (options.ecma_version <= 5) [[unlikely]] name_let_and_yield(source, result.tokens);
  return result;
}

}  // namespace essa
