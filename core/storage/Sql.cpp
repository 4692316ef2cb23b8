#include "Sql.h"

#include "BulkStream.h"
#include "LibPq.h"
#include "PostgresCopyText.h"
#include "QueryCancellation.h"
#include "util/VectorState.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace rullering {
namespace {

// 40001 serialization_failure, 40P01 deadlock_detected: the server undid the transaction in favour of another. The
// statement fails with Error::Code::Conflict, and the whole transaction may be run again (SwapService does).
bool isRetryableServerState(const QString& sqlState)
{
    return sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01");
}

sqlite3* sqliteHandle(const QSqlDriver* driver)
{
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(handle.constData());
    return nullptr;
}

bool postgresConnectionLost(const QSqlDriver* driver)
{
    pg_conn* conn = postgresHandle(driver);
    return conn && libpq::PQstatus(conn) == CONNECTION_BAD;
}

} // namespace

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    return db.isValid() ? sqliteHandle(db.driver()) : nullptr;
}

QString sqlErrorText(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        // libpq reports a lost connection without an SQLSTATE ("server closed the connection unexpectedly", "no
        // connection to the server"); its status says so.
        if (isConnectionLostState(error.nativeErrorCode()) || postgresConnectionLost(query.driver()))
            return connectionLostText();
        return serverErrorText(error.nativeErrorCode(), text); // QPSQL: the SQLSTATE
    }
    bool isCode = false;
    const int code = error.nativeErrorCode().toInt(&isCode); // Qt's SQLite driver: SQLite's result code
    sqlite3* db = isCode ? sqliteHandle(query.driver()) : nullptr;
    return db ? sqliteErrorText(db, code, text) : text;
}

QString connectionLostText()
{
    return QCoreApplication::translate("Sql", "The connection to the database server is lost: nothing was changed. "
                                              "Rullering reconnects by itself; try again in a moment.");
}

bool isConnectionLostState(const QString& sqlState)
{
    // Class 08: connection exception; 57P01-57P03: the server shut down, crashed, or cannot take connections yet.
    return sqlState.startsWith(QLatin1String("08")) || sqlState == QLatin1String("57P01") ||
           sqlState == QLatin1String("57P02") || sqlState == QLatin1String("57P03");
}

QString readOnlyRegisterText()
{
    return QCoreApplication::translate("Sql", "The register is read-only (file or folder permissions): nothing can "
                                              "be changed in it.");
}

QString sqliteErrorText(sqlite3* db, int code, const QString& sqliteText)
{
    if ((code & 0xff) == SQLITE_READONLY)
        return readOnlyRegisterText();
    if ((code & 0xff) != SQLITE_FULL)
        return sqliteText;
    // SQLITE_FULL: no room for the file or its journal, or for the temporary files of a sort (an index build).
    const char* file = sqlite3_db_filename(db, "main");
    if (!file || !*file)
        return QCoreApplication::translate("Sql", "The disk is full: there is no room left for the database's "
                                                  "temporary files.");
    return QCoreApplication::translate("Sql", "The disk is full: there is no room left for %1 or its temporary "
                                              "files. Free some space and try again.")
        .arg(QDir::toNativeSeparators(QString::fromUtf8(file)));
}

QString serverErrorText(const QString& sqlState, const QString& serverText)
{
    // Class 53: insufficient resources; 53100 disk_full.
    if (sqlState == QLatin1String("53100"))
        return QCoreApplication::translate("Sql", "The database server's disk is full: nothing more can be stored "
                                                  "until its administrator frees space. Nothing was changed.");
    // 25006 read_only_sql_transaction: a standby, or default_transaction_read_only.
    if (sqlState == QLatin1String("25006"))
        return readOnlyRegisterText();
    // 23505 unique_violation: the server's words name the index and the key, as SQLite's "UNIQUE constraint failed"
    // names the column; said in the user's language first.
    if (sqlState == QLatin1String("23505"))
        return QCoreApplication::translate("Sql", "The value is already stored on another row (%1)").arg(serverText);
    // 42501 insufficient_privilege: the signed-in user's role does not allow it (a team's roles, issue 18); the
    // server's words say what was refused.
    if (sqlState == QLatin1String("42501"))
        return QCoreApplication::translate("Sql", "The server refused this for your role (%1)").arg(serverText);
    if (isRetryableServerState(sqlState))
        return QCoreApplication::translate("Sql", "Another change to the same devices got in the way, so nothing was "
                                                  "saved; try again (%1)")
            .arg(serverText);
    return serverText;
}

