#include "DeviceTableModel.h"

#include "register/DeviceListLoader.h"
#include "storage/Database.h"
#include "storage/QueryCancellation.h"

#include <QLocale>

namespace rullering {

DeviceTableModel::DeviceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

DeviceTableModel::~DeviceTableModel() = default;

void DeviceTableModel::setDatabase(Database* database)
{
    m_database = database;
    reload();
}

void DeviceTableModel::setFilter(const DeviceFilter& filter)
{
    m_filter = filter;
    reload();
}

void DeviceTableModel::refresh()
{
    if (!m_database || m_count == 0 || isLoading()) {
        reload();
        return;
    }
    const std::unique_ptr<QueryCancellation> budget = foregroundBudget();
    Result<qint64> counted = DeviceListQuery(*m_database, budget.get()).count(m_filter);
    if (!counted || counted.value() != m_count) { // a slow count goes on in the background
        reload();
        return;
    }
    m_pages.clear();
    m_pageUse.clear();
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void DeviceTableModel::setSort(const DeviceSort& sort)
{
    if (sort.column == m_sort.column && sort.descending == m_sort.descending)
        return;
    m_sort = sort;
    reload();
}

std::optional<DeviceField> DeviceTableModel::editableField(DeviceColumn column)
{
    switch (column) {
    case DeviceColumn::Hostname:
        return DeviceField::Hostname;
    case DeviceColumn::Type:
        return DeviceField::Type;
    case DeviceColumn::Manufacturer:
        return DeviceField::Manufacturer;
    case DeviceColumn::Model:
        return DeviceField::Model;
    case DeviceColumn::ProductionYear:
        return DeviceField::ProductionYear;
    case DeviceColumn::PrimaryUser:
        return DeviceField::PrimaryUser;
    case DeviceColumn::State:
        return DeviceField::State;
    default:
        return std::nullopt;
    }
}

Qt::ItemFlags DeviceTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && editableField(static_cast<DeviceColumn>(index.column())))
        result |= Qt::ItemIsEditable;
    return result;
}

bool DeviceTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const std::optional<DeviceField> field = editableField(static_cast<DeviceColumn>(index.column()));
    const std::optional<Device> device = deviceAt(index.row());
    if (!field || !device)
        return false;
    emit editRequested(device->id, device->version, *field, value);
    return true;
}

void DeviceTableModel::reload()
{
    if (m_loader)
        m_loader->cancel(); // whatever it counts is for an older filter
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_count = 0;
    m_lastError.clear();
    bool slow = false;
    if (m_database) {
        // Most counts take milliseconds: done here, the view fills at once. One that outlasts the budget is
        // interrupted and handed to the loader, so typing on is not blocked by it.
        const std::unique_ptr<QueryCancellation> budget = foregroundBudget();
        Result<qint64> counted = DeviceListQuery(*m_database, budget.get()).count(m_filter);
        if (counted)
            m_count = counted.value();
        else if (counted.error().code() == Error::Code::Cancelled)
            slow = true;
        else
            m_lastError = counted.errorMessage();
    }
    endResetModel();
    if (slow) {
        startLoading();
        return;
    }
    stopLoading();
    emit countChanged(m_count);
    if (!m_lastError.isEmpty())
        emit queryFailed(m_lastError);
}

std::unique_ptr<QueryCancellation> DeviceTableModel::foregroundBudget() const
{
    // An in-memory database has no second connection for the loader: its counts always finish here.
    if (m_foregroundBudgetMs < 0 || !m_database || m_database->path() == QLatin1String(":memory:"))
        return nullptr;
    return std::make_unique<QueryCancellation>(m_foregroundBudgetMs);
}

void DeviceTableModel::startLoading()
{
    if (!m_loader) {
        m_loader = new DeviceListLoader(this);
        connect(m_loader, &DeviceListLoader::loaded, this, &DeviceTableModel::loaded);
        connect(m_loader, &DeviceListLoader::failed, this, &DeviceTableModel::loadFailed);
    }
    const bool wasLoading = isLoading();
    m_loadingId = m_loader->start({m_database->path(), m_filter, m_sort, PageSize});
    if (!wasLoading)
        emit loadingChanged(true);
}

void DeviceTableModel::stopLoading()
{
    if (m_loader)
        m_loader->cancel();
    if (!isLoading())
        return;
    m_loadingId = 0;
    emit loadingChanged(false);
}

void DeviceTableModel::loaded(quint64 id, qint64 count, const QList<Device>& firstRows)
{
    if (id != m_loadingId)
        return; // for a filter that has changed since
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_count = count;
    if (!firstRows.isEmpty()) {
        m_pages.insert(0, firstRows); // the first screen without a second slow query here
        m_pageUse.append(0);
    }
    endResetModel();
    stopLoading();
    emit countChanged(m_count);
}

