#include "DeviceRepository.h"

#include "DeviceConflict.h"
#include "Engine.h"
#include "PreparedStatements.h"
#include "Sql.h"

#include <QCoreApplication>

namespace rullering {
namespace {

const QString SelectDevice =
    QStringLiteral("SELECT d.id, d.serial, d.asset_tag, d.hostname, d.type, d.manufacturer, d.model, d.production_year,"
                   " d.year_source, d.purchase_date, d.municipality_id, d.location_id, d.department_id, d.network_id,"
                   " d.primary_user, d.last_seen, d.state, d.replaced_by_id, d.replaced_on, d.replaced_by_technician,"
                   " d.in_service_from, d.keep, d.pool_id, d.notes, d.version,"
                   " m.name, l.name, dep.name, n.name, p.name"
                   " FROM device d"
                   " LEFT JOIN municipality m ON m.id = d.municipality_id"
                   " LEFT JOIN location l ON l.id = d.location_id"
                   " LEFT JOIN department dep ON dep.id = d.department_id"
                   " LEFT JOIN network n ON n.id = d.network_id"
                   " LEFT JOIN pool p ON p.id = d.pool_id");

QDate dateValue(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant dateVariant(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant dateTimeVariant(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

Device deviceFromRow(const QSqlQuery& q)
{
    Device d;
    d.id = q.value(0).toLongLong();
    d.serial = q.value(1).toString();
    d.assetTag = q.value(2).toString();
    d.hostname = q.value(3).toString();
    d.type = static_cast<DeviceType>(q.value(4).toInt());
    d.manufacturer = q.value(5).toString();
    d.model = q.value(6).toString();
    d.productionYear = q.value(7).toInt();
    d.yearSource = static_cast<YearSource>(q.value(8).toInt());
    d.purchaseDate = dateValue(q.value(9));
    d.municipalityId = q.value(10).toLongLong();
    d.locationId = q.value(11).toLongLong();
    d.departmentId = q.value(12).toLongLong();
    d.networkId = q.value(13).toLongLong();
    d.primaryUser = q.value(14).toString();
    d.lastSeen = QDateTime::fromString(q.value(15).toString(), Qt::ISODate);
    d.state = static_cast<LifecycleState>(q.value(16).toInt());
    d.replacedById = q.value(17).toLongLong();
    d.replacedOn = dateValue(q.value(18));
    d.replacedByTechnician = q.value(19).toString();
    d.inServiceFrom = dateValue(q.value(20));
    d.keep = q.value(21).toInt() != 0;
    d.poolId = q.value(22).toLongLong();
    d.notes = q.value(23).toString();
    d.version = q.value(24).toInt();
    d.municipalityName = q.value(25).toString();
    d.locationName = q.value(26).toString();
    d.departmentName = q.value(27).toString();
    d.networkName = q.value(28).toString();
    d.poolName = q.value(29).toString();
    return d;
}

// The stored columns in write order; values() below must match.
const QString WriteColumns = QStringLiteral(
    "serial, asset_tag, hostname, type, manufacturer, model, production_year, year_source, purchase_date,"
    " municipality_id, location_id, department_id, network_id, primary_user, last_seen, state, replaced_by_id,"
    " replaced_on, replaced_by_technician, in_service_from, keep, pool_id, notes");

QVariantList writeValues(const Device& d)
{
    return {nullIfEmpty(d.serial),
            nullIfEmpty(d.assetTag),
            nullIfEmpty(d.hostname),
            static_cast<int>(d.type),
            nullIfEmpty(d.manufacturer),
            nullIfEmpty(d.model),
            d.productionYear > 0 ? QVariant(d.productionYear) : QVariant(QMetaType::fromType<int>()),
            static_cast<int>(d.yearSource),
            dateVariant(d.purchaseDate),
            nullIfZero(d.municipalityId),
            nullIfZero(d.locationId),
            nullIfZero(d.departmentId),
            nullIfZero(d.networkId),
            nullIfEmpty(d.primaryUser),
            dateTimeVariant(d.lastSeen),
            static_cast<int>(d.state),
            nullIfZero(d.replacedById),
            dateVariant(d.replacedOn),
            nullIfEmpty(d.replacedByTechnician),
            dateVariant(d.inServiceFrom),
            d.keep ? 1 : 0,
            nullIfZero(d.poolId),
            nullIfEmpty(d.notes)};
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

DeviceRepository::DeviceRepository(Connection db, PreparedStatements* prepared)
    : m_db(std::move(db))
    , m_ownPrepared(prepared ? nullptr : std::make_unique<PreparedStatements>(m_db))
    , m_prepared(prepared ? prepared : m_ownPrepared.get())
{}

DeviceRepository::~DeviceRepository() = default;

Result<Device> DeviceRepository::findById(qint64 id) const
{
    Result<QSqlQuery> query = runQuery(m_db, SelectDevice + QStringLiteral(" WHERE d.id = ?"), {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error(QCoreApplication::translate("DeviceRepository", "No device with id %1.").arg(id),
                     Error::Code::NotFound);
    return deviceFromRow(query.value());
}

Result<std::optional<Device>> DeviceRepository::findBySerial(const QString& serial) const
{
    Result<QSqlQuery> query = runQuery(m_db, SelectDevice + QStringLiteral(" WHERE d.serial = ?"), {serial});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<Device>();
    return std::optional<Device>(deviceFromRow(query.value()));
}

Result<std::optional<Device>> DeviceRepository::lockBySerial(Transaction& tx, const QString& serial) const
{
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    Result<QSqlQuery*> query = m_prepared->run(SelectDevice + QStringLiteral(" WHERE d.serial = ?") +
                                                   Engine::of(m_db).lockRowsForUpdate(QStringLiteral("d")),
                                               {serial});
    if (!query)
        return query.error();
    std::optional<Device> found;
    if (query.value()->next())
        found = deviceFromRow(*query.value());
    query.value()->finish(); // a file's read ends with its statement
    return found;
}

Result<QList<Device>> DeviceRepository::findByHostname(const QString& hostname) const
{
    const Engine& engine = Engine::of(m_db);
    Result<QSqlQuery> query =
        runQuery(m_db,
                 SelectDevice + QStringLiteral(" WHERE ") + engine.caseless(QStringLiteral("d.hostname")) +
                     QStringLiteral(" = ") + engine.caseless(QStringLiteral("?")) + QStringLiteral(" ORDER BY d.id"),
                 {hostname});
    if (!query)
        return query.error();
    QList<Device> result;
    while (query.value().next())
        result.append(deviceFromRow(query.value()));
    return result;
}

Result<qint64> DeviceRepository::count() const
{
    Result<QSqlQuery> query = runQuery(m_db, QStringLiteral("SELECT COUNT(*) FROM device"));
    if (!query)
        return query.error();
    query.value().next();
    return query.value().value(0).toLongLong();
}

Status DeviceRepository::create(Transaction& tx, Device& device, const ChangeContext& context)
{
    if (Status begun = tx.begin(); !begun)
        return begun;
    if (!device.serial.isEmpty()) {
        Result<std::optional<Device>> existing = findBySerial(device.serial);
        if (!existing)
            return existing.error();
        if (existing.value())
            return Error(QCoreApplication::translate("DeviceRepository",
                                                     "The serial number %1 is already registered (device %2).")
                             .arg(device.serial, existing.value()->hostname.isEmpty()
                                                     ? QString::number(existing.value()->id)
                                                     : existing.value()->hostname),
                         Error::Code::Refused);
    }
    QList<AuditRow> audit;
    if (Status created = createChecked(tx, device, audit); !created)
        return created;
    return AuditLog::recordAll(tx, context, audit);
}

Status DeviceRepository::createChecked(Transaction& tx, Device& device, QList<AuditRow>& audit)
{
    if (Status begun = tx.begin(); !begun)
        return begun;
    QVariantList values = writeValues(device);
    const QString now = nowText();
    values << 1 << now << now;
    Result<QSqlQuery*> inserted = m_prepared->run(
        QStringLiteral("INSERT INTO device (") + WriteColumns +
            QStringLiteral(", version, created_at, updated_at)"
                           " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"),
        values);
    if (!inserted)
        return inserted.error();
    if (!inserted.value()->next())
        return Error(QCoreApplication::translate("Sql", "Database error: %1")
                         .arg(QStringLiteral("INSERT ... RETURNING gave no row")));
    device.id = inserted.value()->value(0).toLongLong();
    inserted.value()->finish();
    device.version = 1;
    audit.append(
        {device.id, QStringLiteral("created"), QString(), device.serial.isEmpty() ? device.hostname : device.serial});
    return {};
}

Result<QList<DeviceField>> DeviceRepository::update(Transaction& tx, Device& changed, const ChangeContext& context)
{
    return write(tx, changed, context, true);
}

Result<QList<DeviceField>> DeviceRepository::overwrite(Transaction& tx, Device& changed, const ChangeContext& context)
{
    return write(tx, changed, context, false);
}

Result<QList<DeviceField>> DeviceRepository::revert(Transaction& tx, Device& previous, int expectedVersion,
                                                    const ChangeContext& context)
{
    previous.version = expectedVersion;
    return write(tx, previous, context, true, false);
}

Result<QList<DeviceField>> DeviceRepository::updateLocked(Transaction& tx, const Device& locked, Device& changed,
                                                          QList<AuditRow>& audit)
{
    if (locked.version != changed.version)
        return DeviceConflict::error(m_db, changed.id, changed.version);
    return writeOver(tx, locked, changed, true, audit);
}

Result<QList<DeviceField>> DeviceRepository::write(Transaction& tx, Device& changed, const ChangeContext& context,
                                                   bool checkVersion, bool checkTransition)
{
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    Result<Device> stored = findById(changed.id);
    if (!stored)
        return stored.error();
    if (checkVersion && stored.value().version != changed.version)
        return DeviceConflict::error(m_db, changed.id, changed.version);
    QList<AuditRow> audit;
    Result<QList<DeviceField>> fields = writeOver(tx, stored.value(), changed, checkTransition, audit);
    if (!fields)
        return fields;
    if (Status logged = AuditLog::recordAll(tx, context, audit); !logged)
        return logged.error();
    return fields;
}

Result<QList<DeviceField>> DeviceRepository::writeOver(Transaction& tx, const Device& before, Device& changed,
                                                       bool checkTransition, QList<AuditRow>& audit)
{
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    const QList<DeviceField> fields = differences(before, changed);
    if (fields.isEmpty()) {
        changed.version = before.version;
        return fields;
    }
    if (checkTransition && fields.contains(DeviceField::State) && !isTransitionAllowed(before.state, changed.state))
        return Error(transitionRefusal(before.state, changed.state), Error::Code::Refused);
    if (fields.contains(DeviceField::Serial) && !changed.serial.isEmpty()) {
        Result<std::optional<Device>> other = findBySerial(changed.serial);
        if (!other)
            return other.error();
        if (other.value() && other.value()->id != changed.id)
            return Error(QCoreApplication::translate("DeviceRepository",
                                                     "The serial number %1 is already registered on another device.")
                             .arg(changed.serial),
                         Error::Code::Refused);
    }

    QVariantList values = writeValues(changed);
    values << nowText() << changed.id << before.version;
    QString assignments = WriteColumns;
    assignments.replace(QStringLiteral(","), QStringLiteral(" = ?,"));
    // The reference names come back with the write (one round trip to a server, not two).
    Result<QSqlQuery*> updated = m_prepared->run(
        QStringLiteral("UPDATE device SET ") + assignments +
            QStringLiteral(" = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?"
                           " RETURNING (SELECT name FROM municipality WHERE id = device.municipality_id),"
                           " (SELECT name FROM location WHERE id = device.location_id),"
                           " (SELECT name FROM department WHERE id = device.department_id),"
                           " (SELECT name FROM network WHERE id = device.network_id),"
                           " (SELECT name FROM pool WHERE id = device.pool_id)"),
        values);
    if (!updated)
        return updated.error();
    // On a server another writer may have saved between the read and this UPDATE (which then waited for it).
    QSqlQuery& names = *updated.value();
    if (!names.next())
        return DeviceConflict::error(m_db, changed.id, before.version);
    changed.municipalityName = names.value(0).toString();
    changed.locationName = names.value(1).toString();
    changed.departmentName = names.value(2).toString();
    changed.networkName = names.value(3).toString();
    changed.poolName = names.value(4).toString();
    names.finish();
    for (DeviceField field : fields)
        audit.append(
            {changed.id, deviceFieldKey(field), deviceFieldValue(before, field), deviceFieldValue(changed, field)});
    changed.version = before.version + 1;
    return fields;
}

QList<DeviceField> DeviceRepository::differences(const Device& a, const Device& b)
{
    QList<DeviceField> result;
    auto check = [&](DeviceField field, bool differs) {
        if (differs)
            result.append(field);
    };
    check(DeviceField::Serial, a.serial != b.serial);
    check(DeviceField::AssetTag, a.assetTag != b.assetTag);
    check(DeviceField::Hostname, a.hostname != b.hostname);
    check(DeviceField::Type, a.type != b.type);
    check(DeviceField::Manufacturer, a.manufacturer != b.manufacturer);
    check(DeviceField::Model, a.model != b.model);
    check(DeviceField::ProductionYear, a.productionYear != b.productionYear);
    check(DeviceField::YearSource, a.yearSource != b.yearSource);
    check(DeviceField::PurchaseDate, a.purchaseDate != b.purchaseDate);
    check(DeviceField::Municipality, a.municipalityId != b.municipalityId);
    check(DeviceField::Location, a.locationId != b.locationId);
    check(DeviceField::Department, a.departmentId != b.departmentId);
    check(DeviceField::Network, a.networkId != b.networkId);
    check(DeviceField::PrimaryUser, a.primaryUser != b.primaryUser);
    // Stored to the second: compare at that precision so a re-read device is not "changed".
    check(DeviceField::LastSeen,
          a.lastSeen.isValid() != b.lastSeen.isValid() ||
              (a.lastSeen.isValid() && a.lastSeen.toSecsSinceEpoch() != b.lastSeen.toSecsSinceEpoch()));
    check(DeviceField::State, a.state != b.state);
    check(DeviceField::ReplacedBy, a.replacedById != b.replacedById);
    check(DeviceField::ReplacedOn, a.replacedOn != b.replacedOn);
    check(DeviceField::ReplacedByTechnician, a.replacedByTechnician != b.replacedByTechnician);
    check(DeviceField::InServiceFrom, a.inServiceFrom != b.inServiceFrom);
    check(DeviceField::Keep, a.keep != b.keep);
    check(DeviceField::Pool, a.poolId != b.poolId);
    check(DeviceField::Notes, a.notes != b.notes);
    return result;
}

} // namespace rullering
