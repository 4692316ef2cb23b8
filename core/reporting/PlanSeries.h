#pragma once

#include "SeriesTable.h"
#include "planning/PlanService.h"

#include <QList>
#include <QStringList>

namespace rullering {

// The plan per year, straight against levelled, per municipality — the series behind the plan chart and the
// report's plan summary. Built from the planning engine's summary (already aggregated there).
struct PlanSeries
{
    QList<int> years;
    QList<qint64> municipalityIds;
    QStringList municipalities;
    QList<QList<qint64>> straight; // [municipality][year index]
    QList<QList<qint64>> levelled;
    QList<QList<qint64>> toBuy; // of the plan in effect
    QList<QList<double>> cost;
    bool levelledInEffect = false;

    // municipalityIds empty: every municipality in the summary.
    static PlanSeries fromSummary(const PlanSummary& summary, const QList<qint64>& municipalityIds = {});
    // Sums over the municipalities, or one municipality (index) when index >= 0.
    QList<qint64> straightFor(qsizetype index = -1) const;
    QList<qint64> levelledFor(qsizetype index = -1) const;
    QList<qint64> toBuyFor(qsizetype index = -1) const;
    QList<double> costFor(qsizetype index = -1) const;
    SeriesTable table() const;
};

} // namespace rullering
