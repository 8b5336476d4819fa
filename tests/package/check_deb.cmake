# Builds the Debian package with CPack, checks that it holds every installed file and that
# its programs run from it. CTest runs this as
#   cmake -DBUILD_DIR=... -DCPACK=... -DVERSION=... -P check_deb.cmake
set(out ${BUILD_DIR}/package-test)
file(REMOVE_RECURSE ${out})

execute_process(COMMAND ${CPACK} -G DEB -B ${out}
    WORKING_DIRECTORY ${BUILD_DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(rc)
    message(FATAL_ERROR "cpack failed:\n${log}")
endif()
file(GLOB debs ${out}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${out}, found: ${debs}")
endif()

execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE listing RESULT_VARIABLE rc)
if(rc)
    message(FATAL_ERROR "dpkg-deb cannot read ${debs}")
endif()
foreach(path
        usr/bin/rolelens
        usr/bin/rolelens-check
        usr/share/applications/io.github.rolelens.RoleLens.desktop
        usr/share/icons/hicolor/scalable/apps/io.github.rolelens.RoleLens.svg
        usr/share/metainfo/io.github.rolelens.RoleLens.metainfo.xml
        usr/share/man/man1/rolelens.1.gz
        usr/share/man/man1/rolelens-check.1.gz
        usr/share/doc/rolelens/copyright
        usr/share/doc/rolelens/changelog.gz)
    if(NOT listing MATCHES " \\./${path}\n")
        message(FATAL_ERROR "${path} is missing from the package:\n${listing}")
    endif()
endforeach()

execute_process(COMMAND dpkg-deb --field ${debs} Package Version Depends OUTPUT_VARIABLE fields)
foreach(expected "Package: rolelens" "Version: ${VERSION}" "libqt6widgets6" "libhunspell"
                 "libqt6svg6")
    string(FIND "${fields}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package's control fields lack \"${expected}\":\n${fields}")
    endif()
endforeach()

# The packaged programs start and know their version.
execute_process(COMMAND dpkg-deb --extract ${debs} ${out}/root)
foreach(program rolelens-check rolelens)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
                            ${out}/root/usr/bin/${program} --version
        OUTPUT_VARIABLE version RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(rc OR NOT version MATCHES "${VERSION}")
        message(FATAL_ERROR "${program} from the package did not run (${rc}): ${version}${err}")
    endif()
endforeach()
# No RUNPATH in the installed programs (Debian policy; lintian).
foreach(program rolelens-check rolelens)
    execute_process(COMMAND readelf -d ${out}/root/usr/bin/${program} OUTPUT_VARIABLE dynamic)
    if(dynamic MATCHES "RUNPATH|RPATH")
        message(FATAL_ERROR "${program} from the package has a RUNPATH:\n${dynamic}")
    endif()
    if(NOT dynamic MATCHES "BIND_NOW|FLAGS_1[^\n]*NOW")
        message(FATAL_ERROR "${program} from the package is not linked with -z now:\n${dynamic}")
    endif()
endforeach()

# lintian, where installed, finds no error and no warning.
find_program(LINTIAN lintian)
if(LINTIAN)
    execute_process(COMMAND ${LINTIAN} --no-tag-display-limit ${debs}
        OUTPUT_VARIABLE tags ERROR_VARIABLE tags)
    if(tags MATCHES "(^|\n)[EW]: ")
        message(FATAL_ERROR "lintian finds problems in the package:\n${tags}")
    endif()
else()
    message(STATUS "lintian is not installed: the package's lintian check is skipped")
endif()
message(STATUS "${debs} holds every installed file and its programs run")
