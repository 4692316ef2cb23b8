#include "DeviceImportWriter.h"

#include "storage/Database.h"
#include "storage/DeviceRepository.h"
#include "storage/SearchIndexBatch.h"
#include "storage/Sql.h"
#include "util/IsoTime.h"

#include <QCoreApplication>

#include <algorithm>

namespace rullering {
namespace {

constexpr char SelectColumns[] = "SELECT id, version, serial, asset_tag, hostname, type, manufacturer, model,"
                                 " production_year, year_source, purchase_date, municipality_id, location_id,"
                                 " department_id, network_id, primary_user, last_seen, state, notes FROM device";

// Binds the columns both INSERT and UPDATE write, as ?1..?17.
void bindDevice(SqliteStatement& s, const Device& d)
{
    s.text(1, d.serial);
    s.text(2, d.assetTag);
    s.text(3, d.hostname);
    s.integer(4, int(d.type));
    s.text(5, d.manufacturer);
    s.text(6, d.model);
    s.idOrNull(7, d.productionYear);
    s.integer(8, int(d.yearSource));
    s.utf8(9, isoDate(d.purchaseDate));
    s.idOrNull(10, d.municipalityId);
    s.idOrNull(11, d.locationId);
    s.idOrNull(12, d.departmentId);
    s.idOrNull(13, d.networkId);
    s.text(14, d.primaryUser);
    s.utf8(15, isoUtc(d.lastSeen));
    s.integer(16, int(d.state));
    s.text(17, d.notes);
}

} // namespace

DeviceImportWriter::DeviceImportWriter(Database& database, Transaction& tx, Settings settings)
    : m_database(database)
    , m_tx(tx)
    , m_settings(std::move(settings))
    , m_references(database.connection())
    , m_atUtf8(m_settings.at.toUtf8())
    , m_whoUtf8(m_settings.who.toUtf8())
{}

DeviceImportWriter::~DeviceImportWriter() = default;

Error DeviceImportWriter::sqlError(const SqliteStatement& statement) const
{
    return Error(QCoreApplication::translate("DeviceImportWriter", "The database refused the import: %1")
                     .arg(statement.errorText()));
}

Status DeviceImportWriter::prepare()
{
    const QSqlDatabase db = m_database.connection();
    Result<QSqlQuery> counts = runQuery(db, QStringLiteral("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM device"));
    if (!counts)
        return counts.error();
    counts.value().next();
    m_devicesAtStart = counts.value().value(0).toLongLong();
    m_maxIdAtStart = counts.value().value(1).toLongLong();
    counts.value().finish();
    m_touchedLine.assign(size_t(m_maxIdAtStart) + 1, 0);

    if (Status loaded = m_references.load(); !loaded)
        return loaded;
    sqlite3* raw = m_database.sqliteHandle();
    if (!raw)
        return Error(QCoreApplication::translate("DeviceImportWriter", "The database connection is not SQLite."));
    m_byId =
        std::make_unique<SqliteStatement>(raw, QByteArray(QByteArray(SelectColumns) + " WHERE id = ?1").constData());
    m_bySerial = std::make_unique<SqliteStatement>(
        raw, QByteArray(QByteArray(SelectColumns) + " WHERE serial = ?1").constData());
    // Up to two rows: one is a match, two make the name ambiguous (findByHostname), so their order does not matter.
    // (An ORDER BY id here opened a sorter at every lookup: 15 % of the instructions of 12k new devices into a
    // 10k register, for lookups that mostly find nothing.)
    m_byHostname = std::make_unique<SqliteStatement>(
        raw, QByteArray(QByteArray(SelectColumns) +
                        " WHERE hostname = ?1 COLLATE NOCASE AND (?2 = 0 OR serial IS NULL) LIMIT 2")
                 .constData());
    m_insert = std::make_unique<SqliteStatement>(
        raw, "INSERT INTO device (serial, asset_tag, hostname, type, manufacturer, model, production_year,"
             " year_source, purchase_date, municipality_id, location_id, department_id, network_id, primary_user,"
             " last_seen, state, notes, version, created_at, updated_at)"
             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, 1, ?18, ?18)");
    m_update = std::make_unique<SqliteStatement>(
        raw, "UPDATE device SET serial = ?1, asset_tag = ?2, hostname = ?3, type = ?4, manufacturer = ?5,"
             " model = ?6, production_year = ?7, year_source = ?8, purchase_date = ?9, municipality_id = ?10,"
             " location_id = ?11, department_id = ?12, network_id = ?13, primary_user = ?14, last_seen = ?15,"
             " state = ?16, notes = ?17, version = version + 1, updated_at = ?18 WHERE id = ?19");
    m_audit = std::make_unique<SqliteStatement>(
        raw, "INSERT INTO audit (at, who, device_id, field, old_value, new_value, reason, import_id)"
             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'import', ?7)");
    m_seen = std::make_unique<SqliteStatement>(
        raw, "INSERT OR IGNORE INTO device_seen (device_id, seen_at, import_id) VALUES (?1, ?2, ?3)");
    for (const auto* statement : {m_byId.get(), m_bySerial.get(), m_byHostname.get(), m_insert.get(), m_update.get(),
                                  m_audit.get(), m_seen.get()}) {
        if (!statement->ok())
            return sqlError(*statement);
    }
    return {};
}

Status DeviceImportWriter::findRepeatsWithoutIndexes()
{
    if (m_devicesAtStart != 0)
        return Error(QStringLiteral("FirstLoadKeys need an empty register"));
    m_firstLoadKeys = std::make_unique<FirstLoadKeys>(m_database.sqliteHandle());
    if (!m_firstLoadKeys->ok())
        return Error(m_firstLoadKeys->errorText());
    return {};
}

Error DeviceImportWriter::repeatedSerial(const QString& serial, qint64 firstId) const
{
    return Error(
        QCoreApplication::translate("DeviceImportWriter", "The serial number %1 appears again; first on line %2.")
            .arg(serial)
            .arg(firstLine(firstId)),
        Error::Code::Refused);
}

// The usual year of each model among devices whose year rests on real evidence (not itself a model guess). Read
// on first need: a file whose rows all carry evidence never pays for the scan.
Status DeviceImportWriter::loadModelYears()
{
    m_modelYearsLoaded = true;
    const QSqlDatabase db = m_database.connection();
    Result<QSqlQuery> years = runQuery(db, QStringLiteral("SELECT model, production_year, COUNT(*) FROM device"
                                                          " WHERE model IS NOT NULL AND production_year IS NOT NULL"
                                                          " AND year_source BETWEEN 1 AND 5"
                                                          " GROUP BY model, production_year"));
    if (!years)
        return years.error();
    while (years.value().next())
        m_modelYears.add(years.value().value(0).toString(), years.value().value(1).toInt(),
                         years.value().value(2).toLongLong());

    if (m_modelYears.isEmpty())
        m_modelYears = m_fileModelYears;
    return {};
}

Result<DeviceImportWriter::Match> DeviceImportWriter::lookup(SqliteStatement& s, const QString&)
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
        m_references.fillNames(d);
        match.found = true;
    }
    return match;
}

