// dynoscope-screenshots: renders the main views over the demo data and saves
// them as PNG files for the README and the user guide. Run under Xvfb by
// tools/take-screenshots.sh; not a test.
#include "app/ConnectionTreeModel.h"
#include "app/MainWindow.h"
#include "app/RequestLogModel.h"
#include "app/TablePage.h"
#include "connection/EmbeddedConnection.h"
#include "demo/DemoData.h"
#include "items/ItemBrowser.h"
#include "items/ItemEditorDialog.h"
#include "items/ItemTableModel.h"
#include "tables/TableEditorDialog.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace dynoscope::ui;

namespace {

void save(QWidget* widget, const QString& directory, const QString& name)
{
    QTest::qWait(400); // let layouts and fetched pages settle
    widget->grab().save(directory + QLatin1Char('/') + name + QStringLiteral(".png"));
    std::printf("wrote %s/%s.png\n", qPrintable(directory), qPrintable(name));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Dynoscope"));
    QApplication::setOrganizationName(QStringLiteral("Dynoscope-screenshots"));
    const QString directory = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(directory);

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    DemoData* demo = DemoData::fillNewScratch(window);
    bool done = false;
    QObject::connect(demo, &DemoData::finished, [&] { done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        return 1;
    window.refresh();
    Connection* connection = window.currentConnection();
    QTest::qWait(300);

    TablePage* shop = window.openTable(connection, QStringLiteral("Shop"));
    if (!QTest::qWaitFor([&] { return shop->items()->model()->rowCount() > 0; }, 10000))
        return 1;
    window.sidebar()->expandAll();
    save(&window, directory, QStringLiteral("main-window"));

    TablePage* scores = window.openTable(connection, QStringLiteral("GameScores"));
    if (!QTest::qWaitFor([&] { return scores->items()->model()->rowCount() > 0; }, 10000))
        return 1;
    save(&window, directory, QStringLiteral("item-grid"));

    scores->items()->view()->selectRow(2);
    window.openItemEditor(scores, scores->items()->currentKey(), {});
    QTest::qWait(800);
    for (QWidget* top : QApplication::topLevelWidgets())
        if (auto* editor = qobject_cast<ItemEditorDialog*>(top)) {
            editor->resize(760, 560);
            save(editor, directory, QStringLiteral("item-editor"));
            editor->setForm(ItemJsonForm::Plain);
            save(editor, directory, QStringLiteral("item-editor-plain"));
            editor->close();
        }

    TableEditorDialog tableEditor(&window);
    tableEditor.resize(820, 640);
    tableEditor.show();
    save(&tableEditor, directory, QStringLiteral("table-editor"));
    tableEditor.close();
    return 0;
}
