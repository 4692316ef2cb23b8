#pragma once

#include "util/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

struct sqlite3;

namespace rullering {

// The raw handle of a Qt SQLite connection (for SqliteStatement on hot paths, progress handlers); nullptr for
// another driver or a closed connection.
sqlite3* sqliteHandle(const QSqlDatabase& db);

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
