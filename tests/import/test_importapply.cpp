#include "ImportScratch.h"
#include "export/DeviceCsvExport.h"
#include "generate/FleetGenerator.h"
#include "import/ImportApplier.h"
#include "register/ModelYearEstimator.h"
#include "storage/Database.h"
#include "storage/DeviceRepository.h"
#include "storage/Sql.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

using namespace rullering::test;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(RULLERING_TEST_DATA "/") + QString::fromUtf8(name);
}

} // namespace

class TestImportApply : public QObject, private ImportScratch // db(), write(), fileHash()
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void dryRunCountsEqualApplyCounts_data();
    void dryRunCountsEqualApplyCounts();
    void dryRunLeavesTheConnectionAsItWas();
    void reimportChangesNothing();
    void oneBadRowAmong100kBlocksTheApply_data();
    void oneBadRowAmong100kBlocksTheApply();
    void cancelRollsBackByteForByte();
    void searchIndexFollowsAnUpdate();
    void failingHookRollsBackAndHookRunsInsideTheTransaction();
    void emptyCellsDoNotWipeUnlessAsked();
    void duplicateSerialsMerge_data();
    void duplicateSerialsMerge();
    void junkSerialMatchesOnHostnameAndIsReported();
    void absentDevicesAreMissingNotDeleted();
    void stateFromFileAndForbiddenTransitions();
    void importIsRecordedAndAudited();
    void recordedHashIsTheFilesHowEverItIsRead_data();
    void recordedHashIsTheFilesHowEverItIsRead();
    void roundTripExportImportIsIdentical();
    void mappingsAreSavedByName();
    void ambiguousDateColumnIsReported();
    void configMgrDatesInTheMachinesFormat();
    void rejectedRowsAreCountedAllListedToTheLimit();
    void rejectedRowsExportAsCsv();
    void malformedHeaderIsRefused_data();
    void malformedHeaderIsRefused();
};

void TestImportApply::init()
{
    RULLERING_REQUIRE_TEST_ENGINE();
    QVERIFY2(create(), qPrintable(error()));
}

void TestImportApply::cleanup()
{
    clear();
}

void TestImportApply::dryRunCountsEqualApplyCounts_data()
{
    QTest::addColumn<QStringList>("before"); // fixtures applied first
    QTest::addColumn<QString>("file");
    QTest::newRow("Intune into an empty register") << QStringList{} << fixture("intune_all_devices.csv");
    QTest::newRow("Norwegian sheet over Intune")
        << QStringList{fixture("intune_all_devices.csv")} << fixture("norsk_excel.csv");
    QTest::newRow("AD over Intune and the sheet")
        << QStringList{fixture("intune_all_devices.csv"), fixture("norsk_excel.csv")} << fixture("ad_computers.csv");
    QTest::newRow("ConfigMgr over everything")
        << QStringList{fixture("intune_all_devices.csv"), fixture("norsk_excel.csv"), fixture("ad_computers.csv")}
        << fixture("configmgr_query.csv");
}

void TestImportApply::dryRunCountsEqualApplyCounts()
{
    QFETCH(QStringList, before);
    QFETCH(QString, file);
    for (const QString& earlier : before) {
        Result<ImportReport> r = ImportApplier::run(db(), earlier, {});
        QVERIFY2(r.ok() && r->applied, r.ok() ? "not applied" : qPrintable(r.errorMessage()));
    }
    const QByteArray hashBefore = fileHash();
    ImportOptions dry;
    dry.dryRun = true;
    Result<ImportReport> dryRun = ImportApplier::run(db(), file, dry);
    QVERIFY2(dryRun.ok(), qPrintable(dryRun.errorMessage()));
    QVERIFY(!dryRun->applied);
    QCOMPARE(fileHash(), hashBefore);

    Result<ImportReport> applied = ImportApplier::run(db(), file, {});
    QVERIFY2(applied.ok(), qPrintable(applied.errorMessage()));
    QVERIFY(applied->applied);
    QCOMPARE(applied->created, dryRun->created);
    QCOMPARE(applied->updated, dryRun->updated);
    QCOMPARE(applied->unchanged, dryRun->unchanged);
    QCOMPARE(applied->missing, dryRun->missing);
    QCOMPARE(applied->rejected.size(), dryRun->rejected.size());
    QCOMPARE(applied->diffs.size(), dryRun->diffs.size());
    for (qsizetype i = 0; i < applied->diffs.size(); ++i) { // the same changes, field by field
        const DeviceDiff& a = applied->diffs[i];
        const DeviceDiff& d = dryRun->diffs[i];
        QCOMPARE(d.line, a.line);
        QCOMPARE(d.serial, a.serial);
        QCOMPARE(d.hostname, a.hostname);
        QCOMPARE(d.created, a.created);
        QCOMPARE(d.changes.size(), a.changes.size());
        for (qsizetype c = 0; c < a.changes.size(); ++c) {
            QCOMPARE(d.changes[c].field, a.changes[c].field);
            QCOMPARE(d.changes[c].before, a.changes[c].before);
            QCOMPARE(d.changes[c].after, a.changes[c].after);
        }
    }
    QVERIFY(applied->created + applied->updated + applied->unchanged > 0);
    QVERIFY(hashBefore != fileHash());
}

