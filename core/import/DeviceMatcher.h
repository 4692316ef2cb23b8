#pragma once

#include "FirstLoadKeys.h"
#include "ImportReport.h"
#include "ImportRow.h"
#include "domain/Device.h"
#include "storage/Statement.h"
#include "util/Result.h"

#include <QHash>
#include <QSet>

#include <functional>
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
    DeviceMatcher(const QSqlDatabase& db, const ImportReferences& references);
    ~DeviceMatcher();

    // The register as the transaction found it (its device count and highest id).
    Status prepare(qint64 devicesAtStart, qint64 maxIdAtStart);
    // The devices this import creates are found through FirstLoadKeys, the register's own through queries of the
    // devices it held at the start: into an empty register whose serial and device-name indexes are suspended, and
    // whenever new rows are sent in batches (beforeReadingCreated sends them before a created row is read).
    Status findRepeatsWithoutIndexes(std::function<Status()> beforeReadingCreated = {});

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
    // A device this import created that an earlier line stored with this serial, read from memory alone (no
    // statement: a server's COPY stays open); a guess, wrong at worst on a hash collision (0: none known).
    qint64 likelyCreatedWithSerial(const QString& serial) const
    {
        return m_firstLoadKeys ? m_firstLoadKeys->likelyDeviceWithSerial(serial) : 0;
    }
    // The devices this import created are read without their link to a successor (as if not yet linked): a first
    // load writes likely links with the rows, and resolveLinks() alone decides the links.
    void hideLinksOfCreated() { m_hideLinksOfCreated = true; }
    // The device a reference names: a serial number, else a device name only one device has (0: none).
    Result<qint64> idOf(const QString& reference);
    // After each row that stored a device: the line that first named it, and the last-seen time of the row whose
    // values it holds (the most recently seen of its rows).
    void stored(const Device& device, qint64 line, bool created, const QDateTime& rowSeen);
    // A device this import created gave its serial up (a serial rows naming different devices share).
    void serialGivenUp(qint64 id)
    {
        if (m_firstLoadKeys)
            m_firstLoadKeys->serialGivenUp(id);
    }
    // Updates held back until the import's end (DeviceImportWriter on a server): the matcher reads a staged
    // device's new values instead of its stored row, and finds it by its new serial and name, not its old ones.
    void setStaged(const QHash<qint64, Device>* staged) { m_staged = staged; }
    // After each staged update: its serial or name may have changed.
    void staged(const Device& before, const Device& after);
    // Reads the register's devices with these serials at once: one statement for a batch of rows where each lookup
    // would be a round trip to a server. find() and idOf() answer the serials asked for from what it read, until
    // the next call (the staged values still apply).
    Status prefetchSerials(const QStringList& serials);
    // The line that named the device in this import (0: none).
    int firstLine(qint64 deviceId) const;
    QDateTime rowSeen(qint64 deviceId) const;

private:
    Match read(Statement& statement);
    // The stored row a statement stands on (SelectColumns), and the same with its staged values and names.
    static Device storedRow(const Statement& s);
    void complete(Device& device) const;
    Result<Match> byId(qint64 id);
    // The stored device with this serial: the register's by query, this import's through FirstLoadKeys.
    // idOnly: only the device's id is wanted (read no more than that where it can).
    Result<Match> bySerial(const QString& serial, bool idOnly = false);
    Result<std::optional<Device>> findByHostname(const QString& hostname, bool withoutSerialOnly, int& count);
    // Queries see the register's own devices only, when FirstLoadKeys hold this import's.
    qint64 queriedIdsUpTo() const;
    // A device found under a name still has it (and no serial when only such are asked for), staged values counted.
    static bool stillNamed(const Device& device, const QString& hostname, bool withoutSerialOnly);
    bool isStaged(qint64 id) const { return m_staged && m_staged->contains(id); }

    const QHash<qint64, Device>* m_staged = nullptr;
    QHash<QString, qint64> m_stagedSerials;    // a serial a staged update gave a device
    QMultiHash<QString, qint64> m_stagedNames; // a name (ASCII folded) a staged update gave a device

    QSqlDatabase m_db;
    const ImportReferences& m_references;
    qint64 m_devicesAtStart = 0;
    qint64 m_maxIdAtStart = 0;
    bool m_hideLinksOfCreated = false;
    std::function<Status()> m_beforeReadingCreated;
    std::vector<qint32> m_touchedLine; // by device id
    std::vector<qint64> m_touchedSeen; // by device id: ms since the epoch (UTC), 0 for none
    std::unique_ptr<FirstLoadKeys> m_firstLoadKeys;
    std::unique_ptr<Statement> m_byId;
    std::unique_ptr<Statement> m_bySerial;
    std::unique_ptr<Statement> m_idBySerial; // the id alone (a link's target: idOf)
    std::unique_ptr<Statement> m_byHostname;
    std::unique_ptr<Statement> m_bySerials; // prefetchSerials()
    QHash<QString, Device> m_prefetched;    // stored rows, by serial
    QSet<QString> m_prefetchedSerials;      // the serials asked for, found or not
};

} // namespace rullering
