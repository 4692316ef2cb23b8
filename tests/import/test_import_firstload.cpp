// Loads into an empty register: the indexes set aside and rebuilt once (their progress, a cancel while they are
// built, no rebuild when nothing will be committed), the rollback journal instead of the WAL, and repeats within the
// file found with or without the serial and device-name indexes.

#include "ImportScratch.h"
#include "import/ImportApplier.h"
#include "storage/Database.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace rullering;
using namespace rullering::test;

class TestImportFirstLoad : public QObject, private ImportScratch // db(), write(), fileHash()
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstLoadWritesThroughRollbackJournal();
    void firstLoadBesideAnotherConnectionStaysInWal();
    void progressRunsThroughTheIndexRebuild();
    void cancelWhileTheIndexesAreBuiltRollsBack();
    void nothingIsRebuiltWhenNothingWillBeCommitted_data();
    void nothingIsRebuiltWhenNothingWillBeCommitted();
    void repeatedNamesAreFoundWithOrWithoutIndexes_data();
    void repeatedNamesAreFoundWithOrWithoutIndexes();
    void serverPutsBackWhatItSetAside_data();
    void serverPutsBackWhatItSetAside();
    void serverWritesAFirstLoadFrozen_data();
    void serverWritesAFirstLoadFrozen();
};

void TestImportFirstLoad::init()
{
    RULLERING_REQUIRE_TEST_ENGINE();
    QVERIFY2(create(), qPrintable(error()));
}

void TestImportFirstLoad::cleanup()
{
    clear();
}

namespace {

QByteArray firstLoadFile()
{
    QByteArray csv("Serienummer;Maskinnavn;Modell\n");
    for (int i = 1; i <= 60000; ++i)
        csv += "F" + QByteArray::number(i) + ";H" + QByteArray::number(i) + ";Latitude 5400\n";
    return csv;
}

} // namespace

void TestImportFirstLoad::firstLoadWritesThroughRollbackJournal()
{
    RULLERING_SQLITE_ONLY();
    const QString path = write(QStringLiteral("first.csv"), firstLoadFile());
    // Cancelled at the end: nothing stored, byte for byte, and the journal is the WAL again. Leaving WAL mode and
    // coming back counts as two changes in the file header's change counter (offsets 24 and 92, SQLite's own
    // bookkeeping); every other byte, every page of data, is as before.
    const QByteArray hashBefore = fileHash(HeaderCounters::Ignored);
    ImportOptions cancel;
    cancel.progress = [](qint64 done, qint64 total) {
        return done < total;
    };
    Result<ImportReport> cancelled = ImportApplier::run(db(), path, cancel);
    QVERIFY(cancelled.ok() && cancelled->cancelled);
    QVERIFY(cancelled->created > 0); // well under way
    QCOMPARE(text(db(), "PRAGMA journal_mode"), s("wal"));
    QCOMPARE(fileHash(HeaderCounters::Ignored), hashBefore);

    // A load that rebuilds the indexes keeps temporary files: its sorts are slower in memory.
    qint64 tempStoreDuring = -1;
    const ImportOptions watched = readingPragma(db(), "temp_store", tempStoreDuring);
    Result<ImportReport> applied = ImportApplier::run(db(), path, watched);
    QVERIFY2(applied.ok() && applied->applied, qPrintable(applied.errorMessage()));
    QCOMPARE(tempStoreDuring, 0);
    QCOMPARE(applied->created, 60000);
    QCOMPARE(text(db(), "PRAGMA journal_mode"), s("wal"));
    QVERIFY(!QFile::exists(registerPath() + QStringLiteral("-journal")));
    // One "created" row for the import; every device names it.
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM audit WHERE field = 'created'"), 1);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device WHERE created_import_id = 1"), 60000);
    QCOMPARE(text(db(), "PRAGMA integrity_check"), s("ok"));
}

void TestImportFirstLoad::firstLoadBesideAnotherConnectionStaysInWal()
{
    RULLERING_SQLITE_ONLY();
    const QString path = write(QStringLiteral("first.csv"), firstLoadFile());
    // Someone else has the register open (reading): the journal cannot change, and the import works as ever.
    Result<std::unique_ptr<Database>> other = Database::open(registerPath());
    QVERIFY(other.ok());
    QCOMPARE(number(*other.value(), "SELECT COUNT(*) FROM device"), 0);
    Result<ImportReport> applied = ImportApplier::run(db(), path, {});
    QVERIFY2(applied.ok() && applied->applied, qPrintable(applied.errorMessage()));
    QCOMPARE(number(*other.value(), "SELECT COUNT(*) FROM device"), 60000);
    QCOMPARE(text(db(), "PRAGMA journal_mode"), s("wal"));
}

