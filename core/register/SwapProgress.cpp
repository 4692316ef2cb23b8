#include "SwapProgress.h"

#include "reporting/StatusCalculator.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlDatabase>

namespace rullering {

Result<SwapProgress> SwapProgress::compute(const QSqlDatabase& db, const QDate& today)
{
    Result<QSqlQuery> query =
        runQuery(db,
                 QStringLiteral("SELECT (SELECT COUNT(*) FROM device WHERE replaced_on = ?),"
                                " (SELECT COUNT(*) FROM device WHERE replaced_on BETWEEN ? AND ?)"),
                 {today.toString(Qt::ISODate), QStringLiteral("%1-01-01").arg(today.year()),
                  QStringLiteral("%1-12-31").arg(today.year())});
    if (!query)
        return query.error();
    query.value().next();
    SwapProgress progress;
    progress.swappedToday = query.value().value(0).toLongLong();
    progress.swappedThisYear = query.value().value(1).toLongLong();
    query.value().finish();
    Result<StatusReport> status = StatusCalculator::compute(db, today);
    if (!status)
        return status.error();
    progress.dueRemaining = status.value().total.remaining;
    return progress;
}

Result<SwapProgress> SwapProgress::compute(const Database& database, const QDate& today)
{
    return compute(database.connection(), today);
}

} // namespace rullering