// A dry run sets the search triggers aside and keeps a temporary table of stale entries, and skips the work that
// puts them back (nothing will be committed): the rollback must, on this same connection, for the next import.
void TestImportApply::dryRunLeavesTheConnectionAsItWas()
{
    RULLERING_SQLITE_ONLY();
    QVERIFY(ImportApplier::run(db(), fixture("intune_all_devices.csv"), {}).ok());
    const qint64 triggers = number(db(), "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'");
    ImportOptions dry;
    dry.dryRun = true;
    Result<ImportReport> dryRun = ImportApplier::run(db(), fixture("norsk_excel.csv"), dry);
    QVERIFY2(dryRun.ok() && dryRun->updated > 0, qPrintable(dryRun.errorMessage()));
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"), triggers);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM temp.sqlite_master WHERE name = 'search_stale'"), 0);
    Result<ImportReport> applied = ImportApplier::run(db(), fixture("norsk_excel.csv"), {});
    QVERIFY2(applied.ok() && applied->applied, qPrintable(applied.errorMessage()));
    QCOMPARE(applied->updated, dryRun->updated);
    QVERIFY(runStatement(db().connection(),
                         QStringLiteral("INSERT INTO device_search (device_search) VALUES ('integrity-check')")));
}

void TestImportApply::reimportChangesNothing()
{
    // Each export on top of the others, then the same file again at once: the second pass changes nothing.
    const QStringList files = {fixture("intune_all_devices.csv"), fixture("norsk_excel.csv"),
                               fixture("ad_computers.csv"), fixture("configmgr_query.csv")};
    for (const QString& file : files) {
        Result<ImportReport> first = ImportApplier::run(db(), file, {});
        QVERIFY2(first.ok() && first->applied, qPrintable(file));
        const qint64 devices = number(db(), "SELECT COUNT(*) FROM device");
        const qint64 audit = number(db(), "SELECT COUNT(*) FROM audit");
        const qint64 seen = number(db(), "SELECT COUNT(*) FROM device_seen");
        const QString versions = text(db(), "SELECT group_concat(version) FROM device");
        Result<ImportReport> again = ImportApplier::run(db(), file, {});
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QCOMPARE(again->created, 0);
        QCOMPARE(again->updated, 0);
        QCOMPARE(again->unchanged, first->created + first->updated + first->unchanged);
        QVERIFY(again->rejected.isEmpty());
        QCOMPARE(number(db(), "SELECT COUNT(*) FROM device"), devices);
        QCOMPARE(number(db(), "SELECT COUNT(*) FROM audit"), audit);
        QCOMPARE(number(db(), "SELECT COUNT(*) FROM device_seen"), seen);
        QCOMPARE(text(db(), "SELECT group_concat(version) FROM device"), versions);
    }
}

void TestImportApply::oneBadRowAmong100kBlocksTheApply_data()
{
    QTest::addColumn<bool>("freePages");
    QTest::newRow("new file") << false;
    // Pages SQLite reuses from the free list are not journaled: the rollback must still leave the file as it was.
    QTest::newRow("file with free pages") << true;
}

void TestImportApply::oneBadRowAmong100kBlocksTheApply()
{
    QFETCH(bool, freePages);
    if (freePages && TestRegister::onServer())
        QSKIP("free pages are SQLite's");
    if (freePages) {
        QSqlQuery query(db().connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE scratch (t TEXT)")));
        QVERIFY(
            query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)"
                                      " INSERT INTO scratch SELECT hex(randomblob(400)) FROM n")));
        QVERIFY(query.exec(QStringLiteral("DROP TABLE scratch")));
        QVERIFY(number(db(), "PRAGMA freelist_count") > 1000);
    }
    QByteArray csv("Serial number;Device name;Model;Production year\n");
    for (int i = 1; i <= 100000; ++i) {
        const QByteArray year = i == 50000 ? QByteArray("20x9") : QByteArray::number(2015 + i % 8);
        csv += "SN" + QByteArray::number(i) + ";PC-" + QByteArray::number(i) + ";OptiPlex 7050;" + year + '\n';
    }
    const QString path = write(QStringLiteral("big.csv"), csv);
    // A first load goes through a rollback journal and back to WAL: the header's change counter moves, no data does
    // (see firstLoadWritesThroughRollbackJournal).
    const QByteArray hashBefore = fileHash(HeaderCounters::Ignored);

    ImportOptions dry;
    dry.dryRun = true;
    Result<ImportReport> dryRun = ImportApplier::run(db(), path, dry);
    QVERIFY2(dryRun.ok(), qPrintable(dryRun.errorMessage()));
    QCOMPARE(dryRun->rejected.size(), 1);
    QCOMPARE(dryRun->rejected.constFirst().line, 50001); // the header is line 1
    QVERIFY2(dryRun->rejected.constFirst().reason.contains(s("Production year")) &&
                 dryRun->rejected.constFirst().reason.contains(s("20x9")),
             qPrintable(dryRun->rejected.constFirst().reason));
    QCOMPARE(dryRun->created, 99999);

    Result<ImportReport> refused = ImportApplier::run(db(), path, {});
    QVERIFY(refused.ok());
    QVERIFY(!refused->applied);
    QCOMPARE(refused->rejected.size(), 1);
    QCOMPARE(fileHash(HeaderCounters::Ignored), hashBefore);

    ImportOptions skip;
    skip.skipRejected = true;
    Result<ImportReport> applied = ImportApplier::run(db(), path, skip);
    QVERIFY(applied.ok() && applied->applied);
    QCOMPARE(applied->created, 99999);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device"), 99999);
    QCOMPARE(number(db(), "SELECT rejected FROM import_run"), 1);
    // The secondary indexes dropped for the bulk load are back.
    if (TestRegister::onServer())
        return;
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'device_type_year'"), 1);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'audit_device'"), 1);
}

