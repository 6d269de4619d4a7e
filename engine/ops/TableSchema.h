// The key schema, attribute definitions and secondary index declarations of
// CreateTable and UpdateTable: read with DynamoDB's constraint messages and
// checked with its rules, in the order DynamoDB reports them.
#pragma once

#include "api/RequestReader.h"
#include "model/TableInfo.h"

#include <boost/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace dynoscope::ops {

using NamePairs = std::vector<std::pair<std::string, std::string>>; // (name, KeyType or AttributeType)

struct IndexDeclaration {
    std::string name;
    NamePairs keySchema;
    std::string projectionType; // ALL, KEYS_ONLY or INCLUDE
    std::vector<std::string> nonKeyAttributes;
    const boost::json::object* throughput = nullptr; // GSIs only
};

// Member readers: constraint violations are recorded on r (the caller throws
// them); JSON type errors throw at once.
NamePairs readKeySchema(api::RequestReader& r, const boost::json::array* schema, const std::string& path);
NamePairs readAttributeDefinitions(api::RequestReader& r, const boost::json::array* definitions);
std::vector<IndexDeclaration> readIndexes(api::RequestReader& r, const boost::json::array* indexes, bool global,
                                          const std::string& path);

// CreateTable's semantic checks (after the constraints passed).
void checkTableSchema(const NamePairs& keys, const NamePairs& definitions, const std::vector<IndexDeclaration>* lsis,
                      const std::vector<IndexDeclaration>* gsis, const std::string& billingMode);
// One GSI declaration's checks against the attribute definitions.
void checkGlobalIndex(const IndexDeclaration& index, const NamePairs& definitions, const std::string& billingMode);

// The description member DynamoDB shows for an index (status and counts are
// added when described).
boost::json::object indexDescription(const IndexDeclaration& index, bool global, const std::string& tableArn,
                                     const std::string& billingMode);
// The engine's view of a declared index.
IndexInfo indexInfo(const IndexDeclaration& index, bool global, const NamePairs& definitions);
KeyAttribute keyAttribute(const std::string& name, const NamePairs& definitions);

} // namespace dynoscope::ops
