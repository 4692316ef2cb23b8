#pragma once

#include "FirstLoadKeys.h"
#include "ImportReport.h"
#include "ImportRow.h"
#include "domain/Device.h"
#include "storage/SqliteStatement.h"
#include "util/Result.h"

#include <memory>
#include <vector>

namespace rullering {

class ImportReferences;

// Finds the stored device an import row names, inside the import's transaction: by serial; a row without a usable
// serial by its device name; a device registered without a serial by the name of a row whose serial is new. It
// remembers the line that named each device and when that row saw it: a second row with the serial is merged into
// the device (DeviceImportWriter), a second row naming it by device name alone is refused with the first line.
class DeviceMatcher
{
    Q_DISABLE_COPY_MOVE(DeviceMatcher)

public:
    DeviceMatcher(sqlite3* db, const ImportReferences& references);
    ~DeviceMatcher();

    // The register as the transaction found it (its device count and highest id).
    Status prepare(qint64 devicesAtStart, qint64 maxIdAtStart);
    // Into an empty register whose serial and device-name indexes are suspended: repeats are found through
    // FirstLoadKeys instead.
    Status findRepeatsWithoutIndexes();

    struct Match
    {
        Device device;
        bool found = false;
        qint64 earlierLine = 0; // an earlier line of this file named the device by its serial
    };
    // Invalid when the row has neither a usable serial nor a name; Refused when several devices share the row's
    // name, or when an earlier line named the device by its name alone.
    Result<Match> find(const ImportRow& row);
    // The device an earlier line of this import stored with this serial, for a row find() did not look up (a load
    // into an empty register finds repeats through FirstLoadKeys or the unique index): found false if none.
    Result<Match> storedWithSerial(const QString& serial);
    bool hasKeysInMemory() const { return m_firstLoadKeys != nullptr; }
    // The device a reference names: a serial number, else a device name only one device has (0: none).
    Result<qint64> idOf(const QString& reference);
    // After each row that stored a device: the line that first named it, and the last-seen time of the row whose
    // values it holds (the most recently seen of its rows).
    void stored(const Device& device, qint64 line, bool created, const QDateTime& rowSeen);
    // The line that named the device in this import (0: none).
    int firstLine(qint64 deviceId) const;
    QDateTime rowSeen(qint64 deviceId) const;

private:
    Match read(SqliteStatement& statement);
    Result<std::optional<Device>> findByHostname(const QString& hostname, bool withoutSerialOnly, int& count);

    sqlite3* m_db;
    const ImportReferences& m_references;
    qint64 m_devicesAtStart = 0;
    std::vector<qint32> m_touchedLine; // by device id
    std::vector<qint64> m_touchedSeen; // by device id: ms since the epoch (UTC), 0 for none
    std::unique_ptr<FirstLoadKeys> m_firstLoadKeys;
    std::unique_ptr<SqliteStatement> m_byId;
    std::unique_ptr<SqliteStatement> m_bySerial;
    std::unique_ptr<SqliteStatement> m_byHostname;
};

} // namespace rullering
