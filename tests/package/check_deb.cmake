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
        usr/share/man/man1/rolelens-check.1.gz)
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
message(STATUS "${debs} holds every installed file and its programs run")
