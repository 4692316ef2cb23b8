#include "IndexSuspension.h"

#include "SearchText.h"
#include "Sql.h"

namespace rullering {

Result<IndexSuspension> IndexSuspension::suspend(Transaction& tx, const QStringList& tables,
                                                 const QStringList& keepIndexes)
{
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    IndexSuspension suspension;
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
            // A partial index (the replaced and swapped devices) holds few rows of a load: kept up to date row
            // by row it costs less than the table scan rebuilding it would.
            if (keepIndexes.contains(name) || query.value().value(1).toString().contains(QLatin1String(" WHERE ")))
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
    QStringList triggers;
    for (const QString& table : tables) {
        Result<QSqlQuery> query = runQuery(
            tx.database(),
            QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? ORDER BY name"),
            {table});
        if (!query)
            return query.error();
        while (query.value().next()) {
            triggers.append(query.value().value(0).toString());
            suspension.m_triggerStatements.append(query.value().value(1).toString());
        }
    }
    for (const QString& name : triggers) {
        if (Status dropped = runStatement(tx.database(), QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !dropped)
            return dropped.error();
    }
    suspension.m_rebuildSearch = tables.contains(QStringLiteral("device")) && !triggers.isEmpty();
    return suspension;
}

Status IndexSuspension::restore(Transaction& tx)
{
    for (const QString& statement : std::as_const(m_createStatements)) {
        if (Status created = runStatement(tx.database(), statement); !created)
            return created;
    }
    m_createStatements.clear();
    for (const QString& statement : std::as_const(m_triggerStatements)) {
        if (Status created = runStatement(tx.database(), statement); !created)
            return created;
    }
    m_triggerStatements.clear();
    if (m_rebuildSearch) {
        // What the device triggers maintain (migrations 4 and 5), rebuilt from the device table.
        const QStringList rebuild = search_text::rebuildStatements()
                                    << QStringLiteral("INSERT OR IGNORE INTO device_model_name (name)"
                                                      " SELECT DISTINCT model FROM device WHERE model IS NOT NULL");
        for (const QString& statement : rebuild) {
            if (Status rebuilt = runStatement(tx.database(), statement); !rebuilt)
                return rebuilt;
        }
        m_rebuildSearch = false;
    }
    return {};
}

} // namespace rullering
