# Warnings for every essa target (C++ and C): -Wall -Wextra, and -Werror when ESSA_WERROR is on
# (CI).
function(essa_apply_options target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-unused-parameter
                         $<$<COMPILE_LANG_AND_ID:CXX,GNU>:-Wshadow=local>
                         $<$<COMPILE_LANG_AND_ID:CXX,Clang>:-Wshadow-uncaptured-local>
                         $<$<COMPILE_LANG_AND_ID:C,GNU>:-Wshadow=local>
                         $<$<COMPILE_LANG_AND_ID:C,Clang>:-Wshadow-uncaptured-local>)
  if(ESSA_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