// An import no bigger than the register keeps the indexes live and updates the word index in one pass at the end
// (SearchIndexBatch): renamed devices are found by their new names only, new devices at once, and the index agrees
// with the device table (FTS5's integrity check compares the two).
void TestImportApply::searchIndexFollowsAnUpdate()
{
    RULLERING_SQLITE_ONLY();
    const QString first = write(QStringLiteral("first.csv"), "Serienummer;Maskinnavn;Bruker;Modell\n"
                                                             "SN1;MOL-L0001;Hansen;Latitude 5400\n"
                                                             "SN2;MOL-L0002;Olsen;Latitude 5400\n"
                                                             "SN3;MOL-L0003;Berg;Latitude 5400\n"
                                                             "SN4;MOL-L0004;Dahl;Latitude 5400\n");
    QVERIFY(ImportApplier::run(db(), first, {}).ok());
    auto found = [this](const char* term) {
        Result<QSqlQuery> q =
            runQuery(db().connection(),
                     QStringLiteral("SELECT group_concat(serial, ' ') FROM (SELECT serial FROM device WHERE id IN"
                                    " (SELECT rowid FROM device_search WHERE device_search MATCH ?) ORDER BY serial)"),
                     {QString::fromUtf8(term)});
        return q && q.value().next() ? q.value().value(0).toString() : QStringLiteral("<error>");
    };
    auto indexAgrees = [this] {
        return runStatement(db().connection(),
                            QStringLiteral("INSERT INTO device_search (device_search) VALUES ('integrity-check')"))
            .ok();
    };
    const char* searchTriggers =
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'device_search_%'";
    QCOMPARE(found("mol*"), s("SN1 SN2 SN3 SN4"));

    const QString second = write(QStringLiteral("second.csv"), "Serienummer;Maskinnavn;Bruker;Modell\n"
                                                               "SN1;MOL-L0001;Hansen;Latitude 5400\n"
                                                               "SN2;HAB-P0002;Olsen;Latitude 5400\n"
                                                               "SN3;MOL-L0003;Kristiansen;Latitude 5400\n"
                                                               "SN9;NEW-L0009;Moe;Latitude 5400\n");
    // An import into a register keeps its statement journals in memory (temp_store = MEMORY while it runs: a
    // row's journal outgrew SQLite's in-memory allowance and went to a temporary file), and puts the setting back.
    QCOMPARE(number(db(), "PRAGMA temp_store"), 0);
    qint64 tempStoreDuring = -1;
    const ImportOptions watched = readingPragma(db(), "temp_store", tempStoreDuring);
    Result<ImportReport> update = ImportApplier::run(db(), second, watched);
    QVERIFY2(update.ok() && update->applied, qPrintable(update.errorMessage()));
    QCOMPARE(tempStoreDuring, 2);
    QCOMPARE(number(db(), "PRAGMA temp_store"), 0);
    QCOMPARE(update->created, 1);
    QCOMPARE(update->updated, 2);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM sqlite_master WHERE name = 'device_type_year'"), 1); // not a bulk load
    QCOMPARE(found("mol*"), s("SN1 SN3 SN4"));
    QCOMPARE(found("hab*"), s("SN2"));
    QCOMPARE(found("berg"), QString());
    QCOMPARE(found("kristiansen"), s("SN3"));
    QCOMPARE(found("moe"), s("SN9"));
    QVERIFY(indexAgrees());
    QCOMPARE(number(db(), searchTriggers), 3);

    // A dry run changes nothing, triggers included.
    const QString third = write(QStringLiteral("third.csv"), "Serienummer;Maskinnavn;Bruker\nSN4;MOL-L0004;Lie\n");
    ImportOptions dry;
    dry.dryRun = true;
    Result<ImportReport> dryRun = ImportApplier::run(db(), third, dry);
    QVERIFY(dryRun.ok() && !dryRun->applied && dryRun->updated == 1);
    QCOMPARE(found("dahl"), s("SN4"));
    QCOMPARE(found("lie"), QString());
    QCOMPARE(number(db(), searchTriggers), 3);
    // The triggers put back still do their job.
    QVERIFY(
        runStatement(db().connection(), QStringLiteral("UPDATE device SET primary_user = 'Lie' WHERE serial = 'SN4'"))
            .ok());
    QCOMPARE(found("lie"), s("SN4"));
    QVERIFY(indexAgrees());
}

