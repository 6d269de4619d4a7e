// TransactWriteItems and TransactGetItems. Writes are serialised by the
// write lease, so a transaction is simply one SQLite transaction: every
// action is checked against the items as they are, and either all writes
// commit or, with one failed check, none is made and DynamoDB's
// TransactionCanceledException lists a reason per action. Reads run in one
// read snapshot, so they never see half of a transaction.
#include "ops/TransactionOps.h"

#include "model/ItemSize.h"
#include "model/WireJson.h"
#include "ops/CapacityByTable.h"
#include "ops/CapacityCharge.h"
#include "ops/EngineImpl.h"
#include "ops/ItemCollections.h"
#include "ops/ItemKeys.h"
#include "ops/ItemWriter.h"
#include "ops/OpsCommon.h"
#include "ops/RequestExpressions.h"
#include "ops/RequestMembers.h"
#include "storage/ItemStore.h"

#include <dynoscope/Error.h>

#include <set>
#include <tuple>

namespace dynoscope::ops {

namespace {

using api::RequestReader;

constexpr std::size_t kMaxActions = 100;
constexpr std::size_t kMaxTokenLength = 36;
constexpr std::size_t kMaxAggregateBytes = 4 * 1024 * 1024;

const char kSameItem[] = "Transaction request cannot include multiple operations on one item";

enum class Kind { ConditionCheck, Put, Delete, Update };

struct KindInfo {
    Kind kind;
    const char* member; // in TransactWriteItem
    const char* path;   // in validation messages
};
constexpr KindInfo kKinds[] = {
    {Kind::ConditionCheck, "ConditionCheck", "conditionCheck"},
    {Kind::Put, "Put", "put"},
    {Kind::Delete, "Delete", "delete"},
    {Kind::Update, "Update", "update"},
};

struct Action {
    Kind kind = Kind::Put;
    int kinds = 0; // how many of Put, Update, ... the element holds
    const boost::json::object* body = nullptr;
    Item item; // Put: the item; otherwise the key
    std::optional<expr::ConditionExpression> condition;
    std::optional<expr::UpdateExpression> update;
    bool returnOldOnFailure = false;
    TableInfoPtr table;
    storage::StoredKey key;
};

// What checking one action against the stored items found.
struct Outcome {
    std::string code = "None";
    std::string message;
    std::string itemJson; // ALL_OLD on a failed condition
    std::optional<Item> old;
    std::optional<Item> next; // the version to write; none for Delete and ConditionCheck
    std::size_t size = 0;     // the larger of the old and new versions
};

void checkTransactItems(RequestReader& r, const boost::json::array* list)
{
    if (!list)
        r.violationNull("transactItems");
    else if (list->empty())
        r.violation("[]", "transactItems", "Member must have length greater than or equal to 1");
    else if (list->size() > kMaxActions)
        r.violation("[...]", "transactItems", "Member must have length less than or equal to 100");
}

// The members an action (or a Get) must have; violations go to r.
void checkTarget(RequestReader& r, const boost::json::object& body, const std::string& path, const char* keyMember)
{
    RequestReader b(body);
    const auto tableName = b.string("TableName");
    if (!tableName)
        r.violationNull(path + ".tableName");
    r.checkName(tableName, path + ".tableName");
    if (!b.objectMember(keyMember))
        r.violationNull(path + "." + api::memberPath(keyMember));
}

std::vector<Action> readWriteActions(RequestReader& r, const boost::json::array* list)
{
    std::vector<Action> actions;
    for (std::size_t i = 0; list && i < list->size(); ++i) {
        Action& action = actions.emplace_back();
        RequestReader e(elementObject((*list)[i]));
        for (const KindInfo& info : kKinds) {
            const boost::json::object* body = e.objectMember(info.member);
            if (!body)
                continue;
            ++action.kinds;
            action.kind = info.kind;
            action.body = body;
            const std::string path = "transactItems." + std::to_string(i + 1) + ".member." + info.path;
            checkTarget(r, *body, path, info.kind == Kind::Put ? "Item" : "Key");
            RequestReader b(*body);
            if (info.kind == Kind::Update && !b.string("UpdateExpression"))
                r.violationNull(path + ".updateExpression");
            if (info.kind == Kind::ConditionCheck && !b.string("ConditionExpression"))
                r.violationNull(path + ".conditionExpression");
            r.checkEnum(b.string("ReturnValuesOnConditionCheckFailure"), path + ".returnValuesOnConditionCheckFailure",
                        {"ALL_OLD", "NONE"});
        }
    }
    r.throwViolations();

    for (Action& action : actions) {
        if (action.kinds == 0)
            throw Error::validation("The action or operation requested is invalid. Verify that the action is typed "
                                    "correctly.");
        if (action.kinds > 1)
            throw Error::validation("TransactItems can only contain one of Check, Put, Update or Delete");
        RequestReader b(*action.body);
        action.item = WireJson::decodeItem(action.body->at(action.kind == Kind::Put ? "Item" : "Key"));
        if (action.kind == Kind::Put && ItemSize::itemSize(action.item) > ItemSize::kMaxItemSize)
            throw Error::validation("Item size has exceeded the maximum allowed size");
        if (action.kind == Kind::Update) {
            RequestExpressions expressions(b, {"UpdateExpression", "ConditionExpression"}, {});
            action.update = expressions.update();
            action.condition = expressions.condition();
            expressions.finish();
        } else {
            RequestExpressions expressions(b, {"ConditionExpression"}, {});
            action.condition = expressions.condition();
            expressions.finish();
        }
        action.returnOldOnFailure = b.string("ReturnValuesOnConditionCheckFailure") == "ALL_OLD";
    }
    return actions;
}

// Tables and keys, with the messages of the single-item operations.
void resolveActions(EngineImpl& engine, std::vector<Action>& actions)
{
    std::set<std::tuple<std::int64_t, std::string, std::string>> targets;
    for (Action& action : actions) {
        action.table = tableForItems(engine, action.body->at("TableName").get_string().c_str());
        const TableInfo& table = *action.table;
        if (action.kind == Kind::Put) {
            action.key = storedKeyFromItem(table, action.item);
            ItemWriter::checkIndexKeys(table, action.item);
        } else {
            action.key = storedKeyFromKey(table, action.item);
        }
        if (action.update)
            for (const auto& name : action.update->updatedAttributes())
                if (table.isKeyAttribute(name))
                    throw Error::validation("One or more parameter values were invalid: Cannot update attribute " +
                                            name + ". This attribute is part of the key");
        if (!targets.emplace(table.id, action.key.pk, action.key.sk).second)
            throw Error::validation(kSameItem);
    }
}

// Checks an action against the stored item and works out what it writes.
Outcome evaluate(ItemWriter& writer, const Action& action)
{
    Outcome outcome;
    outcome.old = writer.read(*action.table, action.key);
    const std::size_t oldSize = outcome.old ? ItemSize::itemSize(*outcome.old) : 0;
    outcome.size = oldSize;
    if (action.condition && !action.condition->evaluate(outcome.old ? *outcome.old : Item())) {
        outcome.code = "ConditionalCheckFailed";
        outcome.message = "The conditional request failed";
        if (action.returnOldOnFailure && outcome.old)
            WireJson::appendItemJson(outcome.itemJson, *outcome.old);
        return outcome;
    }
    if (action.kind == Kind::Put) {
        outcome.next = action.item;
    } else if (action.kind == Kind::Update) {
        // Errors the update meets on this item cancel the transaction.
        try {
            Item next = outcome.old ? *outcome.old : action.item;
            action.update->apply(next, outcome.old.has_value());
            if (ItemSize::itemSize(next) > ItemSize::kMaxItemSize)
                throw Error::validation("Item size to update has exceeded the maximum allowed size");
            ItemWriter::checkIndexKeys(*action.table, next);
            outcome.next = std::move(next);
        } catch (const Error& e) {
            if (e.code() != Error::Code::Validation)
                throw;
            outcome.code = "ValidationError";
            outcome.message = e.message();
            return outcome;
        }
    }
    if (outcome.next)
        outcome.size = std::max(oldSize, ItemSize::itemSize(*outcome.next));
    return outcome;
}

// The bytes an action adds to its partition (negative: frees).
std::int64_t sizeChange(const Action& action, const Outcome& outcome)
{
    const auto sizeOf = [](const std::optional<Item>& item) {
        return item ? std::int64_t(ItemSize::itemSize(*item)) : 0;
    };
    if (outcome.next)
        return sizeOf(outcome.next) - sizeOf(outcome.old);
    return action.kind == Kind::Delete ? -sizeOf(outcome.old) : 0;
}

// An action whose partition throttled it cancels the transaction.
Outcome throttledOutcome(const Error& throttle)
{
    Outcome outcome;
    outcome.code = "ProvisionedThroughputExceeded";
    outcome.message = throttle.message();
    return outcome;
}

// An item held by a (simulated) transaction in flight cancels the actions on it.
Outcome heldOutcome()
{
    Outcome outcome;
    outcome.code = "TransactionConflict";
    outcome.message = ItemHolds::kMessage;
    return outcome;
}

[[noreturn]] void cancel(const std::vector<Outcome>& outcomes)
{
    std::string codes;
    std::string reasons = "\"CancellationReasons\":[";
    for (const Outcome& outcome : outcomes) {
        if (!codes.empty()) {
            codes += ", ";
            reasons += ',';
        }
        codes += outcome.code;
        reasons += "{\"Code\":\"" + outcome.code + "\"";
        if (!outcome.message.empty()) {
            reasons += ",\"Message\":";
            WireJson::appendStringJson(reasons, outcome.message);
        }
        if (!outcome.itemJson.empty())
            reasons += ",\"Item\":" + outcome.itemJson;
        reasons += '}';
    }
    reasons += ']';
    Error error = Error::transactionCanceled(
        "Transaction cancelled, please refer cancellation reasons for specific reasons [" + codes + "]");
    error.setExtraJsonMembers(std::move(reasons));
    throw error;
}

struct Get {
    Item key;
    std::optional<expr::ProjectionExpression> projection;
    TableInfoPtr table;
    storage::StoredKey storedKey;
};

std::vector<Get> readGets(EngineImpl& engine, RequestReader& r, const boost::json::array* list)
{
    std::vector<const boost::json::object*> bodies;
    for (std::size_t i = 0; list && i < list->size(); ++i) {
        const boost::json::object* body = RequestReader(elementObject((*list)[i])).objectMember("Get");
        const std::string path = "transactItems." + std::to_string(i + 1) + ".member.get";
        if (!body)
            r.violationNull(path);
        else
            checkTarget(r, *body, path, "Key");
        bodies.push_back(body);
    }
    r.throwViolations();

    std::vector<Get> gets;
    for (const boost::json::object* body : bodies) {
        Get& get = gets.emplace_back();
        RequestReader b(*body);
        get.key = WireJson::decodeItem(body->at("Key"));
        RequestExpressions expressions(b, {"ProjectionExpression"}, {});
        get.projection = expressions.projection();
        expressions.finish();
    }
    std::set<std::tuple<std::int64_t, std::string, std::string>> targets;
    for (std::size_t i = 0; i < gets.size(); ++i) {
        Get& get = gets[i];
        get.table = tableForItems(engine, bodies[i]->at("TableName").get_string().c_str());
        get.storedKey = storedKeyFromKey(*get.table, get.key);
        if (!targets.emplace(get.table->id, get.storedKey.pk, get.storedKey.sk).second)
            throw Error::validation(kSameItem);
    }
    return gets;
}

} // namespace

std::string transactWriteItems(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const auto report = readReturnConsumedCapacity(r);
    const auto metrics = r.string("ReturnItemCollectionMetrics");
    r.checkEnum(metrics, "returnItemCollectionMetrics", {"SIZE", "NONE"});
    const auto token = r.string("ClientRequestToken");
    if (token && token->empty())
        r.violation(*token, "clientRequestToken", "Member must have length greater than or equal to 1");
    if (token && token->size() > kMaxTokenLength)
        r.violation(*token, "clientRequestToken", "Member must have length less than or equal to 36");
    const boost::json::array* list = r.arrayMember("TransactItems");
    checkTransactItems(r, list);
    std::vector<Action> actions = readWriteActions(r, list);
    resolveActions(engine, actions);
    const auto hash = token ? TransactionTokens::hashOf(*list) : TransactionTokens::Hash();

    storage::WriteLease lease(engine.store());
    // Tokens are looked up and remembered under the lease, so a repeat sent
    // while the first request runs waits for it and is then answered.
    TransactionTokens& tokens = engine.transactionTokens();
    const std::int64_t now = engine.nowMillis();
    if (token) {
        if (const TransactionTokens::Entry* entry = tokens.find(*token, now)) {
            if (entry->hash != hash)
                throw Error::idempotentParameterMismatch("The request parameters do not match those of the original "
                                                         "request with the same ClientRequestToken");
            std::string out = "{";
            entry->readCapacity.appendMember(out, report);
            out += '}';
            return out;
        }
    }

    storage::Transaction tx(lease.db(), true);
    ItemWriter writer(engine, lease.db());
    std::vector<Outcome> outcomes;
    std::size_t aggregate = 0;
    bool cancelled = false;
    for (const Action& action : actions) {
        if (engine.itemHolds().isHeld(action.table->id, action.key, now))
            outcomes.push_back(heldOutcome());
        else
            outcomes.push_back(evaluate(writer, action));
        // Transactional writes cost double (developer guide, "Capacity
        // management for transactions").
        if (outcomes.back().code == "None") {
            if (auto throttle = tryChargeItem(engine, &lease.db(), *action.table, action.key, action.item,
                                              2 * capacity::writeUnits(outcomes.back().size),
                                              sizeChange(action, outcomes.back())))
                outcomes.back() = throttledOutcome(*throttle);
        }
        aggregate += outcomes.back().size;
        cancelled = cancelled || outcomes.back().code != "None";
    }
    if (aggregate > kMaxAggregateBytes)
        throw Error::validation("Collection size of items exceeded, which can also be caused by the aggregate size "
                                "of the items in the transaction exceeding the 4MB limit");
    if (cancelled)
        cancel(outcomes);

    CapacityByTable writeCapacity(true);
    TransactionTokens::Entry entry;
    ItemCollections collections(engine, lease.db(), metrics == "SIZE");
    for (std::size_t i = 0; i < actions.size(); ++i) {
        const Action& action = actions[i];
        Outcome& outcome = outcomes[i];
        capacity::Consumption cost(capacity::writeUnits(outcome.size));
        if (outcome.next)
            cost = writer.put(*action.table, action.key, outcome.old, *outcome.next);
        else if (action.kind == Kind::Delete && outcome.old)
            cost = writer.remove(*action.table, action.key, *outcome.old);
        if (action.kind != Kind::ConditionCheck) {
            try {
                const std::size_t oldSize = outcome.old ? ItemSize::itemSize(*outcome.old) : 0;
                collections.afterWrite(*action.table, action.key,
                                       outcome.next && ItemSize::itemSize(*outcome.next) > oldSize);
            } catch (const Error& e) {
                if (e.code() != Error::Code::ItemCollectionSizeLimitExceeded)
                    throw;
                outcome.code = "ItemCollectionSizeLimitExceeded";
                outcome.message = ItemCollections::kLimitMessage;
                cancelled = true;
            }
        }
        // Transactional writes and reads cost double (developer guide,
        // "Capacity management for transactions"), in indexes too.
        writeCapacity.add(action.table->name, cost, 2);
        entry.readCapacity.add(action.table->name, 2 * capacity::readUnits(outcome.size, true));
    }
    if (cancelled)
        cancel(outcomes); // the writes roll back with the SQLite transaction
    writer.commit(tx);
    if (token) {
        entry.hash = hash;
        entry.expiresAt = now + TransactionTokens::kWindowMillis;
        tokens.remember(*token, std::move(entry));
    }

    std::string out = "{";
    writeCapacity.appendMember(out, report);
    collections.appendByTable(out);
    out += '}';
    return out;
}

std::string transactGetItems(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const auto report = readReturnConsumedCapacity(r);
    const boost::json::array* list = r.arrayMember("TransactItems");
    checkTransactItems(r, list);
    const std::vector<Get> gets = readGets(engine, r, list);

    const std::int64_t now = engine.nowMillis();
    std::vector<Outcome> outcomes;
    for (const Get& get : gets)
        outcomes.push_back(engine.itemHolds().isHeld(get.table->id, get.storedKey, now) ? heldOutcome() : Outcome());

    std::vector<std::optional<Item>> items;
    {
        storage::ReadLease lease(engine.store());
        storage::Transaction snapshot(lease.db(), false);
        for (const Get& get : gets) {
            auto blob = storage::ItemStore::get(lease.db(), *get.table, get.storedKey);
            items.push_back(blob ? std::optional<Item>(decodeStoredItem(*blob)) : std::nullopt);
        }
        snapshot.commit();
    }
    bool cancelled = false;
    for (std::size_t i = 0; i < gets.size(); ++i) {
        Outcome& outcome = outcomes[i];
        const std::size_t size = items[i] ? ItemSize::itemSize(*items[i]) : 0;
        // Transactional reads cost double.
        if (outcome.code == "None") {
            if (auto throttle = tryChargeItem(engine, nullptr, *gets[i].table, gets[i].storedKey, gets[i].key,
                                              2 * capacity::readUnits(size, true)))
                outcome = throttledOutcome(*throttle);
        }
        outcome.size = size;
        cancelled = cancelled || outcome.code != "None";
    }
    if (cancelled)
        cancel(outcomes);

    std::string out = "{\"Responses\":[";
    CapacityByTable capacity(false);
    for (std::size_t i = 0; i < gets.size(); ++i) {
        const Get& get = gets[i];
        if (out.back() != '[')
            out += ',';
        if (items[i]) {
            out += "{\"Item\":";
            WireJson::appendItemJson(out, get.projection ? get.projection->apply(*items[i]) : *items[i]);
            out += '}';
        } else {
            out += "{}";
        }
        capacity.add(get.table->name, 2 * capacity::readUnits(outcomes[i].size, true));
    }
    out += ']';
    capacity.appendMember(out, report);
    out += '}';
    return out;
}

} // namespace dynoscope::ops
