// The JSON editor: QScintilla set up for JSON, themed from the palette,
// with debounced validation off the GUI thread.
#include "editor/JsonEditor.h"

#include "items/ItemJsonReader.h"
#include "items/ItemJsonWriter.h"

#include <Qsci/qscilexerjson.h>

#include <QEvent>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QPainter>
#include <QTimer>
#include <QToolTip>
#include <QtConcurrent/QtConcurrentRun>

namespace dynoscope::ui {

namespace {

constexpr int kLineNumberMargin = 0;
constexpr int kSymbolMargin = 1;
constexpr int kFoldMargin = 2;
constexpr int kDefaultDelayMs = 350;

struct Theme {
    QColor text, key, string, number, keyword, operators, error;
    QColor caretLine, braceBack, marginText, marginBack;
};

Theme themeFor(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QColor base = palette.color(QPalette::Base);
    if (dark)
        return { QColor(0xd4, 0xd4, 0xd4), QColor(0x9c, 0xdc, 0xfe), QColor(0xce, 0x91, 0x78), QColor(0xb5, 0xce, 0xa8),
            QColor(0x56, 0x9c, 0xd6), QColor(0xc8, 0xc8, 0xc8), QColor(0xf4, 0x87, 0x71), base.lighter(125),
            QColor(0x26, 0x4f, 0x78), QColor(0x85, 0x85, 0x85), base.lighter(112) };
    return { QColor(0x1f, 0x23, 0x28), QColor(0x04, 0x51, 0xa5), QColor(0xa3, 0x15, 0x15), QColor(0x09, 0x86, 0x58),
        QColor(0x00, 0x00, 0xd0), QColor(0x40, 0x40, 0x40), QColor(0xcd, 0x31, 0x31), QColor(0xf2, 0xf6, 0xfb),
        QColor(0xd6, 0xe4, 0xf7), QColor(0x8c, 0x95, 0x9f), base.darker(104) };
}

// The margin marker: a filled circle with an exclamation mark.
QImage errorMarkerImage(const QColor& color, qreal ratio)
{
    const int size = 14;
    QImage image(QSize(size, size) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    p.setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(size / 2.0, 4), QPointF(size / 2.0, 7.5));
    p.drawPoint(QPointF(size / 2.0, 10.5));
    return image;
}

} // namespace

JsonEditor::JsonEditor(QWidget* parent)
    : QsciScintilla(parent)
    , m_validator(&JsonEditor::checkSyntax)
{
    setUtf8(true);
    setLexer(new QsciLexerJSON(this));
    setMarginType(kLineNumberMargin, NumberMargin);
    setMarginType(kSymbolMargin, SymbolMargin);
    setMarginWidth(kSymbolMargin, 16);
    setFolding(BoxedTreeFoldStyle, kFoldMargin);
    setBraceMatching(SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(2);
    setTabWidth(2);
    setIndentationGuides(true);
    setCaretLineVisible(true);
    setScrollWidth(1);
    setScrollWidthTracking(true);
    setWrapMode(WrapNone);
    m_errorIndicator = indicatorDefine(SquiggleIndicator);
    m_errorMarker = markerDefine(Circle); // replaced by the themed image in applyTheme()
    setMarginMarkerMask(kSymbolMargin, 1 << m_errorMarker);
    SendScintilla(SCI_SETMOUSEDWELLTIME, 400);
    applyTheme();
    updateLineNumberWidth();

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(kDefaultDelayMs);
    connect(m_delay, &QTimer::timeout, this, &JsonEditor::startValidation);
    connect(this, &QsciScintilla::textChanged, this, [this] {
        if (!m_loading && !m_modified) {
            m_modified = true;
            emit modifiedChanged(true);
        }
        scheduleValidation();
    });
    connect(this, &QsciScintilla::linesChanged, this, &JsonEditor::updateLineNumberWidth);
    connect(this, &QsciScintillaBase::SCN_DWELLSTART, this, &JsonEditor::showDwellTip);
    connect(this, &QsciScintillaBase::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
}

JsonEditor::~JsonEditor() = default;

void JsonEditor::setJson(const QByteArray& json)
{
    m_loading = true;
    setText(QString::fromUtf8(json));
    m_loading = false;
    SendScintilla(SCI_EMPTYUNDOBUFFER);
    setModified(false);
    startValidation();
}

QByteArray JsonEditor::json() const
{
    return text().toUtf8();
}

bool JsonEditor::formatJson()
{
    const std::optional<ItemJsonValue> value = ItemJsonReader::parse(json());
    if (!value)
        return false;
    const QString formatted = QString::fromUtf8(ItemJsonWriter::write(*value, ItemJsonStyle::Pretty));
    if (formatted != text()) {
        beginUndoAction();
        selectAll();
        replaceSelectedText(formatted);
        endUndoAction();
        setCursorPosition(0, 0);
    }
    return true;
}

void JsonEditor::setModified(bool modified)
{
    if (!modified)
        QsciScintilla::setModified(false);
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void JsonEditor::setValidator(Validator validator)
{
    m_validator = validator ? std::move(validator) : Validator(&JsonEditor::checkSyntax);
    startValidation();
}

void JsonEditor::setValidationDelay(int milliseconds)
{
    m_delay->setInterval(milliseconds);
}

void JsonEditor::validateNow()
{
    m_delay->stop();
    ++m_generation; // a validation still running on a worker is now stale
    applyResult(m_validator(json()));
}

void JsonEditor::showError(const ItemJsonError& error)
{
    ItemJsonError located = error;
    if (located.offset >= 0 && located.line == 0)
        located.locate(json());
    applyResult(located);
}

void JsonEditor::goToError()
{
    if (m_error.offset < 0)
        return;
    SendScintilla(SCI_GOTOPOS, static_cast<unsigned long>(m_error.offset));
    setFocus();
}

ItemJsonError JsonEditor::checkSyntax(const QByteArray& json)
{
    ItemJsonError error;
    ItemJsonReader::parse(json, &error);
    return error;
}

void JsonEditor::changeEvent(QEvent* event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

void JsonEditor::applyTheme()
{
    const QPalette pal = palette();
    const Theme t = themeFor(pal);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(std::max(font.pointSizeF(), QWidget::font().pointSizeF()));
    QsciLexer* lex = lexer();
    lex->setDefaultFont(font);
    lex->setFont(font, -1);
    lex->setDefaultPaper(pal.color(QPalette::Base));
    lex->setPaper(pal.color(QPalette::Base), -1);
    lex->setDefaultColor(t.text);
    lex->setColor(t.text, -1);
    lex->setColor(t.key, QsciLexerJSON::Property);
    for (int style : { QsciLexerJSON::String, QsciLexerJSON::IRI, QsciLexerJSON::IRICompact })
        lex->setColor(t.string, style);
    lex->setColor(t.string.darker(115), QsciLexerJSON::EscapeSequence);
    lex->setColor(t.number, QsciLexerJSON::Number);
    for (int style : { QsciLexerJSON::Keyword, QsciLexerJSON::KeywordLD })
        lex->setColor(t.keyword, style);
    lex->setColor(t.operators, QsciLexerJSON::Operator);
    for (int style : { QsciLexerJSON::Error, QsciLexerJSON::UnclosedString })
        lex->setColor(t.error, style);
    for (int style : { QsciLexerJSON::CommentLine, QsciLexerJSON::CommentBlock })
        lex->setColor(t.marginText, style);
    lex->setEolFill(false, -1);

    setCaretForegroundColor(t.text);
    setCaretLineBackgroundColor(t.caretLine);
    setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    setMatchedBraceBackgroundColor(t.braceBack);
    setMatchedBraceForegroundColor(t.text);
    setUnmatchedBraceForegroundColor(t.error);
    setUnmatchedBraceBackgroundColor(pal.color(QPalette::Base));
    setMarginsFont(font);
    setMarginsBackgroundColor(t.marginBack);
    setMarginsForegroundColor(t.marginText);
    setFoldMarginColors(t.marginBack, t.marginBack);
    for (int marker = int(SC_MARKNUM_FOLDEREND); marker <= int(SC_MARKNUM_FOLDEROPEN); ++marker) {
        setMarkerForegroundColor(pal.color(QPalette::Base), marker);
        setMarkerBackgroundColor(t.marginText, marker);
    }
    setIndicatorForegroundColor(t.error, m_errorIndicator);
    markerDefine(errorMarkerImage(t.error, devicePixelRatioF()), m_errorMarker);
}

void JsonEditor::updateLineNumberWidth()
{
    const int digits = QString::number(std::max(lines(), 1)).size();
    setMarginWidth(kLineNumberMargin, QString(std::max(digits, 2) + 1, QLatin1Char('9')));
}

void JsonEditor::scheduleValidation()
{
    if (m_loading)
        return;
    ++m_generation; // a result for the text before this change is stale
    m_delay->start();
}

void JsonEditor::startValidation()
{
    m_delay->stop();
    const quint64 generation = ++m_generation;
    auto* watcher = new QFutureWatcher<ItemJsonError>(this);
    connect(watcher, &QFutureWatcher<ItemJsonError>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            applyResult(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([validator = m_validator, text = json()] { return validator(text); }));
}

void JsonEditor::applyResult(const ItemJsonError& error)
{
    const int length = static_cast<int>(SendScintilla(SCI_GETLENGTH));
    SendScintilla(SCI_SETINDICATORCURRENT, m_errorIndicator);
    SendScintilla(SCI_INDICATORCLEARRANGE, 0, length);
    markerDeleteAll(m_errorMarker);
    const bool changed = error.describe() != m_error.describe() || error.offset != m_error.offset;
    m_error = error;
    if (!error.isNull() && error.offset >= 0) {
        // A problem at the very end (e.g. a missing "}") underlines the last character.
        qsizetype start = std::min<qsizetype>(error.offset, length);
        if (start == length && start > 0)
            --start;
        const qsizetype end = std::min<qsizetype>(start + std::max<qsizetype>(error.length, 1), length);
        if (end > start)
            SendScintilla(SCI_INDICATORFILLRANGE, static_cast<unsigned long>(start), static_cast<long>(end - start));
        markerAdd(
            static_cast<int>(SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(start))), m_errorMarker);
    }
    if (changed)
        emit messageChanged(error.describe());
    emit validated(error.isNull());
}

void JsonEditor::showDwellTip(int position, int x, int y)
{
    if (m_error.isNull() || m_error.offset < 0 || position < 0)
        return;
    const int line = static_cast<int>(SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(position)));
    const bool onError = position >= m_error.offset - 1 && position <= m_error.offset + m_error.length;
    if (onError || line == m_error.line - 1)
        QToolTip::showText(viewport()->mapToGlobal(QPoint(x, y)), m_error.describe(), viewport());
}

} // namespace dynoscope::ui
