// The operation table of each API.
#include "api/Dispatcher.h"

#include "ops/BatchOps.h"
#include "ops/ItemOps.h"
#include "ops/ReadOps.h"
#include "ops/ServiceOps.h"
#include "ops/TableOps.h"
#include "ops/TransactionOps.h"

#include <array>
#include <utility>

namespace dynoscope::api {

namespace {
constexpr std::pair<std::string_view, Handler> kDynamoDB[] = {
    {"BatchGetItem", ops::batchGetItem},
    {"BatchWriteItem", ops::batchWriteItem},
    {"CreateTable", ops::createTable},
    {"DeleteItem", ops::deleteItem},
    {"DeleteTable", ops::deleteTable},
    {"DescribeEndpoints", ops::describeEndpoints},
    {"DescribeLimits", ops::describeLimits},
    {"DescribeTable", ops::describeTable},
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
};
} // namespace

Handler findHandler(Api api, std::string_view operation)
{
    if (api != Api::DynamoDB)
        return nullptr;
    for (const auto& [name, handler] : kDynamoDB)
        if (name == operation)
            return handler;
    return nullptr;
}

} // namespace dynoscope::api
