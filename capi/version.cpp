// The version compiled into the library, for programs to compare with the headers' macros.
#include "essa/version.h"

#include "essa/essa.h"

namespace essa {

const char* version() { return ESSA_VERSION_STRING; }
int version_number() { return ESSA_VERSION_NUMBER; }

}  // namespace essa

extern "C" const char* essa_version(void) { return ESSA_VERSION_STRING; }
extern "C" int essa_version_number(void) { return ESSA_VERSION_NUMBER; }
