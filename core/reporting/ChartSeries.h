#pragma once

#include "FleetCube.h"
#include "SeriesTable.h"
#include "StatusReport.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace rullering {

// Devices in use on the status date per production year, stacked by municipality or by type.
struct AgeDistribution
{
    enum class StackBy
    {
        Municipality,
        Type,
    };

    StackBy stackBy = StackBy::Type;
    QList<int> years;            // every year from the oldest to the newest present (gaps as zeros); 0 (unknown)
                                 // last when present
    QStringList stacks;          // municipality or type names
    QList<DeviceType> types;     // stacking by type: the type of each stack (to name them in another language)
    QList<QList<qint64>> counts; // counts[stack][year index]

    static AgeDistribution fromCube(const FleetCube& cube, StackBy stackBy);
    // At most maxStacks stacks: the largest maxStacks - 1 and one "Others" stack holding the rest, so a chart of
    // 27 municipalities keeps colours that can be told apart.
    AgeDistribution limitedTo(int maxStacks) const;
    qint64 total() const;
    SeriesTable table() const;
};

// Remaining due devices per week of the status year, from the swap history, against a target line.
// due is the year's work as of the status date (remaining + replaced); at week w the remaining count is due less
// the swaps done by then, so the last point equals the status table's remaining.
struct ProgressSeries
{
    struct Point
    {
        QDate day;
        qint64 remaining = 0;
    };
    struct TargetPoint
    {
        QDate day;
        double remaining = 0;
    };

    int year = 0;
    QDate asOf;
    qint64 due = 0;
    qint64 targetReplaced = 0; // what the target line reaches by 31 December: due, or the plan's count
    QList<Point> actual;       // each week start from 1 January up to the status date, and the status date
    QList<TargetPoint> target; // a straight line from due on 1 January to due - targetReplaced on 31 December

    static ProgressSeries fromCube(const FleetCube& cube, const StatusReport& status, qint64 plannedThisYear = -1);
    // The same actual line against the plan's count for the year (replaced so far + still planned).
    ProgressSeries withPlannedTarget(qint64 plannedThisYear) const;
    SeriesTable table() const;
};

// Active and inactive devices per municipality (from the status table).
struct ActivitySeries
{
    QStringList municipalities;
    QList<qint64> active;
    QList<qint64> inactive;

    static ActivitySeries fromStatus(const StatusReport& status);
    SeriesTable table() const;
};

// The status table as rows: municipality, active, inactive, due, replaced, remaining, share done; total last.
SeriesTable statusTable(const StatusReport& status);

// The name used for devices without a municipality.
QString noMunicipalityName();

} // namespace rullering
