#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace rullering {

// The numbers behind a chart as a plain table: shown next to the chart for screen readers and copying, printed
// in the board report, and checked by the tests. Cells hold qint64 counts, doubles or text.
struct SeriesTable
{
    QString title;
    QStringList columns;
    QList<QVariantList> rows;
    int percentColumn = -1;      // a column of shares 0..1, shown as percentages
    bool lastRowIsTotal = false; // shown in bold
};

} // namespace rullering
