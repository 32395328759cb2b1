// RegExp pattern validation (ECMA-262 22.2.1 and Annex B.1.2): a recursive-descent reader
// over the pattern's UTF-8 bytes that accepts exactly what acorn's validator accepts and
// reports the same messages, at the offending character.
//
// Without u/v the pattern is read as UTF-16 code units (as JavaScript sees it), so an astral
// character is two units: a cursor position is `byte * 2 + 1` while on its low surrogate.
// Errors do not unwind: the first one is recorded, after which cur() answers kEnd, every
// eat fails, and all loops end. Group names and branches are only stored for patterns that
// have named groups, so the common case allocates nothing.
#include "regexp_validator.h"

#include <algorithm>
#include <vector>

#include "char_class.h"
#include "regexp_properties.h"
#include "unicode.h"
#include "unicode_escape.h"
#include "utf8.h"

namespace essa::regexp {
namespace {

constexpr int32_t kEnd = -1;
constexpr uint32_t kNoOffset = UINT32_MAX;
// Groups and nested classes recurse; far beyond any real pattern, well within the stack.
constexpr uint32_t kMaxDepth = 512;
// Values past the largest code point only need to stay past it.
constexpr int64_t kValueCap = 0x7FFFFFFF;

// What a class construct can match: acorn's CharSetNone / CharSetOk / CharSetString.
enum class SetKind : uint8_t { kNone, kChars, kStrings };

bool is_decimal(int32_t c) { return c >= '0' && c <= '9'; }
bool is_octal(int32_t c) { return c >= '0' && c <= '7'; }
// Code points (or kEnd) against the lexer's ASCII hex table: nothing past ASCII is a digit.
bool is_hex(int32_t c) {
  return c >= 0 && c < 0x80 && char_class::is_hex_digit(static_cast<char>(c));
}
int32_t hex_value(int32_t c) {  // c passed is_hex
  return static_cast<int32_t>(char_class::hex_value(static_cast<char>(c)));
}
bool is_control_letter(int32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_syntax_char(int32_t c) {
  return c == '$' || (c >= '(' && c <= '+') || c == '.' || c == '?' || (c >= '[' && c <= '^') ||
         (c >= '{' && c <= '}');
}
bool is_class_escape_letter(int32_t c) {
  return c == 'd' || c == 'D' || c == 's' || c == 'S' || c == 'w' || c == 'W';
}
// ClassSetReservedDoublePunctuator: these characters may not appear doubled in a v class.
bool is_double_punctuator_char(int32_t c) {
  return c == '!' || (c >= '#' && c <= '&') || (c >= '*' && c <= ',') || c == '.' ||
         (c >= ':' && c <= '@') || c == '^' || c == '`' || c == '~';
}
bool is_class_set_syntax_char(int32_t c) {
  return c == '(' || c == ')' || c == '-' || c == '/' || (c >= '[' && c <= ']') ||
         (c >= '{' && c <= '}');
}
bool is_class_set_reserved_punctuator(int32_t c) {
  return c == '!' || c == '#' || c == '%' || c == '&' || c == ',' || c == '-' ||
         (c >= ':' && c <= '>') || c == '@' || c == '`' || c == '~';
}
bool is_modifier(int32_t c) { return c == 'i' || c == 'm' || c == 's'; }
uint8_t modifier_bit(int32_t c) { return c == 'i' ? 1 : c == 'm' ? 2 : 4; }

// Same name, however each was spelled (`\u0061` names `a`).
bool same_name(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.find('\\') == std::string_view::npos && b.find('\\') == std::string_view::npos) {
    return false;
  }
  size_t i = 0;
  size_t j = 0;
  using unicode_escape::next_name_code_point;
  while (i < a.size() && j < b.size()) {
    if (next_name_code_point(a, i) != next_name_code_point(b, j)) return false;
  }
  return i == a.size() && j == b.size();
}

class Validator {
 public:
  Validator(std::string_view pattern, std::string_view flags, PatternError& error,
            uint16_t edition)
      : p_(pattern.data()), n_(static_cast<uint32_t>(pattern.size())), edition_(edition),
        error_(error) {
    v_ = flags.find('v') != std::string_view::npos;
    u_ = v_ || flags.find('u') != std::string_view::npos;
  }