Result<qint64> insertReturningId(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    Result<QSqlQuery> inserted = runQuery(db, sql + QStringLiteral(" RETURNING id"), values);
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return Error(QCoreApplication::translate("Sql", "Database error: %1")
                         .arg(QStringLiteral("INSERT ... RETURNING gave no row")));
    const qint64 id = inserted.value().value(0).toLongLong();
    inserted.value().finish();
    return id;
}

Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    if (Status settled = settleBulkStream(db); !settled)
        return settled.error();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error(QCoreApplication::translate("Sql", "Database error: %1").arg(sqlErrorText(query)));
    for (const QVariant& value : values)
        query.addBindValue(value);
    clearUpperVectorState(); // after Qt's hashing of the connection's name (util/VectorState.h)
    if (!query.exec()) {
        // A transaction the server undid for another is a conflict: the caller may run it again from the start.
        const bool retryable = query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL &&
                               isRetryableServerState(query.lastError().nativeErrorCode());
        return Error(QCoreApplication::translate("Sql", "Database error: %1").arg(sqlErrorText(query)),
                     retryable ? Error::Code::Conflict : Error::Code::Failed);
    }
    return query;
}

Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                           const QueryCancellation* cancellation)
{
    if (cancellation && cancellation->isCancelled())
        return cancelledError(); // superseded before it started: do not even prepare
    const QueryCancellation::Scope scope(db, cancellation);
    Result<QSqlQuery> result = runQuery(db, sql, values);
    if (!result && cancellation && cancellation->isCancelled())
        return cancelledError();
    return result;
}

Error cancelledError()
{
    return Error(QCoreApplication::translate("Sql", "The query was cancelled."), Error::Code::Cancelled);
}

Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values)
{
    return runQuery(db, sql, QVariantList(values));
}

Status runStatement(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values)
{
    Result<QSqlQuery> result = runQuery(db, sql, values);
    if (!result)
        return result.error();
    return {};
}

Status runStatements(const QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& statement : statements) {
        if (Status done = runStatement(db, statement); !done)
            return done;
    }
    return {};
}

Status execStatements(const QSqlDatabase& db, const QStringList& statements)
{
    if (Status settled = settleBulkStream(db); !settled)
        return settled;
    for (const QString& statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return Error(QCoreApplication::translate("Sql", "Database error: %1").arg(sqlErrorText(query)));
    }
    return {};
}

Result<qint64> pragmaNumber(const QSqlDatabase& db, const QString& pragma)
{
    Result<QSqlQuery> query = runQuery(db, QStringLiteral("PRAGMA ") + pragma);
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error(QStringLiteral("PRAGMA %1 returned no row").arg(pragma));
    return query.value().value(0).toLongLong();
}

Result<QStringList> dropTriggers(const QSqlDatabase& db, const QString& table, const QString& mentioning)
{
    // Without a word to look for, every trigger of the table (an empty QString binds as NULL, and instr() with
    // NULL is NULL: no trigger at all was dropped that way).
    QString sql = QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?");
    QVariantList values{table};
    if (!mentioning.isEmpty()) {
        sql += QStringLiteral(" AND instr(sql, ?) > 0");
        values.append(mentioning);
    }
    Result<QSqlQuery> query = runQuery(db, sql + QStringLiteral(" ORDER BY name"), values);
    if (!query)
        return query.error();
    QStringList names;
    QStringList statements;
    while (query.value().next()) {
        names.append(query.value().value(0).toString());
        statements.append(query.value().value(1).toString());
    }
    query.value().finish();
    for (const QString& name : std::as_const(names)) {
        if (Status dropped = runStatement(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !dropped)
            return dropped.error();
    }
    return statements;
}

QString escapeLikePattern(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return escaped;
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullIfZero(qint64 value)
{
    return value == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(static_cast<qlonglong>(value));
}

} // namespace rullering
