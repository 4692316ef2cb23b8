// Issue 17, point 2, for the import: the same files imported into a register file and into a register on the server
// give the same import reports (dry run, rejected, applied), and then the same `info`, `status` and `plan` JSON and
// a byte-identical `export devices` file. Skipped without $RULLERING_TEST_PG.

#include "CliRunner.h"
#include "PostgresTestServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString AsOf = QStringLiteral("2026-11-23");

CliRun runOn(const QString& db, QStringList arguments)
{
    arguments.prepend(db);
    arguments.prepend(QStringLiteral("--db"));
    return runCli(arguments);
}

QString runOk(const QString& db, const QStringList& arguments)
{
    const CliRun run = runOn(db, arguments);
    if (run.exitCode != 0)
        return QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err);
    return run.out;
}

QJsonObject infoWithoutDatabase(const QString& db)
{
    QJsonObject info =
        QJsonDocument::fromJson(
            runOk(db, {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json")}).toUtf8())
            .object();
    info.remove(QStringLiteral("database"));
    return info;
}

} // namespace

class TestCliImportEngines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstLoadReportsAreEqual();
    void updateReportsAreEqualAndRejectedChangesNothing();
    void readsAreEqual_data();
    void readsAreEqual();
    void exportsAreEqual();

private:
    // A file of the export's columns: each row a map from column name to value (others empty).
    QString writeRows(const QString& name, const QList<QHash<QString, QString>>& rows) const;
    QJsonObject importJson(const QString& db, const QString& file, const QStringList& more, int expectedExit);

    QTemporaryDir m_dir;
    std::unique_ptr<PostgresTestServer::Database> m_server;
    QString m_file;
    QString m_first;
    QStringList m_header;
    QChar m_delimiter;
    QList<QStringList> m_firstRows;
};

void TestCliImportEngines::initTestCase()
{
    RULLERING_REQUIRE_TEST_SERVER();
    m_server = std::make_unique<PostgresTestServer::Database>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
    m_file = m_dir.filePath(QStringLiteral("imported.sqlite"));
    // The input: a generated fleet (swaps, kept, unseen devices, several municipalities) exported from a file.
    const QString source = m_dir.filePath(QStringLiteral("source.sqlite"));
    const QString generated = runOk(source, {QStringLiteral("generate"), QStringLiteral("--devices"),
                                             QStringLiteral("2500"), QStringLiteral("--seed"), QStringLiteral("5"),
                                             QStringLiteral("--as-of"), AsOf, QStringLiteral("-q")});
    QVERIFY2(generated.startsWith(QLatin1String("Generated 2500 devices")), qPrintable(generated));
    m_first = m_dir.filePath(QStringLiteral("first.csv"));
    const QString exported =
        runOk(source, {QStringLiteral("export"), QStringLiteral("devices"), QStringLiteral("-o"), m_first});
    QVERIFY2(!exported.startsWith(QLatin1String("exit ")), qPrintable(exported));
    QFile file(m_first);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    m_delimiter = lines.constFirst().contains(u';') ? u';' : u',';
    m_header = lines.constFirst().split(m_delimiter);
    for (qsizetype i = 1; i < 6; ++i)
        m_firstRows.append(lines[i].split(m_delimiter)); // the first fields hold no delimiter (serial, name)
    const QString prepared = runOk(m_server->address(), {QStringLiteral("server"), QStringLiteral("init")});
    QVERIFY2(!prepared.startsWith(QLatin1String("exit ")), qPrintable(prepared));
}

void TestCliImportEngines::cleanupTestCase()
{
    m_server.reset();
}

QString TestCliImportEngines::writeRows(const QString& name, const QList<QHash<QString, QString>>& rows) const
{
    QString text = m_header.join(m_delimiter) + u'\n';
    for (const auto& row : rows) {
        QStringList fields;
        for (const QString& column : m_header)
            fields.append(row.value(column));
        text += fields.join(m_delimiter) + u'\n';
    }
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the test file");
    file.write(text.toUtf8());
    return path;
}

QJsonObject TestCliImportEngines::importJson(const QString& db, const QString& file, const QStringList& more,
                                             int expectedExit)
{
    const CliRun run = runOn(db, QStringList{QStringLiteral("import"), file, QStringLiteral("--json")} + more);
    if (run.exitCode != expectedExit)
        return {{QStringLiteral("unexpected exit"), run.exitCode}, {QStringLiteral("stderr"), run.err}};
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

void TestCliImportEngines::firstLoadReportsAreEqual()
{
    const QJsonObject dryRun = importJson(m_file, m_first, {QStringLiteral("--dry-run")}, 0);
    QCOMPARE(dryRun.value(QStringLiteral("created")).toInt(), 2500);
    QCOMPARE(importJson(m_server->address(), m_first, {QStringLiteral("--dry-run")}, 0), dryRun);
    QCOMPARE(infoWithoutDatabase(m_server->address()).value(QStringLiteral("devices")).toInt(), 0);
    const QJsonObject onFile = importJson(m_file, m_first, {}, 0);
    QCOMPARE(onFile.value(QStringLiteral("applied")).toBool(), true);
    QCOMPARE(importJson(m_server->address(), m_first, {}, 0), onFile);
}

void TestCliImportEngines::updateReportsAreEqualAndRejectedChangesNothing()
{
    const QString serial = QStringLiteral("Serial number");
    const QString name = QStringLiteral("Device name");
    const QString year = QStringLiteral("Production year");
    const QString municipality = QStringLiteral("Municipality");
    const QList<QHash<QString, QString>> rows = {
        {{serial, m_firstRows[0][0]}, {name, QStringLiteral("RENAMED-1")}, {year, QStringLiteral("2021")}},
        {{serial, QStringLiteral("NEW-1")},
         {name, QStringLiteral("NEW-PC-1")},
         {municipality, QStringLiteral("Molde")}},
        {{serial, QStringLiteral("NEW-2")}, {name, QStringLiteral("NEW-PC-2")}, {municipality, QStringLiteral("Nyby")}},
        {{serial, QStringLiteral("NEW-2")}, {name, QStringLiteral("NEW-PC-2")}, {year, QStringLiteral("2020")}},
        {{serial, m_firstRows[1][0]}, {QStringLiteral("Replaced by"), QStringLiteral("NEW-1")}},
        {{serial, QStringLiteral("N/A")}, {name, m_firstRows[2][2]}, {year, QStringLiteral("2019")}},
        {{serial, m_firstRows[3][0]}, {year, QStringLiteral("20x9")}},
        {{serial, QStringLiteral("NEW-3")}, {QStringLiteral("Replaced by"), m_firstRows[4][0]}},
    };
    const QString update = writeRows(QStringLiteral("update.csv"), rows);
    const QJsonObject before = infoWithoutDatabase(m_file);
    QCOMPARE(infoWithoutDatabase(m_server->address()), before);

    const QJsonObject dryRun = importJson(m_file, update, {QStringLiteral("--dry-run")}, 3);
    QCOMPARE(dryRun.value(QStringLiteral("rejectedCount")).toInt(), 1);
    QCOMPARE(importJson(m_server->address(), update, {QStringLiteral("--dry-run")}, 3), dryRun);
    const QJsonObject refused = importJson(m_file, update, {}, 3);
    QCOMPARE(refused.value(QStringLiteral("applied")).toBool(), false);
    QCOMPARE(importJson(m_server->address(), update, {}, 3), refused);
    QCOMPARE(infoWithoutDatabase(m_file), before);
    QCOMPARE(infoWithoutDatabase(m_server->address()), before);

    const QJsonObject applied = importJson(m_file, update, {QStringLiteral("--skip-rejected")}, 0);
    QCOMPARE(applied.value(QStringLiteral("applied")).toBool(), true);
    QVERIFY(applied.value(QStringLiteral("created")).toInt() >= 2);
    QVERIFY(applied.value(QStringLiteral("updated")).toInt() >= 2);
    QCOMPARE(importJson(m_server->address(), update, {QStringLiteral("--skip-rejected")}, 0), applied);
    // The same file again: nothing changes on either.
    const QJsonObject again = importJson(m_file, m_first, {}, 0);
    QCOMPARE(importJson(m_server->address(), m_first, {}, 0), again);
}

void TestCliImportEngines::readsAreEqual_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QStringList json = {QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("info") << QStringList{QStringLiteral("info")} + json;
    QTest::newRow("plan") << QStringList{QStringLiteral("plan"), QStringLiteral("--as-of"), AsOf} + json;
    QTest::newRow("plan levelled") << QStringList{QStringLiteral("plan"), QStringLiteral("--as-of"), AsOf,
                                                  QStringLiteral("--levelled")} +
                                          json;
    QTest::newRow("status") << QStringList{QStringLiteral("status"), QStringLiteral("--as-of"), AsOf} + json;
    QTest::newRow("status past") << QStringList{QStringLiteral("status"), QStringLiteral("--as-of"),
                                                QStringLiteral("2026-06-15")} +
                                        json;
}

void TestCliImportEngines::readsAreEqual()
{
    QFETCH(QStringList, arguments);
    QString onFile = runOk(m_file, arguments);
    QVERIFY2(!onFile.startsWith(QLatin1String("exit ")), qPrintable(onFile));
    QString onServer = runOk(m_server->address(), arguments);
    if (arguments.constFirst() == QLatin1String("info")) { // names the database
        QJsonObject a = QJsonDocument::fromJson(onFile.toUtf8()).object();
        QJsonObject b = QJsonDocument::fromJson(onServer.toUtf8()).object();
        a.remove(QStringLiteral("database"));
        b.remove(QStringLiteral("database"));
        QCOMPARE(a.value(QStringLiteral("devices")).toInt(), 2503);
        QCOMPARE(b, a);
        return;
    }
    QVERIFY(onFile.size() > 200);
    QCOMPARE(onServer, onFile);
}

void TestCliImportEngines::exportsAreEqual()
{
    const QByteArray expected = exportedDevices(m_file);
    QVERIFY2(expected.count('\n') > 2500, expected.left(300).constData());
    QCOMPARE(exportedDevices(m_server->address()), expected);
}

QTEST_GUILESS_MAIN(TestCliImportEngines)
#include "test_cli_import_engines.moc"
