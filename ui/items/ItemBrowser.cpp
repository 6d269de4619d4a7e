// The item grid and its toolbar, find bar and menus.
#include "items/ItemBrowser.h"

#include "connection/Connection.h"
#include "items/AttributeDelegate.h"
#include "items/ItemJson.h"
#include "items/ItemTableModel.h"
#include "query/QueryResultBar.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dynoscope::ui {

namespace {

// Rows per request while browsing; a query uses its own Limit.
constexpr int kBrowsePageSize = 500;

QStringList keyNames(const QJsonArray& schema)
{
    QStringList names;
    for (const auto& element : schema)
        names << element.toObject().value(QStringLiteral("AttributeName")).toString();
    return names;
}

// Fills a tree with an attribute value's structure.
void addValue(QTreeWidgetItem* parent, const QString& name, const QJsonValue& value)
{
    const QJsonObject typed = value.toObject();
    const QString type = typed.size() == 1 ? typed.begin().key() : QString();
    const QJsonValue inner = typed.begin().value();
    auto* node = new QTreeWidgetItem(parent, {name, type});
    if (type == QLatin1String("M")) {
        const QJsonObject map = inner.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            addValue(node, it.key(), it.value());
    } else if (type == QLatin1String("L")) {
        const QJsonArray list = inner.toArray();
        for (int i = 0; i < list.size(); ++i)
            addValue(node, QStringLiteral("[%1]").arg(i), list[i]);
    } else if (inner.isArray()) { // sets
        for (const auto& element : inner.toArray())
            new QTreeWidgetItem(node, {QString(), type.left(1), element.toString()});
    } else {
        node->setText(2, inner.isBool() ? (inner.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                         : inner.isString() ? inner.toString()
                                            : QStringLiteral("null"));
    }
}

} // namespace

ItemBrowser::ItemBrowser(Connection* connection, QString tableName, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_tableName(std::move(tableName)),
      m_model(new ItemTableModel(connection, this)), m_view(new QTableView), m_source(new QComboBox),
      m_status(new QLabel), m_sourceLabel(new QLabel(tr("Scan:"))), m_resultBar(new QueryResultBar),
      m_hideExpired(new QCheckBox(tr("Hide expired"))), m_message(new QLabel), m_findBar(new QWidget),
      m_findText(new QLineEdit)
{
    auto* refreshButton = new QToolButton;
    refreshButton->setText(tr("Refresh"));
    connect(refreshButton, &QToolButton::clicked, this, &ItemBrowser::refresh);
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_sourceLabel);
    toolbar->addWidget(m_source);
    toolbar->addWidget(refreshButton);
    toolbar->addWidget(m_hideExpired);
    toolbar->addWidget(m_resultBar, 1);
    toolbar->addStretch();
    m_hideExpired->setToolTip(tr("Items whose TTL has passed stay readable until DynamoDB deletes them; "
                                 "they are shown struck out."));
    m_hideExpired->hide(); // shown once the table turns out to have TTL
    connect(m_hideExpired, &QCheckBox::toggled, this, [this] { applyExpiredFilter(0, m_model->rowCount() - 1); });
    toolbar->addWidget(m_status);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ItemBrowser::chooseSource);

    m_message->setWordWrap(true);
    m_message->hide();
    m_resultBar->hide();
    connect(m_resultBar, &QueryResultBar::stopRequested, this, [this] {
        m_model->stop();
        updateStatus();
    });
    connect(m_resultBar, &QueryResultBar::backRequested, this, &ItemBrowser::showTable);

