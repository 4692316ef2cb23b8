#include "ReportScope.h"

#include "storage/ReferenceRepository.h"

#include <QCoreApplication>
#include <QStringList>

namespace rullering {
namespace {

// The names of the chosen ids, in the register's order; an id the register no longer has shows as its number.
template <typename Item>
QString names(const Result<QList<Item>>& all, const QList<qint64>& ids)
{
    QStringList found;
    QList<qint64> missing = ids;
    if (all) {
        for (const Item& item : all.value()) {
            if (ids.contains(item.id)) {
                found.append(item.name);
                missing.removeAll(item.id);
            }
        }
    }
    for (qint64 id : missing)
        found.append(QString::number(id));
    return found.join(QStringLiteral(", "));
}

} // namespace

ReportScope ReportScope::whole()
{
    return {DeviceFilter{}, QCoreApplication::translate("ReportScope", "Whole register")};
}

ReportScope ReportScope::ofFilter(const DeviceFilter& filter, const Database& database)
{
    if (filter.isEmpty())
        return whole();
    const ReferenceRepository references(database);
    QStringList parts;
    if (!filter.municipalityIds.isEmpty())
        parts.append(names(references.municipalities(), filter.municipalityIds));
    if (!filter.locationIds.isEmpty())
        parts.append(QCoreApplication::translate("ReportScope", "locations: %1")
                         .arg(names(references.locations(), filter.locationIds)));
    if (!filter.departmentIds.isEmpty())
        parts.append(QCoreApplication::translate("ReportScope", "departments: %1")
                         .arg(names(references.departments(), filter.departmentIds)));
    if (!filter.networkIds.isEmpty())
        parts.append(QCoreApplication::translate("ReportScope", "networks: %1")
                         .arg(names(references.networks(), filter.networkIds)));
    if (!filter.types.isEmpty()) {
        QStringList types;
        for (DeviceType type : filter.types)
            types.append(deviceTypeName(type));
        parts.append(types.join(QStringLiteral(", ")));
    }
    if (!filter.states.isEmpty()) {
        QStringList states;
        for (LifecycleState state : filter.states)
            states.append(lifecycleStateName(state));
        parts.append(states.join(QStringLiteral(", ")));
    }
    if (filter.productionYearFrom > 0 || filter.productionYearTo > 0)
        parts.append(QCoreApplication::translate("ReportScope", "produced %1–%2")
                         .arg(filter.productionYearFrom > 0 ? QString::number(filter.productionYearFrom) : QString(),
                              filter.productionYearTo > 0 ? QString::number(filter.productionYearTo) : QString()));
    if (filter.dueYear > 0)
        parts.append(QCoreApplication::translate("ReportScope", "due in %1").arg(filter.dueYear));
    if (filter.seenWithinDays > 0)
        parts.append(QCoreApplication::translate("ReportScope", "seen within %1 days").arg(filter.seenWithinDays));
    if (filter.notSeenForDays > 0)
        parts.append(QCoreApplication::translate("ReportScope", "not seen for %1 days").arg(filter.notSeenForDays));
    if (!filter.search.isEmpty())
        parts.append(QCoreApplication::translate("ReportScope", "search «%1»").arg(filter.search));
    return {filter, parts.join(QStringLiteral(" · "))};
}

ReportScope ReportScope::ofMunicipalities(const QList<qint64>& ids, const Database& database)
{
    DeviceFilter filter;
    filter.municipalityIds = ids;
    return ofFilter(filter, database);
}

} // namespace rullering
