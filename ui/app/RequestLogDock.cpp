// Request log layout: the list on the left, request and response on the right.
#include "app/RequestLogDock.h"

#include "app/RequestLogModel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dynoscope::ui {

namespace {

QString pretty(const QByteArray& json)
{
    if (json.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isNull() ? QString::fromUtf8(json) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QWidget* titled(const QString& title, QWidget* content)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(new QLabel(title));
    layout->addWidget(content);
    return box;
}

} // namespace

RequestLogDock::RequestLogDock(RequestLogModel* model, QWidget* parent)
    : QDockWidget(tr("Request Log"), parent), m_model(model), m_view(new QTableView), m_request(new QPlainTextEdit),
      m_response(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("requestLogDock"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    for (auto [column, chars] : {std::pair{RequestLogModel::Time, 13}, std::pair{RequestLogModel::Source, 9},
                                 std::pair{RequestLogModel::Operation, 18}, std::pair{RequestLogModel::Table, 16},
                                 std::pair{RequestLogModel::Status, 20}, std::pair{RequestLogModel::Latency, 10},
                                 std::pair{RequestLogModel::Capacity, 9}})
        m_view->setColumnWidth(column, chars * charWidth + 12);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit* pane : {m_request, m_response}) {
        pane->setReadOnly(true);
        pane->setFont(mono);
        pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    }

    auto* clear = new QPushButton(tr("Clear"));
    connect(clear, &QPushButton::clicked, model, &RequestLogModel::clear);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(clear);
    leftLayout->addLayout(buttons);

    auto* details = new QSplitter(Qt::Horizontal);
    details->addWidget(titled(tr("Request"), m_request));
    details->addWidget(titled(tr("Response"), m_response));
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRecord(current.row()); });
    // Follow new entries while the newest is in view.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar* bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            m_view->scrollToBottom();
    });
}

void RequestLogDock::showRecord(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_request->clear();
        m_response->clear();
        return;
    }
    const RequestLogRecord& r = m_model->record(row);
    m_request->setPlainText(r.request.isEmpty() ? tr("(received by the endpoint; bodies are not kept)")
                                                : pretty(r.request));
    QString response = pretty(r.response);
    if (!r.ok && response.isEmpty())
        response = r.status + QStringLiteral(": ") + r.errorMessage;
    m_response->setPlainText(response);
}

} // namespace dynoscope::ui