void TestImportApply::cancelRollsBackByteForByte()
{
    QVERIFY(ImportApplier::run(db(), fixture("intune_all_devices.csv"), {}).ok());
    QByteArray csv("Serienummer;Maskinnavn;Modell\n");
    for (int i = 1; i <= 20000; ++i)
        csv += "C" + QByteArray::number(i) + ";H" + QByteArray::number(i) + ";Latitude 5400\n";
    const QString path = write(QStringLiteral("cancel.csv"), csv);
    const QByteArray hashBefore = fileHash();
    ImportOptions options;
    qint64 fileSize = csv.size();
    options.progress = [fileSize](qint64 done, qint64) {
        return done < fileSize + fileSize / 2;
    }; // mid pass 2
    Result<ImportReport> cancelled = ImportApplier::run(db(), path, options);
    QVERIFY(cancelled.ok());
    QVERIFY(cancelled->cancelled);
    QVERIFY(!cancelled->applied);
    QVERIFY(cancelled->created > 0); // it was well under way
    QCOMPARE(fileHash(), hashBefore);
}

void TestImportApply::failingHookRollsBackAndHookRunsInsideTheTransaction()
{
    const QByteArray hashBefore = fileHash();
    ImportOptions failing;
    qint64 seenImportId = 0;
    qint64 devicesInside = 0;
    failing.beforeCommit = [&](Transaction& tx, qint64 importId) -> Status {
        seenImportId = importId;
        Result<QSqlQuery> q = runQuery(tx.database(), QStringLiteral("SELECT COUNT(*) FROM device"));
        q.value().next();
        devicesInside = q.value().value(0).toLongLong();
        return Error(QStringLiteral("snapshot failed"));
    };
    Result<ImportReport> failed = ImportApplier::run(db(), fixture("intune_all_devices.csv"), failing);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.errorMessage(), s("snapshot failed"));
    QVERIFY(seenImportId > 0);
    QCOMPARE(devicesInside, 5);
    QCOMPARE(fileHash(), hashBefore);

    ImportOptions writing;
    writing.beforeCommit = [](Transaction& tx, qint64 importId) {
        return runStatement(tx.database(),
                            QStringLiteral("INSERT INTO status_snapshot (taken_at, as_of, activity_days, trigger,"
                                           " import_id, active, inactive, due, replaced, remaining)"
                                           " VALUES ('t', 'a', 30, 'import', ?, 0, 0, 0, 0, 0)"),
                            {importId});
    };
    Result<ImportReport> ok = ImportApplier::run(db(), fixture("intune_all_devices.csv"), writing);
    QVERIFY(ok.ok() && ok->applied);
    QCOMPARE(number(db(), "SELECT import_id FROM status_snapshot"), ok->importId);
    ImportOptions dry;
    dry.dryRun = true;
    dry.beforeCommit = [](Transaction&, qint64) -> Status {
        return Error(QStringLiteral("must not run"));
    };
    QVERIFY(ImportApplier::run(db(), fixture("norsk_excel.csv"), dry).ok());
}

void TestImportApply::emptyCellsDoNotWipeUnlessAsked()
{
    write(QStringLiteral("full.csv"), "Serial number;Device name;Model;Kommune\nA1;PC-1;Latitude 5400;Molde\n");
    write(QStringLiteral("empty.csv"), "Serial number;Device name;Model;Kommune\nA1;PC-1;;\n");
    QVERIFY(ImportApplier::run(db(), filePath(QStringLiteral("full.csv")), {}).ok());
    Result<ImportReport> kept = ImportApplier::run(db(), filePath(QStringLiteral("empty.csv")), {});
    QVERIFY(kept.ok());
    QCOMPARE(kept->unchanged, 1);
    QCOMPARE(text(db(), "SELECT model FROM device"), s("Latitude 5400"));

    ImportOptions clearing;
    ColumnMapping mapping =
        mappingForProfile(ImportProfile::Generic, {s("Serial number"), s("Device name"), s("Model"), s("Kommune")});
    mapping.emptyClears = true;
    clearing.mapping = mapping;
    Result<ImportReport> cleared = ImportApplier::run(db(), filePath(QStringLiteral("empty.csv")), clearing);
    QVERIFY(cleared.ok());
    QCOMPARE(cleared->updated, 1);
    QCOMPARE(text(db(), "SELECT COALESCE(model, '') || '/' || COALESCE(CAST(municipality_id AS TEXT), '') FROM device"),
             s("/"));
    QCOMPARE(text(db(), "SELECT serial FROM device"), s("A1")); // the key is never cleared
}

void TestImportApply::duplicateSerialsMerge_data()
{
    QTest::addColumn<bool>("registerHasDevices");
    QTest::addColumn<qint64>("keysInMemoryFromRows");
    QTest::newRow("into an empty register (unique index)") << false << qint64(1000);
    QTest::newRow("into an empty register (keys in memory)") << false << qint64(0);
    QTest::newRow("into a register with devices (lookup)") << true << qint64(0);
}

