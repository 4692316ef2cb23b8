#include "PlanSeries.h"

#include <QCoreApplication>
#include <QMap>

namespace rullering {
namespace {

template <typename T>
QList<T> sumOver(const QList<QList<T>>& values, qsizetype years, qsizetype index)
{
    QList<T> result(years, T{});
    for (qsizetype m = 0; m < values.size(); ++m) {
        if (index >= 0 && m != index)
            continue;
        for (qsizetype y = 0; y < years; ++y)
            result[y] += values[m][y];
    }
    return result;
}

} // namespace

PlanSeries PlanSeries::fromSummary(const PlanSummary& summary, const QList<qint64>& municipalityIds)
{
    PlanSeries series;
    series.levelledInEffect = summary.policy.levelled;
    for (int year = summary.policy.firstYear; year <= summary.policy.lastYear(); ++year)
        series.years.append(year);
    for (const PlanRow& row : summary.rows) {
        if (!municipalityIds.isEmpty() && !municipalityIds.contains(row.municipalityId))
            continue;
        qsizetype m = series.municipalityIds.indexOf(row.municipalityId);
        if (m < 0) {
            m = series.municipalityIds.size();
            series.municipalityIds.append(row.municipalityId);
            series.municipalities.append(row.municipality);
            series.straight.append(QList<qint64>(series.years.size(), 0));
            series.levelled.append(QList<qint64>(series.years.size(), 0));
            series.toBuy.append(QList<qint64>(series.years.size(), 0));
            series.cost.append(QList<double>(series.years.size(), 0.0));
        }
        const qsizetype y = series.years.indexOf(row.year);
        if (y < 0)
            continue;
        series.straight[m][y] += row.straight;
        series.levelled[m][y] += row.levelled;
        series.toBuy[m][y] += row.toBuy;
        series.cost[m][y] += row.cost;
    }
    return series;
}

QList<qint64> PlanSeries::straightFor(qsizetype index) const
{
    return sumOver(straight, years.size(), index);
}

QList<qint64> PlanSeries::levelledFor(qsizetype index) const
{
    return sumOver(levelled, years.size(), index);
}

QList<qint64> PlanSeries::toBuyFor(qsizetype index) const
{
    return sumOver(toBuy, years.size(), index);
}

QList<double> PlanSeries::costFor(qsizetype index) const
{
    return sumOver(cost, years.size(), index);
}

SeriesTable PlanSeries::table() const
{
    SeriesTable table;
    table.title = QCoreApplication::translate("PlanSeries", "Replacements per year, straight and levelled plan");
    table.columns = {
        QCoreApplication::translate("PlanSeries", "Municipality"), QCoreApplication::translate("PlanSeries", "Year"),
        QCoreApplication::translate("PlanSeries", "Straight"), QCoreApplication::translate("PlanSeries", "Levelled")};
    for (qsizetype m = 0; m < municipalities.size(); ++m) {
        for (qsizetype y = 0; y < years.size(); ++y)
            table.rows.append({municipalities[m], years[y], straight[m][y], levelled[m][y]});
    }
    const QList<qint64> s = straightFor();
    const QList<qint64> l = levelledFor();
    for (qsizetype y = 0; y < years.size(); ++y)
        table.rows.append({QCoreApplication::translate("PlanSeries", "Total"), years[y], s[y], l[y]});
    return table;
}

} // namespace rullering
