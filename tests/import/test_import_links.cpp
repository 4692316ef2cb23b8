// The swap fields in an import: a device's swap date, technician, in-service date, keep flag, and the link to the
// device that replaced it, named by serial number and resolved after the last row (the successor usually comes
// later in the file). Rullering's own export carries them, so a register comes back whole.
#include "ImportScratch.h"
#include "export/DeviceCsvExport.h"
#include "generate/FleetGenerator.h"
#include "import/ImportApplier.h"
#include "storage/Database.h"

#include <QSqlDatabase>
#include <QTest>

using namespace rullering;
using namespace rullering::test;

namespace {

// Every link as "old>new", with the swap date and technician, in serial order.
QString links(Database& db)
{
    return text(db, "SELECT group_concat(link, ',') FROM (SELECT o.serial || '>' || n.serial || '@' ||"
                    " COALESCE(o.replaced_on, '') || '/' || COALESCE(o.replaced_by_technician, '') AS link"
                    " FROM device o JOIN device n ON n.id = o.replaced_by_id ORDER BY o.serial)");
}

// The two ways a load into an empty register finds repeats: through the serial index, or by keys kept in memory (a
// big first load, whose links are then written with their rows).
void addKeyModes()
{
    QTest::addColumn<qint64>("keysInMemoryFromRows");
    QTest::newRow("serial index live") << qint64(100000);
    QTest::newRow("keys in memory (a first load, by default)") << qint64(1);
}

const QByteArray Header = "Serial number;Device name;State;Replaced on;Replaced by;Swapped by;In service from;Keep\n";

// Imports path into db in one of addKeyModes()'s modes (options as given otherwise).
Result<ImportReport> loadInKeyMode(Database& db, const QString& path, qint64 keysInMemoryFromRows,
                                   ImportOptions options = {})
{
    options.keysInMemoryFromRows = keysInMemoryFromRows;
    return ImportApplier::run(db, path, options);
}

// Why a load was not applied, for QVERIFY2 (empty when it was).
QByteArray notApplied(const Result<ImportReport>& loaded)
{
    if (!loaded.ok())
        return loaded.errorMessage().toUtf8();
    return loaded->applied ? QByteArray() : QByteArray("not applied");
}

} // namespace

class TestImportLinks : public QObject, private ImportScratch
{
    Q_OBJECT

private slots:
    void init()
    {
        RULLERING_REQUIRE_TEST_ENGINE();
        QVERIFY2(create(), qPrintable(error()));
    }
    void cleanup() { clear(); }

    void registerComesBackWhole_data();
    void registerComesBackWhole();
    void successorLaterInTheFileOrInTheRegister();
    void onlyTheLinkChangedIsAnUpdate();
    void linksThatCannotBeMadeAreLeftOutWithAWarning();
    void firstLoadDecidesLinksAfterTheLastRow_data();
    void firstLoadDecidesLinksAfterTheLastRow();
    void aSharedSerialNamesNoSuccessor_data();
    void aSharedSerialNamesNoSuccessor();
    void keepIsYesOrNo();
    void norwegianHeadersMapTheSwapFields();
};

void TestImportLinks::registerComesBackWhole_data()
{
    addKeyModes();
}

void TestImportLinks::registerComesBackWhole()
{
    QFETCH(qint64, keysInMemoryFromRows);
    GenerateOptions generate;
    generate.devices = 3000;
    generate.seed = 7;
    generate.asOf = QDate(2026, 11, 23);
    QVERIFY(FleetGenerator::generate(db(), generate).ok());
    QVERIFY(runStatement(db().connection(), s("UPDATE device SET keep = 1 WHERE id % 97 = 0")).ok());
    const QString exported = filePath(s("register.csv"));
    QVERIFY(DeviceCsvExport::write(db(), exported, {}).ok());
    const QString original = links(db());
    QVERIFY2(number(db(), "SELECT COUNT(*) FROM device WHERE replaced_by_id IS NOT NULL") > 100, "few swaps generated");

    Result<std::unique_ptr<Database>> other = openAnother(s("other.sqlite"));
    QVERIFY(other.ok());
    Result<ImportReport> loaded = loadInKeyMode(*other.value(), exported, keysInMemoryFromRows);
    QVERIFY2(notApplied(loaded).isEmpty(), notApplied(loaded).constData());
    QVERIFY2(loaded->warnings.isEmpty(), qPrintable(loaded->warnings.join(u'\n')));
    QCOMPARE(links(*other.value()), original);
    for (const char* sql : {"SELECT COUNT(*) FROM device WHERE replaced_on IS NOT NULL",
                            "SELECT COUNT(*) FROM device WHERE in_service_from IS NOT NULL",
                            "SELECT COUNT(*) FROM device WHERE keep <> 0",
                            "SELECT COUNT(*) FROM device WHERE replaced_by_technician IS NOT NULL",
                            "SELECT group_concat(in_service_from) FROM (SELECT in_service_from FROM device"
                            " WHERE in_service_from IS NOT NULL ORDER BY serial)"})
        QCOMPARE(text(*other.value(), sql), text(db(), sql));
}

