#include "SwapService.h"

#include "domain/DeviceText.h"
#include "storage/DeviceRepository.h"
#include "storage/PreparedStatements.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rullering {
namespace {

// How a device is named in messages: its serial, with the hostname when it has one.
QString label(const Device& device)
{
    if (device.hostname.isEmpty())
        return device.serial;
    return QStringLiteral("%1 (%2)").arg(device.serial, device.hostname);
}

QString placeOf(const Device& device)
{
    QStringList parts;
    for (const QString& part : {device.primaryUser, device.locationName, device.municipalityName}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

SwapService::SwapService(Connection db)
    : m_db(std::move(db))
    , m_prepared(std::make_unique<PreparedStatements>(m_db))
{}

SwapService::~SwapService() = default;
SwapService::SwapService(SwapService&&) noexcept = default;
SwapService& SwapService::operator=(SwapService&&) noexcept = default;

QString SwapService::normaliseSerial(const QString& serial)
{
    return Serial::normalise(serial);
}

QDate SwapService::earliestSwapDate()
{
    // Production years are read from 1980 on (parseYear); nothing in a register was swapped before that.
    return QDate(1980, 1, 1);
}

Result<std::optional<Device>> SwapService::findSerial(const QString& serial, Transaction* lockIn) const
{
    const DeviceRepository devices(m_db, m_prepared.get());
    return lockIn ? devices.lockBySerial(*lockIn, serial) : devices.findBySerial(serial);
}

Result<Device> SwapService::findOld(const QString& serial, Transaction* lockIn) const
{
    if (serial.isEmpty())
        return Error(
            QCoreApplication::translate("rullering::SwapService", "Scan or type the serial number of the old device."),
            Error::Code::Invalid);
    Result<std::optional<Device>> found = findSerial(serial, lockIn);
    if (!found)
        return found.error();
    if (!found.value())
        return Error(
            QCoreApplication::translate("rullering::SwapService", "No device with serial number %1 is registered.")
                .arg(shownValue(serial)),
            Error::Code::NotFound);
    return *found.value();
}

QString SwapService::alreadyReplaced(const Device& device) const
{
    Result<Device> incoming = device.replacedById != 0 ? DeviceRepository(m_db).findById(device.replacedById)
                                                       : Result<Device>(Error(QString(), Error::Code::NotFound));
    if (!incoming)
        return QCoreApplication::translate("rullering::SwapService", "%1 was already replaced on %2.")
            .arg(label(device), device.replacedOn.toString(Qt::ISODate));
    // When and by whom: the audit row of the move to Replaced (a swap's time to the minute), else the stored day.
    QString when = device.replacedOn.toString(Qt::ISODate);
    QString who = device.replacedByTechnician;
    if (Result<QSqlQuery> audit = runQuery(m_db,
                                           QStringLiteral("SELECT at, who FROM audit WHERE device_id = ?"
                                                          " AND field = 'state' ORDER BY id DESC LIMIT 1"),
                                           {device.id});
        audit && audit.value().next()) {
        const QDateTime at = QDateTime::fromString(audit.value().value(0).toString(), Qt::ISODateWithMs);
        if (at.isValid() && at.toLocalTime().date() >= device.replacedOn)
            when = at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (who.isEmpty())
            who = audit.value().value(1).toString();
    }
    return QCoreApplication::translate("rullering::SwapService", "%1 was already replaced by %2 at %3 by %4.")
        .arg(label(device), label(incoming.value()), when, who);
}

Result<Device> SwapService::checkOld(const QString& oldSerial) const
{
    return checkOldIn(oldSerial, nullptr);
}

Result<Device> SwapService::checkOldIn(const QString& oldSerial, Transaction* lockIn) const
{
    Result<Device> old = findOld(normaliseSerial(oldSerial), lockIn);
    if (!old)
        return old;
    const Device& device = old.value();
    if (device.state == LifecycleState::Replaced)
        return Error(alreadyReplaced(device), Error::Code::Refused);
    if (device.state != LifecycleState::InUse) {
        return Error(QCoreApplication::translate("rullering::SwapService",
                                                 "%1 is not in use (it is %2), so it cannot be swapped out.")
                         .arg(label(device), lifecycleStateName(device.state).toLower()),
                     Error::Code::Refused);
    }
    return old;
}

Status SwapService::checkDate(const Device& oldDevice, const QDate& date)
{
    if (oldDevice.inServiceFrom.isValid() && date < oldDevice.inServiceFrom)
        return Error(
            QCoreApplication::translate("rullering::SwapService",
                                        "The swap date %1 is before %2 was put into use on %3.")
                .arg(date.toString(Qt::ISODate), label(oldDevice), oldDevice.inServiceFrom.toString(Qt::ISODate)),
            Error::Code::Refused);
    if (oldDevice.productionYear > 0 && date.year() < oldDevice.productionYear)
        return Error(
            QCoreApplication::translate("rullering::SwapService", "The swap date %1 is before %2 was produced (%3).")
                .arg(date.toString(Qt::ISODate), label(oldDevice))
                .arg(oldDevice.productionYear),
            Error::Code::Refused);
    return {};
}

bool SwapService::isUnplacedImport(const Device& candidate, const Device& oldDevice) const
{
    if (candidate.inServiceFrom.isValid())
        return false;
    if (!candidate.primaryUser.isEmpty() && candidate.primaryUser != oldDevice.primaryUser)
        return false;
    if (candidate.locationId != 0 && candidate.locationId != oldDevice.locationId)
        return false;
    Result<QSqlQuery> query =
        runQuery(m_db,
                 // Created by an import: named by the device since schema 11, by its own audit row before.
                 QStringLiteral("SELECT EXISTS (SELECT 1 FROM device WHERE id = ? AND created_import_id IS NOT NULL)"
                                " OR EXISTS (SELECT 1 FROM audit WHERE device_id = ? AND field = 'created'"
                                " AND reason = ?),"
                                " EXISTS (SELECT 1 FROM device WHERE replaced_by_id = ?)"),
                 {candidate.id, candidate.id, QString::fromLatin1(AuditReason::Import), candidate.id});
    if (!query || !query.value().next())
        return false;
    return query.value().value(0).toBool() && !query.value().value(1).toBool();
}

Result<std::optional<Device>> SwapService::checkNew(const Device& oldDevice, const QString& newSerial) const
{
    return checkNewIn(oldDevice, newSerial, nullptr);
}

Result<std::optional<Device>> SwapService::checkNewIn(const Device& oldDevice, const QString& newSerial,
                                                      Transaction* lockIn) const
{
    const QString serial = normaliseSerial(newSerial);
    if (serial.isEmpty())
        return Error(
            QCoreApplication::translate("rullering::SwapService", "Scan or type the serial number of the new device."),
            Error::Code::Invalid);
    if (serial == oldDevice.serial)
        return Error(
            QCoreApplication::translate("rullering::SwapService",
                                        "The new serial number is the same as the old one (%1): scan the new device.")
                .arg(serial),
            Error::Code::Refused);
    // The same rule as the import's, so that what a swap stores survives an export and a re-import.
    if (const QString why = Serial::problem(serial); !why.isEmpty())
        return Error(why, Error::Code::Invalid);
    Result<std::optional<Device>> found = findSerial(serial, lockIn);
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<Device>();
    const Device& candidate = *found.value();
    switch (candidate.state) {
    case LifecycleState::Ordered:
    case LifecycleState::InStock:
    case LifecycleState::InPool:
        return found;
    case LifecycleState::InUse:
        if (isUnplacedImport(candidate, oldDevice))
            return found;
        return Error(QCoreApplication::translate("rullering::SwapService", "%1 is already in use elsewhere (%2).")
                         .arg(label(candidate), placeOf(candidate)),
                     Error::Code::Refused);
    case LifecycleState::Replaced:
        return Error(QCoreApplication::translate("rullering::SwapService",
                                                 "%1 was itself replaced on %2 and cannot be deployed.")
                         .arg(label(candidate), candidate.replacedOn.toString(Qt::ISODate)),
                     Error::Code::Refused);
    case LifecycleState::Retired:
    case LifecycleState::Lost:
        break;
    }
    return Error(QCoreApplication::translate("rullering::SwapService", "%1 is registered as %2 and cannot be deployed.")
                     .arg(label(candidate), lifecycleStateName(candidate.state).toLower()),
                 Error::Code::Refused);
}

Result<SwapOutcome> SwapService::swap(const SwapRequest& request, const QDate& today)
{
    const QDate date = request.date.isValid() ? request.date : today;
    if (date > today)
        return Error(QCoreApplication::translate("rullering::SwapService", "The swap date %1 is in the future.")
                         .arg(date.toString(Qt::ISODate)),
                     Error::Code::Invalid);
    if (date < earliestSwapDate())
        return Error(
            QCoreApplication::translate("rullering::SwapService", "The swap date %1 is before %2: check the year.")
                .arg(date.toString(Qt::ISODate), earliestSwapDate().toString(Qt::ISODate)),
            Error::Code::Invalid);
    const QString technician = request.technician.trimmed().isEmpty() ? currentActor() : request.technician.trimmed();
    if (const QString why = textProblem(technician, TextKind::Name); !why.isEmpty())
        return Error(QCoreApplication::translate("rullering::SwapService", "The technician's name \"%1\" %2.")
                         .arg(shownValue(technician), why),
                     Error::Code::Invalid);

    // A server may undo the transaction for another one that wrote the same devices (a deadlock with a bulk edit):
    // run it again, when it reads what the other stored.
    constexpr int Attempts = 3;
    for (int attempt = 1;; ++attempt) {
        Result<SwapOutcome> recorded = record(request, date, technician);
        if (recorded || recorded.error().code() != Error::Code::Conflict || attempt == Attempts)
            return recorded;
    }
}

Result<SwapOutcome> SwapService::record(const SwapRequest& request, const QDate& date, const QString& technician)
{
    // Checked again inside the write transaction: someone may have swapped the same device a moment ago. On a
    // server both devices are locked as they are read, so a second technician's swap of either waits for this one.
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    Result<Device> old = checkOldIn(request.oldSerial, &tx);
    if (!old)
        return old.error();
    if (Status dated = checkDate(old.value(), date); !dated)
        return dated.error();
    Result<std::optional<Device>> matched = checkNewIn(old.value(), request.newSerial, &tx);
    if (!matched)
        return matched.error();

    DeviceRepository devices(m_db, m_prepared.get());
    ChangeContext context = ChangeContext::now(AuditReason::Swap);
    SwapOutcome outcome;
    outcome.oldBefore = old.value();
    outcome.createdNew = !matched.value().has_value();

    // Both devices are read (and on a server locked) in tx: written without reading them again, and every audit
    // row of the swap in one statement at the end (each statement is a round trip to a server).
    QList<AuditRow> audit;
    Device incoming;
    if (matched.value()) {
        incoming = *matched.value();
        outcome.newBefore = incoming;
    } else {
        incoming.serial = normaliseSerial(request.newSerial);
        incoming.type = outcome.oldBefore.type;
        incoming.state = LifecycleState::InStock;
        if (Status created = devices.createChecked(tx, incoming, audit); !created)
            return created.error();
    }
    const Device incomingBefore = incoming;
    incoming.state = LifecycleState::InUse;
    incoming.inServiceFrom = date;
    incoming.municipalityId = outcome.oldBefore.municipalityId;
    incoming.locationId = outcome.oldBefore.locationId;
    incoming.departmentId = outcome.oldBefore.departmentId;
    incoming.networkId = outcome.oldBefore.networkId;
    incoming.primaryUser = outcome.oldBefore.primaryUser;
    incoming.poolId = 0;
    if (Result<QList<DeviceField>> written = devices.updateLocked(tx, incomingBefore, incoming, audit); !written)
        return written.error();

    Device retiring = outcome.oldBefore;
    retiring.state = LifecycleState::Replaced;
    retiring.replacedById = incoming.id;
    retiring.replacedOn = date;
    retiring.replacedByTechnician = technician;
    if (Result<QList<DeviceField>> written = devices.updateLocked(tx, outcome.oldBefore, retiring, audit); !written)
        return written.error();
    if (Status logged = AuditLog::recordAll(tx, context, audit, m_prepared.get()); !logged)
        return logged.error();

    if (Status committed = tx.commit(); !committed)
        return committed.error();
    outcome.oldAfter = retiring;
    outcome.newAfter = incoming;
    return outcome;
}

Status SwapService::undo(const SwapOutcome& outcome)
{
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    DeviceRepository devices(m_db);
    const ChangeContext context = ChangeContext::now(AuditReason::Undo);

    Device old = outcome.oldBefore;
    if (Result<QList<DeviceField>> written = devices.revert(tx, old, outcome.oldAfter.version, context); !written)
        return written.error();

    Device incoming = outcome.newBefore;
    if (outcome.createdNew) {
        // The machine exists (it was scanned), so it stays registered, back in stock and unplaced.
        incoming = Device();
        incoming.id = outcome.newAfter.id;
        incoming.serial = outcome.newAfter.serial;
        incoming.type = outcome.newAfter.type;
        incoming.state = LifecycleState::InStock;
    }
    if (Result<QList<DeviceField>> written = devices.revert(tx, incoming, outcome.newAfter.version, context); !written)
        return written.error();
    return tx.commit();
}

} // namespace rullering
