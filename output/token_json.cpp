// Tokens as espree JSON: {type, value, start, end[, loc][, range][, regex]} per token, key
// order fixed, positions in UTF-16 units from one ascending Utf16Cursor pass.
#include <cstdio>
#include <string>

#include "essa/ast.h"
#include "essa/tokens.h"
#include "json_out.h"
#include "lexer.h"
#include "positions.h"
#include "unicode_escape.h"

namespace essa {
namespace {

// The value without allocating when nothing is escaped; `scratch` holds a decoded name.
std::string_view value_of(std::string_view source, const TokenRecord& token,
                          std::string& scratch) {
  std::string_view text = source.substr(token.span.start, token.span.end - token.span.start);
  if (token.type == TokenType::PrivateIdentifier) text.remove_prefix(1);  // espree drops `#`
  if (!token.escaped) return text;
  if (token.type == TokenType::JSXText) {
    decode_jsx_text(text, scratch);
  } else {
    unicode_escape::decode_name(text, scratch);
  }
  return scratch;
}

// espree's comment objects: {type, value, start, end, range[, loc]} (range always, before loc,
// unlike its tokens: espree builds comments itself); a hashbang is "Hashbang".
void write_comments(JsonOut& out, std::string_view text, const LineIndex& index,
                    const std::vector<Comment>& comments, const TokenJsonOptions& options) {
  Utf16Cursor cursor(index);
  out.begin_array();
  for (const Comment& comment : comments) {
    out.begin_object();
    out.key("type");
    out.string(comment.is_block()                           ? "Block"
               : comment.kind == CommentKind::Hashbang ? "Hashbang"
                                                           : "Line");
    out.key("value");
    out.string(comment.value(text));
    const SourcePosition start = cursor.position(comment.span.start);
    const SourcePosition end = cursor.position(comment.span.end);
    out.key("start");
    out.integer(start.offset);
    out.key("end");
    out.integer(end.offset);
    write_range(out, start, end);
    if (options.loc) write_loc(out, start, end, {});
    out.end_object();
  }
  out.end_array();
}

void write_tokens(JsonOut& out, const SourceText& source, const TokenizeResult& result,
                  const TokenJsonOptions& options) {
  const std::string_view text = source.text();
  const LineIndex index(text);
  Utf16Cursor cursor(index);
  const PositionOptions positions{options.loc, options.range, {}};
  std::string scratch;
  if (options.comments) {
    out.begin_object();
    out.key("tokens");
  }
  out.begin_array();
  for (const TokenRecord& token : result.tokens) {
    out.begin_object();
    out.key("type");
    out.string(token_type_name(token.type));
    out.key("value");
    out.string(value_of(text, token, scratch));
    const SourcePosition start = cursor.position(token.span.start);
    const SourcePosition end = cursor.position(token.span.end);
    if (out.pretty()) {
      write_positions<true>(out, nullptr, start, end, positions, 0);
    } else {
      char* o = out.room_at(out.cursor(), kPositionsBound + 16);
      o = json_detail::write_literal(o, ",\"start\":");
      out.set_cursor(write_positions<false>(out, o, start, end, positions, 0));
    }
    if (token.type == TokenType::RegularExpression) {
      const RegexValue regex =
          split_regex_literal(text.substr(token.span.start, token.span.end - token.span.start));
      out.key("regex");
      out.begin_object();
      out.key("flags");
      out.string(regex.flags);
      out.key("pattern");
      out.string(regex.pattern);
      out.end_object();
    }
    out.end_object();
  }
  out.end_array();
  if (options.comments) {
    out.key("comments");
    write_comments(out, text, index, result.comments, options);
    out.end_object();
  }
}

}  // namespace

std::string token_value(const SourceText& source, const TokenRecord& token) {
  std::string scratch;
  return std::string(value_of(source.text(), token, scratch));
}

bool write_tokens_json(std::FILE* file, const SourceText& source, const TokenizeResult& result,
                       const TokenJsonOptions& options) {
  JsonOut out(json_sink_file, file, options.pretty);
  write_tokens(out, source, result, options);
  out.flush();
  return std::ferror(file) == 0;
}

std::string tokens_to_json(const SourceText& source, const TokenizeResult& result,
                           const TokenJsonOptions& options) {
  JsonOut out(options.pretty);
  write_tokens(out, source, result, options);
  return out.take();
}

}  // namespace essa
