#pragma once

#include "PlanInput.h"
#include "PlanPolicy.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace rullering {

// Why a device is, or is not, in the plan.
enum class PlanStatus : quint8
{
    Planned,       // in the plan within the horizon
    BeyondHorizon, // due after the last plan year
    Collect,       // not seen within the activity window: collect or verify, do not replace
    NeedsData,     // no production year
    Kept,          // flagged keep
    ExcludedPlace, // at an excluded location or in an excluded department
    ExcludedType,  // of a type the plan leaves out (phones and servers by default)
    Unplaced,      // due within the horizon but the capacity left no room before the horizon ended
};

// Where one device lands. Parallel to PlanInput::items.
struct PlanPlacement
{
    PlanStatus status = PlanStatus::Planned;
    qint16 dueYear = 0;      // 0 unless planned or unplaced
    qint16 straightYear = 0; // 0: not in the straight plan within the horizon
    qint16 levelledYear = 0; // 0: not in the levelled plan within the horizon
};

// Counts for one device type in one municipality and year, of the plan in effect.
struct TypeFigures
{
    qint64 demand = 0; // devices to replace
    qint64 supply = 0; // supply available this year: arriving now plus left over from earlier years
    qint64 toBuy = 0;  // max(0, demand - supply)
};

// One municipality and year of a plan.
struct PlanRow
{
    qint64 municipalityId = 0;
    QString municipality;
    int year = 0;
    qint64 due = 0;             // devices whose due year this is (before any capacity or levelling)
    qint64 straight = 0;        // devices replaced this year in the straight plan
    qint64 levelled = 0;        // ... in the levelled plan
    qint64 overdueStraight = 0; // due this year or earlier but carried past it by the capacity
    qint64 overdueLevelled = 0;
    qint64 overdue = 0; // of the plan in effect
    qint64 demand = 0;  // of the plan in effect (= straight or levelled)
    qint64 supply = 0;  // sum over types of TypeFigures::supply
    qint64 toBuy = 0;   // sum over types of TypeFigures::toBuy
    double cost = 0;    // sum over types of toBuy x unit price
    std::array<TypeFigures, DeviceTypeCount> types{};
};

struct PlanResult
{
    PlanPolicy policy;
    QList<PlanRow> rows; // one per municipality and year of the horizon; municipalities by name, then year
    std::vector<PlanPlacement> placements; // parallel to PlanInput::items
    QList<qsizetype> collect;              // indexes into PlanInput::items
    QList<qsizetype> needsData;            // indexes into PlanInput::items
    qint64 kept = 0;
    qint64 excludedPlace = 0;
    qint64 excludedType = 0; // in use, of a type the plan leaves out
    qint64 beyondHorizon = 0;
    qint64 unplaced = 0; // overdue at the end of the horizon

    // Row index for (municipality, year), or -1.
    qsizetype rowIndex(qint64 municipalityId, int year) const;
    // The plan year of a placement in the plan in effect (0: none).
    int planYear(const PlanPlacement& placement) const
    {
        return policy.levelled ? placement.levelledYear : placement.straightYear;
    }
};

// How many devices each year takes, and how many are left overdue at its end.
struct YearAllocation
{
    QList<qint64> planned;
    QList<qint64> overdue;
};

// The planning rules of issue 5, as pure functions.
class Planner
{
public:
    // dueCounts[i]: devices due in year firstYear + i (index 0 includes every device due earlier).
    // capacity 0: no limit.
    static YearAllocation straight(const QList<qint64>& dueCounts, qint64 capacity = 0);
    // Year y takes r_y = max over k of ceil(R(y,k) / (k+1)) (limited by the capacity), R(y,k) being the devices
    // not yet planned that are due in y+k or earlier.
    static YearAllocation levelled(const QList<qint64>& dueCounts, qint64 capacity = 0);

    // The whole plan: scope, both plans per municipality with the tie-break order (due year, production year,
    // last seen, serial) deciding which devices are pulled forward or carried, supply and buying.
    static PlanResult compute(const PlanInput& input, const PlanPolicy& policy);

    // A sentence saying why the device is where it is in the plan, for the drill-down.
    static QString reason(const PlanItem& item, const PlanPlacement& placement, const PlanPolicy& policy);

    // Building blocks shared by compute() (device level) and PlanCounter (counts from the database), so that
    // both give the same rows.
    using TypeCounts = std::array<qint64, DeviceTypeCount>; // indexed by DeviceType
    // Supply arriving per municipality and plan year: stock in the first year, a pool in its date's year.
    static QHash<qint64, QList<TypeCounts>> arrivals(const QList<SupplyCount>& supply, const PlanPolicy& policy);
    // One municipality's rows: both plans from dueCounts, the plan in effect's demand per type and year, then
    // supply (left-over supply carries to later years) and buying.
    static QList<PlanRow> municipalityRows(const PlanPolicy& policy, qint64 municipalityId, const QString& name,
                                           const QList<qint64>& dueCounts, const QList<TypeCounts>& demand,
                                           const QList<TypeCounts>& arriving);
    // Orders blocks of municipality rows by municipality name and concatenates them.
    static QList<PlanRow> orderRows(QList<QList<PlanRow>> blocks);
};

QString planStatusName(PlanStatus status);

} // namespace rullering
