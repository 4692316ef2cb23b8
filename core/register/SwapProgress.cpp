#include "SwapProgress.h"

#include "domain/DeviceType.h"
#include "storage/Sql.h"

namespace rullering {

Result<SwapProgress> SwapProgress::compute(const QSqlDatabase& db, const QDate& today)
{
    // Due: production year + the type's lifetime <= this year, written per type so production_year's index helps;
    // the types a plan leaves out by default (phones, servers) are not swapped in the rollout.
    QString due;
    QVariantList values{today.toString(Qt::ISODate), QStringLiteral("%1-01-01").arg(today.year()),
                        QStringLiteral("%1-12-31").arg(today.year())};
    for (DeviceType type : allDeviceTypes()) {
        if (!plannedByDefault(type))
            continue;
        if (!due.isEmpty())
            due += QStringLiteral(" OR ");
        due += QStringLiteral("(type = ? AND production_year <= ?)");
        values << static_cast<int>(type) << today.year() - defaultLifetimeYears(type);
    }
    Result<QSqlQuery> query =
        runQuery(db,
                 QStringLiteral("SELECT (SELECT COUNT(*) FROM device WHERE replaced_on = ?),"
                                " (SELECT COUNT(*) FROM device WHERE replaced_on BETWEEN ? AND ?),"
                                " (SELECT COUNT(*) FROM device WHERE state = 2 AND (") +
                     due + QStringLiteral("))"),
                 values);
    if (!query)
        return query.error();
    query.value().next();
    SwapProgress progress;
    progress.swappedToday = query.value().value(0).toLongLong();
    progress.swappedThisYear = query.value().value(1).toLongLong();
    progress.dueRemaining = query.value().value(2).toLongLong();
    return progress;
}

} // namespace rullering
