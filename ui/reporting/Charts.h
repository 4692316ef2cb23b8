#pragma once

#include "reporting/ChartSeries.h"
#include "reporting/PlanSeries.h"

#include <QColor>
#include <QList>
#include <QLocale>

class QChart;

namespace rullering::charts {

// The Okabe–Ito palette, ordered for contrast on white: colours that stay distinct with the common forms of
// colour blindness. Charts never need more than these eight (AgeDistribution::limitedTo(8)).
const QList<QColor>& palette();

// Each builder returns a new chart (the caller owns it). Hovering a bar or a point shows its values.
QChart* ageChart(const AgeDistribution& age);
// The x axis is the year's months, named in locale's language (ticks spaced evenly in time fell on 02.03, 02.05).
QChart* progressChart(const ProgressSeries& progress, const QLocale& locale = QLocale());
QChart* activityChart(const ActivitySeries& activity);
// municipality: an index into plan.municipalities, or -1 for all together.
QChart* planChart(const PlanSeries& plan, qsizetype municipality);

} // namespace rullering::charts