// A serial twice on rows naming the same device merges them (the most recently seen wins); on rows naming
// different devices it is no key, and both go by their device names. Either way no row is refused.
void TestImportApply::duplicateSerialsMerge()
{
    QFETCH(bool, registerHasDevices);
    QFETCH(qint64, keysInMemoryFromRows);
    if (registerHasDevices)
        QVERIFY(ImportApplier::run(db(), fixture("intune_all_devices.csv"), {}).ok());
    const qint64 before = number(db(), "SELECT COUNT(*) FROM device");
    const QString path = write(QStringLiteral("dup.csv"), "Serial number,Device name,Last seen\n"
                                                          "d1,PC-1,2026-01-01\n"
                                                          "D2,PC-2,\n"
                                                          " d1 ,pc-1,2026-02-01\n"
                                                          "PF3XK2LM,X,\n"
                                                          "S9,A,\n"
                                                          "S9,B,\n");
    ImportOptions options;
    options.keysInMemoryFromRows = keysInMemoryFromRows;
    Result<ImportReport> report = ImportApplier::run(db(), path, options);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->rejectedCount, 0);
    QVERIFY(report->applied);
    QCOMPARE(report->merged, 1);
    // PF3XK2LM is an Intune device: updated when the register has it, created otherwise.
    QCOMPARE(report->created, registerHasDevices ? 4 : 5);
    QCOMPARE(report->updated, registerHasDevices ? 1 : 0);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device") - before, registerHasDevices ? 4 : 5);
    QCOMPARE(text(db(), "SELECT hostname || ' ' || last_seen FROM device WHERE serial = 'D1'"),
             s("pc-1 2026-01-31T23:00:00Z"));
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device WHERE hostname IN ('A', 'B') AND serial IS NULL"), 2);
    const QString warnings = report->warnings.join(u'\n');
    QVERIFY2(warnings.contains(s("Lines 2 and 4 have the same serial number D1")), qPrintable(warnings));
    QVERIFY2(warnings.contains(s("\"S9\" is on rows naming different devices")), qPrintable(warnings));
    if (TestRegister::onServer())
        return; // the rest looks into SQLite's word index
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device_search WHERE device_search MATCH 'S9'"), 0);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device_search WHERE device_search MATCH 'D1'"), 1);
    QVERIFY(runStatement(db().connection(),
                         QStringLiteral("INSERT INTO device_search (device_search) VALUES ('integrity-check')")));
}

void TestImportApply::junkSerialMatchesOnHostnameAndIsReported()
{
    write(QStringLiteral("a.csv"), "Serial number;Device name;Model\nTo be filled by O.E.M.;RAU-D1;Old\n");
    // Intune writes device names in lower case, AD in upper case: the match ignores case.
    write(QStringLiteral("b.csv"), "Serial number;Device name;Model\n0;rau-d1;New model\n");
    Result<ImportReport> first = ImportApplier::run(db(), filePath(QStringLiteral("a.csv")), {});
    QVERIFY(first.ok());
    QCOMPARE(first->created, 1);
    QCOMPARE(first->hostnameMatches.size(), 1);
    QVERIFY(number(db(), "SELECT COUNT(*) FROM device WHERE serial IS NULL") == 1);
    Result<ImportReport> second = ImportApplier::run(db(), filePath(QStringLiteral("b.csv")), {});
    QVERIFY(second.ok());
    QCOMPARE(second->updated, 1);
    QCOMPARE(second->created, 0);
    QCOMPARE(second->hostnameMatches.size(), 1);
    QCOMPARE(second->hostnameMatches.constFirst().line, 2);
    QCOMPARE(second->hostnameMatches.constFirst().rawSerial, s("0"));
    QCOMPARE(text(db(), "SELECT model FROM device"), s("New model"));
    // Later the real serial arrives: the same device gets it, no second device.
    write(QStringLiteral("c.csv"), "Serial number;Device name\nRX99;Rau-D1\n");
    Result<ImportReport> third = ImportApplier::run(db(), filePath(QStringLiteral("c.csv")), {});
    QVERIFY(third.ok());
    QCOMPARE(third->updated, 1);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device"), 1);
    QCOMPARE(text(db(), "SELECT serial FROM device"), s("RX99"));

    // A name two devices share matches neither: the row is rejected and says why.
    write(QStringLiteral("d.csv"), "Serial number;Device name\nRX98;RAU-D1\n");
    QVERIFY(ImportApplier::run(db(), filePath(QStringLiteral("d.csv")), {}).ok()); // a second RAU-D1
    write(QStringLiteral("e.csv"), "Serial number;Device name\nN/A;rau-d1\n");
    Result<ImportReport> ambiguous = ImportApplier::run(db(), filePath(QStringLiteral("e.csv")), {});
    QVERIFY(ambiguous.ok());
    QVERIFY(!ambiguous->applied);
    QCOMPARE(ambiguous->rejected.size(), 1);
    QVERIFY2(ambiguous->rejected.constFirst().reason.contains(s("Several devices are named rau-d1")),
             qPrintable(ambiguous->rejected.constFirst().reason));

    // The same name twice in one file: the second row is rejected, and listed as that only.
    write(QStringLiteral("f.csv"), "Serial number;Device name\nN/A;PC-NY\n0;pc-ny\n");
    Result<ImportReport> twice = ImportApplier::run(db(), filePath(QStringLiteral("f.csv")), {});
    QVERIFY(twice.ok());
    QCOMPARE(twice->rejected.size(), 1);
    QCOMPARE(twice->rejected.constFirst().line, 3);
    QCOMPARE(twice->hostnameMatches.size(), 1);
    QCOMPARE(twice->hostnameMatches.constFirst().line, 2);
}

