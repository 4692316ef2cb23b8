#include "SearchIndexBatch.h"

#include "Engine.h"
#include "Sql.h"

#include <QCoreApplication>

namespace rullering {
namespace {

Error refused(const SqliteStatement& statement)
{
    return Error(QCoreApplication::translate("SearchIndexBatch", "The database refused the search index update: %1")
                     .arg(statement.errorText()));
}

} // namespace

Result<std::unique_ptr<SearchIndexBatch>> SearchIndexBatch::begin(Transaction& tx, qint64 maxIdAtStart)
{
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    std::unique_ptr<SearchIndexBatch> batch(new SearchIndexBatch);
    batch->m_maxIdAtStart = maxIdAtStart;
    // PostgreSQL's word index is an expression index over the device row: it is current after every write, with
    // nothing to set aside. The batch then does nothing (m_stale stays empty).
    if (!Engine::of(tx.database()).setsIndexesAsideForBulkLoads())
        return batch;
    // The triggers that write to device_search (migration 7 installs them; the model-name triggers stay).
    Result<QStringList> dropped =
        dropTriggers(tx.database(), QStringLiteral("device"), QStringLiteral("device_search"));
    if (!dropped)
        return dropped.error();
    batch->m_triggerStatements = dropped.value();
    if (Status created =
            runStatement(tx.database(), QStringLiteral("CREATE TEMP TABLE search_stale (id INTEGER PRIMARY KEY,"
                                                       " serial TEXT, hostname TEXT, primary_user TEXT)"));
        !created)
        return created.error();
    batch->m_stale = std::make_unique<SqliteStatement>(
        sqliteHandle(tx.database()),
        "INSERT OR IGNORE INTO temp.search_stale (id, serial, hostname, primary_user) VALUES (?1, ?2, ?3, ?4)");
    if (!batch->m_stale->ok())
        return refused(*batch->m_stale);
    return batch;
}

Status SearchIndexBatch::stale(qint64 deviceId, const QString& serial, const QString& hostname,
                               const QString& primaryUser)
{
    if (!m_stale)
        return {}; // the engine keeps the index itself (begin())
    m_stale->integer(1, deviceId);
    m_stale->text(2, serial);
    m_stale->text(3, hostname);
    m_stale->text(4, primaryUser);
    if (m_stale->execute() != SQLITE_DONE)
        return refused(*m_stale);
    return {};
}

Status SearchIndexBatch::finish(Transaction& tx)
{
    if (!m_stale)
        return {};   // the engine keeps the index itself (begin())
    m_stale.reset(); // a prepared statement on the temporary table would keep it from being dropped
    const QSqlDatabase db = tx.database();
    const QStringList statements = {
        QStringLiteral("INSERT INTO device_search (device_search, rowid, serial, hostname, primary_user)"
                       " SELECT 'delete', id, serial, hostname, primary_user FROM temp.search_stale"),
        QStringLiteral("INSERT INTO device_search (rowid, serial, hostname, primary_user)"
                       " SELECT id, serial, hostname, primary_user FROM device WHERE id > %1"
                       " UNION ALL SELECT d.id, d.serial, d.hostname, d.primary_user"
                       " FROM temp.search_stale AS s JOIN device AS d ON d.id = s.id")
            .arg(m_maxIdAtStart),
        QStringLiteral("DROP TABLE temp.search_stale")};
    if (Status updated = runStatements(db, statements + m_triggerStatements); !updated)
        return updated;
    m_triggerStatements.clear();
    return {};
}

} // namespace rullering
