#include "FleetCube.h"

#include "planning/PlanRepository.h"
#include "storage/Engine.h"
#include "storage/IdSetFunction.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QMap>

#include <tuple>

namespace rullering {
namespace {

// Municipality, type, production year, and whether the plan leaves the devices out (kept or excluded place).
using CellKey = std::tuple<qint64, int, int, int>;

QString idList(const QSet<qint64>& ids)
{
    QStringList list;
    for (qint64 id : ids)
        list.append(QString::number(id)); // numbers we hold, never text from a person
    return list.join(u',');
}

// "column IN (…)" for a set of ids where 0 stands for "none", as PlanCounter's scope rules read them.
QString idCondition(const QString& column, QSet<qint64> ids)
{
    const bool none = ids.remove(0);
    QStringList parts;
    if (!ids.isEmpty())
        parts.append(column + QStringLiteral(" IN (") + idList(ids) + u')');
    if (none)
        parts.append(column + QStringLiteral(" IS NULL"));
    return parts.join(QStringLiteral(" OR "));
}

// The condition for a device the plan leaves out (kept, or at an excluded place) over the device aliased d; empty
// when the plan leaves nothing out.
QString outOfPlanCondition(const PlanPolicy& rules)
{
    QStringList conditions;
    if (rules.excludeKept)
        conditions.append(QStringLiteral("d.keep <> 0"));
    if (!rules.excludedLocations.isEmpty())
        conditions.append(idCondition(QStringLiteral("d.location_id"), rules.excludedLocations));
    if (!rules.excludedDepartments.isEmpty())
        conditions.append(idCondition(QStringLiteral("d.department_id"), rules.excludedDepartments));
    return conditions.isEmpty() ? QString() : u'(' + conditions.join(QStringLiteral(" OR ")) + u')';
}

// A measure summed twice: over every device of the group, and over those the plan leaves out (outOfPlan; "0"
// when it leaves nothing out). Grouping by the out-of-plan flag instead would sort the whole fleet (2.5 times the
// one pass at 300k devices): the groups stay those of the index, and each row is split in two cells.
struct SplitSum
{
    QString sql;
    QVariantList values;
};
SplitSum splitSum(const QString& measure, const QVariantList& values, const QString& outOfPlan)
{
    if (outOfPlan.isEmpty())
        return {QStringLiteral("SUM(") + measure + QStringLiteral("), 0"), values};
    return {QStringLiteral("SUM(") + measure + QStringLiteral("), SUM(CASE WHEN ") + outOfPlan +
                QStringLiteral(" THEN ") + measure + QStringLiteral(" ELSE 0 END)"),
            values + values};
}

// The filter as " AND (…)" to follow a WHERE clause.
SqlFragment filterCondition(const Engine& engine, const DeviceFilter& filter)
{
    SqlFragment where = deviceFilterWhere(engine, filter, QStringLiteral("d"), FilterIndexUse::Scanned);
    const QString prefix = QStringLiteral(" WHERE ");
    if (where.sql.startsWith(prefix))
        where.sql = QStringLiteral(" AND (") + where.sql.mid(prefix.size()) + u')';
    return where;
}

// The ids of a query read once, as a condition over d.id with its one bound value (Engine::idListQuery); an empty
// fragment where the engine has no such list: the statements then keep the query, with the same answers. On a server
// each statement ran the search again, and joined its matches (ThinkPad: 250k devices) id by id through the key's
// index: 2.6-5.5 s a statement at 1M devices.
Result<SqlFragment> idList(const QSqlDatabase& db, const Engine& engine, const SqlFragment& ids)
{
    const QString sql = engine.idListQuery(ids.sql);
    if (sql.isEmpty())
        return SqlFragment{};
    Result<QSqlQuery> query = runQuery(db, sql, ids.values);
    if (!query)
        return query.error();
    if (!query.value().next())
        return SqlFragment{}; // (an aggregate gives its row) the statements keep the search's query
    // Beyond ~100k ids (a tenth of a 1M register) testing the rows read beats looking each id up (EXPLAIN ANALYZE at
    // 1M devices: 250k lookups 5.4 s, a scan testing 1M rows against them 2.0 s; 53k lookups ~1.1 s).
    const bool many = query.value().value(1).toLongLong() > 100000;
    return SqlFragment{engine.inIdList(QStringLiteral("d.id"), many), {query.value().value(0).toString()}};
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
        const CellKey key{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(), 0};
        apply(key, q);
    }
    return {};
}

} // namespace

