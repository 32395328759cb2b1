// The tree as 32-bit words (layout in encode.h): one walk over the arena, expanded from
// nodes.def like the ESTree writer, so a new node needs no edit here.
#include "encode.h"

#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "essa/ast.h"
#include "essa/estree.h"
#include "essa/source.h"
#include "field_tags.h"
#include "name_table.h"

namespace essa_node {
namespace {

using namespace essa;

constexpr uint32_t kAbsent = ~0u;
constexpr uint32_t kSideBit = 1u << 31;

// Bits a scalar field takes in the head word (the generator has the same table).
constexpr unsigned bits_of(tag::Bool) { return 1; }
constexpr unsigned bits_of(tag::BoolEs6) { return 1; }
constexpr unsigned bits_of(tag::BoolEs8) { return 1; }
constexpr unsigned bits_of(tag::BoolEs9) { return 1; }
constexpr unsigned bits_of(tag::BoolEs11) { return 1; }
constexpr unsigned bits_of(tag::Operator) { return 6; }
constexpr unsigned bits_of(tag::VarKind) { return 3; }
constexpr unsigned bits_of(tag::PropKind) { return 2; }
constexpr unsigned bits_of(tag::MethodKind) { return 2; }
constexpr unsigned bits_of(tag::SourceType) { return 1; }
constexpr unsigned bits_of(tag::ImportPhase) { return 2; }
constexpr unsigned bits_of(tag::TsBool) { return 1; }
constexpr unsigned bits_of(tag::TsTypeKind) { return 1; }
constexpr unsigned bits_of(tag::TsOptionalModifier) { return 2; }
constexpr unsigned bits_of(tag::TsReadonlyModifier) { return 2; }
constexpr unsigned bits_of(tag::LiteralValue) { return 3; }
template <class T>
constexpr unsigned bits_of(T) { return 0; }

constexpr int kOperatorCount = 0
#define ESSA_OP(Name, spelling) +1
    ESSA_OPERATORS(ESSA_OP)
#undef ESSA_OP
    ;
static_assert(kOperatorCount <= 64, "operators no longer fit their 6 bits");

// Every node's scalar fields, TypeScript's included, fit the 24 bits above the kind.
#define ESSA_NODE(T) static_assert(8
#define ESSA_FIELD(m, key, Tag) +bits_of(tag::Tag{})
#define ESSA_TS_FIELD(m, key, Tag) +bits_of(tag::Tag{})
#define ESSA_END(T) <= 32, #T ": its scalar fields exceed the head word");
#include "essa/nodes.def"

// Words a field writes itself, children aside (each child makes its own room).
constexpr std::size_t words_of(tag::Node) { return 1; }  // a null child
constexpr std::size_t words_of(tag::NodeOrNull) { return 1; }
constexpr std::size_t words_of(tag::NodeOrNullEs11) { return 1; }
constexpr std::size_t words_of(tag::ImportOptions) { return 1; }
constexpr std::size_t words_of(tag::TsNodeOrAbsent) { return 1; }
constexpr std::size_t words_of(tag::NodeList) { return 1; }
constexpr std::size_t words_of(tag::NodeListWithHoles) { return 1; }
constexpr std::size_t words_of(tag::Decorators) { return 1; }
constexpr std::size_t words_of(tag::Attributes) { return 1; }
constexpr std::size_t words_of(tag::Name) { return 3; }
constexpr std::size_t words_of(tag::Str) { return 2; }
constexpr std::size_t words_of(tag::StrOrAbsent) { return 2; }
constexpr std::size_t words_of(tag::LiteralValue) { return 4; }
constexpr std::size_t words_of(tag::TemplateValue) { return 4; }
template <class T>
constexpr std::size_t words_of(T) { return 0; }

constexpr std::size_t kNodeRoom = 48;
#define ESSA_NODE(T) static_assert(7
#define ESSA_FIELD(m, key, Tag) +words_of(tag::Tag{})
#define ESSA_TS_FIELD(m, key, Tag) +words_of(tag::Tag{})
#define ESSA_END(T) <= kNodeRoom, #T ": its words exceed kNodeRoom");
#include "essa/nodes.def"

// The index an encode without positions to convert (ASCII text, no loc) never reads.
const LineIndex kNoIndex{};

NameTable& thread_names() {
  thread_local NameTable table;
  return table;
}

// Ts: TS-ESTree, with the side records' fields; the plain-JS encoder has no code for them.
template <bool Ts>
class Encoder {
 public:
  // `index` is only read when the text is not ASCII or with loc (else kNoIndex will do).
  Encoder(std::string_view text, const EncodeOptions& options, bool ascii, const LineIndex& index)
      : text_(text),
        loc_(options.loc),
        ascii_(ascii),
        plain_(ascii && !options.loc),
        espree_(options.espree),
        index_(index),
        starts_(index_),
        ends_(index_),
        strings_(index_) {
    names_.clear();
  }
  ~Encoder() {
    if (owned_) std::free(words_);
  }

