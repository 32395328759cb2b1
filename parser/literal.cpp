// Literals: numbers, strings, BigInts, regular expressions, true/false/null, template
// literals, and array and object literals (which may later become patterns: what only a
// pattern allows is recorded in CoverErrors, as acorn's parseObj does).
#include <charconv>
#include <cstring>
#include <string>
#include <vector>

#include "parser.h"
#include "regexp_validator.h"

namespace essa {
namespace {

constexpr uint32_t kNone = CoverErrors::kNone;

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  return (c | 0x20) - 'a' + 10;
}

// The decimal digits of a BigInt literal's value (acorn writes value.toString(), so
// `0x10n` gives "16"). `digits` is the literal without its `n`.
std::string_view bigint_decimal(std::string_view digits, Arena& arena) {
  uint32_t radix = 10;
  if (digits.size() > 2 && digits[0] == '0') {
    const char p = static_cast<char>(digits[1] | 0x20);
    radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
    if (radix != 10) digits.remove_prefix(2);
  }
  if (radix == 10) {
    if (digits.find('_') == std::string_view::npos) return digits;
    std::string out;
    for (char c : digits) {
      if (c != '_') out.push_back(c);
    }
    return arena.copy(out);
  }
  // Small values fit in 64 bits; larger ones go through base-1e9 limbs.
  uint64_t small = 0;
  bool fits = true;
  for (char c : digits) {
    if (c == '_') continue;
    const uint64_t d = static_cast<uint64_t>(digit_value(c));
    if (small > (UINT64_MAX - d) / radix) {
      fits = false;
      break;
    }
    small = small * radix + d;
  }
  char buf[24];
  if (fits) {
    const auto r = std::to_chars(buf, buf + sizeof buf, small);
    return arena.copy(std::string_view(buf, static_cast<size_t>(r.ptr - buf)));
  }
  constexpr uint32_t kBase = 1000000000;
  std::vector<uint32_t> limbs{0};  // little-endian, base 1e9
  for (char c : digits) {
    if (c == '_') continue;
    uint64_t carry = static_cast<uint64_t>(digit_value(c));
    for (uint32_t& limb : limbs) {
      const uint64_t v = static_cast<uint64_t>(limb) * radix + carry;
      limb = static_cast<uint32_t>(v % kBase);
      carry = v / kBase;
    }
    if (carry) limbs.push_back(static_cast<uint32_t>(carry));
  }
  std::string out;
  auto r = std::to_chars(buf, buf + sizeof buf, limbs.back());
  out.append(buf, r.ptr);
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    r = std::to_chars(buf, buf + sizeof buf, limbs[i]);
    const size_t len = static_cast<size_t>(r.ptr - buf);
    out.append(9 - len, '0');
    out.append(buf, len);
  }
  return arena.copy(out);
}

// A template part's raw text with CR and CRLF turned into LF, as acorn reports it; a view
// into the source when there is no CR.
std::string_view normalize_line_endings(std::string_view raw, Arena& arena) {
  if (raw.find('\r') == std::string_view::npos) return raw;
  char* out = static_cast<char*>(arena.allocate(raw.size(), 1));
  size_t n = 0;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\r') {
      out[n++] = '\n';
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
    } else {
      out[n++] = raw[i];
    }
  }
  return {out, n};
}

}  // namespace