Result<FleetCube> FleetCube::load(const QSqlDatabase& db, const QDate& asOf, int activityDays,
                                  const DeviceFilter& filter, const PlanPolicy* rules)
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
    if (rules) {
        cube.rules = *rules;
    } else {
        Result<PlanPolicy> current = PlanRepository(db).current(asOf);
        if (!current)
            return current.error();
        cube.rules = std::move(current.value());
    }
    const QString outOfPlan = outOfPlanCondition(cube.rules);
    const QString day = isoDate(asOf);                 // X
    const QString dayAfter = isoDate(asOf.addDays(1)); // timestamps on X are < this
    const QString windowStart = isoDate(asOf.addDays(-activityDays));
    const QString yearStart = isoDate(QDate(asOf.year(), 1, 1));
    // The search text's matches are collected once per refresh into an id set, not by each statement below again
    // (a refresh filtered by "Latitude", 57k matches at 1M: 0.40 s with the list in every statement, 0.08 s so).
    const Engine& engine = Engine::of(db);
    auto hint = [&](const char* index) {
        return engine.indexHint(QString::fromLatin1(index));
    };
    std::unique_ptr<IdSet> searchMatches;
    SqlFragment searchList; // a server's form: the matches as one bound list
    DeviceFilter otherConditions = filter;
    if (const SqlFragment ids = deviceSearchIds(engine, filter); !ids.sql.isEmpty()) {
        Result<std::unique_ptr<IdSet>> loaded = IdSet::fromQuery(db, ids.sql, ids.values);
        if (!loaded)
            return loaded.error();
        searchMatches = std::move(loaded.value());
        if (!searchMatches) {
            Result<SqlFragment> listed = idList(db, engine, ids);
            if (!listed)
                return listed.error();
            searchList = std::move(listed.value());
        }
        if (searchMatches || !searchList.sql.isEmpty())
            otherConditions.search.clear();
    }
    SqlFragment condition = filterCondition(engine, otherConditions);
    if (searchMatches)
        condition.sql += QStringLiteral(" AND ") + searchMatches->sql(QStringLiteral("d.id"));
    if (!searchList.sql.isEmpty()) {
        condition.sql += QStringLiteral(" AND ") + searchList.sql;
        condition.values += searchList.values;
    }
    const QString& where = condition.sql;
    auto bind = [&](const QVariantList& values) {
        return values + condition.values;
    };

    QMap<CellKey, Cell> cells;
    QMap<std::tuple<qint64, int, int>, qint64> census; // the plan's cells have no out-of-plan split
    auto cell = [&](const CellKey& key) -> Cell& {
        Cell& c = cells[key];
        c.municipalityId = std::get<0>(key);
        c.type = static_cast<DeviceType>(std::get<1>(key));
        c.productionYear = std::get<2>(key);
        c.outOfPlan = std::get<3>(key) != 0;
        return c;
    };

    // Any device in use seen after X? Never when X is today (imports do not see the future): then step 1 only
    // counts, which is half its cost. One index probe tells.
    bool seenAfterX = false;
    {
        Result<QSqlQuery> later = runQuery(db,
                                           QStringLiteral("SELECT 1 FROM device") + hint("device_status_seen") +
                                               QStringLiteral(" WHERE state = 2 AND last_seen >= ? LIMIT 1"),
                                           {dayAfter});
        if (!later)
            return later.error();
        seenAfterX = later.value().next();
    }

    // "Seen in the window" by the import history. A past date asks it of nearly every device (those last seen
    // after X), so the window's sightings are read once per refresh into an id set (storage/IdSetFunction): a refresh
    // for 15.06.2026 at 1M with ~470k sightings on record took 0.89 s with a subquery list per statement probed per
    // device, 0.28-0.39 s this way. Today's status asks it only of the few thousand devices not seen lately
    // (step 4): their probes into device_seen cost less than reading the whole window (Engine::seenBetweenSql: a
    // probe per device on SQLite, whose list subquery read the whole window first; a server hashes the window once).
    // Without the id set on a past date (another driver) the subqueries stay: the same answers, slower. NULL
    // columns make parts of these expressions NULL, not false: they are read through CASE WHEN, never NOT.
    std::unique_ptr<IdSet> sightings;
    if (seenAfterX) {
        // The key is (device_id, seen_at): the ids come in order, a device's sightings together.
        Result<std::unique_ptr<IdSet>> loaded =
            IdSet::fromQuery(db, QStringLiteral("SELECT device_id FROM device_seen WHERE seen_at >= ? AND seen_at < ?"),
                             {windowStart, dayAfter});
        if (!loaded)
            return loaded.error();
        sightings = std::move(loaded.value());
    }
    // Each form is one expression over d.id with its own bound values.
    const QString inHistory =
        sightings ? sightings->sql(QStringLiteral("d.id")) : engine.seenBetweenSql(QStringLiteral("d.id"));
    const QVariantList inHistoryValues = sightings ? QVariantList{} : QVariantList{windowStart, dayAfter};
    // Without the id set, on a server the negation too is one subquery over the window, not correlated: PostgreSQL
    // reads the window's sightings once into a hash (NOT (hashed SubPlan)); NOT EXISTS probed device_seen once per
    // device in use (1M devices: the status of a past date 2.9 s -> 0.6 s in EXPLAIN ANALYZE). device_id is NOT NULL,
    // so NOT IN and NOT EXISTS give the same answers.
    const QString notInHistory = QStringLiteral("NOT ") + inHistory;
    const QString seenInWindow =
        QStringLiteral("((d.last_seen >= ? AND d.last_seen < ?) OR (d.in_service_from >= ? AND d.in_service_from <= ?)"
                       " OR ") +
        inHistory + u')';
    const QVariantList seenValues = QVariantList{windowStart, dayAfter, windowStart, day} + inHistoryValues;

    // A sighting after X in the import history (where last_seen may have been set back by an older source).
    const QString seenLater = engine.seenFromSql(QStringLiteral("d.id"));

    // Each row of the steps below is split in two cells: the devices the plan leaves out, and the rest.
    // add(key, q, column, member): q's column holds the sum over all, the next column over those left out.
    auto add = [&](CellKey key, const QSqlQuery& q, int column, qint64 Cell::*member, int sign = 1) {
        const qint64 all = q.value(column).toLongLong();
        const qint64 out = q.value(column + 1).toLongLong();
        cell(key).*member += sign * (all - out);
        std::get<3>(key) = 1;
        if (out != 0)
            cell(key).*member += sign * out;
    };

    // 1. Every InUse device (the one pass over the fleet, in the index's group order: no sort). The planning
    //    engine's index starts with exactly these columns and covers the keep flag, the location and the
    //    department too. For today that is a count. For a past date the same pass also takes out the devices
    //    put into service by a swap after X (they did not exist yet) and finds, of the devices last seen after X,
    //    those the history does not place in the window, unless a swap put them into service in it (seen on its
    //    date): active on X only because they were seen later (see the header).
    //    Column pairs: the census (in use now), those in service only after X, those active by inference.
    const bool noSightings = sightings && sightings->size() == 0; // then "not in the history" is always true
    const SplitSum count = splitSum(QStringLiteral("1"), {}, outOfPlan);
    const SplitSum notYet =
        splitSum(QStringLiteral("CASE WHEN d.in_service_from > ? THEN 1 ELSE 0 END"), {day}, outOfPlan);
    const SplitSum seenAfter =
        splitSum(QStringLiteral("CASE WHEN d.in_service_from >= ? THEN 0 WHEN d.last_seen >= ?") +
                     (noSightings ? QString() : QStringLiteral(" AND ") + notInHistory) +
                     QStringLiteral(" THEN 1 ELSE 0 END"), // a number on both engines, never a truth value
                 QVariantList{windowStart, dayAfter} + (noSightings ? QVariantList{} : inHistoryValues), outOfPlan);
    const QString pastDateColumns = notYet.sql + QStringLiteral(", ") + seenAfter.sql;
    const QVariantList pastDateValues = notYet.values + seenAfter.values;
    Status status = forEachCell(
        db,
        QStringLiteral("SELECT d.municipality_id, d.type, d.production_year, ") + count.sql + QStringLiteral(", ") +
            (seenAfterX ? pastDateColumns : QStringLiteral("0, 0, 0, 0")) + QStringLiteral(" FROM device AS d") +
            hint("device_plan_scope") + QStringLiteral(" WHERE d.state = 2") + where +
            QStringLiteral(" GROUP BY 1, 2, 3"),
        (seenAfterX ? pastDateValues : QVariantList{}) + condition.values, [&](const CellKey& key, QSqlQuery& q) {
            add(key, q, 3, &Cell::inUse);
            add(key, q, 5, &Cell::inUse, -1);
            add(key, q, 7, &Cell::inferred);
            if (filter.isEmpty())
                census[{std::get<0>(key), std::get<1>(key), std::get<2>(key)}] += q.value(3).toLongLong();
        });
    // 2. For today: less those put into service by a swap after X (a swap dated ahead), through their index.
    if (status && !seenAfterX) {
        status = forEachCell(db,
                             QStringLiteral("SELECT d.municipality_id, d.type, d.production_year, ") + count.sql +
                                 QStringLiteral(" FROM device AS d") + hint("device_status_in_service") +
                                 QStringLiteral(" WHERE d.in_service_from > ? AND d.state = 2") + where +
                                 QStringLiteral(" GROUP BY 1, 2, 3"),
                             bind({day}), [&](const CellKey& key, QSqlQuery& q) { add(key, q, 3, &Cell::inUse, -1); });
    }
    // Steps 3 and 4 read the flag from their inner query's out_of_plan column.
    const QString innerOutOfPlan =
        (outOfPlan.isEmpty() ? QStringLiteral("0")
                             : QStringLiteral("CASE WHEN ") + outOfPlan + QStringLiteral(" THEN 1 ELSE 0 END")) +
        QStringLiteral(" AS out_of_plan");
    const QString outerOutOfPlan = outOfPlan.isEmpty() ? QString() : QStringLiteral("out_of_plan <> 0");
    const SplitSum outerCount = splitSum(QStringLiteral("1"), {}, outerOutOfPlan);
    // 3. ... plus those replaced after X: still in use on X. Whether they were seen is decided here too: in the
    //    window, or else later (active by inference), or else not (inactive).
    if (status) {
        const SplitSum unseen =
            splitSum(QStringLiteral("CASE WHEN seen THEN 0 WHEN later THEN 0 ELSE 1 END"), {}, outerOutOfPlan);
        const SplitSum inferred =
            splitSum(QStringLiteral("CASE WHEN seen THEN 0 WHEN later THEN 1 ELSE 0 END"), {}, outerOutOfPlan);
        const QVariantList values = seenValues + QVariantList{dayAfter, dayAfter, day, day} + condition.values;
        status = forEachCell(db,
                             QStringLiteral("SELECT municipality_id, type, production_year, ") + outerCount.sql +
                                 QStringLiteral(", ") + unseen.sql + QStringLiteral(", ") + inferred.sql +
                                 QStringLiteral(" FROM (SELECT d.municipality_id, d.type, d.production_year, ") +
                                 innerOutOfPlan + QStringLiteral(", ") + seenInWindow +
                                 QStringLiteral(" AS seen, (d.last_seen >= ? OR ") + seenLater +
                                 QStringLiteral(") AS later FROM device AS d") + hint("device_status_replaced") +
                                 QStringLiteral(" WHERE d.replaced_on > ? AND d.state = 4"
                                                " AND (d.in_service_from IS NULL OR d.in_service_from <= ?)") +
                                 where + QStringLiteral(") AS r GROUP BY 1, 2, 3"),
                             values, [&](const CellKey& key, QSqlQuery& q) {
                                 add(key, q, 3, &Cell::inUse);
                                 add(key, q, 5, &Cell::inactive);
                                 add(key, q, 7, &Cell::inferred);
                             });
    }
    // 4. ... and those never seen, or last seen before the window (an import of an older source can set
    //    last_seen back, so the history may still hold a sighting in the window, or a later one), in service
    //    since before the window: two narrow ranges of last_seen. Inactive, unless seen later.
    if (status) {
        const QString leg = QStringLiteral("SELECT d.id, d.municipality_id, d.type, d.production_year, ") +
                            innerOutOfPlan + QStringLiteral(", d.in_service_from FROM device AS d") +
                            hint("device_status_seen") + QStringLiteral(" WHERE d.state = 2 AND ");
        const SplitSum later = splitSum(QStringLiteral("CASE WHEN ") + seenLater + QStringLiteral(" THEN 1 ELSE 0 END"),
                                        {dayAfter}, outerOutOfPlan);
        const QVariantList values = later.values + QVariantList{windowStart} + condition.values + condition.values +
                                    QVariantList{windowStart} + inHistoryValues;
        status = forEachCell(db,
                             QStringLiteral("SELECT municipality_id, type, production_year, ") + outerCount.sql +
                                 QStringLiteral(", ") + later.sql + QStringLiteral(" FROM (") + leg +
                                 QStringLiteral("d.last_seen < ?") + where + QStringLiteral(" UNION ALL ") + leg +
                                 QStringLiteral("d.last_seen IS NULL") + where +
                                 QStringLiteral(") AS d WHERE (d.in_service_from IS NULL OR d.in_service_from < ?)"
                                                " AND ") +
                                 notInHistory + QStringLiteral(" GROUP BY 1, 2, 3"),
                             values, [&](const CellKey& key, QSqlQuery& q) {
                                 add(key, q, 3, &Cell::inactive);
                                 add(key, q, 5, &Cell::inactive, -1);
                                 add(key, q, 5, &Cell::inferred);
                             });
    }
    if (!status)
        return status.error();
    if (filter.isEmpty()) {
        InUseCensus counted;
        for (auto it = census.cbegin(); it != census.cend(); ++it)
            counted.cells.append({std::get<0>(it.key()), std::get<1>(it.key()), std::get<2>(it.key()), it.value()});
        cube.census = std::move(counted);
    }
    for (const Cell& c : std::as_const(cells)) {
        if (c.inUse != 0 || c.inactive != 0)
            cube.cells.append(c);
    }

    // 5. The swaps of the year up to X, by day (weeks are summed from days: grouping by a computed week would
    //    sort every swap instead of reading them in index order; state is grouped too for the same reason).
    {
        Result<QSqlQuery> swaps = runQuery(
            db,
            QStringLiteral("SELECT d.replaced_on, d.municipality_id, COUNT(*) FROM device AS d") +
                hint("device_status_replaced") + QStringLiteral(" WHERE d.replaced_on >= ? AND d.replaced_on <= ?") +
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