  bool ok() const { return ok_; }
  // Starts in the caller's buffer (not owned); past it, or with none, in one of at least
  // `words`.
  bool start(uint32_t* buffer, std::size_t capacity, std::size_t words) {
    words_ = buffer;
    capacity_ = buffer == nullptr ? 0 : capacity;
    first_size_ = words;
    return capacity_ >= 64 || grow(words);
  }

  void node(const Node* n) {
    if (n == nullptr) {
      room(1);
      put(0);
      return;
    }
    if (depth_ >= kEstreeMaxDepth) [[unlikely]] {
      ok_ = false;
      room(1);
      put(0);
      return;
    }
    ++depth_;
    fields(*n);
    --depth_;
  }

  void comments(std::span<const Comment> list) {
    // typescript-estree's comments leave the hashbang out (TypeScript skips it as trivia).
    if (Ts && !list.empty() && list.front().kind == CommentKind::Hashbang) list = list.subspan(1);
    room(1);
    put(static_cast<uint32_t>(list.size()));
    for (const Comment& c : list) {
      room(16);
      put(c.is_block() ? 1 : c.kind == CommentKind::Hashbang ? 2 : 0);
      string(c.value(text_));
      positions(c.span.start, c.span.end);
    }
  }

  // The tokens (layout in encode.h). Most values are names (identifiers, keywords,
  // punctuators: one string per distinct value for the decoder) or the token's own text;
  // decoded ones (escaped names, JSX text with entities) are strings in the side area.
  void tokens(std::span<const TokenRecord> list, const SourceText& source) {
    room(1);
    put(static_cast<uint32_t>(list.size()));
    for (const TokenRecord& t : list) {
      room(12);
      const std::size_t at = size_++;
      positions(t.span.start, t.span.end);
      words_[at] = static_cast<uint32_t>(t.type) | (value_of_token(t, source) << 4);
    }
  }

  void take(Encoded& out) {
    out.side_offset = size_;
    out.side_units = side_.size();
    room((side_.size() + 1) / 2);
    if (!side_.empty()) std::memcpy(words_ + size_, side_.data(), side_.size() * sizeof(char16_t));
    size_ += (side_.size() + 1) / 2;
    out.words = words_;
    out.capacity = capacity_;
    out.owned = owned_;
    out.size = size_;
    words_ = nullptr;
    owned_ = false;
  }

 private:
  enum TokenValue : uint32_t { kOwnText = 0, kName = 1, kString = 2 };

  // Writes a token's value words; returns how it is given.
  TokenValue value_of_token(const TokenRecord& t, const SourceText& source) {
    if (t.escaped) [[unlikely]] {  // decoded: a name with \u escapes, JSX text with entities
      const std::string value = essa::token_value(source, t);
      string(value);
      return kString;
    }
    switch (t.type) {
      case TokenType::Identifier:
      case TokenType::Keyword:
      case TokenType::Punctuator:
      case TokenType::Boolean:
      case TokenType::Null:
      case TokenType::JSXIdentifier:
        field(tag::Name{}, text_.substr(t.span.start, t.span.end - t.span.start), shift_unused_);
        return kName;
      case TokenType::PrivateIdentifier:  // without its `#`
        field(tag::Name{}, text_.substr(t.span.start + 1, t.span.end - t.span.start - 1),
              shift_unused_);
        return kName;
      default:
        return kOwnText;
    }
  }

