#include "Charts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace rullering::charts {
namespace {

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // a refresh must be instant, and printing must not catch a frame
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    chart->setLocalizeNumbers(true); // "12 000" in Norwegian, "12,000" in English
    chart->setLocale(QLocale());
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QBarSet* newBarSet(const QString& label, qsizetype colourIndex, const QList<qint64>& values)
{
    auto* set = new QBarSet(label);
    set->setColor(palette()[colourIndex % palette().size()]);
    set->setBorderColor(Qt::white);
    for (qint64 v : values)
        set->append(double(v));
    return set;
}

// Hovering a bar shows its set, its category and its value.
void showBarToolTips(QBarSet* set, const QStringList& categories)
{
    QObject::connect(set, &QBarSet::hovered, set, [set, categories](bool status, int index) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), QStringLiteral("%1 – %2: %3")
                                               .arg(set->label(), categories.value(index),
                                                    QLocale().toString(qint64(std::llround(set->at(index))))));
    });
}

QValueAxis* countAxis(double maximum)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, maximum > 0 ? maximum * 1.05 : 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->applyNiceNumbers();
    axis->setTitleText(QCoreApplication::translate("Charts", "Devices"));
    return axis;
}

} // namespace

const QList<QColor>& palette()
{
    static const QList<QColor> colours = {
        QColor(0x00, 0x72, 0xB2), // blue
        QColor(0xE6, 0x9F, 0x00), // orange
        QColor(0x00, 0x9E, 0x73), // bluish green
        QColor(0xD5, 0x5E, 0x00), // vermillion
        QColor(0x56, 0xB4, 0xE9), // sky blue
        QColor(0xCC, 0x79, 0xA7), // reddish purple
        QColor(0xF0, 0xE4, 0x42), // yellow
        QColor(0x00, 0x00, 0x00), // black
    };
    return colours;
}

