#include "PlanService.h"

#include "PlanCounter.h"
#include "domain/Lifecycle.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace rullering {

QList<PlanRow> PlanSummary::totalsPerYear() const
{
    QList<PlanRow> totals(policy.years);
    for (int y = 0; y < policy.years; ++y)
        totals[y].year = policy.firstYear + y;
    for (const PlanRow& row : rows) {
        const int y = row.year - policy.firstYear;
        if (y < 0 || y >= policy.years)
            continue;
        PlanRow& total = totals[y];
        total.due += row.due;
        total.straight += row.straight;
        total.levelled += row.levelled;
        total.overdueStraight += row.overdueStraight;
        total.overdueLevelled += row.overdueLevelled;
        total.overdue += row.overdue;
        total.demand += row.demand;
        total.supply += row.supply;
        total.toBuy += row.toBuy;
        total.cost += row.cost;
        for (int t = 0; t < DeviceTypeCount; ++t) {
            total.types[t].demand += row.types[t].demand;
            total.types[t].supply += row.types[t].supply;
            total.types[t].toBuy += row.types[t].toBuy;
        }
    }
    return totals;
}

PlanService::PlanService(Database& database)
    : m_database(database)
{}

PlanService::~PlanService() = default;

Status PlanService::load()
{
    Result<PlanInput> input = PlanLoader::load(m_database);
    if (!input)
        return input.error();
    m_input = std::move(input.value());
    m_loaded = true;
    return {};
}

Status PlanService::ensureLoaded()
{
    return m_loaded ? Status() : load();
}

PlanPolicy PlanService::defaultPolicy(const QDate& statusDate)
{
    return PlanPolicy::defaults(statusDate);
}

Result<PlanResult> PlanService::compute(const PlanPolicy& policy)
{
    if (const QString problem = policy.validate(); !problem.isEmpty())
        return Error(problem, Error::Code::Invalid);
    if (Status loaded = ensureLoaded(); !loaded)
        return loaded.error();
    return Planner::compute(m_input, policy);
}

PlanSummary PlanService::summarise(const PlanResult& result)
{
    PlanSummary summary;
    summary.policy = result.policy;
    summary.rows = result.rows;
    summary.collect = result.collect.size();
    summary.needsData = result.needsData.size();
    summary.kept = result.kept;
    summary.excludedPlace = result.excludedPlace;
    summary.excludedType = result.excludedType;
    summary.beyondHorizon = result.beyondHorizon;
    summary.unplaced = result.unplaced;
    return summary;
}

Result<PlanSummary> PlanService::summary(const PlanPolicy& policy, const InUseCensus* census)
{
    // Counted by the database: no million-row load for a table, a chart or a report.
    return PlanCounter::summarise(m_database, policy, census);
}

Result<ProcurementList> PlanService::procurement(const PlanPolicy& policy, int year)
{
    if (year < policy.firstYear || year > policy.lastYear())
        return Error(QCoreApplication::translate("PlanService", "The year %1 is outside the plan (%2–%3).")
                         .arg(year)
                         .arg(policy.firstYear)
                         .arg(policy.lastYear()),
                     Error::Code::Invalid);
    Result<PlanResult> result = compute(policy);
    if (!result)
        return result.error();
    return ProcurementList::build(m_input, result.value(), year);
}

Result<QList<ProgressRow>> PlanService::progress(const PlanPolicy& policy, int year)
{
    Result<PlanSummary> result = summary(policy);
    if (!result)
        return result.error();
    return progress(result.value(), year);
}

