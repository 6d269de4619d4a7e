# Finds the Debian 12 packages Dynoscope builds against (packaging/debian-packages.txt).
find_package(Threads REQUIRED)
find_package(SQLite3 3.40 REQUIRED)
find_package(Boost 1.81 REQUIRED COMPONENTS json)

find_path(XXHASH_INCLUDE_DIR xxhash.h REQUIRED)
find_library(XXHASH_LIBRARY xxhash REQUIRED)
add_library(xxhash::xxhash UNKNOWN IMPORTED)
set_target_properties(xxhash::xxhash PROPERTIES
    IMPORTED_LOCATION "${XXHASH_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${XXHASH_INCLUDE_DIR}")

if(DYNOSCOPE_BUILD_GUI)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Concurrent Charts Test LinguistTools)
    set(CMAKE_AUTOMOC ON)

    find_path(QSCINTILLA_INCLUDE_DIR Qsci/qsciscintilla.h PATH_SUFFIXES x86_64-linux-gnu/qt6 qt6 REQUIRED)
    find_library(QSCINTILLA_LIBRARY qscintilla2_qt6 REQUIRED)
    add_library(QScintilla::QScintilla UNKNOWN IMPORTED)
    set_target_properties(QScintilla::QScintilla PROPERTIES
        IMPORTED_LOCATION "${QSCINTILLA_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${QSCINTILLA_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES "Qt6::Widgets;Qt6::PrintSupport")
    find_package(Qt6 REQUIRED COMPONENTS PrintSupport)
else()
    # Engine tests are Qt Test executables; QtCore and QtTest suffice.
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Test)
    set(CMAKE_AUTOMOC ON)
endif()