  // A node's start and end; espree's TemplateElement (for ESLint) takes in its delimiters.
  template <class N>
  void node_positions(const N& n) { positions(n.start, n.end); }
  void node_positions(const TemplateElement& n) {
    if (espree_) [[unlikely]] {
      positions(n.start - 1, n.end + (n.tail ? 1 : 2));
    } else {
      positions(n.start, n.end);
    }
  }

  // The fields of every kind, expanded from nodes.def: the head word is patched in once the
  // scalar fields have given their bits.
  void fields(const Node& node) {
    switch (node.kind) {
#define ESSA_NODE(T)                                          \
  case NodeKind::T: {                                         \
    [[maybe_unused]] const auto& n = static_cast<const T&>(node); \
    room(kNodeRoom);                                          \
    const std::size_t at = size_++;                           \
    uint32_t head = static_cast<uint32_t>(NodeKind::T) + 1;   \
    [[maybe_unused]] unsigned shift = 8;                      \
    node_positions(n);
#define ESSA_FIELD(m, key, Tag) head |= field(tag::Tag{}, n.m, shift);
// A side field (ast.h's ts_side), or its default when the node has no side record.
#define ESSA_TS_FIELD(m, key, Tag)                                                  \
  if constexpr (Ts) {                                                               \
    using N = std::remove_cvref_t<decltype(n)>;                                     \
    head |= field(tag::Tag{}, ts_side_value(n, &N::TsSide::m), shift);              \
  }
#define ESSA_END(T)     \
  words_[at] = head;    \
  return;               \
  }
#include "essa/nodes.def"
    }
  }

  void positions(uint32_t start, uint32_t end) {
    if (plain_) {
      put(start);
      put(end);
      return;
    }
    const SourcePosition s = ascii_ && !loc_ ? SourcePosition{start, 1, 0} : starts_.position(start);
    ends_ = starts_;  // an end lies at or after its start, most often on the same line
    const SourcePosition e = ends_.position(end);
    put(s.offset);
    put(e.offset);
    if (loc_) {
      put(s.line);
      put(s.column);
      put(e.line);
      put(e.column);
    }
  }

  template <class E>
  uint32_t scalar(E value, unsigned bits, unsigned& shift) {
    const uint32_t v = static_cast<uint32_t>(value) << shift;
    shift += bits;
    return v;
  }

  uint32_t field(tag::Bool, bool v, unsigned& s) { return scalar(v, 1, s); }
  // Keys of a later edition: always written; the decoder leaves them out below it.
  uint32_t field(tag::BoolEs6, bool v, unsigned& s) { return scalar(v, 1, s); }
  uint32_t field(tag::BoolEs8, bool v, unsigned& s) { return scalar(v, 1, s); }
  uint32_t field(tag::BoolEs9, bool v, unsigned& s) { return scalar(v, 1, s); }
  uint32_t field(tag::BoolEs11, bool v, unsigned& s) { return scalar(v, 1, s); }
  uint32_t field(tag::Operator, Operator v, unsigned& s) { return scalar(v, 6, s); }
  uint32_t field(tag::VarKind, VarKind v, unsigned& s) { return scalar(v, 3, s); }
  uint32_t field(tag::PropKind, PropKind v, unsigned& s) { return scalar(v, 2, s); }
  uint32_t field(tag::MethodKind, MethodKind v, unsigned& s) { return scalar(v, 2, s); }
  uint32_t field(tag::SourceType, SourceType v, unsigned& s) { return scalar(v, 1, s); }
  uint32_t field(tag::ImportPhase, ImportPhase v, unsigned& s) { return scalar(v, 2, s); }
  // TS-ESTree's keys: a stored bool; importKind/exportKind ("type" when set).
  uint32_t field(tag::TsBool, bool v, unsigned& s) { return scalar(v, 1, s); }
  uint32_t field(tag::TsTypeKind, bool v, unsigned& s) { return scalar(v, 1, s); }
  // A mapped type's modifiers (TypeScript only): TsModifier in 2 bits.
  uint32_t field(tag::TsOptionalModifier, TsModifier v, unsigned& s) { return scalar(v, 2, s); }
  uint32_t field(tag::TsReadonlyModifier, TsModifier v, unsigned& s) { return scalar(v, 2, s); }