void TestImportLinks::successorLaterInTheFileOrInTheRegister()
{
    QVERIFY(
        ImportApplier::run(db(), write(s("register.csv"), Header + "REG1;PC-REG1;in_use;;;;2026-03-01;\n"), {}).ok());
    const QString file = write(s("swaps.csv"), Header + "OLD1;PC-OLD1;replaced;2026-09-15;new1;Per;;\n"
                                                        "OLD2;PC-OLD2;replaced;2026-09-16;REG1;Kari;;no\n"
                                                        "NEW1;PC-NEW1;in_use;;;;2026-09-15;yes\n");
    ImportOptions dry;
    dry.dryRun = true;
    Result<ImportReport> preview = ImportApplier::run(db(), file, dry);
    QVERIFY2(preview.ok(), qPrintable(preview.errorMessage()));
    QCOMPARE(links(db()), QString()); // nothing stored by the dry run
    Result<ImportReport> applied = ImportApplier::run(db(), file, {});
    QVERIFY2(applied.ok() && applied->applied, applied.ok() ? "not applied" : qPrintable(applied.errorMessage()));
    QVERIFY2(applied->warnings.isEmpty(), qPrintable(applied->warnings.join(u'\n')));
    QCOMPARE(applied->created, 3);
    QCOMPARE(preview->created, applied->created);
    QCOMPARE(links(db()), s("OLD1>NEW1@2026-09-15/Per,OLD2>REG1@2026-09-16/Kari"));
    QCOMPARE(text(db(), "SELECT in_service_from || '/' || keep FROM device WHERE serial = 'NEW1'"), s("2026-09-15/1"));
    QCOMPARE(number(db(), "SELECT keep FROM device WHERE serial = 'OLD2'"), 0);

    Result<ImportReport> again = ImportApplier::run(db(), file, {});
    QVERIFY(again.ok() && again->applied);
    QCOMPARE(again->unchanged, 3);
    QCOMPARE(again->updated, 0);
}

void TestImportLinks::onlyTheLinkChangedIsAnUpdate()
{
    QVERIFY(ImportApplier::run(db(),
                               write(s("first.csv"), Header + "OLD1;PC-OLD1;replaced;2026-09-15;;;;\n"
                                                              "NEW1;PC-NEW1;in_use;;;;;\n"),
                               {})
                .ok());
    const QString file = write(s("linked.csv"), Header + "OLD1;PC-OLD1;replaced;2026-09-15;NEW1;;;\n"
                                                         "NEW1;PC-NEW1;in_use;;;;;\n");
    ImportOptions dry;
    dry.dryRun = true;
    Result<ImportReport> preview = ImportApplier::run(db(), file, dry);
    Result<ImportReport> applied = ImportApplier::run(db(), file, {});
    for (const Result<ImportReport>* report : {&preview, &applied}) {
        QVERIFY2(report->ok(), qPrintable(report->errorMessage()));
        QCOMPARE(report->value().updated, 1);
        QCOMPARE(report->value().unchanged, 1);
        QCOMPARE(report->value().diffs.size(), 1);
        const DeviceDiff& diff = report->value().diffs.constFirst();
        QCOMPARE(diff.serial, s("OLD1"));
        QCOMPARE(diff.line, 2);
        QCOMPARE(diff.changes.size(), 1);
        QCOMPARE(diff.changes.constFirst().field, DeviceField::ReplacedBy);
        QCOMPARE(diff.changes.constFirst().before, QString());
        QCOMPARE(diff.changes.constFirst().after, s("NEW1")); // the history keeps the id
    }
    QCOMPARE(number(db(), "SELECT new_value FROM audit WHERE field = 'replaced_by'"),
             number(db(), "SELECT id FROM device WHERE serial = 'NEW1'"));
    QCOMPARE(links(db()), s("OLD1>NEW1@2026-09-15/"));
    QCOMPARE(number(db(), "SELECT version FROM device WHERE serial = 'OLD1'"), 2);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM audit WHERE field = 'replaced_by' AND old_value IS NULL"), 1);
    Result<ImportReport> again = ImportApplier::run(db(), file, {});
    QVERIFY(again.ok());
    QCOMPARE(again->unchanged, 2);
}

