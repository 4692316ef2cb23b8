// The last rung of the production-year ladder: a device with no evidence of its own gets its model's usual year,
// counted over the whole register after the change (issue 19, point 1). The same file in any row order, or in two
// imports of its halves, gives the same register; an edit that gives a device evidence moves the others' estimate.

#include "ImportScratch.h"
#include "domain/YearSource.h"
#include "import/ImportApplier.h"
#include "register/BulkEditService.h"
#include "register/ModelYearEstimator.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Engine.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>

using namespace rullering;
using namespace rullering::test;

class TestImportModelYears : public QObject, private ImportScratch // db(), write()
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void usualYearIsTheMostFrequentOlderOnTies_data();
    void usualYearIsTheMostFrequentOlderOnTies();
    void rowOrderDoesNotChangeTheRegister();
    void twoHalvesGiveWhatOneImportGives();
    void storedEstimatesFollowALaterImport();
    void aModelWithLettersBeyondAsciiIsFollowedToo();
    void editGivingEvidenceReestimatesTheModel();
    void aRepeatedSerialCountsOnceAsItEnds();
    void anOlderRowsYearFillsAnEstimate_data();
    void anOlderRowsYearFillsAnEstimate();
    void modelKeyInMemoryIsTheSqlOne_data();
    void modelKeyInMemoryIsTheSqlOne();
    void usualYearInMemory_data();
    void usualYearInMemory();
    void aFirstLoadLeavesTheServersNewIndexesUsable();

private:
    void import(const QList<QByteArray>& rows);
    QStringList registerRows(const char* columns);
};

namespace {

constexpr char Header[] = "Serienummer;Maskinnavn;Modell;Produksjonsår\n";

// A spreadsheet as a municipality sends it: a few models, some rows without a production year. The rows before the
// first blank year say "OptiPlex 7070 -> 2020"; the whole file says 2017.
QList<QByteArray> spreadsheetRows()
{
    QList<QByteArray> rows;
    int serial = 0;
    auto add = [&](const char* model, int year, int count) {
        for (int i = 0; i < count; ++i, ++serial)
            rows.append("S" + QByteArray::number(1000 + serial) + ";PC" + QByteArray::number(serial) + ";" + model +
                        ";" + (year > 0 ? QByteArray::number(year) : QByteArray()) + "\n");
    };
    add("OptiPlex 7070", 2020, 30);
    add("OptiPlex 7070", 0, 1);
    add("OptiPlex 7070", 2017, 100);
    add("OptiPlex 7070", 0, 3);
    add("Latitude 5400", 2019, 40);
    add("Latitude 5400", 0, 1);
    add("Latitude 5400", 2020, 40);
    add("LATITUDE 5400 ", 0, 1); // the same model
    add("Surface Go", 0, 2);     // no device of the model has evidence
    return rows;
}

QByteArray file(const QList<QByteArray>& rows)
{
    QByteArray csv(Header);
    for (const QByteArray& row : rows)
        csv += row;
    return csv;
}

} // namespace

void TestImportModelYears::init()
{
    RULLERING_REQUIRE_TEST_ENGINE();
    QVERIFY2(create(), qPrintable(error()));
}

void TestImportModelYears::cleanup()
{
    clear();
}

void TestImportModelYears::import(const QList<QByteArray>& rows)
{
    static int files = 0;
    const QString path = write(QStringLiteral("rows%1.csv").arg(++files), file(rows));
    Result<ImportReport> report = ImportApplier::run(db(), path, {});
    QVERIFY2(report.ok() && report->applied, qPrintable(report.errorMessage()));
}

QStringList TestImportModelYears::registerRows(const char* columns)
{
    QStringList rows;
    Result<QSqlQuery> q = runQuery(db().connection(),
                                   QStringLiteral("SELECT %1 FROM device ORDER BY serial").arg(QLatin1String(columns)));
    if (!q)
        qFatal("%s", qPrintable(q.errorMessage()));
    const int count = q.value().record().count();
    while (q.value().next()) {
        QStringList values;
        for (int i = 0; i < count; ++i)
            values.append(q.value().value(i).toString());
        rows.append(values.join(u'|'));
    }
    return rows;
}

