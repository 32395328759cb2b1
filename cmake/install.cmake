# cmake --install BUILD --prefix P: headers, libessa.a, libessa.so.MAJOR, the programs that were
# built, the CMake package (find_package(essa) -> essa::essa, essa::essa_shared) and essa.pc.
# ESSA_INSTALL: cmake/library.cmake.
if(NOT ESSA_INSTALL)
  return()
endif()
include(CMakePackageConfigHelpers)

set(ESSA_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/essa)

install(TARGETS essa essa_shared EXPORT essaTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/essa DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.h" PATTERN "*.def")
install(FILES ${PROJECT_BINARY_DIR}/include/essa/version.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/essa)
foreach(program essa-parse essa-test262)
  if(TARGET ${program})
    install(TARGETS ${program} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  endif()
endforeach()

install(EXPORT essaTargets NAMESPACE essa:: DESTINATION ${ESSA_INSTALL_CMAKEDIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/essaConfig.cmake.in
  ${PROJECT_BINARY_DIR}/essaConfig.cmake INSTALL_DESTINATION ${ESSA_INSTALL_CMAKEDIR})
# 0.x: a minor release may change the C++ API (docs/library.md, "API and ABI policy").
write_basic_package_version_file(${PROJECT_BINARY_DIR}/essaConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/essaConfig.cmake ${PROJECT_BINARY_DIR}/essaConfigVersion.cmake
  DESTINATION ${ESSA_INSTALL_CMAKEDIR})

# essa.pc finds its prefix from its own place (${pcfiledir}), so any --prefix works.
file(RELATIVE_PATH ESSA_PC_PREFIX "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
string(REGEX REPLACE "/$" "" ESSA_PC_PREFIX "${ESSA_PC_PREFIX}")
configure_file(${PROJECT_SOURCE_DIR}/cmake/essa.pc.in ${PROJECT_BINARY_DIR}/essa.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/essa.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