Result<QList<ProgressRow>> PlanService::progress(const PlanSummary& summary, int year)
{
    const PlanSummary* result = &summary;
    Result<QSqlQuery> query = runQuery(
        m_database.connection(),
        QStringLiteral("SELECT municipality_id, COUNT(*) FROM device WHERE state = ? AND replaced_on >= ?"
                       " AND replaced_on < ? GROUP BY municipality_id"),
        {static_cast<int>(LifecycleState::Replaced), QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')),
         QStringLiteral("%1-01-01").arg(year + 1, 4, 10, QLatin1Char('0'))});
    if (!query)
        return query.error();
    QHash<qint64, qint64> replaced;
    while (query.value().next())
        replaced.insert(query.value().value(0).toLongLong(), query.value().value(1).toLongLong());

    QList<ProgressRow> rows;
    QSet<qint64> seen;
    for (const PlanRow& row : result->rows) {
        if (row.year != year)
            continue;
        rows.append({row.municipalityId, row.municipality, year, replaced.value(row.municipalityId), row.demand});
        seen.insert(row.municipalityId);
    }
    for (auto it = replaced.cbegin(); it != replaced.cend(); ++it) {
        if (!seen.contains(it.key()))
            rows.append({it.key(), m_input.municipalityName(it.key()), year, it.value(), 0});
    }
    return rows;
}

Result<QList<ScenarioRow>> PlanService::compare(const QList<NamedPolicy>& scenarios)
{
    QList<ScenarioRow> rows;
    for (const NamedPolicy& scenario : scenarios) {
        Result<PlanSummary> result = summary(scenario.policy);
        if (!result)
            return Error(QStringLiteral("%1: %2").arg(scenario.name, result.errorMessage()), result.error().code());
        for (const PlanRow& row : result->rows)
            rows.append({scenario.name, row.municipality, row.year, row.demand, row.toBuy, row.cost, row.overdue});
    }
    return rows;
}

Result<QList<PlanService::DeviceEntry>> PlanService::devices(const PlanResult& plan, qint64 municipalityId, int year,
                                                             PlanStatus status)
{
    if (Status loaded = ensureLoaded(); !loaded)
        return loaded.error();
    struct Pick
    {
        size_t index;
        int planYear;
    };
    QList<Pick> picks;
    for (size_t i = 0; i < m_input.items.size() && i < plan.placements.size(); ++i) {
        const PlanItem& item = m_input.items[i];
        const PlanPlacement& placement = plan.placements[i];
        if (municipalityId >= 0 && item.municipalityId != municipalityId)
            continue;
        if (placement.status != status)
            continue;
        const int planYear = plan.planYear(placement);
        if (status == PlanStatus::Planned && year != 0 && planYear != year)
            continue;
        picks.append({i, planYear});
    }
    // Plan order: the tie-break order of the rules.
    std::sort(picks.begin(), picks.end(), [&](const Pick& a, const Pick& b) {
        const PlanItem& x = m_input.items[a.index];
        const PlanItem& y = m_input.items[b.index];
        const auto keyX = std::tuple(a.planYear, plan.placements[a.index].dueYear, x.productionYear, x.lastSeen);
        const auto keyY = std::tuple(b.planYear, plan.placements[b.index].dueYear, y.productionYear, y.lastSeen);
        if (keyX != keyY)
            return keyX < keyY;
        return x.serial < y.serial;
    });
    QList<qint64> ids;
    ids.reserve(picks.size());
    for (const Pick& pick : picks)
        ids.append(m_input.items[pick.index].id);
    Result<QList<PlanDeviceDetails>> details = PlanLoader::details(m_database, ids);
    if (!details)
        return details.error();
    QHash<qint64, PlanDeviceDetails> byId;
    for (const PlanDeviceDetails& d : details.value())
        byId.insert(d.id, d);
    QList<DeviceEntry> entries;
    entries.reserve(picks.size());
    for (const Pick& pick : picks) {
        const PlanItem& item = m_input.items[pick.index];
        const PlanPlacement& placement = plan.placements[pick.index];
        DeviceEntry entry;
        entry.device = byId.value(item.id);
        entry.status = placement.status;
        entry.dueYear = placement.dueYear;
        entry.planYear = pick.planYear;
        entry.reason = Planner::reason(item, placement, plan.policy);
        entries.append(entry);
    }
    return entries;
}

} // namespace rullering
