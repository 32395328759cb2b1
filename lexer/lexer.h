// The lexer, driven by the parser: next() scans one token in the "divide" context; the parser
// asks for rescan_as_regexp() where an expression starts and for
// rescan_template_continuation() after the `}` that closes a substitution.
//
// Errors: the first error is recorded with its byte offset in the parse's ErrorSlot, and the
// lexer then returns Eof for ever after (the oxc manner: no exceptions, the parse drains at
// once).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "error_slot.h"
#include "keywords.h"
#include "essa/comments.h"
#include "essa/source.h"
#include "lex_messages.h"
#include "observer.h"
#include "token.h"
#include "unicode_escape.h"

namespace essa {

// After the `&` at `amp` in `text`: a known JSX entity's UTF-16 code unit, with `end` after
// its `;`; false when the text there is no entity (then `&` stands for itself). lex_jsx.cpp.
bool decode_jsx_entity(std::string_view text, uint32_t amp, uint32_t& end, uint32_t& unit);
// The value of JSX text as acorn-jsx gives it: entities decoded, CRLF read as LF (WTF-8).
void decode_jsx_text(std::string_view raw, std::string& out);

class Lexer {
 public:
  // `module` selects the module goal: no HTML-like comments. The goal is held here and
  // nowhere else; the parser asks module(). Errors go into `errors`, owned by the caller.
  // `hashbang`: a `#!` line at the very start is a comment (acorn's allowHashBang); false
  // leaves the `#` to be scanned as a token, an error.
  Lexer(const SourceText& source, bool module, ErrorSlot& errors, bool hashbang = true);
  Lexer(const Lexer&) = delete;
  Lexer& operator=(const Lexer&) = delete;

  const Token& current() const { return tok_; }
  const Token& next();
  // The current token is `/` or `/=`: scan it again as a regular expression literal.
  const Token& rescan_as_regexp();
  // The current token is `}` ending a substitution: scan TemplateMiddle or TemplateTail.
  const Token& rescan_template_continuation();

  // --- JSX (lex_jsx.cpp): modes the parser enters, never the lexer on its own ---
  // The current token starts with `<` (`<`, `<<`, `<=`, `<<=`): make it the `<` alone that
  // opens a JSX element (acorn-jsx's jsxTagStart).
  const Token& rescan_jsx_tag_start();
  // Inside a tag (acorn-jsx's tag contexts): trivia as usual, then a JsxName (a name that
  // may hold `-`), `<`, `>` or `/` alone, and with `attribute_strings` (an opening tag) a
  // quoted attribute value without escapes, entities decoded; anything else as next().
  const Token& next_jsx_tag(bool attribute_strings);
  // Between an element's tags: `<`, `{`, or JsxText up to one of them, nothing skipped
  // (entities decoded, CRLF read as LF in the value).
  const Token& next_jsx_child();

  // --- TypeScript (lex_typescript.cpp) ---
  // The current token starts with `>` (`>>`, `>=`, `>>>=`, ...): make it the `>` alone that
  // closes a type argument list; the rest is scanned next.
  const Token& rescan_ts_gt();
  // The current token is `<<`: make it the `<` alone that opens type arguments whose first
  // type has type parameters (`f<<T>(x: T) => void>(g)`); the second `<` is scanned next.
  const Token& rescan_ts_lt();

  // --- Values of the current token ---
  // Number tokens: the exact, correctly rounded value.
  double number_value() const { return number_; }
  // Identifier-like tokens: the name with escapes decoded. String and template tokens: the
  // cooked value in WTF-8 (lone surrogates kept). A view into the source when nothing was
  // escaped, else into a scratch buffer that the next token overwrites.
  std::string_view value() const { return value_; }
  // RegExp tokens: byte offset of the first flag character (the closing `/` is just before).
  uint32_t regexp_flags_start() const { return regexp_flags_start_; }
  // Strings: offset of the first legacy octal or \8 \9 escape (flag kLegacyOctal).
  // Templates: offset of the first invalid escape (flag kInvalidEscape).
  uint32_t escape_offset() const { return escape_offset_; }
  // Where acorn's tokenizer stands when strict code rejects a legacy form it has read: past
  // the octal digits (or the 8 or 9) of the escape at `backslash`; past the decimal digits of
  // the number at `start` (`08.5` is rejected at `08`). For errors only.
  uint32_t legacy_escape_end(uint32_t backslash) const;
  uint32_t legacy_number_end(uint32_t start) const;

  std::string_view text(uint32_t start, uint32_t end) const {
    return {src_ + start, end - start};
  }
  std::string_view text(const Token& t) const { return text(t.start, t.end); }
  const char* data() const { return src_; }
  uint32_t size() const { return size_; }
  bool module() const { return module_; }
  // acorn's ecmaVersion (ParseOptions::ecma_version): tokens of later editions are not formed
  // (`&&=` is `&&` then `=`, `_` ends a number, `#` is an error). Read only where such a
  // token is decided, so the latest edition costs nothing.
  // Also chooses the keyword table of the edition (once per parse): before ES2015 some
  // keywords are reserved names (lexed as `enum` is), ES3 reserves more (keywords.h).
  void set_ecma_version(uint16_t edition) {
    ecma_ = edition;
    if (edition < 6) [[unlikely]] choose_old_keywords();
  }
  // The kind of `name` as this parse's edition lexes it.
  TokenKind keyword_kind_of(std::string_view name) const { return keyword_kind(name, *keywords_); }
  uint16_t ecma_version() const { return ecma_; }

  // --- Comments ---
  // Reports every comment to observer.comment (the hashbang at once, when the source starts
  // with one), each once and in source order: what a rewind scans again is not reported
  // again. Call before the first next(); the lexer ignores the observer's other hooks.
  void observe(const Observer& observer);