    m_view->setObjectName(QStringLiteral("itemGrid"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new AttributeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &ItemBrowser::showHeaderMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionMoved, this, [this] { saveColumns(); });
    connect(m_view, &QTableView::customContextMenuRequested, this, &ItemBrowser::showItemMenu);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (m_model->flags(index) & Qt::ItemIsEditable)
            return; // edited in place
        const QString type = index.data(ItemTableModel::TypeRole).toString();
        if (type == QLatin1String("M") || type == QLatin1String("L") || type.size() == 2)
            showStructure(index);
        else if (const QJsonObject key = m_model->key(index.row()); !key.isEmpty())
            emit editItemRequested(key);
        else
            showMessage(tr("This item cannot be opened: the projection left out its table key."), false);
    });

    // Find bar (Ctrl+F).
    auto* findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    auto* findNextButton = new QPushButton(tr("Find Next"));
    auto* closeFind = new QToolButton;
    closeFind->setText(QStringLiteral("×"));
    findLayout->addWidget(new QLabel(tr("Find:")));
    findLayout->addWidget(m_findText, 1);
    findLayout->addWidget(findNextButton);
    findLayout->addWidget(closeFind);
    m_findBar->hide();
    auto find = [this] {
        if (!findNext(m_findText->text()))
            showMessage(tr("\"%1\" is not in the loaded items.").arg(m_findText->text()), false);
    };
    connect(m_findText, &QLineEdit::returnPressed, this, find);
    connect(findNextButton, &QPushButton::clicked, this, find);
    connect(closeFind, &QToolButton::clicked, m_findBar, &QWidget::hide);

    // The window's Item menu carries the shortcuts (Ctrl+F, Del, Ctrl+C).
    m_findAction = new QAction(tr("Find…"), this);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_findBar->show();
        m_findText->setFocus();
        m_findText->selectAll();
    });
    m_deleteAction = new QAction(tr("Delete Items…"), this);
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteSelected(true); });
    m_copyAction = new QAction(tr("Copy as JSON"), this);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        QJsonArray items;
        for (const QJsonObject& item : selectedItems())
            items.append(item);
        QApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented)));
    });
    m_copyPlainAction = new QAction(tr("Copy as Plain JSON"), this);
    connect(m_copyPlainAction, &QAction::triggered, this, [this] {
        // One item per line, converted without losing a digit or a type.
        QByteArray lines;
        for (const QJsonObject& item : selectedItems()) {
            ItemJsonError error;
            lines += ItemJson::dynamoToPlain(QJsonDocument(item).toJson(QJsonDocument::Compact), ItemJsonStyle::Compact,
                                             &error) +
                     '\n';
        }
        QApplication::clipboard()->setText(QString::fromUtf8(lines));
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);

    connect(m_model, &ItemTableModel::pageLoaded, this, &ItemBrowser::updateStatus);
    connect(m_model, &ItemTableModel::loadingChanged, this, &ItemBrowser::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_hiddenRows = 0; });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { applyExpiredFilter(first, last); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                applyExpiredFilter(topLeft.row(), bottomRight.row());
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ItemBrowser::updateStatus);
    connect(m_model, &QAbstractItemModel::columnsInserted, this, &ItemBrowser::restoreColumns);
    connect(m_model, &ItemTableModel::loadFailed, this, [this](const QString& type, const QString& message) {
        if (m_queryMode) {
            m_queryErrorType = type;
            m_queryErrorMessage = message;
        } else {
            showMessage(tr("%1: %2").arg(type, message), true);
        }
        updateStatus();
    });
    connect(m_model, &ItemTableModel::editFailed, this,
            [this](int, const QString& attribute, const QString& message) {
                showMessage(tr("%1 was not saved: %2").arg(attribute, message), true);
            });
    connect(m_model, &ItemTableModel::editSucceeded, this, [this](int, const QString& attribute) {
        showMessage(tr("Saved %1.").arg(attribute), false);
    });
}

void ItemBrowser::setDescription(const QJsonObject& description)
{
    const bool first = m_description.isEmpty();
    m_description = description;
    const QString current = m_source->currentData().toString();
    QSignalBlocker block(m_source);
    m_source->clear();
    m_source->addItem(tr("Table %1").arg(m_tableName), QString());
    for (const auto& member : {QStringLiteral("GlobalSecondaryIndexes"), QStringLiteral("LocalSecondaryIndexes")})
        for (const auto& index : description.value(member).toArray()) {
            const QString name = index.toObject().value(QStringLiteral("IndexName")).toString();
            m_source->addItem(tr("Index %1").arg(name), name);
        }
    m_source->setCurrentIndex(std::max(0, m_source->findData(current)));
    if (first) {
        chooseSource();
        describeTimeToLive();
    }
}

