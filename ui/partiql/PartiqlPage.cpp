// The PartiQL tab's layout and its runs.
#include "partiql/PartiqlPage.h"

#include "connection/Connection.h"
#include "editor/JsonEditor.h"
#include "partiql/PartiqlEditor.h"
#include "partiql/PartiqlResultModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace dynoscope::ui {

namespace {

const QColor kErrorColor(0xc4, 0x2b, 0x1c);

// The parameters as DynamoDB wants them; sets *error when they are not.
QJsonArray readParameters(const QByteArray& text, QString* error)
{
    if (text.trimmed().isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    const QString expected = PartiqlPage::tr("Parameters must be a JSON list of DynamoDB values, one for each ?, "
                                             "e.g. [{\"S\": \"Ada\"}, {\"N\": \"3\"}].");
    if (parseError.error != QJsonParseError::NoError) {
        *error = PartiqlPage::tr("Parameters: %1 at character %2. %3")
                     .arg(parseError.errorString())
                     .arg(parseError.offset)
                     .arg(expected);
        return {};
    }
    if (!document.isArray()) {
        *error = expected;
        return {};
    }
    const QJsonArray parameters = document.array();
    for (const QJsonValue& value : parameters) {
        if (!value.isObject() || value.toObject().size() != 1) {
            *error = expected;
            return {};
        }
    }
    return parameters;
}

} // namespace

PartiqlPage::PartiqlPage(Connection* connection, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_editor(new PartiqlEditor(connection, this))
    , m_parameters(new JsonEditor(this))
    , m_results(new PartiqlResultModel(connection, this))
{
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setToolTip(tr("Run the statement (Ctrl+Enter)"));
    m_run->setDefault(true);
    m_stop = new QPushButton(tr("&Stop"), this);
    m_parametersButton = new QToolButton(this);
    m_parametersButton->setText(tr("&Parameters"));
    m_parametersButton->setCheckable(true);
    m_parametersButton->setToolTip(tr("Values for the statement's ? placeholders, as a JSON list of DynamoDB values"));
    m_limit = new QSpinBox(this);
    m_limit->setRange(0, 10000);
    m_limit->setSpecialValueText(tr("No limit"));
    m_limit->setPrefix(tr("Limit: "));
    m_limit->setToolTip(tr("ExecuteStatement's Limit: how many items each page evaluates before it returns "
                           "(with a NextToken for the rest)"));
    auto* target = new QLabel(this);
    target->setForegroundRole(QPalette::PlaceholderText);
    target->setText(connection ? connection->displayName() : QString());
    target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_run);
    toolbar->addWidget(m_stop);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_parametersButton);
    toolbar->addWidget(m_limit);
    toolbar->addStretch(1);
    toolbar->addWidget(target);

    m_editor->setObjectName(QStringLiteral("partiqlStatement"));
    m_parameters->setObjectName(QStringLiteral("partiqlParameters"));
    m_parameters->setJson("[]");
    m_parameters->setVisible(false);

    m_view = new QTableView(this);
    m_view->setModel(m_results);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, kErrorColor);
    m_error->setPalette(errorPalette);
    m_error->hide();
    m_status = new QLabel(tr("Write a statement and run it with Ctrl+Enter. Ctrl+Space completes table and "
                             "attribute names."),
        this);
    m_status->setWordWrap(true);
    m_loadMore = new QPushButton(tr("Load &More"), this);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_loadMore);

    auto* input = new QSplitter(Qt::Horizontal, this);
    input->addWidget(m_editor);
    input->addWidget(m_parameters);
    input->setStretchFactor(0, 3);
    input->setStretchFactor(1, 1);
    input->setChildrenCollapsible(false);
    auto* output = new QWidget(this);
    auto* outputLayout = new QVBoxLayout(output);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    outputLayout->addWidget(m_error);
    outputLayout->addWidget(m_view, 1);
    outputLayout->addLayout(statusRow);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(input);
    split->addWidget(output);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &PartiqlPage::run);
    connect(m_stop, &QPushButton::clicked, this, &PartiqlPage::stop);
    connect(m_loadMore, &QPushButton::clicked, this, &PartiqlPage::loadMore);
    connect(m_parametersButton, &QToolButton::toggled, this, &PartiqlPage::setParametersVisible);
    connect(m_editor, &PartiqlEditor::runRequested, this, &PartiqlPage::run);
    connect(m_results, &PartiqlResultModel::runningChanged, this, &PartiqlPage::updateButtons);
    connect(m_results, &PartiqlResultModel::pageLoaded, this, &PartiqlPage::updateStatus);
    connect(m_results, &PartiqlResultModel::failed, this, &PartiqlPage::showError);
    updateButtons();
}

void PartiqlPage::setStatement(const QString& statement)
{
    m_editor->setText(statement);
}

void PartiqlPage::setParametersVisible(bool visible)
{
    m_parameters->setVisible(visible);
    if (m_parametersButton->isChecked() != visible)
        m_parametersButton->setChecked(visible);
}

void PartiqlPage::setParameters(const QByteArray& json)
{
    m_parameters->setJson(json);
    setParametersVisible(true);
}

void PartiqlPage::run()
{
    const QString statement = m_editor->text().trimmed();
    if (statement.isEmpty()) {
        showError({}, tr("Write a statement to run."));
        return;
    }
    QString error;
    const QJsonArray parameters
        = !m_parameters->isHidden() ? readParameters(m_parameters->json(), &error) : QJsonArray();
    if (!error.isEmpty()) {
        showError({}, error);
        return;
    }
    m_error->hide();
    m_status->setText(tr("Running…"));
    m_results->setLeadingColumns(PartiqlEditor::selectedNames(statement));
    m_results->run(statement, parameters, m_limit->value());
}

void PartiqlPage::stop()
{
    if (!m_results->isRunning())
        return;
    m_results->cancel();
    if (m_results->pages() > 0)
        updateStatus();
    m_status->setText(m_results->pages() > 0 ? tr("Stopped. %1").arg(m_status->text()) : tr("Stopped."));
    updateButtons();
}

void PartiqlPage::loadMore()
{
    if (!m_results->canFetchMore({}))
        return;
    m_status->setText(tr("Loading more…"));
    m_results->fetchMore({});
}

void PartiqlPage::showError(const QString& errorType, const QString& message)
{
    m_error->setText(errorType.isEmpty() ? message : QStringLiteral("%1: %2").arg(errorType, message));
    m_error->show();
    m_status->setText(m_results->pages() > 0 ? tr("Failed after %n page(s).", nullptr, m_results->pages())
                                             : tr("The statement failed."));
    updateButtons();
}

void PartiqlPage::updateStatus()
{
    const QLocale locale;
    QString text = tr("%n item(s)", nullptr, m_results->rowCount()) + QStringLiteral(" · ")
        + tr("%n page(s)", nullptr, m_results->pages()) + QStringLiteral(" · ")
        + tr("%1 capacity units consumed").arg(locale.toString(m_results->consumedCapacity(), 'f', 1));
    if (m_results->hasMore())
        text += QStringLiteral(" · ") + tr("more available");
    m_status->setText(text);
    updateButtons();
}

void PartiqlPage::updateButtons()
{
    const bool running = m_results->isRunning();
    m_run->setEnabled(!running && m_connection);
    m_stop->setEnabled(running);
    m_loadMore->setEnabled(!running && m_results->hasMore());
    m_loadMore->setVisible(m_results->hasMore() || running);
}

} // namespace dynoscope::ui
