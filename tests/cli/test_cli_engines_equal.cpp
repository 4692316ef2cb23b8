// Issue 17's contract: the same register on both engines gives byte-identical `plan`, `status` and `info` JSON and
// the same `export devices` file. The same generated fleet (same seed) goes into an SQLite file and into a database
// on the throwaway server (skipped without $RULLERING_TEST_PG), and every read is run on both and compared.

#include "CliRunner.h"
#include "PostgresTestServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString AsOf = QStringLiteral("2026-11-23");

QString runOk(const QString& db, QStringList arguments)
{
    arguments.prepend(db);
    arguments.prepend(QStringLiteral("--db"));
    const CliRun run = runCli(arguments);
    if (run.exitCode != 0)
        return QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err);
    return run.out;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

} // namespace

class TestCliEnginesEqual : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void generatedRowsAreVisibleToAll();
    void readsAreEqual_data();
    void readsAreEqual();
    void infoIsEqual();
    void exportsAreEqual();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresTestServer::Database> m_server;
    QString m_file;
};

void TestCliEnginesEqual::initTestCase()
{
    RULLERING_REQUIRE_TEST_SERVER();
    m_server = std::make_unique<PostgresTestServer::Database>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
    m_file = m_dir.filePath(QStringLiteral("fleet.sqlite"));
    // Large enough for several municipalities, swaps this year, pools, kept and unseen devices.
    const QStringList generate = {QStringLiteral("generate"),
                                  QStringLiteral("--devices"),
                                  QStringLiteral("2500"),
                                  QStringLiteral("--seed"),
                                  QStringLiteral("11"),
                                  QStringLiteral("--as-of"),
                                  AsOf,
                                  QStringLiteral("-q")};
    {
        // The CLI's commits here do not wait for the WAL (as on a server tuned that way); see the first test.
        PostgresTestServer::Connection server(m_server->address());
        QVERIFY2(server.isOpen(), qPrintable(server.error()));
        const QString set = server.exec(QStringLiteral(
            "DO $$BEGIN EXECUTE format('ALTER DATABASE %I SET synchronous_commit = off', current_database()); END$$"));
        QVERIFY2(set.isEmpty(), qPrintable(set));
    }
    const QString prepared = runOk(m_server->address(), {QStringLiteral("server"), QStringLiteral("init")});
    QVERIFY2(!prepared.startsWith(QLatin1String("exit ")), qPrintable(prepared));
    for (const QString& db : {m_file, m_server->address()}) {
        const QString out = runOk(db, generate);
        QVERIFY2(out.startsWith(QLatin1String("Generated 2500 devices")), qPrintable(out));
    }
}

void TestCliEnginesEqual::cleanupTestCase()
{
    m_server.reset();
}

// generate ends with VACUUM; it marks the pages visible to all only if the load's commit has reached the disk, which
// this database's sessions (synchronous_commit off) do not wait for unless the refresh flushes the WAL first
// (PostgresEngine::refreshStatistics). Checked first, before autovacuum comes round.
void TestCliEnginesEqual::generatedRowsAreVisibleToAll()
{
    PostgresTestServer::Connection server(m_server->address());
    QVERIFY2(server.isOpen(), qPrintable(server.error()));
    for (const QString& table : {QStringLiteral("device"), QStringLiteral("audit")}) {
        const QStringList pages = server.visiblePages(table).split(u'/');
        QCOMPARE(pages.size(), 2);
        QVERIFY2(pages[0].toInt() > 10, qPrintable(table));
        QCOMPARE(pages[1], pages[0]);
    }
}

