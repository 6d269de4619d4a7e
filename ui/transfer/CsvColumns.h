// The columns of an item CSV and the typing of its cells, chosen so that an
// exported table imports back exactly.
//
// Header: one field per attribute, "name:TYPE" where TYPE is the DynamoDB
// type of every value in the column (S N B BOOL NULL SS NS BS M L), or JSON
// when the column mixes types. The name ends at the last colon, so names may
// hold colons. A header field without a known type suffix (a CSV made
// elsewhere) names a column of strings, or of the key's type for a key
// attribute. Key attributes come first, then the others in order of
// appearance.
//
// Cells: an absent field (nothing between the commas) means the item has no
// such attribute; a quoted empty field is the empty string. Otherwise a cell
// holds what DynamoDB JSON holds under the type: S, N and B (base64) as
// bare text, BOOL as true or false, NULL as true, sets and lists as a JSON
// array and maps as a JSON object in DynamoDB JSON ({"a":{"N":"1"}}); a
// JSON column holds the whole attribute value ({"N":"1"}).
#pragma once

#include "transfer/CsvWriter.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dynoscope::ui {

class TableKeys;

class CsvColumns {
public:
    // Export: key columns first, in this order.
    explicit CsvColumns(const TableKeys& keys);
    CsvColumns() = default;

    // Export: adds the item's new attributes as columns and widens the type
    // of a column that sees a second type to JSON.
    void observe(const QJsonObject& item);
    CsvRecord header() const;
    // REQUIRES: every attribute of item was observed.
    CsvRecord row(const QJsonObject& item) const;

    // Import: the columns of a header; sets *error (and returns no columns)
    // when a name repeats or is empty.
    static CsvColumns fromHeader(const CsvRecord& header, const TableKeys& keys, QString* error);
    // The DynamoDB-JSON item of a row; sets *error when the row does not fit
    // the columns or a cell is not a valid value of its column's type. The
    // key is not checked (see TableKeys::check).
    QJsonObject item(const CsvRecord& row, QString* error) const;

    qsizetype size() const { return m_columns.size(); }

private:
    struct Column {
        QString name;
        QString type; // a DynamoDB type, or "JSON"
    };
    void append(const QString& name, const QString& type);

    QList<Column> m_columns;
    QHash<QString, qsizetype> m_index;
};

} // namespace dynoscope::ui
