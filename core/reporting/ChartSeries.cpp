#include "ChartSeries.h"

#include "StatusCalculator.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <numeric>

namespace rullering {
namespace {

QString yearLabel(int year)
{
    return year > 0 ? QString::number(year) : QCoreApplication::translate("ChartSeries", "Unknown");
}

} // namespace

QString noMunicipalityName()
{
    return QCoreApplication::translate("ChartSeries", "(no municipality)");
}

SeriesTable statusTable(const StatusReport& status)
{
    SeriesTable table;
    table.title = QCoreApplication::translate("ChartSeries", "Status as of %1").arg(status.asOf.toString(Qt::ISODate));
    table.columns = {QCoreApplication::translate("ChartSeries", "Municipality"),
                     QCoreApplication::translate("ChartSeries", "Active"),
                     QCoreApplication::translate("ChartSeries", "Inactive"),
                     QCoreApplication::translate("ChartSeries", "Due"),
                     QCoreApplication::translate("ChartSeries", "Replaced"),
                     QCoreApplication::translate("ChartSeries", "Remaining"),
                     QCoreApplication::translate("ChartSeries", "Share done")};
    auto row = [](const QString& name, const StatusCounts& c) {
        return QVariantList{name,
                            c.active,
                            c.inactive,
                            c.due(),
                            c.replaced,
                            c.remaining,
                            c.due() > 0 ? QVariant(c.shareDone()) : QVariant()};
    };
    for (const StatusRow& r : status.rows)
        table.rows.append(row(r.municipalityId == 0 ? noMunicipalityName() : r.municipality, r.counts));
    table.rows.append(row(QCoreApplication::translate("ChartSeries", "Total"), status.total));
    table.percentColumn = 6;
    table.lastRowIsTotal = true;
    return table;
}

AgeDistribution AgeDistribution::fromCube(const FleetCube& cube, StackBy stackBy)
{
    AgeDistribution result;
    result.stackBy = stackBy;
    QMap<int, bool> years;
    QMap<QString, QMap<int, qint64>> byStack;
    for (const FleetCube::Cell& cell : cube.cells) {
        if (cell.inUse == 0)
            continue;
        QString stack;
        if (stackBy == StackBy::Type) {
            stack = deviceTypeName(cell.type);
        } else {
            stack = cube.municipalityNames.value(cell.municipalityId);
            if (stack.isEmpty())
                stack = noMunicipalityName();
        }
        years.insert(cell.productionYear, true);
        byStack[stack][cell.productionYear] += cell.inUse;
    }
    // A continuous axis from the oldest to the newest known year: a year without devices is shown as zero, not
    // left out (the bars would otherwise sit side by side as if 2024 were followed by 2026).
    const auto firstKnown = years.lowerBound(1);
    if (firstKnown != years.cend()) {
        const int newest = years.lastKey();
        for (int year = firstKnown.key(); year <= newest; ++year)
            result.years.append(year);
    }
    if (years.contains(0))
        result.years.append(0);

    if (stackBy == StackBy::Type) {
        for (DeviceType type : allDeviceTypes()) {
            if (byStack.contains(deviceTypeName(type))) {
                result.stacks.append(deviceTypeName(type));
                result.types.append(type);
            }
        }
    } else {
        result.stacks = byStack.keys();
        QCollator collator{QLocale(QLocale::NorwegianBokmal, QLocale::Norway)};
        std::sort(result.stacks.begin(), result.stacks.end(),
                  [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    }
    for (const QString& stack : std::as_const(result.stacks)) {
        QList<qint64> row;
        for (int year : std::as_const(result.years))
            row.append(byStack[stack].value(year));
        result.counts.append(row);
    }
    return result;
}

AgeDistribution AgeDistribution::limitedTo(int maxStacks) const
{
    if (maxStacks < 2 || stacks.size() <= maxStacks)
        return *this;
    QList<int> order(stacks.size());
    std::iota(order.begin(), order.end(), 0);
    auto sum = [&](int i) {
        return std::accumulate(counts[i].cbegin(), counts[i].cend(), qint64(0));
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return sum(a) > sum(b); });
    QList<int> kept = order.mid(0, maxStacks - 1);
    std::sort(kept.begin(), kept.end()); // keep the original (alphabetical) order among the largest
    AgeDistribution limited;
    limited.stackBy = stackBy;
    limited.years = years;
    for (int i : std::as_const(kept)) {
        limited.stacks.append(stacks[i]);
        if (i < types.size())
            limited.types.append(types[i]);
        limited.counts.append(counts[i]);
    }
    QList<qint64> others(years.size(), 0);
    for (int i : order.mid(maxStacks - 1)) {
        for (qsizetype y = 0; y < years.size(); ++y)
            others[y] += counts[i][y];
    }
    limited.stacks.append(stackBy == StackBy::Municipality
                              ? QCoreApplication::translate("ChartSeries", "Other municipalities")
                              : QCoreApplication::translate("ChartSeries", "Other types"));
    limited.counts.append(others);
    return limited;
}

qint64 AgeDistribution::total() const
{
    qint64 sum = 0;
    for (const QList<qint64>& row : counts)
        sum = std::accumulate(row.cbegin(), row.cend(), sum);
    return sum;
}

SeriesTable AgeDistribution::table() const
{
    SeriesTable table;
    table.title =
        stackBy == StackBy::Type
            ? QCoreApplication::translate("ChartSeries", "Devices in use per production year and type")
            : QCoreApplication::translate("ChartSeries", "Devices in use per production year and municipality");
    table.columns.append(QCoreApplication::translate("ChartSeries", "Production year"));
    table.columns += stacks;
    table.columns.append(QCoreApplication::translate("ChartSeries", "Total"));
    for (qsizetype y = 0; y < years.size(); ++y) {
        QVariantList row{yearLabel(years[y])};
        qint64 sum = 0;
        for (qsizetype s = 0; s < stacks.size(); ++s) {
            row.append(counts[s][y]);
            sum += counts[s][y];
        }
        row.append(sum);
        table.rows.append(row);
    }
    return table;
}

ProgressSeries ProgressSeries::fromCube(const FleetCube& cube, const StatusReport& status, qint64 plannedThisYear)
{
    ProgressSeries series;
    series.year = cube.asOf.year();
    series.asOf = cube.asOf;
    series.due = status.total.due();
    series.targetReplaced = plannedThisYear >= 0 ? qMin(plannedThisYear, series.due) : series.due;

    QMap<QDate, qint64> swapsPerDay;
    for (const FleetCube::SwapDay& swap : cube.swaps)
        swapsPerDay[swap.day] += swap.count;

    const QDate first(series.year, 1, 1);
    const QDate last(series.year, 12, 31);
    QList<QDate> days;
    for (QDate day = first; day <= last; day = day.addDays(7))
        days.append(day);
    if (days.constLast() != last)
        days.append(last);

    auto doneBy = [&](const QDate& day) {
        qint64 done = 0;
        for (auto it = swapsPerDay.cbegin(); it != swapsPerDay.cend() && it.key() <= day; ++it)
            done += it.value();
        return done;
    };
    const double span = double(first.daysTo(last));
    for (const QDate& day : std::as_const(days)) {
        if (day < series.asOf)
            series.actual.append({day, series.due - doneBy(day)});
        series.target.append(
            {day, double(series.due) - double(series.targetReplaced) * double(first.daysTo(day)) / span});
    }
    series.actual.append({series.asOf, series.due - doneBy(series.asOf)});
    return series;
}

ProgressSeries ProgressSeries::withPlannedTarget(qint64 plannedThisYear) const
{
    ProgressSeries series = *this;
    series.targetReplaced = plannedThisYear >= 0 ? qMin(plannedThisYear, due) : due;
    const QDate first(year, 1, 1);
    const double span = double(first.daysTo(QDate(year, 12, 31)));
    for (TargetPoint& point : series.target)
        point.remaining = double(due) - double(series.targetReplaced) * double(first.daysTo(point.day)) / span;
    return series;
}

SeriesTable ProgressSeries::table() const
{
    SeriesTable table;
    table.title = QCoreApplication::translate("ChartSeries", "Remaining due devices in %1").arg(year);
    table.columns = {QCoreApplication::translate("ChartSeries", "Date"),
                     QCoreApplication::translate("ChartSeries", "Remaining"),
                     QCoreApplication::translate("ChartSeries", "Target")};
    QMap<QDate, QVariantList> rows;
    for (const TargetPoint& point : target)
        rows[point.day] = {point.day, QVariant(), qRound64(point.remaining)};
    for (const Point& point : actual) {
        QVariantList& row = rows[point.day];
        if (row.isEmpty()) {
            const QDate first(year, 1, 1);
            const double span = double(first.daysTo(QDate(year, 12, 31)));
            row = {point.day, QVariant(),
                   qRound64(double(due) - double(targetReplaced) * double(first.daysTo(point.day)) / span)};
        }
        row[1] = point.remaining;
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        table.rows.append(it.value());
    return table;
}

ActivitySeries ActivitySeries::fromStatus(const StatusReport& status)
{
    ActivitySeries series;
    for (const StatusRow& row : status.rows) {
        series.municipalities.append(row.municipalityId == 0 ? noMunicipalityName() : row.municipality);
        series.active.append(row.counts.active);
        series.inactive.append(row.counts.inactive);
    }
    return series;
}

SeriesTable ActivitySeries::table() const
{
    SeriesTable table;
    table.title = QCoreApplication::translate("ChartSeries", "Active and inactive devices per municipality");
    table.columns = {QCoreApplication::translate("ChartSeries", "Municipality"),
                     QCoreApplication::translate("ChartSeries", "Active"),
                     QCoreApplication::translate("ChartSeries", "Inactive")};
    for (qsizetype i = 0; i < municipalities.size(); ++i)
        table.rows.append({municipalities[i], active[i], inactive[i]});
    return table;
}

} // namespace rullering
