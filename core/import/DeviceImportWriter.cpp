#include "DeviceImportWriter.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DeviceRepository.h"
#include "storage/SearchIndexBatch.h"
#include "storage/Sql.h"
#include "util/IsoTime.h"

#include <QCoreApplication>

#include <algorithm>

namespace rullering {

const QStringList& DeviceImportWriter::boundColumns()
{
    static const QStringList columns = {QStringLiteral("serial"),
                                        QStringLiteral("asset_tag"),
                                        QStringLiteral("hostname"),
                                        QStringLiteral("type"),
                                        QStringLiteral("manufacturer"),
                                        QStringLiteral("model"),
                                        QStringLiteral("production_year"),
                                        QStringLiteral("year_source"),
                                        QStringLiteral("purchase_date"),
                                        QStringLiteral("municipality_id"),
                                        QStringLiteral("location_id"),
                                        QStringLiteral("department_id"),
                                        QStringLiteral("network_id"),
                                        QStringLiteral("primary_user"),
                                        QStringLiteral("last_seen"),
                                        QStringLiteral("state"),
                                        QStringLiteral("notes"),
                                        QStringLiteral("in_service_from"),
                                        QStringLiteral("replaced_on"),
                                        QStringLiteral("replaced_by_id"),
                                        QStringLiteral("replaced_by_technician"),
                                        QStringLiteral("keep")};
    return columns;
}
namespace {

ChangeContext importContext(const DeviceImportWriter::Settings& settings)
{
    ChangeContext context;
    context.who = settings.who;
    context.reason = QString::fromLatin1(AuditReason::Import);
    context.at = QDateTime::fromString(settings.at, Qt::ISODateWithMs);
    context.importId = settings.importId;
    return context;
}

// Rullering before the phone type guessed "tablet" for every iOS and Android device: a phone imported then is
// corrected when a file shows it again. A tablet the rules still call a tablet (an iPad) is left alone.
bool correctsOldGuess(const Device& before, const ImportRow& row)
{
    return before.type == DeviceType::Tablet && row.guessedType == DeviceType::Phone;
}

} // namespace

DeviceImportWriter::DeviceImportWriter(Database& database, Transaction& tx, Settings settings)
    : m_database(database)
    , m_tx(tx)
    , m_settings(std::move(settings))
    , m_references(database.connection())
    , m_matcher(database.connection(), m_references)
    , m_atUtf8(m_settings.at.toUtf8())
    , m_whoUtf8(m_settings.who.toUtf8())
{}

DeviceImportWriter::~DeviceImportWriter() = default;

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

