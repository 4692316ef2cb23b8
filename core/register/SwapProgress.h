#pragma once

#include "util/Result.h"

#include <QDate>

class QSqlDatabase;

namespace rullering {

class Database;

// The figures a technician watches during a day of swaps.
struct SwapProgress
{
    qint64 swappedToday = 0;
    qint64 swappedThisYear = 0;
    // Still to replace this year: the status's "remaining" as of today (StatusReport.h), so the Swap page, the
    // Status page and the plan give one figure: active, due by the current plan settings' lifetimes, not kept or
    // at an excluded place.
    qint64 dueRemaining = 0;

    static Result<SwapProgress> compute(const QSqlDatabase& db, const QDate& today = QDate::currentDate());
    static Result<SwapProgress> compute(const Database& database, const QDate& today = QDate::currentDate());
};

} // namespace rullering
