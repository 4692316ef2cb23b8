// rullering-cli csv-inspect and import as a scheduled script calls them: the JSON shapes and exit codes named in
// the import issue are a contract (0 applied or clean dry run, 1 failed, 2 usage, 3 rejected rows).
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void csvInspectJson();
    void importDryRunThenApply();
    void rejectedRowsBlockUnlessSkipped();
    void failuresAndUsage();
    void ambiguousDatesWarnAndAMappingFileDecides();
    void profileOverride();
    void municipalityForRowsWithoutOne();
    void dryRunSaysWhatTheReaderDecidedAndIgnored();

private:
    QString path(const char* name) const { return m_dir->filePath(QLatin1String(name)); }
    QString write(const char* name, const QByteArray& content) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", name);
        return file.fileName();
    }
    static QJsonObject json(const CliRun& run)
    {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(run.out + run.err));
        return document.object();
    }
    qint64 devices() const
    {
        qint64 count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path("cli.sqlite"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT COUNT(*) FROM device")) && query.next())
                    count = query.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return count;
    }
    CliRun import(QStringList arguments) const
    {
        arguments.prepend(QStringLiteral("import"));
        arguments << QStringLiteral("--db") << path("cli.sqlite");
        return runCli(arguments);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliImport::csvInspectJson()
{
    const QString file = write("inspect.csv", "Serienummer;Maskinnavn\r\nS1;\"PC;1\"\r\nS2;PC-2;extra\r\n");
    const CliRun run = runCli({QStringLiteral("csv-inspect"), file, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1); // the ragged row is an error
    const QJsonObject root = json(run);
    QCOMPARE(root.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(root.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
    QCOMPARE(root.value(QStringLiteral("header")).toArray(),
             QJsonArray({QStringLiteral("Serienummer"), QStringLiteral("Maskinnavn")}));
    const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].toArray(), QJsonArray({QStringLiteral("S1"), QStringLiteral("PC;1")}));
    QCOMPARE(rows[1].toArray().size(), 3);
    const QJsonArray errors = root.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0][QStringLiteral("line")].toInt(), 3);
    QVERIFY(errors[0][QStringLiteral("column")].toInt() > 0);
    QVERIFY(errors[0][QStringLiteral("message")].toString().contains(QStringLiteral("3 fields")));

    const QString clean = write("clean.csv", "a,b\n1,2\n");
    QCOMPARE(runCli({QStringLiteral("csv-inspect"), clean, QStringLiteral("--json")}).exitCode, 0);
}

void TestCliImport::importDryRunThenApply()
{
    const QString file = write("two.csv", "Serial number;Device name;Municipality\nS1;PC-1;Molde\nN/A;PC-2;Molde\n");
    const CliRun dry = import({file, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(dry.exitCode, 0);
    QJsonObject root = json(dry);
    for (const char* key : {"created", "updated", "unchanged", "missing", "rejected", "applied"})
        QVERIFY2(root.contains(QLatin1String(key)), key);
    QCOMPARE(root.value(QStringLiteral("created")).toInt(), 2);
    QCOMPARE(root.value(QStringLiteral("applied")).toBool(true), false);
    QCOMPARE(root.value(QStringLiteral("rejected")).toArray().size(), 0);
    const QJsonArray byName = root.value(QStringLiteral("matchedOnDeviceName")).toArray();
    QCOMPARE(byName.size(), 1);
    QCOMPARE(byName[0][QStringLiteral("line")].toInt(), 3);
    QCOMPARE(byName[0][QStringLiteral("serial")].toString(), QStringLiteral("N/A"));
    QCOMPARE(byName[0][QStringLiteral("deviceName")].toString(), QStringLiteral("PC-2"));
    QVERIFY(!QFile::exists(path("cli.sqlite"))); // a dry run creates no register (it reads against an empty one)

    const CliRun applied = import({file, QStringLiteral("--json")});
    QCOMPARE(applied.exitCode, 0);
    root = json(applied);
    QCOMPARE(root.value(QStringLiteral("applied")).toBool(), true);
    QCOMPARE(root.value(QStringLiteral("created")).toInt(), 2);
    QCOMPARE(devices(), 2);
    // The new file was built beside its path and moved there (StagedFile), in WAL mode as every register (the
    // header's read and write versions, offsets 18 and 19), with nothing beside it.
    QFile header(path("cli.sqlite"));
    QVERIFY(header.open(QIODevice::ReadOnly) && header.seek(18));
    QCOMPARE(header.read(2), QByteArray("\x02\x02", 2));
    for (const char* suffix : {"-journal", "-wal", "-shm"})
        QVERIFY2(!QFile::exists(path("cli.sqlite") + QLatin1String(suffix)), suffix);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral(".cli.sqlite.*")}, QDir::Files | QDir::Hidden),
             QStringList());

    root = json(import({file, QStringLiteral("--json")}));
    QCOMPARE(root.value(QStringLiteral("unchanged")).toInt(), 2);
    QCOMPARE(root.value(QStringLiteral("created")).toInt(), 0);

    // A later file without S1: the text summary names the device missing from it (nothing is deleted).
    const CliRun partial = import({write("partial.csv", "Serial number;Device name\nS9;PC-9\n")});
    QCOMPARE(partial.exitCode, 0);
    QVERIFY2(
        partial.out.contains(QStringLiteral("Missing from source (in use, not in this file; nothing is deleted): 2")),
        qPrintable(partial.out));
    QVERIFY2(partial.out.contains(QStringLiteral("  serial \"S1\", device name PC-1")), qPrintable(partial.out));
    QCOMPARE(devices(), 3);
}

