#include "PlanCounter.h"

#include "PlanLoader.h"
#include "domain/Lifecycle.h"
#include "storage/Database.h"
#include "storage/ReferenceRepository.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <map>
#include <memory>
#include <sqlite3.h>
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

// The scope rules of Planner::compute() as SQL: kept, at an excluded place, then inactive (the activity cutoff
// is parameter 1), then without a production year. Separate sums are much cheaper for SQLite than one CASE
// evaluated per sum.
struct ScopeSql
{
    QByteArray kept;     // "keep <> 0", or "0" when kept devices are planned
    QByteArray excluded; // at an excluded location or department
    QByteArray plannable() const { return "NOT (" + kept + ") AND NOT (" + excluded + ") AND last_seen >= ?1"; }
};

ScopeSql scopeSql(const PlanPolicy& policy)
{
    ScopeSql sql;
    sql.kept = policy.excludeKept ? QByteArray("keep <> 0") : QByteArray("0");
    QList<QByteArray> excluded;
    if (!policy.excludedLocations.isEmpty())
        excluded.append("IFNULL(location_id, 0) IN (" + idList(policy.excludedLocations) + ")");
    if (!policy.excludedDepartments.isEmpty())
        excluded.append("IFNULL(department_id, 0) IN (" + idList(policy.excludedDepartments) + ")");
    sql.excluded = excluded.isEmpty() ? QByteArray("0") : excluded.join(" OR ");
    return sql;
}

class Statement
{
public:
    Statement(sqlite3* db, const QByteArray& sql)
    {
        m_rc = sqlite3_prepare_v2(db, sql.constData(), -1, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3_stmt* get() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
};

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

Result<PlanSummary> PlanCounter::summarise(Database& database, const PlanPolicy& policy)
{
    if (const QString problem = policy.validate(); !problem.isEmpty())
        return Error(problem, Error::Code::Invalid);
    sqlite3* raw = database.sqliteHandle();
    if (!raw)
        return Error(QCoreApplication::translate("PlanCounter", "The plan needs an SQLite database."));
    auto sqlError = [&]() {
        return Error(QCoreApplication::translate("PlanCounter", "Cannot count the devices for the plan: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(raw))));
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

    // Pass 1: counts per municipality, type and production year, by scope category.
    const QByteArray notKept = "NOT (" + scope.kept + ")";
    const QByteArray notExcluded = "NOT (" + scope.excluded + ")";
    Statement counts(raw, "SELECT municipality_id, type, production_year, SUM(" + scope.kept + "), SUM(" + notKept +
                              " AND (" + scope.excluded + ")), SUM(" + notKept + " AND " + notExcluded +
                              " AND (last_seen IS NULL OR last_seen < ?1)), SUM(" + notKept + " AND " + notExcluded +
                              " AND last_seen >= ?1 AND production_year IS NULL), COUNT(*) FROM device WHERE state = " +
                              inUse + " GROUP BY municipality_id, type, production_year");
    if (!counts.ok())
        return sqlError();
    sqlite3_bind_text(counts.get(), 1, cutoff.constData(), int(cutoff.size()), SQLITE_TRANSIENT);
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(counts.get())) == SQLITE_ROW) {
        sqlite3_stmt* s = counts.get();
        const qint64 municipalityId = sqlite3_column_int64(s, 0);
        const int type = std::clamp(sqlite3_column_int(s, 1), 0, 4);
        const int productionYear = sqlite3_column_int(s, 2);
        summary.kept += sqlite3_column_int64(s, 3);
        summary.excludedPlace += sqlite3_column_int64(s, 4);
        summary.collect += sqlite3_column_int64(s, 5);
        summary.needsData += sqlite3_column_int64(s, 6);
        const qint64 plannable = sqlite3_column_int64(s, 7) - sqlite3_column_int64(s, 3) - sqlite3_column_int64(s, 4) -
                                 sqlite3_column_int64(s, 5) - sqlite3_column_int64(s, 6);
        if (plannable == 0)
            continue;
        const int due = policy.dueYear(static_cast<DeviceType>(type), productionYear);
        if (due > policy.lastYear()) {
            summary.beyondHorizon += plannable;
            continue;
        }
        Group& group = perMunicipality[municipalityId].groups[{due, productionYear}];
        group.types[type] += plannable;
        group.total += plannable;
    }
    if (rc != SQLITE_DONE)
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
                        for (int i = 0; i < 5; ++i)
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
        std::array<std::unique_ptr<Statement>, 5> streams;
        for (auto& stream : streams) {
            stream =
                std::make_unique<Statement>(raw, "SELECT last_seen, serial, id FROM device WHERE state = " + inUse +
                                                     " AND municipality_id IS ?2 AND type = ?3 AND"
                                                     " production_year = ?4 AND " +
                                                     scope.plannable());
            if (!stream->ok())
                return sqlError();
        }
        struct Head
        {
            QByteArray lastSeen; // ISO text: orders as the time does
            QByteArray serial;
            qint64 id = 0;
            bool valid = false;
        };
        for (const CutGroup& cut : cuts) {
            std::array<Head, 5> heads;
            auto advance = [&](int t) -> bool {
                sqlite3_stmt* s = streams[t]->get();
                const int step = sqlite3_step(s);
                heads[t].valid = step == SQLITE_ROW;
                if (step == SQLITE_ROW) {
                    const auto* seen = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
                    const auto* serial = reinterpret_cast<const char*>(sqlite3_column_text(s, 1));
                    heads[t].lastSeen = seen ? QByteArray(seen, sqlite3_column_bytes(s, 0)) : QByteArray();
                    heads[t].serial = serial ? QByteArray(serial, sqlite3_column_bytes(s, 1)) : QByteArray();
                    heads[t].id = sqlite3_column_int64(s, 2);
                }
                return step == SQLITE_ROW || step == SQLITE_DONE;
            };
            for (int t = 0; t < 5; ++t) {
                if (cut.types[t] == 0)
                    continue;
                sqlite3_stmt* s = streams[t]->get();
                sqlite3_reset(s);
                sqlite3_bind_text(s, 1, cutoff.constData(), int(cutoff.size()), SQLITE_TRANSIENT);
                if (cut.municipalityId != 0)
                    sqlite3_bind_int64(s, 2, cut.municipalityId);
                else
                    sqlite3_bind_null(s, 2);
                sqlite3_bind_int(s, 3, t);
                sqlite3_bind_int(s, 4, cut.productionYear);
                if (!advance(t))
                    return sqlError();
            }
            QList<TypeCounts>& perYear = demand[cut.municipalityId];
            TypeCounts counted{};
            for (qsizetype i = 0; i + 1 < cut.segments.size(); ++i) {
                const Segment& segment = cut.segments[i];
                for (qint64 n = 0; n < segment.count; ++n) {
                    int best = -1;
                    for (int t = 0; t < 5; ++t) {
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
            for (int t = 0; t < 5 && last.year != 0; ++t)
                perYear[last.year - policy.firstYear][t] += cut.types[t] - counted[t];
            for (auto& stream : streams)
                sqlite3_reset(stream->get());
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
