# Install rules and the Debian package (CPack DEB). Included once from the top CMakeLists.txt, after app/.
#   cpack -G DEB                    in the build directory: mphunter_<version>_<arch>.deb
#   cmake --build <dir> --target package_deb   the same, after building the two programs
# The package holds mphunter (GUI) and mphunter-cli, the desktop entry, the AppStream metainfo, the icon and the
# man page. Depends is computed by dpkg-shlibdeps (package dpkg-dev) from the programs' shared libraries.
include(GNUInstallDirs)

set(MPH_APP_ID io.github.mphunter.workbench)
set(mph_packaging_dir "${CMAKE_CURRENT_LIST_DIR}")

# `install` builds only what it installs (the two programs), not every test and benchmark.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(mph_packaged_targets)
foreach(target mphunter mphunter_cli)
  if(TARGET ${target})
    install(TARGETS ${target} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    list(APPEND mph_packaged_targets ${target})
  endif()
endforeach()

install(FILES "${mph_packaging_dir}/${MPH_APP_ID}.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${mph_packaging_dir}/${MPH_APP_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Icon: the scalable source and the rendered sizes, under the application id.
set(mph_icon "${PROJECT_SOURCE_DIR}/resources/icons/mphunter.svg")
if(NOT EXISTS "${mph_icon}")
  set(mph_icon "${mph_packaging_dir}/mphunter-icon.svg")
endif()
install(FILES "${mph_icon}" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${MPH_APP_ID}.svg)
foreach(size 16 32 48 64 128 256)
  set(png "${PROJECT_SOURCE_DIR}/resources/icons/mphunter-${size}.png")
  if(EXISTS "${png}")
    install(FILES "${png}" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${MPH_APP_ID}.png)
  endif()
endforeach()

# Man page, compressed as Debian policy wants (gzip -n: reproducible).
find_program(MPH_GZIP gzip REQUIRED)
set(mph_man_gz "${CMAKE_CURRENT_BINARY_DIR}/packaging/mphunter-cli.1.gz")
add_custom_command(OUTPUT "${mph_man_gz}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/packaging"
    COMMAND "${MPH_GZIP}" -9 -n -c "${mph_packaging_dir}/mphunter-cli.1" > "${mph_man_gz}"
    DEPENDS "${mph_packaging_dir}/mphunter-cli.1"
    COMMENT "Compressing the man page")
add_custom_target(mph_man_page ALL DEPENDS "${mph_man_gz}")
install(FILES "${mph_man_gz}" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME mphunter)
set(CPACK_PACKAGE_VENDOR "MPHunter Workbench developers")
set(CPACK_PACKAGE_CONTACT "MPHunter Workbench developers <mphunter@example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Workbench to hunt malicious packages in new PyPI uploads")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Workbench to hunt malicious packages in new PyPI uploads
 MPHunter Workbench ranks a batch of newly uploaded PyPI packages so that the
 few malicious ones come first (the MPHunter method, ASE 2023): every install
 and import script becomes its sequence of API calls, is clustered with a
 benign background and ranked by its distance from benign behaviour and its
 closeness to known malware. The GUI shows the cluster map and each suspect
 beside its nearest known malware, keeps case files and writes OSV records
 and HTML/PDF reports; mphunter-cli runs the same engine headless.
 Packages are only read, never installed or executed.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Code is set in Hack (app/core/code_font.h), which tells O from 0 and l from 1 and I, and the history database needs
# Qt SQL's SQLite driver, a plugin: shlibdeps sees neither, so they are named here and CPack appends the libraries
# shlibdeps finds.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-hack | fonts-jetbrains-mono, libqt6sql6-sqlite")
# The Chinese translation needs a CJK font; without one Qt draws empty boxes.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk | fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/mphunter/workbench")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
include(CPack)

# Builds the programs, then the .deb.
add_custom_target(package_deb
    COMMAND "${CMAKE_CPACK_COMMAND}" -G DEB --config "${CMAKE_BINARY_DIR}/CPackConfig.cmake"
    WORKING_DIRECTORY "${CMAKE_BINARY_DIR}"
    COMMENT "Building the Debian package"
    VERBATIM)
if(mph_packaged_targets)
  add_dependencies(package_deb ${mph_packaged_targets} mph_man_page)
endif()
