// Path field plus file dialog.
#include "transfer/FilePathEdit.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace dynoscope::ui {

FilePathEdit::FilePathEdit(Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_edit(new QLineEdit)
{
    m_edit->setObjectName(QStringLiteral("path"));
    m_edit->setClearButtonEnabled(true);
    auto* button = new QPushButton(tr("Browse…"));
    button->setObjectName(QStringLiteral("browse"));
    button->setAutoDefault(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(button);
    connect(button, &QPushButton::clicked, this, &FilePathEdit::browse);
    connect(m_edit, &QLineEdit::textChanged, this, &FilePathEdit::pathChanged);
}

QString FilePathEdit::path() const
{
    return QDir::fromNativeSeparators(m_edit->text().trimmed());
}

void FilePathEdit::setPath(const QString& path)
{
    m_edit->setText(QDir::toNativeSeparators(path));
}

void FilePathEdit::browse()
{
    const QString chosen = m_mode == Mode::Save
        ? QFileDialog::getSaveFileName(this, tr("Export to"), path(), m_filters)
        : QFileDialog::getOpenFileName(this, tr("Import from"), path(), m_filters);
    if (chosen.isEmpty())
        return;
    setPath(chosen);
    emit browsed(chosen);
}

} // namespace dynoscope::ui
