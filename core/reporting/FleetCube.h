#pragma once

#include "domain/DeviceType.h"
#include "planning/InUseCensus.h"
#include "planning/PlanPolicy.h"
#include "register/DeviceFilter.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

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
//   - or in_service_from within [X − D, X]: a device put into use by a swap counts as seen on its swap date;
//   - or seen after X (device.last_seen or a device_seen row after X): a device seen later was not lying unused
//     on X, whatever the gap. This is an inference (a past date asked after newer imports, where a device's only
//     sightings are later), so such devices are counted apart (Cell::inferred). It also keeps a year's progress
//     from falling as X moves on: a device active on X is active on every earlier date of the year.
// "Planned for replacement" (Cell::outOfPlan false): not flagged keep where the plan leaves kept devices out, and
// not at a location or in a department the plan excludes — the plan's own scope rules (PlanCounter).
class FleetCube
{
public:
    struct Cell
    {
        qint64 municipalityId = 0; // 0: none
        DeviceType type = DeviceType::Other;
        int productionYear = 0; // 0: unknown
        qint64 inUse = 0;
        qint64 inactive = 0;    // of inUse, not seen in the window
        qint64 inferred = 0;    // of inUse, active only because they were seen after X
        bool outOfPlan = false; // kept or at an excluded place (see above): never "remaining"
    };
    struct SwapDay
    {
        QDate day;
        qint64 municipalityId = 0;
        qint64 count = 0;
    };

    // filter: the register's current filter (only the devices it lets through are counted).
    // rules: the plan settings whose lifetimes and scope say what is due; nullptr: the register's current plan
    // settings (PlanRepository::current), so the Status page, the Swap page and the plan count the same devices.
    static Result<FleetCube> load(const QSqlDatabase& db, const QDate& asOf, int activityDays,
                                  const DeviceFilter& filter = {}, const PlanPolicy* rules = nullptr);

    QDate asOf;
    int activityDays = 90;
    QList<Cell> cells;    // by municipality, type, production year
    QList<SwapDay> swaps; // replaced from 1 January of asOf's year up to and including asOf, by day
    QHash<qint64, QString> municipalityNames;
    PlanPolicy rules; // the lifetimes and scope the cube was split by
    // Step 1's counts of every device in use now, when no filter narrowed them: the plan starts from the same.
    std::optional<InUseCensus> census;
};

} // namespace rullering
