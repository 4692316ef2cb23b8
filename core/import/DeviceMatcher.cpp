#include "DeviceMatcher.h"

#include "ImportReferences.h"
#include "ImportValues.h"

#include <QCoreApplication>

namespace rullering {
namespace {

constexpr char SelectColumns[] = "SELECT id, version, serial, asset_tag, hostname, type, manufacturer, model,"
                                 " production_year, year_source, purchase_date, municipality_id, location_id,"
                                 " department_id, network_id, primary_user, last_seen, state, notes, in_service_from,"
                                 " replaced_on, replaced_by_id, replaced_by_technician, keep FROM device";

std::unique_ptr<SqliteStatement> selectDevice(sqlite3* db, const char* where)
{
    return std::make_unique<SqliteStatement>(db, QByteArray(QByteArray(SelectColumns) + where).constData());
}

} // namespace

DeviceMatcher::DeviceMatcher(sqlite3* db, const ImportReferences& references)
    : m_db(db)
    , m_references(references)
{}

DeviceMatcher::~DeviceMatcher() = default;

Status DeviceMatcher::prepare(qint64 devicesAtStart, qint64 maxIdAtStart)
{
    m_devicesAtStart = devicesAtStart;
    m_touchedLine.assign(size_t(maxIdAtStart) + 1, 0);
    m_touchedSeen.assign(size_t(maxIdAtStart) + 1, 0);
    m_byId = selectDevice(m_db, " WHERE id = ?1");
    m_bySerial = selectDevice(m_db, " WHERE serial = ?1");
    // Up to two rows: one is a match, two make the name ambiguous (findByHostname), so their order does not matter.
    // (An ORDER BY id here opened a sorter at every lookup: 15 % of the instructions of 12k new devices into a
    // 10k register, for lookups that mostly find nothing.)
    m_byHostname = selectDevice(m_db, " WHERE hostname = ?1 COLLATE NOCASE AND (?2 = 0 OR serial IS NULL) LIMIT 2");
    for (const auto* statement : {m_byId.get(), m_bySerial.get(), m_byHostname.get()}) {
        if (!statement->ok())
            return Error(statement->errorText());
    }
    return {};
}

Status DeviceMatcher::findRepeatsWithoutIndexes()
{
    if (m_devicesAtStart != 0)
        return Error(QStringLiteral("FirstLoadKeys need an empty register"));
    m_firstLoadKeys = std::make_unique<FirstLoadKeys>(m_db);
    if (!m_firstLoadKeys->ok())
        return importRefusedByDatabase(m_firstLoadKeys->errorText());
    return {};
}

DeviceMatcher::Match DeviceMatcher::read(SqliteStatement& s)
{
    Match match;
    if (s.step()) {
        Device& d = match.device;
        d.id = s.columnInt(0);
        d.version = int(s.columnInt(1));
        d.serial = s.columnText(2);
        d.assetTag = s.columnText(3);
        d.hostname = s.columnText(4);
        d.type = static_cast<DeviceType>(s.columnInt(5));
        d.manufacturer = s.columnText(6);
        d.model = s.columnText(7);
        d.productionYear = int(s.columnInt(8));
        d.yearSource = static_cast<YearSource>(s.columnInt(9));
        d.purchaseDate = parseDateTime(s.columnText(10), DateOrder::Auto).date;
        d.municipalityId = s.columnInt(11);
        d.locationId = s.columnInt(12);
        d.departmentId = s.columnInt(13);
        d.networkId = s.columnInt(14);
        d.primaryUser = s.columnText(15);
        d.lastSeen = parseDateTime(s.columnText(16), DateOrder::Auto).toUtc();
        d.state = static_cast<LifecycleState>(s.columnInt(17));
        d.notes = s.columnText(18);
        d.inServiceFrom = parseDateTime(s.columnText(19), DateOrder::Auto).date;
        d.replacedOn = parseDateTime(s.columnText(20), DateOrder::Auto).date;
        d.replacedById = s.columnInt(21);
        d.replacedByTechnician = s.columnText(22);
        d.keep = s.columnInt(23) != 0;
        m_references.fillNames(d);
        match.found = true;
    }
    return match;
}

Result<std::optional<Device>> DeviceMatcher::findByHostname(const QString& hostname, bool withoutSerialOnly, int& count)
{
    if (m_firstLoadKeys && !withoutSerialOnly) {
        Result<QList<qint64>> named = m_firstLoadKeys->devicesNamed(hostname, 2);
        if (!named)
            return named.error();
        count = int(named->size());
        if (count != 1)
            return std::optional<Device>();
        m_byId->integer(1, named->constFirst());
        const Match device = read(*m_byId);
        m_byId->reset();
        return std::optional<Device>(device.device);
    }
    m_byHostname->text(1, hostname);
    m_byHostname->integer(2, withoutSerialOnly ? 1 : 0);
    const Match first = read(*m_byHostname);
    count = first.found ? 1 : 0;
    if (count == 1 && m_byHostname->step())
        count = 2;
    m_byHostname->reset();
    if (count != 1)
        return std::optional<Device>();
    return std::optional<Device>(first.device);
}

Result<DeviceMatcher::Match> DeviceMatcher::find(const ImportRow& row)
{
    const bool byHostname = row.serial.isEmpty();
    if (byHostname && row.hostname.isEmpty()) {
        return Error(
            row.rawSerial.isEmpty()
                ? QCoreApplication::translate("DeviceImportWriter",
                                              "No serial number and no device name: nothing to match the row on.")
                : QCoreApplication::translate(
                      "DeviceImportWriter",
                      "The serial number \"%1\" is a placeholder, and there is no device name to match on.")
                      .arg(row.rawSerial),
            Error::Code::Invalid);
    }
    Match match;
    if (byHostname) {
        int count = 0;
        Result<std::optional<Device>> found = findByHostname(row.hostname, false, count);
        if (!found)
            return found.error();
        if (count > 1)
            return Error(QCoreApplication::translate(
                             "DeviceImportWriter",
                             "Several devices are named %1; without a usable serial number the row cannot be matched.")
                             .arg(row.hostname),
                         Error::Code::Refused);
        if (found.value()) {
            match.device = *found.value();
            match.found = true;
        }
    } else if (m_devicesAtStart > 0) {
        m_bySerial->text(1, row.serial);
        match = read(*m_bySerial);
        m_bySerial->reset();
        if (!match.found && !row.hostname.isEmpty()) {
            // A device registered earlier without a usable serial gets its serial now.
            int count = 0;
            Result<std::optional<Device>> named = findByHostname(row.hostname, true, count);
            if (!named)
                return named.error();
            if (named.value()) {
                match.device = *named.value();
                match.found = true;
            }
        }
    }
    if (match.found) {
        if (const int line = firstLine(match.device.id); line > 0) {
            if (!byHostname) {
                match.earlierLine = line;
                return match;
            }
            return Error(QCoreApplication::translate(
                             "DeviceImportWriter",
                             "The device name %1 appears again (no usable serial number); first on line %2.")
                             .arg(row.hostname)
                             .arg(line),
                         Error::Code::Refused);
        }
    }
    return match;
}

Result<qint64> DeviceMatcher::idOf(const QString& reference)
{
    if (reference.isEmpty())
        return qint64(0);
    if (m_firstLoadKeys) {
        Result<qint64> stored = m_firstLoadKeys->deviceWithSerial(reference);
        if (!stored || stored.value() != 0)
            return stored;
    } else {
        m_bySerial->text(1, reference);
        const Match bySerial = read(*m_bySerial);
        m_bySerial->reset();
        if (bySerial.found)
            return bySerial.device.id;
    }
    int count = 0;
    Result<std::optional<Device>> named = findByHostname(reference, false, count);
    if (!named)
        return named.error();
    return named.value() ? named.value()->id : qint64(0);
}

Result<DeviceMatcher::Match> DeviceMatcher::storedWithSerial(const QString& serial)
{
    Match match;
    if (serial.isEmpty())
        return match;
    if (m_firstLoadKeys) {
        Result<qint64> earlier = m_firstLoadKeys->deviceWithSerial(serial);
        if (!earlier)
            return earlier.error();
        if (earlier.value() == 0)
            return match;
        m_byId->integer(1, earlier.value());
        match = read(*m_byId);
        m_byId->reset();
    } else {
        m_bySerial->text(1, serial);
        match = read(*m_bySerial);
        m_bySerial->reset();
    }
    if (match.found)
        match.earlierLine = firstLine(match.device.id);
    return match;
}

void DeviceMatcher::stored(const Device& device, qint64 line, bool created, const QDateTime& rowSeen)
{
    const auto id = size_t(device.id);
    if (id >= m_touchedLine.size()) {
        m_touchedLine.resize(id + id / 4 + 1024, 0);
        m_touchedSeen.resize(m_touchedLine.size(), 0);
    }
    m_touchedLine[id] = qint32(line);
    m_touchedSeen[id] = rowSeen.isValid() ? rowSeen.toMSecsSinceEpoch() : 0;
    if (created && m_firstLoadKeys)
        m_firstLoadKeys->added(device.id, device.serial, device.hostname);
}

int DeviceMatcher::firstLine(qint64 id) const
{
    return id >= 0 && size_t(id) < m_touchedLine.size() ? m_touchedLine[size_t(id)] : 0;
}

QDateTime DeviceMatcher::rowSeen(qint64 id) const
{
    if (id < 0 || size_t(id) >= m_touchedSeen.size() || m_touchedSeen[size_t(id)] == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_touchedSeen[size_t(id)], Qt::UTC);
}

} // namespace rullering
