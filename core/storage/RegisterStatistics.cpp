#include "RegisterStatistics.h"

#include "Database.h"
#include "SchemaManager.h"
#include "Sql.h"

#include <QSqlDatabase>

namespace rullering {

namespace {

Status countPerMunicipality(const QSqlDatabase& db, RegisterStatistics& stats)
{
    Result<QSqlQuery> perMunicipality =
        runQuery(db, QStringLiteral("SELECT m.name, c.n FROM"
                                    " (SELECT municipality_id, COUNT(*) AS n FROM device GROUP BY municipality_id) c"
                                    " LEFT JOIN municipality m ON m.id = c.municipality_id"
                                    // Devices without a municipality first on both engines (PostgreSQL's
                                    // NULLs sort last by default).
                                    " ORDER BY m.name IS NOT NULL, m.name"));
    if (!perMunicipality)
        return perMunicipality.error();
    while (perMunicipality.value().next()) {
        const qint64 n = perMunicipality.value().value(1).toLongLong();
        stats.perMunicipality.append({perMunicipality.value().value(0).toString(), n});
        stats.total += n;
    }
    return {};
}

} // namespace

Result<RegisterStatistics> RegisterStatistics::compute(const QSqlDatabase& db)
{
    RegisterStatistics stats;
    stats.schemaVersion = SchemaManager::version(db);
    if (Status counted = countPerMunicipality(db, stats); !counted)
        return counted.error();

    QHash<int, qint64> byType;
    Result<QSqlQuery> perType = runQuery(db, QStringLiteral("SELECT type, COUNT(*) FROM device GROUP BY type"));
    if (!perType)
        return perType.error();
    while (perType.value().next())
        byType.insert(perType.value().value(0).toInt(), perType.value().value(1).toLongLong());
    for (DeviceType type : allDeviceTypes())
        stats.perType.append({type, byType.value(static_cast<int>(type))});

    QHash<int, qint64> byState;
    Result<QSqlQuery> perState = runQuery(db, QStringLiteral("SELECT state, COUNT(*) FROM device GROUP BY state"));
    if (!perState)
        return perState.error();
    while (perState.value().next())
        byState.insert(perState.value().value(0).toInt(), perState.value().value(1).toLongLong());
    for (LifecycleState state : allLifecycleStates())
        stats.perState.append({state, byState.value(static_cast<int>(state))});
    return stats;
}

Result<RegisterStatistics> RegisterStatistics::compute(const Database& database)
{
    return compute(database.connection());
}

Result<RegisterStatistics> RegisterStatistics::computeByMunicipality(const Database& database)
{
    RegisterStatistics stats;
    stats.schemaVersion = SchemaManager::version(database.connection());
    if (Status counted = countPerMunicipality(database.connection(), stats); !counted)
        return counted.error();
    return stats;
}

} // namespace rullering