  // Without u/v, `\k` is a group reference only if the pattern has a named group: the spec
  // (and acorn) parse with [~N] first and, if that finds a group name, again with [+N].
  // Finding `(?<name` up front tells whether the second pass is needed.
  bool needs_named_pass() const { return !u_ && track_names_; }

  bool run(bool named) {
    // Named groups (and `\k` references) came with ES2018.
    track_names_ = edition_ >= 9 && has_named_group();
    named_ = (u_ && edition_ >= 9) || named;
    disjunction();
    if (!failed_ && byte() < n_) {
      const uint32_t at = byte();
      if (eat(')')) raise("Unmatched ')'", at);
      if (eat(']') || eat('}')) raise("Lone quantifier brackets", at);
    }
    if (!failed_ && max_backreference_ > num_capturing_) {
      raise("Invalid escape", max_backreference_at_);
    }
    for (const NameRef& ref : references_) {
      if (failed_) break;
      bool found = false;
      for (const Group& g : groups_) found = found || same_name(g.name, ref.name);
      if (!found) raise("Invalid named capture referenced", ref.at);
    }
    return !failed_;
  }

 private:
  struct Group {
    std::string_view name;
    int32_t branch;
  };
  struct NameRef {
    std::string_view name;
    uint32_t at;
  };
  // One alternative of a disjunction: `base` names the disjunction (its first alternative).
  struct Branch {
    int32_t parent;
    int32_t base;
  };
  struct Modifiers {
    uint8_t mask = 0;
    bool any = false;
    uint32_t duplicate_at = kNoOffset;
  };

  // --- cursor ---------------------------------------------------------------------------

  // The character at cursor position `pos`: a code point under u/v (or `force_u`, used for
  // group names), a UTF-16 code unit otherwise; kEnd at the end.
  int32_t char_at(uint32_t pos, bool force_u) const {
    const uint32_t b = pos >> 1;
    if (b >= n_) return kEnd;
    const auto c = static_cast<unsigned char>(p_[b]);
    if (c < 0x80) return c;
    uint32_t cp = 0;
    utf8::decode(p_ + b, cp);
    if (cp >= 0x10000 && (pos & 1)) return static_cast<int32_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
    if (cp >= 0x10000 && !(u_ || force_u)) {
      return static_cast<int32_t>(0xD800 + ((cp - 0x10000) >> 10));
    }
    return static_cast<int32_t>(cp);
  }
  uint32_t next_pos(uint32_t pos, bool force_u) const {
    const uint32_t b = pos >> 1;
    if (b >= n_) return pos;
    const auto c = static_cast<unsigned char>(p_[b]);
    if (c < 0x80) return (b + 1) * 2;
    uint32_t cp = 0;
    const uint32_t len = utf8::decode(p_ + b, cp);
    if (cp >= 0x10000 && !(u_ || force_u) && !(pos & 1)) return pos | 1;
    return (b + len) * 2;
  }
  int32_t cur(bool force_u = false) const { return failed_ ? kEnd : char_at(pos_, force_u); }
  int32_t lookahead() const { return failed_ ? kEnd : char_at(next_pos(pos_, false), false); }
  void advance(bool force_u = false) { pos_ = next_pos(pos_, force_u); }
  bool eat(int32_t c) {
    if (cur() != c) return false;
    advance();
    return true;
  }
  bool eat2(int32_t a, int32_t b) {
    if (cur() != a || char_at(next_pos(pos_, false), false) != b) return false;
    advance();
    advance();
    return true;
  }
  uint32_t byte() const { return pos_ >> 1; }

  void raise(const char* message, uint32_t at) {
    if (failed_) return;
    failed_ = true;
    error_.message = message;
    error_.offset = at;
  }
  bool enter() {
    if (++depth_ <= kMaxDepth) return true;
    raise("Nesting too deep", byte());
    return false;
  }

