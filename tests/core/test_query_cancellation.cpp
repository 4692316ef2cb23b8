// Queries that stop when they are no longer wanted (issue 4): a cancellation raised from another thread, or a time
// budget, interrupts a running SQLite query within milliseconds, and the caller sees Error::Code::Cancelled.
#include "GeneratedRegister.h"
#include "PostgresTestServer.h"
#include "generate/FleetGenerator.h"
#include "register/DeviceListQuery.h"
#include "storage/Database.h"
#include "storage/QueryCancellation.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

using namespace rullering;

namespace {

// Counts to five billion: minutes of work for SQLite, so finishing early can only mean it was interrupted.
const QString EndlessCount = QStringLiteral(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000000000) SELECT COUNT(*) FROM n");

} // namespace

class TestQueryCancellation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void longQueryStopsWhenCancelledFromAnotherThread();
    void budgetStopsALongQuery();
    void unraisedCancellationChangesNothing();
    void deviceListQueryReportsCancellation_data();
    void deviceListQueryReportsCancellation();
    void deviceListQueryWithoutCancellationIsUnchanged();
    void serverStatementStopsWhenCancelledFromAnotherThread();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestQueryCancellation::initTestCase()
{
    Result<std::unique_ptr<Database>> opened =
        test::generatedRegister(m_dir.filePath(QStringLiteral("cancel.rullering")), 2000, 5);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_db = std::move(opened).value();
}

void TestQueryCancellation::longQueryStopsWhenCancelledFromAnotherThread()
{
    QueryCancellation cancellation;
    QElapsedTimer timer;
    timer.start();
    std::thread newerSearch([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        cancellation.cancel();
    });
    Result<QSqlQuery> query = runQuery(m_db->connection(), EndlessCount, {}, &cancellation);
    const qint64 elapsed = timer.elapsed();
    newerSearch.join();
    QVERIFY(!query.ok());
    QCOMPARE(query.error().code(), Error::Code::Cancelled); // reported as cancelled, not as a database error
    // Generous for a loaded machine; uninterrupted, the query runs for minutes.
    QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("stopped after %1 ms").arg(elapsed)));

    // The connection is fine afterwards, and no longer watched.
    Result<QSqlQuery> after = runQuery(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM device"));
    QVERIFY2(after.ok(), qPrintable(after.errorMessage()));
    QVERIFY(after.value().next());
    QCOMPARE(after.value().value(0).toInt(), 2000);
}

void TestQueryCancellation::budgetStopsALongQuery()
{
    QueryCancellation budget(100);
    QElapsedTimer timer;
    timer.start();
    Result<QSqlQuery> query = runQuery(m_db->connection(), EndlessCount, {}, &budget);
    QVERIFY(!query.ok());
    QCOMPARE(query.error().code(), Error::Code::Cancelled);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QStringLiteral("stopped after %1 ms").arg(timer.elapsed())));
}

void TestQueryCancellation::unraisedCancellationChangesNothing()
{
    QueryCancellation cancellation;
    Result<QSqlQuery> query =
        runQuery(m_db->connection(),
                 QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)"
                                " SELECT COUNT(*) FROM n"),
                 {}, &cancellation);
    QVERIFY2(query.ok(), qPrintable(query.errorMessage()));
    QVERIFY(query.value().next());
    QCOMPARE(query.value().value(0).toInt(), 200000);
    // A real error stays an error.
    Result<QSqlQuery> broken =
        runQuery(m_db->connection(), QStringLiteral("SELECT nope FROM device"), {}, &cancellation);
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().code(), Error::Code::Failed);
}

void TestQueryCancellation::deviceListQueryReportsCancellation_data()
{
    QTest::addColumn<bool>("cancelled"); // else: a budget of 0 ms, already spent
    QTest::newRow("cancelled by a newer search") << true;
    QTest::newRow("foreground budget spent") << false;
}

void TestQueryCancellation::deviceListQueryReportsCancellation()
{
    QFETCH(bool, cancelled);
    QueryCancellation budget(0);
    QueryCancellation cancellation;
    cancellation.cancel();
    const DeviceListQuery query(m_db->connection(), cancelled ? &cancellation : &budget);
    DeviceFilter filter;
    filter.search = QStringLiteral("a");
    Result<qint64> count = query.count(filter);
    QVERIFY(!count.ok());
    QCOMPARE(count.error().code(), Error::Code::Cancelled);
    Result<QList<Device>> page = query.page(filter, DeviceSort(), 0, 100, 500);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code(), Error::Code::Cancelled);
    Result<QList<DeviceStamp>> stamps = query.stamps(filter, DeviceSort(), 0, 100);
    QVERIFY(!stamps.ok());
    QCOMPARE(stamps.error().code(), Error::Code::Cancelled);
}

void TestQueryCancellation::deviceListQueryWithoutCancellationIsUnchanged()
{
    QueryCancellation cancellation; // never raised
    const DeviceListQuery watched(m_db->connection(), &cancellation);
    const DeviceListQuery plain(m_db->connection());
    DeviceFilter filter;
    filter.search = QStringLiteral("mol");
    QCOMPARE(watched.count(filter).value(), plain.count(filter).value());
    QCOMPARE(watched.count(DeviceFilter()).value(), 2000);
    const DeviceSort sort{DeviceColumn::Hostname, true};
    const QList<Device> a = watched.page(DeviceFilter(), sort, 100, 50).value();
    const QList<Device> b = plain.page(DeviceFilter(), sort, 100, 50).value();
    QCOMPARE(a.size(), 50);
    QCOMPARE(a, b);
}

// On a server the statement runs in the server: cancel() asks it to stop (PQcancel), and the caller sees Cancelled
// rather than the server's error; the connection goes on. Skipped without $RULLERING_TEST_PG.
void TestQueryCancellation::serverStatementStopsWhenCancelledFromAnotherThread()
{
    RULLERING_REQUIRE_TEST_SERVER();
    const PostgresTestServer::Connection server(PostgresTestServer::address());
    QVERIFY2(server.isOpen(), qPrintable(server.error()));
    QueryCancellation cancellation;
    QElapsedTimer timer;
    timer.start();
    std::thread newerSearch([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        cancellation.cancel();
    });
    Result<QSqlQuery> query = runQuery(server.db(), QStringLiteral("SELECT pg_sleep(600)"), {}, &cancellation);
    const qint64 elapsed = timer.elapsed();
    newerSearch.join();
    QVERIFY(!query.ok());
    QCOMPARE(query.error().code(), Error::Code::Cancelled);
    // Generous for a loaded machine; uncancelled, the statement sleeps for ten minutes.
    QVERIFY2(elapsed < 30000, qPrintable(QStringLiteral("stopped after %1 ms").arg(elapsed)));

    // The connection is fine afterwards, and a statement under a cancellation never raised runs to its end.
    QueryCancellation unraised;
    Result<QSqlQuery> after = runQuery(server.db(), QStringLiteral("SELECT 41 + 1"), {}, &unraised);
    QVERIFY2(after.ok(), qPrintable(after.errorMessage()));
    QVERIFY(after.value().next());
    QCOMPARE(after.value().value(0).toInt(), 42);
}

QTEST_GUILESS_MAIN(TestQueryCancellation)
#include "test_query_cancellation.moc"
