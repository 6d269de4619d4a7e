// The table tab's content.
#include "app/TablePage.h"

#include "connection/Connection.h"
#include "items/ItemBrowser.h"

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
      m_items(new ItemBrowser(connection, m_tableName))
{
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_items, 1);
    m_summary->setText(tr("Loading %1…").arg(m_tableName.toHtmlEscaped()));
    describe();
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
