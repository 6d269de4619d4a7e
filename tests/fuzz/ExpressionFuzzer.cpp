// libFuzzer target for engine/expr: the first byte of an input picks the kind
// of expression, the rest is its text. Each parsed expression is then used on
// a sample item. Any outcome but success or a dynoscope::Error is a finding
// (crash, sanitizer report, other exception, broken invariant).
// Built and run by run-expression-fuzzer.sh.
#include "expr/ConditionExpression.h"
#include "expr/ExpressionContext.h"
#include "expr/KeyCondition.h"
#include "expr/ProjectionExpression.h"
#include "expr/UpdateExpression.h"
#include "model/WireJson.h"

#include <dynoscope/Error.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace dynoscope;
using namespace dynoscope::expr;
namespace json = boost::json;

namespace {

// Placeholders the corpus uses, of every type; a few with reserved names.
constexpr const char* kNames = R"({"#a":"a","#b":"b","#l":"l","#m":"m","#n":"name","#d":"a.b"})";
constexpr const char* kValues = R"({":s":{"S":"ab"},":n":{"N":"5"},":z":{"N":"-1e-3"},":b":{"B":"AQI="},)"
                                R"(":t":{"S":"N"},":ok":{"BOOL":true},":nul":{"NULL":true},":l":{"L":[{"S":"x"}]},)"
                                R"(":m":{"M":{"k":{"N":"1"}}},":ss":{"SS":["x","y"]},":ns":{"NS":["1","2"]},)"
                                R"(":bs":{"BS":["AQ=="]}})";
constexpr const char* kItem = R"({"a":{"S":"abc"},"b":{"N":"2"},"name":{"S":"n"},"c":{"B":"AQID"},)"
                              R"("l":{"L":[{"N":"1"},{"L":[{"S":"x"}]},{"M":{"k":{"S":"v"}}}]},)"
                              R"("m":{"M":{"k":{"N":"1"},"l":{"L":[]},"m":{"M":{}}}},"ss":{"SS":["x"]},)"
                              R"("ns":{"NS":["1"]},"bs":{"BS":["AQ=="]},"t":{"BOOL":false},"z":{"NULL":true}})";

struct Fixture {
    json::object names = json::parse(kNames).as_object();
    json::object values = json::parse(kValues).as_object();
    Item item = WireJson::decodeItem(json::parse(kItem));
};

const Fixture& fixture()
{
    static const Fixture f;
    return f;
}

void run(std::uint8_t kind, std::string_view text)
{
    const Fixture& f = fixture();
    ExpressionContext context(&f.names, &f.values);
    switch (kind % 5) {
    case 0:
        ConditionExpression::parse(text, "ConditionExpression", context).evaluate(f.item);
        break;
    case 1: {
        const ConditionExpression filter = ConditionExpression::parse(text, "FilterExpression", context);
        filter.evaluate(Item());
        filter.topLevelNames();
        break;
    }
    case 2: {
        const UpdateExpression update = UpdateExpression::parse(text, context);
        update.updatedAttributes();
        update.projectUpdated(f.item);
        Item item = f.item;
        try {
            update.apply(item);
        } catch (const Error&) {
            // A failed update must leave the item as it was.
            if (!(item == f.item))
                std::abort();
            throw;
        }
        Item created;
        update.apply(created, false);
        break;
    }
    case 3: {
        const ProjectionExpression projection = ProjectionExpression::parse(text, context);
        projection.apply(f.item);
        projection.topLevelNames();
        break;
    }
    default: {
        const KeyCondition condition = KeyCondition::parse(text, context);
        const KeyAttribute hash { "a", AttributeValue::Type::S };
        const KeyAttribute range { "b", AttributeValue::Type::N };
        const KeyQuery query = condition.resolve(hash, &range);
        if (query.sort)
            query.sort->matches(f.item.at("b"));
        break;
    }
    }
    context.checkAllUsed();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        run(data[0], text);
    } catch (const Error&) {
        // DynamoDB's answer to an invalid expression.
    }
    return 0;
}
