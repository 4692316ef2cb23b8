// rullering-cli --db postgresql://... : the same answers from a register on a server as from a file. The register
// tests run against the throwaway server (scripts/pg-cluster) and skip without $RULLERING_TEST_PG.

#include "CliRunner.h"
#include "PostgresTestServer.h"
#include "storage/Database.h"
#include "storage/SchemaManager.h"
#include "storage/Sql.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

namespace {

// The same few devices, written the same way into either engine: two municipalities, one device without any,
// several types and states.
const char* const SampleRows[] = {
    "INSERT INTO municipality (id, name) VALUES (1, 'Molde'), (2, 'Aukra')",
    "INSERT INTO device (serial, type, state, municipality_id, created_at, updated_at) VALUES"
    " ('A1', 0, 2, 1, 'x', 'x'), ('A2', 0, 2, 1, 'x', 'x'), ('A3', 1, 3, 1, 'x', 'x'),"
    " ('B1', 2, 2, 2, 'x', 'x'), ('C1', 4, 0, NULL, 'x', 'x')",
};

bool addSampleRows(const QString& path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return false;
    for (const char* sql : SampleRows) {
        if (!runStatement(db.value()->connection(), QString::fromUtf8(sql)).ok())
            return false;
    }
    return true;
}

QJsonObject infoJson(const QString& path, QString* database)
{
    const CliRun run = runCli(
        {QStringLiteral("--db"), path, QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json")});
    if (run.exitCode != 0) {
        qWarning() << run.err;
        return {};
    }
    QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8()).object();
    *database = info.take(QStringLiteral("database")).toString();
    return info;
}

// The table, without its first line (which names the database).
QString infoTable(const QString& path)
{
    const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("info")});
    return run.exitCode == 0 ? run.out.section(u'\n', 1) : run.err;
}

} // namespace

class TestCliServer : public QObject
{
    Q_OBJECT

private slots:
    void unreachableServerFailsInOneLine();
    void infoOnServerEqualsInfoOnFile_data();
    void infoOnServerEqualsInfoOnFile();
    void serverInitPreparesRegisterOnce();
    void serverInitRefusesFile();
    void importOnServerAppliesOrLeavesItUnchanged();
};

void TestCliServer::unreachableServerFailsInOneLine()
{
    QTemporaryDir empty;
    const CliRun run =
        runCli({QStringLiteral("--db"), QStringLiteral("postgresql:///rullering?host=%1").arg(empty.path()),
                QStringLiteral("info")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QLatin1String("rullering-cli: Cannot reach the database server for postgresql://")),
             qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY(run.out.isEmpty());
}

void TestCliServer::infoOnServerEqualsInfoOnFile_data()
{
    QTest::addColumn<bool>("withDevices");
    QTest::newRow("empty register") << false;
    QTest::newRow("devices in two municipalities and in none") << true;
}

void TestCliServer::infoOnServerEqualsInfoOnFile()
{
    RULLERING_REQUIRE_TEST_SERVER();
    QFETCH(bool, withDevices);
    PostgresTestServer::Database server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("rullering.sqlite"));
    // trust sign-in ignores the password; it must still never be printed.
    const QString address = server.address() + QStringLiteral("&password=hemmelig");
    QVERIFY(Database::open(file).ok());
    QVERIFY(Database::open(address).ok());
    if (withDevices) {
        QVERIFY(addSampleRows(file));
        QVERIFY(addSampleRows(address));
    }

    QString fileName, serverName;
    const QJsonObject onFile = infoJson(file, &fileName);
    const QJsonObject onServer = infoJson(address, &serverName);
    QVERIFY(!onFile.isEmpty());
    QCOMPARE(onServer, onFile);
    QCOMPARE(fileName, file);
    QCOMPARE(serverName, server.address());
    QCOMPARE(onServer.value(QStringLiteral("devices")).toInt(), withDevices ? 5 : 0);
    QCOMPARE(infoTable(address), infoTable(file));
}

