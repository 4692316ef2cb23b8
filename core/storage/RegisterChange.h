#pragma once

#include <QMetaType>
#include <QSet>
#include <QString>

namespace rullering {

// What another client changed in the register, as a ChangeFeed reports it: the tables written and, where the server
// said so, the devices. A file says nothing more than that something changed (everything()).
struct RegisterChange
{
    static constexpr int MaximumDeviceIds = 100; // beyond that, "many devices" says as much

    bool everything = false;  // anything may have changed (a file; after the connection came back)
    QSet<QString> tables;     // tables written, by their names in the register
    bool someDevices = false; // devices changed that deviceIds does not name (inserts, or many rows)
    QSet<qint64> deviceIds;   // devices known to have changed

    static RegisterChange all();
    // A server's notification: {"table": name, "ids": [..]} (ids only for a few changed devices). False for a
    // payload that does not parse.
    static bool fromNotification(const QByteArray& payload, RegisterChange& change);

    bool isEmpty() const { return !everything && tables.isEmpty(); }
    bool touches(const QString& table) const { return everything || tables.contains(table); }
    // Whether the device may have changed: a view showing it reads it again.
    bool mayTouchDevice(qint64 id) const;
    void merge(const RegisterChange& other);
};

} // namespace rullering

Q_DECLARE_METATYPE(rullering::RegisterChange)
