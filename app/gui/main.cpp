// dynoscope: the desktop application. Opens the embedded default database
// (a file in the user's data directory) unless told otherwise.
#include "app/LanguageSetting.h"
#include "app/MainWindow.h"
#include "demo/DemoData.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <memory>

namespace {

// --help and --version must work without a display: they get a core
// application, which needs no windowing system.
bool wantsTextOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v" || arg == "--help-all")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> appHolder(wantsTextOnly(argc, argv) ? new QCoreApplication(argc, argv)
                                                                           : new QApplication(argc, argv));
    QCoreApplication& app = *appHolder;
    QApplication::setApplicationName(QStringLiteral("Dynoscope"));
    QApplication::setOrganizationName(QStringLiteral("Dynoscope"));
    QApplication::setApplicationVersion(QStringLiteral(DYNOSCOPE_VERSION));
    // After the names (QSettings needs them), before any text is made.
    dynoscope::ui::LanguageSetting::install(app, dynoscope::ui::LanguageSetting::saved());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop explorer for DynamoDB tables"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Open database FILE."),
                                QApplication::translate("main", "FILE"));
    QCommandLineOption memoryOption(QStringLiteral("in-memory"),
                                    QApplication::translate("main", "Start on an in-memory scratch database."));
    QCommandLineOption demoOption(QStringLiteral("demo"),
                                  QApplication::translate("main", "Start on an in-memory scratch database filled with "
                                                                  "demo tables."));
    parser.addOption(dbOption);
    parser.addOption(memoryOption);
    parser.addOption(demoOption);
    parser.process(app);

    dynoscope::ui::MainWindow window;
    if (parser.isSet(demoOption)) {
        dynoscope::ui::DemoData::fillNewScratch(window);
    } else if (parser.isSet(memoryOption)) {
        window.newScratch();
    } else {
        QString path = parser.value(dbOption);
        if (path.isEmpty()) {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            QDir().mkpath(dir);
            path = dir + QStringLiteral("/default.dynoscope");
        }
        if (!window.openDatabaseFile(path))
            return 1;
    }
    window.restoreSession();
    window.show();
    return QCoreApplication::exec();
}