void DeviceTableModel::loadFailed(quint64 id, const QString& message)
{
    if (id != m_loadingId)
        return;
    stopLoading();
    m_lastError = message;
    emit countChanged(m_count);
    emit queryFailed(m_lastError);
}

int DeviceTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    // A view holds int rows; a register beyond two billion devices is not a case to design for.
    return static_cast<int>(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int DeviceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(DeviceColumn::Count);
}

const QList<Device>* DeviceTableModel::pageFor(int row) const
{
    const qint64 page = row / PageSize;
    if (auto it = m_pages.find(page); it != m_pages.end()) {
        m_pageUse.removeOne(page);
        m_pageUse.append(page);
        return &*it;
    }
    Result<QList<Device>> rows =
        DeviceListQuery(*m_database).page(m_filter, m_sort, page * PageSize, PageSize, m_count);
    if (!rows) {
        if (m_lastError != rows.errorMessage()) {
            m_lastError = rows.errorMessage();
            emit const_cast<DeviceTableModel*>(this)->queryFailed(m_lastError);
        }
        return nullptr;
    }
    while (m_pageUse.size() >= MaximumPages)
        m_pages.remove(m_pageUse.takeFirst());
    m_pageUse.append(page);
    return &*m_pages.insert(page, std::move(rows.value()));
}

std::optional<qint64> DeviceTableModel::shownDeviceId(qint64 row) const
{
    const auto it = m_pages.constFind(row / PageSize);
    if (it == m_pages.constEnd() || row % PageSize >= it->size())
        return std::nullopt;
    return it->at(row % PageSize).id;
}

std::optional<Device> DeviceTableModel::deviceAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    const QList<Device>* page = pageFor(row);
    const int offset = row % PageSize;
    if (!page || offset >= page->size())
        return std::nullopt;
    return page->at(offset);
}

QVariant DeviceTableModel::displayValue(const Device& d, DeviceColumn column) const
{
    switch (column) {
    case DeviceColumn::Serial:
        return d.serial;
    case DeviceColumn::Hostname:
        return d.hostname;
    case DeviceColumn::Type:
        return deviceTypeName(d.type);
    case DeviceColumn::Manufacturer:
        return d.manufacturer;
    case DeviceColumn::Model:
        return d.model;
    case DeviceColumn::ProductionYear:
        return d.productionYear > 0 ? QVariant(d.productionYear) : QVariant();
    case DeviceColumn::Municipality:
        return d.municipalityName;
    case DeviceColumn::Location:
        return d.locationName;
    case DeviceColumn::Department:
        return d.departmentName;
    case DeviceColumn::Network:
        return d.networkName;
    case DeviceColumn::PrimaryUser:
        return d.primaryUser;
    case DeviceColumn::LastSeen:
        return d.lastSeen.isValid() ? QLocale().toString(d.lastSeen.toLocalTime().date(), QLocale::ShortFormat)
                                    : QString();
    case DeviceColumn::State:
        return lifecycleStateName(d.state);
    case DeviceColumn::Count:
        break;
    }
    return {};
}

QVariant DeviceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const auto column = static_cast<DeviceColumn>(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == DeviceColumn::ProductionYear ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole && role != DeviceIdRole &&
        role != DeviceVersionRole)
        return {};
    const QList<Device>* page = pageFor(index.row());
    const int offset = index.row() % PageSize;
    if (!page || offset >= page->size())
        return {};
    const Device& device = page->at(offset);
    switch (role) {
    case DeviceIdRole:
        return device.id;
    case DeviceVersionRole:
        return device.version;
    case Qt::EditRole:
        // Editors get the stored value, not the translated text.
        if (column == DeviceColumn::State)
            return static_cast<int>(device.state);
        if (column == DeviceColumn::Type)
            return static_cast<int>(device.type);
        if (column == DeviceColumn::ProductionYear)
            return device.productionYear;
        return displayValue(device, column);
    case Qt::ToolTipRole:
        if (column == DeviceColumn::ProductionYear && device.productionYear > 0)
            return tr("Estimated from: %1").arg(yearSourceName(device.yearSource));
        if (column == DeviceColumn::LastSeen && device.lastSeen.isValid())
            return QLocale().toString(device.lastSeen.toLocalTime(), QLocale::LongFormat);
        return {};
    default:
        return displayValue(device, column);
    }
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return deviceColumnTitle(static_cast<DeviceColumn>(section));
}

void DeviceTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    const DeviceSort sort{static_cast<DeviceColumn>(column), order == Qt::DescendingOrder};
    if (sort.column == m_sort.column && sort.descending == m_sort.descending)
        return;
    m_sort = sort;
    reload();
}

} // namespace rullering