QChart* ageChart(const AgeDistribution& age)
{
    const AgeDistribution shown = age.limitedTo(int(palette().size()));
    QChart* chart =
        newChart(shown.stackBy == AgeDistribution::StackBy::Type
                     ? QCoreApplication::translate("Charts", "Devices in use per production year, by type")
                     : QCoreApplication::translate("Charts", "Devices in use per production year, by municipality"));
    QStringList categories;
    for (int year : shown.years)
        categories.append(year > 0 ? QString::number(year) : QCoreApplication::translate("Charts", "Unknown"));
    auto* series = new QStackedBarSeries;
    QList<qint64> totals(shown.years.size(), 0);
    for (qsizetype s = 0; s < shown.stacks.size(); ++s) {
        QBarSet* set = newBarSet(shown.stacks[s], s, shown.counts[s]);
        showBarToolTips(set, categories);
        series->append(set);
        for (qsizetype y = 0; y < shown.years.size(); ++y)
            totals[y] += shown.counts[s][y];
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(QCoreApplication::translate("Charts", "Production year"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = countAxis(totals.isEmpty() ? 0 : double(*std::max_element(totals.cbegin(), totals.cend())));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

QChart* progressChart(const ProgressSeries& progress, const QLocale& locale)
{
    QChart* chart = newChart(QCoreApplication::translate("Charts", "Remaining due devices in %1").arg(progress.year));
    auto* actual = new QLineSeries;
    actual->setName(QCoreApplication::translate("Charts", "Remaining"));
    QPen actualPen(palette()[0]);
    actualPen.setWidthF(2.5);
    actual->setPen(actualPen);
    actual->setPointsVisible(true);
    for (const auto& point : progress.actual)
        actual->append(double(QDateTime(point.day, QTime(12, 0)).toMSecsSinceEpoch()), double(point.remaining));
    auto* target = new QLineSeries;
    target->setName(progress.targetReplaced == progress.due
                        ? QCoreApplication::translate("Charts", "Target (all due by 31 December)")
                        : QCoreApplication::translate("Charts", "Target (the plan)"));
    QPen targetPen(palette()[3]);
    targetPen.setWidthF(2);
    targetPen.setStyle(Qt::DashLine); // told apart by the dash too, not by colour alone
    target->setPen(targetPen);
    for (const auto& point : progress.target)
        target->append(double(QDateTime(point.day, QTime(12, 0)).toMSecsSinceEpoch()), point.remaining);
    for (QLineSeries* line : {actual, target}) {
        QObject::connect(line, &QLineSeries::hovered, line, [line](const QPointF& point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            // The nearest point of the line, not the cursor's position between two points.
            const QList<QPointF> points = line->points();
            QPointF nearest = point;
            double best = -1;
            for (const QPointF& p : points) {
                const double d = std::abs(p.x() - point.x());
                if (best < 0 || d < best) {
                    best = d;
                    nearest = p;
                }
            }
            const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(nearest.x())).date();
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1 %2: %3")
                                                   .arg(line->name(), QLocale().toString(day, QLocale::ShortFormat),
                                                        QLocale().toString(qint64(std::llround(nearest.y())))));
        });
        chart->addSeries(line);
    }
    // One band per month, its name in the middle and a grid line where it starts.
    const auto at = [](const QDate& day) {
        return double(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch());
    };
    auto* x = new QCategoryAxis;
    x->setObjectName(QStringLiteral("monthAxis"));
    x->setStartValue(at(QDate(progress.year, 1, 1)));
    for (int month = 1; month <= 12; ++month)
        x->append(locale.monthName(month, QLocale::ShortFormat), at(QDate(progress.year, month, 1).addMonths(1)));
    x->setRange(at(QDate(progress.year, 1, 1)), at(QDate(progress.year + 1, 1, 1)));
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis* y = countAxis(double(progress.due));
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* line : {actual, target}) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    return chart;
}

QChart* activityChart(const ActivitySeries& activity)
{
    QChart* chart = newChart(QCoreApplication::translate("Charts", "Active and inactive devices per municipality"));
    auto* series = new QHorizontalStackedBarSeries;
    // Bars are drawn bottom-up; reverse so the list reads from the top in the table's order.
    QStringList categories = activity.municipalities;
    std::reverse(categories.begin(), categories.end());
    QList<qint64> active = activity.active;
    QList<qint64> inactive = activity.inactive;
    std::reverse(active.begin(), active.end());
    std::reverse(inactive.begin(), inactive.end());
    QBarSet* activeSet = newBarSet(QCoreApplication::translate("Charts", "Active"), 0, active);
    QBarSet* inactiveSet = newBarSet(QCoreApplication::translate("Charts", "Inactive"), 1, inactive);
    showBarToolTips(activeSet, categories);
    showBarToolTips(inactiveSet, categories);
    series->append(activeSet);
    series->append(inactiveSet);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    qint64 maximum = 0;
    for (qsizetype i = 0; i < active.size(); ++i)
        maximum = qMax(maximum, active[i] + inactive[i]);
    QValueAxis* x = countAxis(double(maximum));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    return chart;
}

QChart* planChart(const PlanSeries& plan, qsizetype municipality)
{
    const QString scope = municipality >= 0 && municipality < plan.municipalities.size()
                              ? plan.municipalities[municipality]
                              : QCoreApplication::translate("Charts", "all municipalities");
    QChart* chart =
        newChart(QCoreApplication::translate("Charts", "The plan per year, straight and levelled (%1)").arg(scope));
    QStringList categories;
    for (int year : plan.years)
        categories.append(QString::number(year));
    const QList<qint64> straight = plan.straightFor(municipality);
    const QList<qint64> levelled = plan.levelledFor(municipality);
    auto* series = new QBarSeries;
    QBarSet* straightSet = newBarSet(QCoreApplication::translate("Charts", "Straight"), 0, straight);
    QBarSet* levelledSet = newBarSet(QCoreApplication::translate("Charts", "Levelled"), 1, levelled);
    showBarToolTips(straightSet, categories);
    showBarToolTips(levelledSet, categories);
    series->append(straightSet);
    series->append(levelledSet);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    qint64 maximum = 0;
    for (qsizetype i = 0; i < straight.size(); ++i)
        maximum = qMax(maximum, qMax(straight[i], levelled[i]));
    QValueAxis* y = countAxis(double(maximum));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

} // namespace rullering::charts
