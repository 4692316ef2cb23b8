#pragma once

#include "reporting/SeriesTable.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace rullering {

// A chart's numbers (or the status table) as a read-only table: numbers formatted in the locale, aligned right;
// the total row in bold. EditRole gives the raw value, for sorting and copying.
class SeriesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit SeriesTableModel(QObject* parent = nullptr);

    void setTable(const SeriesTable& table);
    const SeriesTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The table as tab-separated text with a header line, for the clipboard (pastes into Excel as cells).
    QString toTabSeparated() const;

    // A cell's text as shown: locale numbers, percentages, dates.
    static QString formatCell(const QVariant& value, bool percent, const QLocale& locale = QLocale());

private:
    SeriesTable m_table;
};

} // namespace rullering
