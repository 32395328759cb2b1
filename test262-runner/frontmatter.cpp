#include "frontmatter.h"

namespace essa::test262 {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string_view unquote(std::string_view s) {
  s = trim(s);
  if (s.size() >= 2 && (s.front() == '\'' || s.front() == '"') && s.back() == s.front()) {
    s = s.substr(1, s.size() - 2);
  }
  return s;
}

// The items of a flow list body (the text between `[` and `]`).
void split_flow_list(std::string_view body, std::vector<std::string>& out) {
  while (!body.empty()) {
    const size_t comma = body.find(',');
    const std::string_view item = unquote(body.substr(0, comma));
    if (!item.empty()) out.emplace_back(item);
    if (comma == std::string_view::npos) break;
    body.remove_prefix(comma + 1);
  }
}

enum class Key { Other, Flags, Features, Negative };

Key key_of(std::string_view name) {
  if (name == "flags") return Key::Flags;
  if (name == "features") return Key::Features;
  if (name == "negative") return Key::Negative;
  return Key::Other;
}

void set_negative_field(Frontmatter& meta, std::string_view name, std::string_view value) {
  if (name == "phase") meta.negative_phase = unquote(value);
  if (name == "type") meta.negative_type = unquote(value);
}

// `phase: parse, type: SyntaxError` (the inside of a flow mapping) or one `name: value`.
void read_negative_pairs(Frontmatter& meta, std::string_view text) {
  std::vector<std::string> pairs;
  split_flow_list(text, pairs);
  for (const std::string& pair : pairs) {
    const size_t colon = pair.find(':');
    if (colon == std::string::npos) continue;
    set_negative_field(meta, trim(std::string_view(pair).substr(0, colon)),
                       std::string_view(pair).substr(colon + 1));
  }
}

void apply_flags(Frontmatter& meta) {
  for (const std::string& flag : meta.flags) {
    if (flag == "module") meta.module = true;
    if (flag == "onlyStrict") meta.only_strict = true;
    if (flag == "noStrict") meta.no_strict = true;
    if (flag == "raw") meta.raw = true;
  }
}

}  // namespace

Frontmatter parse_frontmatter(std::string_view source) {
  Frontmatter meta;
  const size_t open = source.find("/*---");
  if (open == std::string_view::npos) return meta;
  const size_t body_start = open + 5;
  const size_t close = source.find("---*/", body_start);
  if (close == std::string_view::npos) return meta;
  meta.found = true;
  std::string_view body = source.substr(body_start, close - body_start);

  Key key = Key::Other;
  std::string pending_flow;  // a flow list that continues on the next lines
  while (!body.empty()) {
    const size_t newline = body.find('\n');
    std::string_view line = body.substr(0, newline);
    body.remove_prefix(newline == std::string_view::npos ? body.size() : newline + 1);
    while (!line.empty() && is_space(line.back())) line.remove_suffix(1);

    std::vector<std::string>* list = key == Key::Flags      ? &meta.flags
                                     : key == Key::Features ? &meta.features
                                                            : nullptr;
    if (!pending_flow.empty()) {
      pending_flow.append(line);
      const size_t end = pending_flow.find(']');
      if (end == std::string::npos) continue;
      if (list) split_flow_list(std::string_view(pending_flow).substr(1, end - 1), *list);
      pending_flow.clear();
      continue;
    }
    if (line.empty()) continue;

    if (is_space(line.front()) || line.front() == '-') {
      // Inside the current key: a block list item, a mapping entry, or a multi-line scalar.
      const std::string_view inner = trim(line);
      if (list && inner.size() >= 1 && inner.front() == '-') {
        const std::string_view item = unquote(inner.substr(1));
        if (!item.empty()) list->emplace_back(item);
      } else if (key == Key::Negative) {
        const size_t colon = inner.find(':');
        if (colon != std::string_view::npos) {
          set_negative_field(meta, trim(inner.substr(0, colon)), inner.substr(colon + 1));
        }
      }
      continue;
    }

    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      key = Key::Other;
      continue;
    }
    key = key_of(trim(line.substr(0, colon)));
    const std::string_view value = trim(line.substr(colon + 1));
    if (key == Key::Other || value.empty()) continue;
    if (key == Key::Negative) {
      if (value.front() == '{') {
        const size_t end = value.find('}');
        read_negative_pairs(meta, value.substr(1, end == std::string_view::npos ? end : end - 1));
      }
      continue;
    }
    std::vector<std::string>& values = key == Key::Flags ? meta.flags : meta.features;
    if (value.front() == '[') {
      const size_t end = value.find(']');
      if (end == std::string_view::npos) {
        pending_flow.assign(value);
        pending_flow.push_back(' ');
      } else {
        split_flow_list(value.substr(1, end - 1), values);
      }
    } else {
      values.emplace_back(unquote(value));  // a single plain scalar
    }
  }
  apply_flags(meta);
  return meta;
}

std::string_view mode_name(Mode mode) {
  switch (mode) {
    case Mode::Sloppy:
      return "sloppy";
    case Mode::Strict:
      return "strict";
    case Mode::Module:
      return "module";
  }
  return "?";
}

Modes modes_for(const Frontmatter& meta) {
  Modes modes;
  if (meta.module) {
    modes.mode[0] = Mode::Module;
    modes.count = 1;
  } else if (meta.raw || meta.no_strict) {
    modes.mode[0] = Mode::Sloppy;
    modes.count = 1;
  } else if (meta.only_strict) {
    modes.mode[0] = Mode::Strict;
    modes.count = 1;
  } else {
    modes.mode[0] = Mode::Sloppy;
    modes.mode[1] = Mode::Strict;
    modes.count = 2;
  }
  return modes;
}

}  // namespace essa::test262
