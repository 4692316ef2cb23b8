// rullering-cli copy between a file and a PostgreSQL server (issue 17, point 5): file -> server -> file gives back
// every table row by row and the same export; the server's ids continue after the copied ones, its model names and
// word search match the file's; a non-empty server is refused without --replace; a row the server refuses part-way
// leaves it as it was. Runs against the throwaway server (scripts/pg-cluster); skipped without $RULLERING_TEST_PG.

#include "CliRunner.h"
#include "CopySource.h"
#include "PostgresTestServer.h"
#include "RegisterDump.h"
#include "storage/Engine.h"
#include "storage/PostgresEngine.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

namespace {

QJsonObject info(const QString& path)
{
    const CliRun run = runCli(
        {QStringLiteral("--db"), path, QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json")});
    QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    json.remove(QStringLiteral("database"));
    return json;
}

// Every table of the register on the server, each row's values joined, sorted: to see that a failed copy left it
// exactly as it was.
QStringList serverRows(const PostgresTestServer::Connection& server)
{
    QStringList out;
    const QStringList tables =
        server.rows(QStringLiteral("SELECT relname FROM pg_class WHERE relnamespace = 'rullering'::regnamespace"
                                   " AND relkind = 'r' ORDER BY relname COLLATE \"C\""));
    for (const QString& table : tables) {
        QStringList rows = server.rows(QStringLiteral("SELECT * FROM rullering.%1").arg(table));
        rows.sort();
        for (const QString& row : std::as_const(rows))
            out.append(table + u':' + row);
    }
    return out;
}

QStringList fileRows(const QString& path, const QString& sql)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::MustExist);
    if (!db)
        return {db.errorMessage()};
    Result<QSqlQuery> query = runQuery(db.value()->connection(), sql);
    if (!query)
        return {query.errorMessage()};
    QStringList out;
    while (query.value().next())
        out.append(query.value().value(0).toString());
    return out;
}

QString countAndSum(const QSqlDatabase& db, const QString& sql, const QString& bound)
{
    Result<QSqlQuery> query = runQuery(db, sql, {bound});
    if (!query || !query.value().next())
        return QStringLiteral("error: ") + query.errorMessage();
    return query.value().value(0).toString() + u'/' + query.value().value(1).toString();
}

} // namespace

class TestCliCopyServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fileToServerToFileGivesTheSameRegister();
    void serverContinuesIdsAndSearchesAsTheFile();
    void nonEmptyServerIsRefusedWithoutReplace();
    void replaceOnServer();
    void rowRefusedByServerLeavesItUnchanged();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostgresTestServer::Database> m_server;
    QString m_source;
};

void TestCliCopyServer::init()
{
    RULLERING_REQUIRE_TEST_SERVER();
    m_server = std::make_unique<PostgresTestServer::Database>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_source = m_dir->filePath(QStringLiteral("source.sqlite"));
    const Status made = test::makeCopySource(m_source);
    QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
}

void TestCliCopyServer::fileToServerToFileGivesTheSameRegister()
{
    const CliRun up = runCopy(m_source, m_server->address());
    QVERIFY2(up.exitCode == 0, qPrintable(up.err));
    QVERIFY2(up.out.contains(QStringLiteral("\n  device ")), qPrintable(up.out));
    QCOMPARE(info(m_server->address()), info(m_source));

    const QString back = m_dir->filePath(QStringLiteral("back.sqlite"));
    const CliRun down = runCopy(m_server->address(), back);
    QVERIFY2(down.exitCode == 0, qPrintable(down.err));

    const QMap<QString, QStringList> original = test::dumpRegister(m_source);
    const QMap<QString, QStringList> returned = test::dumpRegister(back);
    QCOMPARE(returned.keys(), original.keys());
    for (auto it = original.cbegin(); it != original.cend(); ++it) {
        QVERIFY2(!it.value().isEmpty(), qPrintable(QStringLiteral("the source has no rows in %1").arg(it.key())));
        QCOMPARE(returned.value(it.key()), it.value());
    }
    const QByteArray exported = exportedDevices(m_source);
    QVERIFY(exported.count('\n') > 300);
    QCOMPARE(exportedDevices(back), exported);
}

