#pragma once

#include "DeviceMatcher.h"
#include "ImportReferences.h"
#include "ImportReport.h"
#include "ImportRow.h"
#include "YearEvidence.h"
#include "domain/Device.h"
#include "register/ModelYearEstimator.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "util/Result.h"

#include <QHash>
#include <QSet>

#include <bitset>
#include <memory>
#include <optional>
#include <vector>

namespace rullering {

class Database;
class SearchIndexBatch;

// Writes import rows into the register, inside the caller's transaction, on prepared raw statements: the stored
// device a row names (DeviceMatcher) merged with the row, or a new device. A row it cannot take comes back as an
// Error with code Invalid or Refused (the row is rejected); any other code is a failure of the database that ends
// the import.
class DeviceImportWriter
{
    Q_DISABLE_COPY_MOVE(DeviceImportWriter)

public:
    struct Settings
    {
        qint64 importId = 0;
        QString who;
        QString at; // audit timestamp of the whole import
        bool emptyClears = false;
        int detailLimit = 10000;
        QString defaultMunicipality; // for rows that name none
    };

    DeviceImportWriter(Database& database, Transaction& tx, Settings settings);
    ~DeviceImportWriter();

    Status prepare();
    qint64 devicesAtStart() const { return m_devicesAtStart; }
    // The import_run row the audit and sightings point at (written after prepare(): see ImportApplier::run).
    void setImportId(qint64 id) { m_settings.importId = id; }
    // With the word index's triggers set aside: told the indexed values of every stored device whose serial,
    // device name or primary user changes.
    void setSearchBatch(SearchIndexBatch* batch) { m_searchBatch = batch; }
    qint64 maxIdAtStart() const { return m_maxIdAtStart; }
    // Into an empty register whose serial and device-name indexes are suspended: repeats are found through
    // FirstLoadKeys instead. After prepare().
    Status findRepeatsWithoutIndexes() { return m_matcher.findRepeatsWithoutIndexes(); }

    enum class Outcome
    {
        Created,
        Updated,
        Unchanged,
        Merged, // the row repeats the serial of an earlier line: merged into that line's device
    };
    Result<Outcome> apply(const ImportRow& row, ImportReport& report);
    // One warning per status label no table knows (kept in the devices' notes), after the last apply().
    void reportUnknownStates(ImportReport& report) const;
    // The municipalities, locations and departments the rows created, and names read as another spelling.
    void reportNewReferences(ImportReport& report) const { m_references.report(report); }

    // The audit row and seen times of the devices this import created (created: how many), written in one statement
    // each after the last row (a per-row insert cost as much as the device itself). Call once, after the last
    // apply().
    Status recordCreated(qint64 created);

    // Links each device whose row named the device that replaced it (by serial number or device name, in this file
    // or in the register): after the last apply(), since a successor usually comes later in the file. A row whose
    // only change is its link turns from unchanged to updated. A link that cannot be made (an unknown device, the
    // device itself, a successor already named by an earlier line) is left out with a warning.
    Status resolveLinks(ImportReport& report);

    // Gives the devices whose year is only their model's usual year that year, counted over the register as it
    // now stands (ModelYearEstimator), for every model this import gave such a device or whose evidence it changed.
    // After the last apply(); returns how many devices stored before the import got another year.
    Result<qint64> estimateModelYears();

    // Counts (and lists, up to the limit) the devices in use that this import did not name.
    Status collectMissing(ImportReport& report);

private:
    Status mergeRow(const ImportRow& row, const DeviceMatcher::Match& match, Device& after);
    // A row whose serial an earlier line named (DeviceImportMerge.cpp): merged into that device, the most recently
    // seen row's values winning; or, when the two name different devices, the serial is shared and set aside.
    Result<Outcome> mergeRepeat(const ImportRow& row, const DeviceMatcher::Match& match, ImportReport& report);
    Result<Outcome> shareSerial(const ImportRow& row, const DeviceMatcher::Match& match, ImportReport& report);
    void noteUnknownState(const ImportRow& row);
    void noteDiff(ImportReport& report, qint64 line, const Device& before, const Device& after,
                  const QList<DeviceField>& fields) const;
    Status insertDevice(Device& device, const QString& rawManufacturer);
    Status updateDevice(const Device& before, const Device& after, const QList<DeviceField>& fields,
                        const QString& rawManufacturer);
    Status recordSeen(qint64 deviceId, const QDateTime& seen);
    Status audit(qint64 deviceId, const QString& field, const QString& before, const QString& after);
    Error sqlError(const SqliteStatement& statement) const;

    Database& m_database;
    Transaction& m_tx;
    Settings m_settings;
    ImportReferences m_references;
    DeviceMatcher m_matcher;
    QByteArray m_atUtf8;
    QByteArray m_whoUtf8;
    void noteModelYear(const Device* before, const Device& after);
    ModelYearEstimator m_modelYears; // the models whose estimates this import may change
    qint64 m_devicesAtStart = 0;
    qint64 m_maxIdAtStart = 0;
    SearchIndexBatch* m_searchBatch = nullptr;

    struct PendingLink
    {
        qint64 deviceId = 0;
        qint64 line = 0;
        qint64 before = 0; // the stored successor's id
        Outcome outcome = Outcome::Unchanged;
        QString successor; // as the row names it
    };
    std::vector<PendingLink> m_links;
    QSet<QString> m_sharedSerials; // serials rows naming different devices share: not a key in this file
    struct UnknownState
    {
        qint64 firstLine = 0;
        qint64 rows = 0;
    };
    QHash<QString, UnknownState> m_unknownStates; // by label as written

    std::unique_ptr<SqliteStatement> m_insert;
    std::unique_ptr<SqliteStatement> m_update;
    std::unique_ptr<SqliteStatement> m_audit;
    std::unique_ptr<SqliteStatement> m_seen;
};

} // namespace rullering