  uint32_t field(tag::Node, const Node* n, unsigned&) { return node(n), 0; }
  uint32_t field(tag::NodeOrNull, const Node* n, unsigned&) { return node(n), 0; }
  uint32_t field(tag::NodeOrNullEs11, const Node* n, unsigned&) { return node(n), 0; }
  // Left out (by the decoder too) below ES2025, as acorn leaves the key out.
  uint32_t field(tag::ImportOptions, const Node* n, unsigned&) { return node(n), 0; }
  // TypeScript only: undefined when null (in TS-ESTree; never set in a plain-JS parse).
  uint32_t field(tag::TsNodeOrAbsent, const Node* n, unsigned&) { return node(n), 0; }
  uint32_t field(tag::NodeList, const NodeList& l, unsigned&) { return list(l), 0; }
  uint32_t field(tag::NodeListWithHoles, const NodeList& l, unsigned&) { return list(l), 0; }
  uint32_t field(tag::Decorators, const NodeList& l, unsigned&) { return list(l), 0; }
  uint32_t field(tag::Attributes, const NodeList& l, unsigned&) { return list(l), 0; }
  // A name: its id in the table; at its first sight, followed by the string.
  uint32_t field(tag::Name, std::string_view v, unsigned&) {
    const uint32_t id = names_.find_or_add(v);
    if (id != NameTable::kNew) {
      put(id);
    } else {
      put(names_.count() - 1);
      string(v);
    }
    return 0;
  }
  uint32_t field(tag::Str, std::string_view v, unsigned&) { return string(v), 0; }
  uint32_t field(tag::StrOrAbsent, std::string_view v, unsigned&) {
    if (v.data() == nullptr) {
      put(kAbsent);
      put(kAbsent);
    } else {
      string(v);
    }
    return 0;
  }
  uint32_t field(tag::TemplateValue, const TemplateValue& v, unsigned&) {
    string(v.raw);
    if (v.cooked_valid) {
      string(v.cooked);
    } else {
      put(kAbsent);
      put(kAbsent);
    }
    return 0;
  }
  uint32_t field(tag::LiteralValue, const LiteralValue& v, unsigned& s) {
    switch (v.kind) {
      case LiteralKind::String:
        string(v.string);
        break;
      case LiteralKind::Number: {
        if (size_ & 1) put(0);
        uint32_t halves[2];
        std::memcpy(halves, &v.number, sizeof halves);
        put(halves[0]);
        put(halves[1]);
        break;
      }
      case LiteralKind::Boolean:
        put(v.boolean ? 1 : 0);
        break;
      case LiteralKind::Null:
        break;
      case LiteralKind::RegExp:
        break;  // the caller's raw text holds it: written by the Literal's `raw` field below
      case LiteralKind::BigInt:
        string(v.string);
        break;
    }
    return scalar(v.kind, 3, s);
  }

  void list(const NodeList& l) {
    room(1);
    put(l.size);
    for (const Node* item : l) node(item);
  }

  // A string as two offsets into the source string, or into the side string.
  void string(std::string_view v) {
    const char* const base = text_.data();
    if (v.data() >= base && v.data() + v.size() <= base + text_.size()) [[likely]] {
      const auto start = static_cast<uint32_t>(v.data() - base);
      const auto end = static_cast<uint32_t>(start + v.size());
      if (ascii_) {
        put(start);
        put(end);
      } else {
        const uint32_t a = strings_.utf16_offset(start);
        put(a);
        put(end == start ? a : strings_.utf16_offset(end));
      }
      return;
    }
    if (v.data() == nullptr) {  // an empty value with no storage
      put(0);
      put(0);
      return;
    }
    put(static_cast<uint32_t>(side_.size()) | kSideBit);
    append_utf16(v);
    put(static_cast<uint32_t>(side_.size()));
  }

