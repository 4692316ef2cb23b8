# cmake -DBUILD_DIR=... -DCONTROL=target -DTARGET=target -DEXPECT=regex -P expect_compile_error.cmake
# CONTROL must build (ui/ code using a core service), TARGET must fail with EXPECT in the compiler's words, so the
# failure is the layering rule and not anything else.
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "${CONTROL}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "The control ${CONTROL} does not build:\n${out}${err}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "${TARGET}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(rc EQUAL 0)
    message(FATAL_ERROR "${TARGET} built: code linking rullering_ui reached Qt Sql")
endif()
if(NOT "${out}${err}" MATCHES "${EXPECT}")
    message(FATAL_ERROR "${TARGET} failed, but not with \"${EXPECT}\":\n${out}${err}")
endif()
message(STATUS "${TARGET} refused as expected")
