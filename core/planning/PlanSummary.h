#pragma once

#include "PlanPolicy.h"
#include "Planner.h"

#include <QList>

namespace rullering {

// The summary of a plan, for tables, charts and the board report: one row per municipality and plan year
// (straight, levelled, overdue, demand, supply, to buy, cost — see PlanRow), plus the devices left out and why.
struct PlanSummary
{
    PlanPolicy policy;
    QList<PlanRow> rows; // municipalities by name, then year; every year of the horizon
    qint64 collect = 0;  // in use but not seen within the activity window
    qint64 needsData = 0;
    qint64 kept = 0;
    qint64 excludedPlace = 0;
    qint64 excludedType = 0; // of a type the plan leaves out (phones and servers by default)
    qint64 beyondHorizon = 0;
    qint64 unplaced = 0;

    // Per year over all municipalities (index = year - policy.firstYear).
    QList<PlanRow> totalsPerYear() const;
};

} // namespace rullering
