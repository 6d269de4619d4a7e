// Tests the parsing stages of expressions: DynamoDB's syntax errors (token and
// surrounding text), redundant parentheses, reserved words, function names and
// the places functions may appear, placeholder resolution, operand counts and
// types, limits, the ExpressionAttributeNames/Values checks and the rules on
// mixing expression and legacy parameters. Messages are DynamoDB's.
// QTest comes first: moc cannot parse <compare> (via Number.h) before the
// standard library's configuration header has been seen.
#include <QTest>

#include "expr/ConditionExpression.h"
#include "expr/ExpressionContext.h"
#include "expr/ExpressionParameters.h"
#include "expr/KeyCondition.h"
#include "expr/ProjectionExpression.h"
#include "expr/UpdateExpression.h"
#include "model/WireJson.h"

#include <dynoscope/Error.h>

#include <optional>
#include <string>

using namespace dynoscope;
using namespace dynoscope::expr;
namespace json = boost::json;

namespace {

enum class Kind { Condition, Filter, Update, Projection, KeyCondition };

std::optional<json::object> object(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    return json::parse(text).as_object();
}

// "ok" or "<ErrorName>: <message>" for parsing text with the given maps, then
// checking that every placeholder was used.
QString outcome(Kind kind, std::string_view text, std::string_view values = {}, std::string_view names = {})
{
    const std::optional<json::object> n = object(names);
    const std::optional<json::object> v = object(values);
    try {
        ExpressionContext context(n ? &*n : nullptr, v ? &*v : nullptr);
        switch (kind) {
        case Kind::Condition:
            ConditionExpression::parse(text, "ConditionExpression", context);
            break;
        case Kind::Filter:
            ConditionExpression::parse(text, "FilterExpression", context);
            break;
        case Kind::Update:
            UpdateExpression::parse(text, context);
            break;
        case Kind::Projection:
            ProjectionExpression::parse(text, context);
            break;
        case Kind::KeyCondition:
            KeyCondition::parse(text, context);
            break;
        }
        context.checkAllUsed();
    } catch (const Error& e) {
        return QString::fromStdString(std::string(e.name()) + ": " + e.message());
    }
    return QStringLiteral("ok");
}

QString condition(std::string_view text, std::string_view values = {}, std::string_view names = {})
{
    return outcome(Kind::Condition, text, values, names);
}

QString update(std::string_view text, std::string_view values = {}, std::string_view names = {})
{
    return outcome(Kind::Update, text, values, names);
}

QString projection(std::string_view text, std::string_view names = {})
{
    return outcome(Kind::Projection, text, {}, names);
}

QString keyCondition(std::string_view text, std::string_view values = {}, std::string_view names = {})
{
    return outcome(Kind::KeyCondition, text, values, names);
}

QString invalid(std::string_view parameter, std::string_view message)
{
    return QString::fromStdString(
        "ValidationException: Invalid " + std::string(parameter) + ": " + std::string(message));
}

QString syntax(std::string_view parameter, std::string_view token, std::string_view near)
{
    return invalid(
        parameter, "Syntax error; token: \"" + std::string(token) + "\", near: \"" + std::string(near) + "\"");
}

QString validation(std::string_view message)
{
    return QString::fromStdString("ValidationException: " + std::string(message));
}

constexpr const char* kV = R"({":v":{"S":"x"}})";

// The outcome of checking a request's parameter mix as GetItem or Query.
QString mix(std::string_view request, std::initializer_list<std::string_view> expressions,
    std::initializer_list<std::string_view> legacy)
{
    try {
        ExpressionParameters::check(json::parse(request).as_object(), expressions, legacy);
    } catch (const Error& e) {
        return QString::fromStdString(std::string(e.name()) + ": " + e.message());
    }
    return QStringLiteral("ok");
}

} // namespace

class ExpressionParserTest : public QObject {
    Q_OBJECT

private slots:
    void syntaxErrorsQuoteTheTokenAndItsNeighbours();
    void syntaxErrorsAtTheEnd();
    void namesAndPlaceholdersFollowTheLexer();
    void keywordsAreCaseInsensitive();
    void grammarAlternativesWithParentheses();
    void redundantParentheses();
    void reservedWords();
    void functionNamesAndPlaces();
    void placeholders();
    void operandCountsAndTypes();
    void repeatedOperands();
    void betweenBounds();
    void inOperandLimit();
    void operatorLimit();
    void pathDepthLimit();
    void listIndexRange();
    void emptyAndOversizedExpressions();
    void errorOrder();
    void updateSections();
    void updatePathOverlaps();
    void updateOperandTypes();
    void updateFunctions();
    void projectionErrors();
    void keyConditionErrors();
    void attributeNamesMap();
    void attributeValuesMap();
    void attributeMapSizes();
    void unusedEntries();
    void parameterMix();
};

