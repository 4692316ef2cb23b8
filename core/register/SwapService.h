#pragma once

#include "domain/Device.h"
#include "storage/AuditLog.h"
#include "storage/Connection.h"
#include "storage/Transaction.h"
#include "util/Result.h"

#include <QDate>
#include <QString>

#include <memory>

namespace rullering {

class PreparedStatements;

// One on-site swap as a technician reports it: the serial of the machine collected and of the one deployed.
struct SwapRequest
{
    QString oldSerial;
    QString newSerial;
    QString technician; // empty: the current actor
    QDate date;         // invalid: today
};

// What a swap did, with both devices before and after, so that it can be shown and undone.
struct SwapOutcome
{
    Device oldBefore;
    Device oldAfter;
    Device newBefore; // id 0 when the new device was created by the swap
    Device newAfter;
    bool createdNew = false;
};

// The swap rules. The old device must be in use; it becomes Replaced (date, technician, replaced_by link). The new
// device is matched when the register already knows it as ordered, in stock, in a pool, or as an imported machine
// not yet placed (Intune often reports a new PC before the swap is recorded); otherwise a new device is created.
// It becomes In use from the swap date and inherits the old device's municipality, location, department, network
// and primary user. Every refusal changes nothing and says why in plain words (Error::Code::NotFound for an unknown
// old serial, Refused for a rule, Invalid for malformed input).
class SwapService
{
public:
    explicit SwapService(Connection db);
    ~SwapService();
    SwapService(SwapService&&) noexcept;
    SwapService& operator=(SwapService&&) noexcept;

    // Serials are compared as stored: trimmed and upper case.
    static QString normaliseSerial(const QString& serial);
    // No swap is dated before this (a typing slip such as 1900 or 0202).
    static QDate earliestSwapDate();
    // Refused when the swap would be dated before the old device was put into use or produced.
    static Status checkDate(const Device& oldDevice, const QDate& date);

    // The old device as the swap screen shows it, or why it cannot be swapped out.
    Result<Device> checkOld(const QString& oldSerial) const;
    // What would happen to the new serial: the matched device (nullopt: it would be created), or why not.
    Result<std::optional<Device>> checkNew(const Device& oldDevice, const QString& newSerial) const;

    // Records the swap in one transaction with audit rows (reason "swap"). today is for tests; the date of the swap
    // must not be after it, nor before earliestSwapDate() or checkDate()'s limits. The new serial must pass
    // Serial::problem() (no placeholder, control character or over-long serial) and the technician's name
    // textProblem().
    Result<SwapOutcome> swap(const SwapRequest& request, const QDate& today = QDate::currentDate());

    // Puts both devices back as they were (a created device returns to stock unplaced: it exists physically).
    // Conflict when either was changed by someone else since the swap.
    Status undo(const SwapOutcome& outcome);

private:
    // lockIn: inside the swap's transaction, the device is read locked (DeviceRepository::lockBySerial), so of two
    // technicians scanning the same device at once the second waits and then reads the first one's swap.
    Result<Device> findOld(const QString& serial, Transaction* lockIn) const;
    Result<Device> checkOldIn(const QString& oldSerial, Transaction* lockIn) const;
    Result<std::optional<Device>> checkNewIn(const Device& oldDevice, const QString& newSerial,
                                             Transaction* lockIn) const;
    Result<std::optional<Device>> findSerial(const QString& serial, Transaction* lockIn) const;
    // One attempt at swap() once its input was checked, in one transaction.
    Result<SwapOutcome> record(const SwapRequest& request, const QDate& date, const QString& technician);
    // "OLD was already replaced by NEW at TIME by NAME."
    QString alreadyReplaced(const Device& device) const;
    bool isUnplacedImport(const Device& candidate, const Device& oldDevice) const;

    Connection m_db;
    // The swap's statements, prepared once per technician's connection (each is a round trip to a server).
    std::unique_ptr<PreparedStatements> m_prepared;
};

} // namespace rullering
