// --compare FILE...: other parsers' results over the same suite, in essa-test262's results
// format (test262-runner/peers/run-peers.mjs writes them), read for the dashboard's
// comparison columns and the list of tests where essa and most peers disagree.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

namespace essa::test262 {

struct PeerResults {
  std::string name;     // "acorn": the file's "parser", or "essa" for an essa results file
  std::string version;  // "acorn 8.19.0"
  std::string options;  // how the parser was configured, as the file says
  std::string date;
  std::string test262_commit;
  std::unordered_map<std::string, bool> passed;  // path -> the test passed
};

// Reads one results file. An essa-test262 file without "parser" is essa's own (an earlier
// essa run compared with this one).
bool load_peer_results(const std::filesystem::path& file, PeerResults& out, std::string& error);

// The peers' verdicts on one test: how many ran it and how many of those passed it.
struct PeerVotes {
  uint32_t ran = 0;
  uint32_t passed = 0;
  // True when more than half of the peers that ran the test have the other verdict.
  bool majority_against(bool essa_passed) const {
    const uint32_t against = essa_passed ? ran - passed : passed;
    return 2 * against > ran;
  }
};
PeerVotes votes_for(const std::vector<PeerResults>& peers, const std::string& path);

}  // namespace essa::test262
