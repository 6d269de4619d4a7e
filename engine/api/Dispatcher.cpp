// The operation table of each API.
#include "api/Dispatcher.h"

#include "ops/BatchOps.h"
#include "ops/DynoscopeOps.h"
#include "ops/ItemOps.h"
#include "ops/PartiqlOps.h"
#include "ops/PartitionOps.h"
#include "ops/ReadOps.h"
#include "ops/SavedQueryOps.h"
#include "ops/ServiceOps.h"
#include "ops/StreamOps.h"
#include "ops/TableOps.h"
#include "ops/TransactionOps.h"
#include "ops/TtlOps.h"

#include <array>
#include <utility>

namespace dynoscope::api {

namespace {
constexpr std::pair<std::string_view, Handler> kDynamoDB[] = {
    {"BatchExecuteStatement", ops::batchExecuteStatement},
    {"BatchGetItem", ops::batchGetItem},
    {"BatchWriteItem", ops::batchWriteItem},
    {"CreateTable", ops::createTable},
    {"DeleteItem", ops::deleteItem},
    {"DeleteTable", ops::deleteTable},
    {"DescribeEndpoints", ops::describeEndpoints},
    {"DescribeLimits", ops::describeLimits},
    {"DescribeTable", ops::describeTable},
    {"DescribeTimeToLive", ops::describeTimeToLive},
    {"ExecuteStatement", ops::executeStatement},
    {"ExecuteTransaction", ops::executeTransaction},
    {"GetItem", ops::getItem},
    {"ListTables", ops::listTables},
    {"ListTagsOfResource", ops::listTagsOfResource},
    {"PutItem", ops::putItem},
    {"Query", ops::query},
    {"Scan", ops::scan},
    {"TagResource", ops::tagResource},
    {"TransactGetItems", ops::transactGetItems},
    {"TransactWriteItems", ops::transactWriteItems},
    {"UntagResource", ops::untagResource},
    {"UpdateItem", ops::updateItem},
    {"UpdateTable", ops::updateTable},
    {"UpdateTimeToLive", ops::updateTimeToLive},
};

constexpr std::pair<std::string_view, Handler> kStreams[] = {
    {"DescribeStream", ops::describeStream},
    {"GetRecords", ops::getRecords},
    {"GetShardIterator", ops::getShardIterator},
    {"ListStreams", ops::listStreams},
};

constexpr std::pair<std::string_view, Handler> kDynoscope[] = {
    {"HoldItems", ops::holdItems},
    {"SetConsistencySimulation", ops::setConsistencySimulation},
    {"DescribePartitions", ops::describePartitions},
    {"GetPartitionMetrics", ops::getPartitionMetrics},
    {"GetHotKeys", ops::getHotKeys},
    {"SetThrottling", ops::setThrottling},
    {"PutSavedQuery", ops::putSavedQuery},
    {"ListSavedQueries", ops::listSavedQueries},
    {"DeleteSavedQuery", ops::deleteSavedQuery},
    {"RenameSavedQuery", ops::renameSavedQuery},
    {"AddQueryHistory", ops::addQueryHistory},
    {"ListQueryHistory", ops::listQueryHistory},
};
} // namespace

Handler findHandler(Api api, std::string_view operation)
{
    const auto find = [&](const auto& table) -> Handler {
        for (const auto& [name, handler] : table)
            if (name == operation)
                return handler;
        return nullptr;
    };
    switch (api) {
    case Api::DynamoDB: return find(kDynamoDB);
    case Api::Streams: return find(kStreams);
    case Api::Dynoscope: return find(kDynoscope);
    }
    return nullptr;
}

} // namespace dynoscope::api
