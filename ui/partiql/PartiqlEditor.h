// The PartiQL statement editor: QScintilla with PartiqlLexer, and completion
// (Ctrl+Space, or while typing a word) of keywords, functions, the
// connection's table names (ListTables) and the attribute names of the table
// the statement names after FROM, INTO or UPDATE (from a sampled Scan of it).
// Names that are not plain identifiers are inserted "quoted". Ctrl+Enter
// asks to run the statement.
#pragma once

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <Qsci/qsciscintilla.h>

class QTimer;

namespace dynoscope::ui {

class Connection;
class PartiqlLexer;

class PartiqlEditor : public QsciScintilla {
    Q_OBJECT
public:
    // How many items the attribute sample reads.
    static constexpr int kSampleSize = 50;

    explicit PartiqlEditor(Connection* connection, QWidget* parent = nullptr);

    PartiqlLexer* partiqlLexer() const { return m_lexer; }
    QStringList tableNames() const { return m_tables; }
    // The sampled attribute names of a table (sorted); empty until sampled.
    QStringList attributeNames(const QString& tableName) const { return m_attributes.value(tableName); }

    // The completions for the word being typed at `position` (a byte
    // position; -1: the cursor), best first: table names after FROM, INTO
    // and UPDATE; else the target table's attributes, then functions and
    // keywords. Matches are case-insensitive prefixes.
    QStringList completions(int position = -1) const;
    // Shows completions() at the cursor (nothing when there are none).
    void showCompletions();

    // The table a statement reads or writes: the name after its first FROM,
    // INTO or UPDATE (unquoted, without an ."index" suffix); empty if none.
    static QString targetTable(const QString& statement);
    // The attribute names a SELECT lists, in order (unquoted; a path gives
    // its first name); empty for SELECT * and other statements.
    static QStringList selectedNames(const QString& statement);
    // True when the last word before `textBeforeCursor`'s partial word is
    // FROM, INTO or UPDATE: a table name comes next.
    static bool expectsTable(const QString& textBeforeCursor);
    // The name as PartiQL must write it: "quoted" unless a plain identifier
    // that is not a keyword or function.
    static QString quoted(const QString& name);

    // Reads the table names again (e.g. after a table was created).
    void reloadTables();

signals:
    void runRequested();
    // The table names, or a table's attribute sample, arrived.
    void completionSourcesChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void listTables(const QString& startName);
    void sampleTarget();
    void insertCompletion(int id, const QString& text);
    void charAdded(int character);
    int wordStart(int position) const;

    QPointer<Connection> m_connection;
    PartiqlLexer* m_lexer;
    QTimer* m_sampleDelay;
    QStringList m_tables;
    QStringList m_loadingTables;
    QHash<QString, QStringList> m_attributes;
    QSet<QString> m_sampling;
};

} // namespace dynoscope::ui
