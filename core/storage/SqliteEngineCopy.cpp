// SqliteEngine's part of copying a register (RegisterCopy): the catalogue, and rows written through one prepared
// INSERT per table.

#include "BulkWriteSettings.h"
#include "Sql.h"
#include "SqliteEngine.h"
#include "TableWriter.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace rullering {
namespace {

class SqliteTableWriter final : public TableWriter
{
public:
    SqliteTableWriter(QSqlDatabase db, QString table, QStringList columns)
        : m_bulkWrite(db, 256 * 1024)
        , m_query(db)
        , m_table(std::move(table))
        , m_columns(std::move(columns))
    {}

    Status start() override
    {
        QStringList names;
        for (const QString& column : std::as_const(m_columns))
            names.append(quoteIdentifier(column));
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(quoteIdentifier(m_table), names.join(u','),
                                     QStringList(m_columns.size(), QStringLiteral("?")).join(u','));
        if (!m_query.prepare(sql))
            return failure();
        return {};
    }

    Status write(const QVariantList& row) override
    {
        for (qsizetype i = 0; i < row.size(); ++i)
            m_query.bindValue(int(i), row.at(i));
        if (!m_query.exec())
            return failure();
        return {};
    }

    Status finish() override
    {
        m_query.finish();
        return {};
    }

private:
    Error failure() const
    {
        return Error(QCoreApplication::translate("SqliteEngine", "Cannot write the table %1: %2")
                         .arg(m_table, sqlErrorText(m_query)));
    }

    // A larger page cache while the table's indexes and the word index take the rows: a 100k-device copy spilled
    // to the journal at SQLite's default 2 MB and took twice as long.
    const BulkWriteSettings m_bulkWrite;
    QSqlQuery m_query;
    QString m_table;
    QStringList m_columns;
};

Result<QStringList> names(const QSqlDatabase& db, const QString& sql, const QString& table)
{
    Result<QSqlQuery> query = table.isEmpty() ? runQuery(db, sql) : runQuery(db, sql, {table});
    if (!query)
        return Error(QCoreApplication::translate("SqliteEngine", "Cannot read the register's tables: %1")
                         .arg(query.errorMessage()));
    QStringList out;
    while (query.value().next())
        out.append(query.value().value(0).toString());
    return out;
}

} // namespace

Result<QList<RegisterTable>> SqliteEngine::registerTables(const QSqlDatabase& db) const
{
    // Tables only: the word index is a virtual table whose rows live in shadow tables, all rebuilt by device's
    // triggers as rows arrive; sqlite_* are SQLite's own.
    Result<QStringList> tables =
        names(db,
              QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'"
                             " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"),
              {});
    if (!tables)
        return tables.error();
    QList<RegisterTable> out;
    for (const QString& name : std::as_const(tables.value())) {
        RegisterTable table{name, {}, {}};
        Result<QStringList> columns =
            names(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), name);
        Result<QStringList> references =
            names(db, QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?) ORDER BY 1"), name);
        if (!columns)
            return columns.error();
        if (!references)
            return references.error();
        table.columns = columns.value();
        table.references = references.value();
        table.references.removeAll(name);
        out.append(table);
    }
    return out;
}

QString SqliteEngine::snapshotStatement() const
{
    return QStringLiteral("BEGIN"); // a deferred read transaction keeps what its first read saw (WAL)
}

Status SqliteEngine::clearTables(const QSqlDatabase& db, const QStringList& tables) const
{
    QStringList statements;
    for (auto it = tables.crbegin(); it != tables.crend(); ++it)
        statements.append(QStringLiteral("DELETE FROM ") + quoteIdentifier(*it));
    return runStatements(db, statements);
}

std::unique_ptr<TableWriter> SqliteEngine::tableWriter(const QSqlDatabase& db, const QString& table,
                                                       const QStringList& columns) const
{
    return std::make_unique<SqliteTableWriter>(db, table, columns);
}

Status SqliteEngine::finishBulkCopy(const QSqlDatabase&, const QStringList&) const
{
    return {}; // a rowid table hands out the highest id + 1 by itself
}

} // namespace rullering