void TestImportApply::absentDevicesAreMissingNotDeleted()
{
    QVERIFY(ImportApplier::run(db(), fixture("intune_all_devices.csv"), {}).ok());
    const QString path = write(QStringLiteral("part.csv"), "Serial number,Device name\n5CG2301ABC,MOL-L20231\n");
    Result<ImportReport> report = ImportApplier::run(db(), path, {});
    QVERIFY(report.ok());
    QCOMPARE(report->missing, 4);
    QCOMPARE(report->missingDevices.size(), 4);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device"), 5);
    QCOMPARE(number(db(), "SELECT missing FROM import_run ORDER BY id DESC LIMIT 1"), 4);
}

void TestImportApply::stateFromFileAndForbiddenTransitions()
{
    QVERIFY(ImportApplier::run(db(), fixture("norsk_excel.csv"), {}).ok());
    QCOMPARE(number(db(), "SELECT state FROM device WHERE serial = 'PF2QWERT'"), qint64(LifecycleState::InStock));
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device WHERE state = 2"), 3);
    QVERIFY(runStatement(db().connection(), QStringLiteral("UPDATE device SET state = 5 WHERE serial = 'PF2QWERT'")));
    const QString path =
        write(QStringLiteral("back.csv"), "Serienummer;Maskinnavn;Status\nPF2QWERT;AUK-L11111;I bruk\n");
    Result<ImportReport> report = ImportApplier::run(db(), path, {});
    QVERIFY(report.ok());
    QVERIFY(!report->applied);
    QCOMPARE(report->rejected.size(), 1);
    QCOMPARE(report->rejected.constFirst().reason, transitionRefusal(LifecycleState::Retired, LifecycleState::InUse));
}

void TestImportApply::recordedHashIsTheFilesHowEverItIsRead_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<int>("rows");
    // Without a date column the first pass samples 2,000 rows and the second hashes; a date column's order is
    // decided over the whole file, which the first pass then hashes. Past 1 MB the file is read in chunks.
    QTest::newRow("sampled, over 1 MB") << QByteArray("Serial number;Device name\n") << QByteArray() << 30000;
    QTest::newRow("small, read whole") << QByteArray("Serial number;Device name\n") << QByteArray() << 50;
    QTest::newRow("dates, over 1 MB") << QByteArray("Serial number;Device name;Purchase date\n")
                                      << QByteArray(";2021-03-04") << 30000;
    QTest::newRow("dates, small") << QByteArray("\xEF\xBB\xBFSerial number;Device name;Purchase date\n")
                                  << QByteArray(";2021-03-04") << 50;
}

void TestImportApply::recordedHashIsTheFilesHowEverItIsRead()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, date);
    QFETCH(int, rows);
    QByteArray content = header;
    for (int i = 0; i < rows; ++i)
        content += "SERIAL" + QByteArray::number(i) + ";PC-" + QByteArray::number(i) + date + '\n';
    const QString path = write(QStringLiteral("hashed.csv"), content);
    Result<ImportReport> report = ImportApplier::run(db(), path, {});
    QVERIFY2(report.ok() && report->applied, qPrintable(report.errorMessage()));
    QCOMPARE(report->created, qint64(rows));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    QCOMPARE(report->sha256, sha);
    QCOMPARE(text(db(), "SELECT sha256 FROM import_run"), sha);
}

void TestImportApply::importIsRecordedAndAudited()
{
    const QString path = fixture("norsk_excel.csv");
    Result<ImportReport> report = ImportApplier::run(db(), path, {});
    QVERIFY(report.ok() && report->applied);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(report->sha256, sha);
    QCOMPARE(text(db(), "SELECT sha256 || ' ' || file_name || ' ' || profile || ' ' || who || ' ' || created FROM "
                        "import_run"),
             sha + s(" norsk_excel.csv generic ") + TestRegister::recordedWho(db().connection()) + s(" 4"));
    QVERIFY(text(db(), "SELECT finished_at FROM import_run") != QStringLiteral("<none>"));
    // One row for the four devices it created (each names the import: test_import_audit).
    QCOMPARE(text(db(), "SELECT COUNT(*) || ' ' || MAX(new_value) FROM audit WHERE reason = 'import'"
                        " AND field = 'created' AND import_id = 1"),
             s("1 4"));
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device_seen WHERE import_id = 1"), 3);
    // The Windows-1252 sheet's æøå and en dash arrive intact, and the year evidence is recorded.
    QCOMPARE(text(db(), "SELECT name FROM department WHERE name LIKE 'Skole%'"), s("Skole – oppvekst"));
    QCOMPARE(text(db(), "SELECT name FROM location WHERE name LIKE 'R%dhuset'"), s("Rådhuset"));
    QCOMPARE(number(db(), "SELECT year_source FROM device WHERE serial = '5CG2301ABC'"),
             qint64(YearSource::PurchaseDate));

    // An update audits each changed field with before and after.
    const QString changed = write(QStringLiteral("changed.csv"), "Serienummer;Modell\n5CG2301ABC;HP EliteBook 860\n");
    Result<ImportReport> update = ImportApplier::run(db(), changed, {});
    QVERIFY(update.ok() && update->updated == 1);
    QCOMPARE(update->diffs.constFirst().changes.size(), 1);
    QCOMPARE(update->diffs.constFirst().changes.constFirst().before, s("HP EliteBook 840 G9"));
    QCOMPARE(text(db(), "SELECT old_value || ' -> ' || new_value FROM audit WHERE field = 'model'"),
             s("HP EliteBook 840 G9 -> HP EliteBook 860"));
}

