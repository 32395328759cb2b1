#include "read_input.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "essa/source.h"

namespace essa::cli {
namespace {

// Reads `file` to its end. A regular file is read in one call into a buffer of its size;
// a pipe grows the buffer as it goes.
bool read_all(std::FILE* file, std::string& bytes) {
  struct stat info {};
  std::size_t chunk = 64 * 1024;
  if (fstat(fileno(file), &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
    chunk = static_cast<std::size_t>(info.st_size) + 1;  // +1 sees the end in the same call
    // SourceText::adopt appends its padding: room for it now saves a copy of the file later.
    bytes.reserve(chunk + SourceText::kPadding);
  }
  std::size_t used = 0;
  for (;;) {
    bytes.resize(used + chunk);
    const std::size_t got = std::fread(bytes.data() + used, 1, chunk, file);
    used += got;
    if (got < chunk) break;
    chunk = used;  // double
  }
  bytes.resize(used);
  return std::ferror(file) == 0;
}

}  // namespace

bool read_input(const std::string& path, std::string& bytes, std::string& error) {
  const bool is_stdin = path.empty() || path == "-";
  std::FILE* file = is_stdin ? stdin : std::fopen(path.c_str(), "rb");
  const std::string name = is_stdin ? "<stdin>" : path;
  if (file == nullptr) {
    error = "cannot open '" + name + "': " + std::strerror(errno);
    return false;
  }
  errno = 0;
  const bool ok = read_all(file, bytes);
  const int read_errno = errno;
  if (!is_stdin) std::fclose(file);
  if (!ok) {
    error = "cannot read '" + name + "': " + std::strerror(read_errno != 0 ? read_errno : EIO);
    return false;
  }
  return true;
}

}  // namespace essa::cli

namespace essa::cli {

bool load_source(const std::string& path, std::string& bytes, std::string& error) {
  if (!read_input(path, bytes, error)) return false;
  if (bytes.size() > SourceText::kMaxSize) {
    const std::string name = path.empty() || path == "-" ? "<stdin>" : path;
    error = "'" + name + "' is too large: the limit is 4 GiB less 64 bytes";
    return false;
  }
  return true;
}

}  // namespace essa::cli
