// Where essa-parse writes: standard output, or -o FILE. What -o does depends on what FILE is:
// - a regular file, or a name that does not exist yet: a temporary file beside it
//   (".NAME.tmp-XXXXXX") is renamed over it at the end, so FILE is complete or untouched. An
//   existing file keeps its mode (and owner, where permitted); a symbolic link keeps
//   pointing at it, since its target is what is replaced. The rename gives FILE a new inode:
//   other hard links to the old file keep the old contents.
// - a character device (/dev/null, a terminal), a FIFO or a socket, and /dev/stdout,
//   /dev/stderr, /dev/fd/N: written directly, never replaced.
// - a directory, a block device, a dangling symbolic link: an error.
// The temporary file is removed on any error, and on SIGINT, SIGTERM and SIGHUP.
#pragma once

#include <sys/stat.h>

#include <cstdio>
#include <string>

namespace essa::cli {

class Output {
 public:
  Output() = default;
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  // Removes the temporary file unless commit() succeeded.
  ~Output();

  // Standard output when `path` is empty. On failure returns false with a message in `error`.
  bool open(const std::string& path, std::string& error);
  std::FILE* file() const { return file_; }
  // Flushes; for a replaced file, closes it and renames it over the target. On failure the
  // temporary file is removed and `error` says why.
  bool commit(std::string& error);
  // Drops the output: removes the temporary file (nothing to undo when written directly).
  void discard();

 private:
  bool open_direct(int fd, std::string& error);
  bool open_replacing(const std::string& target, const struct ::stat* existing, std::string& error);

  std::FILE* file_ = nullptr;
  bool owns_file_ = false;  // file_ is ours to close (not stdout)
  std::string name_;        // the target as given, for messages
  std::string target_;      // the file rename() replaces; empty when written directly
  std::string temp_;        // the temporary file while it exists
};

}  // namespace essa::cli
