// Main window layout, menus, sessions and the serve indicator.
#include "app/MainWindow.h"

#include "app/ConnectionTreeModel.h"
#include "app/LanguageMenu.h"
#include "app/RequestLogDock.h"
#include "app/RequestLogModel.h"
#include "app/ServeController.h"
#include "app/TableActions.h"
#include "app/TablePage.h"
#include "connection/ConnectionDialog.h"
#include "connection/ConnectionFactory.h"
#include "connection/EmbeddedConnection.h"
#include "heatmap/HeatmapWindow.h"
#include "items/ItemBrowser.h"
#include "items/ItemEditorDialog.h"
#include "items/ItemTableModel.h"
#include "partiql/PartiqlEditor.h"
#include "partiql/PartiqlPage.h"
#include "server/ServerOptions.h"
#include "streams/StreamViewer.h"
#include "transfer/CopyTableDialog.h"
#include "transfer/ExportDialog.h"
#include "transfer/ImportDialog.h"

#include <dynoscope/Engine.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace dynoscope::ui {

namespace {
constexpr int kMaxRecent = 8;
const QString kFileFilter = QStringLiteral("Dynoscope databases (*.dynoscope *.db *.sqlite);;All files (*)");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_tree(new ConnectionTreeModel(this)), m_sidebar(new QTreeView), m_tabs(new QTabWidget),
      m_log(new RequestLogModel(this)), m_logDock(nullptr), m_serve(new ServeController(this)),
      m_tableActions(new TableActions(this)),
      m_connectionLabel(new QLabel), m_serveIndicator(new QLabel), m_readOnlyBanner(new QLabel)
{
    setWindowTitle(tr("Dynoscope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dynoscope.svg")));
    resize(1200, 760);

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setModel(m_tree);
    m_sidebar->setHeaderHidden(true);
    m_sidebar->setUniformRowHeights(true);
    m_sidebar->setMinimumWidth(200);
    connect(m_sidebar, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (index.data(ConnectionTreeModel::KindRole).toInt() == int(ConnectionTreeModel::Kind::Table))
            openTable(m_tree->connectionAt(index), index.data(ConnectionTreeModel::TableNameRole).toString());
    });
    connect(m_tree, &ConnectionTreeModel::errorOccurred, this, &MainWindow::showError);

    m_tabs->setObjectName(QStringLiteral("workspace"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget* page = m_tabs->widget(index);
        m_tabs->removeTab(index);
        page->deleteLater();
    });

    // A message bar above the workspace for databases opened read-only.
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setContentsMargins(8, 6, 8, 6);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("background: #fff4ce; color: #4d3b00;"));
    m_readOnlyBanner->hide();
    auto* workspace = new QWidget;
    auto* workspaceLayout = new QVBoxLayout(workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);
    workspaceLayout->addWidget(m_readOnlyBanner);
    workspaceLayout->addWidget(m_tabs, 1);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_sidebar);
    splitter->addWidget(workspace);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({270, 930});
    setCentralWidget(splitter);

    m_logDock = new RequestLogDock(m_log, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    connect(m_serve, &ServeController::requestServed, m_log, &RequestLogModel::addRecord);

    m_serveIndicator->setObjectName(QStringLiteral("serveIndicator"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_serveIndicator);
    auto* ticker = new QTimer(this);
    connect(ticker, &QTimer::timeout, this, &MainWindow::updateServeIndicator);
    ticker->start(500);
    connect(m_serve, &ServeController::runningChanged, this, &MainWindow::updateServeIndicator);
    updateServeIndicator();

    connect(m_tableActions, &TableActions::message, this, [this](const QString& text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_tableActions, &TableActions::tableChanged, this, &MainWindow::tableChanged);
    connect(m_tableActions, &TableActions::tableDeleted, this, [this](Connection* connection, const QString& table) {
        closeTableTabs(connection, table);
        m_tree->refresh(connection);
    });
    createActions();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    // The endpoint serves an engine that the connections own: stop it first.
    m_serve->stop();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    file->addAction(tr("&Open Database…"), QKeySequence::Open, this, &MainWindow::openDatabase);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addAction(tr("New &Scratch Database"), this, &MainWindow::newScratch);
    file->addAction(tr("&Connect to Endpoint…"), this, &MainWindow::connectToEndpoint);
    file->addSeparator();
    m_serveAction = file->addAction(tr("Ser&ve This Database…"), this, &MainWindow::toggleServe);
    m_serveAction->setCheckable(true);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu* table = menuBar()->addMenu(tr("&Table"));
    table->addAction(tr("&New Table…"), this, [this] { m_tableActions->newTable(currentConnection()); });
    table->addAction(tr("&Change Table…"), this, [this] {
        Connection* connection = nullptr;
        const QString name = currentTable(&connection);
        if (!name.isEmpty())
            m_tableActions->changeTable(connection, name);
    });
    table->addAction(tr("Table &Details"), this, [this] {
        Connection* connection = nullptr;
        const QString name = currentTable(&connection);
        if (!name.isEmpty())
            m_tableActions->showDetails(connection, name);
    });
    table->addAction(tr("Partition &Heatmap…"), this, [this] {
        Connection* connection = nullptr;
        const QString name = currentTable(&connection);
        if (name.isEmpty() || !connection)
            return;
        auto* heatmap = new HeatmapWindow(*connection, name, this);
        heatmap->setWindowFlag(Qt::Window);
        heatmap->setAttribute(Qt::WA_DeleteOnClose);
        connect(heatmap, &HeatmapWindow::openItemRequested, this, [this, connection](const QString& table,
                                                                                    const QJsonObject& key) {
            openItemEditor(openTable(connection, table), key, {});
        });
        heatmap->show();
    });
    table->addSeparator();
    table->addAction(tr("&Export Items…"), this, [this] {
        Connection* connection = nullptr;
        const QString name = currentTable(&connection);
        if (name.isEmpty())
            return;
        auto* dialog = new ExportDialog(connection, name, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    table->addAction(tr("&Import Items…"), this, [this] {
        Connection* connection = nullptr;
        const QString name = currentTable(&connection);
        if (name.isEmpty())
            return;
        auto* dialog = new ImportDialog(connection, name, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ImportDialog::itemsImported, this, [this, connection, name] { tableChanged(connection, name); });
        dialog->show();
    });
    table->addAction(tr("C&opy Table…"), this, [this] {
        Connection* connection = nullptr;
        const QString name = currentTable(&connection);
        if (name.isEmpty())
            return;
        auto* dialog = new CopyTableDialog(connection, name, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setTargetConnections(connections());
        connect(dialog, &CopyTableDialog::tableCopied, this,
                [this](Connection* target, const QString&) { m_tree->refresh(target); });
        dialog->show();
    });
    table->addAction(tr("&Stream Viewer"), this, [this] {
        Connection* connection = nullptr;
        const QString name = currentTable(&connection);
        if (name.isEmpty())
            return;
        auto* viewer = new StreamViewer(connection, name, this);
        viewer->setWindowFlag(Qt::Window);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->setWindowTitle(tr("%1 — Stream").arg(name));
        viewer->resize(1100, 700);
        viewer->show();
    });
    table->addSeparator();
    table->addAction(tr("&Purge Items…"), this, [this] {
        Connection* connection = nullptr;
        const QString name = currentTable(&connection);
        const TablePage* page = currentPage();
        const qint64 count = page && page->tableName() == name
                                 ? page->description().value(QStringLiteral("ItemCount")).toVariant().toLongLong()
                                 : -1;
        if (!name.isEmpty())
            m_tableActions->purgeTable(connection, name, count);
    });
    table->addAction(tr("&Delete Table…"), this, [this] {
        Connection* connection = nullptr;
        const QString name = currentTable(&connection);
        if (!name.isEmpty())
            m_tableActions->deleteTable(connection, name);
    });

    QMenu* item = menuBar()->addMenu(tr("&Item"));
    QAction* newItem = item->addAction(tr("&New Item…"), this, [this] {
        if (TablePage* page = currentPage())
            openItemEditor(page, {}, {});
    });
    newItem->setShortcut(QKeySequence::New);
    item->addAction(tr("&Edit Item…"), this, [this] {
        TablePage* page = currentPage();
        if (!page)
            return;
        const QJsonObject key = page->items()->currentKey();
        if (!key.isEmpty())
            openItemEditor(page, key, {});
    });
    item->addSeparator();
    QAction* find = item->addAction(tr("&Find…"), this, [this] {
        if (TablePage* page = currentPage())
            page->items()->findAction()->trigger();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* remove = item->addAction(tr("&Delete Items…"), this, [this] {
        if (TablePage* page = currentPage())
            page->items()->deleteSelected(true);
    });
    remove->setShortcut(QKeySequence::Delete);
    QAction* copy = item->addAction(tr("&Copy as JSON"), this, [this] {
        if (TablePage* page = currentPage())
            page->items()->copyAction()->trigger();
    });
    copy->setShortcut(QKeySequence::Copy);

    QMenu* query = menuBar()->addMenu(tr("&Query"));
    QAction* builder = query->addAction(tr("Query &Builder"), this, [this] {
        if (TablePage* page = currentPage())
            page->queryAction()->toggle();
    });
    builder->setObjectName(QStringLiteral("toggleQueryBuilder"));
    builder->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+Q")));
    builder->setShortcutContext(Qt::ApplicationShortcut);
    QAction* partiql = query->addAction(tr("New &PartiQL Editor"), this, [this] {
        if (Connection* connection = currentConnection())
            openPartiqlEditor(connection);
    });
    partiql->setObjectName(QStringLiteral("newPartiqlEditor"));
    partiql->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    partiql->setShortcutContext(Qt::ApplicationShortcut);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refreshAction = view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refresh);
    refreshAction->setShortcutContext(Qt::ApplicationShortcut);
    view->addAction(m_logDock->toggleViewAction());
    view->addSeparator();
    view->addMenu(new LanguageMenu(view));
}

void MainWindow::addConnection(Connection* connection)
{
    connection->setParent(this);
    connect(connection, &Connection::replied, m_log, &RequestLogModel::addReply);
    m_tree->addConnection(connection);
    const QModelIndex index = m_tree->indexOfConnection(connection);
    m_sidebar->setCurrentIndex(index);
    m_sidebar->expand(index);
    m_connectionLabel->setText(connection->displayName());
}

EmbeddedConnection* MainWindow::openEmbedded(std::shared_ptr<Engine> engine, const QString& label)
{
    auto* connection = new EmbeddedConnection(std::move(engine), label);
    addConnection(connection);
    return connection;
}

EmbeddedConnection* MainWindow::openDatabaseFile(const QString& path)
{
    EngineOptions options;
    options.path = QDir::toNativeSeparators(path).toStdString();
    std::string error;
    std::shared_ptr<Engine> engine = Engine::open(options, &error);
    if (!engine) {
        QMessageBox::warning(this, tr("Dynoscope"),
                             tr("Cannot open %1:\n%2").arg(path, QString::fromStdString(error)));
        return nullptr;
    }
    rememberRecent(path);
    if (engine->options().readOnly) {
        m_readOnlyPaths.append(QDir::toNativeSeparators(path));
        m_readOnlyBanner->setText(tr("Opened read-only: %1. The file is not writable or another process locks it; "
                                     "changes to it will be refused.").arg(m_readOnlyPaths.join(QStringLiteral(", "))));
        m_readOnlyBanner->show();
    }
    return openEmbedded(std::move(engine), path);
}

Connection* MainWindow::currentConnection() const
{
    if (Connection* connection = m_tree->connectionAt(m_sidebar->currentIndex()))
        return connection;
    const QModelIndex first = m_tree->index(0, 0);
    return first.isValid() ? m_tree->connectionAt(first) : nullptr;
}

TablePage* MainWindow::openTable(Connection* connection, const QString& tableName)
{
    if (!connection)
        return nullptr;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* page = qobject_cast<TablePage*>(m_tabs->widget(i));
        if (page && page->connection() == connection && page->tableName() == tableName) {
            m_tabs->setCurrentIndex(i);
            return page;
        }
    }
    auto* page = new TablePage(connection, tableName);
    watchPage(page);
    const int index = m_tabs->addTab(page, tableName);
    m_tabs->setTabToolTip(index, tr("%1 on %2").arg(tableName, connection->displayName()));
    m_tabs->setCurrentIndex(index);
    return page;
}

QList<Connection*> MainWindow::connections() const
{
    QList<Connection*> list;
    for (int row = 0; row < m_tree->rowCount(); ++row)
        if (Connection* connection = m_tree->connectionAt(m_tree->index(row, 0)))
            list << connection;
    return list;
}

void MainWindow::watchPage(TablePage* page)
{
    connect(page->items(), &ItemBrowser::editItemRequested, this,
            [this, page](const QJsonObject& key) { openItemEditor(page, key, {}); });
    connect(page->items(), &ItemBrowser::duplicateItemRequested, this,
            [this, page](const QJsonObject& item) { openItemEditor(page, {}, item); });
}

void MainWindow::openItemEditor(TablePage* page, const QJsonObject& key, const QJsonObject& copyOf)
{
    if (!page || !page->connection() || page->description().isEmpty())
        return;
    auto* dialog = new ItemEditorDialog(*page->connection(), QJsonDocument(page->description()).toJson(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!key.isEmpty())
        dialog->editItem(QJsonDocument(key).toJson(QJsonDocument::Compact));
    else if (!copyOf.isEmpty())
        dialog->setNewItem(QJsonDocument(copyOf).toJson(QJsonDocument::Compact));
    QPointer<TablePage> target(page);
    connect(dialog, &ItemEditorDialog::saved, this, [target] {
        if (target)
            target->refresh();
    });
    dialog->show();
}

PartiqlPage* MainWindow::openPartiqlEditor(Connection* connection)
{
    auto* page = new PartiqlPage(connection);
    const int index = m_tabs->addTab(page, tr("PartiQL"));
    m_tabs->setTabToolTip(index, tr("PartiQL on %1").arg(connection->displayName()));
    m_tabs->setCurrentIndex(index);
    page->editor()->setFocus();
    return page;
}

TablePage* MainWindow::currentPage() const { return qobject_cast<TablePage*>(m_tabs->currentWidget()); }

QString MainWindow::currentTable(Connection** connection) const
{
    const QModelIndex selected = m_sidebar->currentIndex();
    const QString sidebarTable = selected.data(ConnectionTreeModel::TableNameRole).toString();
    if (m_sidebar->hasFocus() && !sidebarTable.isEmpty()) {
        *connection = m_tree->connectionAt(selected);
        return sidebarTable;
    }
    if (TablePage* page = currentPage()) {
        *connection = page->connection();
        return page->tableName();
    }
    *connection = m_tree->connectionAt(selected);
    return sidebarTable;
}

void MainWindow::closeTableTabs(Connection* connection, const QString& tableName)
{
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        auto* page = qobject_cast<TablePage*>(m_tabs->widget(i));
        if (page && page->connection() == connection && page->tableName() == tableName) {
            m_tabs->removeTab(i);
            page->deleteLater();
        }
    }
}

void MainWindow::tableChanged(Connection* connection, const QString& tableName)
{
    m_tree->refresh(connection);
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* page = qobject_cast<TablePage*>(m_tabs->widget(i));
        if (page && page->connection() == connection && page->tableName() == tableName)
            page->refresh();
    }
}

void MainWindow::refresh()
{
    m_tree->refresh(currentConnection());
    if (auto* page = qobject_cast<TablePage*>(m_tabs->currentWidget()))
        page->refresh();
}

void MainWindow::connectToEndpoint()
{
    ConnectionDialog dialog(this);
    ConnectionSpec remote;
    remote.kind = ConnectionSpec::Kind::Remote;
    dialog.setSpec(remote);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    std::unique_ptr<Connection> connection = ConnectionFactory::create(dialog.spec(), &error);
    if (!connection) {
        QMessageBox::warning(this, tr("Connect"), error);
        return;
    }
    addConnection(connection.release());
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"), QDir::homePath(), kFileFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("Cannot replace %1").arg(path));
        return;
    }
    openDatabaseFile(path);
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), QDir::homePath(), kFileFilter);
    if (!path.isEmpty())
        openDatabaseFile(path);
}

EmbeddedConnection* MainWindow::newScratch()
{
    EngineOptions options;
    options.inMemory = true;
    std::string error;
    std::shared_ptr<Engine> engine = Engine::open(options, &error);
    if (!engine) {
        showError(QString::fromStdString(error));
        return nullptr;
    }
    return openEmbedded(std::move(engine), tr("in-memory scratch database"));
}

QString MainWindow::serveCurrent(const QString& host, quint16 port)
{
    auto* embedded = qobject_cast<EmbeddedConnection*>(currentConnection());
    if (!embedded)
        return tr("Only an embedded database can be served: select one in the sidebar.");
    QString error;
    if (!m_serve->start(embedded->engine(), host, port, &error))
        return error;
    return {};
}

void MainWindow::toggleServe()
{
    if (m_serve->isRunning()) {
        m_serve->stop();
        return;
    }
    bool ok = false;
    const int port = QInputDialog::getInt(this, tr("Serve This Database"),
                                          tr("Serve the selected database as a DynamoDB endpoint on 127.0.0.1, "
                                             "port:"),
                                          dynoscope::ServerOptions().port, 0, 65535, 1, &ok);
    if (!ok) {
        updateServeIndicator();
        return;
    }
    const QString error = serveCurrent(QStringLiteral("127.0.0.1"), quint16(port));
    if (!error.isEmpty())
        showError(tr("Cannot serve the database: %1").arg(error));
}

void MainWindow::updateServeIndicator()
{
    const bool running = m_serve->isRunning();
    if (m_serveAction)
        m_serveAction->setChecked(running);
    m_serveIndicator->setVisible(running);
    if (running)
        m_serveIndicator->setText(
            tr("Serving %1 · %n request(s)", nullptr, int(m_serve->requestCount())).arg(m_serve->url()));
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentDatabases")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentDatabases"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentDatabases")).toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openDatabaseFile(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::saveSession() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QStringList tabs;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* page = qobject_cast<TablePage*>(m_tabs->widget(i));
        auto* embedded = page ? qobject_cast<EmbeddedConnection*>(page->connection()) : nullptr;
        if (embedded) // remote tabs need credentials; they are not reopened unasked
            tabs << embedded->label() + QLatin1Char('\t') + page->tableName();
    }
    settings.setValue(QStringLiteral("session/tabs"), tabs);
}

void MainWindow::restoreSession()
{
    const QStringList tabs = QSettings().value(QStringLiteral("session/tabs")).toStringList();
    for (const QString& entry : tabs) {
        const QString label = entry.section(QLatin1Char('\t'), 0, 0);
        const QString table = entry.section(QLatin1Char('\t'), 1);
        for (int row = 0; row < m_tree->rowCount(); ++row) {
            auto* embedded = qobject_cast<EmbeddedConnection*>(m_tree->connectionAt(m_tree->index(row, 0)));
            if (embedded && embedded->label() == label)
                openTable(embedded, table);
        }
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSession();
    m_serve->stop();
    event->accept();
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 10000);
}

} // namespace dynoscope::ui