Node* Parser::parse_literal() {
  const Token t = tok();
  auto* node = make<Literal>(t.start);
  node->raw = lexer_.text(t);
  const auto done = [&]() -> Node* {
    next_keyword();  // `null`, `true` and `false` may not be written with escapes
    return finish(node);
  };
  // The literal tokens; every other token (a new kind too) is not a literal.
  switch (partial(t.kind)) {
    case partial(TokenKind::Number):
      if ((t.flags & token_flag::kLegacyOctal) && strict()) {
        return raise(t.start, lexer_.legacy_number_end(t.start), Msg::InvalidNumber);
      }
      node->value.kind = LiteralKind::Number;
      node->value.number = lexer_.number_value();
      return done();
    case partial(TokenKind::String):
      if ((t.flags & token_flag::kLegacyOctal) && strict()) {
        // The first legacy escape: \8 and \9 are reported at the digit, octal at the `\`.
        // acorn's tokenizer, which knows strictness, stops right after the escape.
        const uint32_t backslash = lexer_.escape_offset();
        const uint32_t escape_end = lexer_.legacy_escape_end(backslash);
        const char digit = lexer_.data()[backslash + 1];
        if (digit == '8' || digit == '9') return raise(backslash + 1, escape_end, Msg::InvalidEscape);
        return raise(backslash, escape_end, Msg::OctalInStrict);
      }
      node->value.kind = LiteralKind::String;
      node->value.string = current_cooked();
      return done();
    case partial(TokenKind::BigInt):
      node->value.kind = LiteralKind::BigInt;
      node->value.string = bigint_decimal(node->raw.substr(0, node->raw.size() - 1), arena_);
      return done();
    case partial(TokenKind::RegExp): {
      const uint32_t flags_start = lexer_.regexp_flags_start();
      const std::string_view pattern = lexer_.text(t.start + 1, flags_start - 1);
      const std::string_view flags = lexer_.text(flags_start, t.end);
      regexp::PatternError pattern_error;
      if (!regexp::validate_pattern(pattern, flags, pattern_error, ecma())) {
        return raise(t.start + 1 + pattern_error.offset, Msg::InvalidRegExp,
                     regexp::pattern_error_message(pattern, pattern_error));
      }
      node->value.kind = LiteralKind::RegExp;
      return done();
    }
    case partial(TokenKind::Null):
      node->value.kind = LiteralKind::Null;
      return done();
    case partial(TokenKind::True):
    case partial(TokenKind::False):
      node->value.kind = LiteralKind::Boolean;
      node->value.boolean = t.kind == TokenKind::True;
      return done();
  }
  return unexpected();
}

// TemplateLiteral at a NoSubstitutionTemplate or TemplateHead token. `tagged`: an invalid
// escape gives a null cooked value instead of an error.
TemplateLiteral* Parser::parse_template(bool tagged) {
  auto* node = make<TemplateLiteral>(tok().start);
  DepthGuard guard(*this);
  if (guard.too_deep()) return finish(node);
  // Quasis and expressions alternate on the scratch stack: q0 e0 q1 e1 ... qn.
  const size_t mark = list_mark();
  bool tail = parse_template_element(tagged);
  while (!tail) {
    {
      ContextGuard in(*this, ctx_ | ctx::kIn);
      push(parse_expression());
    }
    if (!at(TokenKind::RBrace)) {
      unexpected();
      break;
    }
    lexer_.rescan_template_continuation();
    tail = parse_template_element(tagged);
  }
  const auto n = static_cast<uint32_t>(scratch_.size() - mark);
  NodeList quasis, expressions;
  quasis.size = (n + 1) / 2;
  quasis.items = arena_.make_array<Node*>(quasis.size);
  expressions.size = n / 2;
  expressions.items = arena_.make_array<Node*>(expressions.size);
  for (uint32_t i = 0; i < n; ++i) {
    Node* item = scratch_[mark + i];
    if (i % 2 == 0) {
      quasis.items[i / 2] = item;
    } else {
      expressions.items[i / 2] = item;
    }
  }
  scratch_.resize(mark);
  node->quasis = quasis;
  node->expressions = expressions;
  return finish(node);
}

bool Parser::parse_template_element(bool tagged) {
  const Token t = tok();
  if (!is_template_part(t.kind)) {
    unexpected();
    return true;
  }
  const bool tail =
      t.kind == TokenKind::NoSubstitutionTemplate || t.kind == TokenKind::TemplateTail;
  // The element excludes the delimiters: "`" or "}" before, "`" or "${" after.
  const uint32_t begin = t.start + 1;
  const uint32_t end = t.end - (tail ? 1 : 2);
  auto* elem = make<TemplateElement>(begin);
  elem->value.raw = normalize_line_endings(lexer_.text(begin, end), arena_);
  if (t.flags & token_flag::kInvalidEscape) {
    if (!tagged) raise(begin, end, Msg::BadTemplateEscape);  // acorn read the characters
    elem->value.cooked_valid = false;
  } else {
    elem->value.cooked = current_cooked();
  }
  elem->tail = tail;
  next();
  // TS-ESTree's element spans its delimiters: the token's range.
  if (typescript()) [[unlikely]] {
    elem->start = t.start;
    push(finish_at(elem, t.end));
    return tail;
  }
  push(finish_at(elem, end));
  return tail;
}

