// Bridges Qt JSON to the engine's value decoder and key hash.
#include "heatmap/PartitionKeyHash.h"

#include "model/KeyEncoding.h"
#include "model/WireJson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <boost/json.hpp>

namespace dynoscope::ui::PartitionKeyHash {

std::optional<quint64> ringPosition(const QJsonValue& attributeValue)
{
    if (!attributeValue.isObject())
        return std::nullopt;
    const QByteArray text = QJsonDocument(attributeValue.toObject()).toJson(QJsonDocument::Compact);
    boost::system::error_code error;
    const boost::json::value json = boost::json::parse(std::string_view(text.constData(), size_t(text.size())), error);
    if (error)
        return std::nullopt;
    try {
        const AttributeValue value = WireJson::decodeValue(json);
        const auto type = value.type();
        if (type != AttributeValue::Type::S && type != AttributeValue::Type::N && type != AttributeValue::Type::B)
            return std::nullopt;
        return KeyEncoding::partitionHash(value);
    } catch (...) {
        return std::nullopt; // not a well-formed value: nothing to place
    }
}

} // namespace dynoscope::ui::PartitionKeyHash
