#include "DeviceFilter.h"

#include "storage/SearchText.h"
#include "storage/Sql.h"

#include <QStringList>

namespace rullering {
namespace {

template <typename T, typename ToVariant>
void addIn(QStringList& conditions, QVariantList& values, const QString& column, const QList<T>& items,
           ToVariant toVariant)
{
    if (items.isEmpty())
        return;
    QStringList marks;
    for (const T& item : items) {
        marks.append(QStringLiteral("?"));
        values.append(toVariant(item));
    }
    conditions.append(column + QStringLiteral(" IN (") + marks.join(u',') + u')');
}

QString isoStartOfDay(const QDate& date)
{
    return date.toString(Qt::ISODate); // "2023-01-25" sorts before any time on that day
}

} // namespace

bool DeviceFilter::isEmpty() const
{
    DeviceFilter unrestricted;
    unrestricted.reference = reference;
    return *this == unrestricted;
}

SqlFragment deviceFilterWhere(const DeviceFilter& filter, const QString& alias)
{
    return deviceFilterWhere(filter, alias, FilterIndexUse::Allowed);
}

SqlFragment deviceFilterWhere(const DeviceFilter& filter, const QString& alias, FilterIndexUse indexUse)
{
    // SQLite's unary + changes nothing but the plan: "+d.state = ?" cannot use an index, so the query walks the
    // sort column's index instead of collecting and sorting a large match.
    const QString a = (indexUse == FilterIndexUse::Avoided ? QStringLiteral("+") : QString()) +
                      (alias.isEmpty() ? QString() : alias + u'.');
    QStringList conditions;
    QVariantList values;
    auto id = [](qint64 v) {
        return QVariant(static_cast<qlonglong>(v));
    };
    addIn(conditions, values, a + QStringLiteral("municipality_id"), filter.municipalityIds, id);
    addIn(conditions, values, a + QStringLiteral("location_id"), filter.locationIds, id);
    addIn(conditions, values, a + QStringLiteral("department_id"), filter.departmentIds, id);
    addIn(conditions, values, a + QStringLiteral("network_id"), filter.networkIds, id);
    addIn(conditions, values, a + QStringLiteral("type"), filter.types,
          [](DeviceType t) { return QVariant(static_cast<int>(t)); });
    addIn(conditions, values, a + QStringLiteral("state"), filter.states,
          [](LifecycleState s) { return QVariant(static_cast<int>(s)); });
    // Municipality, activity and production year have no index of their own (migration 5): they are the second
    // column of device_plan_scope / device_status_seen (state first) and device_type_year (type first). Naming
    // every state or type, which changes no result, lets SQLite read those indexes as a handful of ranges. Not
    // when a narrower filter has an index of its own.
    const bool narrower = !filter.locationIds.isEmpty() || !filter.departmentIds.isEmpty() ||
                          !filter.networkIds.isEmpty() || !filter.search.trimmed().isEmpty();
    if (indexUse == FilterIndexUse::Allowed && !narrower && filter.states.isEmpty() &&
        (!filter.municipalityIds.isEmpty() || filter.seenWithinDays > 0 || filter.notSeenForDays > 0)) {
        addIn(conditions, values, a + QStringLiteral("state"), allLifecycleStates(),
              [](LifecycleState s) { return QVariant(static_cast<int>(s)); });
    }
    if (indexUse == FilterIndexUse::Allowed && !narrower && filter.types.isEmpty() &&
        filter.municipalityIds.isEmpty() && (filter.productionYearFrom > 0 || filter.productionYearTo > 0)) {
        addIn(conditions, values, a + QStringLiteral("type"), allDeviceTypes(),
              [](DeviceType t) { return QVariant(static_cast<int>(t)); });
    }
    if (filter.productionYearFrom > 0) {
        conditions.append(a + QStringLiteral("production_year >= ?"));
        values.append(filter.productionYearFrom);
    }
    if (filter.productionYearTo > 0) {
        conditions.append(a + QStringLiteral("production_year <= ?"));
        values.append(filter.productionYearTo);
    }
    if (filter.dueYear > 0) {
        // Due year = production year + lifetime(type): one range per type keeps production_year's index usable.
        QStringList perType;
        for (DeviceType type : allDeviceTypes()) {
            perType.append(QStringLiteral("(") + a + QStringLiteral("type = ? AND ") + a +
                           QStringLiteral("production_year = ?)"));
            values.append(static_cast<int>(type));
            values.append(filter.dueYear - defaultLifetimeYears(type));
        }
        conditions.append(u'(' + perType.join(QStringLiteral(" OR ")) + u')');
    }
    const QDate reference = filter.reference.isValid() ? filter.reference : QDate::currentDate();
    if (filter.seenWithinDays > 0) {
        conditions.append(a + QStringLiteral("last_seen >= ?"));
        values.append(isoStartOfDay(reference.addDays(-filter.seenWithinDays)));
    }
    if (filter.notSeenForDays > 0) {
        conditions.append(QStringLiteral("(") + a + QStringLiteral("last_seen IS NULL OR ") + a +
                          QStringLiteral("last_seen < ?)"));
        values.append(isoStartOfDay(reference.addDays(-filter.notSeenForDays)));
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // Serial, device name and user: one scan of the narrow search table (storage/SearchText.h), ~0.1 s for a
        // million devices. Models are few and shared by many devices: their names are searched, then the devices
        // found through the model index.
        conditions.append(QStringLiteral("(") + a +
                          QStringLiteral("id IN (SELECT id FROM device_search_text WHERE instr(text, ?) > 0) OR ") + a +
                          QStringLiteral("model IN (SELECT name FROM device_model_name WHERE name LIKE ? ESCAPE "
                                         "'\\'))"));
        values.append(search_text::foldQuery(search));
        values.append(QString(u'%' + escapeLikePattern(search) + u'%'));
    }
    if (conditions.isEmpty())
        return {};
    return {QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")), values};
}

} // namespace rullering
