#include "walk.h"

#include <dirent.h>
#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include <nlohmann/json.hpp>

#include "extensions.h"
#include "file_feed.h"
#include "read_input.h"

namespace essa::cli {
namespace {

struct DirId {
  dev_t dev;
  ino_t ino;
  bool operator==(const DirId&) const = default;
};

class Walker {
 public:
  Walker(const Options& options, FileFeed& feed, bool sizes)
      : options_(options), feed_(feed), goals_(options.goal), sizes_(sizes) {}

  // One argument or --files-from entry: a file is taken whatever its extension, a
  // directory is walked.
  void add_argument(const std::string& path) {
    if (reads_stdin(path)) {
      add_file(path, 0);
      return;
    }
    struct stat info {};
    if (stat(path.c_str(), &info) != 0) {
      // Reading it reports the error, in its place in the output order.
      add_file(path, 0);
      return;
    }
    if (S_ISDIR(info.st_mode)) {
      walk(path, info);
    } else {
      add_file(path, S_ISREG(info.st_mode) ? static_cast<uint64_t>(info.st_size) : 0);
    }
  }

 private:
  void add_file(const std::string& path, uint64_t size) {
    // Round robin over the whole list: shard I keeps files I-1, I-1+N, ... (1-based I).
    const std::size_t index = seen_++;
    if (options_.shard_count > 0 && index % options_.shard_count != options_.shard_index - 1) {
      return;
    }
    feed_.add({path, goals_.goal_of(path), size});
  }

  void problem(std::string message, bool fails) { feed_.problem(std::move(message), fails); }

  void walk(const std::string& dir, const struct stat& info) {
    const DirId id{info.st_dev, info.st_ino};
    if (std::find(ancestors_.begin(), ancestors_.end(), id) != ancestors_.end()) {
      problem("essa-parse: warning: '" + dir + "' is a symbolic link loop; not walked", false);
      return;
    }
    DIR* handle = opendir(dir.c_str());
    if (handle == nullptr) {
      problem("essa-parse: cannot read directory '" + dir + "': " + std::strerror(errno), true);
      return;
    }
    std::vector<std::pair<std::string, unsigned char>> entries;
    errno = 0;
    while (const dirent* entry = readdir(handle)) {
      const std::string_view name = entry->d_name;
      if (name == "." || name == "..") continue;
      entries.emplace_back(std::string(name), entry->d_type);
    }
    closedir(handle);
    std::sort(entries.begin(), entries.end());
    ancestors_.push_back(id);
    const std::string prefix = dir.ends_with('/') ? dir : dir + "/";
    for (const auto& [name, type] : entries) {
      const std::string path = prefix + name;
      if (is_excluded(options_.excludes, name, path)) continue;
      // Regular files and directories are known from d_type; links and unknown types need a
      // stat, which follows the link.
      if (type == DT_REG) {
        if (!is_walked(name)) continue;
        // The size is for the progress meter only; a stat per file is a quarter of the walk.
        struct stat file {};
        const bool sized = sizes_ && stat(path.c_str(), &file) == 0;
        add_file(path, sized ? static_cast<uint64_t>(file.st_size) : 0);
        continue;
      }
      if (type != DT_DIR && type != DT_LNK && type != DT_UNKNOWN) continue;
      struct stat target {};
      if (stat(path.c_str(), &target) != 0) continue;  // a dangling link: nothing to parse
      if (S_ISDIR(target.st_mode)) {
        walk(path, target);
      } else if (S_ISREG(target.st_mode) && is_walked(name)) {
        add_file(path, static_cast<uint64_t>(target.st_size));
      }
    }
    ancestors_.pop_back();
  }

  const Options& options_;
  FileFeed& feed_;
  GoalDetector goals_;
  bool sizes_;            // stat walked files for their sizes
  std::size_t seen_ = 0;  // files listed, in all shards
  std::vector<DirId> ancestors_;  // the directories being walked, outermost first
};

}  // namespace

bool write_file_list(const FileList& list, std::FILE* out) {
  std::string line;
  for (const InputFile& file : list.files) {
    // A path that is not UTF-8 gets U+FFFD for its bad bytes: the line stays valid JSON.
    line = nlohmann::json(display_name(file.path))
               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    line.insert(0, "{\"file\":");
    line.append(",\"goal\":\"").append(goal_name(file.goal)).append("\"}\n");
    if (std::fwrite(line.data(), 1, line.size(), out) != line.size()) return false;
  }
  return std::fflush(out) == 0;
}

bool is_excluded(const std::vector<std::string>& globs, const std::string& name,
                 const std::string& path) {
  for (const std::string& glob : globs) {
    const bool whole_path = glob.find('/') != std::string::npos;
    if (fnmatch(glob.c_str(), whole_path ? path.c_str() : name.c_str(), 0) == 0) return true;
  }
  return false;
}

std::vector<std::string> split_file_list(std::string_view text) {
  const char separator = text.find('\0') != std::string_view::npos ? '\0' : '\n';
  std::vector<std::string> paths;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find(separator), text.size());
    if (end > 0) paths.emplace_back(text.substr(0, end));
    text.remove_prefix(std::min(end + 1, text.size()));
  }
  return paths;
}

bool collect_inputs(const Options& options, std::vector<std::string>& inputs, std::string& error) {
  inputs = options.files;
  if (options.files_from.empty()) return true;
  std::string text;
  if (!read_input(options.files_from, text, error)) return false;
  for (std::string& path : split_file_list(text)) inputs.push_back(std::move(path));
  return true;
}

void list_files(const Options& options, const std::vector<std::string>& inputs, bool sizes,
                FileFeed& feed) {
  Walker walker(options, feed, sizes);
  for (const std::string& input : inputs) walker.add_argument(input);
  feed.finish();
}

}  // namespace essa::cli
