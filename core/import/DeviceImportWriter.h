#pragma once

#include "DeviceMatcher.h"
#include "ImportReferences.h"
#include "ImportReport.h"
#include "ImportRow.h"
#include "ImportRowStream.h"
#include "ModelYearTally.h"
#include "YearEvidence.h"
#include "domain/Device.h"
#include "register/ModelYearEstimator.h"
#include "storage/BulkInsert.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/IsoTime.h"
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

// Writes import rows into the register, inside the caller's transaction, on prepared statements (Statement: the raw
// handle on SQLite) and the engine's bulk path for new devices and audit rows (BulkInsert: COPY on PostgreSQL): the
// stored device a row names (DeviceMatcher) merged with the row, or a new device. A row it cannot take comes back as an
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
        bool listCreated = true;     // created devices in the report's diffs (ImportOptions::listCreated)
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
    Status findRepeatsWithoutIndexes();
    // The new devices are sent in batches (BulkInsert::sendsInBatches): repeats of this import's own devices must
    // be found through FirstLoadKeys, whatever the register holds (ImportApplier calls findRepeatsWithoutIndexes).
    bool createsInBatches() const { return m_insert && m_insert->sendsInBatches(); }
    // Sends the rows still queued for the bulk paths; after the last apply(), and again before the commit.
    Status flush();
    // After the last apply(): the queued rows sent, and the staged updates of the register's own devices applied
    // at once (stageUpdates()).
    Status finishRows();

    enum class Outcome
    {
        Created,
        Updated,
        Unchanged,
        Merged, // the row repeats the serial of an earlier line: merged into that line's device
    };
    Result<Outcome> apply(const ImportRow& row, ImportReport& report);
    // Before apply() of each row of a batch: where each lookup would be a round trip (a server), the register's
    // devices the batch names by serial are read at once (DeviceImportStaging.cpp).
    Status lookAhead(const std::vector<ImportRowStream::Item>& batch);
    // The rows a batch should hold for lookAhead(): 0 where it reads nothing ahead.
    size_t lookAheadRows() const { return stagesUpdates() && m_devicesAtStart > 0 ? 512 : 0; }
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
    // device itself, a successor already named by an earlier line) is left out with a warning. A first load writes
    // most links with their rows (inlineLink()); this decides them all the same and writes only what differs.
    Status resolveLinks(ImportReport& report);

    // Gives the devices whose year is only their model's usual year that year, counted over the register as it
    // now stands (ModelYearEstimator), for every model this import gave such a device or whose evidence it changed.
    // After the last apply(); returns how many devices stored before the import got another year. A load into an
    // empty register wrote each estimate with its row, from the rows before it (estimatesWithRows()): this corrects
    // the few that the later rows moved.
    Result<qint64> estimateModelYears();
    bool estimatesWithRows() const { return m_devicesAtStart == 0; }

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
    // A server: a staged device was saved by someone else after the import read it (DeviceImportStaging.cpp).
    // versionRead: the version each device to write was expected at; written: those the UPDATE wrote.
    Status changedMeanwhile(const QHash<qint64, int>& versionRead, const QSet<qint64>& written) const;
    // The columns bindDevice() binds, in its order.
    static const QStringList& boundColumns();
    // Binds the columns both INSERT and UPDATE write, as ?1..?22 (the link to a successor is decided by
    // resolveLinks(); a first load's INSERT may carry a likely one), on a Statement or a BulkInsert.
    template <typename Writer>
    static void bindDevice(Writer& s, const Device& d);
    Status recordSeen(qint64 deviceId, const QDateTime& seen);
    Status audit(qint64 deviceId, const QString& field, const QString& before, const QString& after);
    template <typename Writer>
    Error sqlError(const Writer& statement) const
    {
        return importRefusedByDatabase(statement.errorText());
    }

    Database& m_database;
    Transaction& m_tx;
    Settings m_settings;
    ImportReferences m_references;
    DeviceMatcher m_matcher;
    QByteArray m_atUtf8;
    QByteArray m_whoUtf8;
    void noteModelYear(const Device* before, const Device& after);
    ModelYearEstimator m_modelYears; // the models whose estimates this import may change
    // Into an empty register: the evidence of the devices as this import leaves them, and the estimates written
    // with the rows (ModelYearTally).
    ModelYearTally m_tally;
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
        int version = 0;   // the device's version as its row found it (0: created by this import)
    };
    std::vector<PendingLink> m_links;
    // A first load (an empty register, keys in memory) writes a link with the row when the successor is already
    // known by its serial (in the usual export it comes before the device it replaced), so that resolveLinks()
    // updates only the links whose final answer differs (DeviceImportLinks.cpp): no UPDATE of most linked rows.
    bool m_linksInline = false;
    QHash<qint64, qint64> m_inlineLinks; // device id -> the successor its stored row names
    QSet<qint64> m_inlineSuccessors;     // (one device replaces one: a second line naming it is not guessed)
    qint64 inlineLink(const QString& successor);
    QSet<QString> m_sharedSerials; // serials rows naming different devices share: not a key in this file
    struct UnknownState
    {
        qint64 firstLine = 0;
        qint64 rows = 0;
    };
    QHash<QString, UnknownState> m_unknownStates; // by label as written

    // Where new rows are sent in batches (a server, whose transactions lock row by row), the updates of the devices
    // the register held are staged here and written by one UPDATE after the last row (applyStagedUpdates()): the
    // import holds those rows' locks only from then to its commit, so swaps of them wait seconds, not the whole
    // import (issue 18). The matcher reads the staged values (DeviceMatcher::setStaged).
    bool stagesUpdates() const { return createsInBatches(); }
    Status applyStagedUpdates();
    struct StagedLink
    {
        qint64 successor = 0;
        int versions = 0;
        int versionRead = 0; // the version the device is written over (0: created by this import, not checked)
    };
    Status applyStagedLinks(const QHash<qint64, StagedLink>& links);
    // The links resolveLinks() decided, cut to those the stored rows do not already hold (m_inlineLinks), with the
    // undoing of each inline link it did not keep.
    void keepChangedLinks(QHash<qint64, StagedLink>& links) const;
    // Each link decided, by an UPDATE of its own (SQLite, where a statement is no round trip).
    Status writeLinks(const QHash<qint64, StagedLink>& links);
    // The sightings of the register's own devices, sent by the bulk path into a work table and added after the
    // last row by one statement (a server: an INSERT each was a round trip a row).
    Status openStagedSightings();
    Status applyStagedSightings();
    // Reads the successors of links[from, from + batch) at once, as lookAhead() does for rows.
    Status lookAheadLinks(size_t from);
    std::unique_ptr<BulkInsert> m_stagedSeen;
    QHash<qint64, Device> m_staged;
    QHash<qint64, QString> m_stagedManufacturerRaw; // the last non-empty
    QHash<qint64, int> m_stagedVersions;            // updates staged for the device (its version moves by as many)
    QHash<qint64, int> m_versionsWritten;           // a staged device's version once its staged update is written

    std::unique_ptr<BulkInsert> m_insert;
    std::unique_ptr<BulkInsert> m_audit;
    std::unique_ptr<Statement> m_update;
    std::unique_ptr<Statement> m_seen;
};

template <typename Writer>
inline void DeviceImportWriter::bindDevice(Writer& s, const Device& d)
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
    s.utf8(18, isoDate(d.inServiceFrom));
    s.utf8(19, isoDate(d.replacedOn));
    s.idOrNull(20, d.replacedById);
    s.text(21, d.replacedByTechnician);
    s.integer(22, d.keep ? 1 : 0);
}

} // namespace rullering
