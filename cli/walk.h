// The list of files a run parses: the arguments and --files-from entries, with directories
// walked recursively, --exclude applied, the goal of each file decided and --shard applied.
#pragma once

#include <cstdint>
#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

#include "goal.h"
#include "options.h"

namespace essa::cli {

struct InputFile {
  std::string path;  // as given, or the directory argument joined with the walked names
  Goal goal;
  uint64_t size;  // bytes, from stat when the list was made (0 for standard input, a pipe,
                  // and walked files unless sizes were asked for)
};

// A problem met while listing (an argument that does not exist, a symbolic link loop, an
// unreadable directory): a line for standard error, reported before file `before` of the list
// (the number of files listed when it was met). Listing goes on past it.
struct ListProblem {
  std::size_t before;
  std::string message;
};

struct FileList {
  std::vector<InputFile> files;
  uint64_t total_bytes = 0;
  std::vector<ListProblem> problems;
  bool failed = false;  // a problem that makes the run fail (status 2); loops are warnings
};

class FileFeed;

// The inputs of a run: the arguments, then the entries of --files-from. Returns false with
// `error` set when --files-from cannot be read.
bool collect_inputs(const Options& options, std::vector<std::string>& inputs, std::string& error);

// Lists the files of `inputs` into `feed`, then marks it complete. Directory entries are
// visited in byte order of their names, so the list, and the output, are the same on every
// run and every machine. A directory met again inside itself through a symbolic link is a
// loop: reported, not entered. --shard keeps its part of the whole list. `sizes`:
// InputFile::size of walked files (for the progress meter); without it they are 0, saving a
// stat per file.
void list_files(const Options& options, const std::vector<std::string>& inputs, bool sizes,
                FileFeed& feed);

// Writes the list as --list prints it: one {"file":NAME,"goal":GOAL} line per file. Returns
// false when writing failed.
bool write_file_list(const FileList& list, std::FILE* out);

// True when GLOB excludes the walked entry `name` (the entry's own name) at `path` (the path
// as listed): a glob without '/' matches names, a glob with '/' the whole path.
bool is_excluded(const std::vector<std::string>& globs, const std::string& name,
                 const std::string& path);

// Splits `text` (a --files-from list) into paths: NUL-separated when it holds a NUL byte,
// else one per line. Empty entries are dropped.
std::vector<std::string> split_file_list(std::string_view text);

}  // namespace essa::cli
