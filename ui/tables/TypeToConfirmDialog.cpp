// The type-the-name confirmation.
#include "tables/TypeToConfirmDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace dynoscope::ui {

TypeToConfirmDialog::TypeToConfirmDialog(const QString& heading, const QString& explanation, const QString& expected,
                                         const QString& actionText, QWidget* parent)
    : QDialog(parent), m_expected(expected), m_edit(new QLineEdit), m_action(new QPushButton(actionText))
{
    setObjectName(QStringLiteral("typeToConfirm"));
    setWindowTitle(actionText);
    setMinimumWidth(500);

    auto* icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    auto* title = new QLabel(heading);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    title->setWordWrap(true);
    auto* text = new QLabel(explanation);
    text->setWordWrap(true);
    auto* prompt = new QLabel(tr("Type <b>%1</b> to confirm:").arg(expected.toHtmlEscaped()));
    prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_edit->setObjectName(QStringLiteral("confirmation"));

    m_action->setObjectName(QStringLiteral("destroy"));
    m_action->setEnabled(false);
    m_action->setAutoDefault(false);
    // Red, like the destructive buttons of web consoles; stays grey while disabled.
    m_action->setStyleSheet(QStringLiteral("QPushButton:enabled { background: #c62828; color: white; "
                                           "border: 1px solid #8e1c1c; border-radius: 3px; padding: 4px 14px; }"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    // Enter must not pick a button: it confirms only once the name matches.
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    buttons->addButton(m_action, QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_edit, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_action->setEnabled(text == m_expected); });
    // Enter in the field confirms only once the name matches.
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_action->isEnabled())
            accept();
    });

    auto* body = new QVBoxLayout;
    body->setSpacing(10);
    body->addWidget(title);
    body->addWidget(text);
    body->addSpacing(4);
    body->addWidget(prompt);
    body->addWidget(m_edit);
    auto* top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon);
    top->addLayout(body, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(18);
    layout->addLayout(top);
    layout->addWidget(buttons);
    m_edit->setFocus();
}

} // namespace dynoscope::ui
