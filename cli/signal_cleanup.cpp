#include "signal_cleanup.h"

#include <unistd.h>

#include <csignal>
#include <cstring>

namespace essa::cli {
namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
// Written before `armed` is set; the handler reads it only when armed (async-signal-safe:
// no allocation, only unlink and raise).
char g_path[4096];
volatile std::sig_atomic_t g_armed = 0;
bool g_installed = false;

void on_signal(int sig) {
  if (g_armed != 0) unlink(g_path);
  // SA_RESETHAND restored the default action; the signal, blocked while we run, is
  // delivered again when we return and ends the process as it would have.
  raise(sig);
}

void install() {
  if (g_installed) return;
  g_installed = true;
  for (const int sig : kSignals) {
    struct sigaction old {};
    sigaction(sig, nullptr, &old);
    if (old.sa_handler == SIG_IGN) continue;  // nohup and background jobs keep ignoring it
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    for (const int other : kSignals) sigaddset(&action.sa_mask, other);
    action.sa_flags = SA_RESETHAND;
    sigaction(sig, &action, nullptr);
  }
}

}  // namespace

bool remove_on_signal(const char* path) {
  const std::size_t size = std::strlen(path);
  if (size >= sizeof g_path) return false;
  g_armed = 0;
  std::memcpy(g_path, path, size + 1);
  install();
  g_armed = 1;
  return true;
}

void forget_on_signal() { g_armed = 0; }

}  // namespace essa::cli
