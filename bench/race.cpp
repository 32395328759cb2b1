// essa-bench-race: essa's side of the race (bench/race/run-race.sh). For every file of the
// corpus list it times, in process, one warm-up and then `--runs` passes of
//   parse      bytes -> AST in the arena (reused between passes), nothing printed
//   json       the same, then the ESTree JSON text in memory
//   json_loc   the same with loc and range on every node
// and prints one JSON object with the median of each, in MB/s (10^6 bytes per second).
// json and json_loc write TS-ESTree for TypeScript files (a list line with a lang).
//   essa-bench-race [--runs N] [--quick] CORPUS_DIR CORPUS_LIST
//   essa-bench-race --parse-once FILE [--module]   (one parse, for peak-RSS measurements)
// --quick is one pass per file and no warm-up: it only checks that every file parses.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "essa/estree.h"
#include "essa/parse.h"

namespace {

struct Entry {
  std::string name;
  std::string file;  // relative to the corpus directory
  bool module = false;
  bool jsx = false;  // goal jsx: a module with ParseOptions::jsx (bench/corpus-jsx.txt)
  bool typescript = false;  // lang ts, tsx (with jsx) or dts (with dts)
  bool dts = false;
};

// Reads a whole file into `out`, with room left for SourceText's padding (see adopt).
bool read_file(const std::string& path, std::string& out) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  if (std::fseek(f, 0, SEEK_END) == 0) {
    const long size = std::ftell(f);
    if (size > 0) out.reserve(static_cast<size_t>(size) + essa::SourceText::kPadding);
    std::rewind(f);
  }
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  const bool ok = !std::ferror(f);
  std::fclose(f);
  return ok;
}

// corpus.txt: `name path-in-node_modules goal`; fetch-corpus.sh names the copy name.js,
// name.mjs or (goal jsx) name.jsx. A fourth field, the lang (ts, tsx or dts), makes a
// TypeScript entry whose name is the file itself (the TypeScript race's list,
// bench/race/node-race.mjs --ts --select).
bool read_list(const std::string& path, std::vector<Entry>& entries) {
  std::string text;
  if (!read_file(path, text)) return false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + pos, end - pos);
    pos = end + 1;
    if (line.empty() || line[0] == '#') continue;
    std::string_view fields[4];
    size_t count = 0;
    size_t i = 0;
    while (i < line.size() && count < 4) {
      while (i < line.size() && line[i] == ' ') ++i;
      const size_t start = i;
      while (i < line.size() && line[i] != ' ') ++i;
      if (i > start) fields[count++] = line.substr(start, i - start);
    }
    if (count < 3 || (fields[2] != "module" && fields[2] != "script" && fields[2] != "jsx")) {
      return false;
    }
    Entry e;
    e.name = std::string(fields[0]);
    e.jsx = fields[2] == "jsx";
    e.module = e.jsx || fields[2] == "module";
    e.file = e.name + (e.jsx ? ".jsx" : e.module ? ".mjs" : ".js");
    if (count == 4) {
      const std::string_view lang = fields[3];
      if (lang != "ts" && lang != "tsx" && lang != "dts") return false;
      e.typescript = true;
      e.jsx = e.jsx || lang == "tsx";
      e.dts = lang == "dts";
      e.file = e.name;
    }
    entries.push_back(std::move(e));
  }
  return true;
}

void append_number(std::string& out, double value) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, 2);
  out.append(buf, r.ptr);
}

void append_number(std::string& out, size_t value) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, r.ptr);
}

enum class Mode { Parse, Json, JsonLocRange };

