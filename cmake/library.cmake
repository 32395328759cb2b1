# The library as others use it: the version header, position-independent objects that make
# both libessa.a (target essa) and libessa.so (essa_shared), and the essa::essa names that a
# consumer links, the same inside this build (add_subdirectory) and after installation.
include(GNUInstallDirs)
option(ESSA_INSTALL "Generate the install rules (cmake/install.cmake)" ${PROJECT_IS_TOP_LEVEL})

configure_file(${PROJECT_SOURCE_DIR}/include/essa/version.h.in
               ${PROJECT_BINARY_DIR}/include/essa/version.h @ONLY)

# One set of objects for both libraries, compiled once. GCC: -fno-semantic-interposition keeps
# calls inside the shared library direct and inlinable, as they are in a program. With LTO the
# objects are fat (real code beside the GCC bytecode), so that libessa.a links with any compiler
# and without LTO, while essa-parse and the other programs still link with LTO.
get_target_property(essa_objects essa SOURCES)
foreach(object IN LISTS essa_objects)
  if(object MATCHES "^\\$<TARGET_OBJECTS:(.+)>$")
    set_property(TARGET ${CMAKE_MATCH_1} PROPERTY POSITION_INDEPENDENT_CODE ON)
    target_include_directories(${CMAKE_MATCH_1} PRIVATE ${PROJECT_BINARY_DIR}/include)
    target_compile_options(${CMAKE_MATCH_1} PRIVATE
      $<$<CXX_COMPILER_ID:GNU>:-fno-semantic-interposition>
      $<$<AND:$<CXX_COMPILER_ID:GNU>,$<BOOL:${CMAKE_INTERPROCEDURAL_OPTIMIZATION}>>:-ffat-lto-objects>)
  endif()
endforeach()

add_library(essa_shared SHARED ${essa_objects})
set_target_properties(essa_shared PROPERTIES
  OUTPUT_NAME essa
  EXPORT_NAME essa_shared
  VERSION ${PROJECT_VERSION}
  SOVERSION ${PROJECT_VERSION_MAJOR})
essa_apply_options(essa_shared)

foreach(library essa essa_shared)
  target_include_directories(${library} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
    $<BUILD_INTERFACE:${PROJECT_BINARY_DIR}/include>
    $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
  target_link_libraries(${library} PUBLIC ICU::uc)
  # The C++ headers need C++20; the C API (essa/essa.h) is plain C99.
  target_compile_features(${library} PUBLIC cxx_std_20)
endforeach()

add_library(essa::essa ALIAS essa)
add_library(essa::essa_shared ALIAS essa_shared)
