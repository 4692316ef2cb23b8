#pragma once

#include "ChartSeries.h"
#include "FleetCube.h"
#include "StatusReport.h"
#include "util/Result.h"

#include <QSqlDatabase>

namespace rullering {

// Everything the status page shows, from one FleetCube: the status table and the series of each chart.
struct Dashboard
{
    StatusReport status;
    AgeDistribution ageByType;
    AgeDistribution ageByMunicipality;
    ProgressSeries progress;
    ActivitySeries activity;

    // plannedThisYear: the plan's replacements in the status year for the progress target line; -1: all due.
    static Result<Dashboard> load(const QSqlDatabase& db, const QDate& asOf, int activityDays,
                                  const DeviceFilter& filter = {}, qint64 plannedThisYear = -1);
};

} // namespace rullering
