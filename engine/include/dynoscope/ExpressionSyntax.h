// The syntax of DynamoDB's expression language for editors and tools: the
// engine's own tokens, its syntax checks with DynamoDB's messages and the
// place in the text they refer to, its reserved words, and a plain parse tree
// of conditions. Placeholders ("#n", ":v") stay as written in the tree.
//
//   auto error = ExpressionSyntax::check(ExpressionSyntax::Kind::Filter, "a = = :v");
//   // error->message: "Invalid FilterExpression: Syntax error; token: \"=\", near: \"= =\""
//   // error->offset 4, error->length 1
//
// Offsets and lengths count bytes of the UTF-8 text. Nothing here throws.
// The language: "Using expressions in DynamoDB" (Expressions.html) and
// "Reserved words in DynamoDB" (ReservedWords.html) in the developer guide.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dynoscope::ExpressionSyntax {

// The expression parameters, which differ in grammar and in the prefix of
// their messages ("Invalid FilterExpression: ...").
enum class Kind : unsigned char { Condition, Filter, KeyCondition, Projection, Update };

// The request member an expression of kind is sent in, e.g. "FilterExpression".
std::string_view parameterName(Kind kind);

struct Token {
    enum class Kind : unsigned char {
        Keyword, // AND OR NOT BETWEEN IN SET REMOVE ADD DELETE (any case)
        Function, // a name followed by "(": attribute_exists, size, ...
        AttributeName, // any other name: a step of a document path
        NamePlaceholder, // #name
        ValuePlaceholder, // :value
        Number, // a list index
        Operator, // = <> < <= > >= + -
        Punctuation, // , ( ) . [ ]
        Whitespace,
        Invalid, // a character that starts no token
    };

    Kind kind = Kind::Invalid;
    std::size_t offset = 0;
    std::size_t length = 0;

    bool operator==(const Token&) const = default;
};

// Every token of text, whitespace included, as the engine's lexer splits it.
std::vector<Token> tokenize(std::string_view text);

// True when word is one of DynamoDB's reserved words (ignoring ASCII case),
// which must be aliased with a #placeholder when used as an attribute name.
bool isReservedWord(std::string_view word);

struct Problem {
    std::string message; // DynamoDB's message, with its "Invalid <Parameter>: " prefix when it has one
    std::size_t offset = 0; // where in the text; kNoOffset when the problem has no place
    std::size_t length = 0; // 0 at the end of the text or when there is no place

    static constexpr std::size_t kNoOffset = std::string::npos;
    bool operator==(const Problem&) const = default;
};

// The ExpressionAttributeNames and ExpressionAttributeValues of a request as
// JSON object texts (values in DynamoDB JSON); an empty text means the
// request has no such member.
struct Placeholders {
    std::string namesJson;
    std::string valuesJson;
};

// Checks text as the engine checks the parameter of the given kind: nullopt
// when DynamoDB would accept it. Without placeholders only the syntax and the
// translation checks run (reserved words, function names and places, list
// index range, redundant parentheses). With them, the placeholders are
// resolved and the operand types and counts checked too, and a key condition
// must be a conjunction of key conditions; maps that DynamoDB would refuse
// (e.g. an invalid key) are reported with no place. Unused placeholders are
// not reported: they depend on every expression of the request (see
// unusedPlaceholders()).
std::optional<Problem> check(Kind kind, std::string_view text, const Placeholders* placeholders = nullptr);

// DynamoDB's message for the keys of names/values (JSON object texts as in
// Placeholders) used by none of expressions, names first, e.g. "Value provided
// in ExpressionAttributeNames unused in expressions: keys: {#a}"; nullopt when
// all are used or a map is not a JSON object.
std::optional<std::string> unusedPlaceholders(
    const std::vector<std::string_view>& expressions, const Placeholders& placeholders);

// ---- The parse tree of a condition ----

// One step of a document path: a name ("#placeholder" as written when
// isPlaceholder) or a list index.
struct PathElement {
    std::string name;
    std::uint32_t index = 0;
    bool isIndex = false;
    bool isPlaceholder = false;

    bool operator==(const PathElement&) const = default;
};

using Path = std::vector<PathElement>;

struct Operand {
    enum class Kind : unsigned char { Path, Value, Function };

    Kind kind = Kind::Path;
    Path path; // Kind::Path
    std::string placeholder; // Kind::Value: ":v" as written
    std::string function; // Kind::Function: the name, e.g. "size"
    std::vector<Operand> args; // Kind::Function

    bool operator==(const Operand&) const = default;
};

struct ConditionNode {
    enum class Kind : unsigned char { Compare, Between, In, Function, Not, And, Or };
    enum class Comparator : unsigned char { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };

    Kind kind = Kind::Compare;
    Comparator comparator = Comparator::Equal; // Kind::Compare
    std::string function; // Kind::Function: e.g. "begins_with"
    std::vector<Operand> operands; // Compare: 2, Between: 3 (operand, low, high), In: 1 + list, Function: args
    std::vector<ConditionNode> children; // Not: 1, And/Or: 2 (the parser nests longer chains to the left)

    bool operator==(const ConditionNode&) const = default;
};

// The tree of a condition (ConditionExpression, FilterExpression or
// KeyConditionExpression text); nullopt with *problem set when check() without
// placeholders finds a problem.
std::optional<ConditionNode> parseCondition(Kind kind, std::string_view text, Problem* problem = nullptr);

// The paths of a ProjectionExpression; nullopt with *problem set as above.
std::optional<std::vector<Path>> parseProjection(std::string_view text, Problem* problem = nullptr);

} // namespace dynoscope::ExpressionSyntax
