#pragma once

#include "DeviceFilter.h"
#include "DeviceListQuery.h"
#include "storage/Connection.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace rullering {

// A named way of looking at the register: its filter, visible columns and sort. Kept in the database (named_item,
// kind "view") so every coordinator on a shared file sees the same views.
struct SavedView
{
    QString name;
    DeviceFilter filter;
    QList<DeviceColumn> columns; // visible, in order; empty: all
    DeviceSort sort;

    bool operator==(const SavedView&) const = default;
};

QJsonObject deviceFilterToJson(const DeviceFilter& filter);
DeviceFilter deviceFilterFromJson(const QJsonObject& json);

class SavedViews
{
public:
    explicit SavedViews(Connection db);

    Result<QStringList> names() const;
    Result<SavedView> load(const QString& name) const;
    // Creates or replaces the view of that name.
    Status save(const SavedView& view);
    Status remove(const QString& name);

private:
    Connection m_db;
};

} // namespace rullering