void TestImportApply::roundTripExportImportIsIdentical()
{
    GenerateOptions generate;
    generate.devices = 3000;
    generate.seed = 11;
    generate.asOf = QDate(2026, 11, 23);
    QVERIFY(FleetGenerator::generate(db(), generate).ok());
    // The demo fleet draws its "usual year of the model" at random: the register's rule is applied first, as every
    // import and edit applies it (ModelYearEstimator).
    {
        Transaction tx(db().connection());
        ModelYearEstimator estimator;
        estimator.addAllModels();
        QVERIFY(estimator.refresh(tx, ChangeContext::now(AuditReason::Generate)).ok());
        QVERIFY(tx.commit().ok());
    }
    const QString first = filePath(QStringLiteral("first.csv"));
    QVERIFY(DeviceCsvExport::write(db(), first, {}).ok());

    Result<ImportReport> same = ImportApplier::run(db(), first, {});
    QVERIFY2(same.ok(), qPrintable(same.errorMessage()));
    QCOMPARE(same->profileKey, s("rullering"));
    QVERIFY2(same->rejected.isEmpty(), same->rejected.isEmpty() ? "" : qPrintable(same->rejected.constFirst().reason));
    QCOMPARE(same->updated, 0);
    QCOMPARE(same->created, 0);
    QCOMPARE(same->yearsReestimated, 0);

    Result<std::unique_ptr<Database>> other = openAnother(QStringLiteral("other.sqlite"));
    QVERIFY(other.ok());
    Result<ImportReport> loaded = ImportApplier::run(*other.value(), first, {});
    QVERIFY(loaded.ok() && loaded->applied);
    const QString second = filePath(QStringLiteral("second.csv"));
    QVERIFY(DeviceCsvExport::write(*other.value(), second, {}).ok());
    QFile a(first), b(second);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
}

void TestImportApply::mappingsAreSavedByName()
{
    ColumnMapping mapping;
    mapping.profileKey = s("generic");
    mapping[ImportField::Serial] = {s("Tag")};
    mapping[ImportField::LastSeen] = {s("Seen A"), s("Seen B")};
    mapping.dateOrders.insert(s("Seen A"), DateOrder::DayFirst);
    mapping.emptyClears = true;
    {
        Transaction tx(db().connection());
        QVERIFY(MappingStore::save(tx, s("Skolenes ark"), mapping).ok());
        QVERIFY(tx.commit().ok());
    }
    Result<ColumnMapping> loaded = MappingStore::load(db().connection(), s("Skolenes ark"));
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value() == mapping);
    QCOMPARE(MappingStore::names(db().connection()).value(), QStringList{s("Skolenes ark")});
    QVERIFY(!MappingStore::load(db().connection(), s("Nope")).ok());

    const QString json = write(QStringLiteral("m.json"), R"({"columns": {"serial": "Tag", "hostname": ["PC"]}})");
    Result<ColumnMapping> fromFile = MappingStore::loadNameOrFile(db().connection(), json);
    QVERIFY(fromFile.ok());
    QCOMPARE(fromFile->columns[size_t(ImportField::Hostname)], QStringList{s("PC")});
    const QString bad = write(QStringLiteral("bad.json"), R"({"columns": {"colour": "X"}})");
    QVERIFY(!MappingStore::loadNameOrFile(db().connection(), bad).ok());

    const QString csv = write(QStringLiteral("tag.csv"), "Tag,PC\nZ1,H1\n");
    ImportOptions options;
    options.mapping = fromFile.value();
    Result<ImportReport> report = ImportApplier::run(db(), csv, options);
    QVERIFY(report.ok() && report->created == 1);
    QCOMPARE(text(db(), "SELECT serial || hostname FROM device"), s("Z1H1"));
}

void TestImportApply::ambiguousDateColumnIsReported()
{
    const QString path =
        write(QStringLiteral("dates.csv"), "Serial number,Purchase date\nA,01/02/2020\nB,03/04/2020\n");
    ImportOptions dry;
    dry.dryRun = true;
    Result<ImportReport> report = ImportApplier::run(db(), path, dry);
    QVERIFY(report.ok());
    QCOMPARE(report->warnings.size(), 1);
    QVERIFY(report->warnings.constFirst().contains(s("Purchase date")));
    const QString decided =
        write(QStringLiteral("decided.csv"), "Serial number,Purchase date\nA,01/02/2020\nB,25/04/2020\n");
    Result<ImportReport> applied = ImportApplier::run(db(), decided, {});
    QVERIFY(applied.ok() && applied->applied);
    QVERIFY(applied->warnings.isEmpty());
    QCOMPARE(text(db(), "SELECT purchase_date FROM device WHERE serial = 'A'"), s("2020-02-01"));
}