void TestImportModelYears::usualYearIsTheMostFrequentOlderOnTies_data()
{
    QTest::addColumn<QString>("serial");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("source");
    QTest::newRow("the whole file's most frequent year, not the rows before the first blank")
        << s("S1030") << 2017 << int(YearSource::ModelTypical);
    QTest::newRow("a later blank row of the same model") << s("S1131") << 2017 << int(YearSource::ModelTypical);
    QTest::newRow("a tie goes to the older year") << s("S1174") << 2019 << int(YearSource::ModelTypical);
    QTest::newRow("case and blanks do not make another model") << s("S1215") << 2019 << int(YearSource::ModelTypical);
    QTest::newRow("a model without evidence stays unknown") << s("S1216") << 0 << int(YearSource::Unknown);
    QTest::newRow("a row's own year is kept") << s("S1000") << 2020 << int(YearSource::Explicit);
}

void TestImportModelYears::usualYearIsTheMostFrequentOlderOnTies()
{
    QFETCH(QString, serial);
    QFETCH(int, year);
    QFETCH(int, source);
    import(spreadsheetRows());
    Result<QSqlQuery> q = runQuery(db().connection(),
                                   QStringLiteral("SELECT COALESCE(production_year, 0), year_source FROM device"
                                                  " WHERE serial = ?"),
                                   {serial});
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toInt(), year);
    QCOMPARE(q.value().value(1).toInt(), source);
}

void TestImportModelYears::rowOrderDoesNotChangeTheRegister()
{
    // Everything a device holds but its id and timestamps (the ids follow the file's order).
    const char* columns = "serial, hostname, model, production_year, year_source, type, state, version";
    import(spreadsheetRows());
    const QStringList inOrder = registerRows(columns);

    for (const quint32 seed : {1u, 2u, 3u}) {
        QList<QByteArray> shuffled = spreadsheetRows();
        std::shuffle(shuffled.begin(), shuffled.end(), QRandomGenerator(seed));
        QVERIFY2(create(), qPrintable(error()));
        import(shuffled);
        QCOMPARE(registerRows(columns), inOrder);
    }
}

void TestImportModelYears::twoHalvesGiveWhatOneImportGives()
{
    const char* columns = "serial, production_year, year_source";
    const QList<QByteArray> rows = spreadsheetRows();
    import(rows);
    const QStringList once = registerRows(columns);

    QVERIFY2(create(), qPrintable(error()));
    import(rows.mid(0, 60)); // its evidence: 2020
    import(rows.mid(60));    // the whole file's: 2017
    QCOMPARE(registerRows(columns), once);
}

void TestImportModelYears::storedEstimatesFollowALaterImport()
{
    import(spreadsheetRows());
    // A later file tips the Latitude's tie to 2020: the stored estimates follow, audited as this import's.
    QList<QByteArray> more;
    for (int i = 0; i < 3; ++i)
        more.append("L" + QByteArray::number(i) + ";LPC" + QByteArray::number(i) + ";Latitude 5400;2020\n");
    import(more);
    QCOMPARE(registerRows("serial, production_year, year_source").filter(s("S1174|")), QStringList{s("S1174|2020|6")});
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM audit a JOIN import_run r ON r.id = a.import_id"
                          " WHERE a.field = 'production_year' AND a.old_value = '2019' AND a.new_value = '2020'"),
             2);
    QCOMPARE(number(db(), "SELECT MAX(version) FROM device WHERE serial IN ('S1174', 'S1215')"), 2);
}

// A model named with capitals beyond ASCII is the same model in every row that spells it alike, and its stored
// estimates follow a later import's evidence on both engines (on PostgreSQL the import looked for "ørsta pc").
void TestImportModelYears::aModelWithLettersBeyondAsciiIsFollowedToo()
{
    import({"Ø1;ØPC1;ØRSTA PC;\n"});
    const char* columns = "serial, COALESCE(production_year, 0), year_source";
    QCOMPARE(registerRows(columns), QStringList{s("Ø1|0|0")});
    import({"Ø2;ØPC2;ØRSTA PC;2021\n"});
    QCOMPARE(registerRows(columns), (QStringList{s("Ø1|2021|%1").arg(int(YearSource::ModelTypical)),
                                                 s("Ø2|2021|%1").arg(int(YearSource::Explicit))}));
}

