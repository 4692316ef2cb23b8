#include "PlanTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace rullering {

PlanTableModel::PlanTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PlanTableModel::setPlan(const PlanSummary& summary, const QList<ProgressRow>& progress, int progressYear)
{
    beginResetModel();
    m_summary = summary;
    m_municipalities.clear();
    m_names.clear();
    for (qsizetype i = 0; i < summary.rows.size(); i += std::max(1, summary.policy.years)) {
        m_municipalities.append(summary.rows[i].municipalityId);
        m_names.append(summary.rows[i].municipality);
    }
    m_totals = summary.totalsPerYear();
    m_progress.clear();
    m_progressTotal = ProgressRow();
    m_progressYear = progressYear;
    for (const ProgressRow& row : progress) {
        m_progress.insert(row.municipalityId, row);
        m_progressTotal.replaced += row.replaced;
        m_progressTotal.remaining += row.remaining;
    }
    endResetModel();
}

void PlanTableModel::setFigure(Figure figure)
{
    if (figure == m_figure)
        return;
    m_figure = figure;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QString PlanTableModel::figureName(Figure figure)
{
    switch (figure) {
    case Figure::Plan:
        return tr("Devices to replace");
    case Figure::Straight:
        return tr("Straight plan");
    case Figure::Levelled:
        return tr("Levelled plan");
    case Figure::Overdue:
        return tr("Overdue");
    case Figure::Supply:
        return tr("Supply (stock and pools)");
    case Figure::ToBuy:
        return tr("To buy");
    case Figure::Cost:
        break;
    }
    return tr("Cost (NOK)");
}

qint64 PlanTableModel::municipalityAt(int row) const
{
    return row >= 0 && row < m_municipalities.size() ? m_municipalities[row] : -1;
}

int PlanTableModel::yearAt(int column) const
{
    return column >= 0 && column < m_summary.policy.years ? m_summary.policy.firstYear + column : 0;
}

int PlanTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_summary.policy.years == 0 ? 0 : int(m_municipalities.size()) + 1;
}

int PlanTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_summary.policy.years + 1;
}

const PlanRow* PlanTableModel::cell(int row, int column) const
{
    if (column < 0 || column >= m_summary.policy.years)
        return nullptr;
    if (row == m_municipalities.size())
        return column < m_totals.size() ? &m_totals[column] : nullptr;
    const qsizetype index = qsizetype(row) * m_summary.policy.years + column;
    return row >= 0 && index < m_summary.rows.size() ? &m_summary.rows[index] : nullptr;
}

double PlanTableModel::value(const PlanRow& row) const
{
    switch (m_figure) {
    case Figure::Plan:
        return double(row.demand);
    case Figure::Straight:
        return double(row.straight);
    case Figure::Levelled:
        return double(row.levelled);
    case Figure::Overdue:
        return double(row.overdue);
    case Figure::Supply:
        return double(row.supply);
    case Figure::ToBuy:
        return double(row.toBuy);
    case Figure::Cost:
        break;
    }
    return row.cost;
}

QString PlanTableModel::tooltip(const PlanRow& row) const
{
    const QLocale locale;
    return tr("%1 %2\nDue this year: %3\nStraight plan: %4\nLevelled plan: %5\nOverdue at the end of the year: %6\n"
              "Supply available: %7\nTo buy: %8\nCost: %9 NOK")
        .arg(row.municipality.isEmpty() ? tr("All municipalities") : row.municipality)
        .arg(row.year)
        .arg(locale.toString(row.due), locale.toString(row.straight), locale.toString(row.levelled),
             locale.toString(row.overdue), locale.toString(row.supply), locale.toString(row.toBuy),
             locale.toString(row.cost, 'f', 0));
}

QVariant PlanTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const QLocale locale;
    const bool totalRow = index.row() == m_municipalities.size();
    if (index.column() == m_summary.policy.years) { // progress
        const ProgressRow progress = totalRow ? m_progressTotal : m_progress.value(municipalityAt(index.row()));
        if (role == Qt::DisplayRole) {
            const qint64 planned = progress.planned();
            const int percent = planned > 0 ? int(progress.replaced * 100 / planned) : 0;
            return tr("%1 of %2 (%3%)").arg(locale.toString(progress.replaced), locale.toString(planned)).arg(percent);
        }
        if (role == Qt::ToolTipRole)
            return tr("Replaced in %1 so far: %2. Still planned for %1: %3. With the straight plan and no capacity "
                      "limit, this is the Status and Swap pages' \"still to replace\"; levelling pulls devices "
                      "forward into the year, a capacity carries some on.")
                .arg(m_progressYear)
                .arg(progress.replaced)
                .arg(progress.remaining);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const PlanRow* row = cell(index.row(), index.column());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const double v = value(*row);
        QString text = m_figure == Figure::Cost ? locale.toString(v, 'f', 0) : locale.toString(qint64(v));
        if (m_figure == Figure::Plan && row->overdue > 0)
            text += u' ' + tr("(%1 overdue)").arg(locale.toString(row->overdue));
        return text;
    }
    case Qt::EditRole:
        return value(*row);
    case Qt::ToolTipRole: {
        PlanRow named = *row;
        if (totalRow)
            named.municipality.clear();
        return tooltip(named);
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (row->overdue > 0 && (m_figure == Figure::Plan || m_figure == Figure::Overdue))
            return QBrush(QColor(0xb0, 0x00, 0x20)); // also said in the text: never colour alone
        return {};
    case Qt::FontRole:
        if (totalRow) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section == m_summary.policy.years)
            return tr("Replaced %1").arg(m_progressYear);
        return QString::number(m_summary.policy.firstYear + section);
    }
    return section < m_names.size() ? m_names[section] : tr("Total");
}

} // namespace rullering
