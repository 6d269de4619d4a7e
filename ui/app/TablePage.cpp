// The table tab's content.
#include "app/TablePage.h"

#include "connection/Connection.h"

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
    : QWidget(parent), m_connection(connection), m_tableName(std::move(tableName)), m_summary(new QLabel)
{
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_summary);
    layout->addStretch();
    m_summary->setText(tr("Loading %1…").arg(m_tableName.toHtmlEscaped()));
    refresh();
}

void TablePage::refresh()
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
    const QLocale locale;
    const auto billing = d.value(QStringLiteral("BillingModeSummary")).toObject().value(QStringLiteral("BillingMode"));
    const auto throughput = d.value(QStringLiteral("ProvisionedThroughput")).toObject();
    QString capacity = billing.toString() == QStringLiteral("PAY_PER_REQUEST")
                           ? tr("On-demand")
                           : tr("Provisioned: %1 RCU, %2 WCU")
                                 .arg(throughput.value(QStringLiteral("ReadCapacityUnits")).toInt())
                                 .arg(throughput.value(QStringLiteral("WriteCapacityUnits")).toInt());
    QString indexes;
    for (const auto& member : {QStringLiteral("GlobalSecondaryIndexes"), QStringLiteral("LocalSecondaryIndexes")}) {
        for (const auto& value : d.value(member).toArray()) {
            const auto index = value.toObject();
            indexes += QStringLiteral("<li>%1 (%2): %3</li>")
                           .arg(index.value(QStringLiteral("IndexName")).toString().toHtmlEscaped(),
                                member.startsWith(QLatin1Char('G')) ? QStringLiteral("GSI") : QStringLiteral("LSI"),
                                keys(index.value(QStringLiteral("KeySchema")).toArray(),
                                     d.value(QStringLiteral("AttributeDefinitions")).toArray()));
        }
    }
    m_summary->setText(
        tr("<h2>%1</h2><p>Keys: %2</p><p>%3 items, %4 · %5 · status %6</p>%7")
            .arg(m_tableName.toHtmlEscaped(),
                 keys(d.value(QStringLiteral("KeySchema")).toArray(),
                      d.value(QStringLiteral("AttributeDefinitions")).toArray()),
                 locale.toString(d.value(QStringLiteral("ItemCount")).toVariant().toLongLong()),
                 locale.formattedDataSize(d.value(QStringLiteral("TableSizeBytes")).toVariant().toLongLong()), capacity,
                 d.value(QStringLiteral("TableStatus")).toString(),
                 indexes.isEmpty() ? QString() : tr("<p>Indexes:</p><ul>%1</ul>").arg(indexes)));
    emit described(d);
}

} // namespace dynoscope::ui
