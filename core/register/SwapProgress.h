#pragma once

#include "util/Result.h"

#include <QDate>
#include <QSqlDatabase>

namespace rullering {

// The figures a technician watches during a day of swaps.
struct SwapProgress
{
    qint64 swappedToday = 0;
    qint64 swappedThisYear = 0;
    qint64 dueRemaining = 0; // in use and due for replacement this year or earlier (production year + lifetime)

    static Result<SwapProgress> compute(const QSqlDatabase& db, const QDate& today = QDate::currentDate());
};

} // namespace rullering
