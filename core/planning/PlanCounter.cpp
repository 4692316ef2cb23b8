#include "PlanCounter.h"

#include "PlanLoader.h"
#include "domain/Lifecycle.h"
#include "storage/Database.h"
#include "storage/Engine.h"
#include "storage/ReferenceRepository.h"
#include "storage/RowReader.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <map>
#include <memory>
#include <tuple>

namespace rullering {
namespace {

using TypeCounts = Planner::TypeCounts;

QByteArray idList(const QSet<qint64>& ids)
{
    QByteArray list;
    for (qint64 id : ids) {
        if (!list.isEmpty())
            list += ',';
        list += QByteArray::number(id); // numbers we hold, never text from a person
    }
    return list;
}

// The scope rules of Planner::compute() as SQL, for the devices in use: kept (when kept devices are not
// planned), then at an excluded place, then inactive (the activity cutoff is parameter 1), then without a
// production year.
struct ScopeSql
{
    QByteArray excluded; // at an excluded location or department; empty when nothing is excluded
    QByteArray notKept;  // "keep = 0", or "TRUE" when kept devices are planned
    QByteArray plannable() const
    {
        return notKept + (excluded.isEmpty() ? QByteArray() : " AND NOT (" + excluded + ")") + " AND last_seen >= ?1";
    }
};

// "column IN (…)" for a set of ids where 0 stands for "none" (a device without a location is excluded with
// location 0), without wrapping the column in IFNULL for every row tested.
QByteArray idCondition(const char* column, const QSet<qint64>& ids)
{
    QSet<qint64> real = ids;
    const bool none = real.remove(0);
    QList<QByteArray> parts;
    if (!real.isEmpty())
        parts.append(QByteArray(column) + " IN (" + idList(real) + ")");
    if (none)
        parts.append(QByteArray(column) + " IS NULL");
    return parts.join(" OR ");
}

ScopeSql scopeSql(const PlanPolicy& policy)
{
    ScopeSql sql;
    sql.notKept = policy.excludeKept ? QByteArray("keep = 0") : QByteArray("TRUE");
    QList<QByteArray> excluded;
    if (!policy.excludedLocations.isEmpty())
        excluded.append(idCondition("location_id", policy.excludedLocations));
    if (!policy.excludedDepartments.isEmpty())
        excluded.append(idCondition("department_id", policy.excludedDepartments));
    sql.excluded = excluded.join(" OR ");
    return sql;
}

// A cell of the first pass: municipality (0 = none), type, production year (0 = none).
using CellKey = std::tuple<qint64, int, int>;

// What leaves a cell's devices in use before planning, by the first rule that takes each device.
struct Deduction
{
    qint64 kept = 0;
    qint64 excluded = 0;
    qint64 inactive = 0;
};

// Runs a query whose first three columns are municipality, type and production year, the activity cutoff bound
// to ?1 where the query has it, and hands each row on.
template <typename Apply>
bool forEachCell(const QSqlDatabase& db, const QByteArray& sql, const QByteArray& cutoff, QString& error, Apply apply)
{
    RowReader statement(db, sql);
    if (!statement.ok()) {
        error = statement.errorText();
        return false;
    }
    if (sql.contains("?1"))
        statement.utf8(1, cutoff);
    if (!statement.start()) {
        error = statement.errorText();
        return false;
    }
    while (statement.next())
        apply(CellKey{statement.integer(0), std::clamp(int(statement.integer(1)), 0, DeviceTypeCount - 1),
                      int(statement.integer(2))},
              statement);
    if (statement.failed())
        error = statement.errorText();
    return !statement.failed();
}

// One (due year, production year) group of a municipality's queue: its devices per type.
struct Group
{
    TypeCounts types{};
    qint64 total = 0;
};

// A cut group: how many of its devices (in tie-break order) go to each year; year 0 = unplaced.
struct Segment
{
    int year;
    qint64 count;
};

struct CutGroup
{
    qint64 municipalityId;
    int due;
    int productionYear;
    TypeCounts types;
    QList<Segment> segments;
};

struct Municipal
{
    std::map<std::pair<int, int>, Group> groups; // (due, production year)
};

} // namespace

Result<PlanSummary> PlanCounter::summarise(Database& database, const PlanPolicy& policy, const InUseCensus* census)
{
    if (const QString problem = policy.validate(); !problem.isEmpty())
        return Error(problem, Error::Code::Invalid);
    const QSqlDatabase raw = database.connection();
    const Engine& engine = Engine::of(raw);
    QString failure;
    auto sqlError = [&]() {
        return Error(
            QCoreApplication::translate("PlanCounter", "Cannot count the devices for the plan: %1").arg(failure));
    };

    PlanSummary summary;
    summary.policy = policy;
    ReferenceRepository references(database.connection());
    Result<QList<Municipality>> municipalities = references.municipalities();
    if (!municipalities)
        return municipalities.error();
    QHash<qint64, QString> names;
    std::map<qint64, Municipal> perMunicipality;
    for (const Municipality& municipality : municipalities.value()) {
        names.insert(municipality.id, municipality.name);
        perMunicipality[municipality.id];
    }

    const QByteArray inUse = QByteArray::number(static_cast<int>(LifecycleState::InUse));
    const ScopeSql scope = scopeSql(policy);
    const QByteArray cutoff = policy.statusDate.addDays(-policy.activityDays).toString(Qt::ISODate).toLatin1();

    // Pass 1: devices in use per municipality, type and production year, less those the scope rules take out.
    // Counting alone is the one pass over the fleet (a covering index, ~90 ms at 1M); the rules' conditions, summed
    // in that pass, cost three times as much. The rules' devices are few, so they are counted first, apart, and
    // subtracted: kept (a partial index of their own), inactive (device_status_seen: never seen, or seen before
    // the cutoff), and, only when the policy excludes places, those at an excluded place (a second scan of the
    // covering index, ~100 ms at 1M: the location and department indexes would read every matching row, slower).
    // A device is deducted once, by the first rule that takes it, as Planner::compute() decides.
    const QByteArray cells = "SELECT municipality_id, type, production_year";
    const QByteArray inUseWhere = " FROM device WHERE state = " + inUse;
    const QByteArray byCell = " GROUP BY 1, 2, 3";
    // A number on both engines (PostgreSQL sums no truth values).
    const QByteArray inactiveSum = ", COUNT(*), SUM(CASE WHEN last_seen IS NULL OR last_seen < ?1 THEN 1 ELSE 0 END)";
    std::map<CellKey, Deduction> deductions;
    bool ok = forEachCell(raw,
                          cells + ", COUNT(*) FROM (" + cells + inUseWhere + " AND last_seen < ?1 UNION ALL " + cells +
                              inUseWhere + " AND last_seen IS NULL) AS inactive" + byCell,
                          cutoff, failure,
                          [&](const CellKey& key, const RowReader& s) { deductions[key].inactive += s.integer(3); });
    if (ok && policy.excludeKept) {
        // SQLite would rather scan device_plan_scope, which holds keep too: 60 ms instead of 2.
        ok = forEachCell(raw,
                         cells + inactiveSum + " FROM device" +
                             engine.indexHint(QStringLiteral("device_kept")).toUtf8() + " WHERE state = " + inUse +
                             " AND keep <> 0" + byCell,
                         cutoff, failure, [&](const CellKey& key, const RowReader& s) {
                             Deduction& d = deductions[key];
                             d.kept += s.integer(3);
                             d.inactive -= s.integer(4);
                         });
    }
    if (ok && !scope.excluded.isEmpty()) {
        ok = forEachCell(
            raw, cells + inactiveSum + inUseWhere + " AND " + scope.notKept + " AND (" + scope.excluded + ")" + byCell,
            cutoff, failure, [&](const CellKey& key, const RowReader& s) {
                Deduction& d = deductions[key];
                d.excluded += s.integer(3);
                d.inactive -= s.integer(4);
            });
    }
    auto addCell = [&](const CellKey& key, qint64 inUseCount) {
        const auto [municipalityId, type, productionYear] = key;
        // A type the plan leaves out goes whole, before any other rule (as Planner::compute() decides).
        if (policy.excludes(static_cast<DeviceType>(type))) {
            summary.excludedType += inUseCount;
            return;
        }
        qint64 remaining = inUseCount;
        if (const auto d = deductions.find(key); d != deductions.end()) {
            summary.kept += d->second.kept;
            summary.excludedPlace += d->second.excluded;
            summary.collect += d->second.inactive;
            remaining -= d->second.kept + d->second.excluded + d->second.inactive;
        }
        if (remaining == 0)
            return;
        if (productionYear == 0) { // no production year: it needs data before it can be planned
            summary.needsData += remaining;
            return;
        }
        const int due = policy.dueYear(static_cast<DeviceType>(type), productionYear);
        if (due > policy.lastYear()) {
            summary.beyondHorizon += remaining;
            return;
        }
        Group& group = perMunicipality[municipalityId].groups[{due, productionYear}];
        group.types[type] += remaining;
        group.total += remaining;
    };
    if (ok && census) {
        for (const InUseCensus::Cell& c : census->cells)
            addCell(CellKey{c.municipalityId, std::clamp(c.type, 0, DeviceTypeCount - 1), c.productionYear}, c.count);
    } else if (ok) {
        ok = forEachCell(raw, cells + ", COUNT(*)" + inUseWhere + byCell, cutoff, failure,
                         [&](const CellKey& key, const RowReader& s) { addCell(key, s.integer(3)); });
    }
    if (!ok)
        return sqlError();

    Result<QList<SupplyCount>> supply = PlanLoader::supply(database);
    if (!supply)
        return supply.error();
    const QHash<qint64, QList<TypeCounts>> arrivals = Planner::arrivals(supply.value(), policy);
    for (auto it = arrivals.cbegin(); it != arrivals.cend(); ++it)
        perMunicipality[it.key()];

    // The plan in effect consumes each municipality's queue front to back; record where years cut the groups.
    const int years = policy.years;
    std::map<qint64, QList<TypeCounts>> demand;
    std::map<qint64, QList<qint64>> dueCounts;
    QList<CutGroup> cuts;
    for (auto& [municipalityId, municipal] : perMunicipality) {
        QList<qint64>& due = dueCounts[municipalityId];
        due.fill(0, years);
        for (const auto& [key, group] : municipal.groups)
            due[key.first - policy.firstYear] += group.total;
        const qint64 capacity = policy.capacity(municipalityId);
        const YearAllocation plan =
            policy.levelled ? Planner::levelled(due, capacity) : Planner::straight(due, capacity);
        QList<TypeCounts>& perYear = demand[municipalityId];
        perYear.fill(TypeCounts{}, years);
        int y = 0;
        qint64 leftInYear = years > 0 ? plan.planned[0] : 0;
        for (const auto& [key, group] : municipal.groups) {
            QList<Segment> segments;
            qint64 left = group.total;
            while (left > 0) {
                while (leftInYear == 0 && y + 1 < years)
                    leftInYear = plan.planned[++y];
                if (leftInYear == 0) { // the horizon is full: the rest stays overdue
                    segments.append({0, left});
                    summary.unplaced += left;
                    break;
                }
                const qint64 take = std::min(left, leftInYear);
                segments.append({policy.firstYear + y, take});
                leftInYear -= take;
                left -= take;
            }
            const int typesPresent =
                int(std::count_if(group.types.cbegin(), group.types.cend(), [](qint64 n) { return n > 0; }));
            if (segments.size() == 1 || typesPresent == 1) {
                // Whole group in one year, or one type only: the counts say everything.
                int t = 0;
                while (typesPresent == 1 && group.types[t] == 0)
                    ++t;
                for (const Segment& segment : segments) {
                    if (segment.year == 0)
                        continue;
                    TypeCounts& target = perYear[segment.year - policy.firstYear];
                    if (segments.size() == 1) {
                        for (int i = 0; i < DeviceTypeCount; ++i)
                            target[i] += group.types[i];
                    } else {
                        target[t] += segment.count;
                    }
                }
            } else {
                cuts.append({municipalityId, key.first, key.second, group.types, segments});
            }
        }
    }

    // Pass 2: a cut group's devices in tie-break order (last seen, serial, id), to split it by type. The index
    // hands each type's devices over in that order already, so the types are merged, and reading stops where
    // the group's last segment begins: the rest of the group is all in that segment.
    if (!cuts.isEmpty()) {
        // Two forms: "municipality_id IS ?" is SQLite's alone, and "IS NOT DISTINCT FROM" uses no index on
        // PostgreSQL. The order is the index's on SQLite (no sort); another engine is told it (serial is unique,
        // so ties in it are devices without one, as rare as two sightings in the same second).
        const QByteArray order = " ORDER BY last_seen, " + engine.orderTerm(QStringLiteral("serial"), false).toUtf8();
        const QByteArray streamWhere = "SELECT last_seen, serial, id FROM device WHERE state = " + inUse;
        const QByteArray streamSql[2] = {
            streamWhere + " AND municipality_id = ?2 AND type = ?3 AND production_year = ?4 AND " + scope.plannable() +
                order,
            streamWhere + " AND municipality_id IS NULL AND type = ?2 AND production_year = ?3 AND " +
                scope.plannable() + order,
        };
        std::array<std::array<std::unique_ptr<RowReader>, DeviceTypeCount>, 2> allStreams;
        for (int form = 0; form < 2; ++form) {
            for (auto& stream : allStreams[form]) {
                stream = std::make_unique<RowReader>(raw, streamSql[form], RowReader::Reading::Alongside);
                if (!stream->ok()) {
                    failure = stream->errorText();
                    return sqlError();
                }
            }
        }
        struct Head
        {
            QByteArray lastSeen; // ISO text: orders as the time does
            QByteArray serial;
            qint64 id = 0;
            bool valid = false;
        };
        for (const CutGroup& cut : cuts) {
            const bool noMunicipality = cut.municipalityId == 0;
            auto& streams = allStreams[noMunicipality ? 1 : 0];
            std::array<Head, DeviceTypeCount> heads;
            auto advance = [&](int t) -> bool {
                RowReader& s = *streams[t];
                heads[t].valid = s.next();
                if (heads[t].valid) {
                    heads[t].lastSeen = s.utf8(0);
                    heads[t].serial = s.utf8(1);
                    heads[t].id = s.integer(2);
                } else if (s.failed()) {
                    failure = s.errorText();
                }
                return !s.failed();
            };
            for (int t = 0; t < DeviceTypeCount; ++t) {
                if (cut.types[t] == 0)
                    continue;
                RowReader& s = *streams[t];
                s.utf8(1, cutoff);
                int next = 2;
                if (!noMunicipality)
                    s.integer(next++, cut.municipalityId);
                s.integer(next++, t);
                s.integer(next, cut.productionYear);
                if (!s.start() || !advance(t)) {
                    if (failure.isEmpty())
                        failure = s.errorText();
                    return sqlError();
                }
            }
            QList<TypeCounts>& perYear = demand[cut.municipalityId];
            TypeCounts counted{};
            for (qsizetype i = 0; i + 1 < cut.segments.size(); ++i) {
                const Segment& segment = cut.segments[i];
                for (qint64 n = 0; n < segment.count; ++n) {
                    int best = -1;
                    for (int t = 0; t < DeviceTypeCount; ++t) {
                        if (!heads[t].valid)
                            continue;
                        if (best < 0)
                            best = t;
                        else if (std::tie(heads[t].lastSeen, heads[t].serial, heads[t].id) <
                                 std::tie(heads[best].lastSeen, heads[best].serial, heads[best].id))
                            best = t;
                    }
                    if (best < 0)
                        break;
                    ++counted[best];
                    if (segment.year != 0)
                        ++perYear[segment.year - policy.firstYear][best];
                    if (!advance(best))
                        return sqlError();
                }
            }
            const Segment& last = cut.segments.constLast();
            for (int t = 0; t < DeviceTypeCount && last.year != 0; ++t)
                perYear[last.year - policy.firstYear][t] += cut.types[t] - counted[t];
            for (auto& stream : streams)
                stream->finish();
        }
    }

    QList<QList<PlanRow>> blocks;
    for (const auto& [municipalityId, municipal] : perMunicipality) {
        const QString name = municipalityId == 0 ? QCoreApplication::translate("Planner", "(no municipality)")
                                                 : names.value(municipalityId, QString::number(municipalityId));
        blocks.append(Planner::municipalityRows(policy, municipalityId, name, dueCounts[municipalityId],
                                                demand[municipalityId], arrivals.value(municipalityId)));
    }
    summary.rows = Planner::orderRows(std::move(blocks));
    return summary;
}

} // namespace rullering
