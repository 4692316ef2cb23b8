#include "Dashboard.h"

#include "StatusCalculator.h"
#include "storage/Database.h"

#include <QSqlDatabase>

namespace rullering {

Result<Dashboard> Dashboard::load(const QSqlDatabase& db, const QDate& asOf, int activityDays,
                                  const DeviceFilter& filter, qint64 plannedThisYear)
{
    Result<FleetCube> cube = FleetCube::load(db, asOf, activityDays, filter);
    if (!cube)
        return cube.error();
    Dashboard dashboard;
    dashboard.status = StatusCalculator::fromCube(cube.value());
    dashboard.ageByType = AgeDistribution::fromCube(cube.value(), AgeDistribution::StackBy::Type);
    dashboard.ageByMunicipality = AgeDistribution::fromCube(cube.value(), AgeDistribution::StackBy::Municipality);
    dashboard.progress = ProgressSeries::fromCube(cube.value(), dashboard.status, plannedThisYear);
    dashboard.activity = ActivitySeries::fromStatus(dashboard.status);
    dashboard.inUse = std::move(cube.value().census);
    return dashboard;
}

Result<Dashboard> Dashboard::load(const Database& database, const QDate& asOf, int activityDays,
                                  const DeviceFilter& filter, qint64 plannedThisYear)
{
    return load(database.connection(), asOf, activityDays, filter, plannedThisYear);
}

} // namespace rullering