  // Does a group name follow some `(?<` outside classes (not `(?<=` / `(?<!`)?
  bool has_named_group() const {
    uint32_t class_depth = 0;
    for (uint32_t i = 0; i < n_; ++i) {
      const char c = p_[i];
      if (c == '\\') {
        ++i;
      } else if (class_depth > 0) {
        if (c == ']') --class_depth;
        if (c == '[' && v_) ++class_depth;
      } else if (c == '[') {
        class_depth = 1;
      } else if (c == '(' && i + 3 < n_ && p_[i + 1] == '?' && p_[i + 2] == '<' &&
                 p_[i + 3] != '=' && p_[i + 3] != '!') {
        return true;
      }
    }
    return false;
  }

  // --- disjunctions, terms, quantifiers -----------------------------------------------

  void disjunction() {
    if (!enter()) return;
    if (track_names_) open_branch();
    alternative();
    while (eat('|')) {
      if (track_names_) sibling_branch();
      alternative();
    }
    if (track_names_) branch_ = branches_[static_cast<size_t>(branch_)].parent;
    --depth_;
    const uint32_t at = byte();
    if (eat_quantifier(true)) raise("Nothing to repeat", at);
    if (eat('{')) raise("Lone quantifier brackets", at);
  }

  void alternative() {
    while (cur() != kEnd && eat_term()) {
    }
  }

  bool eat_term() {
    if (eat_assertion()) {
      // A lookahead may be quantified in Annex B only.
      const uint32_t at = byte();
      if (last_assertion_quantifiable_ && eat_quantifier(false) && u_) {
        raise("Invalid quantifier", at);
      }
      return true;
    }
    if (u_ ? eat_atom() : eat_extended_atom()) {
      eat_quantifier(false);
      return true;
    }
    return false;
  }

  bool eat_assertion() {
    const uint32_t start = pos_;
    last_assertion_quantifiable_ = false;
    if (eat('^') || eat('$')) return true;
    if (eat('\\')) {
      if (eat('B') || eat('b')) return true;
      pos_ = start;
    }
    if (eat('(') && eat('?')) {
      const bool lookbehind = edition_ >= 9 && eat('<');  // lookbehind: ES2018
      if (eat('=') || eat('!')) {
        disjunction();
        if (!eat(')')) raise("Unterminated group", start >> 1);
        last_assertion_quantifiable_ = !lookbehind;
        return true;
      }
    }
    pos_ = start;
    return false;
  }

  bool eat_quantifier(bool no_error) {
    if (eat('*') || eat('+') || eat('?') || eat_braced_quantifier(no_error)) {
      eat('?');
      return true;
    }
    return false;
  }

  bool eat_braced_quantifier(bool no_error) {
    const uint32_t start = pos_;
    if (!eat('{')) return false;
    if (eat_decimal_digits()) {
      const double min = last_number_;
      double max = -1;
      if (eat(',') && eat_decimal_digits()) max = last_number_;
      if (eat('}')) {
        if (max != -1 && max < min && !no_error) {
          raise("numbers out of order in {} quantifier", start >> 1);
        }
        return true;
      }
    }
    if (u_ && !no_error) raise("Incomplete quantifier", start >> 1);
    pos_ = start;
    return false;
  }

  bool eat_decimal_digits() {
    const uint32_t start = pos_;
    last_number_ = 0;
    while (is_decimal(cur())) {
      last_number_ = last_number_ * 10 + (cur() - '0');
      advance();
    }
    return pos_ != start;
  }

  // --- atoms ----------------------------------------------------------------------------

  bool eat_atom() {
    return eat_pattern_characters() || eat('.') || eat_atom_escape() || eat_character_class() ||
           eat_uncapturing_group() || eat_capturing_group();
  }

  // Annex B ExtendedAtom: `{…}` that is not a quantifier and `]`, `{`, `}` are literals.
  bool eat_extended_atom() {
    if (eat('.') || eat_atom_escape() || eat_character_class() || eat_uncapturing_group() ||
        eat_capturing_group()) {
      return true;
    }
    const uint32_t at = byte();
    if (eat_braced_quantifier(true)) {
      raise("Nothing to repeat", at);
      return false;
    }
    const int32_t c = cur();
    if (c != kEnd && c != '$' && !(c >= '(' && c <= '+') && c != '.' && c != '?' && c != '[' &&
        c != '^' && c != '|') {
      advance();
      return true;
    }
    return false;
  }

  bool eat_pattern_characters() {
    const uint32_t start = pos_;
    for (int32_t c = cur(); c != kEnd && !is_syntax_char(c); c = cur()) advance();
    return pos_ != start;
  }

