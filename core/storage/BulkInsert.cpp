#include "BulkInsert.h"

#include "Engine.h"
#include "Sql.h"
#include "SqliteEngine.h"
#include "SqliteStatement.h"

#include <QCoreApplication>

namespace rullering {
namespace {

// SQLite: one prepared INSERT stepped per row on Qt's own handle (what the generator and import did by hand).
class SqliteBulkInsert final : public BulkInsert
{
public:
    SqliteBulkInsert(sqlite3* db, const QByteArray& sql)
        : m_db(db)
        , m_insert(db, sql.constData())
    {}
    bool ok() const { return m_insert.ok(); }

    void text(int column, const QString& value) override { m_insert.text(column, value); }
    void utf8(int column, const QByteArray& value) override { m_insert.utf8(column, value); }
    void integer(int column, qint64 value) override { m_insert.integer(column, value); }
    void idOrNull(int column, qint64 value) override { m_insert.idOrNull(column, value); }
    qint64 insert() override
    {
        if (m_insert.execute() != SQLITE_DONE)
            return 0;
        return sqlite3_last_insert_rowid(m_db);
    }
    Status finish() override { return {}; }
    QString errorText() const override { return m_insert.errorText(); }
    bool violatedUniqueKey() const override
    {
        return m_insert.extendedResult() == SQLITE_CONSTRAINT_UNIQUE ||
               m_insert.extendedResult() == SQLITE_CONSTRAINT_PRIMARYKEY;
    }
    bool sendsInBatches() const override { return false; }

private:
    sqlite3* m_db;
    SqliteStatement m_insert;
};

} // namespace

Result<std::unique_ptr<BulkInsert>> BulkInsert::open(const QSqlDatabase& db, const QString& table,
                                                     const QStringList& columns, BulkInsert* dependsOn, bool withIds)
{
    return Engine::of(db).bulkInsert(db, table, columns, dependsOn, withIds);
}

Result<std::unique_ptr<BulkInsert>> SqliteEngine::bulkInsert(const QSqlDatabase& db, const QString& table,
                                                             const QStringList& columns, BulkInsert* /*dependsOn*/,
                                                             bool /*withIds: rowids always*/) const
{
    sqlite3* raw = sqliteHandle(db);
    if (!raw)
        return Error(QCoreApplication::translate("BulkInsert", "The database connection is not open."));
    QByteArray sql = "INSERT INTO " + table.toUtf8() + " (" + columns.join(u',').toUtf8() + ") VALUES (";
    for (qsizetype i = 0; i < columns.size(); ++i)
        sql += i == 0 ? "?" : ",?";
    sql += ')';
    auto insert = std::make_unique<SqliteBulkInsert>(raw, sql);
    if (!insert->ok())
        return Error(QCoreApplication::translate("Sql", "Database error: %1").arg(insert->errorText()));
    return std::unique_ptr<BulkInsert>(std::move(insert));
}

} // namespace rullering
