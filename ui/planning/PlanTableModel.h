#pragma once

#include "planning/PlanService.h"

#include <QAbstractTableModel>

namespace rullering {

// The plan as years x municipalities (and a total row), showing one figure at a time, with a last column for
// this year's progress (replaced so far against the plan). Overdue cells are marked in text, not colour alone.
class PlanTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Figure
    {
        Plan, // the plan in effect (straight or levelled)
        Straight,
        Levelled,
        Overdue,
        Supply,
        ToBuy,
        Cost,
    };

    explicit PlanTableModel(QObject* parent = nullptr);

    void setPlan(const PlanSummary& summary, const QList<ProgressRow>& progress, int progressYear);
    void setFigure(Figure figure);
    Figure figure() const { return m_figure; }
    static QString figureName(Figure figure);

    // -1 for the total row.
    qint64 municipalityAt(int row) const;
    // 0 for the progress column.
    int yearAt(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const PlanRow* cell(int row, int column) const;
    double value(const PlanRow& row) const;
    QString tooltip(const PlanRow& row) const;

    PlanSummary m_summary;
    QList<qint64> m_municipalities; // row order
    QList<QString> m_names;         // row order
    QList<PlanRow> m_totals;        // per year
    QHash<qint64, ProgressRow> m_progress;
    ProgressRow m_progressTotal;
    int m_progressYear = 0;
    Figure m_figure = Figure::Plan;
};

} // namespace rullering