void TestCliImport::rejectedRowsBlockUnlessSkipped()
{
    const QString file = write("bad.csv", "Serial number;Production year\nS1;2019\nS2;nineteen\nS3;2020\n");
    for (const QStringList& extra : {QStringList{QStringLiteral("--dry-run")}, QStringList{}}) {
        const CliRun run = import(QStringList{file, QStringLiteral("--json")} + extra);
        QCOMPARE(run.exitCode, 3);
        const QJsonObject root = json(run);
        QCOMPARE(root.value(QStringLiteral("applied")).toBool(true), false);
        const QJsonArray rejected = root.value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(root.value(QStringLiteral("rejectedCount")).toInt(), 1);
        QCOMPARE(rejected[0][QStringLiteral("line")].toInt(), 3);
        QVERIFY2(rejected[0][QStringLiteral("reason")].toString().contains(QStringLiteral("\"nineteen\"")),
                 qPrintable(rejected[0][QStringLiteral("reason")].toString()));
        QVERIFY2(run.err.contains(QStringLiteral("--skip-rejected")), qPrintable(run.err));
    }
    QCOMPARE(devices(), 0);
    const CliRun skipped = import({file, QStringLiteral("--skip-rejected"), QStringLiteral("--json")});
    QCOMPARE(skipped.exitCode, 0);
    QCOMPARE(json(skipped).value(QStringLiteral("created")).toInt(), 2);
    QCOMPARE(devices(), 2);
}

void TestCliImport::failuresAndUsage()
{
    const CliRun missing = import({path("nowhere.csv")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("nowhere.csv")), qPrintable(missing.err));
    const CliRun empty = import({write("empty.csv", "")});
    QCOMPARE(empty.exitCode, 1);
    QVERIFY2(empty.err.contains(QStringLiteral("line 1, column 1")), qPrintable(empty.err));
    // A failed import into a new file leaves the empty register at its path, as before, and nothing beside it.
    QCOMPARE(devices(), 0);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral(".cli.sqlite.*")}, QDir::Files | QDir::Hidden),
             QStringList());
    QCOMPARE(import({}).exitCode, 2);
    QCOMPARE(import({write("x.csv", "a\n1\n"), QStringLiteral("--profile"), QStringLiteral("sap")}).exitCode, 2);
}