void ItemBrowser::describeTimeToLive()
{
    if (!m_connection)
        return;
    const QJsonObject request{{QStringLiteral("TableName"), m_tableName}};
    m_connection->send(QStringLiteral("DescribeTimeToLive"), QJsonDocument(request).toJson(QJsonDocument::Compact),
                       this, [this](const Reply& reply) {
                           const QJsonObject ttl = QJsonDocument::fromJson(reply.body)
                                                       .object()
                                                       .value(QStringLiteral("TimeToLiveDescription"))
                                                       .toObject();
                           const bool enabled =
                               reply.ok && ttl.value(QStringLiteral("TimeToLiveStatus")).toString() ==
                                               QStringLiteral("ENABLED");
                           m_model->setTimeToLiveAttribute(
                               enabled ? ttl.value(QStringLiteral("AttributeName")).toString() : QString());
                           m_hideExpired->setVisible(enabled);
                       });
}

void ItemBrowser::applyExpiredFilter(int first, int last)
{
    const bool hide = m_hideExpired->isChecked();
    if (!hide && m_hiddenRows == 0)
        return;
    for (int row = first; row <= last; ++row) {
        const bool expired = hide && m_model->index(row, 0).data(ItemTableModel::LoadedRole).toBool() &&
                             m_model->isExpired(row);
        if (m_view->isRowHidden(row) != expired) {
            m_view->setRowHidden(row, expired);
            m_hiddenRows += expired ? 1 : -1;
        }
    }
}

void ItemBrowser::chooseSource()
{
    const QString indexName = m_source->currentData().toString();
    QJsonObject request{{QStringLiteral("TableName"), m_tableName}};
    QStringList displayKeys = keyNames(m_description.value(QStringLiteral("KeySchema")).toArray());
    const QStringList tableKeys = displayKeys;
    if (!indexName.isEmpty()) {
        request.insert(QStringLiteral("IndexName"), indexName);
        for (const auto& member : {QStringLiteral("GlobalSecondaryIndexes"), QStringLiteral("LocalSecondaryIndexes")})
            for (const auto& index : m_description.value(member).toArray())
                if (index.toObject().value(QStringLiteral("IndexName")).toString() == indexName)
                    displayKeys = keyNames(index.toObject().value(QStringLiteral("KeySchema")).toArray()) + tableKeys;
        displayKeys.removeDuplicates();
    }
    m_message->hide();
    m_model->setSource(QStringLiteral("Scan"), request, tableKeys, displayKeys);
    restoreColumns();
    updateStatus();
}

void ItemBrowser::showQuery(const QString& operation, const QJsonObject& request, int maxItems)
{
    m_queryMode = true;
    m_queryOperation = operation;
    m_queryErrorType.clear();
    m_queryErrorMessage.clear();
    m_message->hide();
    m_sourceLabel->hide();
    m_source->hide();
    m_status->hide();
    m_resultBar->show();

    QJsonObject source = request;
    const int limit = source.take(QStringLiteral("Limit")).toInt();
    const QStringList tableKeys = keyNames(m_description.value(QStringLiteral("KeySchema")).toArray());
    QStringList displayKeys = tableKeys;
    const QString indexName = request.value(QStringLiteral("IndexName")).toString();
    for (const auto& member : {QStringLiteral("GlobalSecondaryIndexes"), QStringLiteral("LocalSecondaryIndexes")})
        for (const auto& index : m_description.value(member).toArray())
            if (index.toObject().value(QStringLiteral("IndexName")).toString() == indexName)
                displayKeys = keyNames(index.toObject().value(QStringLiteral("KeySchema")).toArray()) + tableKeys;
    displayKeys.removeDuplicates();
    m_model->setPageSize(limit);
    m_model->setMaxItems(maxItems);
    m_model->setSource(operation, source, tableKeys, displayKeys);
    updateStatus();
}

void ItemBrowser::showTable()
{
    m_queryMode = false;
    m_resultBar->hide();
    m_sourceLabel->show();
    m_source->show();
    m_status->show();
    m_model->setPageSize(kBrowsePageSize);
    m_model->setMaxItems(0);
    chooseSource();
}

void ItemBrowser::refresh()
{
    m_message->hide();
    m_queryErrorType.clear();
    m_queryErrorMessage.clear();
    m_model->reload();
    updateStatus();
}

