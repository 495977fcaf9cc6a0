# SPDX-License-Identifier: GPL-2.0-only
# The Debian package: `cpack -G DEB` in a build directory (scripts/package.sh builds the release
# preset and runs it). Its contents are exactly what `cmake --install` lays out under /usr.
set(CPACK_PACKAGE_NAME vmviz)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The vmviz authors")
set(CPACK_PACKAGE_CONTACT "The vmviz authors <${VMVIZ_BUGTRACKER}>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Linux vmalloc() and vfree() step by step on a model x86-64 machine")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
       "vmviz runs the Linux kernel's vmalloc() and vfree() call path on a model of an x86-64\n"
       "machine running Linux 2.6.36 (or 6.18) and shows every call, return and state change as\n"
       "a step you can play forward and backward: physical frames and the buddy allocator, the\n"
       "vmalloc range, the page tables, kmemleak objects and the kernel's own text formats. For\n"
       "teachers in front of a projector, students, and kernel developers. vmviz-cli is its\n"
       "headless command line.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # vmviz_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${VMVIZ_HOMEPAGE})
# dpkg-shlibdeps reads the binaries' NEEDED libraries: libqt6widgets6, libqt6gui6, libqt6svg6,
# libqt6core6, libstdc++6, libc6 … with the versions this build needs. The xcb and offscreen
# platform plugins come with libqt6gui6, so no other Qt package is needed to open a window.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# update-desktop-database, update-mime-database, the icon cache and mandb run from the
# triggers of the packages that own them; the package needs no maintainer scripts.

include(CPack)