void TestImportFirstLoad::progressRunsThroughTheIndexRebuild()
{
    RULLERING_SQLITE_ONLY();
    const QString path = write(QStringLiteral("first.csv"), firstLoadFile());
    QList<std::pair<qint64, qint64>> calls;
    ImportOptions options;
    options.progress = [&calls](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    };
    Result<ImportReport> applied = ImportApplier::run(db(), path, options);
    QVERIFY2(applied.ok() && applied->applied, qPrintable(applied.errorMessage()));
    QVERIFY(!calls.isEmpty());
    const qint64 total = calls.constFirst().second;
    QSet<qint64> afterTheRows; // positions reported while the indexes and the word index are rebuilt
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls[i].second, total);
        if (i > 0)
            QVERIFY2(calls[i].first >= calls[i - 1].first, "the bar never goes back");
        if (calls[i].first > total * 2 / 3 && calls[i].first < total)
            afterTheRows.insert(calls[i].first);
    }
    QCOMPARE(calls.constLast().first, total);
    // Thirteen indexes, the triggers, the word index and the model names: a step each.
    QVERIFY2(afterTheRows.size() >= 12, qPrintable(QString::number(afterTheRows.size())));
}

void TestImportFirstLoad::cancelWhileTheIndexesAreBuiltRollsBack()
{
    RULLERING_SQLITE_ONLY();
    const QString path = write(QStringLiteral("first.csv"), firstLoadFile());
    const QByteArray hashBefore = fileHash(HeaderCounters::Ignored);
    qint64 indexesWhenCancelled = -1;
    ImportOptions options;
    options.progress = [this, &indexesWhenCancelled](qint64 done, qint64 total) {
        if (done <= total * 5 / 6)
            return true;
        indexesWhenCancelled = number(db(), "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"
                                            " AND tbl_name = 'device'");
        return false;
    };
    Result<ImportReport> cancelled = ImportApplier::run(db(), path, options);
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.errorMessage()));
    QVERIFY(cancelled->cancelled);
    QVERIFY(!cancelled->applied);
    QVERIFY2(indexesWhenCancelled > 6 && indexesWhenCancelled < 17, // halfway through the rebuild
             qPrintable(QString::number(indexesWhenCancelled)));
    QCOMPARE(fileHash(HeaderCounters::Ignored), hashBefore);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'device'"), 17);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"), 5);
}

void TestImportFirstLoad::nothingIsRebuiltWhenNothingWillBeCommitted_data()
{
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<bool>("rejectedRow");
    QTest::addColumn<bool>("rebuilt");
    QTest::newRow("dry run") << true << false << false;
    QTest::newRow("a rejected row blocks the apply") << false << true << false;
    QTest::newRow("applied") << false << false << true;
}

// The indexes, the word index and the audit of created devices change no count: a dry run, or an apply that
// rejected rows block, rolls back without building them.
void TestImportFirstLoad::nothingIsRebuiltWhenNothingWillBeCommitted()
{
    RULLERING_SQLITE_ONLY();
    QFETCH(bool, dryRun);
    QFETCH(bool, rejectedRow);
    QFETCH(bool, rebuilt);
    QByteArray csv = firstLoadFile();
    if (rejectedRow)
        csv += "N/A;;Latitude 5400\n"; // nothing to match the row on
    const QString path = write(QStringLiteral("first.csv"), csv);
    qint64 indexesAtTheEnd = -1;
    qint64 auditAtTheEnd = -1;
    ImportOptions options;
    options.dryRun = dryRun;
    options.progress = [this, &indexesAtTheEnd, &auditAtTheEnd](qint64 done, qint64 total) {
        if (done == total) {
            indexesAtTheEnd = number(db(), "SELECT COUNT(*) FROM sqlite_master WHERE name = 'device_model'");
            auditAtTheEnd = number(db(), "SELECT COUNT(*) FROM audit");
        }
        return true;
    };
    Result<ImportReport> report = ImportApplier::run(db(), path, options);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->created, 60000);
    QCOMPARE(report->rejected.size(), rejectedRow ? 1 : 0);
    QCOMPARE(report->applied, rebuilt);
    QCOMPARE(indexesAtTheEnd, rebuilt ? 1 : 0);
    QCOMPARE(auditAtTheEnd, rebuilt ? 1 : 0); // one "created" row for all the devices
    // Rolled back or committed, the schema is whole.
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'device'"), 17);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device"), rebuilt ? 60000 : 0);
}

void TestImportFirstLoad::repeatedNamesAreFoundWithOrWithoutIndexes_data()
{
    QTest::addColumn<bool>("registerHasDevices");
    QTest::newRow("into an empty register (keys in memory)") << false;
    QTest::newRow("into a register with a device (indexes)") << true;
}

