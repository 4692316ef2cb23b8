// storage/BulkWriteSettings: a bulk write runs with a larger page cache and without the memory map Database::open
// sets up, and the connection gets its own settings back afterwards, whether the write succeeded or not.

#include "storage/BulkWriteSettings.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

class TestBulkWriteSettings : public QObject
{
    Q_OBJECT

private slots:
    void appliesAndRestores();

private:
    static qint64 pragma(const QSqlDatabase& db, const char* name)
    {
        Result<QSqlQuery> q = runQuery(db, QStringLiteral("PRAGMA ") + QLatin1String(name));
        return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
    }
};

void TestBulkWriteSettings::appliesAndRestores()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(QStringLiteral("bulk.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    const QSqlDatabase connection = db.value()->connection();
    QVERIFY(runStatement(connection, QStringLiteral("PRAGMA cache_size = -3000")));
    const qint64 mapped = pragma(connection, "mmap_size");
    QVERIFY(mapped > 0);
    {
        const BulkWriteSettings bulk(connection, 64 * 1024);
        QCOMPARE(pragma(connection, "cache_size"), -64 * 1024);
        QCOMPARE(pragma(connection, "mmap_size"), 0);
    }
    QCOMPARE(pragma(connection, "cache_size"), -3000);
    QCOMPARE(pragma(connection, "mmap_size"), mapped);
}

QTEST_GUILESS_MAIN(TestBulkWriteSettings)
#include "test_bulk_write_settings.moc"