void TestImportLinks::linksThatCannotBeMadeAreLeftOutWithAWarning()
{
    const QString file = write(s("bad.csv"), Header + "OLD1;PC-OLD1;replaced;2026-09-15;NOWHERE;;;\n"
                                                      "OLD2;PC-OLD2;replaced;2026-09-15;OLD2;;;\n"
                                                      "OLD3;PC-OLD3;replaced;2026-09-15;NEW1;;;\n"
                                                      "OLD4;PC-OLD4;replaced;2026-09-15;NEW1;;;\n"
                                                      "NEW1;PC-NEW1;in_use;;;;;\n");
    Result<ImportReport> applied = ImportApplier::run(db(), file, {});
    QVERIFY2(applied.ok() && applied->applied,
             applied.ok() ? "not applied" : qPrintable(applied->warnings.join(u'\n')));
    QCOMPARE(applied->created, 5);
    QVERIFY(applied->rejected.isEmpty());
    QCOMPARE(applied->warnings.size(), 3);
    QVERIFY2(applied->warnings[0].contains(s("Line 2: NOWHERE")), qPrintable(applied->warnings[0]));
    QVERIFY2(applied->warnings[1].contains(s("Line 3: OLD2")), qPrintable(applied->warnings[1]));
    QVERIFY2(applied->warnings[2].contains(s("Line 5: NEW1 already replaced the device on line 4")),
             qPrintable(applied->warnings[2]));
    QCOMPARE(links(db()), s("OLD3>NEW1@2026-09-15/"));

    // A later sheet naming NEW1 for another device: NEW1 already replaced OLD3 in the register.
    const QString later = write(s("later.csv"), Header + "OLD5;PC-OLD5;replaced;2026-10-01;NEW1;;;\n");
    Result<ImportReport> again = ImportApplier::run(db(), later, {});
    QVERIFY(again.ok() && again->applied);
    QCOMPARE(again->warnings.size(), 1);
    QVERIFY2(again->warnings[0].contains(s("Line 2: NEW1 already replaced OLD3 in the register")),
             qPrintable(again->warnings[0]));
    QCOMPARE(links(db()), s("OLD3>NEW1@2026-09-15/"));
    // OLD3 named again with an empty cell keeps its link (an empty cell never wipes)...
    const QString moved = write(s("moved.csv"), Header + "OLD3;PC-OLD3;replaced;2026-09-15;;;;\n"
                                                         "OLD5;PC-OLD5;replaced;2026-10-01;NEW1;;;\n");
    Result<ImportReport> kept = ImportApplier::run(db(), moved, {});
    QVERIFY(kept.ok() && kept->applied);
    QCOMPARE(kept->warnings.size(), 1);
    QCOMPARE(links(db()), s("OLD3>NEW1@2026-09-15/"));
    // ...unless the user asks empty cells to clear: then the link moves, without a clash.
    ImportOptions clearing;
    clearing.mapping = mappingForProfile(ImportProfile::Generic, QString::fromUtf8(Header).trimmed().split(u';'));
    clearing.mapping->emptyClears = true;
    Result<ImportReport> move = ImportApplier::run(db(), moved, clearing);
    QVERIFY(move.ok() && move->applied);
    QVERIFY2(move->warnings.isEmpty(), qPrintable(move->warnings.join(u'\n')));
    QCOMPARE(links(db()), s("OLD5>NEW1@2026-10-01/"));
}

void TestImportLinks::firstLoadDecidesLinksAfterTheLastRow_data()
{
    addKeyModes();
}

// A first load writes a link with its row when the successor came earlier (by serial); the rules applied after the
// last row still decide: a link an earlier line made by device name wins, a repeat of the row's serial whose empty
// cell clears neither keeps a link nor changes the device.
void TestImportLinks::firstLoadDecidesLinksAfterTheLastRow()
{
    QFETCH(qint64, keysInMemoryFromRows);
    const QString file = write(s("first.csv"), Header + "OLD0;PC-OLD0;replaced;2026-09-15;PC-NEW1;;;\n"
                                                        "NEW1;PC-NEW1;in_use;;;;;\n"
                                                        "OLD1;PC-OLD1;replaced;2026-09-16;NEW1;;;\n"
                                                        "NEW2;PC-NEW2;in_use;;;;;\n"
                                                        "OLD2;PC-OLD2;replaced;2026-09-17;NEW2;;;\n"
                                                        "OLD3;PC-OLD3;replaced;2026-09-18;NEW2;;;\n"
                                                        "NEW3;PC-NEW3;in_use;;;;;\n"
                                                        "OLD4;PC-OLD4;replaced;2026-09-19;NEW3;;;\n"
                                                        "OLD4;PC-OLD4;replaced;2026-09-19;;;;\n"
                                                        "NEW4;PC-NEW4;in_use;;;;;\n"
                                                        "OLD5;PC-OLD5;replaced;2026-09-20;NEW4;;;\n"
                                                        "OLD5;PC-OLD5;replaced;2026-09-20;;Per;;\n");
    ImportOptions options;
    options.mapping = mappingForProfile(ImportProfile::Generic, QString::fromUtf8(Header).trimmed().split(u';'));
    options.mapping->emptyClears = true;
    Result<ImportReport> loaded = loadInKeyMode(db(), file, keysInMemoryFromRows, options);
    QVERIFY2(notApplied(loaded).isEmpty(), notApplied(loaded).constData());
    QCOMPARE(loaded->created, 10);
    QCOMPARE(loaded->warnings.size(), 3);
    QVERIFY2(loaded->warnings[0].contains(s("Lines 12 and 13 have the same serial number OLD5")),
             qPrintable(loaded->warnings[0]));
    QVERIFY2(loaded->warnings[1].contains(s("Line 4: NEW1 already replaced the device on line 2")),
             qPrintable(loaded->warnings[1]));
    QVERIFY2(loaded->warnings[2].contains(s("Line 7: NEW2 already replaced the device on line 6")),
             qPrintable(loaded->warnings[2]));
    QCOMPARE(links(db()), s("OLD0>NEW1@2026-09-15/,OLD2>NEW2@2026-09-17/,OLD4>NEW3@2026-09-19/,"
                            "OLD5>NEW4@2026-09-20/Per"));
    QCOMPARE(text(db(), "SELECT group_concat(serial || '=' || version) FROM (SELECT serial, version FROM device"
                        " WHERE version <> 1 ORDER BY serial)"),
             s("OLD5=2"));
}

