#include "output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace essa::cli {
namespace {

std::string describe(const std::string& what, const std::string& path, int err) {
  return what + " '" + path + "': " + std::strerror(err != 0 ? err : EIO);
}

}  // namespace

Output::~Output() { discard(); }

bool Output::open(const std::string& path, std::string& error) {
  if (path.empty()) {
    file_ = stdout;
    return true;
  }
  target_ = path;
  // Same directory as the target, so that rename() replaces it in one step.
  const std::size_t slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  std::string pattern = dir + "." + base + ".tmp-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = mkstemp(name.data());
  if (fd < 0) {
    error = describe("cannot create a temporary file for", path, errno);
    return false;
  }
  temp_ = name.data();
  // mkstemp makes the file 0600; give it the mode a plain create would (0666 less umask).
  const mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  file_ = fdopen(fd, "wb");
  if (file_ == nullptr) {
    error = describe("cannot open", temp_, errno);
    close(fd);
    discard();
    return false;
  }
  return true;
}

bool Output::commit(std::string& error) {
  if (target_.empty()) {
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
      error = describe("cannot write", "<stdout>", errno);
      return false;
    }
    return true;
  }
  if (file_ == nullptr) return false;
  errno = 0;
  bool ok = std::fflush(file_) == 0 && std::ferror(file_) == 0;
  int err = errno;
  const bool closed = std::fclose(file_) == 0;
  if (ok && !closed) err = errno;
  ok = ok && closed;
  file_ = nullptr;
  if (ok && std::rename(temp_.c_str(), target_.c_str()) != 0) {
    ok = false;
    err = errno;
  }
  if (!ok) {
    error = describe("cannot write", target_, err);
    discard();
    return false;
  }
  temp_.clear();
  return true;
}

void Output::discard() {
  if (file_ != nullptr && file_ != stdout) std::fclose(file_);
  file_ = nullptr;
  if (!temp_.empty()) {
    unlink(temp_.c_str());
    temp_.clear();
  }
}

}  // namespace essa::cli
