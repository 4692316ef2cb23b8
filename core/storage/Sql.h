#pragma once

#include "util/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

struct sqlite3;

namespace rullering {

class QueryCancellation;

// The raw handle of a Qt SQLite connection (for SqliteStatement on hot paths, progress handlers); nullptr for
// another driver or a closed connection.
sqlite3* sqliteHandle(const QSqlDatabase& db);

// The driver's own words for the last error of a query, for messages (see sqliteErrorText, serverErrorText).
QString sqlErrorText(const QSqlQuery& query);

// PostgreSQL's words for a failed statement, given its SQLSTATE, except where a person can act on the failure: a
// full disk on the server, a read-only server or transaction, a key another row already holds.
QString serverErrorText(const QString& sqlState, const QString& serverText);

// SQLite's words for a failed call on db, given its result code (primary or extended), except where a person
// can act on the failure: a full disk says so, in their language, with the register's file.
QString sqliteErrorText(sqlite3* db, int code, const QString& sqliteText);

// The words for a statement that failed because the connection to the server is gone (the server restarted, the
// network failed): nothing was changed, and the window reconnects by itself (ChangeFeed).
QString connectionLostText();
// A statement's SQLSTATE (empty when libpq failed before the server answered) that says the connection is gone.
bool isConnectionLostState(const QString& sqlState);

// The words for any write to a register opened for reading (Database::isReadOnly) or refused by SQLite as read-only,
// instead of SQLite's "attempt to write a readonly database".
QString readOnlyRegisterText();

// Prepares sql on db, binds the values positionally and executes it. The caller reads the rows.
Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});
Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values);

// The same under a cancellation (QueryCancellation): when it is raised while the query runs, the query stops and
// the result is an Error with Error::Code::Cancelled. The caller reading rows checks cancellation->isCancelled()
// after its loop, under its own QueryCancellation::Scope.
Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                           const QueryCancellation* cancellation);
// The error for a query stopped by its cancellation.
Error cancelledError();

// Runs an INSERT of one row (sql without a RETURNING clause) and gives the new row's id. INSERT ... RETURNING, which
// both engines take (SQLite since 3.35): Qt's lastInsertId() knows only OIDs on PostgreSQL.
Result<qint64> insertReturningId(const QSqlDatabase& db, const QString& sql, const QVariantList& values);

// For statements that return no rows.
Status runStatement(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});

// Each in turn; stops at the first that fails.
Status runStatements(const QSqlDatabase& db, const QStringList& statements);
// The same without preparing them, for DDL (PostgreSQL prepares none) and statements without values.
Status execStatements(const QSqlDatabase& db, const QStringList& statements);

// The number a PRAGMA without argument returns (cache_size, threads, temp_store, ...).
Result<qint64> pragmaNumber(const QSqlDatabase& db, const QString& pragma);

// Drops the triggers on table whose SQL mentions `mentioning` (every trigger when empty) and returns their CREATE
// statements, to be run again (runStatements) when the bulk write is done.
Result<QStringList> dropTriggers(const QSqlDatabase& db, const QString& table, const QString& mentioning = {});

// User text inside LIKE is data, not syntax: use with "... LIKE ? ESCAPE '\'".
QString escapeLikePattern(const QString& text);

// NULL for an empty string or zero id, so optional columns stay NULL rather than '' or 0.
QVariant nullIfEmpty(const QString& text);
QVariant nullIfZero(qint64 value);

} // namespace rullering