void TestImportLinks::aSharedSerialNamesNoSuccessor_data()
{
    addKeyModes();
}

// Two devices with one serial give it up (they are told apart by name): a link naming that serial finds neither, on
// every engine and in both key modes (a server's first load kept the serial in memory and linked the first device).
void TestImportLinks::aSharedSerialNamesNoSuccessor()
{
    QFETCH(qint64, keysInMemoryFromRows);
    const QString file = write(s("shared.csv"), Header + "SHARED;PC-A;in_use;;;;;\n"
                                                         "SHARED;PC-B;in_use;;;;;\n"
                                                         "OLD1;PC-OLD1;replaced;2026-09-15;SHARED;;;\n");
    Result<ImportReport> loaded = loadInKeyMode(db(), file, keysInMemoryFromRows);
    QVERIFY2(notApplied(loaded).isEmpty(), notApplied(loaded).constData());
    QCOMPARE(loaded->created, 3);
    QCOMPARE(loaded->warnings.size(), 2);
    QVERIFY2(loaded->warnings[0].contains(s("\"SHARED\" is on rows naming different devices")),
             qPrintable(loaded->warnings[0]));
    QVERIFY2(loaded->warnings[1].contains(s("Line 4: SHARED, the device that replaced OLD1")),
             qPrintable(loaded->warnings[1]));
    QCOMPARE(links(db()), QString());
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device WHERE serial IS NOT NULL"), 1); // OLD1's
}

void TestImportLinks::keepIsYesOrNo()
{
    const QString file = write(s("keep.csv"), Header + "K1;PC-K1;in_use;;;;;Ja\n"
                                                       "K2;PC-K2;in_use;;;;;nei\n"
                                                       "K3;PC-K3;in_use;;;;;kanskje\n");
    Result<ImportReport> report = ImportApplier::run(db(), file, {});
    QVERIFY(report.ok());
    QVERIFY(!report->applied);
    QCOMPARE(report->rejected.size(), 1);
    QCOMPARE(report->rejected.constFirst().line, 4);
    QVERIFY2(report->rejected.constFirst().reason.contains(s("\"kanskje\" is not yes or no")),
             qPrintable(report->rejected.constFirst().reason));
    ImportOptions skip;
    skip.skipRejected = true;
    QVERIFY(ImportApplier::run(db(), file, skip).ok());
    QCOMPARE(text(db(), "SELECT group_concat(serial || '=' || keep) FROM (SELECT * FROM device ORDER BY serial)"),
             s("K1=1,K2=0"));
}

void TestImportLinks::norwegianHeadersMapTheSwapFields()
{
    const QString file = write(s("ark.csv"), "Serienummer;Maskinnavn;Status;Byttedato;Erstattet av;Byttet av;Behold\n"
                                             "GML1;MOL-1;Erstattet;15.09.2026;NY1;Ola;\n"
                                             "NY1;MOL-2;I bruk;;;;ja\n");
    Result<ImportReport> report = ImportApplier::run(db(), file, {});
    QVERIFY2(report.ok() && report->applied, report.ok() ? "not applied" : qPrintable(report.errorMessage()));
    QCOMPARE(report->profileKey, s("generic"));
    QCOMPARE(links(db()), s("GML1>NY1@2026-09-15/Ola"));
    QCOMPARE(number(db(), "SELECT keep FROM device WHERE serial = 'NY1'"), 1);
}

QTEST_GUILESS_MAIN(TestImportLinks)
#include "test_import_links.moc"
