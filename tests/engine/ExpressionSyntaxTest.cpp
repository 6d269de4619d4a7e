// Tests the public expression syntax API (dynoscope/ExpressionSyntax.h): the
// engine's tokens with their kinds and byte ranges, DynamoDB's messages with
// the place of the problem for several kinds of error and parameter,
// placeholder checks, reserved words and the parse tree of conditions.
// QTest comes first: moc cannot parse <compare> before the standard
// library's configuration header has been seen.
#include <QTest>

#include <dynoscope/ExpressionSyntax.h>

#include <string>

using namespace dynoscope;
namespace syntax = dynoscope::ExpressionSyntax;
using TokenKind = syntax::Token::Kind;
using Node = syntax::ConditionNode;

namespace {

// The problem as "message @offset+length" (or "message @-" without a place);
// "ok" when there is none.
QString checked(syntax::Kind kind, std::string_view text, const syntax::Placeholders* placeholders = nullptr)
{
    const std::optional<syntax::Problem> p = syntax::check(kind, text, placeholders);
    if (!p)
        return QStringLiteral("ok");
    const QString place = p->offset == syntax::Problem::kNoOffset
        ? QStringLiteral("-")
        : QStringLiteral("%1+%2").arg(p->offset).arg(p->length);
    return QString::fromStdString(p->message) + QStringLiteral(" @") + place;
}

// The tokens of text as "kind:text" words.
QStringList tokens(std::string_view text)
{
    static const char* const kNames[] = { "kw", "fn", "attr", "name", "value", "num", "op", "punct", "ws", "invalid" };
    QStringList out;
    for (const syntax::Token& t : syntax::tokenize(text)) {
        out.append(QString::fromLatin1(kNames[static_cast<int>(t.kind)]) + QLatin1Char(':')
            + QString::fromStdString(std::string(text.substr(t.offset, t.length))));
    }
    return out;
}

syntax::Operand path(std::initializer_list<const char*> names)
{
    syntax::Operand o;
    for (const char* name : names)
        o.path.push_back(syntax::PathElement { name, 0, false, name[0] == '#' });
    return o;
}

syntax::Operand value(const char* placeholder)
{
    syntax::Operand o;
    o.kind = syntax::Operand::Kind::Value;
    o.placeholder = placeholder;
    return o;
}

} // namespace

class ExpressionSyntaxTest : public QObject {
    Q_OBJECT

private slots:
    void tokenKindsAndOffsets();
    void tokensCoverTheText();
    void syntaxErrorsPointAtTheToken();
    void syntaxErrorAtTheEnd();
    void errorsKeepEachParametersPrefix();
    void translationErrorsArePlaced();
    void redundantParenthesesArePlaced();
    void placeholdersAreCheckedWhenGiven();
    void keyConditionShapeWithPlaceholders();
    void unusedPlaceholders();
    void reservedWords();
    void conditionTree();
    void conditionTreeFunctionsAndNot();
    void conditionTreeRefusesInvalidText();
    void projectionPaths();
    void arbitraryTextNeverBreaksTheApi();
};

#ifndef Q_MOC_RUN

void ExpressionSyntaxTest::tokenKindsAndOffsets()
{
    QCOMPARE(tokens("a.b[10] >= :v AND begins_with(#n, :p)"),
        QStringList({ "attr:a", "punct:.", "attr:b", "punct:[", "num:10", "punct:]",
            "ws: ", "op:>=", "ws: ", "value::v", "ws: ", "kw:AND", "ws: ", "fn:begins_with", "punct:(", "name:#n",
            "punct:,", "ws: ", "value::p", "punct:)" }));
    // A name is a function only when "(" follows, whitespace allowed between.
    QCOMPARE(tokens("size (x)"), QStringList({ "fn:size", "ws: ", "punct:(", "attr:x", "punct:)" }));
    QCOMPARE(
        tokens("not x between y"), QStringList({ "kw:not", "ws: ", "attr:x", "ws: ", "kw:between", "ws: ", "attr:y" }));
    QCOMPARE(tokens("SET a = a + :one REMOVE b"),
        QStringList({ "kw:SET", "ws: ", "attr:a", "ws: ", "op:=", "ws: ", "attr:a", "ws: ", "op:+",
            "ws: ", "value::one", "ws: ", "kw:REMOVE", "ws: ", "attr:b" }));
    QCOMPARE(tokens("a <> $"), QStringList({ "attr:a", "ws: ", "op:<>", "ws: ", "invalid:$" }));
    const std::vector<syntax::Token> t = syntax::tokenize("ab = :v");
    QCOMPARE(t.size(), std::size_t(5));
    QCOMPARE(t[2], (syntax::Token { TokenKind::Operator, 3, 1 }));
    QCOMPARE(t[4], (syntax::Token { TokenKind::ValuePlaceholder, 5, 2 }));
    QVERIFY(syntax::tokenize("").empty());
}