  // WTF-8 to UTF-16; a lone surrogate's three bytes decode to itself.
  void append_utf16(std::string_view v) {
    const auto* p = reinterpret_cast<const unsigned char*>(v.data());
    const auto* const end = p + v.size();
    while (p < end) {
      const unsigned c = *p;
      if (c < 0x80) {
        side_.push_back(static_cast<char16_t>(c));
        p += 1;
      } else if (c < 0xE0) {
        side_.push_back(static_cast<char16_t>(((c & 0x1F) << 6) | (p[1] & 0x3F)));
        p += 2;
      } else if (c < 0xF0) {
        side_.push_back(
            static_cast<char16_t>(((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F)));
        p += 3;
      } else {
        const uint32_t cp = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) |
                            (p[3] & 0x3F);
        side_.push_back(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
        side_.push_back(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
        p += 4;
      }
    }
  }

  void put(uint32_t w) { words_[size_++] = w; }
  void room(std::size_t n) {
    if (size_ + n > capacity_) [[unlikely]] {
      if (!grow(size_ + n)) std::abort();  // out of memory: as operator new would end
    }
  }
  bool grow(std::size_t need) {
    std::size_t cap = capacity_ < first_size_ ? first_size_ : capacity_;
    while (cap < need) cap *= 2;
    if (cap <= capacity_) return true;
    uint32_t* grown = nullptr;
    if (owned_) {
      grown = static_cast<uint32_t*>(std::realloc(words_, cap * sizeof(uint32_t)));
    } else {  // leave the caller's buffer: copy what it holds
      grown = static_cast<uint32_t*>(std::malloc(cap * sizeof(uint32_t)));
      if (grown != nullptr && size_ != 0) std::memcpy(grown, words_, size_ * sizeof(uint32_t));
    }
    if (grown == nullptr) return false;
    words_ = grown;
    capacity_ = cap;
    owned_ = true;
    return true;
  }

  std::string_view text_;
  bool loc_;
  bool ascii_;
  bool plain_;
  bool espree_;
  const LineIndex& index_;
  Utf16Cursor starts_;
  Utf16Cursor ends_;
  Utf16Cursor strings_;
  uint32_t* words_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
  bool owned_ = false;  // words_ is ours (malloc'd), not the caller's
  std::size_t first_size_ = 1024;  // the least a buffer of ours holds
  std::u16string side_;
  // The names of this encode, in a table whose memory is kept for the thread's next one.
  NameTable& names_ = thread_names();
  uint32_t depth_ = 0;
  bool ok_ = true;
  unsigned shift_unused_ = 0;  // a Name field's shift argument, which it leaves alone
};

template <bool Ts>
bool encode_as(const ParseResult& result, const EncodeOptions& options, Encoded& out) {
  const bool ascii = result.source().is_ascii();
  Encoder<Ts> encoder(result.source().text(), options, ascii,
                      ascii && !options.loc ? kNoIndex : result.line_index());
  // About one word per two source bytes on real code (as much again with tokens); grown by
  // doubling past it.
  const std::size_t bytes = result.source().size();
  if (!encoder.start(out.words, out.capacity, (options.tokens ? bytes : bytes / 2) + 1024)) {
    return false;
  }
  encoder.node(result.program());
  if (options.comments) encoder.comments(result.comments());
  if (options.tokens != nullptr) encoder.tokens(*options.tokens, result.source());
  if (!encoder.ok()) return false;
  encoder.take(out);
  return true;
}

}  // namespace

template <bool Ts>
bool encode_tokens_as(const SourceText& source, const TokenizeResult& result,
                      const EncodeOptions& options, Encoded& out) {
  const bool ascii = source.is_ascii();
  std::optional<LineIndex> index;
  if (!ascii || options.loc) index.emplace(source.text());
  Encoder<Ts> encoder(source.text(), options, ascii, index ? *index : kNoIndex);
  if (!encoder.start(out.words, out.capacity, source.size() + 1024)) return false;
  if (options.comments) encoder.comments(result.comments);
  encoder.tokens(result.tokens, source);
  encoder.take(out);
  return true;
}

bool encode(const ParseResult& result, const EncodeOptions& options, Encoded& out) {
  if (!result.ok()) return false;
  return options.typescript ? encode_as<true>(result, options, out)
                            : encode_as<false>(result, options, out);
}

bool encode_tokens(const SourceText& source, const TokenizeResult& result,
                   const EncodeOptions& options, Encoded& out) {
  return options.typescript ? encode_tokens_as<true>(source, result, options, out)
                            : encode_tokens_as<false>(source, result, options, out);
}

}  // namespace essa_node