void TestCliImport::ambiguousDatesWarnAndAMappingFileDecides()
{
    const QString file = write("dates.csv", "Serienummer;Innkjøpsdato\nS1;03/04/2019\nS2;05/06/2020\n");
    const CliRun guessed = import({file, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(guessed.exitCode, 0);
    const QJsonArray warnings = json(guessed).value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings[0].toString().contains(QStringLiteral("Innkjøpsdato")), qPrintable(warnings[0].toString()));

    const QString mapping = write("mapping.json", R"({"profile": "generic",
        "columns": {"serial": ["Serienummer"], "purchase_date": ["Innkjøpsdato"]},
        "dateOrders": {"Innkjøpsdato": "dmy"}})");
    const CliRun decided = import({file, QStringLiteral("--mapping"), mapping, QStringLiteral("--json")});
    QCOMPARE(decided.exitCode, 0);
    QCOMPARE(json(decided).value(QStringLiteral("warnings")).toArray().size(), 0);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dates"));
    db.setDatabaseName(path("cli.sqlite"));
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(
        query.exec(QStringLiteral("SELECT group_concat(purchase_date) FROM (SELECT * FROM device ORDER BY serial)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("2019-04-03,2020-06-05"));
    query = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("dates"));
}

void TestCliImport::profileOverride()
{
    // A Rullering-looking header read as a plain sheet: same columns by name, profile reported as chosen.
    const QString file = write("own.csv", "Serial number;Device name;Year source\nS1;PC-1;purchase_date\n");
    const CliRun run =
        import({file, QStringLiteral("--profile"), QStringLiteral("generic"), QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("profile: generic")), qPrintable(run.out));
    const CliRun detected = import({file, QStringLiteral("--dry-run")});
    QVERIFY2(detected.out.contains(QStringLiteral("profile: rullering")), qPrintable(detected.out));
}

// A single municipality's own asset register has locations and no municipality column.
void TestCliImport::municipalityForRowsWithoutOne()
{
    const QString file = write("register.csv", "Serial No,Location,Purchase Date,Status\r\n"
                                               "7HXQ2K2,Aukra rådhus,4/5/16,In-service\r\n"
                                               "PF0QWE12,Aukra skule,25/1/17,Deployed\r\n");
    const CliRun without = import({file, QStringLiteral("--json")});
    QCOMPARE(without.exitCode, 3);
    const QJsonArray rejected = json(without).value(QStringLiteral("rejected")).toArray();
    QCOMPARE(rejected.size(), 2);
    const QString reason = rejected[0][QStringLiteral("reason")].toString();
    QVERIFY2(reason.contains(QStringLiteral("Aukra rådhus")) && reason.contains(QStringLiteral("--municipality")),
             qPrintable(reason));

    const CliRun given =
        import({file, QStringLiteral("--municipality"), QStringLiteral("Aukra"), QStringLiteral("--json")});
    QCOMPARE(given.exitCode, 0);
    QCOMPARE(json(given).value(QStringLiteral("created")).toInt(), 2);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("municipality"));
    db.setDatabaseName(path("cli.sqlite"));
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT group_concat(m.name || ':' || l.name || ':' || d.purchase_date || ':' || d.state, ' ') FROM"
            " (SELECT * FROM device ORDER BY serial) d JOIN municipality m ON m.id = d.municipality_id"
            " JOIN location l ON l.id = d.location_id")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(),
                 QStringLiteral("Aukra:Aukra rådhus:2016-05-04:2 Aukra:Aukra skule:2017-01-25:2"));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("municipality"));

    // Remembered with a mapping: a mapping file's "municipality".
    const QString other = write("other.csv", "Serial No,Location\nX1,Rauma sjukeheim\n");
    const QString mapping =
        write("municipality.json", R"({"columns": {"serial": ["Serial No"], "location": ["Location"]},
                                       "municipality": "Rauma"})");
    const CliRun mapped = import({other, QStringLiteral("--mapping"), mapping, QStringLiteral("--json")});
    QCOMPARE(mapped.exitCode, 0);
    QCOMPARE(json(mapped).value(QStringLiteral("created")).toInt(), 1);
}

void TestCliImport::dryRunSaysWhatTheReaderDecidedAndIgnored()
{
    const QString file = write("sheet.csv", "Tag No,Asset Make,Serial No,User Allocated,Colour\r\n"
                                            "A-1,DELL,7HXQ2K2,Ola Nordmann,black\r\n");
    const CliRun dry = import({file, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(dry.exitCode, 0);
    const QJsonObject root = json(dry);
    QCOMPARE(root.value(QStringLiteral("profile")).toString(), QStringLiteral("generic"));
    QCOMPARE(root.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(root.value(QStringLiteral("delimiter")).toString(), QStringLiteral(","));
    QCOMPARE(root.value(QStringLiteral("ignoredColumns")).toArray(),
             QJsonArray({QStringLiteral("Tag No"), QStringLiteral("Asset Make"), QStringLiteral("User Allocated"),
                         QStringLiteral("Colour")}));
    const QJsonObject suggested = root.value(QStringLiteral("suggestedColumns")).toObject();
    QCOMPARE(suggested.value(QStringLiteral("asset_tag")).toArray(), QJsonArray({QStringLiteral("Tag No")}));
    QCOMPARE(suggested.value(QStringLiteral("manufacturer")).toArray(), QJsonArray({QStringLiteral("Asset Make")}));
    QCOMPARE(suggested.value(QStringLiteral("primary_user")).toArray(), QJsonArray({QStringLiteral("User Allocated")}));
    QVERIFY(!suggested.contains(QStringLiteral("serial")));

    // The text summary says the same; the help shows the mapping file it suggests writing.
    const CliRun text = import({file, QStringLiteral("--dry-run")});
    QVERIFY2(text.out.contains(QStringLiteral("Columns not read: Tag No, Asset Make, User Allocated, Colour")),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("\"Asset Make\" looks like the field manufacturer")),
             qPrintable(text.out));
    const CliRun help = runCli({QStringLiteral("import"), QStringLiteral("--help")});
    QVERIFY2(help.out.contains(QStringLiteral("\"columns\": {\"serial\": [\"Serial No\"]")) &&
                 help.out.contains(QStringLiteral("\"municipality\": \"Molde\"")),
             qPrintable(help.out));
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
