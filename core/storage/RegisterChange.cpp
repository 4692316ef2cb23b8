#include "RegisterChange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rullering {

RegisterChange RegisterChange::all()
{
    RegisterChange change;
    change.everything = true;
    return change;
}

bool RegisterChange::fromNotification(const QByteArray& payload, RegisterChange& change)
{
    const QJsonDocument document = QJsonDocument::fromJson(payload);
    const QJsonObject object = document.object();
    const QString table = object.value(QLatin1String("table")).toString();
    if (table.isEmpty())
        return false;
    change = RegisterChange();
    change.tables.insert(table);
    if (table != QLatin1String("device"))
        return true;
    const QJsonValue ids = object.value(QLatin1String("ids"));
    if (!ids.isArray()) {
        change.someDevices = true; // inserted rows, or too many to name
        return true;
    }
    for (const QJsonValue& id : ids.toArray())
        change.deviceIds.insert(id.toInteger());
    return true;
}

bool RegisterChange::mayTouchDevice(qint64 id) const
{
    return everything || (tables.contains(QStringLiteral("device")) && (someDevices || deviceIds.contains(id)));
}

void RegisterChange::merge(const RegisterChange& other)
{
    everything = everything || other.everything;
    tables.unite(other.tables);
    someDevices = someDevices || other.someDevices;
    deviceIds.unite(other.deviceIds);
    if (deviceIds.size() > MaximumDeviceIds) {
        someDevices = true;
        deviceIds.clear();
    }
}

} // namespace rullering