void ExpressionSyntaxTest::tokensCoverTheText()
{
    // Multi-byte characters are one invalid token each, and the tokens tile
    // the text without gaps.
    const std::string text = "a = \xC3\xA9 OR #x\xE2\x82\xAC";
    std::size_t next = 0;
    for (const syntax::Token& t : syntax::tokenize(text)) {
        QCOMPARE(t.offset, next);
        next += t.length;
    }
    QCOMPARE(next, text.size());
    QVERIFY(tokens(text).contains(QString::fromUtf8("invalid:\xC3\xA9")));
}

void ExpressionSyntaxTest::syntaxErrorsPointAtTheToken()
{
    QCOMPARE(checked(syntax::Kind::Filter, "a = = :v"),
        QStringLiteral("Invalid FilterExpression: Syntax error; token: \"=\", near: \"= = :v\" @4+1"));
    QCOMPARE(checked(syntax::Kind::Filter, "a = :v AND AND b = :w"),
        QStringLiteral("Invalid FilterExpression: Syntax error; token: \"AND\", near: \"AND AND b\" @11+3"));
    QCOMPARE(checked(syntax::Kind::Filter, "a = :v $ b"),
        QStringLiteral("Invalid FilterExpression: Syntax error; token: \"$\", near: \":v $ b\" @7+1"));
    QCOMPARE(checked(syntax::Kind::Projection, "a,,b"),
        QStringLiteral("Invalid ProjectionExpression: Syntax error; token: \",\", near: \",,b\" @2+1"));
}

void ExpressionSyntaxTest::syntaxErrorAtTheEnd()
{
    QCOMPARE(checked(syntax::Kind::Filter, "a = "),
        QStringLiteral("Invalid FilterExpression: Syntax error; token: \"<EOF>\", near: \"= \" @4+0"));
    QCOMPARE(checked(syntax::Kind::Filter, "begins_with(a, :v"),
        QStringLiteral("Invalid FilterExpression: Syntax error; token: \"<EOF>\", near: \":v\" @17+0"));
}

void ExpressionSyntaxTest::errorsKeepEachParametersPrefix()
{
    QCOMPARE(checked(syntax::Kind::Condition, "a ="),
        QStringLiteral("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"=\" @3+0"));
    QCOMPARE(checked(syntax::Kind::KeyCondition, "pk"),
        QStringLiteral("Invalid KeyConditionExpression: Syntax error; token: \"<EOF>\", near: \"pk\" @2+0"));
    QCOMPARE(checked(syntax::Kind::Update, "SET a"),
        QStringLiteral("Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \"a\" @5+0"));
    QCOMPARE(checked(syntax::Kind::Filter, ""),
        QStringLiteral("Invalid FilterExpression: The expression can not be empty; @-"));
    QCOMPARE(checked(syntax::Kind::Filter, "a = :v"), QStringLiteral("ok"));
    QCOMPARE(checked(syntax::Kind::Update, "SET a = :v REMOVE b"), QStringLiteral("ok"));
    QCOMPARE(checked(syntax::Kind::Projection, "a.b[1], #c"), QStringLiteral("ok"));
}

