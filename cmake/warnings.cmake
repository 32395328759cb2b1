# Warnings for every essa target: -Wall -Wextra, and -Werror when ESSA_WERROR is on (CI).
function(essa_apply_options target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-unused-parameter
                         $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
                         $<$<CXX_COMPILER_ID:Clang>:-Wshadow-uncaptured-local>)
  if(ESSA_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