void TestCliEnginesEqual::readsAreEqual_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QStringList json = {QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("plan") << QStringList{QStringLiteral("plan"), QStringLiteral("--as-of"), AsOf} + json;
    QTest::newRow("plan levelled, capacity, phones")
        << QStringList{QStringLiteral("plan"),           QStringLiteral("--as-of"),    QStringLiteral("2026-06-15"),
                       QStringLiteral("--levelled"),     QStringLiteral("--capacity"), QStringLiteral("Molde=150"),
                       QStringLiteral("--include-type"), QStringLiteral("phone")} +
               json;
    // Capacities small enough that years cut the queues' groups: the plan's second pass (devices in order).
    QTest::newRow("plan cut groups")
        << QStringList{QStringLiteral("plan"),       QStringLiteral("--as-of"),  AsOf,
                       QStringLiteral("--capacity"), QStringLiteral("Molde=37"), QStringLiteral("--capacity"),
                       QStringLiteral("Aukra=5")} +
               json;
    QTest::newRow("plan csv") << QStringList{QStringLiteral("plan"), QStringLiteral("--as-of"), AsOf,
                                             QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("status today") << QStringList{QStringLiteral("status"), QStringLiteral("--as-of"), AsOf} + json;
    // A past date: the sightings history, swaps after the date, devices in service only later.
    QTest::newRow("status past") << QStringList{QStringLiteral("status"), QStringLiteral("--as-of"),
                                                QStringLiteral("2026-06-15")} +
                                        json;
    QTest::newRow("status new year") << QStringList{QStringLiteral("status"), QStringLiteral("--as-of"),
                                                    QStringLiteral("2026-01-01"), QStringLiteral("--activity-days"),
                                                    QStringLiteral("30")} +
                                            json;
}

void TestCliEnginesEqual::readsAreEqual()
{
    QFETCH(QStringList, arguments);
    const QString onFile = runOk(m_file, arguments);
    QVERIFY2(!onFile.startsWith(QLatin1String("exit ")), qPrintable(onFile));
    QVERIFY(onFile.size() > 200);
    QCOMPARE(runOk(m_server->address(), arguments), onFile);
}

void TestCliEnginesEqual::infoIsEqual()
{
    const QStringList arguments = {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json")};
    QJsonObject onFile = QJsonDocument::fromJson(runOk(m_file, arguments).toUtf8()).object();
    QJsonObject onServer = QJsonDocument::fromJson(runOk(m_server->address(), arguments).toUtf8()).object();
    QCOMPARE(onFile.take(QStringLiteral("database")).toString(), m_file);
    QVERIFY(!onServer.take(QStringLiteral("database")).toString().isEmpty());
    QCOMPARE(onFile.value(QStringLiteral("devices")).toInt(), 2500);
    QCOMPARE(onServer, onFile);
}

void TestCliEnginesEqual::exportsAreEqual()
{
    const QStringList targets[] = {
        {QStringLiteral("export"), QStringLiteral("devices"), QStringLiteral("-o")},
        {QStringLiteral("export"), QStringLiteral("devices"), QStringLiteral("--without-user"), QStringLiteral("-o")},
        {QStringLiteral("export"), QStringLiteral("procurement"), QStringLiteral("--as-of"), AsOf,
         QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("-o")},
    };
    int n = 0;
    for (const QStringList& target : targets) {
        const QString suffix =
            target.contains(QStringLiteral("procurement")) ? QStringLiteral(".csv") : QStringLiteral(".devices.csv");
        const QString fromFile = m_dir.filePath(QStringLiteral("file%1").arg(n) + suffix);
        const QString fromServer = m_dir.filePath(QStringLiteral("server%1").arg(n) + suffix);
        ++n;
        const QString a = runOk(m_file, target + QStringList{fromFile});
        QVERIFY2(!a.startsWith(QLatin1String("exit ")), qPrintable(a));
        const QString b = runOk(m_server->address(), target + QStringList{fromServer});
        QVERIFY2(!b.startsWith(QLatin1String("exit ")), qPrintable(b));
        const QByteArray expected = fileBytes(fromFile);
        QVERIFY(expected.count('\n') > 20);
        QCOMPARE(fileBytes(fromServer), expected);
    }
}

QTEST_GUILESS_MAIN(TestCliEnginesEqual)
#include "test_cli_engines_equal.moc"