    if (Status loaded = m_references.load(); !loaded)
        return loaded;
    m_references.setDefaultMunicipality(m_settings.defaultMunicipality);
    if (Status prepared = m_matcher.prepare(m_devicesAtStart, m_maxIdAtStart); !prepared)
        return importRefusedByDatabase(prepared.errorMessage());
    Result<std::unique_ptr<BulkInsert>> insert =
        BulkInsert::open(db, QStringLiteral("device"),
                         boundColumns() + QStringList{QStringLiteral("version"), QStringLiteral("created_at"),
                                                      QStringLiteral("updated_at"), QStringLiteral("manufacturer_raw"),
                                                      QStringLiteral("created_import_id")});
    if (!insert)
        return importRefusedByDatabase(insert.errorMessage());
    m_insert = std::move(insert.value());
    Result<std::unique_ptr<BulkInsert>> audit =
        BulkInsert::open(db, QStringLiteral("audit"),
                         {QStringLiteral("at"), QStringLiteral("who"), QStringLiteral("device_id"),
                          QStringLiteral("field"), QStringLiteral("old_value"), QStringLiteral("new_value"),
                          QStringLiteral("reason"), QStringLiteral("import_id")},
                         m_insert.get());
    if (!audit)
        return importRefusedByDatabase(audit.errorMessage());
    m_audit = std::move(audit.value());
    if (stagesUpdates()) {
        m_matcher.setStaged(&m_staged);
        if (Status opened = openStagedSightings(); !opened)
            return opened;
    }
    m_update = std::make_unique<Statement>(
        db, "UPDATE device SET serial = ?1, asset_tag = ?2, hostname = ?3, type = ?4, manufacturer = ?5,"
            " model = ?6, production_year = ?7, year_source = ?8, purchase_date = ?9, municipality_id = ?10,"
            " location_id = ?11, department_id = ?12, network_id = ?13, primary_user = ?14, last_seen = ?15,"
            " state = ?16, notes = ?17, in_service_from = ?18, replaced_on = ?19, replaced_by_id = ?20,"
            " replaced_by_technician = ?21, keep = ?22, version = version + 1, updated_at = ?23,"
            " manufacturer_raw = COALESCE(?25, manufacturer_raw) WHERE id = ?24");
    m_seen = std::make_unique<Statement>(db, "INSERT INTO device_seen (device_id, seen_at, import_id)"
                                             " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
    for (const auto* statement : {m_update.get(), m_seen.get()}) {
        if (!statement->ok())
            return sqlError(*statement);
    }
    return {};
}

Status DeviceImportWriter::findRepeatsWithoutIndexes()
{
    m_linksInline = m_devicesAtStart == 0;
    if (m_linksInline)
        m_matcher.hideLinksOfCreated();
    if (!createsInBatches())
        return m_matcher.findRepeatsWithoutIndexes();
    return m_matcher.findRepeatsWithoutIndexes([this] { return m_insert->finish(); });
}

Status DeviceImportWriter::flush()
{
    if (Status devices = m_insert->finish(); !devices)
        return importRefusedByDatabase(devices.errorMessage());
    if (Status audit = m_audit->finish(); !audit)
        return importRefusedByDatabase(audit.errorMessage());
    return {};
}

Result<DeviceImportWriter::Outcome> DeviceImportWriter::apply(const ImportRow& row, ImportReport& report)
{
    // A serial that rows naming different devices share is no key: such rows go by their device names.
    if (!row.serial.isEmpty() && m_sharedSerials.contains(row.serial)) {
        ImportRow byName = row;
        byName.serial.clear();
        return apply(byName, report);
    }
    Result<DeviceMatcher::Match> found = m_matcher.find(row);
    if (!found)
        return found.error();
    const DeviceMatcher::Match& match = found.value();
    if (match.earlierLine > 0)
        return mergeRepeat(row, match, report);

    const Device& before = match.device;
    Device after = match.found ? before : Device();
    if (Status merged = mergeRow(row, match, after); !merged)
        return merged.error();

    Outcome outcome = Outcome::Unchanged;
    if (!match.found) {
        // A load into an empty register finds an earlier line's serial only now (FirstLoadKeys, the unique index).
        Result<DeviceMatcher::Match> earlier =
            m_matcher.storedWithSerial(m_matcher.hasKeysInMemory() ? after.serial : QString());
        if (!earlier)
            return earlier.error();
        if (earlier.value().found)
            return mergeRepeat(row, earlier.value(), report);
        after.replacedById = inlineLink(row.replacedBy); // decided by resolveLinks() all the same
        if (estimatesWithRows())
            m_tally.estimate(after); // corrected by estimateModelYears() where the file's later rows move it
        Status inserted = insertDevice(after, row.rawManufacturer);
        if (after.replacedById > 0) {
            if (inserted)
                m_inlineLinks.insert(after.id, after.replacedById);
            after.replacedById = 0; // (to the rest of the import, not linked before resolveLinks())
        }
        if (!inserted) {
            if (inserted.error().code() != Error::Code::Conflict)
                return inserted.error();
            Result<DeviceMatcher::Match> repeat = m_matcher.storedWithSerial(after.serial);
            if (!repeat)
                return repeat.error();
            if (!repeat.value().found)
                return inserted.error();
            return mergeRepeat(row, repeat.value(), report);
        }
        outcome = Outcome::Created;
        if (m_settings.listCreated && report.diffs.size() < m_settings.detailLimit)
            report.diffs.append({row.line, after.id, after.serial, after.hostname, true, {}});
    } else {
        const QList<DeviceField> fields = DeviceRepository::differences(before, after);
        if (!fields.isEmpty()) {
            if (Status updated = updateDevice(before, after, fields, row.rawManufacturer); !updated)
                return updated.error();
            outcome = Outcome::Updated;
            noteDiff(report, row.line, before, after, fields);
        }
    }
    m_matcher.stored(after, row.line, outcome == Outcome::Created, row.lastSeen);
    noteModelYear(match.found ? &before : nullptr, after);
    noteUnknownState(row);
    // Noted once the row is stored: a refused row is listed as rejected only.
    if (row.serial.isEmpty() && report.hostnameMatches.size() < m_settings.detailLimit)
        report.hostnameMatches.append({row.line, row.rawSerial, row.hostname});
    if (!row.replacedBy.isEmpty())
        m_links.push_back(
            {after.id, row.line, after.replacedById, outcome, row.replacedBy, match.found ? before.version : 0});
    if (row.lastSeen.isValid() && outcome != Outcome::Created) { // created: in recordCreated()
        if (Status seen = recordSeen(after.id, row.lastSeen); !seen)
            return seen.error();
    }
    return outcome;
}

void DeviceImportWriter::noteDiff(ImportReport& report, qint64 line, const Device& before, const Device& after,
                                  const QList<DeviceField>& fields) const
{
    if (report.diffs.size() >= m_settings.detailLimit)
        return;
    DeviceDiff diff{line, after.id, after.serial, after.hostname, false, {}};
    for (DeviceField field : fields)
        diff.changes.append({field, deviceFieldValue(before, field), deviceFieldValue(after, field)});
    report.diffs.append(diff);
}

// Merge: a value in the file wins; an empty cell leaves the stored value unless the user asked otherwise.
Status DeviceImportWriter::mergeRow(const ImportRow& row, const DeviceMatcher::Match& match, Device& after)
{
    const Device& before = match.device;
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
    if (!row.unknownState.isEmpty()) {
        // Kept where a person sees it, once (a second import of the same file adds nothing).
        const QString note =
            QCoreApplication::translate("DeviceImportWriter", "Status in the imported file: %1").arg(row.unknownState);
        if (!after.notes.contains(note))
            after.notes = after.notes.isEmpty() ? note : after.notes + QStringLiteral("\n") + note;
    }
    if (row.type)
        after.type = *row.type;
    else if (row.guessedType && (!match.found || before.type == DeviceType::Other || correctsOldGuess(before, row)))
        after.type = *row.guessedType;

    // A row without evidence of its own (or whose file says its year was the model's) leaves the year to its
    // model's usual year, set after the last row (estimateModelYears()): counted then over the whole register, not
    // over the rows that happened to come first (a first load's estimate from the rows before is only a draft).
    const YearEstimate estimate = estimateProductionYear(row.year);
    if (isRealEvidence(estimate.source) &&
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
    auto setDate = [&](QDate& target, const QDate& value, ImportField field) {
        if (value.isValid())
            target = value;
        else if (clear && row.isEmpty(field))
            target = QDate();
    };
    setDate(after.inServiceFrom, row.inServiceFrom, ImportField::InServiceFrom);
    setDate(after.replacedOn, row.replacedOn, ImportField::ReplacedOn);
    setText(after.replacedByTechnician, row.replacedByTechnician, ImportField::ReplacedByTechnician);
    if (row.keep)
        after.keep = *row.keep;
    else if (clear && row.isEmpty(ImportField::Keep))
        after.keep = false;
    // The successor may come later in the file: named here, linked after the last row (resolveLinks()).
    if (clear && row.isEmpty(ImportField::ReplacedBy))
        after.replacedById = 0;
    if (Status refs = m_references.resolve(m_tx, row, m_settings.emptyClears, after); !refs)
        return Error(refs.errorMessage(), Error::Code::Invalid);
    return {};
}

void DeviceImportWriter::noteModelYear(const Device* before, const Device& after)
{
    if (m_devicesAtStart == 0) { // every device is one this import wrote, and each write comes here
        if (before)
            m_tally.count(*before, -1);
        m_tally.count(after, 1);
    }
    if (!isRealEvidence(after.yearSource)) {
        m_modelYears.addModel(after.model); // its year is its model's
        return;
    }
    // Evidence a stored device gains, loses or moves moves its model's usual year, and with it the estimates of the
    // register's other devices of that model. Into an empty register every estimated device is this import's, and
    // its model is noted above.
    if (m_devicesAtStart == 0)
        return;
    const bool hadEvidence = before && isRealEvidence(before->yearSource);
    if (hadEvidence && before->model == after.model && before->productionYear == after.productionYear)
        return;
    if (hadEvidence)
        m_modelYears.addModel(before->model);
    m_modelYears.addModel(after.model);
}

Result<qint64> DeviceImportWriter::estimateModelYears()
{
    if (Status sent = flush(); !sent) // the estimates are counted over the devices as stored
        return sent.error();
    m_modelYears.setCreatedAbove(m_maxIdAtStart);
    if (m_devicesAtStart == 0)
        m_modelYears.setEvidence(m_tally.take());
    return m_modelYears.refresh(m_tx, importContext(m_settings));
}

Status DeviceImportWriter::insertDevice(Device& device, const QString& rawManufacturer)
{
    bindDevice(*m_insert, device);
    m_insert->integer(23, 1); // version
    m_insert->utf8(24, m_atUtf8);
    m_insert->utf8(25, m_atUtf8);
    m_insert->text(26, rawManufacturer);
    m_insert->idOrNull(27, m_settings.importId); // its history's "created" entry (recordCreated())
    const qint64 id = m_insert->insert();
    if (id == 0) {
        if (m_insert->violatedUniqueKey())
            return Error(m_insert->errorText(), Error::Code::Conflict);
        return sqlError(*m_insert);
    }
    device.id = id;
    device.version = 1;
    return {}; // audited in recordCreated()
}

Status DeviceImportWriter::recordCreated(qint64 created)
{
    if (Status sent = flush(); !sent)
        return sent;
    const QSqlDatabase db = m_database.connection();
    // One "created" row for the whole import (no device: the count as its value); each created device names this
    // import (created_import_id) and its history reads its creation from this row (AuditLog::forDevice). A row per
    // device cost 0.4 s and 115 MB at a million.
    Statement audit(db, "INSERT INTO audit (at, who, device_id, field, old_value, new_value, reason, import_id)"
                        " VALUES (?1, ?2, NULL, 'created', NULL, ?4, 'import', ?3)");
    // Every device this import created lies above the highest id at the start (read as a range of ids); the
    // import's own id tells them from the devices others may have added meanwhile on a server. No ORDER BY: SQLite
    // reads the range in id order anyway, and on a server the sort of a first load's million sightings spilled to
    // disk (0.6 s of the statement's 1.8 s), where the table holds them in the order they were written.
    Statement seen(db, "INSERT INTO device_seen (device_id, seen_at, import_id)"
                       " SELECT id, last_seen, CAST(?1 AS BIGINT) FROM device WHERE id > ?2 AND created_import_id = ?1"
                       " AND last_seen IS NOT NULL ON CONFLICT DO NOTHING");
    if (!audit.ok())
        return sqlError(audit);
    if (!seen.ok())
        return sqlError(seen);
    if (created > 0) {
        audit.staticText(1, m_atUtf8);
        audit.staticText(2, m_whoUtf8);
        audit.idOrNull(3, m_settings.importId);
        audit.integer(4, created);
        if (!audit.execute())
            return sqlError(audit);
    }
    seen.idOrNull(1, m_settings.importId);
    seen.integer(2, m_maxIdAtStart);
    if (!seen.execute())
        return sqlError(seen);
    return {};
}

Status DeviceImportWriter::updateDevice(const Device& before, const Device& after, const QList<DeviceField>& fields,
                                        const QString& rawManufacturer)
{
    // A device this import created is audited and indexed as created, in its final state, after the last row.
    const bool createdHere = before.id > m_maxIdAtStart;
    if (m_searchBatch && !createdHere && std::any_of(fields.cbegin(), fields.cend(), [](DeviceField field) {
            return field == DeviceField::Serial || field == DeviceField::Hostname || field == DeviceField::PrimaryUser;
        })) {
        if (Status noted = m_searchBatch->stale(before.id, before.serial, before.hostname, before.primaryUser); !noted)
            return noted;
    }
    if (createdHere)
        m_inlineLinks.remove(after.id); // written below without its link (DeviceMatcher::hideLinksOfCreated)
    if (!createdHere && stagesUpdates()) {
        m_matcher.staged(before, after);
        Device& staged = m_staged[after.id] = after;
        staged.version = before.version + 1; // as the stored row will read
        if (!rawManufacturer.isEmpty())
            m_stagedManufacturerRaw.insert(after.id, rawManufacturer);
        ++m_stagedVersions[after.id];
    } else if (createdHere) { // its row may still be queued (BulkInsert::sendsInBatches)
        if (Status sent = m_insert->finish(); !sent)
            return importRefusedByDatabase(sent.errorMessage());
    }
    if (createdHere || !stagesUpdates()) {
        bindDevice(*m_update, after);
        m_update->staticText(23, m_atUtf8);
        m_update->integer(24, after.id);
        m_update->text(25, rawManufacturer);
        if (!m_update->execute())
            return sqlError(*m_update);
    }
    if (createdHere)
        return {};
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
    static const QByteArray reason(AuditReason::Import);
    m_audit->utf8(1, m_atUtf8);
    m_audit->utf8(2, m_whoUtf8);
    m_audit->integer(3, deviceId);
    m_audit->text(4, field);
    m_audit->text(5, before);
    m_audit->text(6, after);
    m_audit->utf8(7, reason);
    m_audit->idOrNull(8, m_settings.importId);
    if (m_audit->insert() == 0)
        return sqlError(*m_audit);
    return {};
}

Status DeviceImportWriter::recordSeen(qint64 deviceId, const QDateTime& seen)
{
    if (m_stagedSeen) {
        m_stagedSeen->integer(1, deviceId);
        m_stagedSeen->utf8(2, isoUtc(seen));
        if (m_stagedSeen->insert() == 0)
            return sqlError(*m_stagedSeen);
        return {};
    }
    m_seen->integer(1, deviceId);
    m_seen->utf8(2, isoUtc(seen));
    m_seen->idOrNull(3, m_settings.importId);
    if (!m_seen->execute())
        return sqlError(*m_seen);
    return {};
}

Status DeviceImportWriter::collectMissing(ImportReport& report)
{
    if (m_devicesAtStart == 0)
        return {};
    // The ids alone come from an index that starts with the state (no table rows read: a full update of a million
    // devices spent 3.6 s here reading every row's serial and name); the names only for the devices listed.
    const QSqlDatabase db = m_database.connection();
    Statement inUse(db, "SELECT id FROM device WHERE state = 2 AND id <= ?1");
    if (!inUse.ok())
        return sqlError(inUse);
    inUse.integer(1, m_maxIdAtStart);
    std::vector<qint64> missing;
    while (inUse.step()) {
        const qint64 id = inUse.columnInt(0);
        if (m_matcher.firstLine(id) == 0)
            missing.push_back(id);
    }
    if (inUse.failed())
        return sqlError(inUse);
    inUse.reset();
    report.missing = qint64(missing.size());
    const size_t listed = std::min(missing.size(), size_t(std::max(0, m_settings.detailLimit)));
    std::partial_sort(missing.begin(), missing.begin() + qsizetype(listed), missing.end());
    Statement names(db, "SELECT serial, hostname FROM device WHERE id = ?1");
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
