// Edits one item of a table, new or stored, as DynamoDB JSON or plain JSON
// (a switch converts the text without losing a type or a digit). Save checks
// the JSON and the key attributes, shows an existing item's changes for
// confirmation, then sends PutItem with a condition that refuses to
// overwrite a change someone else made meanwhile (see ItemEditorCondition);
// a refused save offers to compare side by side or to overwrite. Closing
// with unsaved edits asks first. Nothing blocks: every request is
// asynchronous and every question is a window-modal dialog.
#pragma once

#include "items/ItemEditorKeySchema.h"
#include "items/ItemJson.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QPushButton;
class QTabBar;

namespace dynoscope::ui {

class Connection;
class ItemEditorCondition;
class JsonEditor;
struct Reply;

class ItemEditorDialog : public QDialog {
    Q_OBJECT
public:
    enum class State {
        Loading, // reading the stored item
        Editing,
        Saving,
        Failed, // the table description or the stored item could not be read
    };
    Q_ENUM(State)

    // Creates a new item in the table that describeTableJson (a DescribeTable
    // response, or its Table object) describes; the text starts with the key
    // attributes to fill in.
    // REQUIRES: connection outlives the dialog.
    ItemEditorDialog(Connection& connection, const QByteArray& describeTableJson, QWidget* parent = nullptr);

    // New-item mode, starting from item (DynamoDB JSON), e.g. a copy.
    void setNewItem(const QByteArray& dynamoItemJson);
    // Edits the stored item with this key (DynamoDB JSON): reads it first
    // with a strongly consistent GetItem; saves are checked against it.
    void editItem(const QByteArray& dynamoKeyJson);

    State state() const { return m_state; }
    bool isNewItem() const { return m_isNew; }
    ItemJsonForm form() const { return m_form; }
    // Converts the text to form; false, staying in the current form and
    // marking the problem, while the text is not a valid item.
    bool setForm(ItemJsonForm form);
    // True when the text differs from the item as loaded or last saved.
    bool hasUnsavedChanges() const;
    // The stored item saves are checked against (compact DynamoDB JSON);
    // empty for a new item.
    QByteArray storedItem() const;

    // The open question or confirmation (a QMessageBox, an ItemDiffDialog or
    // an ItemEditorConflictDialog), or nullptr: for tests and automation.
    QDialog* pendingQuestion() const { return m_question && m_question->isVisible() ? m_question.data() : nullptr; }

    JsonEditor* editor() const { return m_editor; }
    QTabBar* formBar() const { return m_formBar; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* validationLabel() const { return m_validation; }
    QLabel* noticeLabel() const { return m_notice; }

public slots:
    // Checks the item, confirms its changes and sends PutItem; closes the
    // dialog when the item is saved.
    void save();
    // Closes, asking first (Save / Discard / Cancel) when there are unsaved
    // changes.
    void reject() override;

signals:
    // The item was loaded from the table (editItem()) or found missing.
    void loaded();
    // PutItem succeeded; item is the saved item (compact DynamoDB JSON).
    void saved(const QByteArray& item);
    void stateChanged(dynoscope::ui::ItemEditorDialog::State state);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void applyColors();
    void setState(State state);
    void setNotice(const QString& text, bool isError);
    void showItem(const ItemJsonValue& item);
    void updateHeader();
    void onFormTab(int index);
    void onValidated(bool valid);
    std::optional<ItemJsonValue> checkedItem();
    void confirmChanges(const ItemJsonValue& edited);
    void confirmNewKey(const ItemJsonValue& edited);
    void put(const ItemJsonValue& edited, const ItemEditorCondition& condition);
    void onPutReply(const Reply& reply, const ItemJsonValue& edited);
    void showConflict(const ItemJsonValue& edited);
    void compareWithStored(const ItemJsonValue& edited);
    void resolveConflict(int choice, const std::optional<ItemJsonValue>& current, const ItemJsonValue& edited);
    void askBeforeClosing();
    void openQuestion(QDialog* question);
    QString subject(const ItemJsonValue& item) const;

    Connection& m_connection;
    std::optional<ItemEditorKeySchema> m_schema;
    State m_state = State::Editing;
    ItemJsonForm m_form = ItemJsonForm::DynamoDb;
    bool m_isNew = true;
    // The item as stored when read (the base of the save condition).
    std::optional<ItemJsonValue> m_stored;
    // The item the text was last loaded from or saved as.
    ItemJsonValue m_base = ItemJsonValue::object();
    QPointer<QDialog> m_question;

    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QTabBar* m_formBar = nullptr;
    QPushButton* m_format = nullptr;
    JsonEditor* m_editor = nullptr;
    QLabel* m_validation = nullptr;
    QLabel* m_notice = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace dynoscope::ui
