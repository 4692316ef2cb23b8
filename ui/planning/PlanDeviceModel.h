#pragma once

#include "planning/PlanService.h"

#include <QAbstractTableModel>

namespace rullering {

// The drill-down: the devices behind a cell of the plan, each with the reason it is there.
class PlanDeviceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SerialColumn,
        HostnameColumn,
        TypeColumn,
        ModelColumn,
        ProductionYearColumn,
        DueYearColumn,
        PlanYearColumn,
        MunicipalityColumn,
        LocationColumn,
        DepartmentColumn,
        LastSeenColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit PlanDeviceModel(QObject* parent = nullptr);
    void setEntries(QList<PlanService::DeviceEntry> entries);
    const QList<PlanService::DeviceEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PlanService::DeviceEntry> m_entries;
};

} // namespace rullering
