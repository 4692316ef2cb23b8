#pragma once

#include "FleetCube.h"
#include "StatusReport.h"
#include "util/Result.h"

#include <QDate>

class QSqlDatabase;

namespace rullering {

// Status per municipality and in total as of a date (see StatusReport.h for the definitions and FleetCube.h for
// what "in use" and "seen" mean on a past date). The GUI, rullering-cli status, the snapshots and the board
// report all go through here, so the numbers are the same everywhere.
class StatusCalculator
{
public:
    static constexpr int DefaultActivityDays = 90;

    // rules: see FleetCube::load (nullptr: the register's current plan settings).
    static Result<StatusReport> compute(const QSqlDatabase& db, const QDate& asOf,
                                        int activityDays = DefaultActivityDays, const DeviceFilter& filter = {},
                                        const PlanPolicy* rules = nullptr);
    static StatusReport fromCube(const FleetCube& cube);

    // Whether a device of this type and production year is due in year: production year + lifetime ≤ year, for the
    // types a plan replaces by default (a phone or a server is never due).
    static bool isDue(DeviceType type, int productionYear, int year);
    // The same with the lifetimes of a plan's settings.
    static bool isDue(const PlanPolicy& rules, DeviceType type, int productionYear, int year);
};

} // namespace rullering
