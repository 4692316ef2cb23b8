#pragma once

#include "util/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace rullering {

// The driver's own words for the last error of a query, for messages.
QString sqlErrorText(const QSqlQuery& query);

// Prepares sql on db, binds the values positionally and executes it. The caller reads the rows.
Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});
Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values);

// For statements that return no rows.
Status runStatement(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});

// User text inside LIKE is data, not syntax: use with "... LIKE ? ESCAPE '\'".
QString escapeLikePattern(const QString& text);

// NULL for an empty string or zero id, so optional columns stay NULL rather than '' or 0.
QVariant nullIfEmpty(const QString& text);
QVariant nullIfZero(qint64 value);

} // namespace rullering