Result<std::optional<Device>> DeviceImportWriter::findByHostname(const QString& hostname, bool withoutSerialOnly,
                                                                 int& count)
{
    if (m_firstLoadKeys && !withoutSerialOnly) {
        Result<QList<qint64>> named = m_firstLoadKeys->devicesNamed(hostname, 2);
        if (!named)
            return named.error();
        count = int(named->size());
        if (count != 1)
            return std::optional<Device>();
        m_byId->integer(1, named->constFirst());
        Result<Match> device = lookup(*m_byId, hostname);
        m_byId->reset();
        return std::optional<Device>(device.value().device);
    }
    m_byHostname->text(1, hostname);
    m_byHostname->integer(2, withoutSerialOnly ? 1 : 0);
    Result<Match> first = lookup(*m_byHostname, hostname);
    count = first.value().found ? 1 : 0;
    if (count == 1 && m_byHostname->step())
        count = 2;
    m_byHostname->reset();
    if (count != 1)
        return std::optional<Device>();
    return std::optional<Device>(first.value().device);
}

int DeviceImportWriter::firstLine(qint64 id) const
{
    return id >= 0 && size_t(id) < m_touchedLine.size() ? m_touchedLine[size_t(id)] : 0;
}

void DeviceImportWriter::markTouched(qint64 id, qint64 line)
{
    if (size_t(id) >= m_touchedLine.size())
        m_touchedLine.resize(size_t(id) + size_t(id) / 4 + 1024, 0);
    m_touchedLine[size_t(id)] = qint32(line);
}

