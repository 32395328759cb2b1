#!/usr/bin/env bash
# The library as a user gets it: installs BUILD_DIR (default build/release) into a temporary
# prefix, then, with g++ and with clang++, builds and runs the consumers against the installed
# tree only: the C example through pkg-config (libessa.so, and libessa.a with --static),
# examples/installed through find_package(essa) (C++ on libessa.a, C on libessa.so), and the
# Python module's tests on the installed libessa.so. Last, examples/subproject builds essa
# with add_subdirectory. Prints one line per check; the first failure stops it.
#   scripts/check-install.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$root/build/release}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
hello="$root/examples/hello.js"
say() { echo "check-install: $*"; }

cmake --install "$build" --prefix "$prefix" >/dev/null
for f in include/essa/essa.h include/essa/version.h include/essa/parse.h include/essa/nodes.def \
         lib/libessa.a lib/libessa.so lib/cmake/essa/essaConfig.cmake \
         lib/cmake/essa/essaConfigVersion.cmake lib/pkgconfig/essa.pc bin/essa-parse \
         lib/python3/site-packages/essa/__init__.py; do
  [[ -e $prefix/$f ]] || { echo "check-install: $f was not installed" >&2; exit 1; }
done
soname="$(readelf -d "$prefix/lib/libessa.so" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')"
[[ $soname == libessa.so.0 ]] || { echo "check-install: SONAME is '$soname'" >&2; exit 1; }
say "installed to a temporary prefix (SONAME $soname)"

export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
expected='^\{"type":"Program","start":0,'
for pair in gcc:g++ clang:clang++; do
  cc="${pair%%:*}" cxx="${pair##*:}"
  # C through pkg-config: libessa.so (found at run time through the rpath) ...
  # shellcheck disable=SC2046
  "$cc" -std=c99 -Wall -Wextra -pedantic -Werror "$root/examples/c/parse.c" \
    $(pkg-config --cflags --libs essa) -Wl,-rpath,"$prefix/lib" -o "$work/parse-$cc"
  "$work/parse-$cc" "$hello" | grep -Eq "$expected"
  # ... and libessa.a, which must hold real code for any compiler (not only GCC bytecode).
  # shellcheck disable=SC2046
  "$cc" -std=c99 $(pkg-config --cflags essa) "$root/examples/c/parse.c" \
    "$prefix/lib/libessa.a" $(pkg-config --static --libs-only-l essa | sed 's/-lessa//') \
    -o "$work/parse-static-$cc"
  "$work/parse-static-$cc" "$hello" --loc | grep -Eq "$expected"
  ! ldd "$work/parse-static-$cc" | grep -q libessa
  say "$cc: examples/c/parse.c with pkg-config, shared and static"

  cmake -S "$root/examples/installed" -B "$work/consumer-$cxx" -G Ninja \
    -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$work/consumer-$cxx" >/dev/null
  "$work/consumer-$cxx/walk" "$hello" | grep -q "line 2: <anonymous> (1 parameters)"
  "$work/consumer-$cxx/tokens" "$hello" | grep -Eq "Punctuator +[0-9]+"
  "$work/consumer-$cxx/parse_c" "$hello" | grep -Eq "$expected"
  say "$cxx: examples/installed with find_package(essa) (C++ on libessa.a, C on libessa.so)"
done

# Python: the installed package finds the installed libessa.so by itself.
(
  unset ESSA_LIBRARY
  export PYTHONPATH="$prefix/lib/python3/site-packages" PYTHONDONTWRITEBYTECODE=1
  cd "$root/bindings/python/tests"
  loaded="$(python3 -c 'import essa; print(essa.library_path())')"
  [[ $loaded == "$prefix/lib/"* ]] || { echo "check-install: Python loaded '$loaded'" >&2; exit 1; }
  python3 -m unittest -q test_essa 2>&1 | tail -n 1
)
say "python3: bindings/python's tests on the installed module and libessa.so"

cmake -S "$root/examples/subproject" -B "$work/subproject" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$work/subproject" >/dev/null
"$work/subproject/walk" "$hello" | grep -q "line 2: <anonymous> (1 parameters)"
"$work/subproject/parse_c" "$hello" | grep -Eq "$expected"
say "clang++: examples/subproject with add_subdirectory (library only, nothing leaked)"
