# Installing figcheck (cmake --install) and its Debian package (cpack -G DEB): the binary, a man
# page generated from its --help by help2man, and the documentation its reports point to
# (docs/rules/KIND.md) with the licences of the data it embeds.
include(GNUInstallDirs)
install(TARGETS figcheck RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY data/places/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/data-licences
        FILES_MATCHING PATTERN "LICENSE*" PATTERN "NOTICE")

find_program(FIGCHECK_HELP2MAN help2man)
if(FIGCHECK_HELP2MAN)
  set(man_page ${CMAKE_CURRENT_BINARY_DIR}/figcheck.1)
  add_custom_command(
    OUTPUT ${man_page}
    COMMAND ${FIGCHECK_HELP2MAN} --no-info --no-discard-stderr
            --name "checks the figures in Chinese news articles" --output ${man_page}
            $<TARGET_FILE:figcheck>
    DEPENDS figcheck
    COMMENT "man page from figcheck --help")
  add_custom_target(figcheck_man_page ALL DEPENDS ${man_page})
  install(FILES ${man_page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME figcheck)
set(CPACK_PACKAGE_CONTACT "figcheck maintainers <figcheck@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Fact-checks the figures in Chinese news articles")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
# The shared libraries the binary links (yaml-cpp, spdlog, fmt, ICU, mimalloc) as dependencies.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)
