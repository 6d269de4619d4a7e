// The expression editor: a QScintilla line or three styled by
// ExpressionLexer, checked by the engine after each typing pause.
#include "query/ExpressionEditor.h"

#include "editor/ExpressionLexer.h"

#include <Qsci/qsciscintilla.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace dynoscope::ui {

namespace {

constexpr int kCheckDelayMs = 250;
constexpr int kMaxVisibleLines = 4;

using Syntax = ExpressionSyntax::Kind;

QStringList functionsFor(Syntax kind)
{
    switch (kind) {
    case Syntax::Condition:
    case Syntax::Filter:
        return { QStringLiteral("attribute_exists"), QStringLiteral("attribute_not_exists"),
            QStringLiteral("attribute_type"), QStringLiteral("begins_with"), QStringLiteral("contains"),
            QStringLiteral("size") };
    case Syntax::KeyCondition:
        return { QStringLiteral("begins_with") };
    case Syntax::Update:
        return { QStringLiteral("if_not_exists"), QStringLiteral("list_append") };
    case Syntax::Projection:
        break;
    }
    return {};
}

QStringList keywordsFor(Syntax kind)
{
    switch (kind) {
    case Syntax::Condition:
    case Syntax::Filter:
        return { QStringLiteral("AND"), QStringLiteral("BETWEEN"), QStringLiteral("IN"), QStringLiteral("NOT"),
            QStringLiteral("OR") };
    case Syntax::KeyCondition:
        return { QStringLiteral("AND"), QStringLiteral("BETWEEN") };
    case Syntax::Update:
        return { QStringLiteral("ADD"), QStringLiteral("DELETE"), QStringLiteral("REMOVE"), QStringLiteral("SET") };
    case Syntax::Projection:
        break;
    }
    return {};
}

bool isWordByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

QString compactJson(const QJsonObject& object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

ExpressionEditor::ExpressionEditor(ExpressionSyntax::Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
{
    m_edit = new QsciScintilla(this);
    m_edit->setUtf8(true);
    m_lexer = new ExpressionLexer(m_edit);
    m_edit->setLexer(m_lexer);
    m_lexer->applyPalette(palette());
    m_edit->setMarginWidth(0, 0);
    m_edit->setMarginWidth(1, 0);
    m_edit->setWrapMode(QsciScintilla::WrapWord);
    m_edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_edit->setCaretForegroundColor(palette().color(QPalette::Text));
    m_edit->setSelectionBackgroundColor(palette().color(QPalette::Highlight));
    m_edit->setSelectionForegroundColor(palette().color(QPalette::HighlightedText));
    m_errorIndicator = m_edit->indicatorDefine(QsciScintilla::SquiggleIndicator);
    m_edit->setIndicatorForegroundColor(QColor(0xcd, 0x31, 0x31), m_errorIndicator);
    m_edit->SendScintilla(QsciScintillaBase::SCI_SETMOUSEDWELLTIME, 400);
    m_edit->SendScintilla(QsciScintillaBase::SCI_AUTOCSETIGNORECASE, 1);
    m_edit->SendScintilla(QsciScintillaBase::SCI_AUTOCSETSEPARATOR, static_cast<unsigned long>('\n'));
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette messagePalette = m_message->palette();
    messagePalette.setColor(QPalette::WindowText, QColor(0xcd, 0x31, 0x31));
    m_message->setPalette(messagePalette);
    m_message->hide();
    m_fix = new QPushButton(this);
    m_fix->setToolTip(tr("Writes the word as a #placeholder and defines it in ExpressionAttributeNames."));
    m_fix->hide();
    connect(m_fix, &QPushButton::clicked, this, [this] {
        const QStringList words = reservedWords();
        if (!words.isEmpty())
            aliasReservedWord(words.first());
    });

    auto* messageRow = new QHBoxLayout;
    messageRow->setContentsMargins(0, 0, 0, 0);
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_fix, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addLayout(messageRow);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(kCheckDelayMs);
    connect(m_delay, &QTimer::timeout, this, &ExpressionEditor::validateNow);
    connect(m_edit, &QsciScintilla::textChanged, this, [this] {
        updateHeight();
        if (m_loading)
            return;
        m_delay->start();
        emit textEdited();
    });
    connect(m_edit, &QsciScintillaBase::SCN_DWELLSTART, this, &ExpressionEditor::showDwellTip);
    connect(m_edit, &QsciScintillaBase::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
    connect(m_edit, &QsciScintillaBase::SCN_CHARADDED, this, &ExpressionEditor::onCharAdded);
    updateHeight();
}

QString ExpressionEditor::text() const
{
    return m_edit->text();
}

void ExpressionEditor::setText(const QString& text)
{
    m_loading = true;
    m_edit->setText(text);
    m_loading = false;
    m_edit->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
    validateNow();
}

void ExpressionEditor::setAttributeNames(const QStringList& names)
{
    m_attributeNames = names;
}

void ExpressionEditor::setPlaceholders(const QJsonObject& names, const QJsonObject& values)
{
    m_names = names;
    m_values = values;
    m_checkPlaceholders = true;
    validateNow();
}

QStringList ExpressionEditor::completions(const QString& prefix) const
{
    QStringList candidates;
    if (prefix.startsWith(QLatin1Char('#'))) {
        candidates = m_names.keys();
    } else if (prefix.startsWith(QLatin1Char(':'))) {
        candidates = m_values.keys();
    } else {
        candidates = m_attributeNames + functionsFor(m_kind) + keywordsFor(m_kind);
    }
    QStringList out;
    for (const QString& candidate : candidates) {
        if (candidate.startsWith(prefix, Qt::CaseInsensitive) && candidate != prefix && !out.contains(candidate))
            out.append(candidate);
    }
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return out;
}

void ExpressionEditor::showCompletions()
{
    const QString prefix = wordBeforeCursor();
    const QStringList list = completions(prefix);
    if (list.isEmpty()) {
        m_edit->SendScintilla(QsciScintillaBase::SCI_AUTOCCANCEL);
        return;
    }
    const QByteArray items = list.join(QLatin1Char('\n')).toUtf8();
    m_edit->SendScintilla(
        QsciScintillaBase::SCI_AUTOCSHOW, static_cast<unsigned long>(prefix.toUtf8().size()), items.constData());
}

QString ExpressionEditor::wordBeforeCursor() const
{
    const long position = m_edit->SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS);
    const QByteArray bytes = m_edit->bytes(0, static_cast<int>(position)).left(position);
    qsizetype start = bytes.size();
    while (start > 0 && isWordByte(bytes[start - 1]))
        --start;
    if (start > 0 && (bytes[start - 1] == '#' || bytes[start - 1] == ':'))
        --start;
    return QString::fromUtf8(bytes.mid(start));
}

void ExpressionEditor::onCharAdded(int ch)
{
    // Scintilla reports the character before it moves the caret past it:
    // look at the word once the insertion is complete.
    if (ch == '#' || ch == ':' || (ch < 128 && isWordByte(static_cast<char>(ch))))
        QMetaObject::invokeMethod(this, &ExpressionEditor::showCompletions, Qt::QueuedConnection);
    else
        m_edit->SendScintilla(QsciScintillaBase::SCI_AUTOCCANCEL);
}

std::optional<ExpressionSyntax::Problem> ExpressionEditor::computeProblem() const
{
    const QByteArray text = m_edit->text().toUtf8();
    if (text.trimmed().isEmpty())
        return std::nullopt;
    ExpressionSyntax::Placeholders placeholders { compactJson(m_names).toStdString(),
        compactJson(m_values).toStdString() };
    return ExpressionSyntax::check(m_kind, std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
        m_checkPlaceholders ? &placeholders : nullptr);
}

void ExpressionEditor::validateNow()
{
    m_delay->stop();
    m_problem = computeProblem();
    showProblem();
}

QString ExpressionEditor::message() const
{
    if (m_problem)
        return QString::fromStdString(m_problem->message);
    const QStringList words = reservedWords();
    if (!words.isEmpty())
        return tr("\"%1\" is a reserved word: an attribute with this name must be written as a #placeholder.")
            .arg(words.first());
    return {};
}

void ExpressionEditor::showProblem()
{
    const long length = m_edit->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
    m_edit->SendScintilla(QsciScintillaBase::SCI_SETINDICATORCURRENT, m_errorIndicator);
    m_edit->SendScintilla(QsciScintillaBase::SCI_INDICATORCLEARRANGE, 0, length);
    if (m_problem && m_problem->offset != ExpressionSyntax::Problem::kNoOffset) {
        // A problem at the end (e.g. "<EOF>") underlines the last character.
        long start = std::min<long>(static_cast<long>(m_problem->offset), length);
        long span = std::max<long>(static_cast<long>(m_problem->length), 1);
        if (start == length && start > 0)
            --start;
        span = std::min(span, length - start);
        if (span > 0)
            m_edit->SendScintilla(QsciScintillaBase::SCI_INDICATORFILLRANGE, static_cast<unsigned long>(start), span);
    }
    const QStringList words = reservedWords();
    m_fix->setVisible(!words.isEmpty());
    if (!words.isEmpty())
        m_fix->setText(tr("Alias as %1").arg(placeholderFor(words.first())));
    const QString text = message();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (text != m_shownMessage) {
        m_shownMessage = text;
        emit messageChanged(text);
    }
}

QStringList ExpressionEditor::reservedWords() const
{
    const QByteArray text = m_edit->text().toUtf8();
    const std::string_view view(text.constData(), static_cast<std::size_t>(text.size()));
    QStringList words;
    for (const ExpressionSyntax::Token& token : ExpressionSyntax::tokenize(view)) {
        if (token.kind != ExpressionSyntax::Token::Kind::AttributeName)
            continue;
        const std::string_view word = view.substr(token.offset, token.length);
        const QString name = QString::fromUtf8(word.data(), static_cast<qsizetype>(word.size()));
        if (ExpressionSyntax::isReservedWord(word) && !words.contains(name))
            words.append(name);
    }
    return words;
}

// "#status", or "#status_2"... when "#status" already stands for another name.
QString ExpressionEditor::placeholderFor(const QString& word) const
{
    const QString base = QLatin1Char('#') + word;
    QString candidate = base;
    for (int n = 2; m_names.contains(candidate) && m_names.value(candidate).toString() != word; ++n)
        candidate = base + QLatin1Char('_') + QString::number(n);
    return candidate;
}

QString ExpressionEditor::aliasReservedWord(const QString& word)
{
    const QByteArray text = m_edit->text().toUtf8();
    const std::string_view view(text.constData(), static_cast<std::size_t>(text.size()));
    const QByteArray wordBytes = word.toUtf8();
    const QString placeholder = placeholderFor(word);
    const QByteArray placeholderBytes = placeholder.toUtf8();
    QByteArray rewritten;
    std::size_t copied = 0;
    for (const ExpressionSyntax::Token& token : ExpressionSyntax::tokenize(view)) {
        if (token.kind != ExpressionSyntax::Token::Kind::AttributeName
            || view.substr(token.offset, token.length) != std::string_view(wordBytes.constData(), wordBytes.size()))
            continue;
        rewritten.append(text.constData() + copied, static_cast<qsizetype>(token.offset - copied));
        rewritten.append(placeholderBytes);
        copied = token.offset + token.length;
    }
    if (copied == 0)
        return {};
    rewritten.append(text.constData() + copied, static_cast<qsizetype>(text.size()) - static_cast<qsizetype>(copied));

    m_names.insert(placeholder, word);
    emit namesEdited(m_names);
    m_edit->beginUndoAction();
    m_edit->selectAll();
    m_edit->replaceSelectedText(QString::fromUtf8(rewritten));
    m_edit->endUndoAction();
    validateNow();
    return placeholder;
}

void ExpressionEditor::updateHeight()
{
    const long docLines = m_edit->SendScintilla(QsciScintillaBase::SCI_GETLINECOUNT);
    const long visible = m_edit->SendScintilla(QsciScintillaBase::SCI_VISIBLEFROMDOCLINE, docLines);
    const int lines = static_cast<int>(std::clamp<long>(visible, 1, kMaxVisibleLines));
    const int lineHeight = static_cast<int>(m_edit->SendScintilla(QsciScintillaBase::SCI_TEXTHEIGHT, 0));
    m_edit->setFixedHeight(lines * lineHeight + 2 * m_edit->frameWidth() + 4);
}

void ExpressionEditor::showDwellTip(int position, int x, int y)
{
    if (!m_problem || position < 0)
        return;
    const auto offset = static_cast<long>(m_problem->offset);
    const bool noPlace = m_problem->offset == ExpressionSyntax::Problem::kNoOffset;
    if (noPlace || (position >= offset - 1 && position <= offset + static_cast<long>(m_problem->length)))
        QToolTip::showText(m_edit->viewport()->mapToGlobal(QPoint(x, y)), message(), m_edit->viewport());
}

void ExpressionEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        m_lexer->applyPalette(palette());
        m_edit->setCaretForegroundColor(palette().color(QPalette::Text));
        m_edit->setSelectionBackgroundColor(palette().color(QPalette::Highlight));
        m_edit->setSelectionForegroundColor(palette().color(QPalette::HighlightedText));
    }
}

bool ExpressionEditor::eventFilter(QObject* watched, QEvent* event)
{
    // Wrapped lines depend on the width: the height follows it.
    if (watched == m_edit && event->type() == QEvent::Resize)
        updateHeight();
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space && (key->modifiers() & Qt::ControlModifier)) {
            showCompletions();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace dynoscope::ui
