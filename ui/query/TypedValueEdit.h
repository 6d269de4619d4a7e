// One DynamoDB attribute value typed by the user: a type (S, N, B, BOOL,
// NULL, or SS/NS/BS/L/M written as JSON) and its text. Used by the key
// condition (S/N/B as the key schema says) and the filter rows.
#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace dynoscope::ui {

class TypedValueEdit : public QWidget {
    Q_OBJECT
public:
    explicit TypedValueEdit(QWidget* parent = nullptr);

    // Every type DynamoDB has, in the order the type combo shows them.
    static QStringList allTypes();

    // Restricts the types offered (a key attribute has exactly one).
    void setAllowedTypes(const QStringList& types);
    QString type() const;
    void setType(const QString& type);

    // The value as DynamoDB JSON, e.g. {"N":"42"}; empty while the text is
    // not a valid value of the type (problem() says why).
    QJsonObject value() const;
    // Shows value; an empty object clears the text and keeps the type.
    void setValue(const QJsonObject& value);
    QString problem() const;

    QLineEdit* textEdit() const { return m_text; }
    QComboBox* typeCombo() const { return m_type; }

signals:
    // The user changed the type or the text.
    void changed();

private:
    void updateEditors();
    void showProblem();

    QComboBox* m_type;
    QLineEdit* m_text;
    QComboBox* m_bool;
};

} // namespace dynoscope::ui
