// Shared by the query builder's tests: JSON objects from text, typed values,
// and the filter rows and groups of a QuerySpec.
#pragma once

#include "query/QuerySpec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <utility>
#include <vector>

namespace querytest {

// REQUIRES: text is a JSON object (the test stops otherwise).
inline QJsonObject json(const char* text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad test JSON: %s", text);
    return document.object();
}

inline QJsonObject s(const QString& text) { return {{QStringLiteral("S"), text}}; }
inline QJsonObject n(const QString& text) { return {{QStringLiteral("N"), text}}; }

inline dynoscope::ui::FilterNode row(const QString& path, dynoscope::ui::FilterOperator op,
                                     QList<QJsonObject> values = {}, bool negated = false, bool size = false)
{
    dynoscope::ui::FilterNode node;
    node.kind = dynoscope::ui::FilterNode::Kind::Row;
    node.path = path;
    node.op = op;
    node.values = std::move(values);
    node.negated = negated;
    node.size = size;
    return node;
}

inline dynoscope::ui::FilterNode group(dynoscope::ui::FilterNode::Kind kind,
                                       std::vector<dynoscope::ui::FilterNode> children, bool negated = false)
{
    dynoscope::ui::FilterNode node;
    node.kind = kind;
    node.children = std::move(children);
    node.negated = negated;
    return node;
}

} // namespace querytest
