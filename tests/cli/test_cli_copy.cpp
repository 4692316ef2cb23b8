// rullering-cli copy between two files (issue 17, point 5): every table equal row by row afterwards, the word index
// and model names rebuilt the same, a non-empty target refused without --replace, and a copy that fails part-way or
// ends with other counts leaves the target as it was. The server's turn is test_cli_copy_server.

#include "CliRunner.h"
#include "CopySource.h"
#include "RegisterDump.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

namespace {

// What the word index finds, and whether it agrees with the devices' text (FTS5's own check).
QStringList wordSearches(const QString& path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::MustExist);
    if (!db)
        return {db.errorMessage()};
    QStringList out;
    for (const QString& word : {QStringLiteral("mol*"), QStringLiteral("a*"), QStringLiteral("l1*")}) {
        Result<QSqlQuery> found = runQuery(db.value()->connection(),
                                           QStringLiteral("SELECT COUNT(*), SUM(rowid) FROM device_search"
                                                          " WHERE device_search MATCH ?"),
                                           {word});
        out.append(found && found.value().next()
                       ? found.value().value(0).toString() + u'/' + found.value().value(1).toString()
                       : QStringLiteral("error"));
    }
    const Status check =
        runStatement(db.value()->connection(),
                     QStringLiteral("INSERT INTO device_search (device_search) VALUES ('integrity-check')"));
    out.append(check.ok() ? QStringLiteral("consistent") : check.errorMessage());
    return out;
}

Status exec(const QString& path, const QString& sql)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::MustExist);
    if (!db)
        return db.error();
    return runStatement(db.value()->connection(), sql);
}

} // namespace

class TestCliCopy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void copyGivesEqualTablesSearchAndExport();
    void countsArePrintedPerTable();
    void countsAsJson();
    void nonEmptyTargetIsRefusedWithoutReplace();
    void replaceOverwritesTarget();
    void failureMidCopyLeavesTargetUnchanged();
    void unknownTableIsRefusedAndNoFileLeft();
    void tablesReferringToEachOtherAreRefused();
    void differentCountsUndoTheCopy();
    void danglingReferenceIsRefused();
    void copyOntoItselfIsRefused();
    void missingTargetIsUsageError();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_source;
    QString m_target;
};

void TestCliCopy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_source = m_dir->filePath(QStringLiteral("source.sqlite"));
    m_target = m_dir->filePath(QStringLiteral("target.sqlite"));
    const Status made = test::makeCopySource(m_source);
    QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
}

void TestCliCopy::copyGivesEqualTablesSearchAndExport()
{
    const CliRun run = runCopy(m_source, m_target);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // no progress when stderr is not a terminal

    const QMap<QString, QStringList> original = test::dumpRegister(m_source);
    const QMap<QString, QStringList> copied = test::dumpRegister(m_target);
    QCOMPARE(copied.keys(), original.keys());
    for (auto it = original.cbegin(); it != original.cend(); ++it) {
        QVERIFY2(!it.value().isEmpty(), qPrintable(QStringLiteral("the source has no rows in %1").arg(it.key())));
        QCOMPARE(copied.value(it.key()), it.value());
    }
    QCOMPARE(wordSearches(m_target), wordSearches(m_source));
    QCOMPARE(wordSearches(m_target).constLast(), QStringLiteral("consistent"));
    const QByteArray exported = exportedDevices(m_source);
    QVERIFY(exported.count('\n') > 300);
    QCOMPARE(exportedDevices(m_target), exported);
}

void TestCliCopy::countsArePrintedPerTable()
{
    const CliRun run = runCopy(m_source, m_target);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QMap<QString, QStringList> original = test::dumpRegister(m_source);
    qint64 rows = 0;
    for (auto it = original.cbegin(); it != original.cend(); ++it) {
        const qint64 count = it.value().size();
        rows += count;
        const QRegularExpression line(QStringLiteral("\\n  %1 +%2 +%2\\n").arg(it.key()).arg(count));
        QVERIFY2(line.match(run.out).hasMatch(), qPrintable(it.key() + QStringLiteral(" in:\n") + run.out));
    }
    QVERIFY2(run.out.startsWith(QStringLiteral("Copied %1 rows from ").arg(rows)), qPrintable(run.out));
}

void TestCliCopy::countsAsJson()
{
    const CliRun run = runCopy(m_source, m_target, {QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("copied")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("target")).toString(), m_target);
    const QMap<QString, QStringList> original = test::dumpRegister(m_source);
    const QJsonArray tables = json.value(QStringLiteral("tables")).toArray();
    QCOMPARE(tables.size(), original.size());
    for (const QJsonValue& table : tables) {
        const QString name = table[QStringLiteral("table")].toString();
        QCOMPARE(table[QStringLiteral("source")].toInteger(), original.value(name).size());
        QCOMPARE(table[QStringLiteral("target")].toInteger(), original.value(name).size());
    }
}

void TestCliCopy::nonEmptyTargetIsRefusedWithoutReplace()
{
    QVERIFY(test::makeCopySource(m_target, 50, 3).ok());
    const QMap<QString, QStringList> before = test::dumpRegister(m_target);
    const CliRun run = runCopy(m_source, m_target);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(QStringLiteral("already holds a register")) &&
                 run.err.contains(QStringLiteral("--replace")),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(test::dumpRegister(m_target), before);
}