void TestImportModelYears::editGivingEvidenceReestimatesTheModel()
{
    import(spreadsheetRows());
    const qint64 estimated = number(db(), "SELECT id FROM device WHERE serial = 'S1174'");
    const qint64 surface = number(db(), "SELECT id FROM device WHERE serial = 'S1216'");
    QCOMPARE(text(db(), "SELECT production_year FROM device WHERE serial = 'S1174'"), s("2019"));

    // One Latitude from 2019 to 2020 (inline edit): 39 against 41, the usual year is now 2020.
    BulkEditService edits(db().connection());
    BulkEdit year;
    year.productionYear = 2020;
    const qint64 edited = number(db(), "SELECT id FROM device WHERE serial = 'S1134'");
    Result<BulkEditOutcome> done = edits.apply({{edited, 0}}, year);
    QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
    QCOMPARE(text(db(), "SELECT production_year FROM device WHERE serial = 'S1174'"), s("2020"));
    Result<QList<AuditEntry>> history = AuditLog::forDevice(db().connection(), estimated);
    QVERIFY(history.ok());
    QVERIFY(std::any_of(history->cbegin(), history->cend(), [](const AuditEntry& entry) {
        return entry.field == s("production_year") && entry.reason == s("edit") && entry.newValue == s("2020");
    }));

    // Undone: back to the tie, and 2019.
    QVERIFY(edits.undo(done.value()).ok());
    QCOMPARE(text(db(), "SELECT production_year FROM device WHERE serial = 'S1174'"), s("2019"));

    // A Surface given a year (bulk edit) gives the other Surface its model's year.
    BulkEdit surfaceYear;
    surfaceYear.productionYear = 2021;
    const qint64 first = number(db(), "SELECT id FROM device WHERE serial = 'S1217'");
    QVERIFY(edits.apply({{first, 0}}, surfaceYear).ok());
    QCOMPARE(number(db(), QByteArray("SELECT production_year * 10 + year_source FROM device WHERE id = " +
                                     QByteArray::number(surface))
                              .constData()),
             2021 * 10 + int(YearSource::ModelTypical));
}

void TestImportModelYears::aRepeatedSerialCountsOnceAsItEnds()
{
    // A first load counts the evidence of the devices as it writes them: a later row with the same serial takes the
    // device's year from 2020 to 2017, which leaves one 2017 against one 2020, and a tie goes to the older year.
    // (Counted twice, 2020 would win.) The same rows into a register that holds a device already, whose evidence is
    // read from the register, give the same.
    const QList<QByteArray> rows = {"R1;PC-R1;EliteDesk 800;2020\n", "R3;PC-R3;EliteDesk 800;2020\n",
                                    "R1;PC-R1;EliteDesk 800;2017\n", "R4;PC-R4;EliteDesk 800;\n"};
    const auto yearOfR4 = [this] {
        Result<QSqlQuery> q =
            runQuery(db().connection(), QStringLiteral("SELECT COALESCE(production_year, 0),"
                                                       " year_source FROM device WHERE serial = 'R4'"));
        return q.ok() && q.value().next()
                   ? QStringLiteral("%1/%2").arg(q.value().value(0).toInt()).arg(q.value().value(1).toInt())
                   : QString();
    };
    const QString expected = QStringLiteral("2017/%1").arg(int(YearSource::ModelTypical));
    import(rows);
    QCOMPARE(yearOfR4(), expected);

    QVERIFY2(create(), qPrintable(error()));
    import({"X1;PC-X1;Latitude 5400;2019\n"});
    import(rows);
    QCOMPARE(yearOfR4(), expected);
}

void TestImportModelYears::modelKeyInMemoryIsTheSqlOne_data()
{
    QTest::addColumn<QString>("model");
    QTest::newRow("case and blanks") << s(" OptiPlex 7070  ");
    QTest::newRow("capitals") << s("LATITUDE 5400");
    QTest::newRow("tabs are not blanks to trim()") << s("\tSurface Go\t");
    QTest::newRow("inner blanks stay") << s("Elite  Book");
    QTest::newRow("letters beyond ASCII keep their case") << s("ØRSTA PC Æ É ß");
    QTest::newRow("only blanks") << s("   ");
}

