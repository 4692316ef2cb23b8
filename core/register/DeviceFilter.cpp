#include "DeviceFilter.h"

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
    const QString a = alias.isEmpty() ? QString() : alias + u'.';
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
        const QString pattern = u'%' + escapeLikePattern(search) + u'%';
        QStringList columns;
        for (const char* column : {"serial", "hostname", "primary_user", "model"}) {
            columns.append(a + QLatin1String(column) + QStringLiteral(" LIKE ? ESCAPE '\\'"));
            values.append(pattern);
        }
        conditions.append(u'(' + columns.join(QStringLiteral(" OR ")) + u')');
    }
    if (conditions.isEmpty())
        return {};
    return {QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")), values};
}

} // namespace rullering
