#pragma once

#include "BulkEditService.h"
#include "DeviceFilter.h"
#include "domain/Device.h"
#include "storage/Connection.h"
#include "util/Result.h"

#include <QList>

class QSqlQuery;

namespace rullering {

class QueryCancellation;

// The register's columns, in display order. Keep in step with DeviceListQuery's ORDER BY table.
enum class DeviceColumn
{
    Serial,
    Hostname,
    Type,
    Manufacturer,
    Model,
    ProductionYear,
    Municipality,
    Location,
    Department,
    Network,
    PrimaryUser,
    LastSeen,
    State,
    Count
};

QString deviceColumnTitle(DeviceColumn column);

struct DeviceSort
{
    DeviceColumn column = DeviceColumn::Serial;
    bool descending = false;

    bool operator==(const DeviceSort&) const = default;
};

// Counts and pages of the register for a filter and a sort, all in SQL: a view over a million devices only ever
// holds the rows around the viewport. Given a cancellation, every query stops soon after it is raised and fails
// with Error::Code::Cancelled.
class DeviceListQuery
{
public:
    explicit DeviceListQuery(Connection db, const QueryCancellation* cancellation = nullptr);

    Result<qint64> count(const DeviceFilter& filter) const;
    // Rows [offset, offset + limit) of the filtered, sorted register, reference names filled in.
    Result<QList<Device>> page(const DeviceFilter& filter, const DeviceSort& sort, qint64 offset, int limit) const;
    // The same, told how many rows the filter matches (from count()), so it can choose the cheaper plan.
    Result<QList<Device>> page(const DeviceFilter& filter, const DeviceSort& sort, qint64 offset, int limit,
                               qint64 knownCount) const;
    // Ids and versions only of rows [offset, offset + limit): a selection of any size without reading whole rows.
    Result<QList<DeviceStamp>> stamps(const DeviceFilter& filter, const DeviceSort& sort, qint64 offset,
                                      qint64 limit) const;

private:
    // How a window is read: the filter's condition as the indexes should answer it, and whether the matches are
    // collected and sorted (few of them, or clustered in the sort order) rather than found by walking the sort's
    // index.
    struct WindowPlan
    {
        FilterIndexUse indexUse = FilterIndexUse::Allowed;
        bool collected = false;
    };
    WindowPlan windowPlan(const DeviceFilter& filter, const DeviceSort& sort, qint64 offset, int limit,
                          qint64 knownCount) const;
    // Whether a search's matches are mostly the devices of its models, which spread over the name order.
    bool modelsLeadSearch(const DeviceFilter& filter, qint64 knownCount) const;
    Result<QSqlQuery> run(const QString& sql, const QVariantList& values = {}) const;

    Connection m_db;
    const QueryCancellation* m_cancellation = nullptr;
};

} // namespace rullering
