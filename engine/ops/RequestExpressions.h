// The expressions of one request, whether given as expressions or as the
// legacy parameters (Expected, AttributeUpdates, AttributesToGet, ...): parsed
// once, with ExpressionAttributeNames/Values resolved and checked for unused
// entries, then applied to items by the operations.
#pragma once

#include "api/RequestReader.h"
#include "model/TableInfo.h"

#include <dynoscope/AttributeValue.h>

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace dynoscope::ops {

class Condition {
public:
    virtual ~Condition() = default;
    // `item` is null when the item does not exist.
    virtual bool matches(const Item* item) const = 0;
};

class Projection {
public:
    virtual ~Projection() = default;
    virtual Item apply(const Item& item) const = 0;
};

class Updater {
public:
    virtual ~Updater() = default;
    // Applies the update to `item` (the old item, or just its key when it is
    // new). Adds the names of changed top-level attributes to *updated.
    virtual void apply(Item& item, std::set<std::string>* updated) const = 0;
};

struct SortCondition {
    enum class Op { Eq, Lt, Le, Gt, Ge, Between, BeginsWith } op = Op::Eq;
    AttributeValue value;
    AttributeValue upper; // BETWEEN's second value
};

struct KeyConditions {
    AttributeValue partitionValue;
    std::optional<SortCondition> sort;
};

// Reads and parses the expression members of a request. Each getter returns
// null when the request has neither the expression nor its legacy form.
class RequestExpressions {
public:
    explicit RequestExpressions(const api::RequestReader& request);
    ~RequestExpressions();

    // ConditionExpression or Expected (+ ConditionalOperator).
    std::unique_ptr<Condition> condition();
    // FilterExpression or QueryFilter/ScanFilter (+ ConditionalOperator).
    std::unique_ptr<Condition> filter(std::string_view legacyMember);
    // ProjectionExpression or AttributesToGet.
    std::unique_ptr<Projection> projection();
    // UpdateExpression or AttributeUpdates.
    std::unique_ptr<Updater> updater();
    // KeyConditionExpression or KeyConditions, for the given key schema.
    // Throws when absent.
    KeyConditions keyConditions(const KeyAttribute& hashKey, const std::optional<KeyAttribute>& rangeKey);

    // Throws when ExpressionAttributeNames/Values hold unused entries, or
    // when expression and legacy parameters are mixed.
    // REQUIRES: every getter this request needs was called first.
    void finish();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace dynoscope::ops
