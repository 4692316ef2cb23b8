#pragma once

#include "domain/Device.h"
#include "storage/AuditLog.h"
#include "storage/Connection.h"
#include "storage/Transaction.h"
#include "util/Result.h"

#include <QList>

#include <memory>
#include <optional>

namespace rullering {

class PreparedStatements;

// Owns the SQL for single devices. Every write takes the caller's Transaction and writes its audit rows in it,
// so a rollback removes the change and its history together. Bulk paths (import, generator) have their own
// prepared-statement writers; this class is for the one-at-a-time work of people.
class DeviceRepository
{
public:
    // prepared: statements a long-lived caller keeps prepared (a swap's lock, write and insert); none: its own.
    explicit DeviceRepository(Connection db, PreparedStatements* prepared = nullptr);
    ~DeviceRepository();
    DeviceRepository(const DeviceRepository&) = delete;
    DeviceRepository& operator=(const DeviceRepository&) = delete;

    Result<Device> findById(qint64 id) const;
    Result<std::optional<Device>> findBySerial(const QString& serial) const;
    // The same inside tx, the row locked until tx ends (Engine::lockRowsForUpdate): a second writer of the device
    // waits for this one and then reads what it stored.
    Result<std::optional<Device>> lockBySerial(Transaction& tx, const QString& serial) const;
    Result<QList<Device>> findByHostname(const QString& hostname) const;
    Result<qint64> count() const;

    // Inserts device (id and version are set on success). Refuses a serial already in the register.
    Status create(Transaction& tx, Device& device, const ChangeContext& context);

    // For a caller that looked the serial up in tx itself (lockBySerial): inserts device without that check, its
    // "created" audit row added to audit (written by the caller with AuditLog::recordAll, with its other rows).
    Status createChecked(Transaction& tx, Device& device, QList<AuditRow>& audit);

    // Writes the fields of changed that differ from the stored row, one audit row each, and returns them.
    // Refused with Error::Code::Conflict when the row's version is no longer changed.version (someone else
    // saved in between), and with Error::Code::Refused for a lifecycle move the transition table forbids.
    Result<QList<DeviceField>> update(Transaction& tx, Device& changed, const ChangeContext& context);

    // The same as update() without the version check: for callers that decided to overwrite after a conflict.
    Result<QList<DeviceField>> overwrite(Transaction& tx, Device& changed, const ChangeContext& context);

    // Puts a device back to an earlier state (undo): writes previous over the stored row when the row's version is
    // still expectedVersion, without the transition check (undoing a retirement moves "backwards" on purpose).
    // Conflict when someone else saved in between, as update().
    Result<QList<DeviceField>> revert(Transaction& tx, Device& previous, int expectedVersion,
                                      const ChangeContext& context);

    // update() of a device tx read locked (lockBySerial) as locked, so nobody can have saved it since: no second
    // read; the audit rows are added to audit for one AuditLog::recordAll at the end of the caller's change.
    Result<QList<DeviceField>> updateLocked(Transaction& tx, const Device& locked, Device& changed,
                                            QList<AuditRow>& audit);

    // The fields on which two devices differ (reference fields compared by id).
    static QList<DeviceField> differences(const Device& a, const Device& b);

private:
    Result<QList<DeviceField>> write(Transaction& tx, Device& changed, const ChangeContext& context, bool checkVersion,
                                     bool checkTransition = true);
    Result<QList<DeviceField>> writeOver(Transaction& tx, const Device& before, Device& changed, bool checkTransition,
                                         QList<AuditRow>& audit);

    Connection m_db;
    std::unique_ptr<PreparedStatements> m_ownPrepared;
    PreparedStatements* m_prepared = nullptr;
};

} // namespace rullering
