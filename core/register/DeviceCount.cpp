#include "DeviceCount.h"

#include "storage/Engine.h"

namespace rullering {
namespace {

const QString CountAll = QStringLiteral("SELECT COUNT(*) FROM device d");

// where (" WHERE …" or empty) narrowed by one more condition.
SqlFragment narrowed(const SqlFragment& where, const QString& condition, const QVariantList& values)
{
    SqlFragment result = where;
    result.sql += (where.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
    result.values.append(values);
    return result;
}

SqlFragment modelDevices(const Engine& engine, const DeviceFilter& filter)
{
    const SqlFragment models = deviceSearchModelNames(engine, filter);
    return {QStringLiteral("SELECT COUNT(*) FROM device m WHERE m.model IN (") + models.sql + u')', models.values};
}

SqlFragment searchCount(const Engine& engine, const DeviceFilter& filter)
{
    const SqlFragment models = deviceSearchModelNames(engine, filter);
    const SqlFragment ofModels = modelDevices(engine, filter);
    SqlFragment count{QStringLiteral("SELECT (") + ofModels.sql + u')', ofModels.values};
    const SqlFragment words = deviceSearchWordIds(engine, filter);
    if (words.sql.isEmpty())
        return count;
    // Plus the word matches, less those of a matching model (counted already). Word matches are distinct ids.
    count.sql += QStringLiteral(" + (SELECT COUNT(*) FROM (") + words.sql +
                 QStringLiteral(") AS hit) - (SELECT COUNT(*) FROM device w WHERE w.model IN (") + models.sql +
                 QStringLiteral(") AND w.id IN (") + words.sql + QStringLiteral("))");
    count.values.append(words.values);
    count.values.append(models.values);
    count.values.append(words.values);
    return count;
}

SqlFragment notSeenCount(const Engine& engine, const DeviceFilter& filter)
{
    DeviceFilter rest = filter;
    rest.notSeenForDays = 0;
    const SqlFragment where = deviceFilterWhere(engine, rest);
    const SqlFragment never = narrowed(where, QStringLiteral("d.last_seen IS NULL"), {});
    const SqlFragment before = narrowed(where, QStringLiteral("d.last_seen < ?"), {notSeenBefore(filter)});
    SqlFragment count{QStringLiteral("SELECT (") + CountAll + never.sql + QStringLiteral(") + (") + CountAll +
                          before.sql + u')',
                      never.values};
    count.values.append(before.values);
    return count;
}

} // namespace

bool deviceFilterSearchesOnly(const DeviceFilter& filter)
{
    DeviceFilter rest = filter;
    rest.search.clear();
    return !filter.search.trimmed().isEmpty() && rest.isEmpty();
}

SqlFragment deviceSearchModelCountQuery(const Engine& engine, const DeviceFilter& filter)
{
    return modelDevices(engine, filter);
}

SqlFragment deviceCountQuery(const Engine& engine, const DeviceFilter& filter)
{
    if (filter.notSeenForDays > 0)
        return notSeenCount(engine, filter);
    if (engine.countsSearchInParts() && deviceFilterSearchesOnly(filter))
        return searchCount(engine, filter);
    const SqlFragment where = deviceFilterWhere(engine, filter);
    return {CountAll + where.sql, where.values};
}

} // namespace rullering