Result<DeviceImportWriter::Outcome> DeviceImportWriter::apply(const ImportRow& row, ImportReport& report)
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

    // Find the stored device.
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
        if (report.hostnameMatches.size() < m_settings.detailLimit)
            report.hostnameMatches.append({row.line, row.rawSerial, row.hostname});
    } else if (m_devicesAtStart > 0) {
        m_bySerial->text(1, row.serial);
        Result<Match> found = lookup(*m_bySerial, row.serial);
        m_bySerial->reset();
        match = found.value();
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
            return Error(byHostname
                             ? QCoreApplication::translate(
                                   "DeviceImportWriter",
                                   "The device name %1 appears again (no usable serial number); first on line %2.")
                                   .arg(row.hostname)
                                   .arg(line)
                             : QCoreApplication::translate("DeviceImportWriter",
                                                           "The serial number %1 appears again; first on line %2.")
                                   .arg(row.serial)
                                   .arg(line),
                         Error::Code::Refused);
        }
    }

    // Merge: a value in the file wins; an empty cell leaves the stored value unless the user asked otherwise.
    const Device& before = match.device;
    Device after = match.found ? before : Device();
    const bool clear = m_settings.emptyClears;
    auto setText = [&](QString& target, const QString& value, ImportField field) {
        if (!value.isEmpty())
            target = value;
        else if (clear && row.isEmpty(field))
            target.clear();
    };
    if (!row.serial.isEmpty())
        after.serial = row.serial;
    setText(after.assetTag, row.assetTag, ImportField::AssetTag);
    setText(after.hostname, row.hostname, ImportField::Hostname);
    setText(after.manufacturer, row.manufacturer, ImportField::Manufacturer);
    setText(after.model, row.model, ImportField::Model);
    setText(after.primaryUser, row.primaryUser, ImportField::PrimaryUser);
    setText(after.notes, row.notes, ImportField::Notes);
    if (row.type)
        after.type = *row.type;
    else if (row.guessedType && (!match.found || before.type == DeviceType::Other))
        after.type = *row.guessedType;

    YearEstimate estimate = estimateProductionYear(row.year);
    if (estimate.source == YearSource::Unknown && !row.year.explicitSource && !after.model.isEmpty()) {
        if (!m_modelYearsLoaded) {
            if (Status loaded = loadModelYears(); !loaded)
                return loaded.error();
        }
        YearEvidence evidence = row.year;
        evidence.modelTypicalYear = m_modelYears.typicalYear(after.model);
        estimate = estimateProductionYear(evidence);
    }
    if (estimate.source != YearSource::Unknown &&
        (!match.found || before.productionYear == 0 || isEvidenceAtLeastAsGood(estimate.source, before.yearSource))) {
        after.productionYear = estimate.year;
        after.yearSource = estimate.source;
    }
    if (row.purchaseDate.isValid())
        after.purchaseDate = row.purchaseDate;
    else if (clear && row.isEmpty(ImportField::PurchaseDate))
        after.purchaseDate = QDate();
    // Activity only moves forward: an older export does not make a device look less recently used.
    if (row.lastSeen.isValid() && (!after.lastSeen.isValid() || row.lastSeen > after.lastSeen))
        after.lastSeen = row.lastSeen;
    if (row.state) {
        if (match.found && *row.state != before.state && !isTransitionAllowed(before.state, *row.state))
            return Error(transitionRefusal(before.state, *row.state), Error::Code::Refused);
        after.state = *row.state;
    }
    if (Status refs = m_references.resolve(m_tx, row, m_settings.emptyClears, after); !refs)
        return Error(refs.errorMessage(), Error::Code::Invalid);

    Outcome outcome = Outcome::Unchanged;
    if (!match.found) {
        if (m_firstLoadKeys && !after.serial.isEmpty()) {
            Result<qint64> earlier = m_firstLoadKeys->deviceWithSerial(after.serial);
            if (!earlier)
                return earlier.error();
            if (earlier.value() != 0)
                return repeatedSerial(after.serial, earlier.value());
        }
        if (Status inserted = insertDevice(after); !inserted) {
            if (inserted.error().code() != Error::Code::Conflict)
                return inserted.error();
            // The unique index is the duplicate check only when the register was empty at the start and its
            // indexes stayed (without FirstLoadKeys).
            m_bySerial->text(1, after.serial);
            Result<Match> other = lookup(*m_bySerial, after.serial);
            m_bySerial->reset();
            return repeatedSerial(after.serial, other.value().device.id);
        }
        if (m_firstLoadKeys)
            m_firstLoadKeys->added(after.id, after.serial, after.hostname);
        outcome = Outcome::Created;
        if (report.diffs.size() < m_settings.detailLimit)
            report.diffs.append({row.line, after.id, after.serial, after.hostname, true, {}});
    } else {
        const QList<DeviceField> fields = DeviceRepository::differences(before, after);
        if (!fields.isEmpty()) {
            if (Status updated = updateDevice(before, after, fields); !updated)
                return updated.error();
            outcome = Outcome::Updated;
            if (report.diffs.size() < m_settings.detailLimit) {
                DeviceDiff diff{row.line, after.id, after.serial, after.hostname, false, {}};
                for (DeviceField field : fields)
                    diff.changes.append({field, deviceFieldValue(before, field), deviceFieldValue(after, field)});
                report.diffs.append(diff);
            }
        }
    }
    markTouched(after.id, row.line);
    if (row.lastSeen.isValid() && outcome != Outcome::Created) { // created: in recordCreated()
        if (Status seen = recordSeen(after.id, row.lastSeen); !seen)
            return seen.error();
    }
    return outcome;
}

