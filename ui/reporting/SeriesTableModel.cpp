#include "SeriesTableModel.h"

#include <QDate>
#include <QFont>

namespace rullering {

SeriesTableModel::SeriesTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SeriesTableModel::setTable(const SeriesTable& table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int SeriesTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int SeriesTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QString SeriesTableModel::formatCell(const QVariant& value, bool percent, const QLocale& locale)
{
    if (!value.isValid() || value.isNull())
        return QString();
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return locale.toString(value.toLongLong());
    case QMetaType::Double:
        // Norwegian sets the sign apart ("35,9 %"), English does not ("35.9%").
        if (percent)
            return locale.toString(value.toDouble() * 100.0, 'f', 1) +
                   (locale.language() == QLocale::English ? QStringLiteral("%") : QStringLiteral("\u00a0%"));
        return locale.toString(value.toDouble(), 'f', 0);
    case QMetaType::QDate:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    default:
        return value.toString();
    }
}

QVariant SeriesTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QVariant& value = m_table.rows[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return formatCell(value, index.column() == m_table.percentColumn);
    case Qt::EditRole:
        return value;
    case Qt::TextAlignmentRole:
        return value.typeId() == QMetaType::QString ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (m_table.lastRowIsTotal && index.row() == m_table.rows.size() - 1) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant SeriesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_table.columns.size())
        return m_table.columns[section];
    return {};
}

QString SeriesTableModel::toTabSeparated() const
{
    QString text = m_table.columns.join(u'\t') + u'\n';
    for (const QVariantList& row : m_table.rows) {
        QStringList cells;
        for (qsizetype c = 0; c < m_table.columns.size(); ++c)
            cells.append(formatCell(row.value(c), c == m_table.percentColumn));
        text += cells.join(u'\t') + u'\n';
    }
    return text;
}

} // namespace rullering