void ItemBrowser::updateStatus()
{
    if (m_queryMode) {
        QueryResult result;
        result.operation = m_queryOperation;
        result.rows = m_model->rowCount();
        result.count = m_model->returnedCount();
        result.scanned = m_model->scannedCount();
        result.capacity = m_model->consumedCapacity();
        result.pages = m_model->pagesRead();
        result.loading = m_model->isLoading();
        result.complete = m_model->isComplete();
        result.stopped = m_model->isStopped();
        result.reachedMaxItems = m_model->reachedMaxItems();
        result.errorType = m_queryErrorType;
        result.errorMessage = m_queryErrorMessage;
        m_resultBar->setResult(result);
        return;
    }
    const QLocale locale;
    QString text = tr("%n item(s) loaded", nullptr, m_model->rowCount());
    if (m_model->scannedCount() != m_model->rowCount())
        text += tr(" · %1 scanned").arg(locale.toString(m_model->scannedCount()));
    text += tr(" · %1 RCU").arg(locale.toString(m_model->consumedCapacity(), 'g', 6));
    text += m_model->isComplete() ? tr(" · complete") : tr(" · more when you scroll");
    m_status->setText(text);
}

void ItemBrowser::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #c0392b; }") : QString());
    m_message->show();
}

QJsonObject ItemBrowser::currentKey() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->key(current.row()) : QJsonObject();
}

