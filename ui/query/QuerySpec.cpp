// The query builder's model: names of its enums.
#include "query/QuerySpec.h"

namespace dynoscope::ui {

QString operationName(QueryOperation operation)
{
    return operation == QueryOperation::Query ? QStringLiteral("Query") : QStringLiteral("Scan");
}

} // namespace dynoscope::ui
