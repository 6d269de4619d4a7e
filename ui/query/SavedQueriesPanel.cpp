// The saved-queries side panel.
#include "query/SavedQueriesPanel.h"

#include "connection/Connection.h"
#include "query/AccessPatternCheckDialog.h"
#include "query/SavedQueryStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dynoscope::ui {

namespace {

enum Tab { SavedTab, HistoryTab };

QString requestToolTip(const SavedQuery& query)
{
    return QString::fromUtf8(QJsonDocument(query.request).toJson(QJsonDocument::Indented))
        .toHtmlEscaped()
        .prepend(QStringLiteral("<pre>"))
        .append(QStringLiteral("</pre>"));
}

QTreeWidget* makeList(const QStringList& headers, QWidget* parent)
{
    auto* list = new QTreeWidget(parent);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->header()->setStretchLastSection(true);
    list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    list->setColumnWidth(0, 150);
    return list;
}

} // namespace

SavedQueriesPanel::SavedQueriesPanel(Connection* connection, QString tableName, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_tableName(std::move(tableName))
    , m_store(new SavedQueryStore(connection, m_tableName, this))
{
    m_location = new QLabel(this);
    m_location->setWordWrap(true);
    m_location->setForegroundRole(QPalette::PlaceholderText);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_savedList = makeList({ tr("Name"), tr("Query") }, this);
    m_historyList = makeList({ tr("Ran at"), tr("Query") }, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_savedList, tr("Saved"));
    m_tabs->addTab(m_historyList, tr("History"));

    m_open = new QPushButton(tr("&Open"), this);
    m_rename = new QPushButton(tr("Re&name…"), this);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_check = new QPushButton(tr("&Check Access Patterns…"), this);
    m_check->setToolTip(tr("Run every saved query of this table and compare the items each returns with the "
                           "items it reads and the capacity it consumes"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_check);
    layout->addWidget(m_status);
    layout->addWidget(m_location);

    const auto open = [this] {
        if (const SavedQuery* query = currentQuery())
            emit openRequested(*query);
    };
    connect(m_open, &QPushButton::clicked, this, open);
    connect(m_savedList, &QTreeWidget::itemActivated, this, open);
    connect(m_historyList, &QTreeWidget::itemActivated, this, open);
    connect(m_rename, &QPushButton::clicked, this, &SavedQueriesPanel::renameCurrent);
    connect(m_delete, &QPushButton::clicked, this, &SavedQueriesPanel::deleteCurrent);
    connect(m_check, &QPushButton::clicked, this, &SavedQueriesPanel::checkAccessPatterns);
    connect(m_tabs, &QTabWidget::currentChanged, this, &SavedQueriesPanel::updateButtons);
    connect(m_savedList, &QTreeWidget::currentItemChanged, this, &SavedQueriesPanel::updateButtons);
    connect(m_historyList, &QTreeWidget::currentItemChanged, this, &SavedQueriesPanel::updateButtons);
    connect(m_store, &SavedQueryStore::backendChanged, this, [this] { m_location->setText(m_store->locationText()); });
    connect(m_store, &SavedQueryStore::changed, this, &SavedQueriesPanel::reload);
    updateButtons();
    reload();
}

void SavedQueriesPanel::reload()
{
    m_pendingLoads = 2;
    const auto loaded = [this] {
        if (--m_pendingLoads == 0)
            emit reloaded();
    };
    m_store->listSaved([this, loaded](const QList<SavedQuery>& queries, const QString& error) {
        if (error.isEmpty()) {
            m_saved = queries;
            fillSaved();
        } else {
            showError(error);
        }
        loaded();
    });
    m_store->listHistory([this, loaded](const QList<SavedQuery>& queries, const QString& error) {
        if (error.isEmpty()) {
            m_history = queries;
            fillHistory();
        } else {
            showError(error);
        }
        loaded();
    });
}

void SavedQueriesPanel::fillSaved()
{
    const QString current = m_savedList->currentItem() ? m_savedList->currentItem()->text(0) : QString();
    m_savedList->clear();
    for (qsizetype i = 0; i < m_saved.size(); ++i) {
        const SavedQuery& query = m_saved.at(i);
        auto* row = new QTreeWidgetItem(m_savedList, { query.name, query.summary() });
        row->setData(0, Qt::UserRole, int(i));
        row->setToolTip(1, requestToolTip(query));
        row->setSizeHint(1, QSize(0, fontMetrics().height() + 8));
        if (query.name == current)
            m_savedList->setCurrentItem(row);
    }
    m_tabs->setTabText(SavedTab, tr("Saved (%1)").arg(m_saved.size()));
    updateButtons();
}

void SavedQueriesPanel::fillHistory()
{
    m_historyList->clear();
    const QLocale locale;
    for (qsizetype i = 0; i < m_history.size(); ++i) {
        const SavedQuery& query = m_history.at(i);
        auto* row = new QTreeWidgetItem(
            m_historyList, { locale.toString(query.savedAt.toLocalTime(), QLocale::ShortFormat), query.summary() });
        row->setData(0, Qt::UserRole, int(i));
        row->setToolTip(1, requestToolTip(query));
        row->setSizeHint(1, QSize(0, fontMetrics().height() + 8));
    }
    m_tabs->setTabText(HistoryTab, tr("History (%1)").arg(m_history.size()));
    updateButtons();
}

const SavedQuery* SavedQueriesPanel::currentQuery() const
{
    const bool saved = m_tabs->currentIndex() == SavedTab;
    const QTreeWidgetItem* row = (saved ? m_savedList : m_historyList)->currentItem();
    if (!row)
        return nullptr;
    const QList<SavedQuery>& queries = saved ? m_saved : m_history;
    const int index = row->data(0, Qt::UserRole).toInt();
    return index >= 0 && index < queries.size() ? &queries.at(index) : nullptr;
}

void SavedQueriesPanel::updateButtons()
{
    const bool saved = m_tabs->currentIndex() == SavedTab;
    const bool selected = currentQuery() != nullptr;
    m_open->setEnabled(selected);
    m_rename->setEnabled(saved && selected);
    m_delete->setEnabled(saved && selected);
    m_check->setEnabled(!m_saved.isEmpty() && m_connection);
}

void SavedQueriesPanel::showError(const QString& error)
{
    m_status->setText(error);
    m_status->setVisible(!error.isEmpty());
}

void SavedQueriesPanel::recordRun(const SavedQuery& query)
{
    SavedQuery entry = query;
    entry.name.clear();
    if (!entry.savedAt.isValid())
        entry.savedAt = QDateTime::currentDateTimeUtc();
    m_store->addHistory(entry, [this](const QString& error) { showError(error); });
}

void SavedQueriesPanel::saveQuery(const SavedQuery& query)
{
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Save Query"));
    dialog.setLabelText(tr("Name of this access pattern on %1:").arg(m_tableName));
    dialog.setTextValue(query.name.isEmpty() ? query.summary() : query.name);
    dialog.setOkButtonText(tr("Save"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.textValue().trimmed();
    if (name.isEmpty()) {
        showError(tr("A saved query needs a name."));
        return;
    }
    const bool exists
        = std::any_of(m_saved.cbegin(), m_saved.cend(), [&](const SavedQuery& saved) { return saved.name == name; });
    if (exists
        && QMessageBox::question(this, tr("Replace Saved Query"),
               tr("A query named \"%1\" is already saved for %2. Replace it?").arg(name, m_tableName),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    SavedQuery named = query;
    named.name = name;
    named.savedAt = QDateTime::currentDateTimeUtc();
    m_store->save(named, [this](const QString& error) { showError(error); });
}

void SavedQueriesPanel::renameCurrent()
{
    const SavedQuery* query = currentQuery();
    if (!query || m_tabs->currentIndex() != SavedTab)
        return;
    const QString from = query->name;
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Rename Saved Query"));
    dialog.setLabelText(tr("New name for \"%1\":").arg(from));
    dialog.setTextValue(from);
    dialog.setOkButtonText(tr("Rename"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString to = dialog.textValue().trimmed();
    if (to.isEmpty() || to == from)
        return;
    m_store->rename(from, to, [this](const QString& error) { showError(error); });
}

void SavedQueriesPanel::deleteCurrent()
{
    const SavedQuery* query = currentQuery();
    if (!query || m_tabs->currentIndex() != SavedTab)
        return;
    const QString name = query->name;
    if (QMessageBox::question(this, tr("Delete Saved Query"),
            tr("Delete the saved query \"%1\" of %2?").arg(name, m_tableName), QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_store->remove(name, [this](const QString& error) { showError(error); });
}

void SavedQueriesPanel::checkAccessPatterns()
{
    if (m_saved.isEmpty() || !m_connection)
        return;
    auto* dialog = new AccessPatternCheckDialog(m_connection, m_tableName, m_saved, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->start();
}

} // namespace dynoscope::ui