void ExpressionSyntaxTest::translationErrorsArePlaced()
{
    QCOMPARE(checked(syntax::Kind::Filter, "a = :v AND status = :w"),
        QStringLiteral(
            "Invalid FilterExpression: Attribute name is a reserved keyword; reserved keyword: status @11+6"));
    QCOMPARE(checked(syntax::Kind::Filter, "a = :v OR nosuch(a)"),
        QStringLiteral("Invalid FilterExpression: Invalid function name; function: nosuch @10+6"));
    QCOMPARE(checked(syntax::Kind::Filter, "x = :v AND size(a)"),
        QStringLiteral("Invalid FilterExpression: The function is not allowed to be used this way in an expression; "
                       "function: size @11+4"));
    QCOMPARE(checked(syntax::Kind::Projection, "a[2147483648]"),
        QStringLiteral("Invalid ProjectionExpression: List index is not within the allowable range; index: "
                       "[2147483648] @2+10"));
}

void ExpressionSyntaxTest::redundantParenthesesArePlaced()
{
    QCOMPARE(checked(syntax::Kind::Filter, "x = :v AND ((a = :w))"),
        QStringLiteral("Invalid FilterExpression: The expression has redundant parentheses; @11+10"));
    QCOMPARE(checked(syntax::Kind::Filter, "((a)) = :w"),
        QStringLiteral("Invalid FilterExpression: The expression has redundant parentheses; @0+5"));
    QCOMPARE(checked(syntax::Kind::Filter, "(a = :v) AND (b = :w)"), QStringLiteral("ok"));
}

