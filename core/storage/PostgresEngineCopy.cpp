// PostgresEngine's part of copying a register (RegisterCopy): the catalogue of the register's schema, rows written
// with COPY (PostgresCopyWriter), and the identity sequences set past the copied ids.

#include "BulkStream.h"
#include "PostgresCopyWriter.h"
#include "PostgresEngine.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rullering {
namespace {

Result<QStringList> names(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    Result<QSqlQuery> query = runQuery(db, sql, values);
    if (!query)
        return Error(QCoreApplication::translate("PostgresEngine", "Cannot read the register's tables: %1")
                         .arg(query.errorMessage()));
    QStringList out;
    while (query.value().next())
        out.append(query.value().value(0).toString());
    return out;
}

QString qualified(const QString& table)
{
    return quoteIdentifier(PostgresEngine::schemaName()) + u'.' + quoteIdentifier(table);
}

// Runs a statement PostgreSQL cannot prepare (TRUNCATE, SET) or whose rows are not read.
Status execute(const QSqlDatabase& db, const QString& sql)
{
    if (Status settled = settleBulkStream(db); !settled)
        return settled;
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Error(sqlErrorText(query));
    return {};
}

} // namespace

Result<QList<RegisterTable>> PostgresEngine::registerTables(const QSqlDatabase& db) const
{
    // Ordinary tables of the register's schema; schema_version is the engine's own (SQLite keeps it in a PRAGMA).
    Result<QStringList> tables =
        names(db,
              QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                             " WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND c.relname <> 'schema_version'"
                             " ORDER BY c.relname COLLATE \"C\""),
              {schemaName()});
    if (!tables)
        return tables.error();
    QList<RegisterTable> out;
    for (const QString& name : std::as_const(tables.value())) {
        const QString regclass = qualified(name);
        Result<QStringList> columns = names(db,
                                            QStringLiteral("SELECT attname FROM pg_attribute WHERE attrelid = "
                                                           "CAST(? AS regclass) AND attnum > 0 AND NOT attisdropped"
                                                           " AND attgenerated = ''"
                                                           " ORDER BY attnum"),
                                            {regclass});
        Result<QStringList> references =
            names(db,
                  QStringLiteral("SELECT DISTINCT p.relname FROM pg_constraint f JOIN pg_class p ON p.oid = f.confrelid"
                                 " WHERE f.contype = 'f' AND f.conrelid = CAST(? AS regclass) ORDER BY 1"),
                  {regclass});
        if (!columns)
            return columns.error();
        if (!references)
            return references.error();
        RegisterTable table{name, columns.value(), references.value()};
        table.references.removeAll(name);
        out.append(table);
    }
    return out;
}

QString PostgresEngine::snapshotStatement() const
{
    return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

Status PostgresEngine::clearTables(const QSqlDatabase& db, const QStringList& tables) const
{
    if (tables.isEmpty())
        return {};
    QStringList all;
    for (const QString& table : tables)
        all.append(qualified(table));
    // One statement for all, so references among them need no order; inside the transaction, so undone on rollback.
    return execute(db, QStringLiteral("TRUNCATE ") + all.join(QStringLiteral(", ")));
}

std::unique_ptr<TableWriter> PostgresEngine::tableWriter(const QSqlDatabase& db, const QString& table,
                                                         const QStringList& columns) const
{
    return std::make_unique<PostgresCopyWriter>(db, qualified(table), columns);
}

Status PostgresEngine::finishBulkCopy(const QSqlDatabase& db, const QStringList& tables) const
{
    // Ids were given (identity columns are BY DEFAULT): each sequence resumes after the highest one copied, or at 1.
    for (const QString& table : tables) {
        Result<QStringList> identities =
            names(db,
                  QStringLiteral("SELECT attname FROM pg_attribute WHERE attrelid = CAST(? AS regclass)"
                                 " AND attidentity <> '' AND NOT attisdropped"),
                  {qualified(table)});
        if (!identities)
            return identities.error();
        for (const QString& column : std::as_const(identities.value())) {
            const QString sql =
                QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), COALESCE(MAX(%3), 0) + 1, false)"
                               " FROM %1")
                    .arg(qualified(table), column, quoteIdentifier(column));
            if (Status set = execute(db, sql); !set)
                return Error(QCoreApplication::translate("PostgresEngine", "Cannot set the next id of %1: %2")
                                 .arg(table, set.errorMessage()));
        }
    }
    return {};
}

Status PostgresEngine::refreshStatistics(const QSqlDatabase& db) const
{
    Result<QList<RegisterTable>> tables = registerTables(db);
    if (!tables)
        return tables.error();
    // VACUUM marks a page visible to all only when its rows' commit is on disk (else it may not set their hint bits).
    // With the server's synchronous_commit off, the load's commit, or any later commit in the same group of 32
    // transaction ids (each ANALYZE here commits, and so do other sessions), may still wait for the WAL writer: 7 of
    // the 384 pages of a 20k register's audit were marked, or none of a demo fleet's devices, and the register's
    // index-only scans then visit the table for every entry (a fresh 1M register: a filter 0.44 s instead of
    // 24 ms). So the refresh commits synchronously, and first flushes the WAL written before it, everyone's, with a
    // transaction that writes a message nobody reads (one that wrote nothing would commit without waiting).
    // VACUUM warns (and skips) for a table someone else owns: a coordinator's copy leaves those to autovacuum,
    // without the warning reaching the terminal. Run, not prepared: VACUUM runs outside a transaction only.
    Status done = execStatements(db, {QStringLiteral("SET synchronous_commit TO on"),
                                      QStringLiteral("SELECT pg_logical_emit_message(true, 'rullering', 'flush')"),
                                      QStringLiteral("SET client_min_messages TO error")});
    for (const RegisterTable& table : std::as_const(tables.value())) {
        if (!done)
            break;
        done = execute(db, QStringLiteral("VACUUM (ANALYZE) ") + qualified(table.name));
    }
    const Status restored = execStatements(
        db, {QStringLiteral("SET client_min_messages TO warning"), QStringLiteral("RESET synchronous_commit")});
    if (!done)
        return Error(QCoreApplication::translate("PostgresEngine", "Cannot update the server's statistics: %1")
                         .arg(done.errorMessage()));
    return restored;
}

} // namespace rullering
