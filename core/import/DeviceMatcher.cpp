#include "DeviceMatcher.h"

#include "ImportReferences.h"
#include "ImportValues.h"
#include "storage/Engine.h"
#include "util/AsciiCase.h"

#include <QCoreApplication>

#include <limits>

namespace rullering {
namespace {

constexpr char SelectColumns[] = "SELECT id, version, serial, asset_tag, hostname, type, manufacturer, model,"
                                 " production_year, year_source, purchase_date, municipality_id, location_id,"
                                 " department_id, network_id, primary_user, last_seen, state, notes, in_service_from,"
                                 " replaced_on, replaced_by_id, replaced_by_technician, keep FROM device";

std::unique_ptr<Statement> selectDevice(const QSqlDatabase& db, const QString& where)
{
    const QByteArray sql = QByteArray(SelectColumns) + where.toUtf8();
    return std::make_unique<Statement>(db, sql.constData());
}

} // namespace

DeviceMatcher::DeviceMatcher(const QSqlDatabase& db, const ImportReferences& references)
    : m_db(db)
    , m_references(references)
{}

DeviceMatcher::~DeviceMatcher() = default;

Status DeviceMatcher::prepare(qint64 devicesAtStart, qint64 maxIdAtStart)
{
    m_devicesAtStart = devicesAtStart;
    m_maxIdAtStart = maxIdAtStart;
    m_touchedLine.assign(size_t(maxIdAtStart) + 1, 0);
    m_touchedSeen.assign(size_t(maxIdAtStart) + 1, 0);
    const Engine& engine = Engine::of(m_db);
    m_byId = selectDevice(m_db, QStringLiteral(" WHERE id = ?1"));
    m_bySerial = selectDevice(m_db, QStringLiteral(" WHERE serial = ?1 AND id <= ?2"));
    // Up to two rows: one is a match, two make the name ambiguous (findByHostname), so their order does not matter.
    // (An ORDER BY id here opened a sorter at every lookup: 15 % of the instructions of 12k new devices into a
    // 10k register, for lookups that mostly find nothing.)
    m_byHostname = selectDevice(m_db, QStringLiteral(" WHERE ") + engine.caseless(QStringLiteral("hostname")) +
                                          QStringLiteral(" = ") + engine.caseless(QStringLiteral("?1")) +
                                          QStringLiteral(" AND (?2 = 0 OR serial IS NULL) AND id <= ?3 LIMIT 2"));
    for (const auto* statement : {m_byId.get(), m_bySerial.get(), m_byHostname.get()}) {
        if (!statement->ok())
            return Error(statement->errorText());
    }
    return {};
}

Status DeviceMatcher::findRepeatsWithoutIndexes(std::function<Status()> beforeReadingCreated)
{
    m_beforeReadingCreated = std::move(beforeReadingCreated);
    m_firstLoadKeys = std::make_unique<FirstLoadKeys>(m_db, m_maxIdAtStart, m_beforeReadingCreated);
    if (!m_firstLoadKeys->ok())
        return importRefusedByDatabase(m_firstLoadKeys->errorText());
    return {};
}

qint64 DeviceMatcher::queriedIdsUpTo() const
{
    return m_firstLoadKeys ? m_maxIdAtStart : std::numeric_limits<qint64>::max();
}

Device DeviceMatcher::storedRow(const Statement& s)
{
    Device d;
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
    return d;
}

void DeviceMatcher::complete(Device& d) const
{
    if (m_staged) {
        if (const auto staged = m_staged->constFind(d.id); staged != m_staged->cend())
            d = staged.value();
    }
    if (m_hideLinksOfCreated && d.id > m_maxIdAtStart)
        d.replacedById = 0;
    m_references.fillNames(d);
}

DeviceMatcher::Match DeviceMatcher::read(Statement& s)
{
    Match match;
    if (s.step()) {
        match.device = storedRow(s);
        complete(match.device);
        match.found = true;
    }
    return match;
}

Status DeviceMatcher::prefetchSerials(const QStringList& serials)
{
    m_prefetched.clear();
    m_prefetchedSerials.clear();
    if (serials.isEmpty() || (m_firstLoadKeys && m_devicesAtStart == 0)) // nothing stored to read
        return {};
    const Engine& engine = Engine::of(m_db);
    if (!m_bySerials) {
        m_bySerials = selectDevice(m_db, QStringLiteral(" WHERE ") +
                                             engine.inTextList(QStringLiteral("serial"), QStringLiteral("?1")) +
                                             QStringLiteral(" AND id <= ?2"));
        if (!m_bySerials->ok())
            return importRefusedByDatabase(m_bySerials->errorText());
    }
    m_bySerials->text(1, engine.textListValue(serials));
    m_bySerials->integer(2, queriedIdsUpTo());
    while (m_bySerials->step()) {
        Device stored = storedRow(*m_bySerials);
        const QString serial = stored.serial;
        m_prefetched.insert(serial, std::move(stored));
    }
    const bool failed = m_bySerials->failed();
    m_bySerials->reset();
    if (failed) {
        m_prefetched.clear();
        return importRefusedByDatabase(m_bySerials->errorText());
    }
    for (const QString& serial : serials)
        m_prefetchedSerials.insert(serial);
    return {};
}

Result<DeviceMatcher::Match> DeviceMatcher::byId(qint64 id)
{
    if (id > m_maxIdAtStart && m_beforeReadingCreated) {
        if (Status sent = m_beforeReadingCreated(); !sent)
            return sent.error();
    }
    m_byId->integer(1, id);
    Match match = read(*m_byId);
    const bool failed = m_byId->failed();
    m_byId->reset();
    if (failed)
        return importRefusedByDatabase(m_byId->errorText());
    return match;
}

Result<DeviceMatcher::Match> DeviceMatcher::bySerial(const QString& serial, bool idOnly)
{
    Match match;
    if (m_prefetchedSerials.contains(serial)) { // read with its batch (prefetchSerials())
        if (const auto stored = m_prefetched.constFind(serial); stored != m_prefetched.cend()) {
            match.device = stored.value();
            complete(match.device);
            match.found = true;
        }
        if (match.found && isStaged(match.device.id) && match.device.serial != serial)
            match = Match(); // a staged update took the serial away
    } else if (idOnly && !m_staged && (!m_firstLoadKeys || m_devicesAtStart > 0)) {
        // A link's target needs its id only: reading and completing the whole row cost 18k instructions a link
        // (42 M for the 1,882 links of a 12k file).
        if (!m_idBySerial) {
            m_idBySerial = std::make_unique<Statement>(m_db, "SELECT id FROM device WHERE serial = ?1 AND id <= ?2");
            if (!m_idBySerial->ok())
                return importRefusedByDatabase(m_idBySerial->errorText());
        }
        m_idBySerial->text(1, serial);
        m_idBySerial->integer(2, queriedIdsUpTo());
        if (m_idBySerial->step()) {
            match.device.id = m_idBySerial->columnInt(0);
            match.found = true;
        }
        const bool failed = m_idBySerial->failed();
        m_idBySerial->reset();
        if (failed)
            return importRefusedByDatabase(m_idBySerial->errorText());
    } else if (!m_firstLoadKeys || m_devicesAtStart > 0) {
        m_bySerial->text(1, serial);
        m_bySerial->integer(2, queriedIdsUpTo());
        match = read(*m_bySerial);
        const bool failed = m_bySerial->failed();
        m_bySerial->reset();
        if (failed)
            return importRefusedByDatabase(m_bySerial->errorText());
        if (match.found && isStaged(match.device.id) && match.device.serial != serial)
            match = Match(); // a staged update took the serial away
    }
    if (!match.found && m_staged) {
        if (const qint64 id = m_stagedSerials.value(serial); id > 0 && m_staged->value(id).serial == serial) {
            Result<Match> device = byId(id);
            if (!device)
                return device.error();
            return device.value();
        }
    }
    if (match.found || !m_firstLoadKeys)
        return match;
    Result<qint64> created = m_firstLoadKeys->deviceWithSerial(serial);
    if (!created)
        return created.error();
    if (created.value() == 0)
        return match;
    if (idOnly) { // (a link to each of 16k devices read each twice: 2 round trips a link on a server)
        match.device.id = created.value();
        match.found = true;
        return match;
    }
    return byId(created.value());
}

Result<std::optional<Device>> DeviceMatcher::findByHostname(const QString& hostname, bool withoutSerialOnly, int& count)
{
    // The register's own devices by query (none to ask for in an empty register read through FirstLoadKeys), with
    // their staged names; this import's through FirstLoadKeys.
    Match first;
    count = 0;
    if (!m_firstLoadKeys || m_devicesAtStart > 0) {
        m_byHostname->text(1, hostname);
        m_byHostname->integer(2, withoutSerialOnly ? 1 : 0);
        m_byHostname->integer(3, queriedIdsUpTo());
        first = read(*m_byHostname);
        if (first.found && isStaged(first.device.id) && !stillNamed(first.device, hostname, withoutSerialOnly))
            first = read(*m_byHostname); // (of two rows: staged devices are few, so is a name on three)
        count = first.found ? 1 : 0;
        if (count == 1 && m_byHostname->step())
            count = 2;
        const bool failed = m_byHostname->failed();
        m_byHostname->reset();
        if (failed)
            return importRefusedByDatabase(m_byHostname->errorText());
    }
    if (m_staged && count < 2) {
        for (const qint64 id : m_stagedNames.values(hostname.toLower())) {
            if (count >= 2 || (first.found && first.device.id == id))
                continue;
            const Device device = m_staged->value(id);
            if (!stillNamed(device, hostname, withoutSerialOnly))
                continue;
            if (++count == 1) {
                first.device = device;
                m_references.fillNames(first.device);
                first.found = true;
            }
        }
    }
    if (m_firstLoadKeys && count < 2) {
        Result<QList<qint64>> named = m_firstLoadKeys->devicesNamed(hostname, 2 - count, withoutSerialOnly);
        if (!named)
            return named.error();
        if (count == 0 && named->size() == 1) {
            Result<Match> device = byId(named->constFirst());
            if (!device)
                return device.error();
            first = device.value();
        }
        count += int(named->size());
    }
    if (count != 1)
        return std::optional<Device>();
    return std::optional<Device>(first.device);
}

bool DeviceMatcher::stillNamed(const Device& device, const QString& hostname, bool withoutSerialOnly)
{
    // Qt's case folding goes beyond ASCII, the engines' does not (Ø and ø differ).
    return !(withoutSerialOnly && !device.serial.isEmpty()) && equalIgnoringAsciiCase(device.hostname, hostname);
}

void DeviceMatcher::staged(const Device& before, const Device& after)
{
    if (!after.serial.isEmpty() && after.serial != before.serial)
        m_stagedSerials.insert(after.serial, after.id);
    if (!after.hostname.isEmpty() && !stillNamed(before, after.hostname, false))
        m_stagedNames.insert(after.hostname.toLower(), after.id);
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
        Result<Match> bySerialNumber = bySerial(row.serial);
        if (!bySerialNumber)
            return bySerialNumber.error();
        match = bySerialNumber.value();
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
    Result<Match> stored = bySerial(reference, true);
    if (!stored)
        return stored.error();
    if (stored.value().found)
        return stored.value().device.id;
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
        Result<Match> device = byId(earlier.value());
        if (!device)
            return device.error();
        match = device.value();
    } else {
        Result<Match> device = bySerial(serial);
        if (!device)
            return device.error();
        match = device.value();
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
