# Builds the tree-sitter-python grammar from the npm registry's pinned release (ABI 14, which Debian 12's
# libtree-sitter 0.20.7 loads). Nothing of it is committed: `npm pack` fetches the tarball into the build tree once.
set(MPH_TS_PYTHON_VERSION "0.23.6" CACHE STRING "Pinned tree-sitter-python grammar version")
set(_ts_dir "${CMAKE_BINARY_DIR}/_deps/tree-sitter-python-${MPH_TS_PYTHON_VERSION}")
set(_ts_tgz "${_ts_dir}/tree-sitter-python-${MPH_TS_PYTHON_VERSION}.tgz")

if(NOT EXISTS "${_ts_dir}/package/src/parser.c")
  file(MAKE_DIRECTORY "${_ts_dir}")
  if(NOT EXISTS "${_ts_tgz}")
    find_program(NPM_EXECUTABLE npm REQUIRED)
    message(STATUS "Fetching tree-sitter-python@${MPH_TS_PYTHON_VERSION} with npm pack")
    execute_process(COMMAND "${NPM_EXECUTABLE}" pack "tree-sitter-python@${MPH_TS_PYTHON_VERSION}" --silent
                    WORKING_DIRECTORY "${_ts_dir}" RESULT_VARIABLE _npm_rc OUTPUT_QUIET)
    if(NOT _npm_rc EQUAL 0 OR NOT EXISTS "${_ts_tgz}")
      message(FATAL_ERROR "npm pack tree-sitter-python@${MPH_TS_PYTHON_VERSION} failed (${_npm_rc})")
    endif()
  endif()
  file(ARCHIVE_EXTRACT INPUT "${_ts_tgz}" DESTINATION "${_ts_dir}" PATTERNS package/src)
endif()

add_library(tree_sitter_python STATIC "${_ts_dir}/package/src/parser.c" "${_ts_dir}/package/src/scanner.c")
target_include_directories(tree_sitter_python PRIVATE "${_ts_dir}/package/src")
set_target_properties(tree_sitter_python PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
target_compile_options(tree_sitter_python PRIVATE -w)

find_path(TREE_SITTER_INCLUDE_DIR tree_sitter/api.h REQUIRED)
find_library(TREE_SITTER_LIBRARY NAMES libtree-sitter.a tree-sitter REQUIRED)
add_library(tree_sitter_runtime INTERFACE)
target_include_directories(tree_sitter_runtime INTERFACE "${TREE_SITTER_INCLUDE_DIR}")
target_link_libraries(tree_sitter_runtime INTERFACE "${TREE_SITTER_LIBRARY}" tree_sitter_python)