void ExpressionSyntaxTest::placeholdersAreCheckedWhenGiven()
{
    const syntax::Placeholders maps { R"({"#s":"status"})", R"({":v":{"S":"x"},":n":{"N":"1"}})" };
    QCOMPARE(checked(syntax::Kind::Filter, "#s = :v", &maps), QStringLiteral("ok"));
    QCOMPARE(checked(syntax::Kind::Filter, "#s = :v AND #t = :v", &maps),
        QStringLiteral("Invalid FilterExpression: An expression attribute name used in the document path is not "
                       "defined; attribute name: #t @12+2"));
    QCOMPARE(checked(syntax::Kind::Filter, "#s = :w", &maps),
        QStringLiteral("Invalid FilterExpression: An expression attribute value used in expression is not defined; "
                       "attribute value: :w @5+2"));
    QCOMPARE(checked(syntax::Kind::Filter, "begins_with(#s, :n)", &maps),
        QStringLiteral("Invalid FilterExpression: Incorrect operand type for operator or function; operator or "
                       "function: begins_with, operand type: N @0+11"));
    const syntax::Placeholders bounds { {}, R"({":lo":{"N":"9"},":hi":{"N":"1"}})" };
    QCOMPARE(checked(syntax::Kind::Filter, "a = :lo OR b BETWEEN :lo AND :hi", &bounds),
        QStringLiteral("Invalid FilterExpression: The BETWEEN operator requires upper bound to be greater than or "
                       "equal to lower bound; lower bound operand: AttributeValue: {N:9}, upper bound operand: "
                       "AttributeValue: {N:1} @13+7"));
    // Without maps only the text is checked.
    QCOMPARE(checked(syntax::Kind::Filter, "#t = :w"), QStringLiteral("ok"));
    // A map DynamoDB refuses is reported without a place.
    const syntax::Placeholders badKey { R"({"s":"status"})", {} };
    QCOMPARE(checked(syntax::Kind::Filter, "a = :v", &badKey),
        QStringLiteral("ExpressionAttributeNames contains invalid key: Syntax error; key: \"s\" @-"));
}

void ExpressionSyntaxTest::keyConditionShapeWithPlaceholders()
{
    const syntax::Placeholders maps { {}, R"({":v":{"S":"x"},":w":{"S":"y"}})" };
    QCOMPARE(checked(syntax::Kind::KeyCondition, "pk = :v AND sk > :w", &maps), QStringLiteral("ok"));
    QCOMPARE(checked(syntax::Kind::KeyCondition, "pk = :v OR sk > :w", &maps),
        QStringLiteral("Invalid operator used in KeyConditionExpression: OR @8+2"));
    QCOMPARE(checked(syntax::Kind::KeyCondition, "pk = :v AND pk = :w", &maps),
        QStringLiteral("KeyConditionExpressions must only contain one condition per key @-"));
}

void ExpressionSyntaxTest::unusedPlaceholders()
{
    const syntax::Placeholders maps { R"({"#a":"a","#b":"b"})", R"({":v":{"S":"x"},":w":{"S":"y"}})" };
    QCOMPARE(syntax::unusedPlaceholders({ "#a = :v", "#b" }, maps).value_or("none"),
        std::string("Value provided in ExpressionAttributeValues unused in expressions: keys: {:w}"));
    QCOMPARE(syntax::unusedPlaceholders({ "x = :v" }, maps).value_or("none"),
        std::string("Value provided in ExpressionAttributeNames unused in expressions: keys: {#a, #b}"));
    QCOMPARE(syntax::unusedPlaceholders({ "#a = :v", "#b = :w" }, maps).value_or("none"), std::string("none"));
    QCOMPARE(syntax::unusedPlaceholders({ "a" }, {}).value_or("none"), std::string("none"));
}

void ExpressionSyntaxTest::reservedWords()
{
    QVERIFY(syntax::isReservedWord("status"));
    QVERIFY(syntax::isReservedWord("STATUS"));
    QVERIFY(syntax::isReservedWord("Name"));
    QVERIFY(syntax::isReservedWord("timestamp"));
    QVERIFY(!syntax::isReservedWord("statuses"));
    QVERIFY(!syntax::isReservedWord("userId"));
    QVERIFY(!syntax::isReservedWord(""));
}

void ExpressionSyntaxTest::conditionTree()
{
    syntax::Problem problem;
    const auto tree = syntax::parseCondition(
        syntax::Kind::Filter, "a.#b[2] < :v AND c BETWEEN :lo AND :hi OR d IN (:x, :y)", &problem);
    QVERIFY(tree);
    // OR binds looser than AND.
    QCOMPARE(tree->kind, Node::Kind::Or);
    QCOMPARE(tree->children.size(), std::size_t(2));
    const Node& conjunction = tree->children[0];
    QCOMPARE(conjunction.kind, Node::Kind::And);
    const Node& less = conjunction.children[0];
    QCOMPARE(less.kind, Node::Kind::Compare);
    QCOMPARE(less.comparator, Node::Comparator::Less);
    syntax::Operand p = path({ "a", "#b" });
    p.path.push_back(syntax::PathElement { {}, 2, true, false });
    QCOMPARE(less.operands, (std::vector<syntax::Operand> { p, value(":v") }));
    const Node& between = conjunction.children[1];
    QCOMPARE(between.kind, Node::Kind::Between);
    QCOMPARE(between.operands, (std::vector<syntax::Operand> { path({ "c" }), value(":lo"), value(":hi") }));
    const Node& in = tree->children[1];
    QCOMPARE(in.kind, Node::Kind::In);
    QCOMPARE(in.operands, (std::vector<syntax::Operand> { path({ "d" }), value(":x"), value(":y") }));
}

void ExpressionSyntaxTest::conditionTreeFunctionsAndNot()
{
    const auto tree = syntax::parseCondition(syntax::Kind::Condition, "NOT begins_with(a, :p) AND size(b) > :n");
    QVERIFY(tree);
    QCOMPARE(tree->kind, Node::Kind::And);
    const Node& negation = tree->children[0];
    QCOMPARE(negation.kind, Node::Kind::Not);
    QCOMPARE(negation.children[0].kind, Node::Kind::Function);
    QCOMPARE(negation.children[0].function, std::string("begins_with"));
    QCOMPARE(negation.children[0].operands, (std::vector<syntax::Operand> { path({ "a" }), value(":p") }));
    const Node& sizeCompare = tree->children[1];
    QCOMPARE(sizeCompare.comparator, Node::Comparator::Greater);
    QCOMPARE(sizeCompare.operands[0].kind, syntax::Operand::Kind::Function);
    QCOMPARE(sizeCompare.operands[0].function, std::string("size"));
    QCOMPARE(sizeCompare.operands[0].args, (std::vector<syntax::Operand> { path({ "b" }) }));
}

void ExpressionSyntaxTest::conditionTreeRefusesInvalidText()
{
    syntax::Problem problem;
    QVERIFY(!syntax::parseCondition(syntax::Kind::Filter, "a = = :v", &problem));
    QCOMPARE(problem.message, std::string("Invalid FilterExpression: Syntax error; token: \"=\", near: \"= = :v\""));
    QCOMPARE(problem.offset, std::size_t(4));
    QVERIFY(!syntax::parseCondition(syntax::Kind::KeyCondition, "name = :v", &problem));
    QCOMPARE(problem.message,
        std::string("Invalid KeyConditionExpression: Attribute name is a reserved keyword; reserved keyword: name"));
    QCOMPARE(problem.offset, std::size_t(0));
    QVERIFY(syntax::parseCondition(syntax::Kind::Filter, "a = :v", nullptr));
}

void ExpressionSyntaxTest::projectionPaths()
{
    const auto paths = syntax::parseProjection("a, #b.c[0]");
    QVERIFY(paths);
    QCOMPARE(paths->size(), std::size_t(2));
    QCOMPARE((*paths)[0], (syntax::Path { syntax::PathElement { "a", 0, false, false } }));
    QCOMPARE((*paths)[1],
        (syntax::Path { syntax::PathElement { "#b", 0, false, true }, syntax::PathElement { "c", 0, false, false },
            syntax::PathElement { {}, 0, true, false } }));
    syntax::Problem problem;
    QVERIFY(!syntax::parseProjection("a b", &problem));
    QCOMPARE(problem.offset, std::size_t(2));
}

// What an editor sees while the user types: fragments of every kind, in any
// order. Every call answers, and every place lies within the text.
void ExpressionSyntaxTest::arbitraryTextNeverBreaksTheApi()
{
    static const char* const kPieces[] = { "a", "#n", ":v", "(", ")", "[", "]", "0", "12", ".", ",", " ", "=", "<>",
        "<", ">=", "AND", "OR", "NOT", "BETWEEN", "IN", "SET", "REMOVE", "ADD", "DELETE", "size", "begins_with",
        "status", "\xC3\xA9", "$", "+", "-", "\"" };
    const syntax::Placeholders maps { R"({"#n":"n"})", R"({":v":{"N":"1"}})" };
    std::uint32_t seed = 12345;
    const auto next = [&seed] {
        seed = seed * 1664525U + 1013904223U;
        return seed >> 8;
    };
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const std::uint32_t count = next() % 12;
        for (std::uint32_t i = 0; i < count; ++i)
            text += kPieces[next() % std::size(kPieces)];
        std::size_t covered = 0;
        for (const syntax::Token& t : syntax::tokenize(text))
            covered += t.length;
        QCOMPARE(covered, text.size());
        for (const syntax::Kind kind : { syntax::Kind::Condition, syntax::Kind::Filter, syntax::Kind::KeyCondition,
                 syntax::Kind::Projection, syntax::Kind::Update }) {
            for (const syntax::Placeholders* p : { static_cast<const syntax::Placeholders*>(nullptr), &maps }) {
                const std::optional<syntax::Problem> problem = syntax::check(kind, text, p);
                if (problem && problem->offset != syntax::Problem::kNoOffset)
                    QVERIFY2(problem->offset + problem->length <= text.size(), text.c_str());
            }
        }
        syntax::Problem problem;
        const bool parsed = syntax::parseCondition(syntax::Kind::Filter, text, &problem).has_value();
        QCOMPARE(parsed, !syntax::check(syntax::Kind::Filter, text).has_value());
    }
}

#endif // Q_MOC_RUN

QTEST_APPLESS_MAIN(ExpressionSyntaxTest)
#include "ExpressionSyntaxTest.moc"