Status DeviceImportWriter::insertDevice(Device& device)
{
    bindDevice(*m_insert, device);
    m_insert->staticText(18, m_atUtf8);
    if (const int rc = m_insert->execute(); rc != SQLITE_DONE) {
        if (m_insert->extendedResult() == SQLITE_CONSTRAINT_UNIQUE)
            return Error(m_insert->errorText(), Error::Code::Conflict);
        return sqlError(*m_insert);
    }
    device.id = sqlite3_last_insert_rowid(m_database.sqliteHandle());
    device.version = 1;
    return {}; // audited in recordCreated()
}

Status DeviceImportWriter::recordCreated()
{
    // Every device above the highest id at the start is this import's: the transaction keeps other writers out.
    SqliteStatement audit(m_database.sqliteHandle(),
                          "INSERT INTO audit (at, who, device_id, field, old_value, new_value, reason, import_id)"
                          " SELECT ?1, ?2, id, 'created', NULL, COALESCE(serial, hostname), 'import', ?3"
                          " FROM device WHERE id > ?4 ORDER BY id");
    SqliteStatement seen(m_database.sqliteHandle(),
                         "INSERT OR IGNORE INTO device_seen (device_id, seen_at, import_id)"
                         " SELECT id, last_seen, ?3 FROM device WHERE id > ?4 AND last_seen IS NOT NULL ORDER BY id");
    for (SqliteStatement* statement : {&audit, &seen}) {
        if (!statement->ok())
            return sqlError(*statement);
        if (statement == &audit) {
            statement->staticText(1, m_atUtf8);
            statement->staticText(2, m_whoUtf8);
        }
        statement->idOrNull(3, m_settings.importId);
        statement->integer(4, m_maxIdAtStart);
        if (statement->execute() != SQLITE_DONE)
            return sqlError(*statement);
    }
    return {};
}

