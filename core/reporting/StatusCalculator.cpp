#include "StatusCalculator.h"

#include <QCollator>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace rullering {

bool StatusCalculator::isDue(DeviceType type, int productionYear, int year)
{
    // Status reports the PC replacement: a type the plan leaves out by default (phones, servers) is never due.
    return plannedByDefault(type) && productionYear > 0 && productionYear + defaultLifetimeYears(type) <= year;
}

bool StatusCalculator::isDue(const PlanPolicy& rules, DeviceType type, int productionYear, int year)
{
    // A type the plan leaves out (phones and servers by default) is never due, as in the plan itself.
    return !rules.excludes(type) && productionYear > 0 && productionYear + rules.lifetime(type) <= year;
}

StatusReport StatusCalculator::fromCube(const FleetCube& cube)
{
    StatusReport report;
    report.asOf = cube.asOf;
    report.activityDays = cube.activityDays;
    const int year = cube.asOf.year();

    QMap<qint64, StatusCounts> perMunicipality;
    for (const FleetCube::Cell& cell : cube.cells) {
        StatusCounts& counts = perMunicipality[cell.municipalityId];
        const qint64 active = cell.inUse - cell.inactive;
        counts.active += active;
        counts.inactive += cell.inactive;
        counts.inferred += cell.inferred;
        if (!cell.outOfPlan && isDue(cube.rules, cell.type, cell.productionYear, year)) {
            counts.remaining += active;
            counts.inferredRemaining += cell.inferred;
        }
    }
    for (const FleetCube::SwapDay& swap : cube.swaps)
        perMunicipality[swap.municipalityId].replaced += swap.count;

    for (auto it = perMunicipality.cbegin(); it != perMunicipality.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        report.rows.append({it.key(), cube.municipalityNames.value(it.key()), it.value()});
        report.total += it.value();
    }
    QCollator collator{QLocale(QLocale::NorwegianBokmal, QLocale::Norway)};
    std::sort(report.rows.begin(), report.rows.end(), [&](const StatusRow& a, const StatusRow& b) {
        if ((a.municipalityId == 0) != (b.municipalityId == 0))
            return b.municipalityId == 0; // devices without a municipality last
        return collator.compare(a.municipality, b.municipality) < 0;
    });
    return report;
}

Result<StatusReport> StatusCalculator::compute(const QSqlDatabase& db, const QDate& asOf, int activityDays,
                                               const DeviceFilter& filter, const PlanPolicy* rules)
{
    Result<FleetCube> cube = FleetCube::load(db, asOf, activityDays, filter, rules);
    if (!cube)
        return cube.error();
    return fromCube(cube.value());
}

} // namespace rullering
