// storage/IndexSuspension: a bulk load into the device table runs without its secondary indexes and without the
// triggers that keep the word index and the model names in step (a trigger per row made FTS5 write a segment at
// every statement: 43 % of a first load's instructions), and afterwards everything is back and up to date.

#include "storage/Database.h"
#include "storage/IndexSuspension.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

using namespace rullering;

class TestIndexSuspension : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void suspendsIndexesAndTriggersThenRestoresThem();
    void dropTriggersCanPickByWord();
    void sortsWithAHelperThreadThenPutsTheSettingsBack();

private:
    QStringList schemaNames(const char* type) const
    {
        QStringList names;
        Result<QSqlQuery> q = runQuery(m_db->connection(),
                                       QStringLiteral("SELECT name FROM sqlite_master WHERE type = ? AND tbl_name ="
                                                      " 'device' AND sql IS NOT NULL ORDER BY name"),
                                       {QString::fromLatin1(type)});
        while (q && q.value().next())
            names.append(q.value().value(0).toString());
        return names;
    }
    qint64 count(const QString& sql) const
    {
        Result<QSqlQuery> q = runQuery(m_db->connection(), sql);
        return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestIndexSuspension::init()
{
    QVERIFY(m_dir.isValid());
    m_db.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("s.sqlite")));
    Result<std::unique_ptr<Database>> db = Database::open(m_dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db.value());
}

void TestIndexSuspension::suspendsIndexesAndTriggersThenRestoresThem()
{
    const QStringList indexesBefore = schemaNames("index");
    const QStringList triggersBefore = schemaNames("trigger");
    QVERIFY(triggersBefore.contains(QStringLiteral("device_search_insert")));
    QVERIFY(triggersBefore.contains(QStringLiteral("device_model_name_insert")));
    {
        Transaction tx(m_db->connection());
        Result<IndexSuspension> suspended =
            IndexSuspension::suspend(tx, {QStringLiteral("device")}, {QStringLiteral("device_serial")});
        QVERIFY2(suspended.ok(), qPrintable(suspended.errorMessage()));
        QCOMPARE(schemaNames("trigger"), QStringList());
        const QStringList during = schemaNames("index");
        QVERIFY(during.contains(QStringLiteral("device_serial")));           // kept: the load reads through it
        QVERIFY(!during.contains(QStringLiteral("device_status_replaced"))); // partial ones too
        QVERIFY(!during.contains(QStringLiteral("device_plan_scope")));
        QVERIFY(!during.contains(QStringLiteral("device_hostname")));
        QVERIFY(runStatement(m_db->connection(),
                             QStringLiteral("INSERT INTO device (serial, hostname, model, replaced_on, created_at,"
                                            " updated_at) VALUES ('SUSP-0001', 'MOL-L9001', 'Latitude 5450',"
                                            " '2026-06-01', 'x', 'x')")));
        // Nothing maintained the word index or the model names during the load.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM device_model_name")), 0);
        QVERIFY(suspended.value().restore(tx).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(schemaNames("index"), indexesBefore);
    QCOMPARE(schemaNames("trigger"), triggersBefore);
    // What the triggers maintain was rebuilt at the end...
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM device_search WHERE device_search MATCH '\"MOL\"*'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM device_model_name WHERE name = 'Latitude 5450'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM device INDEXED BY device_status_replaced"
                                  " WHERE replaced_on >= '2026-01-01'")),
             1); // a partial index rebuilt with the rows of the load
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM device INDEXED BY device_hostname"
                                  " WHERE hostname = 'MOL-L9001'")),
             1);
    // ...and the triggers put back keep it in step again.
    QVERIFY(
        runStatement(m_db->connection(), QStringLiteral("INSERT INTO device (serial, hostname, created_at, updated_at)"
                                                        " VALUES ('SUSP-0002', 'AUK-L1', 'x', 'x')")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM device_search WHERE device_search MATCH '\"AUK\"*'")), 1);
    QVERIFY(runStatement(m_db->connection(),
                         QStringLiteral("INSERT INTO device_search (device_search) VALUES ('integrity-check')")));
}

void TestIndexSuspension::dropTriggersCanPickByWord()
{
    Transaction tx(m_db->connection());
    QVERIFY(tx.begin().ok());
    Result<QStringList> dropped =
        dropTriggers(m_db->connection(), QStringLiteral("device"), QStringLiteral("device_search"));
    QVERIFY2(dropped.ok(), qPrintable(dropped.errorMessage()));
    QCOMPARE(dropped->size(), 3);
    for (const QString& statement : dropped.value())
        QVERIFY(statement.contains(QLatin1String("device_search")));
    QCOMPARE(schemaNames("trigger"),
             (QStringList{QStringLiteral("device_model_name_insert"), QStringLiteral("device_model_name_update")}));
    dropped = dropTriggers(m_db->connection(), QStringLiteral("device"));
    QVERIFY(dropped.ok());
    QCOMPARE(dropped->size(), 2);
    QCOMPARE(schemaNames("trigger"), QStringList());
}

void TestIndexSuspension::sortsWithAHelperThreadThenPutsTheSettingsBack()
{
    const QSqlDatabase db = m_db->connection();
    QVERIFY(runStatements(db, {QStringLiteral("PRAGMA threads = 3"), QStringLiteral("PRAGMA cache_size = -5000")}));
    // The worker-thread limit SQLite sorts with, read while the indexes are built (a progress handler may read
    // limits; it must not run statements).
    struct Watch
    {
        sqlite3* handle;
        int highest = -1;
        int lowest = 1000;
    } watch{m_db->sqliteHandle()};
    sqlite3_progress_handler(
        watch.handle, 1000,
        [](void* context) {
            auto* w = static_cast<Watch*>(context);
            const int limit = sqlite3_limit(w->handle, SQLITE_LIMIT_WORKER_THREADS, -1);
            w->highest = std::max(w->highest, limit);
            w->lowest = std::min(w->lowest, limit);
            return 0;
        },
        &watch);
    Transaction tx(db);
    Result<IndexSuspension> suspended = IndexSuspension::suspend(tx, {QStringLiteral("device")});
    QVERIFY2(suspended.ok(), qPrintable(suspended.errorMessage()));
    QVERIFY(runStatement(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                                            " WHERE i < 3000) INSERT INTO device (serial, hostname, created_at,"
                                            " updated_at) SELECT 'T' || i, 'H' || i, 'x', 'x' FROM n")));
    watch.highest = -1;
    watch.lowest = 1000;
    QVERIFY(suspended.value().restore(tx).ok());
    sqlite3_progress_handler(watch.handle, 0, nullptr, nullptr);
    QVERIFY(tx.commit().ok());
    const int helpers = QThread::idealThreadCount() > 1 ? 1 : 0;
    QCOMPARE(watch.lowest, helpers); // one helper thread while sorting (none on one core)...
    QCOMPARE(watch.highest, 3);      // ...the caller's setting for the rest
    QCOMPARE(pragmaNumber(db, QStringLiteral("threads")).valueOr(-1), 3);
    QCOMPARE(pragmaNumber(db, QStringLiteral("cache_size")).valueOr(0), -5000);
}

QTEST_GUILESS_MAIN(TestIndexSuspension)
#include "test_index_suspension.moc"
