# Precompiled headers. Most of a build's time went to parsing the same Qt,
# Boost.JSON and standard headers in every file; precompiling them once per
# library (and once for all the tests of a kind, shared with REUSE_FROM) cuts
# a clean build by about half. Headers are listed here, never in sources, so
# every file still includes what it uses.
set(DYNOSCOPE_PCH_STD
    <algorithm> <cstdint> <functional> <map> <memory> <mutex> <optional>
    <string> <string_view> <unordered_map> <utility> <variant> <vector>)
set(DYNOSCOPE_PCH_QT
    <QAbstractItemModel> <QAction> <QApplication> <QByteArray> <QCheckBox>
    <QComboBox> <QCoreApplication> <QDateTime> <QDialog> <QDialogButtonBox>
    <QFormLayout> <QHBoxLayout> <QHash> <QHeaderView> <QJsonArray>
    <QJsonDocument> <QJsonObject> <QLabel> <QLineEdit> <QList> <QLocale>
    <QMenu> <QMessageBox> <QObject> <QPainter> <QPointer> <QPushButton>
    <QSet> <QSettings> <QSpinBox> <QSplitter> <QString> <QStyle> <QTabWidget>
    <QTableView> <QTimer> <QTreeWidget> <QVBoxLayout> <QWidget>)

# ccache caches compilations that use a precompiled header only with these
# sloppiness settings (see ccache's manual, "Precompiled headers").
if(CCACHE_PROGRAM)
    set(dynoscope_launcher ${CMAKE_COMMAND} -E env CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
        ${CCACHE_PROGRAM})
    set(CMAKE_C_COMPILER_LAUNCHER ${dynoscope_launcher})
    set(CMAKE_CXX_COMPILER_LAUNCHER ${dynoscope_launcher})
endif()

# A target that only holds a precompiled header for others to reuse:
# REUSE_FROM needs the same compile flags, so it links what they link.
function(dynoscope_pch_target name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "LINK;INCLUDE;HEADERS")
    file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/${name}.cpp CONTENT "// Precompiled header holder.\n")
    add_library(${name} OBJECT ${CMAKE_CURRENT_BINARY_DIR}/${name}.cpp)
    set_target_properties(${name} PROPERTIES AUTOMOC OFF)
    target_include_directories(${name} PRIVATE ${arg_INCLUDE})
    target_link_libraries(${name} PRIVATE ${arg_LINK})
    target_precompile_headers(${name} PRIVATE ${arg_HEADERS})
endfunction()
