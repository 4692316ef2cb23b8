// A disk that fills up during an import: the import fails with a message that says so, the register is byte for
// byte as before, and the same connection imports the file once there is room. The full disk is SQLite's own
// page limit (PRAGMA max_page_count), set so that the import runs out of room where each row says.

#include "ImportScratch.h"
#include "import/ImportApplier.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace rullering;
using namespace rullering::test;

class TestImportFullDisk : public QObject, private ImportScratch // db(), write(), fileHash()
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fullDiskRollsBackAndSaysSo_data();
    void fullDiskRollsBackAndSaysSo();

private:
    // The register's size in pages after importing path into a copy of it: what the import needs.
    qint64 pagesAfterImportingACopy(const QString& path);
};

void TestImportFullDisk::init()
{
    QVERIFY2(create(), qPrintable(error()));
}

void TestImportFullDisk::cleanup()
{
    clear();
}

namespace {

QByteArray devices(const char* prefix, int count)
{
    QByteArray csv("Serienummer;Maskinnavn;Modell;Kommune\n");
    for (int i = 1; i <= count; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += prefix + n + ";" + prefix + "H" + n + ";Latitude 54" + QByteArray::number(i % 10) + "0;Molde\n";
    }
    return csv;
}

} // namespace

qint64 TestImportFullDisk::pagesAfterImportingACopy(const QString& path)
{
    fileHash(); // closes every connection, so the file holds everything, and reopens
    const QString copyPath = filePath(QStringLiteral("copy.sqlite"));
    QFile::remove(copyPath);
    if (!QFile::copy(registerPath(), copyPath))
        return -1;
    Result<std::unique_ptr<Database>> copy = Database::open(copyPath);
    if (!copy || !ImportApplier::run(*copy.value(), path, {}).ok())
        return -1;
    return number(*copy.value(), "PRAGMA page_count");
}

void TestImportFullDisk::fullDiskRollsBackAndSaysSo_data()
{
    QTest::addColumn<int>("registerDevices");  // stored before the import
    QTest::addColumn<int>("fileDevices");      // all new
    QTest::addColumn<double>("room");          // the share of the pages the import adds that fit on the disk
    QTest::addColumn<bool>("whileRebuilding"); // the disk fills after the rows, during the index rebuild

    // An empty register: rollback journal, indexes set aside and rebuilt at the end, keys found in memory.
    QTest::newRow("first load, while the rows are written") << 0 << 30000 << 0.2 << false;
    QTest::newRow("first load, while the indexes are rebuilt") << 0 << 30000 << 0.97 << true;
    // A register: WAL, the indexes kept up to date row by row.
    QTest::newRow("into a register") << 20000 << 5000 << 0.5 << false;
}

void TestImportFullDisk::fullDiskRollsBackAndSaysSo()
{
    QFETCH(int, registerDevices);
    QFETCH(int, fileDevices);
    QFETCH(double, room);
    QFETCH(bool, whileRebuilding);

    if (registerDevices > 0) {
        const QString base = write(QStringLiteral("base.csv"), devices("R", registerDevices));
        Result<ImportReport> stored = ImportApplier::run(db(), base, {});
        QVERIFY2(stored.ok() && stored->applied, qPrintable(stored.errorMessage()));
    }
    ImportOptions options;
    options.keysInMemoryFromRows = 10000; // the first-load path of a big file, at a test's size
    const QString path = write(QStringLiteral("new.csv"), devices("N", fileDevices));
    const qint64 needed = pagesAfterImportingACopy(path);
    QVERIFY(needed > 0);
    // A first load switches the journal away from WAL and back, which moves two change counters in the header.
    const QByteArray hashBefore = fileHash(HeaderCounters::Ignored);
    const qint64 before = number(db(), "PRAGMA page_count");
    QVERIFY(needed > before);
    const qint64 limit = before + qint64(double(needed - before) * room);
    QCOMPARE(number(db(), qPrintable(QStringLiteral("PRAGMA max_page_count = %1").arg(limit))), limit);

    qint64 lastDone = 0;
    qint64 total = 0;
    options.progress = [&lastDone, &total](qint64 done, qint64 all) {
        lastDone = done;
        total = all;
        return true;
    };
    Result<ImportReport> full = ImportApplier::run(db(), path, options);
    QVERIFY(!full.ok());
    // What happened and where, in words a person can act on (not SQLite's "database or disk is full").
    QVERIFY2(full.errorMessage().contains(QStringLiteral("The disk is full")), qPrintable(full.errorMessage()));
    QVERIFY2(full.errorMessage().contains(QDir::toNativeSeparators(registerPath())), qPrintable(full.errorMessage()));
    QVERIFY(total > 0);
    // The last third of the progress is the rebuild after the rows.
    QCOMPARE(lastDone > total * 2 / 3, whileRebuilding);
    QCOMPARE(text(db(), "PRAGMA journal_mode"), s("wal"));
    QCOMPARE(fileHash(HeaderCounters::Ignored), hashBefore); // (closes and reopens: the page limit is gone)

    Result<ImportReport> roomy = ImportApplier::run(db(), path, options);
    QVERIFY2(roomy.ok() && roomy->applied, qPrintable(roomy.errorMessage()));
    QCOMPARE(roomy->created, fileDevices);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device"), registerDevices + fileDevices);
    QCOMPARE(text(db(), "PRAGMA integrity_check"), s("ok"));
}

QTEST_GUILESS_MAIN(TestImportFullDisk)
#include "test_import_fulldisk.moc"
