#include "CliRunner.h"
#include "storage/SchemaManager.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCliBasics : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void usageErrors_data();
    void usageErrors();
    void helpForEachCommand_data();
    void helpForEachCommand();
    void generateThenInfo();
    void generateRefusesNonEmptyDatabase();
    void infoOnMissingDatabaseFails();
    void dbFromEnvironment();
    void newerSchemaIsRefused();

private:
    QString db(const char* name = "cli.sqlite") const { return m_dir->filePath(QLatin1String(name)); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliBasics::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList() << QStringLiteral("Usage:");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("unknown command \"frobnicate\"");
    QTest::newRow("generate without --devices")
        << QStringList{QStringLiteral("generate")} << QStringLiteral("--devices N is required");
    QTest::newRow("generate with words for a number")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--devices"), QStringLiteral("many")}
        << QStringLiteral("--devices must be a whole number");
    QTest::newRow("generate with a bad date")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--devices"), QStringLiteral("5"),
                       QStringLiteral("--as-of"), QStringLiteral("25.01.2023")}
        << QStringLiteral("--as-of must be a date as YYYY-MM-DD");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("--colour")}
                                    << QStringLiteral("Unknown option 'colour'");
    QTest::newRow("--db without value") << QStringList{QStringLiteral("info"), QStringLiteral("--db")}
                                        << QStringLiteral("--db needs a value");
}

void TestCliBasics::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    if (!arguments.contains(QLatin1String("--db")))
        arguments << QStringLiteral("--db") << db();
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    const QString output = run.err + run.out;
    QVERIFY2(output.contains(message), qPrintable(output));
}

void TestCliBasics::helpForEachCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    QTest::newRow("generate") << QStringLiteral("generate") << QStringLiteral("--devices");
    QTest::newRow("info") << QStringLiteral("info") << QStringLiteral("--format");
}

void TestCliBasics::helpForEachCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    const CliRun run = runCli({command, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("rullering-cli [--db PATH] ") + command), qPrintable(run.out));
    QVERIFY(run.out.contains(option));
}

void TestCliBasics::generateThenInfo()
{
    const CliRun generated =
        runCli({QStringLiteral("--db"), db(), QStringLiteral("generate"), QStringLiteral("--devices"),
                QStringLiteral("1500"), QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--as-of"),
                QStringLiteral("2023-01-25"), QStringLiteral("-q")});
    QCOMPARE(generated.exitCode, 0);
    QVERIFY(generated.out.contains(QLatin1String("Generated 1500 devices")));

    const CliRun info = runCli(
        {QStringLiteral("info"), QStringLiteral("--db"), db(), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(info.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("devices")).toInteger(), 1500);
    QCOMPARE(json.value(QLatin1String("schemaVersion")).toInt(), rullering::SchemaManager::currentVersion());
    const QJsonObject municipalities = json.value(QLatin1String("municipalities")).toObject();
    QCOMPARE(municipalities.keys(),
             (QStringList{QStringLiteral("Aukra"), QStringLiteral("Hustadvika"), QStringLiteral("Molde"),
                          QStringLiteral("Rauma"), QStringLiteral("Vestnes")}));
    qint64 sum = 0;
    for (const QJsonValue& v : json.value(QLatin1String("states")).toObject())
        sum += v.toInteger();
    QCOMPARE(sum, 1500);
    // Every type by its key, the phones and servers of issue 21 too.
    const QJsonObject types = json.value(QLatin1String("types")).toObject();
    for (const char* key : {"desktop", "laptop", "tablet", "printer", "phone", "server"})
        QVERIFY2(types.value(QLatin1String(key)).toInteger() > 0, key);

    const CliRun table = runCli({QStringLiteral("--db=") + db(), QStringLiteral("info")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(QStringLiteral("Schema version: %1").arg(rullering::SchemaManager::currentVersion())));
    QVERIFY(table.out.contains(QLatin1String("Molde")));
}

void TestCliBasics::generateRefusesNonEmptyDatabase()
{
    const QStringList args{QStringLiteral("--db"),     db(),
                           QStringLiteral("generate"), QStringLiteral("--devices"),
                           QStringLiteral("100"),      QStringLiteral("-q")};
    QCOMPARE(runCli(args).exitCode, 0);
    const CliRun again = runCli(args);
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.startsWith(QLatin1String("rullering-cli generate: ")));
    QVERIFY(again.err.contains(QLatin1String("already holds devices")));
    QCOMPARE(again.err.count(u'\n'), 1); // one line
}

void TestCliBasics::infoOnMissingDatabaseFails()
{
    const CliRun run = runCli({QStringLiteral("--db"), db("missing.sqlite"), QStringLiteral("info")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("does not exist")), qPrintable(run.err));
    QVERIFY(!QFile::exists(db("missing.sqlite")));
}

void TestCliBasics::dbFromEnvironment()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("RULLERING_DB"), db("env.sqlite"));
    QCOMPARE(
        runCli({QStringLiteral("generate"), QStringLiteral("--devices"), QStringLiteral("10"), QStringLiteral("-q")},
               env)
            .exitCode,
        0);
    QVERIFY(QFile::exists(db("env.sqlite")));
}

void TestCliBasics::newerSchemaIsRefused()
{
    QCOMPARE(runCli({QStringLiteral("--db"), db(), QStringLiteral("generate"), QStringLiteral("--devices"),
                     QStringLiteral("10"), QStringLiteral("-q")})
                 .exitCode,
             0);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(db());
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 99"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const CliRun run = runCli({QStringLiteral("--db"), db(), QStringLiteral("info")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("newer version of Rullering")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliBasics)
#include "test_cli_basics.moc"