void TestCliCopy::replaceOverwritesTarget()
{
    QVERIFY(test::makeCopySource(m_target, 50, 3).ok());
    const CliRun run = runCopy(m_source, m_target, {QStringLiteral("--replace")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(test::dumpRegister(m_target), test::dumpRegister(m_source));
    QCOMPARE(wordSearches(m_target), wordSearches(m_source));
}

// A target refusing one row part-way (here a trigger of the target's own; on a server a value its column type
// refuses, test_cli_copy_server): the copy stops, says why in one line, and the target keeps what it held.
void TestCliCopy::failureMidCopyLeavesTargetUnchanged()
{
    QVERIFY(test::makeCopySource(m_target, 50, 3).ok());
    QVERIFY(exec(m_target, QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit"
                                          " BEGIN SELECT RAISE(ABORT, 'no audit rows here'); END"))
                .ok());
    const QMap<QString, QStringList> before = test::dumpRegister(m_target);
    const CliRun run = runCopy(m_source, m_target, {QStringLiteral("--replace")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(QStringLiteral("no audit rows here")) && run.err.contains(QStringLiteral("audit")) &&
                 run.err.contains(QStringLiteral("not changed")),
             qPrintable(run.err));
    QCOMPARE(test::dumpRegister(m_target), before);
    QCOMPARE(wordSearches(m_target).constLast(), QStringLiteral("consistent"));
}

// The tables come from the source's catalogue: one the target's schema does not have is named, not left out, and
// the file the copy had made for the target is gone again.
void TestCliCopy::unknownTableIsRefusedAndNoFileLeft()
{
    QVERIFY(exec(m_source, QStringLiteral("CREATE TABLE team_note (id INTEGER PRIMARY KEY, text TEXT)")).ok());
    const CliRun run = runCopy(m_source, m_target);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("the target has no table team_note")), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_target));
}

// Tables that refer to each other have no order to be written in: refused, naming them.
void TestCliCopy::tablesReferringToEachOtherAreRefused()
{
    QVERIFY(exec(m_source, QStringLiteral("CREATE TABLE team (id INTEGER PRIMARY KEY, lead_id INTEGER REFERENCES "
                                          "member(id))"))
                .ok());
    QVERIFY(exec(m_source, QStringLiteral("CREATE TABLE member (id INTEGER PRIMARY KEY, team_id INTEGER REFERENCES "
                                          "team(id))"))
                .ok());
    const CliRun run = runCopy(m_source, m_target);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("the tables member, team refer to each other")), qPrintable(run.err));
}

void TestCliCopy::differentCountsUndoTheCopy()
{
    QVERIFY(test::makeCopySource(m_target, 50, 3).ok());
    // The target's own trigger takes one copied row away again: every write succeeds, the counts do not agree.
    QVERIFY(exec(m_target, QStringLiteral("CREATE TRIGGER drop_policy AFTER INSERT ON named_item"
                                          " WHEN new.kind = 'policy' BEGIN DELETE FROM named_item"
                                          " WHERE kind = new.kind AND name = new.name; END"))
                .ok());
    const QMap<QString, QStringList> before = test::dumpRegister(m_target);
    const CliRun run = runCopy(m_source, m_target, {QStringLiteral("--replace")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("differ in named_item")), qPrintable(run.err));
    const qint64 items = test::dumpRegister(m_source).value(QStringLiteral("named_item")).size();
    QVERIFY2(QRegularExpression(QStringLiteral("\\n  named_item +%1 +%2  \\*\\n").arg(items).arg(items - 1))
                 .match(run.out)
                 .hasMatch(),
             qPrintable(run.out));
    QCOMPARE(test::dumpRegister(m_target), before);
}

// A source written without reference checks (an audit row of a device deleted since): the target is never left
// with it.
void TestCliCopy::danglingReferenceIsRefused()
{
    {
        Result<std::unique_ptr<Database>> db = Database::open(m_source);
        QVERIFY(db.ok());
        QVERIFY(runStatements(db.value()->connection(),
                              {QStringLiteral("PRAGMA foreign_keys = OFF"),
                               QStringLiteral("INSERT INTO audit (at, who, device_id, field, reason) VALUES"
                                              " ('2026-06-01T10:00:00Z', 'ola', 999999, 'state', 'edit')")})
                    .ok());
    }
    QVERIFY(test::makeCopySource(m_target, 50, 3).ok());
    const QMap<QString, QStringList> before = test::dumpRegister(m_target);
    const CliRun run = runCopy(m_source, m_target, {QStringLiteral("--replace")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("a row of audit in the source points at a row that does not exist")),
             qPrintable(run.err));
    QCOMPARE(test::dumpRegister(m_target), before);
}

void TestCliCopy::copyOntoItselfIsRefused()
{
    const QMap<QString, QStringList> before = test::dumpRegister(m_source);
    const CliRun run = runCopy(m_source, m_source, {QStringLiteral("--replace")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("onto itself")), qPrintable(run.err));
    QCOMPARE(test::dumpRegister(m_source), before);
}

void TestCliCopy::missingTargetIsUsageError()
{
    const CliRun run = runCli({QStringLiteral("--db"), m_source, QStringLiteral("copy")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--to")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliCopy)
#include "test_cli_copy.moc"
