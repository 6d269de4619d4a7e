// The table tab's content.
#include "app/TablePage.h"

#include "connection/Connection.h"
#include "items/ItemBrowser.h"
#include "items/ItemTableModel.h"
#include "query/QueryPanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QSettings>
#include <QSplitter>
#include <QToolButton>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace dynoscope::ui {

namespace {

QString keys(const QJsonArray& schema, const QJsonArray& definitions)
{
    QStringList parts;
    for (const auto& element : schema) {
        const QString name = element.toObject().value(QStringLiteral("AttributeName")).toString();
        QString type;
        for (const auto& d : definitions)
            if (d.toObject().value(QStringLiteral("AttributeName")).toString() == name)
                type = d.toObject().value(QStringLiteral("AttributeType")).toString();
        const bool hash = element.toObject().value(QStringLiteral("KeyType")).toString() == QStringLiteral("HASH");
        parts << QStringLiteral("<b>%1</b> %2 <i>(%3)</i>")
                     .arg(name.toHtmlEscaped(), type,
                          hash ? TablePage::tr("partition key") : TablePage::tr("sort key"));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

TablePage::TablePage(Connection* connection, QString tableName, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_tableName(std::move(tableName)), m_summary(new QLabel),
      m_items(new ItemBrowser(connection, m_tableName)), m_splitter(new QSplitter(Qt::Vertical)),
      m_queryAction(new QAction(tr("Query"), this))
{
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_queryAction->setCheckable(true);
    m_queryAction->setToolTip(tr("Show the query builder: Query or Scan with key conditions, filters and "
                                 "projections, run into the grid below"));
    auto* queryButton = new QToolButton;
    queryButton->setDefaultAction(m_queryAction);
    queryButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(queryButton, 0, Qt::AlignTop);
    m_splitter->addWidget(m_items);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(header);
    layout->addWidget(m_splitter, 1);
    m_summary->setText(tr("Loading %1…").arg(m_tableName.toHtmlEscaped()));

    ItemTableModel* model = m_items->model();
    connect(model, &QAbstractItemModel::columnsInserted, this, &TablePage::noteAttributes);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePage::noteAttributes);
    connect(m_queryAction, &QAction::toggled, this, [this](bool on) {
        setQueryVisible(on);
        QSettings().setValue(QStringLiteral("tablePage/queryVisible"), on);
    });
    m_queryAction->setChecked(QSettings().value(QStringLiteral("tablePage/queryVisible"), false).toBool());
    describe();
}

void TablePage::setQueryVisible(bool visible)
{
    if (visible && !m_query) {
        // Built on first use: its saved-query list is read from the connection.
        m_query = new QueryPanel(m_connection, m_tableName);
        m_query->setDescription(m_description);
        m_query->setAttributeNames(m_attributes);
        connect(m_query, &QueryPanel::runRequested, m_items, &ItemBrowser::showQuery);
        m_splitter->insertWidget(0, m_query);
        const QByteArray state = QSettings().value(QStringLiteral("tablePage/querySplitter")).toByteArray();
        if (state.isEmpty() || !m_splitter->restoreState(state))
            m_splitter->setSizes({460, 300});
        connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
            QSettings().setValue(QStringLiteral("tablePage/querySplitter"), m_splitter->saveState());
        });
    }
    if (m_query)
        m_query->setVisible(visible);
    if (m_queryAction->isChecked() != visible)
        m_queryAction->setChecked(visible);
}

void TablePage::noteAttributes()
{
    bool added = false;
    for (const QString& name : m_items->model()->columns())
        if (!m_attributes.contains(name)) {
            m_attributes << name;
            added = true;
        }
    if (added && m_query)
        m_query->setAttributeNames(m_attributes);
}

void TablePage::refresh()
{
    describe();
    if (!m_description.isEmpty())
        m_items->refresh();
}

void TablePage::describe()
{
    if (!m_connection)
        return;
    const QJsonObject request{{QStringLiteral("TableName"), m_tableName}};
    m_connection->send(QStringLiteral("DescribeTable"), QJsonDocument(request).toJson(QJsonDocument::Compact), this,
                       [this](const Reply& reply) {
                           if (!reply.ok) {
                               m_summary->setText(tr("<b>%1</b>: %2")
                                                      .arg(reply.errorType.toHtmlEscaped(),
                                                           reply.errorMessage.toHtmlEscaped()));
                               return;
                           }
                           show(QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("Table")).toObject());
                       });
}

void TablePage::show(const QJsonObject& d)
{
    m_description = d;
    m_items->setDescription(d);
    if (m_query)
        m_query->setDescription(d);
    const QLocale locale;
    const auto billing = d.value(QStringLiteral("BillingModeSummary")).toObject().value(QStringLiteral("BillingMode"));
    const auto throughput = d.value(QStringLiteral("ProvisionedThroughput")).toObject();
    QString capacity = billing.toString() == QStringLiteral("PAY_PER_REQUEST")
                           ? tr("On-demand")
                           : tr("Provisioned: %1 RCU, %2 WCU")
                                 .arg(throughput.value(QStringLiteral("ReadCapacityUnits")).toInt())
                                 .arg(throughput.value(QStringLiteral("WriteCapacityUnits")).toInt());
    QStringList indexes;
    for (const auto& member : {QStringLiteral("GlobalSecondaryIndexes"), QStringLiteral("LocalSecondaryIndexes")})
        for (const auto& value : d.value(member).toArray())
            indexes << value.toObject().value(QStringLiteral("IndexName")).toString().toHtmlEscaped();
    m_summary->setText(
        tr("<b style=\"font-size:large\">%1</b> &nbsp; %2 &nbsp;·&nbsp; %3 items, %4 &nbsp;·&nbsp; %5%6")
            .arg(m_tableName.toHtmlEscaped(),
                 keys(d.value(QStringLiteral("KeySchema")).toArray(),
                      d.value(QStringLiteral("AttributeDefinitions")).toArray()),
                 locale.toString(d.value(QStringLiteral("ItemCount")).toVariant().toLongLong()),
                 locale.formattedDataSize(d.value(QStringLiteral("TableSizeBytes")).toVariant().toLongLong()), capacity,
                 indexes.isEmpty() ? QString() : tr(" &nbsp;·&nbsp; indexes: %1").arg(indexes.join(QStringLiteral(", ")))));
    emit described(d);
}

} // namespace dynoscope::ui
