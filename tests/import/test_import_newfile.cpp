// A first load into a new file is built beside its path without syncs (Database::OpenMode::CreateForLoad, StagedFile):
// an import that fails there still rolls back whole, and the file that then comes to the path holds the empty
// register.

#include "import/ImportApplier.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

namespace {

qint64 number(const Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString text(const Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("(failed)");
    return query.value(0).toString();
}

} // namespace

class TestImportNewFile : public QObject
{
    Q_OBJECT

private slots:
    void failedFirstLoadLeavesTheEmptyRegister_data();
    void failedFirstLoadLeavesTheEmptyRegister();
};

void TestImportNewFile::failedFirstLoadLeavesTheEmptyRegister_data()
{
    QTest::addColumn<double>("room"); // the share of the pages the load adds that fit on the "disk"
    QTest::newRow("while the rows are written") << 0.2;
    QTest::newRow("while the indexes are rebuilt") << 0.97;
}

void TestImportNewFile::failedFirstLoadLeavesTheEmptyRegister()
{
    QFETCH(double, room);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray csv("Serienummer;Maskinnavn;Modell;Kommune;Sist pålogget\n");
    for (int i = 1; i <= 8000; ++i) // a first load's size (more than ImportApplier's FirstLoadRows)
        csv += "S" + QByteArray::number(i) + ";PC" + QByteArray::number(i) + ";Latitude 54" +
               QByteArray::number(i % 10) + "0;Molde;2026-11-0" + QByteArray::number(1 + i % 9) + "\n";
    const QString file = dir.filePath(QStringLiteral("devices.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(csv) == csv.size());
    out.close();

    // What the load needs, measured on a file of its own.
    qint64 needed = 0;
    {
        Result<std::unique_ptr<Database>> trial =
            Database::open(dir.filePath(QStringLiteral("trial.sqlite")), Database::OpenMode::CreateForLoad);
        QVERIFY2(trial.ok(), qPrintable(trial.errorMessage()));
        Result<ImportReport> loaded = ImportApplier::run(*trial.value(), file, {});
        QVERIFY2(loaded.ok() && loaded->applied, qPrintable(loaded.errorMessage()));
        needed = number(*trial.value(), QStringLiteral("PRAGMA page_count"));
    }

    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    {
        Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::CreateForLoad);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        Database& database = *db.value();
        QCOMPARE(text(database, QStringLiteral("PRAGMA synchronous")), QStringLiteral("0"));
        const qint64 before = number(database, QStringLiteral("PRAGMA page_count"));
        const qint64 limit = before + qint64(double(needed - before) * room);
        QCOMPARE(number(database, QStringLiteral("PRAGMA max_page_count = %1").arg(limit)), limit);
        Result<ImportReport> full = ImportApplier::run(database, file, {});
        QVERIFY(!full.ok());
        QVERIFY2(full.errorMessage().contains(QStringLiteral("The disk is full")), qPrintable(full.errorMessage()));
        // Rolled back: the schema as it was made, no device, nothing of the import.
        QCOMPARE(number(database, QStringLiteral("SELECT COUNT(*) FROM device")), 0);
        QCOMPARE(number(database, QStringLiteral("SELECT COUNT(*) FROM import_run")), 0);
        QCOMPARE(text(database, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        const Status closed = database.close();
        QVERIFY2(closed.ok(), qPrintable(closed.errorMessage()));
    }
    // The empty register at its path, whole, and the same file loads once there is room.
    Result<std::unique_ptr<Database>> again = Database::open(path, Database::OpenMode::CreateForLoad);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(text(*again.value(), QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(text(*again.value(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(number(*again.value(), QStringLiteral("SELECT COUNT(*) FROM device")), 0);
    Result<ImportReport> roomy = ImportApplier::run(*again.value(), file, {});
    QVERIFY2(roomy.ok() && roomy->applied, qPrintable(roomy.errorMessage()));
    QCOMPARE(roomy->created, 8000);
    QCOMPARE(number(*again.value(), QStringLiteral("SELECT COUNT(*) FROM device")), 8000);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral(".*loading*")}, QDir::Files | QDir::Hidden), QStringList());
}

QTEST_GUILESS_MAIN(TestImportNewFile)
#include "test_import_newfile.moc"