void ExpressionParserTest::syntaxErrorsQuoteTheTokenAndItsNeighbours()
{
    QCOMPARE(condition("a < b c"), syntax("ConditionExpression", "c", "b c"));
    QCOMPARE(condition("a = :v !", kV), syntax("ConditionExpression", "!", ":v !"));
    QCOMPARE(condition("a == :v", kV), syntax("ConditionExpression", "=", "== :v"));
    QCOMPARE(condition("a != :v", kV), syntax("ConditionExpression", "!", "a !="));
    QCOMPARE(condition("attribute_type()"), syntax("ConditionExpression", ")", "()"));
    QCOMPARE(condition("a IN ()"), syntax("ConditionExpression", ")", "()"));
    QCOMPARE(condition("#list[abc].#c = :v", kV), syntax("ConditionExpression", "abc", "[abc]"));
    QCOMPARE(update("SET MyStr = myNum + 1"), syntax("UpdateExpression", "1", "+ 1"));
    QCOMPARE(update("SET MyStr = myNum Mystr2 myNum2"), syntax("UpdateExpression", "Mystr2", "myNum Mystr2 myNum2"));
    QCOMPARE(update("SET MyStr = my Num"), syntax("UpdateExpression", "Num", "my Num"));
    QCOMPARE(update("SET numx = numx * :v", R"({":v":{"N":"2"}})"), syntax("UpdateExpression", "*", "numx * :v"));
    QCOMPARE(update("ADD numx 1"), syntax("UpdateExpression", "1", "numx 1"));
    QCOMPARE(update("DELETE setx a"), syntax("UpdateExpression", "a", "setx a"));
    QCOMPARE(update("SET _123 = :v", kV), syntax("UpdateExpression", "_", "SET _123"));
    QCOMPARE(update("HELLO b = :v", kV), syntax("UpdateExpression", "HELLO", "HELLO b"));
    QCOMPARE(update("SET :a = :b"), syntax("UpdateExpression", ":a", "SET :a ="));
    QCOMPARE(update("SET a[:x] = :v"), syntax("UpdateExpression", ":x", "[:x]"));
    QCOMPARE(update("SET a = :v + :w + :x"), syntax("UpdateExpression", "+", ":w + :x"));
    QCOMPARE(projection("#list[].#c", R"({"#list":"l","#c":"c"})"), syntax("ProjectionExpression", "]", "[]."));
    // A character outside ASCII is one token.
    QCOMPARE(condition("a = é"), syntax("ConditionExpression", "é", "= é"));
}

void ExpressionParserTest::syntaxErrorsAtTheEnd()
{
    QCOMPARE(condition("foo"), syntax("ConditionExpression", "<EOF>", "foo"));
    QCOMPARE(condition("a = "), syntax("ConditionExpression", "<EOF>", "= "));
    QCOMPARE(condition("a ="), syntax("ConditionExpression", "<EOF>", "="));
    QCOMPARE(condition("(a = :v", kV), syntax("ConditionExpression", "<EOF>", ":v"));
    QCOMPARE(update("ADD numx"), syntax("UpdateExpression", "<EOF>", "numx"));
    QCOMPARE(update("DELETE setx"), syntax("UpdateExpression", "<EOF>", "setx"));
    QCOMPARE(update("SET note = :v +", R"({":v":{"N":"1"}})"), syntax("UpdateExpression", "<EOF>", "+"));
    QCOMPARE(projection("a,"), syntax("ProjectionExpression", "<EOF>", ","));
    QCOMPARE(projection("a."), syntax("ProjectionExpression", "<EOF>", "."));
    QCOMPARE(condition("   "), syntax("ConditionExpression", "<EOF>", "   "));
}

void ExpressionParserTest::namesAndPlaceholdersFollowTheLexer()
{
    QCOMPARE(update("SET alnum = :v, Alpha_Numeric_123 = :v, A123_ = :v", kV), QStringLiteral("ok"));
    QCOMPARE(update("SET 123a = :v", kV), syntax("UpdateExpression", "123", "SET 123a"));
    QCOMPARE(update("SET hi-there = :v", kV), syntax("UpdateExpression", "-", "hi-there"));
    QCOMPARE(update("SET #123 = :_", R"({":_":{"N":"1"}})", R"({"#123":"any . thing"})"), QStringLiteral("ok"));
    QCOMPARE(update("SET # = :v", kV, R"({"#a":"a"})"), syntax("UpdateExpression", "#", "SET # ="));
    QCOMPARE(update("SET a = :", kV), syntax("UpdateExpression", ":", "= :"));
    // List indexes have no leading zeros.
    QCOMPARE(projection("a[007]"), syntax("ProjectionExpression", "0", "007"));
    QCOMPARE(projection("a[0]"), QStringLiteral("ok"));
}

void ExpressionParserTest::keywordsAreCaseInsensitive()
{
    QCOMPARE(condition("a = :v aNd b = :v oR NoT c = :v", kV), QStringLiteral("ok"));
    QCOMPARE(condition("a bEtWeEn :v AnD :v", kV), QStringLiteral("ok"));
    QCOMPARE(condition("a iN (:v)", kV), QStringLiteral("ok"));
    QCOMPARE(update("sEt a = :v rEmOvE b", kV), QStringLiteral("ok"));
    // Function names are not.
    QCOMPARE(update("SET a = LIST_APPEND(:v, :v)", R"({":v":{"L":[]}})"),
        invalid("UpdateExpression", "Invalid function name; function: LIST_APPEND"));
}

void ExpressionParserTest::grammarAlternativesWithParentheses()
{
    QCOMPARE(condition("(a) = :v", kV), QStringLiteral("ok"));
    QCOMPARE(condition("(a = :v)", kV), QStringLiteral("ok"));
    QCOMPARE(condition("((a) = :v) AND (b = :v OR (c) = :v)", kV), QStringLiteral("ok"));
    QCOMPARE(condition("(size(a)) > :v", R"({":v":{"N":"1"}})"), QStringLiteral("ok"));
    QCOMPARE(condition("(a)"), syntax("ConditionExpression", "<EOF>", ")"));
    QCOMPARE(condition("(size(a))[0] > a"), syntax("ConditionExpression", "[", ")[0"));
    QCOMPARE(condition("(a))"), syntax("ConditionExpression", ")", "))"));
    QCOMPARE(condition("(a = :v) = :v", kV), syntax("ConditionExpression", "=", ") = :v"));
    QCOMPARE(update("SET a = (:v + :w)", R"({":v":{"N":"1"},":w":{"N":"2"}})"), QStringLiteral("ok"));
    QCOMPARE(update("SET a = (:v) + (:w)", R"({":v":{"N":"1"},":w":{"N":"2"}})"), QStringLiteral("ok"));
    QCOMPARE(update("SET a = (:v + :w) + :w", R"({":v":{"N":"1"},":w":{"N":"2"}})"),
        syntax("UpdateExpression", "+", ") + :w"));
    // Deep nesting is linear, not exponential, to parse.
    std::string deep(200, '(');
    deep += "a";
    deep += std::string(200, ')');
    QCOMPARE(condition(deep), invalid("ConditionExpression", "The expression has redundant parentheses;"));
}

void ExpressionParserTest::redundantParentheses()
{
    const QString redundant = invalid("ConditionExpression", "The expression has redundant parentheses;");
    QCOMPARE(condition("((a = :v))", kV), redundant);
    QCOMPARE(condition("((a)) = :v", kV), redundant);
    QCOMPARE(condition("a = :v AND ((b = :v))", kV), redundant);
    QCOMPARE(condition("NOT ((a = :v))", kV), redundant);
    QCOMPARE(condition("((a = :v) AND b = :v)", kV), QStringLiteral("ok"));
    QCOMPARE(update("SET a = ((:v + :w))", R"({":v":{"N":"1"},":w":{"N":"2"}})"),
        invalid("UpdateExpression", "The expression has redundant parentheses;"));
    QCOMPARE(update("SET a = ((:v)) + :w", R"({":v":{"N":"1"},":w":{"N":"2"}})"),
        invalid("UpdateExpression", "The expression has redundant parentheses;"));
    // A redundant pair is reported as soon as it closes, before a later syntax error.
    QCOMPARE(condition("((a = :v)) AND", kV), redundant);
}

void ExpressionParserTest::reservedWords()
{
    QCOMPARE(condition("name = :v", kV),
        invalid("ConditionExpression",
            "Attribute name is a reserved keyword; "
            "reserved keyword: name"));
    QCOMPARE(condition("a.Comment = :v", kV),
        invalid("ConditionExpression",
            "Attribute name is a reserved keyword; "
            "reserved keyword: Comment"));
    QCOMPARE(projection("list[0].COMMENT"),
        invalid("ProjectionExpression", "Attribute name is a reserved keyword; reserved keyword: list"));
    QCOMPARE(update("SET #l[0].COMMENT = :v", kV, R"({"#l":"list"})"),
        invalid("UpdateExpression", "Attribute name is a reserved keyword; reserved keyword: COMMENT"));
    // Every word of the developer guide's list, and only those.
    for (const char* word : { "abort", "ZONE", "Flattern", "innter", "loged", "size", "convert", "ttl", "data" }) {
        QCOMPARE(projection(word),
            invalid("ProjectionExpression",
                "Attribute name is a reserved keyword; reserved "
                "keyword: "
                    + std::string(word)));
    }
    for (const char* word : { "abortx", "zones", "item1", "sized", "a" })
        QCOMPARE(projection(word), QStringLiteral("ok"));
    // Aliased names and function names are not checked.
    QCOMPARE(condition("#n = :v AND size(#n) > :one", R"({":v":{"S":"x"},":one":{"N":"1"}})", R"({"#n":"name"})"),
        QStringLiteral("ok"));
}

void ExpressionParserTest::functionNamesAndPlaces()
{
    QCOMPARE(condition("foo(a)"), invalid("ConditionExpression", "Invalid function name; function: foo"));
    QCOMPARE(condition("dog(a) = :v", kV), invalid("ConditionExpression", "Invalid function name; function: dog"));
    QCOMPARE(condition("size(a)"),
        invalid("ConditionExpression",
            "The function is not allowed to be used this way in "
            "an expression; function: size"));
    QCOMPARE(condition("attribute_exists(a) = :v", kV),
        invalid("ConditionExpression",
            "The function is not allowed to be used this way in an expression; "
            "function: attribute_exists"));
    QCOMPARE(condition("size(contains(a, :v)) > :v", kV),
        invalid("ConditionExpression",
            "The function is not allowed to be used this way in an expression; "
            "function: contains"));
    QCOMPARE(condition("if_not_exists(a, :v) = :v", kV),
        invalid("ConditionExpression",
            "The function is not allowed in a condition expression; function: "
            "if_not_exists"));
    QCOMPARE(condition("list_append(a, :v) = :v", kV),
        invalid("ConditionExpression",
            "The function is not allowed in a condition expression; function: "
            "list_append"));
    QCOMPARE(condition("size(size(a)) > :v", kV),
        invalid("ConditionExpression",
            "Incorrect operand type for operator or function; operator or function: "
            "size, operand type: N"));
    QCOMPARE(condition("attribute_exists (a) AND NOT contains(b, :v)", kV), QStringLiteral("ok"));
}

void ExpressionParserTest::placeholders()
{
    QCOMPARE(condition("#x = :v", kV),
        invalid("ConditionExpression",
            "An expression attribute name used in the "
            "document path is not defined; attribute name: "
            "#x"));
    QCOMPARE(condition("a = :y", kV),
        invalid("ConditionExpression",
            "An expression attribute value used in expression "
            "is not defined; attribute value: :y"));
    QCOMPARE(condition("a = :y"),
        invalid("ConditionExpression",
            "An expression attribute value used in expression is "
            "not defined; attribute value: :y"));
    QCOMPARE(condition("a.#x[1].#x = :v", kV, R"({"#x":"b"})"), QStringLiteral("ok"));
    QCOMPARE(update("SET #a = :v", kV),
        invalid("UpdateExpression",
            "An expression attribute name used in the document "
            "path is not defined; attribute name: #a"));
    QCOMPARE(projection("a.#u"),
        invalid("ProjectionExpression",
            "An expression attribute name used in the document "
            "path is not defined; attribute name: #u"));
}

void ExpressionParserTest::operandCountsAndTypes()
{
    const auto wrongCount = [](std::string_view f, int n) {
        return invalid("ConditionExpression",
            "Incorrect number of operands for operator or function; operator or "
            "function: "
                + std::string(f) + ", number of operands: " + std::to_string(n));
    };
    QCOMPARE(condition("attribute_exists(a, b)"), wrongCount("attribute_exists", 2));
    QCOMPARE(condition("contains(a)"), wrongCount("contains", 1));
    QCOMPARE(condition("begins_with(a, b, c)"), wrongCount("begins_with", 3));
    QCOMPARE(condition("size(a, b) = :v", kV), wrongCount("size", 2));
    const auto wrongType = [](std::string_view f, std::string_view type) {
        return invalid("FilterExpression",
            "Incorrect operand type for operator or function; operator or function: " + std::string(f)
                + ", operand type: " + std::string(type));
    };
    for (const char* op : { "<", "<=", ">", ">=" }) {
        QCOMPARE(
            outcome(Kind::Filter, "n " + std::string(op) + " :v", R"({":v":{"BOOL":true}})"), wrongType(op, "BOOL"));
        QCOMPARE(outcome(Kind::Filter, ":v " + std::string(op) + " n", R"({":v":{"M":{}}})"), wrongType(op, "M"));
    }
    QCOMPARE(outcome(Kind::Filter, "n < :v", R"({":v":{"NULL":true}})"), wrongType("<", "NULL"));
    QCOMPARE(outcome(Kind::Filter, "n < :v", R"({":v":{"SS":["a"]}})"), wrongType("<", "SS"));
    QCOMPARE(outcome(Kind::Filter, "n < :v", R"({":v":{"L":[]}})"), wrongType("<", "L"));
    QCOMPARE(outcome(Kind::Filter, "n BETWEEN :a AND :b", R"({":a":{"BOOL":true},":b":{"BOOL":false}})"),
        wrongType("BETWEEN", "BOOL"));
    QCOMPARE(outcome(Kind::Filter, "begins_with(a, :v)", R"({":v":{"N":"1"}})"), wrongType("begins_with", "N"));
    QCOMPARE(outcome(Kind::Filter, "size(:v) > :v", R"({":v":{"N":"1"}})"), wrongType("size", "N"));
    QCOMPARE(
        outcome(Kind::Filter, "size(:v) > :n", R"({":v":{"BOOL":true},":n":{"N":"1"}})"), wrongType("size", "BOOL"));
    QCOMPARE(outcome(Kind::Filter, "size(a) > :v", R"({":v":{"BOOL":true}})"), wrongType(">", "BOOL"));
    QCOMPARE(
        outcome(Kind::Filter, "attribute_type(a, b)"), wrongType("attribute_type", "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}"));
    QCOMPARE(outcome(Kind::Filter, "attribute_type(a, :v)", R"({":v":{"N":"1"}})"), wrongType("attribute_type", "N"));
    QCOMPARE(outcome(Kind::Filter, "attribute_type(a, :v)", R"({":v":{"S":"DOG"}})"),
        invalid("FilterExpression",
            "Invalid attribute type name found; type: DOG, valid types: "
            "{B,NULL,SS,BOOL,L,BS,N,NS,S,M}"));
    QCOMPARE(outcome(Kind::Filter, "attribute_exists(:v)", kV),
        invalid("FilterExpression",
            "Operator or function requires a document path; operator or function: "
            "attribute_exists"));
    QCOMPARE(outcome(Kind::Filter, "attribute_not_exists(:v)", kV),
        invalid("FilterExpression",
            "Operator or function requires a document path; operator or function: "
            "attribute_not_exists"));
    // Equality takes any type, and attribute_type any value.
    QCOMPARE(outcome(Kind::Filter, "n = :v AND n <> :w AND attribute_type(:v, :t)",
                 R"({":v":{"BOOL":true},":w":{"L":[]},":t":{"S":"BOOL"}})"),
        QStringLiteral("ok"));
}

void ExpressionParserTest::repeatedOperands()
{
    const auto repeated = [](std::string_view op, std::string_view path) {
        return invalid("ConditionExpression",
            "The first operand must be distinct from the remaining operands for this "
            "operator or function; operator: "
                + std::string(op) + ", first operand: " + std::string(path));
    };
    QCOMPARE(condition("a = a"), repeated("=", "[a]"));
    QCOMPARE(condition("a.b[1] < a.b[1]"), repeated("<", "[a, b, [1]]"));
    QCOMPARE(condition("contains(a, a)"), repeated("contains", "[a]"));
    QCOMPARE(condition("a IN (b, a)"), repeated("IN", "[a]"));
    QCOMPARE(condition("a BETWEEN b AND a"), repeated("BETWEEN", "[a]"));
    QCOMPARE(condition("#x = a", {}, R"({"#x":"a"})"), repeated("=", "[a]"));
    QCOMPARE(condition("a = b AND contains(a, a1)"), QStringLiteral("ok"));
    QCOMPARE(update("SET a = if_not_exists(a, a)"),
        invalid("UpdateExpression",
            "The first operand must be distinct from the remaining operands for this "
            "operator or function; operator: if_not_exists, first operand: [a]"));
}

void ExpressionParserTest::betweenBounds()
{
    QCOMPARE(condition("a BETWEEN :b AND :a", R"({":a":{"S":"a"},":b":{"S":"b"}})"),
        invalid("ConditionExpression",
            "The BETWEEN operator requires upper bound to be greater than or equal to "
            "lower bound; lower bound operand: AttributeValue: {S:b}, upper bound "
            "operand: AttributeValue: {S:a}"));
    QCOMPARE(condition("a BETWEEN :lo AND :hi", R"({":lo":{"N":"5"},":hi":{"N":"4"}})"),
        invalid("ConditionExpression",
            "The BETWEEN operator requires upper bound to be greater than or equal to "
            "lower bound; lower bound operand: AttributeValue: {N:5}, upper bound "
            "operand: AttributeValue: {N:4}"));
    QCOMPARE(condition("a BETWEEN :lo AND :hi", R"({":lo":{"B":"eg=="},":hi":{"B":"YQ=="}})"),
        invalid("ConditionExpression",
            "The BETWEEN operator requires upper bound to be greater than or equal to "
            "lower bound; lower bound operand: AttributeValue: {B:eg==}, upper bound "
            "operand: AttributeValue: {B:YQ==}"));
    QCOMPARE(condition("a BETWEEN :b AND :a", R"({":a":{"S":"a"},":b":{"N":"1"}})"),
        invalid("ConditionExpression",
            "The BETWEEN operator requires same data type for lower and upper bounds; "
            "lower bound operand: AttributeValue: {N:1}, upper bound operand: "
            "AttributeValue: {S:a}"));
    QCOMPARE(condition("a BETWEEN :lo AND :hi", R"({":lo":{"N":"10"},":hi":{"N":"9.5e1"}})"), QStringLiteral("ok"));
    QCOMPARE(condition("a BETWEEN :x AND :x", R"({":x":{"N":"1"}})"), QStringLiteral("ok"));
    // Bounds read from the item are not checked.
    QCOMPARE(condition("a BETWEEN two AND :v", R"({":v":{"N":"1"}})"), QStringLiteral("ok"));
}

void ExpressionParserTest::inOperandLimit()
{
    const auto in = [](int n) {
        std::string list, values = "{";
        for (int i = 0; i < n; ++i) {
            list += (i ? ",:v" : ":v") + std::to_string(i);
            values
                += std::string(i ? "," : "") + "\":v" + std::to_string(i) + "\":{\"N\":\"" + std::to_string(i) + "\"}";
        }
        return condition("a IN (" + list + ")", values + "}");
    };
    QCOMPARE(in(100), QStringLiteral("ok"));
    QCOMPARE(in(101),
        invalid("ConditionExpression",
            "The IN operator is provided with too many operands; number of "
            "operands: 101"));
}

void ExpressionParserTest::operatorLimit()
{
    // Each comparison and each AND is one operator: n comparisons, n - 1 ANDs.
    const auto conjunction = [](int comparisons) {
        std::string text;
        for (int i = 0; i < comparisons; ++i)
            text += (i ? " AND a" : "a") + std::to_string(i) + " = :v";
        return text;
    };
    QCOMPARE(condition(conjunction(150), kV), QStringLiteral("ok"));
    QCOMPARE(condition(conjunction(151), kV),
        invalid("ConditionExpression", "The expression contains too many operators; operator count: 301"));
    // NOT counts too, and long runs of it do not exhaust the parser.
    std::string nots;
    for (int i = 0; i < 299; ++i)
        nots += "NOT ";
    QCOMPARE(condition(nots + "a = :v", kV), QStringLiteral("ok"));
    QCOMPARE(condition("NOT " + nots + "a = :v", kV),
        invalid("ConditionExpression", "The expression contains too many operators; operator count: 301"));
}

void ExpressionParserTest::pathDepthLimit()
{
    std::string path = "a";
    for (int i = 1; i < 32; ++i)
        path += "[0]";
    QCOMPARE(projection(path), QStringLiteral("ok"));
    QCOMPARE(projection(path + ".b"),
        invalid("ProjectionExpression",
            "The document path has too many nesting levels; "
            "nesting levels: 33"));
    QCOMPARE(condition("attribute_exists(" + path + ".b.c)"),
        invalid("ConditionExpression", "The document path has too many nesting levels; nesting levels: 34"));
}

void ExpressionParserTest::listIndexRange()
{
    QCOMPARE(projection("a[2147483647]"), QStringLiteral("ok"));
    QCOMPARE(projection("a[2147483648]"),
        invalid("ProjectionExpression", "List index is not within the allowable range; index: [2147483648]"));
    QCOMPARE(update("REMOVE a[99999999999999999999]"),
        invalid("UpdateExpression",
            "List index is not within the allowable range; index: "
            "[99999999999999999999]"));
}

void ExpressionParserTest::emptyAndOversizedExpressions()
{
    QCOMPARE(condition(""), invalid("ConditionExpression", "The expression can not be empty;"));
    QCOMPARE(outcome(Kind::Filter, ""), invalid("FilterExpression", "The expression can not be empty;"));
    QCOMPARE(update(""), invalid("UpdateExpression", "The expression can not be empty;"));
    QCOMPARE(projection(""), invalid("ProjectionExpression", "The expression can not be empty;"));
    QCOMPARE(keyCondition(""), invalid("KeyConditionExpression", "The expression can not be empty;"));
    const std::string name = "a" + std::string(4095, 'z');
    QCOMPARE(projection(name), QStringLiteral("ok"));
    QCOMPARE(projection(name + "z"),
        invalid("ProjectionExpression",
            "Expression size has exceeded the maximum allowed "
            "size;"));
    QCOMPARE(update("SET " + name + " = :v", kV),
        invalid("UpdateExpression",
            "Expression size has exceeded the "
            "maximum allowed size;"));
    QCOMPARE(keyCondition(name + " = :v", kV),
        invalid("KeyConditionExpression",
            "Expression size has exceeded the "
            "maximum allowed size;"));
    const std::string expr = name + " = :v";
    QCOMPARE(outcome(Kind::Filter, expr, kV),
        invalid("FilterExpression",
            "Expression size has exceeded the maximum allowed size; expression size: " + std::to_string(expr.size())));
    QCOMPARE(condition("attribute_not_exists(" + name + ")"),
        invalid("ConditionExpression",
            "Expression size has exceeded the maximum allowed size; expression size: "
                + std::to_string(name.size() + 22)));
    // The size counts UTF-16 code units, as DynamoDB's Java service does.
    std::string accents;
    for (int i = 0; i < 2047; ++i)
        accents += "é";
    QCOMPARE(condition("a = :v OR " + accents, kV), syntax("ConditionExpression", "é", "OR éé"));
}

void ExpressionParserTest::errorOrder()
{
    // Syntax errors anywhere come before everything else.
    QCOMPARE(condition("name = :undefined AND"), syntax("ConditionExpression", "<EOF>", "AND"));
    // Then, walking the text: reserved words and functions.
    QCOMPARE(condition("foo(name) = :v", kV), invalid("ConditionExpression", "Invalid function name; function: foo"));
    QCOMPARE(condition("name = :v AND foo(a)", kV),
        invalid("ConditionExpression", "Attribute name is a reserved keyword; reserved keyword: name"));
    // Then placeholders and operators, operands before their operator.
    QCOMPARE(condition("begins_with(a, :n) AND #x = :v", R"({":n":{"N":"1"},":v":{"S":"x"}})"),
        invalid("ConditionExpression",
            "Incorrect operand type for operator or function; operator or function: "
            "begins_with, operand type: N"));
    QCOMPARE(condition("a < :undefined", R"({":v":{"BOOL":true}})"),
        invalid("ConditionExpression",
            "An expression attribute value used in expression is not defined; "
            "attribute value: :undefined"));
    QCOMPARE(condition("a = a AND #x = :v", kV),
        invalid("ConditionExpression",
            "The first operand must be distinct from the remaining operands for this "
            "operator or function; operator: =, first operand: [a]"));
    // An update's paths are all checked before its values.
    QCOMPARE(update("SET a = :undefined, a = :v", kV),
        invalid("UpdateExpression",
            "Two document paths overlap with each other; must remove or rewrite one of "
            "these paths; path one: [a], path two: [a]"));
    QCOMPARE(update("SET b = :v, #a = :v", kV),
        invalid("UpdateExpression",
            "An expression attribute name used in the "
            "document path is not defined; attribute "
            "name: #a"));
}

void ExpressionParserTest::updateSections()
{
    const auto twice = [](std::string_view section) {
        return invalid("UpdateExpression",
            "The \"" + std::string(section) + "\" section can only be used once in an update expression;");
    };
    QCOMPARE(update("SET a = :v SET b = :v", kV), twice("SET"));
    QCOMPARE(update("SET a = :v REMOVE b SET c = :v", kV), twice("SET"));
    QCOMPARE(update("REMOVE a, b remove c"), twice("REMOVE"));
    QCOMPARE(update("ADD a :n ADD b :n", R"({":n":{"N":"1"}})"), twice("ADD"));
    QCOMPARE(update("DELETE a :s DELETE b :s", R"({":s":{"SS":["x"]}})"), twice("DELETE"));
    QCOMPARE(update("SET a = :v REMOVE b ADD c :n DELETE d :s", R"({":v":{"S":"x"},":n":{"N":"1"},":s":{"SS":["x"]}})"),
        QStringLiteral("ok"));
    // The second section's actions are walked before it is found repeated.
    QCOMPARE(update("SET a = :v SET b = f(c)", kV), invalid("UpdateExpression", "Invalid function name; function: f"));
}

void ExpressionParserTest::updatePathOverlaps()
{
    const auto overlap = [](std::string_view one, std::string_view two) {
        return invalid("UpdateExpression",
            "Two document paths overlap with each other; must remove or rewrite one of "
            "these paths; path one: "
                + std::string(one) + ", path two: " + std::string(two));
    };
    const char* values = R"({":v":{"N":"1"}})";
    QCOMPARE(update("SET a = :v, a.b = :v", values), overlap("[a]", "[a, b]"));
    QCOMPARE(update("SET a.b = :v, a = :v", values), overlap("[a, b]", "[a]"));
    QCOMPARE(update("SET a.b.c = :v, a.b = :v", values), overlap("[a, b, c]", "[a, b]"));
    QCOMPARE(update("SET a[1][1] = :v, a[1] = :v", values), overlap("[a, [1], [1]]", "[a, [1]]"));
    QCOMPARE(update("REMOVE a SET a = :v", values), overlap("[a]", "[a]"));
    QCOMPARE(update("SET #a1 = :v, #a2 = :v", values, R"({"#a1":"a","#a2":"a"})"), overlap("[a]", "[a]"));
    QCOMPARE(update("SET lst[0] = :v, lst[0].ok = :v", values), overlap("[lst, [0]]", "[lst, [0], ok]"));
    QCOMPARE(update("SET a.b = :v, a[1] = :v", values),
        invalid("UpdateExpression",
            "Two document paths conflict with each other; must remove or rewrite one of "
            "these paths; path one: [a, b], path two: [a, [1]]"));
    QCOMPARE(update("SET a.b = :v, a.c.d = :v, b.x = :v REMOVE a.x, b.y", values), QStringLiteral("ok"));
    QCOMPARE(update("SET a[1] = :v REMOVE a[3]", values), QStringLiteral("ok"));
}

void ExpressionParserTest::updateOperandTypes()
{
    const auto addType = [](std::string_view type) {
        return invalid("UpdateExpression",
            "Incorrect operand type for operator or function; operator: ADD, operand "
            "type: "
                + std::string(type) + ", typeSet: ALLOWED_FOR_ADD_OPERAND");
    };
    QCOMPARE(update("ADD a :v", R"({":v":{"S":"x"}})"), addType("STRING"));
    QCOMPARE(update("ADD a :v", R"({":v":{"L":[]}})"), addType("LIST"));
    QCOMPARE(update("ADD a :v", R"({":v":{"M":{}}})"), addType("MAP"));
    QCOMPARE(update("ADD a :v", R"({":v":{"BOOL":true}})"), addType("BOOLEAN"));
    QCOMPARE(update("ADD a :v", R"({":v":{"B":"YQ=="}})"), addType("BINARY"));
    QCOMPARE(update("ADD a :v", R"({":v":{"NULL":true}})"), addType("NULL"));
    QCOMPARE(update("ADD a :v, b :s", R"({":v":{"N":"1"},":s":{"BS":["YQ=="]}})"), QStringLiteral("ok"));
    QCOMPARE(update("DELETE a :v", R"({":v":{"N":"1"}})"),
        invalid("UpdateExpression",
            "Incorrect operand type for operator or function; operator: DELETE, operand "
            "type: NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND"));
    QCOMPARE(update("SET a = :v + :w", R"({":v":{"N":"1"},":w":{"S":"x"}})"),
        invalid("UpdateExpression",
            "Incorrect operand type for operator or function; operator or function: +, "
            "operand type: S"));
    QCOMPARE(update("SET a = b - :w", R"({":w":{"SS":["x"]}})"),
        invalid("UpdateExpression",
            "Incorrect operand type for operator or function; operator or function: -, "
            "operand type: SS"));
    QCOMPARE(update("SET a = list_append(:v, :w)", R"({":v":{"L":[]},":w":{"S":"hi"}})"),
        invalid("UpdateExpression",
            "Incorrect operand type for operator or function; operator or function: "
            "list_append, operand type: S"));
}

void ExpressionParserTest::updateFunctions()
{
    const char* list = R"({":v":{"L":[]}})";
    QCOMPARE(update("SET a = list_append(if_not_exists(a, :v), :v)", list), QStringLiteral("ok"));
    QCOMPARE(update("SET a = if_not_exists(b, :v) + :n", R"({":v":{"N":"1"},":n":{"N":"1"}})"), QStringLiteral("ok"));
    QCOMPARE(update("SET a = list_append(list_append(:v, :v), :v)", list),
        invalid("UpdateExpression",
            "The function is not allowed to be used this way in an expression; "
            "function: list_append"));
    QCOMPARE(update("SET a = list_append(:v, :v) + :v", list),
        invalid("UpdateExpression",
            "The function is not allowed to be used this way in an expression; "
            "function: list_append"));
    QCOMPARE(update("SET a = if_not_exists(if_not_exists(a, :v), :v)", list),
        invalid("UpdateExpression",
            "Operator or function requires a document path; operator or function: "
            "if_not_exists"));
    QCOMPARE(update("SET a = if_not_exists(:v, :v)", list),
        invalid("UpdateExpression",
            "Operator or function requires a document path; operator or function: "
            "if_not_exists"));
    QCOMPARE(update("SET a = list_append(:v)", list),
        invalid("UpdateExpression",
            "Incorrect number of operands for operator or function; operator or "
            "function: list_append, number of operands: 1"));
    QCOMPARE(update("SET a = size(b)"),
        invalid("UpdateExpression", "The function is not allowed in an update expression; function: size"));
    QCOMPARE(update("SET a = contains(b, :v)", list),
        invalid("UpdateExpression", "The function is not allowed in an update expression; function: contains"));
    QCOMPARE(update("SET a = f123_hi(b, c)"), invalid("UpdateExpression", "Invalid function name; function: f123_hi"));
    QCOMPARE(update("SET c = if_not_exists(c, :v + :v)", list), syntax("UpdateExpression", "+", ":v + :v"));
}

void ExpressionParserTest::projectionErrors()
{
    const auto overlap = [](std::string_view one, std::string_view two) {
        return invalid("ProjectionExpression",
            "Two document paths overlap with each other; must remove or rewrite one "
            "of these paths; path one: "
                + std::string(one) + ", path two: " + std::string(two));
    };
    QCOMPARE(projection("a, a.b"), overlap("[a]", "[a, b]"));
    QCOMPARE(projection("a.b, a"), overlap("[a, b]", "[a]"));
    QCOMPARE(projection("a, a"), overlap("[a]", "[a]"));
    QCOMPARE(projection("x, a.b, a"), overlap("[a, b]", "[a]"));
    QCOMPARE(projection("alist[0], alist"), overlap("[alist, [0]]", "[alist]"));
    QCOMPARE(projection("#p, #p.#q", R"({"#p":"a","#q":"b"})"), overlap("[a]", "[a, b]"));
    QCOMPARE(projection("a.b, a[0]"),
        invalid("ProjectionExpression",
            "Two document paths conflict with each other; must remove or rewrite one "
            "of these paths; path one: [a, b], path two: [a, [0]]"));
    QCOMPARE(projection("a.b, a.c, d[1], d[0].e"), QStringLiteral("ok"));
    QCOMPARE(projection("(a)"), syntax("ProjectionExpression", "(", "(a"));
    // Overlap is found before unused names are.
    QCOMPARE(projection("a, a.b", R"({"#z":"zzz"})"), overlap("[a]", "[a, b]"));
}

void ExpressionParserTest::keyConditionErrors()
{
    const char* values = R"({":a":{"S":"1"},":b":{"S":"1"}})";
    const auto badOperator = [](std::string_view op) {
        return validation("Invalid operator used in KeyConditionExpression: " + std::string(op));
    };
    QCOMPARE(keyCondition("a > :a and size(b) > :b or a > :b", values), badOperator("OR"));
    QCOMPARE(keyCondition("a IN (:a, :b)", values), badOperator("IN"));
    QCOMPARE(keyCondition("attribute_exists(a)"), badOperator("attribute_exists"));
    QCOMPARE(keyCondition("attribute_not_exists(a)"), badOperator("attribute_not_exists"));
    QCOMPARE(keyCondition("attribute_type(a, :t)", R"({":t":{"S":"S"}})"), badOperator("attribute_type"));
    QCOMPARE(keyCondition("contains(a.d, :a)", values), badOperator("contains"));
    QCOMPARE(keyCondition("not a > :a", values), badOperator("NOT"));
    QCOMPARE(keyCondition("a <> :a", values), badOperator("<>"));
    QCOMPARE(keyCondition(":a between size(b) and size(a) and b > :b", values),
        validation("Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as "
                   "its first operand"));
    QCOMPARE(keyCondition("begins_with(:a, b) and a > :b", values),
        validation("Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute "
                   "as its first operand"));
    for (const char* text : { "size(b) > a AND a.b > b AND b > c", "a > size(b.d)", "a between size(b) and size(a)" })
        QCOMPARE(keyCondition(text), validation("KeyConditionExpressions cannot contain nested operations"));
    for (const char* text : { "b > a.b", "b between c[1] and d", "a between b and size(a)", "begins_with(a, b)" })
        QCOMPARE(keyCondition(text),
            validation("Invalid condition in KeyConditionExpression: Multiple attribute names used in one "
                       "condition"));
    for (const char* text : { "b.d > :a AND c.d > :b", "a.d > :a", "b[0] > :a" })
        QCOMPARE(keyCondition(text, values),
            validation("KeyConditionExpressions cannot have conditions on nested "
                       "attributes"));
    QCOMPARE(keyCondition(":b > :a AND a < :b", values),
        validation("Invalid condition in KeyConditionExpression: No key attribute specified"));
    QCOMPARE(keyCondition("b > :a AND b < :a and c = :a", values),
        validation("KeyConditionExpressions must only contain one condition per key"));
    QCOMPARE(keyCondition("(a > :a and b > :a) and (b > :a and c > :a)", values),
        validation("KeyConditionExpressions must only contain one condition per key"));
    // Errors of the expression itself come first, with the parameter named.
    QCOMPARE(keyCondition("a > 4"), syntax("KeyConditionExpression", "4", "> 4"));
    QCOMPARE(keyCondition("data.foo = :a", values),
        invalid("KeyConditionExpression", "Attribute name is a reserved keyword; reserved keyword: data"));
    QCOMPARE(keyCondition("begins_with(c, :n)", R"({":n":{"N":"3"}})"),
        invalid("KeyConditionExpression",
            "Incorrect operand type for operator or function; operator or function: "
            "begins_with, operand type: N"));
    QCOMPARE(keyCondition("((c = :a) AND (p = :b))", values), QStringLiteral("ok"));
    QCOMPARE(keyCondition("((c = :a) AND ((p = :b)))", values),
        invalid("KeyConditionExpression", "The expression has redundant parentheses;"));
}

void ExpressionParserTest::attributeNamesMap()
{
    QCOMPARE(condition("a = :v", kV, "{}"), validation("ExpressionAttributeNames must not be empty"));
    QCOMPARE(projection("a", R"({"a":"a"})"),
        validation("ExpressionAttributeNames contains invalid key: Syntax error; key: \"a\""));
    QCOMPARE(projection("#a", R"({"#":"foo"})"),
        validation("ExpressionAttributeNames contains invalid key: Syntax error; key: \"#\""));
    QCOMPARE(projection("#a", R"({"#a-b":"foo"})"),
        validation("ExpressionAttributeNames contains invalid key: Syntax error; key: \"#a-b\""));
    const std::string longKey = "#" + std::string(255, 'a');
    QCOMPARE(projection("#a", "{\"" + longKey + "\":\"foo\"}"),
        validation("ExpressionAttributeNames contains invalid key: The expression attribute map contains a key "
                   "that is too long; size of key: 256"));
    QCOMPARE(projection("#a", "{\"" + longKey + "-x\":\"foo\"}"),
        validation("ExpressionAttributeNames contains invalid key: The expression attribute map contains a key "
                   "that is too long; size of key: 258"));
    QCOMPARE(projection("#a", R"({"#a":""})"),
        validation("ExpressionAttributeNames contains invalid value: Empty attribute name for key #a"));
    QCOMPARE(projection("#a", R"({"#a":5})"),
        QStringLiteral("SerializationException: NUMBER_VALUE cannot be "
                       "converted to String"));
    QCOMPARE(
        projection("#" + std::string(254, 'a'), "{\"#" + std::string(254, 'a') + "\":\"x\"}"), QStringLiteral("ok"));
}

void ExpressionParserTest::attributeValuesMap()
{
    QCOMPARE(condition("a = :v", "{}"), validation("ExpressionAttributeValues must not be empty"));
    QCOMPARE(condition("a = :v", R"({"a":{"S":"b"}})"),
        validation("ExpressionAttributeValues contains invalid key: Syntax error; key: \"a\""));
    QCOMPARE(condition("foo = :", R"({":":{"S":"x"}})"),
        validation("ExpressionAttributeValues contains invalid key: Syntax error; key: \":\""));
    QCOMPARE(condition("a = :v", "{\":" + std::string(255, 'a') + "\":{\"S\":\"x\"}}"),
        validation("ExpressionAttributeValues contains invalid key: The expression attribute map contains a key "
                   "that is too long;"));
    QCOMPARE(condition("a = :v", R"({":v":{}})"),
        validation("ExpressionAttributeValues contains invalid value: Supplied AttributeValue is empty, must "
                   "contain exactly one of the supported datatypes for key :v"));
    QCOMPARE(condition("a = :v", R"({":v":{"N":"x"}})"),
        validation("ExpressionAttributeValues contains invalid value: The parameter cannot be converted to a "
                   "numeric value: x for key :v"));
    QCOMPARE(condition("a = :v", R"({":v":{"S":""}})"), QStringLiteral("ok"));
}

void ExpressionParserTest::attributeMapSizes()
{
    // Keys plus names, keys plus values (sized as in items): 2 MB each and together.
    const std::size_t max = 2 * 1024 * 1024;
    const auto names = [](std::size_t nameLength) { return "{\"#n\":\"" + std::string(nameLength, 'n') + "\"}"; };
    const auto values
        = [](std::size_t stringLength) { return "{\":v\":{\"S\":\"" + std::string(stringLength, 's') + "\"}}"; };
    QCOMPARE(projection("#n", names(max - 2)), QStringLiteral("ok"));
    QCOMPARE(projection("#n", names(max - 1)), validation("ExpressionAttributeNames exceeds max size"));
    QCOMPARE(condition("a = :v", values(max - 2)), QStringLiteral("ok"));
    QCOMPARE(condition("a = :v", values(max - 1)), validation("ExpressionAttributeValues exceeds max size"));
    QCOMPARE(condition("#n = :v", values(max / 2), names(max / 2 - 4)), QStringLiteral("ok"));
    QCOMPARE(condition("#n = :v", values(max / 2), names(max / 2 - 3)),
        validation("Combined size of ExpressionAttributeNames and ExpressionAttributeValues exceeds max size"));
    // Invalid values are found before invalid names.
    QCOMPARE(condition("#n = :v", R"({":v":{}})", R"({"#n":""})"),
        validation("ExpressionAttributeValues contains invalid value: Supplied AttributeValue is empty, must "
                   "contain exactly one of the supported datatypes for key :v"));
    QCOMPARE(condition("#n = :v", R"({"v":{}})", R"({"#n":""})"),
        validation("ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\""));
}

void ExpressionParserTest::unusedEntries()
{
    QCOMPARE(condition("a = :v", R"({":v":{"S":"x"},":w":{"S":"y"},":x":{"S":"z"}})"),
        validation("Value provided in ExpressionAttributeValues unused in expressions: keys: {:w, :x}"));
    QCOMPARE(condition("a = :v", kV, R"({"#b":"b"})"),
        validation("Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}"));
    QCOMPARE(condition("a = :v", R"({":v":{"S":"x"},":w":{"S":"y"}})", R"({"#b":"b"})"),
        validation("Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}"));
    // Use is counted at parse time, so a condition's short-circuit does not matter.
    QCOMPARE(condition("#a = :v OR #b = :w", R"({":v":{"S":"x"},":w":{"S":"y"}})", R"({"#a":"a","#b":"b"})"),
        QStringLiteral("ok"));
    // One context spans the expressions of a request.
    const json::object names = json::parse(R"({"#a":"a","#b":"b"})").as_object();
    const json::object values = json::parse(R"({":v":{"N":"1"},":w":{"N":"2"}})").as_object();
    ExpressionContext context(&names, &values);
    UpdateExpression::parse("SET #a = :v", context);
    QVERIFY_THROWS_EXCEPTION(Error, context.checkAllUsed());
    ConditionExpression::parse("#b < :w", "ConditionExpression", context);
    context.checkAllUsed();
}

void ExpressionParserTest::parameterMix()
{
    QCOMPARE(mix(R"({"AttributesToGet":["a"],"ProjectionExpression":"a"})", { "ProjectionExpression" },
                 { "AttributesToGet" }),
        validation("Can not use both expression and non-expression parameters in the same request: "
                   "Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}"));
    const auto query = [](std::string_view request) {
        return mix(request, { "ProjectionExpression", "FilterExpression", "KeyConditionExpression" },
            { "AttributesToGet", "QueryFilter", "ConditionalOperator", "KeyConditions" });
    };
    QCOMPARE(
        query(R"({"QueryFilter":{},"ConditionalOperator":"OR","FilterExpression":"a","KeyConditionExpression":"b"})"),
        validation("Can not use both expression and non-expression parameters in the same request: "
                   "Non-expression parameters: {QueryFilter, ConditionalOperator} Expression parameters: "
                   "{FilterExpression, KeyConditionExpression}"));
    QCOMPARE(query(R"({"KeyConditions":{},"FilterExpression":"a"})"), QStringLiteral("ok"));
    QCOMPARE(query(R"({"KeyConditions":{},"KeyConditionExpression":"a"})"),
        validation("Can not use both expression and non-expression parameters in the same request: "
                   "Non-expression parameters: {KeyConditions} Expression parameters: {KeyConditionExpression}"));
    QCOMPARE(query(R"({"ExpressionAttributeNames":{"#a":"a"}})"),
        validation("ExpressionAttributeNames can only be specified when using expressions"));
    QCOMPARE(query(R"({"ExpressionAttributeValues":{":a":{"S":"a"}},"ProjectionExpression":"a"})"),
        validation("ExpressionAttributeValues can only be specified when using expressions: FilterExpression and "
                   "KeyConditionExpression are null"));
    QCOMPARE(mix(R"({"ExpressionAttributeValues":{":a":{"S":"a"}}})", { "ConditionExpression" }, { "Expected" }),
        validation("ExpressionAttributeValues can only be specified when using expressions: ConditionExpression is "
                   "null"));
    QCOMPARE(mix(R"({"ExpressionAttributeValues":{":a":{"S":"a"}},"ProjectionExpression":"a"})",
                 { "ProjectionExpression" }, { "AttributesToGet" }),
        QStringLiteral("ok"));
    QCOMPARE(mix(R"({"Expected":null,"ConditionExpression":"a"})", { "ConditionExpression" }, { "Expected" }),
        QStringLiteral("ok"));
}

QTEST_APPLESS_MAIN(ExpressionParserTest)
#include "ExpressionParserTest.moc"
