#include "Planner.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <map>

namespace rullering {
namespace {

// Consumes `take` devices from the not-yet-planned counts, earliest due first.
void consume(QList<qint64>& remaining, qint64 take)
{
    for (qsizetype i = 0; i < remaining.size() && take > 0; ++i) {
        const qint64 used = std::min(remaining[i], take);
        remaining[i] -= used;
        take -= used;
    }
}

qint64 dueByNow(const QList<qint64>& remaining, qsizetype year)
{
    qint64 sum = 0;
    for (qsizetype i = 0; i <= year; ++i)
        sum += remaining[i];
    return sum;
}

YearAllocation allocate(const QList<qint64>& dueCounts, qint64 capacity, bool levelled)
{
    YearAllocation result;
    QList<qint64> remaining = dueCounts;
    const qsizetype years = dueCounts.size();
    for (qsizetype y = 0; y < years; ++y) {
        qint64 take = dueByNow(remaining, y);
        if (levelled) {
            // r_y = max over k of ceil(R(y, k) / (k + 1)); k = 0 gives every device already due.
            qint64 cumulative = take;
            for (qsizetype k = 1; y + k < years; ++k) {
                cumulative += remaining[y + k];
                take = std::max(take, (cumulative + k) / (k + 1));
            }
        }
        if (capacity > 0)
            take = std::min(take, capacity);
        consume(remaining, take);
        result.planned.append(take);
        result.overdue.append(dueByNow(remaining, y));
    }
    return result;
}

// The tie-break order of the rules: due year, production year, last seen, serial (id only to be total).
struct QueueKey
{
    qint16 due;
    qint16 productionYear;
    qint64 lastSeen;
    qsizetype index;
};

} // namespace

QString PlanInput::municipalityName(qint64 id) const
{
    for (const Municipality& municipality : municipalities) {
        if (municipality.id == id)
            return municipality.name;
    }
    return id == 0 ? QCoreApplication::translate("Planner", "(no municipality)") : QString::number(id);
}

qsizetype PlanResult::rowIndex(qint64 municipalityId, int year) const
{
    const int offset = year - policy.firstYear;
    if (offset < 0 || offset >= policy.years)
        return -1;
    for (qsizetype i = 0; i < rows.size(); i += policy.years) {
        if (rows[i].municipalityId == municipalityId)
            return i + offset;
    }
    return -1;
}

YearAllocation Planner::straight(const QList<qint64>& dueCounts, qint64 capacity)
{
    return allocate(dueCounts, capacity, false);
}

YearAllocation Planner::levelled(const QList<qint64>& dueCounts, qint64 capacity)
{
    return allocate(dueCounts, capacity, true);
}

PlanResult Planner::compute(const PlanInput& input, const PlanPolicy& policy)
{
    PlanResult result;
    result.policy = policy;
    const int years = std::max(policy.years, 1);
    const qint64 cutoff =
        QDateTime(policy.statusDate.addDays(-policy.activityDays), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const auto& items = input.items;
    result.placements.resize(items.size());

    // Scope: sort every device into its list; the planned ones into their municipality's queue.
    std::map<qint64, std::vector<QueueKey>> queues;
    for (const Municipality& municipality : input.municipalities)
        queues[municipality.id];
    for (size_t i = 0; i < items.size(); ++i) {
        const PlanItem& item = items[i];
        PlanPlacement& placement = result.placements[i];
        if (policy.excludes(item.type)) {
            placement.status = PlanStatus::ExcludedType;
            ++result.excludedType;
        } else if (item.keep && policy.excludeKept) {
            placement.status = PlanStatus::Kept;
            ++result.kept;
        } else if (policy.excludedLocations.contains(item.locationId) ||
                   policy.excludedDepartments.contains(item.departmentId)) {
            placement.status = PlanStatus::ExcludedPlace;
            ++result.excludedPlace;
        } else if (item.lastSeen <= 0 || item.lastSeen < cutoff) {
            placement.status = PlanStatus::Collect;
            result.collect.append(qsizetype(i));
        } else if (item.productionYear <= 0) {
            placement.status = PlanStatus::NeedsData;
            result.needsData.append(qsizetype(i));
        } else {
            const int due = policy.dueYear(item.type, item.productionYear);
            if (due > policy.lastYear()) {
                placement.status = PlanStatus::BeyondHorizon;
                ++result.beyondHorizon;
            } else {
                placement.dueYear = qint16(due);
                queues[item.municipalityId].push_back(
                    {qint16(due), qint16(item.productionYear), item.lastSeen, qsizetype(i)});
            }
        }
    }

    const QHash<qint64, QList<TypeCounts>> supply = arrivals(input.supply, policy);
    for (auto it = supply.cbegin(); it != supply.cend(); ++it)
        queues[it.key()];

    QList<QList<PlanRow>> blocks;
    for (auto& [municipalityId, queue] : queues) {
        std::sort(queue.begin(), queue.end(), [&items](const QueueKey& a, const QueueKey& b) {
            if (a.due != b.due)
                return a.due < b.due;
            if (a.productionYear != b.productionYear)
                return a.productionYear < b.productionYear;
            if (a.lastSeen != b.lastSeen)
                return a.lastSeen < b.lastSeen;
            const int bySerial = items[a.index].serial.compare(items[b.index].serial);
            if (bySerial != 0)
                return bySerial < 0;
            return items[a.index].id != items[b.index].id ? items[a.index].id < items[b.index].id : a.index < b.index;
        });
        QList<qint64> dueCounts(years, 0);
        for (const QueueKey& key : queue)
            ++dueCounts[key.due - policy.firstYear];
        const qint64 capacity = policy.capacity(municipalityId);
        const YearAllocation straightPlan = straight(dueCounts, capacity);
        const YearAllocation levelledPlan = levelled(dueCounts, capacity);

        // Both plans take devices off the front of the same ordered queue; only the counts per year differ.
        auto place = [&](const YearAllocation& plan, qint16 PlanPlacement::*year) {
            size_t next = 0;
            for (int y = 0; y < years; ++y) {
                for (qint64 n = 0; n < plan.planned[y]; ++n)
                    result.placements[queue[next++].index].*year = qint16(policy.firstYear + y);
            }
        };
        place(straightPlan, &PlanPlacement::straightYear);
        place(levelledPlan, &PlanPlacement::levelledYear);

        QList<TypeCounts> demand(years, TypeCounts{});
        for (const QueueKey& key : queue) {
            PlanPlacement& placement = result.placements[key.index];
            const int year = result.planYear(placement);
            if (year == 0) {
                placement.status = PlanStatus::Unplaced;
                ++result.unplaced;
                continue;
            }
            ++demand[year - policy.firstYear][static_cast<int>(items[key.index].type)];
        }
        blocks.append(municipalityRows(policy, municipalityId, input.municipalityName(municipalityId), dueCounts,
                                       demand, supply.value(municipalityId)));
    }
    result.rows = orderRows(std::move(blocks));
    return result;
}

QHash<qint64, QList<Planner::TypeCounts>> Planner::arrivals(const QList<SupplyCount>& supply, const PlanPolicy& policy)
{
    QHash<qint64, QList<TypeCounts>> result;
    for (const SupplyCount& count : supply) {
        if (policy.excludes(count.type)) // a phone in stock replaces no PC
            continue;
        int year = policy.firstYear;
        if (!count.stock) {
            if (!count.availableFrom.isValid() || count.availableFrom.year() > policy.lastYear())
                continue;
            year = std::max(policy.firstYear, count.availableFrom.year());
        }
        auto& perYear = result[count.municipalityId];
        if (perYear.isEmpty())
            perYear.resize(policy.years, TypeCounts{});
        perYear[year - policy.firstYear][static_cast<int>(count.type)] += count.count;
    }
    return result;
}

QList<PlanRow> Planner::municipalityRows(const PlanPolicy& policy, qint64 municipalityId, const QString& name,
                                         const QList<qint64>& dueCounts, const QList<TypeCounts>& demand,
                                         const QList<TypeCounts>& arriving)
{
    const qint64 capacity = policy.capacity(municipalityId);
    const YearAllocation straightPlan = straight(dueCounts, capacity);
    const YearAllocation levelledPlan = levelled(dueCounts, capacity);
    QList<PlanRow> rows;
    TypeCounts available{};
    for (int y = 0; y < policy.years; ++y) {
        PlanRow row;
        row.municipalityId = municipalityId;
        row.municipality = name;
        row.year = policy.firstYear + y;
        row.due = dueCounts.value(y);
        row.straight = straightPlan.planned.value(y);
        row.levelled = levelledPlan.planned.value(y);
        row.overdueStraight = straightPlan.overdue.value(y);
        row.overdueLevelled = levelledPlan.overdue.value(y);
        row.overdue = policy.levelled ? row.overdueLevelled : row.overdueStraight;
        row.demand = policy.levelled ? row.levelled : row.straight;
        // Supply: what arrives this year plus what was left over earlier; buy the rest, never a negative number.
        for (int t = 0; t < DeviceTypeCount; ++t) {
            if (y < arriving.size())
                available[t] += arriving[y][t];
            TypeFigures& figures = row.types[t];
            figures.demand = y < demand.size() ? demand[y][t] : 0;
            figures.supply = available[t];
            figures.toBuy = std::max<qint64>(0, figures.demand - available[t]);
            available[t] -= figures.demand - figures.toBuy;
            row.supply += figures.supply;
            row.toBuy += figures.toBuy;
            row.cost += double(figures.toBuy) * policy.standards[t].unitPrice;
        }
        rows.append(row);
    }
    return rows;
}

QList<PlanRow> Planner::orderRows(QList<QList<PlanRow>> blocks)
{
    blocks.removeIf([](const QList<PlanRow>& block) { return block.isEmpty(); });
    std::stable_sort(blocks.begin(), blocks.end(), [](const QList<PlanRow>& a, const QList<PlanRow>& b) {
        return QString::localeAwareCompare(a.constFirst().municipality, b.constFirst().municipality) < 0;
    });
    QList<PlanRow> rows;
    for (const QList<PlanRow>& block : blocks)
        rows.append(block);
    return rows;
}

QString Planner::reason(const PlanItem& item, const PlanPlacement& placement, const PlanPolicy& policy)
{
    const int lifetime = policy.lifetime(item.type);
    switch (placement.status) {
    case PlanStatus::Kept:
        return QCoreApplication::translate("Planner", "Flagged keep: not planned.");
    case PlanStatus::ExcludedPlace:
        return QCoreApplication::translate("Planner", "At an excluded location or in an excluded department.");
    case PlanStatus::ExcludedType:
        return QCoreApplication::translate("Planner", "The plan leaves out devices of type %1.")
            .arg(deviceTypeName(item.type));
    case PlanStatus::Collect:
        if (item.lastSeen <= 0)
            return QCoreApplication::translate("Planner", "Never seen: collect or verify it before replacing it.");
        return QCoreApplication::translate("Planner",
                                           "Last seen %1, more than %2 days before %3: collect or verify it.")
            .arg(QDateTime::fromSecsSinceEpoch(item.lastSeen, Qt::UTC).date().toString(Qt::ISODate))
            .arg(policy.activityDays)
            .arg(policy.statusDate.toString(Qt::ISODate));
    case PlanStatus::NeedsData:
        return QCoreApplication::translate("Planner", "No production year: add it so the device can be planned.");
    case PlanStatus::BeyondHorizon:
        return QCoreApplication::translate("Planner",
                                           "Produced %1, lifetime %2 years: due %3, after the plan's last year %4.")
            .arg(item.productionYear)
            .arg(lifetime)
            .arg(policy.dueYear(item.type, item.productionYear))
            .arg(policy.lastYear());
    case PlanStatus::Unplaced:
        return QCoreApplication::translate("Planner",
                                           "Due %1, but the yearly capacity leaves no room for it before %2: overdue.")
            .arg(placement.dueYear)
            .arg(policy.lastYear());
    case PlanStatus::Planned:
        break;
    }
    const int year = policy.levelled ? placement.levelledYear : placement.straightYear;
    const QString due =
        item.productionYear + lifetime < policy.firstYear
            ? QCoreApplication::translate("Planner",
                                          "Produced %1, lifetime %2 years: overdue already, due in the first year %3.")
                  .arg(item.productionYear)
                  .arg(lifetime)
                  .arg(policy.firstYear)
            : QCoreApplication::translate("Planner", "Produced %1, lifetime %2 years: due %3.")
                  .arg(item.productionYear)
                  .arg(lifetime)
                  .arg(placement.dueYear);
    if (year < placement.dueYear)
        return due + u' ' +
               QCoreApplication::translate("Planner", "Pulled forward to %1 to even out the yearly rate.").arg(year);
    if (year > placement.dueYear)
        return due + u' ' +
               QCoreApplication::translate("Planner", "Carried to %1: the yearly capacity was full (overdue).")
                   .arg(year);
    return due;
}

QString planStatusName(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Planned:
        return QCoreApplication::translate("Planner", "Planned");
    case PlanStatus::BeyondHorizon:
        return QCoreApplication::translate("Planner", "After the horizon");
    case PlanStatus::Collect:
        return QCoreApplication::translate("Planner", "Collect or verify");
    case PlanStatus::NeedsData:
        return QCoreApplication::translate("Planner", "Needs data");
    case PlanStatus::Kept:
        return QCoreApplication::translate("Planner", "Kept");
    case PlanStatus::ExcludedPlace:
        return QCoreApplication::translate("Planner", "Excluded");
    case PlanStatus::ExcludedType:
        return QCoreApplication::translate("Planner", "Type not planned");
    case PlanStatus::Unplaced:
        break;
    }
    return QCoreApplication::translate("Planner", "Overdue");
}

} // namespace rullering