// Into an empty register the serial and device-name indexes are built after the rows, and repeats are found
// through FirstLoadKeys; into a register through the indexes. Same rows, same verdicts, names compared as SQLite's
// NOCASE compares them (ASCII letters fold, Ø and ø do not).
void TestImportFirstLoad::repeatedNamesAreFoundWithOrWithoutIndexes()
{
    QFETCH(bool, registerHasDevices);
    if (registerHasDevices)
        QVERIFY(addUnrelatedDevice());
    const QString path = write(QStringLiteral("names.csv"), "Serial number;Device name\n"
                                                            "S1;PC-A\n"   // 2
                                                            "S2;pc-a\n"   // 3: another serial, same name
                                                            "N/A;Pc-A\n"  // 4: two devices have the name
                                                            "N/A;Øst-1\n" // 5
                                                            "N/A;øst-1\n" // 6: not the same name to NOCASE
                                                            "N/A;ØST-1\n" // 7: line 5 again
                                                            "S3;PC-B\n"   // 8
                                                            "0;pc-b\n"    // 9: line 8 again
                                                            "s2;PC-A\n"); // 10: line 3's device again
    ImportOptions options;
    options.keysInMemoryFromRows = 0; // this small file too (when the register is empty)
    Result<ImportReport> report = ImportApplier::run(db(), path, options);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->created, 5);
    QCOMPARE(report->merged, 1); // line 10 into line 3's device
    QCOMPARE(report->rejected.size(), 3);
    const QList<RejectedRow>& rejected = report->rejected;
    QCOMPARE(rejected[0].line, 4);
    QVERIFY2(rejected[0].reason.contains(s("Several devices are named Pc-A")), qPrintable(rejected[0].reason));
    QCOMPARE(rejected[1].line, 7);
    QVERIFY2(rejected[1].reason.contains(s("ØST-1 appears again")) && rejected[1].reason.contains(s("line 5")),
             qPrintable(rejected[1].reason));
    QCOMPARE(rejected[2].line, 9);
    QVERIFY2(rejected[2].reason.contains(s("line 8")), qPrintable(rejected[2].reason));

    // Applied with the rejected rows skipped: the indexes are back and hold.
    options.skipRejected = true;
    QVERIFY(ImportApplier::run(db(), path, options).ok());
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device"), registerHasDevices ? 6 : 5);
    if (TestRegister::onServer())
        return; // the rest is about SQLite's indexes
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('device_serial', 'device_hostname')"), 2);
    QCOMPARE(
        number(db(), "SELECT COUNT(*) FROM device INDEXED BY device_hostname WHERE hostname = 'pc-a' COLLATE NOCASE"),
        2);
}

QTEST_GUILESS_MAIN(TestImportFirstLoad)
#include "test_import_firstload.moc"

namespace {

// The device and sighting tables' indexes, keys, references and triggers as the server describes them, and the
// audit table's references (to the device table).
constexpr char ServerCatalogue[] =
    "SELECT string_agg(x, ' | ' ORDER BY x) FROM (SELECT 'index ' || indexdef AS x FROM pg_indexes"
    " WHERE schemaname = 'rullering' AND tablename IN ('device', 'device_seen')"
    " UNION ALL SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated"
    " FROM pg_constraint WHERE conrelid IN (to_regclass('rullering.device'), to_regclass('rullering.device_seen'),"
    " to_regclass('rullering.audit'))"
    " UNION ALL SELECT 'trigger ' || tgname || ' ' || CAST(tgenabled AS TEXT) FROM pg_trigger"
    " WHERE tgrelid IN (to_regclass('rullering.device'), to_regclass('rullering.device_seen'))"
    " AND NOT tgisinternal"
    " UNION ALL SELECT 'options ' || relname || ' ' || COALESCE(array_to_string(reloptions, ','), '-') FROM pg_class"
    " WHERE oid IN (to_regclass('rullering.device'), to_regclass('rullering.device_seen'))) AS c";

QString serverCatalogue(Database& db)
{
    Result<QSqlQuery> query = runQuery(db.connection(), QString::fromLatin1(ServerCatalogue));
    if (!query)
        return query.errorMessage();
    return query.value().next() ? query.value().value(0).toString() : QString();
}

} // namespace

void TestImportFirstLoad::serverPutsBackWhatItSetAside_data()
{
    QTest::addColumn<bool>("cancel");
    QTest::newRow("applied") << false;
    QTest::newRow("cancelled while the indexes are built") << true;
}