// Seconds of one pass; negative when the file does not parse.
double one_pass(const std::string& bytes, const Entry& entry, Mode mode, essa::Arena& arena,
                std::string& json) {
  essa::ParseOptions options;
  options.module = entry.module;
  options.jsx = entry.jsx;
  options.typescript = entry.typescript;
  options.dts = entry.dts;
  const auto start = std::chrono::steady_clock::now();
  essa::ParseResult result = essa::parse(essa::SourceText::from_bytes(bytes), options, std::move(arena));
  if (!result.ok()) return -1;
  if (mode != Mode::Parse) {
    essa::EstreeOptions estree;
    estree.loc = estree.range = mode == Mode::JsonLocRange;
    estree.typescript = entry.typescript;
    // One buffer reused between passes, as a long-lived tool would keep it.
    json.clear();
    essa::write_estree(
        [](void* ctx, const char* data, size_t n) { static_cast<std::string*>(ctx)->append(data, n); },
        &json, result, estree);
  }
  const auto stop = std::chrono::steady_clock::now();
  arena = result.take_arena();
  return std::chrono::duration<double>(stop - start).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const size_t m = v.size() / 2;
  return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

int usage() {
  std::fputs("usage: essa-bench-race [--runs N] [--quick] CORPUS_DIR CORPUS_LIST\n"
             "       essa-bench-race --parse-once FILE [--module]\n",
             stderr);
  return 2;
}

int parse_once(const std::string& path, bool module) {
  std::string bytes;
  if (!read_file(path, bytes)) {
    std::fprintf(stderr, "essa-bench-race: cannot read %s\n", path.c_str());
    return 1;
  }
  essa::ParseOptions options;
  options.module = module;
  // As essa-parse does: the parse takes the bytes over, so the file is in memory once.
  essa::ParseResult result = essa::parse(essa::SourceText::adopt(bytes), options);
  return result.ok() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 7;
  bool quick = false;
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) {
      const std::string_view v = argv[++i];
      if (std::from_chars(v.data(), v.data() + v.size(), runs).ec != std::errc() || runs < 1)
        return usage();
    } else if (arg == "--quick") {
      quick = true;
    } else if (arg == "--parse-once" && i + 1 < argc) {
      const std::string path = argv[++i];
      const bool module = i + 1 < argc && std::string_view(argv[i + 1]) == "--module";
      return parse_once(path, module);
    } else if (!arg.empty() && arg[0] == '-') {
      return usage();
    } else {
      positional.emplace_back(arg);
    }
  }
  if (positional.size() != 2) return usage();
  if (quick) runs = 1;
  std::vector<Entry> entries;
  if (!read_list(positional[1], entries)) {
    std::fprintf(stderr, "essa-bench-race: cannot read corpus list %s\n", positional[1].c_str());
    return 1;
  }
  static constexpr const char* kModeNames[] = {"parse", "json", "json_loc"};
  essa::Arena arena;
  std::string json;
  std::string out = "{\"runs\":";
  append_number(out, static_cast<size_t>(runs));
  out += ",\"files\":[";
  bool failed = false;
  for (size_t f = 0; f < entries.size(); ++f) {
    const Entry& e = entries[f];
    std::string bytes;
    if (!read_file(positional[0] + "/" + e.file, bytes)) {
      std::fprintf(stderr, "essa-bench-race: cannot read %s (run bench/fetch-corpus.sh)\n",
                   e.file.c_str());
      return 1;
    }
    if (f) out += ',';
    out += "\n{\"name\":\"" + e.name + "\",\"bytes\":";
    append_number(out, bytes.size());
    for (int m = 0; m < 3; ++m) {
      const Mode mode = static_cast<Mode>(m);
      std::vector<double> times;
      for (int r = quick ? 0 : -1; r < runs; ++r) {  // r == -1 is the warm-up
        const double t = one_pass(bytes, e, mode, arena, json);
        if (t < 0) break;
        if (r >= 0) times.push_back(t);
      }
      if (times.empty()) {
        std::fprintf(stderr, "essa-bench-race: %s does not parse\n", e.file.c_str());
        failed = true;
        break;
      }
      out += ",\"";
      out += kModeNames[m];
      out += "\":";
      append_number(out, static_cast<double>(bytes.size()) / 1e6 / median(times));
      if (mode == Mode::Json) {
        out += ",\"json_bytes\":";
        append_number(out, json.size());
      }
    }
    out += '}';
  }
  out += "\n]}\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
  return failed ? 1 : 0;
}