// ArrayLiteral: elements, holes (null) and spreads.
Node* Parser::parse_array_literal(CoverErrors* errors) {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  auto* node = make<ArrayExpression>(tok().start);
  next();  // `[`
  ContextGuard in(*this, ctx_ | ctx::kIn);
  const size_t mark = list_mark();
  bool first = true;
  while (!eat(TokenKind::RBracket)) {
    if (!first) {
      if (!expect(TokenKind::Comma)) break;
      if (eat(TokenKind::RBracket)) break;  // trailing comma
    }
    first = false;
    if (at(TokenKind::Comma)) {
      push(nullptr);
    } else if (at(TokenKind::Ellipsis)) {
      push(parse_spread(errors));
      if (errors && at(TokenKind::Comma) && errors->trailing_comma == kNone) {
        errors->trailing_comma = tok().start;
      }
    } else {
      push(parse_assignment_expression(errors));
    }
  }
  node->elements = take_list(mark);
  return finish(node);
}

// ObjectLiteral.
Node* Parser::parse_object_literal(CoverErrors* errors) {
  DepthGuard guard(*this);
  if (guard.too_deep()) return invalid();
  auto* node = make<ObjectExpression>(tok().start);
  next();  // `{`
  ContextGuard in(*this, ctx_ | ctx::kIn);
  const size_t mark = list_mark();
  bool first = true;
  bool has_proto = false;
  if (ecma() < 6) [[unlikely]] {
    parse_properties_before_es2015(errors);
  } else {
    while (next_in_braces(first)) {
      push(parse_property(errors, has_proto));
    }
  }
  node->properties = take_list(mark);
  return finish(node);
}

// ES3 and ES5 object literals: no trailing comma in ES3, and acorn's checkPropClash of those
// editions (a name repeated as data in strict code, or as data and accessor, or as the same
// accessor: "Redefinition of property"). Numeric keys compare by their text (acorn compares
// String(value): docs/cli.md). A hash table per literal nesting level (scope.h), not a
// scan: a literal with many keys stays linear.
void Parser::parse_properties_before_es2015(CoverErrors* errors) {
  enum : uint8_t { kInit = 1, kGet = 2, kSet = 4 };
  struct Close {
    ScopeStack& scopes;
    ~Close() { scopes.exit_object_literal(); }
  } close{scopes_};
  scopes_.enter_object_literal();
  bool has_proto = false;
  bool first = true;
  for (;;) {
    if (eat(TokenKind::RBrace)) return;
    if (!first) {
      if (!expect(TokenKind::Comma)) return;
      if (ecma() >= 5 && eat(TokenKind::RBrace)) return;  // trailing comma: ES5
    }
    first = false;
    Node* node = parse_property(errors, has_proto);
    push(node);
    const auto* prop = as<Property>(node);
    if (!prop || failed()) return;
    std::string_view name;
    if (const auto* id = as<Identifier>(prop->key)) {
      name = id->name;
    } else if (const auto* lit = as<Literal>(prop->key)) {
      name = lit->value.kind == LiteralKind::String ? lit->value.string : lit->raw;
    }
    const uint8_t kind = prop->kind == PropKind::Init  ? kInit
                         : prop->kind == PropKind::Get ? kGet
                                                       : kSet;
    uint8_t& seen = scopes_.object_key(name);
    // Data twice in strict code, data and an accessor, or the same accessor twice.
    const bool redefinition = kind == kInit ? (strict() && (seen & kInit)) || (seen & (kGet | kSet))
                                            : (seen & (kInit | kind)) != 0;
    if (redefinition) {
      raise(prop->key->start, Msg::PropertyRedefinition);
      return;
    }
    seen |= kind;
  }
}