// A ConfigMgr query saved from the console or Excel on an en-US machine: month-first dates with AM/PM, read as
// such (the column holds 3/15, so the order is not in doubt). Times without a zone are local, here Oslo.
void TestImportApply::configMgrDatesInTheMachinesFormat()
{
    const QString file = write(s("cm_us.csv"), "Name0,SerialNumber0,Model0,ReleaseDate0,Last_Logon_Timestamp0\n"
                                               "PC1,S1,OptiPlex 7050,3/15/2019 12:00:00 AM,1/24/2023 7:13:55 AM\n"
                                               "PC2,S2,OptiPlex 7050,4/1/2018 12:00:00 AM,1/5/2023 7:13:55 PM\n");
    Result<ImportReport> report = ImportApplier::run(db(), file, {});
    QVERIFY2(report.ok() && report->applied, report.ok() ? "not applied" : qPrintable(report.errorMessage()));
    QCOMPARE(report->profileKey, s("configmgr"));
    QCOMPARE(text(db(), "SELECT group_concat(serial || ' ' || production_year || ' ' || last_seen, ', ') FROM"
                        " (SELECT * FROM device ORDER BY serial)"),
             s("S1 2019 2023-01-24T06:13:55Z, S2 2018 2023-01-05T18:13:55Z")); // local (Oslo) times
}

// A file whose every row fails (a wrong mapping, say) must not hold every reason in memory: the report lists the
// first ones up to the detail limit and counts them all.
void TestImportApply::rejectedRowsAreCountedAllListedToTheLimit()
{
    QByteArray content = "Serial number;Production year\n";
    for (int i = 0; i < 50; ++i)
        content += "S" + QByteArray::number(i) + (i % 5 == 0 ? ";2019\n" : ";someday\n");
    const QString file = write(s("bad.csv"), content);
    ImportOptions options;
    options.detailLimit = 10;
    Result<ImportReport> blocked = ImportApplier::run(db(), file, options);
    QVERIFY(blocked.ok());
    QVERIFY(!blocked->applied);
    QCOMPARE(blocked->rejectedCount, 40);
    QCOMPARE(blocked->rejected.size(), 10);
    QCOMPARE(blocked->rejected.constLast().line, 14); // lines 3-6, 8-11, 13-14: the first ten bad rows
    QCOMPARE(blocked->toJson().value(s("rejectedCount")).toInteger(), 40);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device"), 0);
    options.skipRejected = true;
    Result<ImportReport> skipped = ImportApplier::run(db(), file, options);
    QVERIFY(skipped.ok() && skipped->applied);
    QCOMPARE(skipped->created, 10);
    QCOMPARE(number(db(), "SELECT rejected FROM import_run ORDER BY id DESC LIMIT 1"), 40);
}

// The wizard's "Export rejected rows": line;reason, each reason quoted with its own quotes doubled (they hold
// delimiters and quotes from the file), so a spreadsheet opens it as two columns.
void TestImportApply::rejectedRowsExportAsCsv()
{
    const QString file = write(s("bad.csv"), "Serial number;Production year;Type\n"
                                             "S1;nineteen;desktop\n"
                                             "S2;2019;=HYPERLINK(\"x\")\n"
                                             "S3;2020;laptop\n");
    Result<ImportReport> report = ImportApplier::run(db(), file, {});
    QVERIFY(report.ok());
    QCOMPARE(report->rejectedCount, 2);
    const QStringList lines = report->rejectedCsv().split(s("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], s("Line;Reason"));
    QVERIFY2(lines[1].startsWith(s("2;\"Production year: \"\"nineteen\"\" is not a production year")),
             qPrintable(lines[1]));
    // (the reader's own complaint about the bare quotes, which holds quotes itself)
    QVERIFY2(lines[2].startsWith(s("3;\"column 20: A quote inside a field")), qPrintable(lines[2]));
    QVERIFY2(lines[2].endsWith(s("(write it as \"\"\"\" inside a quoted field).\"")), qPrintable(lines[2]));
}

void TestImportApply::malformedHeaderIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("where");
    QTest::newRow("stray quote") << QByteArray("Serial number,Dev\"ice name\nS1,PC1\n") << s("line 1, column 18");
    QTest::newRow("unclosed quote") << QByteArray("Serial number,Device name,\"Model\nS1,PC1,M\nS2,PC2,M\n")
                                    << s("line 1, column 27");
}

// A header the reader had to guess at would map its columns by accident (the stray-quote column silently
// unmapped, the unclosed one swallowing every row): the import and the wizard's preview refuse it and say where.
void TestImportApply::malformedHeaderIsRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, where);
    const QString file = write(s("header.csv"), content);
    const QByteArray before = fileHash();
    ImportOptions dry;
    dry.dryRun = true;
    for (const ImportOptions& options : {dry, ImportOptions()}) {
        Result<ImportReport> report = ImportApplier::run(db(), file, options);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code(), Error::Code::Invalid);
        QVERIFY2(report.errorMessage().startsWith(where + s(": the header row is malformed")),
                 qPrintable(report.errorMessage()));
    }
    Result<ImportPreview> preview = ImportApplier::preview(file, {}, 10);
    QVERIFY(!preview.ok());
    QVERIFY2(preview.errorMessage().startsWith(where), qPrintable(preview.errorMessage()));
    QCOMPARE(fileHash(), before);
}

QTEST_GUILESS_MAIN(TestImportApply)
#include "test_importapply.moc"
