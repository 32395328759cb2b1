#include "output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "signal_cleanup.h"

namespace essa::cli {
namespace {

std::string describe(const std::string& what, const std::string& path, int err) {
  return what + " '" + path + "': " + std::strerror(err != 0 ? err : EIO);
}

// The descriptor a standard stream name stands for (/dev/stdout, /dev/fd/3,
// /proc/self/fd/3), or -1. Writing to it directly keeps what the shell set up (a pipe, a
// terminal, a file opened for appending), where replacing the name would break it.
int descriptor_named(const std::string& path) {
  if (path == "/dev/stdout") return STDOUT_FILENO;
  if (path == "/dev/stderr") return STDERR_FILENO;
  for (const char* prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    const std::size_t n = std::strlen(prefix);
    if (path.size() > n && path.compare(0, n, prefix) == 0 && path.size() - n < 9 &&
        path.find_first_not_of("0123456789", n) == std::string::npos) {
      return std::atoi(path.c_str() + n);
    }
  }
  return -1;
}

}  // namespace

Output::~Output() { discard(); }

bool Output::open(const std::string& path, std::string& error) {
  name_ = path;
  if (path.empty()) {
    file_ = stdout;
    return true;
  }
  if (const int fd = descriptor_named(path); fd >= 0) {
    if (fd == STDOUT_FILENO) {
      file_ = stdout;
      return true;
    }
    const int copy = fcntl(fd, F_DUPFD_CLOEXEC, 3);
    if (copy < 0) {
      error = describe("cannot write to", path, errno);
      return false;
    }
    return open_direct(copy, error);
  }
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) {
    const int err = errno;
    struct stat link {};
    if (err == ENOENT && lstat(path.c_str(), &link) == 0) {
      error = "cannot write '" + path + "': a symbolic link to nothing";
      return false;
    }
    if (err != ENOENT) {
      error = describe("cannot write", path, err);
      return false;
    }
    return open_replacing(path, nullptr, error);  // a new file
  }
  if (S_ISDIR(info.st_mode)) {
    error = "cannot write '" + path + "': Is a directory";
    return false;
  }
  if (S_ISBLK(info.st_mode)) {
    error = "cannot write '" + path + "': a block device (refusing to write JSON to a disk)";
    return false;
  }
  if (!S_ISREG(info.st_mode)) {
    // A character device, FIFO or socket: written in place, never replaced. Opening a FIFO
    // waits for its reader.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
      error = describe("cannot write", path, errno);
      return false;
    }
    return open_direct(fd, error);
  }
  // A regular file, perhaps through symbolic links: replace what they point at.
  char resolved[PATH_MAX];
  if (realpath(path.c_str(), resolved) == nullptr) {
    error = describe("cannot write", path, errno);
    return false;
  }
  return open_replacing(resolved, &info, error);
}

bool Output::open_direct(int fd, std::string& error) {
  file_ = fdopen(fd, "wb");
  if (file_ == nullptr) {
    error = describe("cannot write", name_, errno);
    close(fd);
    return false;
  }
  owns_file_ = true;
  return true;
}

bool Output::open_replacing(const std::string& target, const struct ::stat* existing,
                            std::string& error) {
  target_ = target;
  // Same directory as the target, so that rename() replaces it in one step.
  const std::size_t slash = target.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : target.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? target : target.substr(slash + 1);
  const std::string pattern = dir + "." + base + ".tmp-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) {
    error = describe("cannot create a temporary file for", name_, errno);
    return false;
  }
  temp_ = name.data();
  if (!remove_on_signal(temp_.c_str())) {
    close(fd);
    discard();
    error = "cannot write '" + name_ + "': its path is too long";
    return false;
  }
  if (existing != nullptr) {
    // Keep the file's owner where we may (as root) and its mode, set-id bits included.
    if (existing->st_uid != geteuid() || existing->st_gid != getegid()) {
      [[maybe_unused]] const int ignored = fchown(fd, existing->st_uid, existing->st_gid);
    }
    fchmod(fd, existing->st_mode & 07777);
  } else {
    // mkstemp makes the file 0600; give it the mode a plain create would (0666 less umask).
    const mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
  }
  file_ = fdopen(fd, "wb");
  if (file_ == nullptr) {
    error = describe("cannot open", temp_, errno);
    close(fd);
    discard();
    return false;
  }
  owns_file_ = true;
  return true;
}

bool Output::commit(std::string& error) {
  if (file_ == nullptr) return false;
  errno = 0;
  bool ok = std::fflush(file_) == 0 && std::ferror(file_) == 0;
  int err = errno;
  if (owns_file_) {
    const bool closed = std::fclose(file_) == 0;
    if (ok && !closed) err = errno;
    ok = ok && closed;
    file_ = nullptr;
    owns_file_ = false;
  }
  if (ok && !temp_.empty() && std::rename(temp_.c_str(), target_.c_str()) != 0) {
    ok = false;
    err = errno;
  }
  if (!ok) {
    error = describe("cannot write", name_.empty() ? "<stdout>" : name_, err);
    discard();
    return false;
  }
  forget_on_signal();
  temp_.clear();
  return true;
}

void Output::discard() {
  if (file_ != nullptr && owns_file_) std::fclose(file_);
  file_ = nullptr;
  owns_file_ = false;
  if (!temp_.empty()) {
    unlink(temp_.c_str());
    forget_on_signal();
    temp_.clear();
  }
}

}  // namespace essa::cli