// PropertyDefinition (acorn's parseProperty and parsePropertyValue for expressions).
Node* Parser::parse_property(CoverErrors* errors, bool& has_proto) {
  const uint32_t start = tok().start;
  if (at(TokenKind::Ellipsis) && ecma() >= 9) {  // object spread and rest: ES2018
    auto* spread = make<SpreadElement>(start);
    next();
    spread->argument = parse_assignment_expression(errors);
    // A rest element in a pattern must come last.
    if (errors && at(TokenKind::Comma) && errors->trailing_comma == kNone) {
      errors->trailing_comma = tok().start;
    }
    return finish(spread);
  }
  auto* prop = make<Property>(start);
  prop->kind = PropKind::Init;
  bool is_generator = ecma() >= 6 && eat(TokenKind::Star);  // generator methods: ES2015
  bool is_async = false;
  const bool contains_esc = tok().escaped();
  TokenKind key_kind = kind();
  prop->key = parse_property_name(prop->computed, false);
  // `async` followed on the same line by a property name or `*` starts an async method
  // (ES2017; async generators ES2018).
  if (!is_generator && !contains_esc && key_kind == TokenKind::Async && !prop->computed &&
      !tok().newline_before() && ecma() >= 8 &&
      (is_identifier_name(kind()) || at(TokenKind::Number) || at(TokenKind::BigInt) ||
       at(TokenKind::String) || at(TokenKind::LBracket) ||
       (at(TokenKind::Star) && ecma() >= 9))) {
    is_async = true;
    is_generator = eat(TokenKind::Star);
    key_kind = kind();
    prop->key = parse_property_name(prop->computed, false);
  }

  if ((is_generator || is_async) && at(TokenKind::Colon)) return unexpected();
  if (eat(TokenKind::Colon)) {
    prop->value = parse_assignment_expression(errors);
  } else if ((at(TokenKind::LParen) && ecma() >= 6) ||  // methods: ES2015
             (at(TokenKind::Lt) && typescript())) {
    prop->method = true;
    YieldAwaitScope positions(*this);
    FunctionExpression* fn = parse_method(is_generator, is_async, false, false);
    prop->value = fn ? fn : invalid();
  } else if (!contains_esc && !prop->computed && ecma() >= 5 &&  // accessors: ES5
             (key_kind == TokenKind::Get || key_kind == TokenKind::Set) && !at(TokenKind::Comma) &&
             !at(TokenKind::RBrace) && !at(TokenKind::Assign)) {
    if (is_generator || is_async) return unexpected();
    const bool getter = key_kind == TokenKind::Get;
    prop->kind = getter ? PropKind::Get : PropKind::Set;
    prop->key = parse_property_name(prop->computed, false);
    YieldAwaitScope positions(*this);
    FunctionExpression* fn = parse_method(false, false, false, false);
    if (!fn) {
      prop->value = invalid();
      return finish(prop);
    }
    prop->value = fn;
    if (getter) {
      if (fn->params.size != 0) raise(fn->start, Msg::GetterParams);
    } else if (fn->params.size != 1) {
      raise(fn->start, Msg::SetterParams);
    } else if (is<RestElement>(fn->params[0])) {
      raise(fn->params[0]->start, Msg::SetterRest);
    }
  } else if (!prop->computed && is<Identifier>(prop->key) && ecma() >= 6) {  // shorthand
    if (is_generator || is_async) return unexpected();
    check_unreserved(key_kind, static_cast<const Identifier*>(prop->key));
    if (key_kind == TokenKind::Await && await_ident_pos_ == 0) await_ident_pos_ = start;
    if (at(TokenKind::Assign) && errors) {
      // `{a = 1}`: a cover-initialized name, valid only if this becomes a pattern.
      if (errors->shorthand_assign == kNone) errors->shorthand_assign = tok().start;
      prop->value = parse_maybe_default(start, prop->key);
    } else {
      prop->value = prop->key;  // acorn's copy of the key: one node serves both
    }
    prop->shorthand = true;
  } else {
    return unexpected();
  }

  // `__proto__: v` twice is an error in an expression but fine in a pattern.
  if (!prop->computed && !prop->method && !prop->shorthand && prop->kind == PropKind::Init &&
      ecma() >= 6) {  // before, checkPropClash's older rule (parse_properties_before_es2015)
    std::string_view name;
    if (const auto* id = as<Identifier>(prop->key)) {
      name = id->name;
    } else if (const auto* lit = as<Literal>(prop->key)) {
      if (lit->value.kind == LiteralKind::String) name = lit->value.string;
    }
    if (name == "__proto__") {
      if (has_proto) {
        if (!errors) {
          raise(prop->key->start, Msg::ProtoRedefinition);
        } else if (errors->double_proto == kNone) {
          errors->double_proto = prop->key->start;
        }
      }
      has_proto = true;
    }
  }
  return finish(prop);
}

Node* Parser::parse_property_name(bool& computed, bool allow_private) {
  if (at(TokenKind::LBracket) && ecma() >= 6) {  // computed keys: ES2015
    computed = true;
    next();
    ContextGuard in(*this, ctx_ | ctx::kIn);
    Node* key = parse_assignment_expression();
    expect(TokenKind::RBracket);
    return key;
  }
  computed = false;
  // Literal and private keys; every other token: an IdentifierName, or not a property name.
  switch (partial(kind())) {
    case partial(TokenKind::Number):
    case partial(TokenKind::String):
    case partial(TokenKind::BigInt):
      return parse_literal();
    case partial(TokenKind::PrivateName):
      if (allow_private) return parse_private_identifier();
      return unexpected();
  }
  if (is_identifier_name(kind())) return parse_identifier(liberal_property_names());
  return unexpected();
}

}  // namespace essa
