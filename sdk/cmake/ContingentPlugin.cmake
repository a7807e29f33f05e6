# contingent_add_plugin(<id>
#     SOURCES <file>...
#     [QML_FILES <file>...]          QML served from qrc:/contingent/<id>/<file>
#     [TS_FILES <id>_<lang>.ts...]   translations, compiled in; the host installs
#                                    the one of the window's language (--lang)
#     [NAME "Display name"] [VERSION x.y.z] [DESCRIPTION "..."]
#     [TRANSLATED <lang> "Name" "Description" ...]  the name and description in another
#                                    language, for the Plugins page in that language
#     [NEEDS <id>[>=<version>]...]   plugins that must load first
#     [AFTER <id>...]                 plugins to start after when they are loaded too
#     [OUTPUT_DIRECTORY <dir>]
#     [INSTALL])                      install <id>.so and <id>.json into
#                                     CONTINGENT_PLUGIN_INSTALL_DIR (lib/contingent/plugins)
#
# Builds a loadable plugin (<id>.so, hidden visibility, linked to Contingent::Sdk)
# and writes its manifest <id>.json next to it. The host reads the manifest,
# and checks the ABI version in it, before it loads the library.

function(contingent_add_plugin id)
    cmake_parse_arguments(PARSE_ARGV 1 arg "INSTALL" "NAME;VERSION;DESCRIPTION;OUTPUT_DIRECTORY"
        "SOURCES;QML_FILES;NEEDS;TS_FILES;AFTER;TRANSLATED")
    if(NOT id MATCHES "^[a-z][a-z0-9_]*$")
        message(FATAL_ERROR "contingent_add_plugin: id '${id}' must match [a-z][a-z0-9_]*")
    endif()
    if(NOT arg_SOURCES)
        message(FATAL_ERROR "contingent_add_plugin(${id}): SOURCES is required")
    endif()
    if(NOT arg_NAME)
        set(arg_NAME "${id}")
    endif()
    if(NOT arg_VERSION)
        set(arg_VERSION "${PROJECT_VERSION}")
    endif()
    if(NOT arg_VERSION)
        set(arg_VERSION "0.1.0")
    endif()
    if(NOT arg_OUTPUT_DIRECTORY)
        if(DEFINED CONTINGENT_PLUGIN_OUTPUT_DIR)
            set(arg_OUTPUT_DIRECTORY "${CONTINGENT_PLUGIN_OUTPUT_DIR}")
        else()
            set(arg_OUTPUT_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
        endif()
    endif()

    add_library(${id} MODULE ${arg_SOURCES})
    target_link_libraries(${id} PRIVATE Contingent::Sdk)
    set_target_properties(${id} PROPERTIES
        PREFIX ""
        OUTPUT_NAME ${id}
        LIBRARY_OUTPUT_DIRECTORY "${arg_OUTPUT_DIRECTORY}"
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON
        AUTOMOC ON
        INSTALL_RPATH "$ORIGIN/../..")
    target_compile_definitions(${id} PRIVATE CONTINGENT_PLUGIN_ID="${id}")

    if(arg_QML_FILES)
        find_package(Qt6 REQUIRED COMPONENTS Core)
        # Served by file name, wherever the file sits in the source tree.
        foreach(qml_file IN LISTS arg_QML_FILES)
            get_filename_component(qml_name "${qml_file}" NAME)
            set_source_files_properties("${qml_file}" PROPERTIES QT_RESOURCE_ALIAS "${qml_name}")
        endforeach()
        # A QML module without a plugin: qmlcachegen compiles the files ahead of
        # time (no parsing at run time), served from qrc:/contingent/<id>/.
        find_package(Qt6 REQUIRED COMPONENTS Qml)
        qt_add_qml_module(${id}
            URI ${id}
            VERSION 1.0
            RESOURCE_PREFIX /contingent
            NO_PLUGIN
            OUTPUT_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}/qml/${id}"
            QML_FILES ${arg_QML_FILES})
        # qmlcachegen's C++ shadows its own parameters; the QML is the plugin's.
        get_target_property(plugin_sources ${id} SOURCES)
        foreach(source IN LISTS plugin_sources)
            if(source MATCHES "qmlcache")
                set_source_files_properties("${source}" TARGET_DIRECTORY ${id}
                    PROPERTIES COMPILE_OPTIONS "-Wno-shadow")
            endif()
        endforeach()
    endif()

    if(arg_TS_FILES)
        find_package(Qt6 REQUIRED COMPONENTS LinguistTools)
        qt_add_lrelease(${id} TS_FILES ${arg_TS_FILES} QM_FILES_OUTPUT_VARIABLE qm_files)
        qt_add_resources(${id} "${id}_i18n" PREFIX "/contingent/${id}/i18n"
            BASE "${CMAKE_CURRENT_BINARY_DIR}" FILES ${qm_files})
    endif()

    set(needs_json "")
    set(sep "")
    foreach(need IN LISTS arg_NEEDS)
        if(need MATCHES "^([a-z][a-z0-9_]*)(>=([0-9.]+))?$")
            set(min "${CMAKE_MATCH_3}")
            if(NOT min)
                set(min "0")
            endif()
            string(APPEND needs_json "${sep}{\"id\": \"${CMAKE_MATCH_1}\", \"min_version\": \"${min}\"}")
            set(sep ", ")
        else()
            message(FATAL_ERROR "contingent_add_plugin(${id}): bad NEEDS entry '${need}'")
        endif()
    endforeach()
    set(after_json "")
    set(sep "")
    foreach(after IN LISTS arg_AFTER)
        string(APPEND after_json "${sep}\"${after}\"")
        set(sep ", ")
    endforeach()
    # TRANSLATED <language> <name> <description> ...: the Plugins page in that language.
    set(translated_json "")
    set(sep "")
    list(LENGTH arg_TRANSLATED translated_count)
    math(EXPR translated_rest "${translated_count} % 3")
    if(NOT translated_rest EQUAL 0)
        message(FATAL_ERROR "contingent_add_plugin(${id}): TRANSLATED takes a language, a name and a description each")
    endif()
    while(arg_TRANSLATED)
        list(POP_FRONT arg_TRANSLATED t_lang t_name t_desc)
        string(REPLACE "\"" "\\\"" t_name "${t_name}")
        string(REPLACE "\"" "\\\"" t_desc "${t_desc}")
        string(APPEND translated_json "${sep}\"${t_lang}\": {\"name\": \"${t_name}\", \"description\": \"${t_desc}\"}")
        set(sep ", ")
    endwhile()
    string(REPLACE "\"" "\\\"" desc "${arg_DESCRIPTION}")
    string(REPLACE "\"" "\\\"" name "${arg_NAME}")
    file(GENERATE OUTPUT "${arg_OUTPUT_DIRECTORY}/${id}.json" CONTENT "{
  \"id\": \"${id}\",
  \"name\": \"${name}\",
  \"version\": \"${arg_VERSION}\",
  \"description\": \"${desc}\",
  \"translations\": {${translated_json}},
  \"sdk\": \"${CONTINGENT_SDK_MAJOR}.${CONTINGENT_SDK_MINOR}\",
  \"library\": \"$<TARGET_FILE_NAME:${id}>\",
  \"needs\": [${needs_json}],
  \"after\": [${after_json}]
}
")
    set_property(TARGET ${id} PROPERTY CONTINGENT_MANIFEST "${arg_OUTPUT_DIRECTORY}/${id}.json")

    if(arg_INSTALL)
        if(NOT DEFINED CONTINGENT_PLUGIN_INSTALL_DIR)
            include(GNUInstallDirs)
            set(CONTINGENT_PLUGIN_INSTALL_DIR "${CMAKE_INSTALL_LIBDIR}/contingent/plugins")
        endif()
        install(TARGETS ${id} LIBRARY DESTINATION "${CONTINGENT_PLUGIN_INSTALL_DIR}")
        install(FILES "${arg_OUTPUT_DIRECTORY}/${id}.json" DESTINATION "${CONTINGENT_PLUGIN_INSTALL_DIR}")
    endif()
endfunction()