// The estimator's keys folded in C++ (its scope, a first load's count in memory) name the same model as its SQL, on
// either engine.
void TestImportModelYears::modelKeyInMemoryIsTheSqlOne()
{
    QFETCH(QString, model);
    // Folded in a column of the engine's text type, as the estimator's work tables and the device table hold it.
    const QSqlDatabase connection = db().connection();
    QVERIFY(execStatements(
                connection,
                {QStringLiteral("CREATE TEMP TABLE model_probe (model %1)").arg(Engine::of(connection).textType())})
                .ok());
    QVERIFY(runStatement(connection, QStringLiteral("INSERT INTO model_probe (model) VALUES (?)"), {model}).ok());
    QCOMPARE(ModelYearEstimator::modelKey(model), text(db(), "SELECT lower(trim(model)) FROM model_probe"));
    QVERIFY(execStatements(connection, {QStringLiteral("DROP TABLE model_probe")}).ok());
}

void TestImportModelYears::usualYearInMemory_data()
{
    QTest::addColumn<QList<int>>("yearsAndDevices"); // year, devices, year, devices, ...
    QTest::addColumn<int>("usual");
    QTest::newRow("the most devices") << QList<int>{2017, 2, 2019, 5, 2018, 1} << 2019;
    QTest::newRow("a tie goes to the older year") << QList<int>{2020, 3, 2016, 3, 2018, 3} << 2016;
    QTest::newRow("a count taken back to 0 is no evidence") << QList<int>{2015, 0, 2021, 1} << 2021;
    QTest::newRow("no evidence") << QList<int>{2015, 0} << 0;
    QTest::newRow("nothing") << QList<int>{} << 0;
}

void TestImportModelYears::usualYearInMemory()
{
    QFETCH(QList<int>, yearsAndDevices);
    QFETCH(int, usual);
    QHash<int, qint64> counts;
    for (qsizetype i = 0; i + 1 < yearsAndDevices.size(); i += 2)
        counts.insert(yearsAndDevices[i], yearsAndDevices[i + 1]);
    QCOMPARE(ModelYearEstimator::usualYear(counts), usual);
}

// A first load writes each estimate with its row and corrects the few the later rows move after the indexes are
// built. An update of the rows before the builds left PostgreSQL's new indexes unusable for the rest of that
// transaction (indcheckxmin), where the status snapshot reads them.
void TestImportModelYears::aFirstLoadLeavesTheServersNewIndexesUsable()
{
    if (!TestRegister::onServer())
        QSKIP("about the server's catalogue");
    import(spreadsheetRows()); // the first blank row's draft (2020) is corrected to 2017
    QCOMPARE(registerRows("serial, production_year").filter(s("S1030|")), QStringList{s("S1030|2017")});
    QVERIFY(number(db(), "SELECT COUNT(*) FROM pg_index WHERE indrelid = to_regclass('rullering.device')") > 20);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM pg_index WHERE indrelid = to_regclass('rullering.device')"
                          " AND indcheckxmin"),
             0);
}

void TestImportModelYears::anOlderRowsYearFillsAnEstimate_data()
{
    QTest::addColumn<bool>("registerHasDevices");
    QTest::newRow("into an empty register (estimates written with the rows)") << false;
    QTest::newRow("into a register with a device") << true;
}

// Two rows of one device: the more recently seen has no year, the older one has. The older row fills what the
// device lacks, and a year that is only the model's usual year is not a year the device has: the older row's own
// year is kept, however the estimate was made.
void TestImportModelYears::anOlderRowsYearFillsAnEstimate()
{
    QFETCH(bool, registerHasDevices);
    if (registerHasDevices)
        QVERIFY(addUnrelatedDevice());
    const QString path = write(s("older.csv"), "Serienummer;Maskinnavn;Modell;Produksjonsår;Sist sett\n"
                                               "R1;PC-R1;OptiPlex 7070;2017;2026-10-01\n"
                                               "S1;PC-S1;OptiPlex 7070;;2026-11-01\n"
                                               "S1;PC-S1;OptiPlex 7070;2015;2026-09-01\n");
    Result<ImportReport> report = ImportApplier::run(db(), path, {});
    QVERIFY2(report.ok() && report->applied, qPrintable(report.errorMessage()));
    QCOMPARE(registerRows("serial, COALESCE(production_year, 0), year_source").filter(s("S1|")),
             QStringList{s("S1|2015|%1").arg(int(YearSource::Explicit))});
}

QTEST_GUILESS_MAIN(TestImportModelYears)
#include "test_import_model_years.moc"