QList<QJsonObject> ItemBrowser::selectedItems() const
{
    QList<QJsonObject> items;
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    for (int row : rows) {
        const QJsonObject item = m_model->item(row);
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

bool ItemBrowser::findNext(const QString& text)
{
    if (text.isEmpty())
        return false;
    const int columns = m_model->columnCount();
    const int rows = m_model->rowCount();
    const QModelIndex current = m_view->currentIndex();
    const int start = current.isValid() ? current.row() * columns + current.column() + 1 : 0;
    for (int offset = 0; offset < rows * columns; ++offset) {
        const int position = (start + offset) % (rows * columns);
        const QModelIndex index = m_model->index(position / columns, position % columns);
        if (!index.data(ItemTableModel::LoadedRole).toBool())
            continue;
        if (index.data().toString().contains(text, Qt::CaseInsensitive)) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void ItemBrowser::deleteSelected(bool confirm)
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        if (!m_model->key(index.row()).isEmpty())
            rows << index.row();
    if (rows.isEmpty() || !m_connection)
        return;
    if (confirm && QMessageBox::question(this, tr("Delete Items"),
                                         tr("Delete %n item(s) from %1? This cannot be undone.", nullptr,
                                            int(rows.size()))
                                             .arg(m_tableName)) != QMessageBox::Yes)
        return;

    // A few deletes at a time, with progress and cancel for large selections.
    struct Run {
        QList<QPair<int, QJsonObject>> pending; // row, key
        QList<int> deleted;
        int inFlight = 0;
        bool cancelled = false;
        QStringList errors;
        QPointer<QProgressDialog> progress;
    };
    auto run = std::make_shared<Run>();
    for (int row : rows)
        run->pending.append({row, m_model->key(row)});
    const int total = int(rows.size());
    if (total > 20) {
        run->progress = new QProgressDialog(tr("Deleting items…"), tr("Cancel"), 0, total, this);
        run->progress->setAttribute(Qt::WA_DeleteOnClose);
        run->progress->setMinimumDuration(200);
        connect(run->progress, &QProgressDialog::canceled, this, [run] { run->cancelled = true; });
    }
    auto pump = std::make_shared<std::function<void()>>();
    *pump = [this, run, pump, total] {
        while (!run->cancelled && run->inFlight < 8 && !run->pending.isEmpty()) {
            const auto [row, key] = run->pending.takeFirst();
            ++run->inFlight;
            const QJsonObject request{{QStringLiteral("TableName"), m_tableName}, {QStringLiteral("Key"), key}};
            m_connection->send(QStringLiteral("DeleteItem"), QJsonDocument(request).toJson(QJsonDocument::Compact),
                               this, [run, pump, row](const Reply& reply) {
                                   --run->inFlight;
                                   if (reply.ok)
                                       run->deleted.append(row);
                                   else
                                       run->errors << reply.errorMessage;
                                   (*pump)();
                               });
        }
        if (run->progress)
            run->progress->setValue(int(run->deleted.size() + run->errors.size()));
        if (run->inFlight > 0 || (!run->pending.isEmpty() && !run->cancelled))
            return;
        if (run->progress)
            run->progress->close();
        m_model->removeItemRows(run->deleted);
        QString text = tr("Deleted %1 of %2 items.").arg(run->deleted.size()).arg(total);
        if (!run->errors.isEmpty())
            text += QLatin1Char(' ') + tr("First error: %1").arg(run->errors.first());
        showMessage(text, !run->errors.isEmpty());
        // End the self-reference once this call has returned.
        QTimer::singleShot(0, [pump] { *pump = nullptr; });
    };
    (*pump)();
}

void ItemBrowser::showItemMenu(const QPoint& position)
{
    QMenu menu(this);
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid()) {
        const QJsonObject item = m_model->item(index.row());
        const QJsonObject key = m_model->key(index.row());
        menu.addAction(tr("Edit Item…"), this, [this, key] { emit editItemRequested(key); })
            ->setEnabled(!key.isEmpty());
        menu.addAction(tr("Duplicate Item…"), this, [this, item] { emit duplicateItemRequested(item); })
            ->setEnabled(!item.isEmpty());
        menu.addSeparator();
    }
    menu.addAction(m_copyAction);
    menu.addAction(m_copyPlainAction);
    menu.addAction(m_deleteAction);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ItemBrowser::showHeaderMenu(const QPoint& position)
{
    QHeaderView* header = m_view->horizontalHeader();
    QMenu menu(this);
    const QStringList columns = m_model->columns();
    for (int i = 0; i < columns.size(); ++i) {
        QAction* action = menu.addAction(columns[i]);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(i));
        connect(action, &QAction::toggled, this, [this, header, i](bool shown) {
            header->setSectionHidden(i, !shown);
            saveColumns();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Show All Columns"), this, [this, header] {
        for (int i = 0; i < header->count(); ++i)
            header->setSectionHidden(i, false);
        for (int i = 0; i < header->count(); ++i)
            header->moveSection(header->visualIndex(i), i);
        saveColumns();
    });
    menu.exec(header->mapToGlobal(position));
}

QString ItemBrowser::settingsKey() const
{
    const QString connection = m_connection ? m_connection->displayName() : QString();
    return QStringLiteral("columns/") + QString::fromLatin1(connection.toUtf8().toBase64(QByteArray::Base64UrlEncoding)) +
           QLatin1Char('/') + m_tableName + QLatin1Char('/') + m_source->currentData().toString();
}

void ItemBrowser::saveColumns() const
{
    // A query's columns are its own: the table's arrangement is kept.
    if (m_restoringColumns || m_queryMode)
        return;
    QHeaderView* header = m_view->horizontalHeader();
    const QStringList columns = m_model->columns();
    QStringList order, hidden;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        order << columns.value(logical);
        if (header->isSectionHidden(logical))
            hidden << columns.value(logical);
    }
    QSettings settings;
    settings.setValue(settingsKey() + QStringLiteral("/order"), order);
    settings.setValue(settingsKey() + QStringLiteral("/hidden"), hidden);
}

void ItemBrowser::restoreColumns()
{
    if (m_queryMode)
        return;
    QSettings settings;
    const QStringList order = settings.value(settingsKey() + QStringLiteral("/order")).toStringList();
    const QStringList hidden = settings.value(settingsKey() + QStringLiteral("/hidden")).toStringList();
    if (order.isEmpty() && hidden.isEmpty())
        return;
    m_restoringColumns = true;
    QHeaderView* header = m_view->horizontalHeader();
    const QStringList columns = m_model->columns();
    int target = 0;
    for (const QString& name : order) {
        const int logical = int(columns.indexOf(name));
        if (logical < 0)
            continue;
        header->moveSection(header->visualIndex(logical), target++);
    }
    for (int i = 0; i < columns.size(); ++i)
        header->setSectionHidden(i, hidden.contains(columns[i]));
    m_restoringColumns = false;
}

void ItemBrowser::showStructure(const QModelIndex& index)
{
    const QJsonValue value = index.data(ItemTableModel::AttributeRole).toJsonValue();
    if (value.isUndefined())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("%1 of an item in %2").arg(m_model->columns().value(index.column()), m_tableName));
    auto* tree = new QTreeWidget;
    tree->setHeaderLabels({tr("Name"), tr("Type"), tr("Value")});
    addValue(tree->invisibleRootItem(), m_model->columns().value(index.column()), value);
    tree->expandAll();
    tree->resizeColumnToContents(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    dialog.resize(560, 420);
    dialog.exec();
}

} // namespace dynoscope::ui
