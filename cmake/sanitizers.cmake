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
