// The syntax tree shared by every kind of expression. The parser fills it
// with placeholders as written ("#n", ":v"); the Validator then resolves them
// in place, so a validated tree holds attribute names and values only.
#pragma once

#include <dynoscope/AttributeValue.h>

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dynoscope::expr {

// One step of a document path: a map key or a list index.
struct PathElement {
    std::string name; // the attribute name, or the "#placeholder" until resolved
    std::uint32_t index = 0;
    bool isIndex = false;
    bool isPlaceholder = false;

    // Names sort by bytes, indexes numerically; a step's kind sorts first.
    std::strong_ordering operator<=>(const PathElement& other) const;
    bool operator==(const PathElement& other) const { return (*this <=> other) == 0; }
};

struct Path {
    std::vector<PathElement> elements;
    // The index text as written when it is beyond DynamoDB's range
    // ("[2147483648]"); reported by the Translator.
    std::string outOfRangeIndex;

    bool operator==(const Path& other) const { return elements == other.elements; }
    // DynamoDB's rendering in messages: "[a, b, [0]]".
    std::string toString() const;
};

enum class Function : unsigned char {
    AttributeExists,
    AttributeNotExists,
    AttributeType,
    BeginsWith,
    Contains,
    Size,
    IfNotExists,
    ListAppend,
};

// The name as written in expressions, e.g. "attribute_exists".
std::string_view functionName(Function function);
// Parses a function name (case-sensitive); false for an unknown name.
bool functionFromName(std::string_view name, Function* out);

// Something that yields a value: a path, a ":value", a function call or, in
// update expressions, a sum or difference.
struct Operand {
    enum class Kind : unsigned char { Path, Value, Call, Plus, Minus };

    Kind kind = Kind::Path;
    Path path; // Kind::Path
    std::string placeholder; // Kind::Value: ":v" as written
    AttributeValue value; // Kind::Value once resolved
    Function function {}; // Kind::Call
    std::string functionText; // Kind::Call: the name as written
    std::vector<Operand> args; // Kind::Call arguments, or Plus/Minus sides
    bool parenthesized = false;
};

// A condition, i.e. an operand that yields a boolean.
struct Condition {
    enum class Kind : unsigned char { Compare, Between, In, Call, Not, And, Or };
    enum class Comparator : unsigned char { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };

    Kind kind = Kind::Compare;
    Comparator comparator = Comparator::Equal;
    Function function {}; // Kind::Call
    std::string functionText; // Kind::Call: the name as written
    std::vector<Operand> operands; // Compare: 2, Between: 3, In: 1 + list, Call: arguments
    std::vector<Condition> children; // Not: 1, And/Or: 2 or more
    bool parenthesized = false;
};

std::string_view comparatorText(Condition::Comparator comparator);

struct UpdateAction {
    enum class Kind : unsigned char { Set, Remove, Add, Delete };

    Kind kind = Kind::Set;
    Path path;
    Operand value; // Set: the new value; Add/Delete: a Value operand
    int section = 0; // index of the SET/REMOVE/ADD/DELETE section, in order
};

// DynamoDB's rendering of a value in messages, e.g. "{N:5}", "{S:a}".
std::string valueText(const AttributeValue& value);

} // namespace dynoscope::expr
