// The engine's partition key hash (XXH3 over the typed key), so the UI can
// place keys on the ring exactly where the engine puts them.
#pragma once

#include <QJsonValue>

#include <optional>

namespace dynoscope::ui::PartitionKeyHash {

// The ring position of a partition key value in wire JSON ({"S": "..."}),
// or nothing when it is not a valid S, N or B value.
std::optional<quint64> ringPosition(const QJsonValue& attributeValue);

} // namespace dynoscope::ui::PartitionKeyHash