  // `\` AtomEscape.
  bool eat_atom_escape() {
    const uint32_t start = pos_;
    if (!eat('\\')) return false;
    const uint32_t at = start >> 1;
    if (eat_back_reference(at) || eat_character_class_escape(at) != SetKind::kNone ||
        eat_character_escape(at) || (named_ && eat_k_group_name(at))) {
      return true;
    }
    if (u_) raise(cur() == 'c' ? "Invalid unicode escape" : "Invalid escape", at);
    pos_ = start;
    return false;
  }

  bool eat_back_reference(uint32_t at) {
    const uint32_t start = pos_;
    if (!eat_decimal_escape()) return false;
    if (u_) {
      if (last_value_ > max_backreference_) {
        max_backreference_ = last_value_;
        max_backreference_at_ = at;
      }
      return true;
    }
    // Annex B: a number past the groups seen so far is an octal or identity escape instead.
    if (last_value_ <= num_capturing_) return true;
    pos_ = start;
    return false;
  }

  bool eat_decimal_escape() {
    int32_t c = cur();
    if (c < '1' || c > '9') return false;
    last_value_ = 0;
    do {
      last_value_ = std::min<int64_t>(last_value_ * 10 + (c - '0'), kValueCap);
      advance();
      c = cur();
    } while (is_decimal(c));
    return true;
  }

  bool eat_k_group_name(uint32_t at) {
    if (!eat('k')) return false;
    if (eat_group_name()) {
      references_.push_back({last_name_, at});
      return true;
    }
    raise("Invalid named reference", at);
    return false;
  }

  bool eat_character_escape(uint32_t at) {
    return eat_control_escape() || eat_c_control_letter() || eat_zero() || eat_hex_escape(at) ||
           eat_unicode_escape(false, at) || (!u_ && eat_legacy_octal_escape()) ||
           eat_identity_escape();
  }

  bool eat_control_escape() {
    switch (cur()) {
      case 't': last_value_ = 0x09; break;
      case 'n': last_value_ = 0x0A; break;
      case 'v': last_value_ = 0x0B; break;
      case 'f': last_value_ = 0x0C; break;
      case 'r': last_value_ = 0x0D; break;
      default: return false;
    }
    advance();
    return true;
  }

  bool eat_c_control_letter() {
    const uint32_t start = pos_;
    if (!eat('c')) return false;
    if (is_control_letter(cur())) {
      last_value_ = cur() % 0x20;
      advance();
      return true;
    }
    pos_ = start;
    return false;
  }

  bool eat_zero() {
    if (cur() != '0' || is_decimal(lookahead())) return false;
    last_value_ = 0;
    advance();
    return true;
  }

  bool eat_hex_escape(uint32_t at) {
    const uint32_t start = pos_;
    if (!eat('x')) return false;
    if (eat_fixed_hex_digits(2)) return true;
    if (u_) raise("Invalid escape", at);
    pos_ = start;
    return false;
  }

  bool eat_fixed_hex_digits(int count) {
    const uint32_t start = pos_;
    last_value_ = 0;
    for (int i = 0; i < count; ++i) {
      const int32_t c = cur();
      if (!is_hex(c)) {
        pos_ = start;
        return false;
      }
      last_value_ = last_value_ * 16 + hex_value(c);
      advance();
    }
    return true;
  }

  // `u` after `\`: Hex4Digits, a surrogate pair of two such escapes (u/v or names), or
  // `{CodePoint}` (u/v or names). `at` is the backslash.
  bool eat_unicode_escape(bool force_u, uint32_t at) {
    const uint32_t start = pos_;
    const bool unicode = force_u || u_;
    if (!eat('u')) return false;
    if (eat_fixed_hex_digits(4)) {
      const int64_t lead = last_value_;
      if (unicode && lead >= 0xD800 && lead <= 0xDBFF) {
        const uint32_t lead_end = pos_;
        if (eat('\\') && eat('u') && eat_fixed_hex_digits(4)) {
          const int64_t trail = last_value_;
          if (trail >= 0xDC00 && trail <= 0xDFFF) {
            last_value_ = (lead - 0xD800) * 0x400 + (trail - 0xDC00) + 0x10000;
            return true;
          }
        }
        pos_ = lead_end;
        last_value_ = lead;
      }
      return true;
    }
    if (unicode && eat('{') && eat_hex_digits() && eat('}') && last_value_ <= 0x10FFFF) {
      return true;
    }
    if (unicode) raise("Invalid unicode escape", at);
    pos_ = start;
    return false;
  }

