#include "PlanDeviceModel.h"

#include <QLocale>

namespace rullering {

PlanDeviceModel::PlanDeviceModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PlanDeviceModel::setEntries(QList<PlanService::DeviceEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int PlanDeviceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PlanDeviceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanDeviceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const PlanService::DeviceEntry& entry = m_entries[index.row()];
    const PlanDeviceDetails& d = entry.device;
    if (role == Qt::ToolTipRole)
        return entry.reason;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case ProductionYearColumn:
        case DueYearColumn:
        case PlanYearColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    auto year = [](int y) {
        return y > 0 ? QString::number(y) : QString();
    };
    switch (index.column()) {
    case SerialColumn:
        return d.serial;
    case HostnameColumn:
        return d.hostname;
    case TypeColumn:
        return deviceTypeName(d.type);
    case ModelColumn:
        // Exports often repeat the manufacturer in the model ("HP EliteBook 840"): do not show it twice.
        return d.manufacturer.isEmpty() || d.model.startsWith(d.manufacturer, Qt::CaseInsensitive)
                   ? d.model
                   : d.manufacturer + u' ' + d.model;
    case ProductionYearColumn:
        return year(d.productionYear);
    case DueYearColumn:
        return year(entry.dueYear);
    case PlanYearColumn:
        return year(entry.planYear);
    case MunicipalityColumn:
        return d.municipality;
    case LocationColumn:
        return d.location;
    case DepartmentColumn:
        return d.department;
    case LastSeenColumn:
        return d.lastSeen.isValid() ? QLocale().toString(d.lastSeen.toLocalTime().date(), QLocale::ShortFormat)
                                    : tr("never");
    case ReasonColumn:
        return entry.reason;
    default:
        return {};
    }
}

QVariant PlanDeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SerialColumn:
        return tr("Serial number");
    case HostnameColumn:
        return tr("Device name");
    case TypeColumn:
        return tr("Type");
    case ModelColumn:
        return tr("Model");
    case ProductionYearColumn:
        return tr("Production year");
    case DueYearColumn:
        return tr("Due");
    case PlanYearColumn:
        return tr("Plan year");
    case MunicipalityColumn:
        return tr("Municipality");
    case LocationColumn:
        return tr("Location");
    case DepartmentColumn:
        return tr("Department");
    case LastSeenColumn:
        return tr("Last seen");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace rullering
