#pragma once

#include "domain/DeviceType.h"
#include "planning/InUseCensus.h"
#include "register/DeviceFilter.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rullering {

// What every status figure and dashboard chart is derived from: the devices in use on a date, counted in SQL by
// municipality, type and production year, and the swaps of that year counted by day and municipality. A refresh
// loads one cube; the status table and the charts then only add up these few thousand aggregate rows.
//
// "In use on X" (X = the status date) — as of the date, not as of today:
//   - state InUse, and not put into service by a later swap (in_service_from is empty or ≤ X);
//   - state Replaced with replaced_on after X: it was still in use on X (same in_service_from rule);
//   - a device replaced on X itself is no longer in use on X (its swap counts as done on X);
//   - Ordered, InStock, InPool, Retired and Lost devices are not in use.
// "Seen on or after X − D days" (D = the activity window), each bound inclusive, days in UTC as stored:
//   - device.last_seen within [X − D, X];
//   - or a device_seen row (one per import) within [X − D, X] — answers past dates after newer imports;
//   - or in_service_from within [X − D, X]: a device put into use by a swap counts as seen on its swap date.
class FleetCube
{
public:
    struct Cell
    {
        qint64 municipalityId = 0; // 0: none
        DeviceType type = DeviceType::Other;
        int productionYear = 0; // 0: unknown
        qint64 inUse = 0;
        qint64 inactive = 0; // of inUse, not seen in the window
    };
    struct SwapDay
    {
        QDate day;
        qint64 municipalityId = 0;
        qint64 count = 0;
    };

    // filter: the register's current filter (only the devices it lets through are counted).
    static Result<FleetCube> load(const QSqlDatabase& db, const QDate& asOf, int activityDays,
                                  const DeviceFilter& filter = {});

    QDate asOf;
    int activityDays = 90;
    QList<Cell> cells;    // by municipality, type, production year
    QList<SwapDay> swaps; // replaced from 1 January of asOf's year up to and including asOf, by day
    QHash<qint64, QString> municipalityNames;
    // Step 1's counts of every device in use now, when no filter narrowed them: the plan starts from the same.
    std::optional<InUseCensus> census;
};

} // namespace rullering