void TestCliCopyServer::serverContinuesIdsAndSearchesAsTheFile()
{
    const CliRun up = runCopy(m_source, m_server->address());
    QVERIFY2(up.exitCode == 0, qPrintable(up.err));
    PostgresTestServer::Connection server(m_server->address());
    QVERIFY2(server.isOpen(), qPrintable(server.error()));

    // Model names: the file's, including one no device has any more, and the trigger adds nothing twice.
    QCOMPARE(server.rows(QStringLiteral("SELECT name FROM rullering.device_model_name ORDER BY name")),
             fileRows(m_source, QStringLiteral("SELECT name FROM device_model_name ORDER BY name")));
    // The word search finds the same devices as the file's index.
    Result<std::unique_ptr<Database>> onServer = Database::open(m_server->address(), Database::OpenMode::MustExist);
    Result<std::unique_ptr<Database>> inFile = Database::open(m_source, Database::OpenMode::MustExist);
    QVERIFY(onServer.ok() && inFile.ok());
    int found = 0;
    for (const QString& word :
         {QStringLiteral("mol"), QStringLiteral("a"), QStringLiteral("l1"), QStringLiteral("pc")}) {
        const QString there =
            countAndSum(onServer.value()->connection(),
                        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(id), 0) FROM (") +
                            Engine::of(onServer.value()->connection()).wordSearchIdsSql() + QStringLiteral(") AS hit"),
                        PostgresEngine::wordQuery(word));
        const QString file = countAndSum(inFile.value()->connection(),
                                         QStringLiteral("SELECT COUNT(*), COALESCE(SUM(rowid), 0) FROM device_search"
                                                        " WHERE device_search MATCH ?"),
                                         word + u'*');
        QCOMPARE(there, file);
        found += there.section(u'/', 0, 0).toInt();
    }
    QVERIFY(found > 0);
    // A new row gets the id after the highest copied, in every table with generated ids.
    for (const QString& table : {QStringLiteral("device"), QStringLiteral("audit"), QStringLiteral("import_run")}) {
        const QString highest = fileRows(m_source, QStringLiteral("SELECT MAX(id) FROM ") + table).value(0);
        QCOMPARE(server.rows(QStringLiteral("SELECT nextval(pg_get_serial_sequence('rullering.%1', 'id'))").arg(table)),
                 QStringList{QString::number(highest.toLongLong() + 1)});
    }
}

void TestCliCopyServer::nonEmptyServerIsRefusedWithoutReplace()
{
    QVERIFY2(runCopy(m_source, m_server->address()).exitCode == 0, "first copy");
    PostgresTestServer::Connection server(m_server->address());
    QVERIFY(server.exec(QStringLiteral("UPDATE rullering.device SET notes = 'changed on the server'")).isEmpty());
    const QStringList before = serverRows(server);
    const CliRun run = runCopy(m_source, m_server->address());
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(QStringLiteral("--replace")), qPrintable(run.err));
    QCOMPARE(serverRows(server), before);
}

void TestCliCopyServer::replaceOnServer()
{
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    QVERIFY(test::makeCopySource(other, 60, 11).ok());
    QVERIFY2(runCopy(other, m_server->address()).exitCode == 0, "first copy");
    const CliRun run = runCopy(m_source, m_server->address(), {QStringLiteral("--replace")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(info(m_server->address()), info(m_source));
    const QString back = m_dir->filePath(QStringLiteral("back.sqlite"));
    QVERIFY2(runCopy(m_server->address(), back).exitCode == 0, "copy back");
    QCOMPARE(test::dumpRegister(back), test::dumpRegister(m_source));
}

// SQLite keeps a text in an integer column; PostgreSQL's COPY refuses it when it reaches that row, the last device,
// well into the copy (after the references and the other devices): the transaction is rolled back and the server
// holds what it held before.
void TestCliCopyServer::rowRefusedByServerLeavesItUnchanged()
{
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    QVERIFY(test::makeCopySource(other, 60, 11).ok());
    QVERIFY2(runCopy(other, m_server->address()).exitCode == 0, "first copy");
    PostgresTestServer::Connection server(m_server->address());
    const QStringList before = serverRows(server);
    QVERIFY(before.size() > 100);

    Result<std::unique_ptr<Database>> source = Database::open(m_source);
    QVERIFY(source.ok());
    QVERIFY(runStatement(source.value()->connection(),
                         QStringLiteral("UPDATE device SET version = 'many' WHERE id = (SELECT MAX(id) FROM device)"))
                .ok());
    source.value().reset();
    const CliRun run = runCopy(m_source, m_server->address(), {QStringLiteral("--replace")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(QStringLiteral("device")) && run.err.contains(QStringLiteral("many")) &&
                 run.err.contains(QStringLiteral("not changed")),
             qPrintable(run.err));
    QCOMPARE(serverRows(server), before);
}

QTEST_GUILESS_MAIN(TestCliCopyServer)
#include "test_cli_copy_server.moc"