  bool eat_hex_digits() {
    const uint32_t start = pos_;
    last_value_ = 0;
    while (is_hex(cur())) {
      last_value_ = std::min<int64_t>(last_value_ * 16 + hex_value(cur()), kValueCap);
      advance();
    }
    return pos_ != start;
  }

  // Annex B: up to three octal digits, at most 0o377.
  bool eat_legacy_octal_escape() {
    if (!is_octal(cur())) return false;
    const int32_t first = cur() - '0';
    advance();
    if (is_octal(cur())) {
      const int32_t second = cur() - '0';
      advance();
      if (first <= 3 && is_octal(cur())) {
        last_value_ = first * 64 + second * 8 + (cur() - '0');
        advance();
      } else {
        last_value_ = first * 8 + second;
      }
    } else {
      last_value_ = first;
    }
    return true;
  }

  bool eat_identity_escape() {
    const int32_t c = cur();
    if (u_) {
      if (!is_syntax_char(c) && c != '/') return false;
    } else if (c == kEnd || c == 'c' || (named_ && c == 'k')) {
      return false;
    }
    last_value_ = c;
    advance();
    return true;
  }

  // \d \D \s \S \w \W, and \p{…} \P{…} under u/v. `at` is the backslash.
  SetKind eat_character_class_escape(uint32_t at) {
    const int32_t c = cur();
    if (is_class_escape_letter(c)) {
      last_value_ = -1;
      advance();
      return SetKind::kChars;
    }
    // Property escapes came with ES2018.
    if (!u_ || (c != 'p' && c != 'P') || edition_ < 9) return SetKind::kNone;
    const bool negated = c == 'P';
    last_value_ = -1;
    advance();
    SetKind kind = SetKind::kNone;
    if (eat('{') && (kind = eat_property_expression(at)) != SetKind::kNone && eat('}')) {
      if (negated && kind == SetKind::kStrings) raise("Invalid property name", at);
      return kind;
    }
    raise("Invalid property name", at);
    return SetKind::kNone;
  }

  // A property name or value that an older edition's list does not hold (acorn's lists per
  // edition end with ES2023's).
  bool too_new(std::string_view name) const {
    return edition_ < 14 && edition_of_property_name(name) > edition_;
  }

  // Inside `\p{…}`: `name=value` or a lone name/value.
  SetKind eat_property_expression(uint32_t at) {
    const uint32_t start = pos_;
    const std::string_view name = eat_property_word(false);
    if (!name.empty() && eat('=')) {
      const std::string_view value = eat_property_word(true);
      if (!value.empty()) {
        if (!is_non_binary_property(name)) {
          raise("Invalid property name", at);
        } else if (!is_property_value(name, value) || too_new(value)) {
          raise("Invalid property value", at);
        }
        return SetKind::kChars;
      }
    }
    pos_ = start;
    const std::string_view lone = eat_property_word(true);
    if (lone.empty()) return SetKind::kNone;
    if (is_general_category_value(lone) || (is_binary_property(lone) && !too_new(lone))) {
      return SetKind::kChars;
    }
    if (v_ && is_property_of_strings(lone)) return SetKind::kStrings;
    raise("Invalid property name", at);
    return SetKind::kNone;
  }

  // Letters and `_` (and digits in values): ASCII only, so a plain byte range.
  std::string_view eat_property_word(bool digits) {
    const uint32_t start = byte();
    for (int32_t c = cur(); is_control_letter(c) || c == '_' || (digits && is_decimal(c));
         c = cur()) {
      advance();
    }
    return {p_ + start, byte() - start};
  }

  // --- groups ---------------------------------------------------------------------------

  // `(?:…)` and `(?ims-ims:…)`.
  bool eat_uncapturing_group() {
    const uint32_t start = pos_;
    if (!eat('(')) return false;
    if (eat('?')) {
      if (edition_ >= 16) eat_modifier_groups();  // modifiers came with ES2025
      if (eat(':')) {
        disjunction();
        if (eat(')')) return true;
        raise("Unterminated group", start >> 1);
      }
    }
    pos_ = start;
    return false;
  }

