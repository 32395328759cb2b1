// Comment attachment after the parse, by Babel's rules (babel-parser src/parser/comments.ts):
//
// - Comments separated only by white space form one group, which covers the white space from
//   the end of the token before it to the start of the token after it.
// - Nodes "finish" in the order a recursive-descent parser completes them: children before
//   their parent, in source order. When a node finishes, a group starting where it ends gets
//   it as its node before (the last such node wins: the outermost); a group ending where it
//   starts gets it as its node after; a group inside it gets it as container and is settled.
// - Settling a group: its comments trail the node before and lead the node after; with
//   neither, they are inner comments of the container, except that after a comma in a list
//   (arguments, elements, properties, parameters, specifiers) they trail the last element.
// - A parenthesized expression also takes the groups just outside its parentheses.
//
// Babel does this while parsing; here it is one walk over the finished tree, so the parser
// pays nothing for it.
#include <algorithm>
#include <unordered_set>
#include <vector>

#include "essa/ast.h"
#include "essa/comments.h"
#include "essa/visit.h"
#include "unicode.h"
#include "utf8.h"

namespace essa {
namespace {

bool is_space_code_point(uint32_t cp) {
  return cp == 0x2028 || cp == 0x2029 || unicode::is_whitespace(cp);
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Past the white space and line terminators starting at pos.
uint32_t skip_space_forward(std::string_view text, uint32_t pos) {
  while (pos < text.size()) {
    const char c = text[pos];
    if (is_ascii_space(c)) {
      ++pos;
      continue;
    }
    if (static_cast<uint8_t>(c) < 0x80) break;
    uint32_t cp = 0;
    const uint32_t len = utf8::decode(text.data() + pos, cp);
    if (!is_space_code_point(cp)) break;
    pos += len;
  }
  return pos;
}

// Back over the white space and line terminators that end at pos.
uint32_t skip_space_backward(std::string_view text, uint32_t pos) {
  while (pos > 0) {
    const char c = text[pos - 1];
    if (is_ascii_space(c)) {
      --pos;
      continue;
    }
    if (static_cast<uint8_t>(c) < 0x80) break;
    uint32_t lead = pos - 1;
    while (lead > 0 && (static_cast<uint8_t>(text[lead]) & 0xC0) == 0x80) --lead;
    uint32_t cp = 0;
    utf8::decode(text.data() + lead, cp);
    if (!is_space_code_point(cp)) break;
    pos = lead;
  }
  return pos;
}

// Babel's CommentWhitespace.
struct Group {
  uint32_t start = 0;  // the end of the token before
  uint32_t end = 0;    // the start of the token after
  uint32_t first = 0;  // comment indexes [first, last]
  uint32_t last = 0;
  const Node* before = nullptr;  // Babel's leadingNode: the comments trail it
  const Node* after = nullptr;   // trailingNode: the comments lead it
  const Node* container = nullptr;
};

class Attacher {
 public:
  Attacher(std::span<const Comment> comments, std::string_view text)
      : comments_(comments), text_(text) {
    for (uint32_t i = 0; i < comments.size(); ++i) {
      if (comments[i].kind == CommentKind::Hashbang) continue;  // Babel's interpreter, a token
      const uint32_t joined = groups_.empty() ? 0 : skip_space_forward(text, comments[groups_.back().last].span.end);
      if (!groups_.empty() && joined == comments[i].span.start) {
        groups_.back().last = i;
      } else {
        groups_.push_back({skip_space_backward(text, comments[i].span.start), 0, i, i});
      }
    }
    for (Group& g : groups_) g.end = skip_space_forward(text, comments[g.last].span.end);
  }

  CommentAttachment run(const Node& root) {
    walk(root);
    // Babel's File node, around the Program, settles whatever is left.
    for (size_t i = stack_.size(); i-- > 0;) settle(groups_[stack_[i]]);
    return std::move(result_);
  }

 private:
  // Children first, in source order (nodes.def's field order is acorn's key order, which puts
  // a label after its body), then the node itself; a node reached twice (a shorthand
  // property's key and value) finishes once.
  void walk(const Node& n) {
    const size_t mark = scratch_.size();
    for_each_child(n, [this](const Node& child) { scratch_.push_back(&child); });
    std::stable_sort(scratch_.begin() + static_cast<std::ptrdiff_t>(mark), scratch_.end(),
                     [](const Node* a, const Node* b) { return a->start < b->start; });
    for (size_t i = mark; i < scratch_.size(); ++i) {
      const Node* child = scratch_[i];
      if (seen_.insert(child).second) walk(*child);
    }
    scratch_.resize(mark);
    finish(n);
  }

  // The groups Babel's lexer has met by the time a node ending at `end` finishes: it has
  // already scanned the token after the node, and the white space before that token.
  void reach(uint32_t end) {
    while (next_ < groups_.size() && groups_[next_].start <= end) stack_.push_back(next_++);
  }

  // Babel's processComment.
  void finish(const Node& n) {
    // Babel finishes a TemplateElement at the end of its token, past the `${` or the closing
    // backtick, and only then moves its end back to acorn's.
    uint32_t end = n.end;
    if (n.kind == NodeKind::TemplateElement) {
      end += static_cast<const TemplateElement&>(n).tail ? 1 : 2;
    }
    reach(end);
    if (stack_.empty()) return;
    size_t i = stack_.size();
    if (groups_[stack_[i - 1]].start == end) {
      groups_[stack_[i - 1]].before = &n;
      --i;
    }
    while (i-- > 0) {
      Group& g = groups_[stack_[i]];
      if (g.end > n.start) {
        g.container = &n;
        settle(g);
        stack_.erase(stack_.begin() + static_cast<std::ptrdiff_t>(i));
      } else {
        if (g.end == n.start) g.after = &n;
        break;
      }
    }
    if (n.parenthesized()) take_surrounding(n);
  }

  // Babel's takeSurroundingComments for `( expression )`: the groups that end at the `(` or
  // start after the `)` belong to the expression.
  void take_surrounding(const Node& n) {
    const uint32_t open = paren_before(n.start);
    const uint32_t close = paren_after(n.end);
    if (open == kNone || close == kNone) return;
    reach(close);
    for (size_t i = stack_.size(); i-- > 0;) {
      Group& g = groups_[stack_[i]];
      if (g.start == close) {
        g.before = &n;
      } else if (g.end == open) {
        g.after = &n;
      } else if (g.end < open) {
        break;
      }
    }
  }

  static constexpr uint32_t kNone = 0xFFFFFFFF;

  // The offset of the `(` before pos (white space and comments between), or kNone.
  uint32_t paren_before(uint32_t pos) const {
    for (;;) {
      pos = skip_space_backward(text_, pos);
      const uint32_t c = comment_ending_at(pos);
      if (c == kNone) break;
      pos = comments_[c].span.start;
    }
    return pos > 0 && text_[pos - 1] == '(' ? pos - 1 : kNone;
  }
  // The offset just past the `)` after pos, or kNone.
  uint32_t paren_after(uint32_t pos) const {
    for (;;) {
      pos = skip_space_forward(text_, pos);
      const uint32_t c = comment_starting_at(pos);
      if (c == kNone) break;
      pos = comments_[c].span.end;
    }
    return pos < text_.size() && text_[pos] == ')' ? pos + 1 : kNone;
  }
  uint32_t comment_ending_at(uint32_t pos) const {
    const auto it = std::lower_bound(comments_.begin(), comments_.end(), pos,
                                     [](const Comment& c, uint32_t p) { return c.span.end < p; });
    return it != comments_.end() && it->span.end == pos ? static_cast<uint32_t>(it - comments_.begin()) : kNone;
  }
  uint32_t comment_starting_at(uint32_t pos) const {
    const auto it = std::lower_bound(comments_.begin(), comments_.end(), pos,
                                     [](const Comment& c, uint32_t p) { return c.span.start < p; });
    return it != comments_.end() && it->span.start == pos ? static_cast<uint32_t>(it - comments_.begin()) : kNone;
  }

  // Babel prepends (unshift): groups are settled innermost and last first.
  static void prepend(std::vector<uint32_t>& list, const Group& g) {
    std::vector<uint32_t> ids;
    for (uint32_t i = g.first; i <= g.last; ++i) ids.push_back(i);
    list.insert(list.begin(), ids.begin(), ids.end());
  }

  // Babel's finalizeComment.
  void settle(const Group& g) {
    if (g.before != nullptr || g.after != nullptr) {
      if (g.before != nullptr) prepend(result_.of(*g.before).trailing, g);
      if (g.after != nullptr) prepend(result_.of(*g.after).leading, g);
      return;
    }
    const Node& n = *g.container;
    if (g.start > 0 && text_[g.start - 1] == ',') {
      if (const NodeList* list = list_after_comma(n)) {
        const Node* last = nullptr;
        for (uint32_t i = list->size; last == nullptr && i > 0;) last = (*list)[--i];
        if (last != nullptr && last->start <= g.start) {
          prepend(result_.of(*last).trailing, g);
          return;
        }
      } else if (n.kind == NodeKind::ImportExpression) {
        const auto& call = static_cast<const ImportExpression&>(n);
        const Node* last = call.options != nullptr ? call.options : call.source;
        if (last != nullptr && last->start <= g.start) {
          prepend(result_.of(*last).trailing, g);
          return;
        }
      }
    }
    prepend(result_.of(n).inner, g);
  }

  // The list whose trailing comma a comment group may follow (Babel's adjustInnerComments).
  static const NodeList* list_after_comma(const Node& n) {
    switch (partial(n.kind)) {
      case partial(NodeKind::ObjectExpression):
        return &static_cast<const ObjectExpression&>(n).properties;
      case partial(NodeKind::ObjectPattern):
        return &static_cast<const ObjectPattern&>(n).properties;
      case partial(NodeKind::CallExpression):
        return &static_cast<const CallExpression&>(n).arguments;
      case partial(NodeKind::NewExpression): return &static_cast<const NewExpression&>(n).arguments;
      case partial(NodeKind::FunctionDeclaration):
        return &static_cast<const FunctionDeclaration&>(n).params;
      case partial(NodeKind::FunctionExpression):
        return &static_cast<const FunctionExpression&>(n).params;
      case partial(NodeKind::ArrowFunctionExpression):
        return &static_cast<const ArrowFunctionExpression&>(n).params;
      case partial(NodeKind::ArrayExpression):
        return &static_cast<const ArrayExpression&>(n).elements;
      case partial(NodeKind::ArrayPattern): return &static_cast<const ArrayPattern&>(n).elements;
      case partial(NodeKind::ExportNamedDeclaration):
        return &static_cast<const ExportNamedDeclaration&>(n).specifiers;
      case partial(NodeKind::ImportDeclaration):
        return &static_cast<const ImportDeclaration&>(n).specifiers;
    }
    return nullptr;  // every other node (a new kind too) has no such list
  }

  std::span<const Comment> comments_;
  std::string_view text_;
  std::vector<Group> groups_;
  size_t next_ = 0;             // the next group the walk has not reached
  std::vector<size_t> stack_;   // Babel's commentStack: groups reached, not yet settled
  std::vector<const Node*> scratch_;
  std::unordered_set<const Node*> seen_;
  CommentAttachment result_;
};

}  // namespace

CommentAttachment attach_comments(const Node& root, std::span<const Comment> comments,
                                  std::string_view text) {
  if (comments.empty()) return {};
  return Attacher(comments, text).run(root);
}

}  // namespace essa
