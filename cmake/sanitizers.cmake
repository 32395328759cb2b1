# ESSA_SANITIZE=ON builds everything with AddressSanitizer and UBSan; any report aborts.
# The flags are global so that every object, test and tool in the build agrees.
if(ESSA_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined
                   # A C program that links the C++ library needs UBSan's C++ part too,
                   # which needs the C++ runtime.
                   $<$<LINK_LANG_AND_ID:C,Clang>:-fsanitize-link-c++-runtime>
                   $<$<LINK_LANG_AND_ID:C,Clang>:-lstdc++>)
endif()
# ESSA_BUILD_FUZZ=ON instruments every object for libFuzzer's coverage feedback (without its
# main, which only the harnesses in fuzz/ link): a fuzzer sees the lexer's and the parser's
# branches, not just its own.
if(ESSA_BUILD_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "ESSA_BUILD_FUZZ needs clang (libFuzzer)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