void TestCliServer::serverInitPreparesRegisterOnce()
{
    RULLERING_REQUIRE_TEST_SERVER();
    PostgresTestServer::Database server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    const QStringList info = {QStringLiteral("--db"), server.address(), QStringLiteral("info")};
    const CliRun before = runCli(info);
    QCOMPARE(before.exitCode, 1); // nothing there yet, as for a missing file
    QVERIFY2(before.err.contains(QLatin1String("holds no Rullering register")), qPrintable(before.err));

    const QStringList init = {QStringLiteral("--db"), server.address(), QStringLiteral("server"),
                              QStringLiteral("init")};
    for (int i = 0; i < 2; ++i) {
        const CliRun run = runCli(init);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("The register in %1 is ready (schema %2).\nTeam roles: rullering_coordinator,"
                                         " rullering_technician, rullering_procurement, rullering_reader. Give one to"
                                         " a login with: server grant LOGIN ROLE\n")
                              .arg(server.address())
                              .arg(SchemaManager::currentVersion()));
    }
    QCOMPARE(runCli(info).exitCode, 0);
}

void TestCliServer::serverInitRefusesFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("r.sqlite"));
    const CliRun run = runCli({QStringLiteral("--db"), file, QStringLiteral("server"), QStringLiteral("init")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("must name a server")), qPrintable(run.err));
    QVERIFY(!QFile::exists(file));
}

// An import on a server works as on a file; one whose rows are rejected (exit 3), or that fails part-way, stores
// nothing: it runs in one transaction.
void TestCliServer::importOnServerAppliesOrLeavesItUnchanged()
{
    RULLERING_REQUIRE_TEST_SERVER();
    PostgresTestServer::Database server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    QVERIFY(addSampleRows(server.address()));
    QTemporaryDir dir;
    auto csvFile = [&dir](const char* name, const QByteArray& content) {
        const QString path = dir.filePath(QString::fromUtf8(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write the test file");
        return path;
    };
    const QByteArray header("Serienummer;Enhetsnavn;Produksjons\xc3\xa5r;Kommune\n");
    const QString rejected = csvFile("rejected.csv", header + "X1;PC-X1;2018;Molde\nA1;PC-A1;20x9;Molde\n");
    const QString good = csvFile("good.csv", header + "X1;PC-X1;2018;Molde\nA1;PC-A1;2019;Aukra\nB1;;;Molde\n");
    QString database;
    const QJsonObject before = infoJson(server.address(), &database);
    QCOMPARE(before.value(QStringLiteral("devices")).toInt(), 5);

    CliRun run = runCli({QStringLiteral("--db"), server.address(), QStringLiteral("import"), rejected});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("nothing was applied")), qPrintable(run.err));
    QCOMPARE(infoJson(server.address(), &database), before);
    run =
        runCli({QStringLiteral("--db"), server.address(), QStringLiteral("import"), good, QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(infoJson(server.address(), &database), before);

    run = runCli({QStringLiteral("--db"), server.address(), QStringLiteral("import"), good, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("created")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("updated")).toInt(), 2);
    QCOMPARE(infoJson(server.address(), &database).value(QStringLiteral("devices")).toInt(), 6);
    Result<std::unique_ptr<Database>> db = Database::open(server.address());
    QVERIFY(db.ok());
    Result<QSqlQuery> moved =
        runQuery(db.value()->connection(), QStringLiteral("SELECT m.name, d.production_year, d.hostname FROM device d"
                                                          " JOIN municipality m ON m.id = d.municipality_id"
                                                          " WHERE d.serial = 'A1'"));
    QVERIFY(moved.ok() && moved.value().next());
    QCOMPARE(moved.value().value(0).toString(), QStringLiteral("Aukra"));
    QCOMPARE(moved.value().value(1).toInt(), 2019);
    QCOMPARE(moved.value().value(2).toString(), QStringLiteral("PC-A1"));
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "test_cli_server.moc"
