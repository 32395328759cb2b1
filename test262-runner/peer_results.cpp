#include "peer_results.h"
#include "text_file.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace essa::test262 {

bool load_peer_results(const std::filesystem::path& file, PeerResults& out, std::string& error) {
  std::string text;
  if (!read_file(file, text)) {
    error = "cannot read " + file.string();
    return false;
  }
  const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  const auto text_of = [&](const char* key) {
    return json.is_object() && json.contains(key) && json[key].is_string()
               ? json[key].get<std::string>()
               : std::string();
  };
  if (json.is_discarded() || text_of("format") != "essa-test262-results" ||
      !json.contains("tests") || !json["tests"].is_array()) {
    error = file.string() + ": not an essa-test262 results file";
    return false;
  }
  out = PeerResults{};
  out.name = text_of("parser");
  out.version = text_of("parser_version");
  if (out.name.empty()) {
    out.name = "essa";
    out.version = "essa " + text_of("essa_version");
  }
  out.options = text_of("parser_options");
  out.date = text_of("date");
  out.test262_commit = text_of("test262_commit");
  out.passed.reserve(json["tests"].size());
  for (const nlohmann::json& test : json["tests"]) {
    if (!test.is_object() || !test.contains("path") || !test["path"].is_string()) {
      error = file.string() + ": a test without a path";
      return false;
    }
    const bool passed = test.contains("result") && test["result"] == "pass";
    out.passed[test["path"].get<std::string>()] = passed;
  }
  return true;
}

PeerVotes votes_for(const std::vector<PeerResults>& peers, const std::string& path) {
  PeerVotes votes;
  for (const PeerResults& peer : peers) {
    const auto it = peer.passed.find(path);
    if (it == peer.passed.end()) continue;
    ++votes.ran;
    votes.passed += it->second ? 1 : 0;
  }
  return votes;
}

}  // namespace essa::test262
