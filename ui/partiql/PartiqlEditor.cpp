// The PartiQL editor and its completion sources.
#include "partiql/PartiqlEditor.h"

#include "connection/Connection.h"
#include "partiql/PartiqlLexer.h"

#include <QEvent>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace dynoscope::ui {

namespace {

constexpr int kCompletionListId = 1;
constexpr int kLineNumberMargin = 0;
// Typing this many characters of a word opens the list on its own.
constexpr int kAutoCompleteThreshold = 2;

bool isPlainIdentifier(const QString& name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return plain.match(name).hasMatch();
}

void appendMatches(QStringList& out, const QStringList& candidates, const QString& prefix)
{
    QStringList matches;
    for (const QString& candidate : candidates)
        if (candidate.startsWith(prefix, Qt::CaseInsensitive) && candidate.compare(prefix, Qt::CaseInsensitive) != 0
            && !out.contains(candidate))
            matches.append(candidate);
    std::sort(matches.begin(), matches.end(),
        [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    out += matches;
}

} // namespace

PartiqlEditor::PartiqlEditor(Connection* connection, QWidget* parent)
    : QsciScintilla(parent)
    , m_connection(connection)
    , m_lexer(new PartiqlLexer(this))
    , m_sampleDelay(new QTimer(this))
{
    setUtf8(true);
    setLexer(m_lexer);
    m_lexer->applyPalette(palette());
    setMarginType(kLineNumberMargin, NumberMargin);
    setMarginWidth(kLineNumberMargin, QStringLiteral("0000"));
    setMarginsFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setBraceMatching(SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setTabWidth(4);
    setCaretLineVisible(true);
    setCaretLineBackgroundColor(palette().color(QPalette::AlternateBase));
    setWrapMode(WrapWord);
    // Only our own list: QScintilla's word completion would mix in noise.
    setAutoCompletionSource(AcsNone);

    m_sampleDelay->setSingleShot(true);
    m_sampleDelay->setInterval(400);
    connect(m_sampleDelay, &QTimer::timeout, this, &PartiqlEditor::sampleTarget);
    connect(this, &QsciScintilla::textChanged, m_sampleDelay, qOverload<>(&QTimer::start));
    connect(this, &QsciScintilla::userListActivated, this, &PartiqlEditor::insertCompletion);
    connect(this, &QsciScintilla::SCN_CHARADDED, this, &PartiqlEditor::charAdded);
    reloadTables();
}

void PartiqlEditor::reloadTables()
{
    if (!m_loadingTables.isEmpty() || !m_connection)
        return;
    listTables({});
}

void PartiqlEditor::listTables(const QString& startName)
{
    QJsonObject request;
    if (!startName.isEmpty())
        request.insert(QStringLiteral("ExclusiveStartTableName"), startName);
    m_connection->send(QStringLiteral("ListTables"), QJsonDocument(request).toJson(QJsonDocument::Compact), this,
        [this](const Reply& reply) {
            if (!reply.ok) {
                // Completion then offers keywords only; the statement's own
                // run shows whatever is wrong with the connection.
                m_loadingTables.clear();
                return;
            }
            const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
            for (const QJsonValue& name : body.value(QStringLiteral("TableNames")).toArray())
                m_loadingTables.append(name.toString());
            const QString last = body.value(QStringLiteral("LastEvaluatedTableName")).toString();
            if (!last.isEmpty() && m_connection) {
                listTables(last);
                return;
            }
            m_tables = m_loadingTables;
            m_loadingTables.clear();
            emit completionSourcesChanged();
        });
}

void PartiqlEditor::sampleTarget()
{
    const QString table = targetTable(text());
    if (table.isEmpty() || m_attributes.contains(table) || m_sampling.contains(table) || !m_connection)
        return;
    m_sampling.insert(table);
    const QJsonObject request { { QStringLiteral("TableName"), table }, { QStringLiteral("Limit"), kSampleSize } };
    m_connection->send(QStringLiteral("Scan"), QJsonDocument(request).toJson(QJsonDocument::Compact), this,
        [this, table](const Reply& reply) {
            m_sampling.remove(table);
            if (!reply.ok)
                return; // no such table (yet): tried again once the name changes
            QStringList names;
            const QJsonArray items
                = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("Items")).toArray();
            for (const QJsonValue& item : items)
                for (const QString& name : item.toObject().keys())
                    if (!names.contains(name))
                        names.append(name);
            std::sort(names.begin(), names.end(),
                [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
            m_attributes.insert(table, names);
            emit completionSourcesChanged();
        });
}

QString PartiqlEditor::targetTable(const QString& statement)
{
    // Comments and strings could hold the keywords: drop them first.
    static const QRegularExpression noise(
        QStringLiteral(R"(--[^\n]*|/\*.*?(\*/|$)|'(?:[^']|'')*'?)"), QRegularExpression::DotMatchesEverythingOption);
    QString text = statement;
    text.replace(noise, QStringLiteral(" "));
    static const QRegularExpression target(
        QStringLiteral(R"re(\b(?:FROM|INTO|UPDATE)\s+(?:"((?:[^"]|"")*)"|([A-Za-z_][A-Za-z0-9_.-]*)))re"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = target.match(text);
    if (!match.hasMatch())
        return {};
    if (match.capturedLength(1) > 0)
        return match.captured(1).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    // An unquoted Table.Index names the index of the table.
    return match.captured(2).section(QLatin1Char('.'), 0, 0);
}

QStringList PartiqlEditor::selectedNames(const QString& statement)
{
    static const QRegularExpression comments(
        QStringLiteral(R"(--[^\n]*|/\*.*?(\*/|$))"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression select(QStringLiteral(R"(^\s*SELECT\s+(.*?)\s+FROM\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression name(QStringLiteral(R"re(^\s*(?:"((?:[^"]|"")*)"|([A-Za-z_][A-Za-z0-9_]*)))re"));
    QString text = statement;
    text.replace(comments, QStringLiteral(" "));
    const QRegularExpressionMatch match = select.match(text);
    if (!match.hasMatch())
        return {};
    QStringList names;
    for (const QString& item : match.captured(1).split(QLatin1Char(','))) {
        const QRegularExpressionMatch each = name.match(item);
        if (!each.hasMatch())
            continue;
        const QString found = each.capturedLength(1) > 0
            ? each.captured(1).replace(QStringLiteral("\"\""), QStringLiteral("\""))
            : each.captured(2);
        if (!names.contains(found))
            names.append(found);
    }
    return names;
}

bool PartiqlEditor::expectsTable(const QString& textBeforeCursor)
{
    static const QRegularExpression afterKeyword(
        QStringLiteral(R"(\b(FROM|INTO|UPDATE)\s+"?[^\s"]*$)"), QRegularExpression::CaseInsensitiveOption);
    return afterKeyword.match(textBeforeCursor).hasMatch();
}

QString PartiqlEditor::quoted(const QString& name)
{
    const QString upper = name.toUpper();
    if (isPlainIdentifier(name) && !PartiqlLexer::keywords().contains(upper)
        && !PartiqlLexer::functions().contains(upper))
        return name;
    return QLatin1Char('"') + QString(name).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

int PartiqlEditor::wordStart(int position) const
{
    // Inside an unclosed "quoted name" the name starts at its quote, spaces
    // and dashes included.
    const int line = int(SendScintilla(SCI_LINEFROMPOSITION, position));
    const int lineStart = int(SendScintilla(SCI_POSITIONFROMLINE, line));
    QByteArray before(position - lineStart + 1, '\0');
    SendScintilla(SCI_GETTEXTRANGE, lineStart, position, before.data());
    before.resize(position - lineStart);
    int openQuote = -1;
    bool inString = false;
    for (int i = 0; i < before.size(); ++i) {
        const char c = before.at(i);
        if (c == '\'' && openQuote < 0)
            inString = !inString;
        else if (c == '"' && !inString)
            openQuote = openQuote < 0 ? i : -1;
    }
    if (openQuote >= 0)
        return lineStart + openQuote;
    return int(SendScintilla(SCI_WORDSTARTPOSITION, position, true));
}

QStringList PartiqlEditor::completions(int position) const
{
    if (position < 0)
        position = int(SendScintilla(SCI_GETCURRENTPOS));
    const int start = wordStart(position);
    QByteArray before(position + 1, '\0');
    SendScintilla(SCI_GETTEXTRANGE, 0, position, before.data());
    before.resize(position);
    QString prefix = QString::fromUtf8(before.mid(start));
    if (prefix.startsWith(QLatin1Char('"')))
        prefix.remove(0, 1);

    QStringList out;
    if (expectsTable(QString::fromUtf8(before))) {
        appendMatches(out, m_tables, prefix);
        return out;
    }
    appendMatches(out, m_attributes.value(targetTable(text())), prefix);
    // A lone position without a prefix offers names only: every keyword
    // would bury them.
    if (!prefix.isEmpty()) {
        appendMatches(out, PartiqlLexer::functions(), prefix);
        appendMatches(out, PartiqlLexer::keywords(), prefix);
        appendMatches(out, m_tables, prefix);
    }
    return out;
}

void PartiqlEditor::showCompletions()
{
    const QStringList list = completions();
    if (list.isEmpty()) {
        cancelList();
        return;
    }
    showUserList(kCompletionListId, list);
}

void PartiqlEditor::insertCompletion(int id, const QString& text)
{
    if (id != kCompletionListId)
        return;
    const int position = int(SendScintilla(SCI_GETCURRENTPOS));
    const int start = wordStart(position);
    // Keywords and functions go in as listed; names quoted when they must be.
    const QString upper = text.toUpper();
    const bool word
        = text == upper && (PartiqlLexer::keywords().contains(text) || PartiqlLexer::functions().contains(text));
    const QByteArray replacement = (word ? text : quoted(text)).toUtf8();
    SendScintilla(SCI_SETSELECTIONSTART, start);
    SendScintilla(SCI_SETSELECTIONEND, position);
    SendScintilla(SCI_REPLACESEL, replacement.constData());
}

void PartiqlEditor::charAdded(int character)
{
    const QChar c(character);
    if (c.isLetterOrNumber() || c == QLatin1Char('_')) {
        const int position = int(SendScintilla(SCI_GETCURRENTPOS));
        if (position - wordStart(position) >= kAutoCompleteThreshold || isListActive())
            showCompletions();
        return;
    }
    if (c == QLatin1Char(' ')) {
        const int position = int(SendScintilla(SCI_GETCURRENTPOS));
        QByteArray before(position + 1, '\0');
        SendScintilla(SCI_GETTEXTRANGE, 0, position, before.data());
        before.resize(position);
        if (expectsTable(QString::fromUtf8(before)) && !m_tables.isEmpty())
            showCompletions();
    }
}

void PartiqlEditor::keyPressEvent(QKeyEvent* event)
{
    const bool control = event->modifiers() & Qt::ControlModifier;
    if (control && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        cancelList();
        emit runRequested();
        return;
    }
    if (control && event->key() == Qt::Key_Space) {
        showCompletions();
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

void PartiqlEditor::changeEvent(QEvent* event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_lexer->applyPalette(palette());
        setCaretLineBackgroundColor(palette().color(QPalette::AlternateBase));
        recolor();
    }
}

} // namespace dynoscope::ui
