// Main window layout and the table list.
#include "app/MainWindow.h"

#include <dynoscope/Engine.h>

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace dynoscope::ui {

MainWindow::MainWindow(Engine& engine, const QString& databaseLabel, QWidget* parent)
    : QMainWindow(parent), m_engine(engine), m_tables(new QListWidget), m_tabs(new QTabWidget),
      m_status(new QLabel)
{
    setWindowTitle(tr("Dynoscope"));
    resize(1100, 700);

    auto* splitter = new QSplitter;
    m_tables->setObjectName(QStringLiteral("tableList"));
    splitter->addWidget(m_tables);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    auto* welcome = new QLabel(tr("<h2>Dynoscope</h2><p>Database: %1</p>"
                                  "<p>Select a table in the sidebar.</p>")
                                   .arg(databaseLabel.toHtmlEscaped()));
    welcome->setAlignment(Qt::AlignCenter);
    m_tabs->addTab(welcome, tr("Welcome"));
    // The welcome page is the workspace's resting state, not a document.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 840});
    setCentralWidget(splitter);

    auto* file = menuBar()->addMenu(tr("&File"));
    auto* refresh = file->addAction(tr("&Refresh"), this, &MainWindow::refreshTables);
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    statusBar()->addWidget(m_status);
    m_status->setText(tr("Embedded database: %1").arg(databaseLabel));
    refreshTables();
}

void MainWindow::refreshTables()
{
    m_tables->clear();
    const Result result = m_engine.execute("ListTables", "{}");
    if (!result.ok()) {
        m_status->setText(tr("ListTables failed: %1").arg(QString::fromStdString(result.error->message())));
        return;
    }
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(result.body));
    for (const auto& name : doc.object().value(QStringLiteral("TableNames")).toArray())
        m_tables->addItem(name.toString());
}

} // namespace dynoscope::ui