  // `ims-ims` after `(?`, with their early errors.
  void eat_modifier_groups() {
    {
      Modifiers add;
      eat_modifiers(add, 0);
      const uint32_t hyphen_at = byte();
      const bool hyphen = eat('-');
      if (add.any || hyphen) {
        if (add.duplicate_at != kNoOffset) {
          raise("Duplicate regular expression modifiers", add.duplicate_at);
        }
        if (hyphen) {
          Modifiers remove;
          eat_modifiers(remove, add.mask);
          if (!add.any && !remove.any && cur() == ':') {
            raise("Invalid regular expression modifiers", hyphen_at);
          }
          if (remove.duplicate_at != kNoOffset) {
            raise("Duplicate regular expression modifiers", remove.duplicate_at);
          }
        }
      }
    }
  }

  // A run of i/m/s; a letter already in `m` or in `other` is a duplicate.
  void eat_modifiers(Modifiers& m, uint8_t other) {
    for (int32_t c = cur(); is_modifier(c); c = cur()) {
      const uint8_t bit = modifier_bit(c);
      if (((m.mask | other) & bit) && m.duplicate_at == kNoOffset) m.duplicate_at = byte();
      m.mask |= bit;
      m.any = true;
      advance();
    }
  }

  bool eat_capturing_group() {
    const uint32_t start = pos_;
    if (!eat('(')) return false;
    group_specifier(start >> 1);
    disjunction();
    if (eat(')')) {
      ++num_capturing_;
      return true;
    }
    raise("Unterminated group", start >> 1);
    return false;
  }

  // `?<name>` after `(`; a name may repeat only in another alternative of a disjunction.
  void group_specifier(uint32_t paren) {
    if (edition_ < 9) {  // no group names before ES2018
      if (cur() == '?') raise("Invalid group", paren);
      return;
    }
    if (!eat('?')) return;
    if (!eat_group_name()) {
      raise("Invalid group", paren);
      return;
    }
    for (const Group& g : groups_) {
      // Before ES2025 a name may not repeat at all.
      if (same_name(g.name, last_name_) && (edition_ < 16 || !separated(g.branch, branch_))) {
        raise("Duplicate capture group name", paren);
        return;
      }
    }
    groups_.push_back({last_name_, branch_});
  }

  // `<` RegExpIdentifierName `>`; the name as written goes to last_name_.
  bool eat_group_name() {
    const uint32_t lt = byte();
    if (!eat('<')) return false;
    const uint32_t name_start = byte();
    if (eat_identifier_char(true)) {
      while (eat_identifier_char(false)) {
      }
      const uint32_t name_end = byte();
      if (eat('>')) {
        last_name_ = std::string_view(p_ + name_start, name_end - name_start);
        return true;
      }
    }
    raise("Invalid capture group name", lt);
    return false;
  }

  // One RegExpIdentifierStart (`start`) or RegExpIdentifierPart, read as code points.
  bool eat_identifier_char(bool start) {
    const uint32_t saved = pos_;
    const bool force_u = edition_ >= 11;  // names read as code points from ES2020 on
    int32_t c = cur(force_u);
    advance(force_u);
    if (c == '\\' && eat_unicode_escape(force_u, saved >> 1)) {
      c = static_cast<int32_t>(last_value_);
    }
    if (c != kEnd) {
      const auto cp = static_cast<uint32_t>(c);
      if (start ? unicode::is_id_start(cp) : unicode::is_id_continue(cp)) return true;
    }
    pos_ = saved;
    return false;
  }

  void open_branch() {
    const auto self = static_cast<int32_t>(branches_.size());
    branches_.push_back({branch_, self});
    branch_ = self;
  }
  void sibling_branch() {
    const Branch b = branches_[static_cast<size_t>(branch_)];
    branch_ = static_cast<int32_t>(branches_.size());
    branches_.push_back(b);
  }
  // Do two branches lie in different alternatives of one disjunction?
  bool separated(int32_t a, int32_t b) const {
    for (int32_t x = a; x >= 0; x = branches_[static_cast<size_t>(x)].parent) {
      for (int32_t y = b; y >= 0; y = branches_[static_cast<size_t>(y)].parent) {
        if (x != y && branches_[static_cast<size_t>(x)].base ==
                          branches_[static_cast<size_t>(y)].base) {
          return true;
        }
      }
    }
    return false;
  }

