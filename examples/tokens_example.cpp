// Embedding essa: tokenize a file through the public API and count tokens per type.
//   essa-example-tokens FILE
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "essa/tokens.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s FILE\n", argv[0]);
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot open %s\n", argv[1]);
    return 2;
  }
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const essa::SourceText source = essa::SourceText::from_bytes(bytes);
  const essa::TokenizeResult result = essa::tokenize(source, {/*module=*/false});
  if (!result.ok()) {
    std::fprintf(stderr, "%s:%u:%u: SyntaxError: %s\n", argv[1], result.error->line,
                 result.error->column + 1, result.error->message.c_str());
    return 1;
  }
  std::map<std::string, int> counts;
  for (const essa::TokenRecord& t : result.tokens) ++counts[std::string(essa::token_type_name(t.type))];
  for (const auto& [type, n] : counts) std::printf("%-18s %d\n", type.c_str(), n);
  return 0;
}
