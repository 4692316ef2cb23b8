# Packages: a .deb here (cpack -G DEB in the build folder); the Windows installer is described in
# packaging/windows/README.md and scripted in packaging/windows/build-installer.ps1.
set(CPACK_PACKAGE_NAME "rullering")
set(CPACK_PACKAGE_VENDOR "Rullering")
set(CPACK_PACKAGE_CONTACT "Rullering <rullering@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Rullering")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libpq5, qt6-translations-l10n") # libpq5: loaded, not linked (core/storage/LibPq.h)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

if(RULLERING_BUILD_GUI)
    install(FILES "${PROJECT_SOURCE_DIR}/packaging/linux/no.rullering.Rullering.desktop"
            DESTINATION share/applications)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/rullering.svg"
            DESTINATION share/icons/hicolor/scalable/apps RENAME no.rullering.Rullering.svg)
endif()

include(CPack)