  // --- character classes ----------------------------------------------------------------

  bool eat_character_class() {
    const uint32_t start = pos_;
    if (!eat('[')) return false;
    const bool negated = eat('^');
    const SetKind kind = class_contents();
    if (!eat(']')) raise("Unterminated character class", start >> 1);
    if (negated && kind == SetKind::kStrings) {
      raise("Negated character class may contain strings", start >> 1);
    }
    return true;
  }

  SetKind class_contents() {
    if (cur() == ']') return SetKind::kChars;
    if (v_) return class_set_expression();
    class_ranges();
    return SetKind::kChars;
  }

  // u and Annex B: atoms and `a-b` ranges; a class escape cannot end a range under u.
  void class_ranges() {
    for (;;) {
      const uint32_t left_at = byte();
      if (!eat_class_atom()) return;
      const int64_t left = last_value_;
      if (eat('-') && eat_class_atom()) {
        const int64_t right = last_value_;
        if (u_ && (left == -1 || right == -1)) raise("Invalid character class", left_at);
        if (left != -1 && right != -1 && left > right) {
          raise("Range out of order in character class", left_at);
        }
      }
    }
  }

  // One ClassAtom; last_value_ is its character, or -1 for a class escape.
  bool eat_class_atom() {
    const uint32_t start = pos_;
    if (eat('\\')) {
      const uint32_t at = start >> 1;
      if (eat_class_escape(at)) return true;
      if (u_) {
        const int32_t c = cur();
        raise(c == 'c' || is_octal(c) ? "Invalid class escape" : "Invalid escape", at);
      }
      pos_ = start;  // Annex B: a lone `\` (before `c`) is itself
    }
    const int32_t c = cur();
    if (c == kEnd || c == ']') return false;
    last_value_ = c;
    advance();
    return true;
  }

  bool eat_class_escape(uint32_t at) {
    const uint32_t start = pos_;
    if (eat('b')) {
      last_value_ = 0x08;
      return true;
    }
    if (u_ && eat('-')) {
      last_value_ = '-';
      return true;
    }
    if (!u_ && eat('c')) {
      // Annex B ClassControlLetter: digits and `_` too.
      const int32_t c = cur();
      if (is_decimal(c) || c == '_') {
        last_value_ = c % 0x20;
        advance();
        return true;
      }
      pos_ = start;
    }
    return eat_character_class_escape(at) != SetKind::kNone || eat_character_escape(at);
  }

  // v: ClassUnion, ClassIntersection (`&&`) or ClassSubtraction (`--`).
  SetKind class_set_expression() {
    SetKind result = SetKind::kChars;
    if (!eat_class_set_range()) {
      SetKind sub = eat_class_set_operand();
      if (sub == SetKind::kNone) {
        raise("Invalid character in character class", byte());
        return result;
      }
      if (sub == SetKind::kStrings) result = SetKind::kStrings;
      const uint32_t start = pos_;
      while (eat2('&', '&')) {
        if (cur() != '&' && (sub = eat_class_set_operand()) != SetKind::kNone) {
          if (sub != SetKind::kStrings) result = SetKind::kChars;
          continue;
        }
        raise("Invalid character in character class", byte());
      }
      if (start != pos_) return result;
      while (eat2('-', '-')) {
        if (eat_class_set_operand() != SetKind::kNone) continue;
        raise("Invalid character in character class", byte());
      }
      if (start != pos_) return result;
    }
    for (;;) {
      if (eat_class_set_range()) continue;
      const SetKind sub = eat_class_set_operand();
      if (sub == SetKind::kNone) return result;
      if (sub == SetKind::kStrings) result = SetKind::kStrings;
    }
  }

  bool eat_class_set_range() {
    const uint32_t start = pos_;
    if (!eat_class_set_character()) return false;
    const int64_t left = last_value_;
    if (eat('-') && eat_class_set_character()) {
      if (left != -1 && last_value_ != -1 && left > last_value_) {
        raise("Range out of order in character class", start >> 1);
      }
      return true;
    }
    pos_ = start;
    return false;
  }