Status DeviceImportWriter::updateDevice(const Device& before, const Device& after, const QList<DeviceField>& fields)
{
    if (m_searchBatch && std::any_of(fields.cbegin(), fields.cend(), [](DeviceField field) {
            return field == DeviceField::Serial || field == DeviceField::Hostname || field == DeviceField::PrimaryUser;
        })) {
        if (Status noted = m_searchBatch->stale(before.id, before.serial, before.hostname, before.primaryUser); !noted)
            return noted;
    }
    bindDevice(*m_update, after);
    m_update->staticText(18, m_atUtf8);
    m_update->integer(19, after.id);
    if (m_update->execute() != SQLITE_DONE)
        return sqlError(*m_update);
    for (DeviceField field : fields) {
        if (Status logged =
                audit(after.id, deviceFieldKey(field), deviceFieldValue(before, field), deviceFieldValue(after, field));
            !logged)
            return logged;
    }
    return {};
}

Status DeviceImportWriter::audit(qint64 deviceId, const QString& field, const QString& before, const QString& after)
{
    m_audit->staticText(1, m_atUtf8);
    m_audit->staticText(2, m_whoUtf8);
    m_audit->integer(3, deviceId);
    m_audit->text(4, field);
    m_audit->text(5, before);
    m_audit->text(6, after);
    m_audit->idOrNull(7, m_settings.importId);
    if (m_audit->execute() != SQLITE_DONE)
        return sqlError(*m_audit);
    return {};
}

Status DeviceImportWriter::recordSeen(qint64 deviceId, const QDateTime& seen)
{
    m_seen->integer(1, deviceId);
    m_seen->utf8(2, isoUtc(seen));
    m_seen->idOrNull(3, m_settings.importId);
    if (m_seen->execute() != SQLITE_DONE)
        return sqlError(*m_seen);
    return {};
}

Status DeviceImportWriter::collectMissing(ImportReport& report)
{
    if (m_devicesAtStart == 0)
        return {};
    // The ids alone come from an index that starts with the state (no table rows read: a full update of a million
    // devices spent 3.6 s here reading every row's serial and name); the names only for the devices listed.
    SqliteStatement inUse(m_database.sqliteHandle(), "SELECT id FROM device WHERE state = 2 AND id <= ?1");
    if (!inUse.ok())
        return sqlError(inUse);
    inUse.integer(1, m_maxIdAtStart);
    std::vector<qint64> missing;
    while (inUse.step()) {
        const qint64 id = inUse.columnInt(0);
        if (firstLine(id) == 0)
            missing.push_back(id);
    }
    inUse.reset();
    report.missing = qint64(missing.size());
    const size_t listed = std::min(missing.size(), size_t(std::max(0, m_settings.detailLimit)));
    std::partial_sort(missing.begin(), missing.begin() + qsizetype(listed), missing.end());
    SqliteStatement names(m_database.sqliteHandle(), "SELECT serial, hostname FROM device WHERE id = ?1");
    if (!names.ok())
        return sqlError(names);
    for (size_t i = 0; i < listed; ++i) {
        names.integer(1, missing[i]);
        if (names.step())
            report.missingDevices.append({missing[i], names.columnText(0), names.columnText(1)});
        names.reset();
    }
    return {};
}

} // namespace rullering
