#pragma once

#include "ChartSeries.h"
#include "FleetCube.h"
#include "StatusReport.h"
#include "util/Result.h"

class QSqlDatabase;

namespace rullering {

class Database;

// Everything the status page shows, from one FleetCube: the status table and the series of each chart.
struct Dashboard
{
    StatusReport status;
    AgeDistribution ageByType;
    AgeDistribution ageByMunicipality;
    ProgressSeries progress;
    ActivitySeries activity;
    // The devices in use now as counted for this load (none when a filter narrowed it): hand it to
    // PlanService::summary() right away to show the plan without counting the fleet again.
    std::optional<InUseCensus> inUse;

    // plannedThisYear: the plan's replacements in the status year for the progress target line; -1: all due.
    static Result<Dashboard> load(const QSqlDatabase& db, const QDate& asOf, int activityDays,
                                  const DeviceFilter& filter = {}, qint64 plannedThisYear = -1);
    static Result<Dashboard> load(const Database& database, const QDate& asOf, int activityDays,
                                  const DeviceFilter& filter = {}, qint64 plannedThisYear = -1);
};

} // namespace rullering
