#include "IndexSuspension.h"

#include "Engine.h"
#include "Sql.h"

#include <QThread>

namespace rullering {

Result<IndexSuspension> IndexSuspension::suspend(Transaction& tx, const QStringList& tables,
                                                 const QStringList& keepIndexes)
{
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    IndexSuspension suspension;
    // An engine that keeps its indexes through a bulk load (PostgreSQL: COPY maintains them, and the word index
    // needs no trigger) sets aside only for a load into an empty table, in its own way.
    const Engine& engine = Engine::of(tx.database());
    if (!engine.setsIndexesAsideForBulkLoads()) {
        for (const QString& table : tables) {
            Result<QStringList> restore = engine.setAsideForFirstLoad(tx.database(), table, keepIndexes);
            if (!restore)
                return restore.error();
            suspension.m_serverRestore += restore.value();
        }
        return suspension;
    }
    // Before anything below frees a page: the free pages the file had when the transaction began.
    Result<QSqlQuery> freePages = runQuery(tx.database(), QStringLiteral("PRAGMA freelist_count"));
    if (!freePages)
        return freePages.error();
    suspension.m_spillSafe = freePages.value().next() && freePages.value().value(0).toLongLong() == 0;
    freePages.value().finish();
    QStringList names;
    for (const QString& table : tables) {
        // sql IS NULL for the automatic indexes of PRIMARY KEY/UNIQUE constraints: those stay.
        Result<QSqlQuery> query =
            runQuery(tx.database(),
                     QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                    "AND sql IS NOT NULL ORDER BY name"),
                     {table});
        if (!query)
            return query.error();
        while (query.value().next()) {
            const QString name = query.value().value(0).toString();
            // Partial indexes too (the replaced and swapped devices): few rows of a load enter them, but each
            // insert still opens a cursor on each to test its condition. 1M rows: 2.4 s for the rows instead of
            // 2.7-3.0 s, the five rebuilt in ~0.1 s; the demo generator, whose rows fill them, no slower.
            if (keepIndexes.contains(name))
                continue;
            names.append(name);
            suspension.m_createStatements.append(query.value().value(1).toString());
        }
    }
    for (const QString& name : names) {
        if (Status dropped = runStatement(tx.database(), QStringLiteral("DROP INDEX \"%1\"").arg(name)); !dropped)
            return dropped.error();
    }
    // Triggers that keep derived tables in step (the register's search index) cost more per row than the indexes:
    // they are suspended too, and restore() rebuilds what they maintain in one pass.
    bool triggersDropped = false;
    for (const QString& table : tables) {
        Result<QStringList> dropped = dropTriggers(tx.database(), table);
        if (!dropped)
            return dropped.error();
        triggersDropped = triggersDropped || !dropped.value().isEmpty();
        suspension.m_triggerStatements += dropped.value();
    }
    suspension.m_rebuildSearch = tables.contains(QStringLiteral("device")) && triggersDropped;
    return suspension;
}

Status IndexSuspension::restore(Transaction& tx, const Step& step)
{
    if (!m_serverRestore.isEmpty()) {
        const int total = int(m_serverRestore.size());
        for (int i = 0; i < total; ++i) {
            if (Status ran = execStatements(tx.database(), {m_serverRestore[i]}); !ran)
                return ran;
            if (step && !step(i + 1, total))
                return cancelledError();
        }
        m_serverRestore.clear();
        return {};
    }
    // Each index, the triggers, then what the triggers maintain (migrations 4 and 5), rebuilt from the device table.
    if (m_createStatements.isEmpty() && m_triggerStatements.isEmpty() && !m_rebuildSearch)
        return {}; // nothing was set aside
    const int total = int(m_createStatements.size()) + 1 + (m_rebuildSearch ? 2 : 0);
    int done = 0;
    const RunPart runPart = [&](const QStringList& statements) -> Status {
        if (Status ran = runStatements(tx.database(), statements); !ran)
            return ran;
        if (step && !step(++done, total))
            return cancelledError();
        return {};
    };
    if (Status created = createIndexes(tx.database(), runPart); !created)
        return created;
    m_createStatements.clear();
    if (Status created = runPart(m_triggerStatements); !created)
        return created;
    m_triggerStatements.clear();
    if (m_rebuildSearch) {
        if (Status rebuilt = runPart({QStringLiteral("INSERT INTO device_search (device_search) VALUES ('rebuild')")});
            !rebuilt)
            return rebuilt;
        if (Status rebuilt = runPart({QStringLiteral("INSERT OR IGNORE INTO device_model_name (name)"
                                                     " SELECT DISTINCT model FROM device WHERE model IS NOT NULL")});
            !rebuilt)
            return rebuilt;
        m_rebuildSearch = false;
    }
    return {};
}

Status IndexSuspension::createIndexes(const QSqlDatabase& db, const RunPart& runPart) const
{
    if (m_createStatements.isEmpty())
        return {};
    // CREATE INDEX sorts the keys in chunks as large as the page cache, then merges them. A bulk load raises the
    // cache (for its random index updates), and one 80 MB chunk sorts far slower than 2 MB chunks that fit the CPU's
    // cache: at 1M devices the eleven indexes took 14.6-18 s with a 96 MB cache and 9.6-13.9 s with 2 MB
    // (sqlite3 3.40, alternating runs). The cache is lowered only while the indexes are built.
    // A small cache spills the new index pages into the file before the commit. A rollback restores every page it
    // journaled, but SQLite does not journal the free pages it reuses (their old content does not matter to it):
    // spilled into one of those, a rolled-back import would leave its rows behind in the file. So only when the
    // file had no free page at the start (m_spillSafe); a file SchemaManager creates has none.
    // With more chunks than one, a helper thread sorts a chunk while this one reads the rows of the next: at 1M
    // devices the indexes took 6.2-6.8 s instead of 7.7 s (two cores, alternating runs; two helpers were no
    // faster). A load that fits one chunk starts no thread.
    Result<qint64> threadsBefore = pragmaNumber(db, QStringLiteral("threads"));
    if (!threadsBefore)
        return threadsBefore.error();
    Result<qint64> cacheBefore = pragmaNumber(db, QStringLiteral("cache_size"));
    if (!cacheBefore)
        return cacheBefore.error();
    QStringList during{QStringLiteral("PRAGMA threads = %1").arg(QThread::idealThreadCount() > 1 ? 1 : 0)};
    QStringList after{QStringLiteral("PRAGMA threads = %1").arg(threadsBefore.value())};
    if (m_spillSafe) {
        during.append(QStringLiteral("PRAGMA cache_size = -%1").arg(SortChunkKiB));
        after.append(QStringLiteral("PRAGMA cache_size = %1").arg(cacheBefore.value()));
    }
    if (Status set = runStatements(db, during); !set)
        return set;
    Status result;
    for (const QString& statement : m_createStatements) {
        if (result = runPart({statement}); !result)
            break;
    }
    const Status restored = runStatements(db, after);
    return result ? restored : result;
}

} // namespace rullering