  SetKind eat_class_set_operand() {
    if (eat_class_set_character()) return SetKind::kChars;
    const SetKind kind = eat_class_string_disjunction();
    if (kind != SetKind::kNone) return kind;
    return eat_nested_class();
  }

  SetKind eat_nested_class() {
    const uint32_t start = pos_;
    if (eat('[')) {
      if (!enter()) return SetKind::kNone;
      const bool negated = eat('^');
      const SetKind kind = class_contents();
      --depth_;
      if (eat(']')) {
        if (negated && kind == SetKind::kStrings) {
          raise("Negated character class may contain strings", start >> 1);
        }
        return kind;
      }
      pos_ = start;
    }
    if (eat('\\')) {
      const SetKind kind = eat_character_class_escape(start >> 1);
      if (kind != SetKind::kNone) return kind;
      pos_ = start;
    }
    return SetKind::kNone;
  }

  // `\q{a|bc|}`: may hold strings unless every alternative is one character.
  SetKind eat_class_string_disjunction() {
    const uint32_t start = pos_;
    if (!eat2('\\', 'q')) return SetKind::kNone;
    if (eat('{')) {
      SetKind kind = class_string();
      while (eat('|')) {
        if (class_string() == SetKind::kStrings) kind = SetKind::kStrings;
      }
      if (eat('}')) return kind;
    } else {
      raise("Invalid escape", start >> 1);
    }
    pos_ = start;
    return SetKind::kNone;
  }

  SetKind class_string() {
    int count = 0;
    while (eat_class_set_character()) ++count;
    return count == 1 ? SetKind::kChars : SetKind::kStrings;
  }

  bool eat_class_set_character() {
    const uint32_t start = pos_;
    if (eat('\\')) {
      if (eat_character_escape(start >> 1) || eat_class_set_reserved_punctuator()) return true;
      if (eat('b')) {
        last_value_ = 0x08;
        return true;
      }
      pos_ = start;
      return false;
    }
    const int32_t c = cur();
    if (c == kEnd || (c == lookahead() && is_double_punctuator_char(c))) return false;
    if (is_class_set_syntax_char(c)) return false;
    advance();
    last_value_ = c;
    return true;
  }

  bool eat_class_set_reserved_punctuator() {
    const int32_t c = cur();
    if (!is_class_set_reserved_punctuator(c)) return false;
    last_value_ = c;
    advance();
    return true;
  }

  const char* p_;
  uint32_t n_;
  uint16_t edition_;  // acorn's ecmaVersion (0xffff: the latest)
  PatternError& error_;
  bool u_ = false;            // u or v: code points, no Annex B
  bool v_ = false;            // v: set notation in classes
  bool named_ = false;        // [+N]: `\k` is a group reference
  bool track_names_ = false;  // the pattern has named groups: keep branches
  bool failed_ = false;
  bool last_assertion_quantifiable_ = false;
  uint32_t pos_ = 0;  // byte * 2, plus 1 on an astral character's low surrogate
  uint32_t depth_ = 0;
  int64_t last_value_ = 0;  // the last character or number read; -1 for a class escape
  double last_number_ = 0;  // quantifier bounds compare as JavaScript numbers
  std::string_view last_name_;
  int64_t num_capturing_ = 0;
  int64_t max_backreference_ = 0;
  uint32_t max_backreference_at_ = 0;
  int32_t branch_ = -1;
  std::vector<Branch> branches_;
  std::vector<Group> groups_;
  std::vector<NameRef> references_;
};

}  // namespace

bool validate_pattern(std::string_view pattern, std::string_view flags, PatternError& error,
                      uint16_t edition) {
  Validator first(pattern, flags, error, edition);
  if (!first.run(false)) return false;
  return !first.needs_named_pass() || Validator(pattern, flags, error, edition).run(true);
}

std::string pattern_error_message(std::string_view pattern, const PatternError& error) {
  std::string message = "Invalid regular expression: /";
  message.append(pattern);
  message.append("/: ");
  message.append(error.message);
  return message;
}

}  // namespace essa::regexp
