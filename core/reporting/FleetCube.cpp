#include "FleetCube.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QMap>

#include <tuple>

namespace rullering {
namespace {

using CellKey = std::tuple<qint64, int, int>;

// The filter as " AND (…)" to follow a WHERE clause.
SqlFragment filterCondition(const DeviceFilter& filter)
{
    SqlFragment where = deviceFilterWhere(filter, QStringLiteral("d"), FilterIndexUse::Scanned);
    const QString prefix = QStringLiteral(" WHERE ");
    if (where.sql.startsWith(prefix))
        where.sql = QStringLiteral(" AND (") + where.sql.mid(prefix.size()) + u')';
    return where;
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// Runs a query whose first three columns are municipality, type and production year, and hands each row on.
template <typename Apply>
Status forEachCell(const QSqlDatabase& db, const QString& sql, const QVariantList& values, Apply apply)
{
    Result<QSqlQuery> query = runQuery(db, sql, values);
    if (!query)
        return query.error();
    QSqlQuery& q = query.value();
    while (q.next()) {
        const CellKey key{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt()};
        apply(key, q);
    }
    return {};
}

} // namespace

Result<FleetCube> FleetCube::load(const QSqlDatabase& db, const QDate& asOf, int activityDays,
                                  const DeviceFilter& filter)
{
    if (!asOf.isValid())
        return Error(QCoreApplication::translate("FleetCube", "The status date is not a valid date."),
                     Error::Code::Invalid);
    if (activityDays < 0)
        return Error(QCoreApplication::translate("FleetCube", "The activity window cannot be negative (%1 days).")
                         .arg(activityDays),
                     Error::Code::Invalid);

    FleetCube cube;
    cube.asOf = asOf;
    cube.activityDays = activityDays;
    const QString day = isoDate(asOf);                 // X
    const QString dayAfter = isoDate(asOf.addDays(1)); // timestamps on X are < this
    const QString windowStart = isoDate(asOf.addDays(-activityDays));
    const QString yearStart = isoDate(QDate(asOf.year(), 1, 1));
    const SqlFragment condition = filterCondition(filter);
    const QString& where = condition.sql;
    auto bind = [&](const QVariantList& values) {
        return values + condition.values;
    };
    // NULL columns make parts of this NULL, not false: read it through CASE WHEN, never NOT.
    // The history is read once per query into the list of devices seen in the window (built only if a row needs
    // it): cheaper than a device_seen probe per device once a past date puts tens of thousands of rows here.
    const QString seenInWindow =
        QStringLiteral("((d.last_seen >= ? AND d.last_seen < ?) OR (d.in_service_from >= ? AND d.in_service_from <= ?)"
                       " OR d.id IN (SELECT device_id FROM device_seen WHERE seen_at >= ? AND seen_at < ?))");
    const QVariantList seenValues{windowStart, dayAfter, windowStart, day, windowStart, dayAfter};

    QMap<CellKey, Cell> cells;
    QList<InUseCensus::Cell> census;
    auto cell = [&](const CellKey& key) -> Cell& {
        Cell& c = cells[key];
        c.municipalityId = std::get<0>(key);
        c.type = static_cast<DeviceType>(std::get<1>(key));
        c.productionYear = std::get<2>(key);
        return c;
    };

    // "Not seen in the window" for a device last seen after X: only the per-import history can tell. In a
    // past date's status that is nearly every device, so it is decided during step 1's pass, in index order;
    // grouping those devices apart, in last_seen order, sorted ~800k rows (a refresh for 15.06.2026 at 1M took
    // 0.77 s that way, 0.39 s this way). The history is read once, into the list of devices seen in the window:
    // a probe into device_seen for each of ~800k devices took 2.5 s with ~500k sightings on record, the list 0.5 s
    // (step 4's few thousand rows keep their probes: the list would read the whole history for them). The list
    // reads every sighting on record, ~0.1 µs each, where a probe costs ~3 µs: it wins while the history holds
    // fewer than ~25 sightings per device tested; a far longer history would want an index on seen_at.
    const QString unseenSinceX =
        QStringLiteral("CASE WHEN d.last_seen >= ? THEN d.id NOT IN (SELECT device_id FROM device_seen"
                       " WHERE seen_at >= ? AND seen_at < ?) ELSE 0 END");
    const QVariantList unseenValues{dayAfter, windowStart, dayAfter};

    // Any device in use seen after X? Never when X is today (imports do not see the future): then step 1 only
    // counts, which is half its cost. One index probe tells.
    Result<QSqlQuery> later = runQuery(db,
                                       QStringLiteral("SELECT 1 FROM device INDEXED BY device_status_seen"
                                                      " WHERE state = 2 AND last_seen >= ? LIMIT 1"),
                                       {dayAfter});
    if (!later)
        return later.error();
    const bool seenAfterX = later.value().next();
    const QString unseen = seenAfterX ? QStringLiteral("SUM(") + unseenSinceX + u')' : QStringLiteral("0");
    const QVariantList unseenBound = seenAfterX ? unseenValues : QVariantList{};

    // 1. Every InUse device (the one pass over the fleet), and of them those last seen after X but not in the
    //    window. The planning engine's index starts with exactly these columns and covers the location and
    //    department filters too; a second, narrower copy was no faster.
    Status status =
        forEachCell(db,
                    QStringLiteral("SELECT d.municipality_id, d.type, d.production_year, COUNT(*), ") + unseen +
                        QStringLiteral(" FROM device AS d INDEXED BY device_plan_scope WHERE d.state = 2") + where +
                        QStringLiteral(" GROUP BY 1, 2, 3"),
                    unseenBound + condition.values, [&](const CellKey& key, QSqlQuery& q) {
                        const qint64 count = q.value(3).toLongLong();
                        Cell& c = cell(key);
                        c.inUse += count;
                        c.inactive += q.value(4).toLongLong();
                        if (filter.isEmpty())
                            census.append({std::get<0>(key), std::get<1>(key), std::get<2>(key), count});
                    });
    // 2. ... less those put into service by a swap after X: they did not exist yet. When step 1 counted devices
    //    seen after X as inactive, it counted those put into service in the window too, which count as seen on
    //    their swap date: taken back here, so the range starts at the window then.
    if (status) {
        status = forEachCell(db,
                             QStringLiteral("SELECT d.municipality_id, d.type, d.production_year,"
                                            " SUM(d.in_service_from > ?), ") +
                                 unseen +
                                 QStringLiteral(" FROM device AS d INDEXED BY device_status_in_service"
                                                " WHERE d.in_service_from >= ? AND d.state = 2") +
                                 where + QStringLiteral(" GROUP BY 1, 2, 3"),
                             QVariantList{day} + unseenBound + QVariantList{seenAfterX ? windowStart : dayAfter} +
                                 condition.values,
                             [&](const CellKey& key, QSqlQuery& q) {
                                 Cell& c = cell(key);
                                 c.inUse -= q.value(3).toLongLong();
                                 c.inactive -= q.value(4).toLongLong();
                             });
    }
    // 3. ... plus those replaced after X: still in use on X. Whether they were seen is decided here too.
    if (status) {
        const QVariantList values = seenValues + QVariantList{day, day} + condition.values;
        status = forEachCell(db,
                             QStringLiteral("SELECT municipality_id, type, production_year, COUNT(*),"
                                            " SUM(CASE WHEN seen THEN 0 ELSE 1 END) FROM"
                                            " (SELECT d.municipality_id, d.type, d.production_year, ") +
                                 seenInWindow +
                                 QStringLiteral(" AS seen FROM device AS d INDEXED BY device_status_replaced"
                                                " WHERE d.replaced_on > ? AND d.state = 4"
                                                " AND (d.in_service_from IS NULL OR d.in_service_from <= ?)") +
                                 where + QStringLiteral(") GROUP BY 1, 2, 3"),
                             values, [&](const CellKey& key, QSqlQuery& q) {
                                 Cell& c = cell(key);
                                 c.inUse += q.value(3).toLongLong();
                                 c.inactive += q.value(4).toLongLong();
                             });
    }
    // 4. ... and those never seen, or last seen before the window (the history cannot hold a later sighting), in
    //    service since before the window: two narrow ranges of last_seen.
    if (status) {
        const QString leg = QStringLiteral("SELECT d.id, d.municipality_id, d.type, d.production_year,"
                                           " d.in_service_from FROM device AS d INDEXED BY device_status_seen"
                                           " WHERE d.state = 2 AND ");
        const QVariantList values = QVariantList{windowStart} + condition.values + condition.values +
                                    QVariantList{windowStart, windowStart, dayAfter};
        status = forEachCell(db,
                             QStringLiteral("SELECT municipality_id, type, production_year, COUNT(*) FROM (") + leg +
                                 QStringLiteral("d.last_seen < ?") + where + QStringLiteral(" UNION ALL ") + leg +
                                 QStringLiteral("d.last_seen IS NULL") + where +
                                 QStringLiteral(") AS d WHERE (d.in_service_from IS NULL OR d.in_service_from < ?)"
                                                " AND NOT EXISTS (SELECT 1 FROM device_seen s WHERE s.device_id = d.id"
                                                " AND s.seen_at >= ? AND s.seen_at < ?) GROUP BY 1, 2, 3"),
                             values,
                             [&](const CellKey& key, QSqlQuery& q) { cell(key).inactive += q.value(3).toLongLong(); });
    }
    if (!status)
        return status.error();
    if (filter.isEmpty())
        cube.census = InUseCensus{std::move(census)};
    for (const Cell& c : std::as_const(cells)) {
        if (c.inUse != 0 || c.inactive != 0)
            cube.cells.append(c);
    }

    // 5. The swaps of the year up to X, by day (weeks are summed from days: grouping by a computed week would
    //    sort every swap instead of reading them in index order; state is grouped too for the same reason).
    {
        Result<QSqlQuery> swaps = runQuery(
            db,
            QStringLiteral("SELECT d.replaced_on, d.municipality_id, COUNT(*) FROM device AS d"
                           " INDEXED BY device_status_replaced WHERE d.replaced_on >= ? AND d.replaced_on <= ?") +
                where + QStringLiteral(" GROUP BY d.replaced_on, d.state, d.municipality_id"),
            bind({yearStart, day}));
        if (!swaps)
            return swaps.error();
        while (swaps.value().next()) {
            cube.swaps.append({QDate::fromString(swaps.value().value(0).toString(), Qt::ISODate),
                               swaps.value().value(1).toLongLong(), swaps.value().value(2).toLongLong()});
        }
    }

    Result<QSqlQuery> names = runQuery(db, QStringLiteral("SELECT id, name FROM municipality"));
    if (!names)
        return names.error();
    while (names.value().next())
        cube.municipalityNames.insert(names.value().value(0).toLongLong(), names.value().value(1).toString());
    return cube;
}

} // namespace rullering
