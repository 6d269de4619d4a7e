// The syntax tree of one PartiQL statement. Parameters ('?') are bound while
// parsing, so a tree holds attribute values only.
#pragma once

#include <dynoscope/AttributeValue.h>

#include <optional>
#include <string>
#include <vector>

namespace dynoscope::partiql {

// One step of a document path: an attribute or map key, or a list index.
struct PathStep {
    std::string name;
    long index = -1; // >= 0: a list index
};
using Path = std::vector<PathStep>;

struct Expr {
    enum class Kind : unsigned char {
        Path, // path
        Value, // value
        Compare, // op in = <> < <= > >=; children: left, right
        And, // children
        Or, // children
        Not, // children[0]
        Between, // children: operand, low, high
        In, // children: operand, candidates...
        IsMissing, // children[0]; negated for IS NOT MISSING
        IsNull, // children[0]; negated for IS NOT NULL
        Function, // op: lower-case name; children: arguments
        Arithmetic, // op + or -; children: left, right
    };

    Kind kind = Kind::Value;
    Path path;
    AttributeValue value;
    std::string op;
    bool negated = false;
    std::vector<Expr> children;
};

struct Statement {
    enum class Kind : unsigned char { Select, Insert, Update, Delete, Exists };

    Kind kind = Kind::Select;
    std::string table;
    std::optional<std::string> index; // SELECT ... FROM "table"."index"
    std::vector<Path> projection; // SELECT: empty for *
    std::optional<Expr> where;
    std::optional<std::string> orderBy; // SELECT: a key attribute
    bool descending = false;
    Item item; // INSERT
    std::vector<std::pair<Path, Expr>> sets; // UPDATE
    std::vector<Path> removes; // UPDATE
    std::string returning; // UPDATE/DELETE: ReturnValues (ALL_OLD, ...); empty: none

    bool isRead() const { return kind == Kind::Select; }
};

} // namespace dynoscope::partiql
