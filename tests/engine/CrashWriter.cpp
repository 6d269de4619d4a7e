// Helper process of CrashDurabilityTest: opens DATABASE, creates the table
// when missing, then puts items FIRST_KEY, FIRST_KEY+1, ... forever, and
// prints each key only after Engine::execute acknowledged it. The test kills
// it at a random moment. It dies of SIGPIPE if the test goes away.
#include "CrashWriterItem.h"

#include <dynoscope/Engine.h>

#include <cstdio>
#include <cstdlib>
#include <string>

using namespace dynoscope;

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: CrashWriter DATABASE FIRST_KEY\n");
        return 2;
    }
    EngineOptions options;
    options.path = argv[1];
    std::string error;
    auto engine = Engine::open(options, &error);
    if (!engine) {
        std::fprintf(stderr, "cannot open %s: %s\n", argv[1], error.c_str());
        return 1;
    }
    const std::string table = test::kCrashTable;
    const Result created = engine->execute(
        "CreateTable", "{\"TableName\":\"" + table +
                           "\",\"BillingMode\":\"PAY_PER_REQUEST\","
                           "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],"
                           "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}]}");
    if (!created.ok() && created.error->code() != Error::Code::ResourceInUse) {
        std::fprintf(stderr, "CreateTable: %s\n", created.error->message().c_str());
        return 1;
    }
    for (long long n = std::atoll(argv[2]);; ++n) {
        const Result put =
            engine->execute("PutItem", "{\"TableName\":\"" + table + "\",\"Item\":" + test::crashItemJson(n) + "}");
        if (!put.ok()) {
            std::fprintf(stderr, "PutItem %lld: %s\n", n, put.error->message().c_str());
            return 1;
        }
        std::printf("%lld\n", n);
        std::fflush(stdout);
    }
}
