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
// remembers the line that named each device, so a second row naming it is refused with the line of the first.
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
    };
    // Invalid when the row has neither a usable serial nor a name; Refused when several devices share the row's
    // name, or when an earlier line named the device.
    Result<Match> find(const ImportRow& row);
    // The device a reference names: a serial number, else a device name only one device has (0: none).
    Result<qint64> idOf(const QString& reference);
    // Before a new device is stored: Refused when an earlier line stored this serial (found through FirstLoadKeys;
    // without them the unique index refuses the insert, and repeatedSerial() says which line came first).
    Status checkNewSerial(const QString& serial);
    Error repeatedSerial(const QString& serial);
    // After each row that stored a device.
    void stored(const Device& device, qint64 line, bool created);
    // The line that named the device in this import (0: none).
    int firstLine(qint64 deviceId) const;

private:
    Match read(SqliteStatement& statement);
    Result<std::optional<Device>> findByHostname(const QString& hostname, bool withoutSerialOnly, int& count);
    Error repeatedSerial(const QString& serial, qint64 firstId) const;

    sqlite3* m_db;
    const ImportReferences& m_references;
    qint64 m_devicesAtStart = 0;
    std::vector<qint32> m_touchedLine; // by device id
    std::unique_ptr<FirstLoadKeys> m_firstLoadKeys;
    std::unique_ptr<SqliteStatement> m_byId;
    std::unique_ptr<SqliteStatement> m_bySerial;
    std::unique_ptr<SqliteStatement> m_byHostname;
};

} // namespace rullering