  // --- Errors (in the slot given to the constructor) ---
  bool failed() const { return errors_->failed; }
  const ErrorSlot& error() const { return *errors_; }
  // Jumps to the end after an error recorded elsewhere (the parser's): later tokens are Eof.
  void stop();

  // --- Speculation ---
  // A trivially copyable snapshot: rewinding re-scans the saved token from its start.
  struct Checkpoint {
    Token tok;
    bool failed;
  };
  Checkpoint checkpoint() const { return {tok_, errors_->failed}; }
  void rewind(const Checkpoint& cp);

 private:
  // One function per lexical area (lex_*.cpp).
  void lex();                              // trivia, then one token
  bool skip_special_trivia();              // comments, HTML-like comments, non-ASCII space
  bool skip_block_comment();               // after `/*`; false on an unterminated comment
  void skip_line_comment();                // up to the line terminator
  bool at_html_close_comment() const;      // `-->` at the start of a line (script goal)
  // Reports the comment [start, pos_) when someone listens (off the token path).
  void note_comment(CommentKind kind, uint32_t start) {
    if (on_comment_ != nullptr) [[unlikely]] report_comment(kind, start);
  }
  void report_comment(CommentKind kind, uint32_t start);
  // A token starts at p: its offset, and whether a line terminator came before it.
  void begin_token(const char* p) {
    pos_ = static_cast<uint32_t>(p - src_);
    tok_.start = pos_;
    tok_.flags = newline_ ? token_flag::kNewlineBefore : 0;
  }
  void scan_non_ascii_start();             // an identifier, or an unexpected character
  void scan_punctuator(uint8_t c);
  void scan_identifier_or_keyword();
  void scan_identifier_slow(uint32_t start);
  void scan_private_name();
  void scan_number(uint8_t first);
  bool identifier_start_at(uint32_t pos) const;  // IdentifierStart code point (no escapes)
  void scan_string(uint8_t quote);
  bool has_line_separator(uint32_t from, uint32_t to) const;  // U+2028/9 in [from, to)
  void scan_template_part(bool head);
  void scan_regexp();
  uint32_t escaped_word_end(uint32_t p) const;  // after a regexp's flags (cold)
  void skip_jsx_trivia();                  // white space and comments before a tag's token
  void scan_jsx_name();
  void scan_jsx_string(uint8_t quote);
  void scan_jsx_text();
  // The decoded value of JSX text or an attribute string: the source since `chunk` up to `p`,
  // then one decoded UTF-16 unit (an entity, or LF for CRLF in text); `decoded` says whether
  // scratch_ holds the copy yet. set_jsx_value makes the token's value.
  void append_jsx_unit(bool& decoded, uint32_t chunk, uint32_t p, uint32_t unit);
  void set_jsx_value(bool decoded, uint32_t chunk, uint32_t start, uint32_t p);
  // Escapes shared by strings and templates. Returns false on a malformed escape (the
  // message has been set for strings; templates record it as an invalid escape instead).
  bool scan_escape(bool in_template);
  // After `\u`: reads XXXX or {X...} (unicode_escape::read); returns the code point, or one
  // of the two sentinels (nothing reported: the caller chooses the message). On a sentinel,
  // pos_ is where acorn reports the error: after `\u`, or after `{` for the braced form.
  static constexpr uint32_t kBadEscape = unicode_escape::kBad;
  static constexpr uint32_t kCodePointOutOfRange = unicode_escape::kOutOfRange;
  uint32_t scan_unicode_escape_value();
  uint32_t decode_at(uint32_t pos, uint32_t& cp) const;  // UTF-8 at pos, returns length
  void finish(TokenKind kind) { tok_.kind = kind; tok_.end = pos_; }
  // Records an error in the slot (the first one wins) and stops. `scanner_at` is where
  // acorn's tokenizer stands when it raises the error (its raisedAt).
  void fail(uint32_t offset, uint32_t scanner_at, std::string message);
  // The same for a message of the lexer's table, formatted only when it is the first error.
  void fail(uint32_t offset, uint32_t scanner_at, LexMsg message, std::string_view arg = {});
  // Where acorn stands where we stand: at pos_.
  void fail(uint32_t offset, LexMsg message, std::string_view arg = {}) {
    fail(offset, pos_, message, arg);
  }
  void fail_here(LexMsg message, std::string_view arg = {}) { fail(pos_, message, arg); }
  // After a `\u` whose body at `body` (past the `u`) is malformed or out of range: where
  // acorn's readCodePoint stops, past the hex digits it read (and the `}` of an out-of-range
  // code point).
  uint32_t unicode_escape_scanner_end(uint32_t body) const;
  std::string describe_char_at(uint32_t pos) const;

  const char* src_;
  uint32_t size_;
  uint32_t pos_ = 0;
  bool module_;
  bool hashbang_;  // a leading `#!` line is a comment
  uint16_t ecma_ = 0xffff;  // ParseOptions::ecma_version
  const keyword_detail::Table* keywords_ = &keyword_detail::kTable;  // the edition's words
  void choose_old_keywords();
  bool stopped_ = false;  // jumped to the end after an error (the error is in *errors_)
  bool newline_ = false;  // a line terminator was crossed since the previous token
  Token tok_;
  double number_ = 0;
  std::string_view value_;
  uint32_t regexp_flags_start_ = 0;
  uint32_t escape_offset_ = 0;
  std::string scratch_;  // decoded values with escapes; reused, never shrunk
  ErrorSlot* errors_;
  void (*on_comment_)(void* ctx, const Comment& comment) = nullptr;  // null: nobody listens
  void* comment_ctx_ = nullptr;
  uint32_t comments_end_ = 0;  // the end of the last comment reported
};

}  // namespace essa