// A server sets aside the device and sighting tables' indexes, keys, references and two triggers for a first load
// (PostgresEngine::setAsideForFirstLoad): afterwards, or after a rollback, the catalogue is as it was.
void TestImportFirstLoad::serverPutsBackWhatItSetAside()
{
    if (!TestRegister::onServer())
        QSKIP("about the server's catalogue");
    QFETCH(bool, cancel);
    const QString before = serverCatalogue(db());
    QVERIFY2(before.contains(s("index CREATE UNIQUE INDEX device_serial")), qPrintable(before));
    QVERIFY(before.contains(s("constraint device_seen_pkey PRIMARY KEY")));
    QVERIFY(before.contains(s("constraint audit_device_id_fkey FOREIGN KEY")));
    QVERIFY(before.contains(s("trigger device_guard O")));
    QVERIFY(before.contains(s("options device -")));
    // Every device seen, every other one replaced by the next: sightings and links are written meanwhile.
    QByteArray csv("Serienummer;Maskinnavn;Modell;Sist sett;Erstattet av\n");
    for (int i = 1; i <= 3000; ++i)
        csv += "F" + QByteArray::number(i) + ";H" + QByteArray::number(i) + ";Latitude 5400;2026-11-0" +
               QByteArray::number(1 + i % 9) + ";" + (i % 2 == 1 ? "F" + QByteArray::number(i + 1) : QByteArray()) +
               "\n";
    const QString path = write(QStringLiteral("first.csv"), csv);
    ImportOptions options;
    QString during;
    options.progress = [&](qint64 done, qint64 total) {
        if (done <= total * 2 / 3 || !during.isEmpty())
            return true;
        during = serverCatalogue(db()); // the rows are in, the indexes not yet back
        return !cancel;
    };
    Result<ImportReport> report = ImportApplier::run(db(), path, options);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->applied, !cancel);
    QVERIFY2(!during.contains(s("device_serial")) && !during.contains(s("device_seen_pkey")) &&
                 !during.contains(s("audit_device_id_fkey")) && during.contains(s("trigger device_guard D")) &&
                 during.contains(s("options device -")) && during.contains(s("options device_seen -")),
             qPrintable(during));
    QCOMPARE(serverCatalogue(db()), before);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device"), cancel ? 0 : 3000);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device_seen"), cancel ? 0 : 3000);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device d JOIN device n ON n.id = d.replaced_by_id"
                          " WHERE n.serial = 'F' || CAST(CAST(substr(d.serial, 2) AS INTEGER) + 1 AS TEXT)"),
             cancel ? 0 : 1500);
}

void TestImportFirstLoad::serverWritesAFirstLoadFrozen_data()
{
    QTest::addColumn<bool>("auditInUse");
    QTest::newRow("the register alone") << false;
    QTest::newRow("another session reading the history") << true;
}

// A first load on a server empties the device table in its transaction (the references into it from the history
// and the sightings set aside), so COPY writes the rows frozen: every page all-visible as the load ends. While
// another session holds the history table, that cannot be done without waiting: the load goes the ordinary way.
void TestImportFirstLoad::serverWritesAFirstLoadFrozen()
{
    if (!TestRegister::onServer())
        QSKIP("about the server's visibility map");
    QFETCH(bool, auditInUse);
    const QString before = serverCatalogue(db());
    Result<std::unique_ptr<Database>> other = Database::open(registerPath());
    QVERIFY2(other, qPrintable(other.errorMessage()));
    if (auditInUse)
        QVERIFY(execStatements(other.value()->connection(),
                               {QStringLiteral("BEGIN"), QStringLiteral("SELECT COUNT(*) FROM audit")}));
    QByteArray csv("Serienummer;Maskinnavn;Modell;Sist sett\n");
    for (int i = 1; i <= 5000; ++i)
        csv += "F" + QByteArray::number(i) + ";H" + QByteArray::number(i) + ";Latitude 5400;2026-11-02\n";
    ImportOptions options;
    qint64 pages = -1;
    qint64 visible = -1;
    options.progress = [&](qint64 done, qint64 total) {
        if (done == total) { // the indexes, references and statistics are back; the transaction is still open
            pages = number(db(), "SELECT relpages FROM pg_class WHERE oid = to_regclass('rullering.device')");
            visible = number(db(), "SELECT relallvisible FROM pg_class WHERE oid = to_regclass('rullering.device')");
        }
        return true;
    };
    Result<ImportReport> report = ImportApplier::run(db(), write(QStringLiteral("first.csv"), csv), options);
    QVERIFY2(report.ok() && report->applied, qPrintable(report.errorMessage()));
    QVERIFY(pages > 0);
    QCOMPARE(visible, auditInUse ? 0 : pages);
    if (auditInUse)
        QVERIFY(execStatements(other.value()->connection(), {QStringLiteral("ROLLBACK")}));
    QCOMPARE(serverCatalogue(db()), before);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device"), 5000);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device_seen"), 5000);
    // Another session sees every row once the load is committed, frozen or not.
    QCOMPARE(number(*other.value(), "SELECT COUNT(*) FROM device WHERE serial LIKE 'F%'"), 5000);
}
