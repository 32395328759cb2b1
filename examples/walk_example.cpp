// Embedding essa: parse a file and walk the tree with the visitor. Prints every function
// (declaration, expression or arrow) with its line and parameter count, then the program's
// ESTree JSON size.
//   essa-example-walk FILE [--module]
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>

#include "essa/estree.h"
#include "essa/parse.h"
#include "essa/visit.h"

namespace {

struct FunctionLister : essa::Visitor<FunctionLister, const essa::Node> {
  const essa::LineIndex* lines = nullptr;
  int count = 0;

  void report(const essa::Node& fn, const essa::Node* id, uint32_t params) {
    const auto* name = essa::as<essa::Identifier>(id);
    std::printf("line %u: %.*s (%u parameters)\n", lines->line_of(fn.start),
                name ? static_cast<int>(name->name.size()) : 11,
                name ? name->name.data() : "<anonymous>", params);
    ++count;
  }
  void enter(const essa::FunctionDeclaration& f) { report(f, f.id, f.params.size); }
  void enter(const essa::FunctionExpression& f) { report(f, f.id, f.params.size); }
  void enter(const essa::ArrowFunctionExpression& f) { report(f, nullptr, f.params.size); }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE [--module]\n", argv[0]);
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot open %s\n", argv[1]);
    return 2;
  }
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  essa::ParseOptions options;
  options.module = argc > 2 && std::strcmp(argv[2], "--module") == 0;
  const essa::ParseResult result = essa::parse(bytes, options);
  if (!result.ok()) {
    const essa::SyntaxError& e = *result.error();
    std::fprintf(stderr, "%s:%u:%u: SyntaxError: %s\n", argv[1], e.line, e.column + 1,
                 e.message.c_str());
    return 1;
  }
  FunctionLister lister;
  lister.lines = &result.line_index();
  lister.walk(*result.program());
  std::printf("%d functions; ESTree JSON: %zu bytes\n", lister.count,
              essa::estree_json(result, {}).size());
  return 0;
}
