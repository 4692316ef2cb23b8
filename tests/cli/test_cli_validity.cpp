// Issue 19 seen from a script: swap stores only what import reads back (6, 7), prices are real amounts (9),
// exit 1 always says why on stderr and a refused flag is a usage error (12), csv-inspect shows a file's control
// characters instead of sending them to the terminal (7) and keeps a quoted CRLF (13).
#include "CliRunner.h"
#include "domain/Lifecycle.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCliValidity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvInspectErrorsSayWhyOnStderr();
    void csvInspectTableEscapesControlCharacters();
    void csvInspectJsonKeepsAQuotedCrLf();
    void exportDelimiterOutsideTheListIsAUsageError_data();
    void exportDelimiterOutsideTheListIsAUsageError();
    void pricesMustBeRealAmounts_data();
    void pricesMustBeRealAmounts();
    void whatSwapStoresImportsBack();

private:
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
    QString db() const { return path("cli.sqlite"); }
    QString write(const char* name, const QByteArray& content) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", name);
        return file.fileName();
    }
    QString inUseSerial() const;

    QTemporaryDir m_dir;
};

void TestCliValidity::initTestCase()
{
    const CliRun generated = runCli({QStringLiteral("--db"), db(), QStringLiteral("generate"),
                                     QStringLiteral("--devices"), QStringLiteral("300"), QStringLiteral("--seed"),
                                     QStringLiteral("7"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    QCOMPARE(generated.exitCode, 0);
}

QString TestCliValidity::inUseSerial() const
{
    QString serial;
    {
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        check.setDatabaseName(db());
        if (check.open()) {
            QSqlQuery query(check);
            query.prepare(QStringLiteral("SELECT serial FROM device WHERE state = ? AND serial IS NOT NULL "
                                         "AND production_year > 0 ORDER BY id LIMIT 1"));
            query.addBindValue(int(rullering::LifecycleState::InUse));
            if (query.exec() && query.next())
                serial = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return serial;
}

void TestCliValidity::csvInspectErrorsSayWhyOnStderr()
{
    const QString file = write("ragged.csv", "Serienummer;Maskinnavn\r\nS1;PC-1\r\nS2;PC-2;extra\r\n");
    for (const QStringList& format : {QStringList{}, QStringList{QStringLiteral("--json")}}) {
        const CliRun run = runCli(QStringList{QStringLiteral("csv-inspect"), file} + format);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(u'\n'), 1); // one line, as for every exit 1
        QVERIFY2(run.err.contains(QStringLiteral("csv-inspect")) && run.err.contains(QStringLiteral("line 3")),
                 qPrintable(run.err));
        QVERIFY(!run.out.isEmpty()); // the details stay on stdout
    }
    const CliRun clean = runCli({QStringLiteral("csv-inspect"), write("clean.csv", "a,b\n1,2\n")});
    QCOMPARE(clean.exitCode, 0);
    QVERIFY(clean.err.isEmpty());
}

void TestCliValidity::csvInspectTableEscapesControlCharacters()
{
    const QString file = write("esc.csv", "Serial\x1b[2J,Name\r\n\"S1\x1b]0;owned\x07\",\"two\r\nlines\"\r\n");
    const CliRun run = runCli({QStringLiteral("csv-inspect"), file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.out.contains(QChar(0x1b)) && !run.out.contains(QChar(0x07)), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Serial\\e[2J | Name")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("S1\\e]0;owned\\x07 | two\\r\\nlines")), qPrintable(run.out));
}

void TestCliValidity::csvInspectJsonKeepsAQuotedCrLf()
{
    // csv-spectrum's newlines_crlf.csv.
    const QString file = write("newlines_crlf.csv", "a,b,c\r\n1,2,3\r\n\"Once upon \r\na time\",5,6\r\n7,8,9\r\n");
    const CliRun run = runCli({QStringLiteral("csv-inspect"), file, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1].toArray().at(0).toString(), QStringLiteral("Once upon \r\na time"));
    QCOMPARE(rows[2].toArray().at(0).toString(), QStringLiteral("7"));
}

void TestCliValidity::exportDelimiterOutsideTheListIsAUsageError_data()
{
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("semicolon") << QStringLiteral(";") << 0;
    QTest::newRow("comma") << QStringLiteral(",") << 0;
    QTest::newRow("comma by name") << QStringLiteral("comma") << 0;
    QTest::newRow("tab by name") << QStringLiteral("tab") << 0;
    QTest::newRow("pipe is not in the list") << QStringLiteral("|") << 2;
    QTest::newRow("a word") << QStringLiteral("colon") << 2;
}

void TestCliValidity::exportDelimiterOutsideTheListIsAUsageError()
{
    QFETCH(QString, delimiter);
    QFETCH(int, exitCode);
    QFile::remove(path("out.csv"));
    const CliRun run = runCli({QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("devices"),
                               QStringLiteral("-o"), path("out.csv"), QStringLiteral("--delimiter"), delimiter});
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(QFile::exists(path("out.csv")), exitCode == 0);
    if (exitCode != 0) {
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(QStringLiteral("--delimiter")) && run.err.contains(delimiter), qPrintable(run.err));
    }
}

void TestCliValidity::pricesMustBeRealAmounts_data()
{
    QTest::addColumn<QString>("command"); // plan or export procurement
    QTest::addColumn<QString>("price");
    QTest::addColumn<int>("exitCode");
    for (const QString& command : {QStringLiteral("plan"), QStringLiteral("export procurement")}) {
        const auto row = [&command](const char* what) {
            return (command + u' ' + QLatin1String(what)).toUtf8();
        };
        QTest::newRow(row("11500 NOK").constData()) << command << QStringLiteral("laptop=11500") << 0;
        QTest::newRow(row("decimal comma").constData()) << command << QStringLiteral("laptop=11500,50") << 0;
        QTest::newRow(row("1e308 overflows the cost").constData()) << command << QStringLiteral("laptop=1e308") << 2;
        QTest::newRow(row("inf").constData()) << command << QStringLiteral("laptop=inf") << 2;
        QTest::newRow(row("nan").constData()) << command << QStringLiteral("laptop=nan") << 2;
        QTest::newRow(row("zero").constData()) << command << QStringLiteral("laptop=0") << 2;
        QTest::newRow(row("above ten million").constData()) << command << QStringLiteral("desktop=10000001") << 2;
    }
}

void TestCliValidity::pricesMustBeRealAmounts()
{
    QFETCH(QString, command);
    QFETCH(QString, price);
    QFETCH(int, exitCode);
    QStringList arguments{QStringLiteral("--db"), db()};
    arguments += command.split(u' ');
    arguments += {QStringLiteral("--as-of"), QStringLiteral("2026-11-23"), QStringLiteral("--price"), price};
    if (command == QLatin1String("plan"))
        arguments += {QStringLiteral("--format"), QStringLiteral("json")};
    else
        arguments += {QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("-o"), path("order.xlsx")};
    const CliRun run = runCli(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
    if (exitCode == 0) {
        QVERIFY2(!run.out.contains(QStringLiteral("\"cost\": null")), qPrintable(run.out.left(2000)));
        return;
    }
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(QStringLiteral("--price laptop")) || run.err.contains(QStringLiteral("--price desktop")),
             qPrintable(run.err));
}

void TestCliValidity::whatSwapStoresImportsBack()
{
    const QString old = inUseSerial();
    QVERIFY(!old.isEmpty());
    for (const QString& placeholder :
         {QStringLiteral("0"), QStringLiteral("Default string"), QStringLiteral("To be filled by O.E.M."),
          QStringLiteral("System Serial Number")}) {
        const CliRun refused = runCli({QStringLiteral("--db"), db(), QStringLiteral("swap"), old, placeholder});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("placeholder")), qPrintable(refused.err));
    }
    const CliRun swapped =
        runCli({QStringLiteral("--db"), db(), QStringLiteral("swap"), old, QStringLiteral("5CG1234XYZ"),
                QStringLiteral("--date"), QStringLiteral("2026-11-20")});
    QVERIFY2(swapped.exitCode == 0, qPrintable(swapped.err));

    const CliRun exported = runCli({QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("devices"),
                                    QStringLiteral("-o"), path("register.csv")});
    QCOMPARE(exported.exitCode, 0);
    const CliRun reimport = runCli({QStringLiteral("--db"), db(), QStringLiteral("import"), path("register.csv"),
                                    QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(reimport.exitCode == 0, qPrintable(reimport.err));
    const QJsonObject root = QJsonDocument::fromJson(reimport.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("rejected")).toArray().size(), 0);
    QCOMPARE(root.value(QStringLiteral("created")).toInt(), 0);
    QCOMPARE(root.value(QStringLiteral("updated")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCliValidity)
#include "test_cli_validity.moc"
