// The "save these changes?" confirmation.
#include "items/ItemDiffDialog.h"

#include "items/ItemDiffView.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace dynoscope::ui {

ItemDiffDialog::ItemDiffDialog(
    const ItemDiff& diff, ItemJsonForm form, const QString& subject, const QString& warning, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Save Changes"));
    auto* heading = new QLabel(tr("Save these changes?"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* subjectLabel = new QLabel(subject, this);
    subjectLabel->setTextFormat(Qt::PlainText);
    subjectLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view = new ItemDiffView(this);
    m_view->setDiff(diff, form);

    m_warning = new QLabel(warning, this);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setVisible(!warning.isEmpty());
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e8c860;"
                                            " border-radius: 4px; padding: 6px 8px; }"));

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    m_save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(subjectLabel);
    layout->addSpacing(4);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);
    resize(720, 360);
}

} // namespace dynoscope::ui
