// Removes the output's temporary file when SIGINT, SIGTERM or SIGHUP ends the process, then
// lets the signal end it as it would have (status and core as without the handler).
#pragma once

namespace essa::cli {

// From now on, one of those signals removes `path` first. False when the path is too long
// to keep (the caller then has no protection and should not go on).
bool remove_on_signal(const char* path);
// The temporary file is gone or renamed: a signal must not touch the path any more.
void forget_on_signal();

}  // namespace essa::cli
