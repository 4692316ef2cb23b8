// The municipalities, locations and departments an import names: another spelling of a stored name (" kommune",
// case, spacing) is the stored one, and what the import creates is listed in the report (dry run and JSON), so
// "Ålesund kommune" beside the register's "Ålesund" no longer becomes a second municipality unseen.
#include "ImportScratch.h"
#include "import/ImportApplier.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QTest>

using namespace rullering;
using namespace rullering::test;

namespace {

const QByteArray Header = "Serial number;Device name;Municipality;Location;Department\n";

QStringList names(const QJsonArray& array)
{
    QStringList result;
    for (const QJsonValue& value : array)
        result.append(value.isObject() ? value[QStringLiteral("municipality")].toString() + u'/' +
                                             value[QStringLiteral("name")].toString()
                                       : value.toString());
    return result;
}

} // namespace

class TestImportNames : public QObject, private ImportScratch
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { clear(); }

    void otherSpellingsAreTheStoredName_data();
    void otherSpellingsAreTheStoredName();
    void dryRunListsWhatItWouldCreate();
    void firstLoadListsButDoesNotWarn();
    void oneNameInTwoMunicipalitiesIsTwoUnits();

private:
    Result<ImportReport> import(const QByteArray& rows, bool dryRun = false)
    {
        ImportOptions options;
        options.dryRun = dryRun;
        return ImportApplier::run(db(), write(s("names.csv"), Header + rows), options);
    }
};

void TestImportNames::init()
{
    RULLERING_REQUIRE_TEST_ENGINE();
    QVERIFY2(create(), qPrintable(error()));
    Result<ImportReport> first = import("S1;PC-1;Ålesund;Rådhuset;IT-avdelingen\n"
                                        "S2;PC-2;Molde;Kulturhuset;Skole\n");
    QVERIFY2(first.ok() && first->applied, first.ok() ? "not applied" : qPrintable(first.errorMessage()));
}

void TestImportNames::otherSpellingsAreTheStoredName_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::newRow("municipality with \" kommune\"") << QByteArray("S3;PC-3;Ålesund kommune;Rådhuset;IT-avdelingen\n");
    QTest::newRow("municipality in capitals and \" Kommune\"")
        << QByteArray("S3;PC-3;ÅLESUND Kommune;Rådhuset;IT-avdelingen\n");
    QTest::newRow("municipality, location and department in other case")
        << QByteArray("S3;PC-3;ålesund;rådhuset;it-avdelingen\n");
    QTest::newRow("doubled and trailing spaces") << QByteArray("S3;PC-3;Ålesund ;Rådhuset;IT-avdelingen  \n");
}

void TestImportNames::otherSpellingsAreTheStoredName()
{
    QFETCH(QByteArray, row);
    Result<ImportReport> report = import(row);
    QVERIFY2(report.ok() && report->applied, report.ok() ? "not applied" : qPrintable(report->warnings.join(u'\n')));
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM municipality"), 2);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM location"), 2);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM department"), 2);
    QCOMPARE(text(db(), "SELECT m.name || '/' || l.name || '/' || d.name FROM device v JOIN municipality m ON"
                        " m.id = v.municipality_id JOIN location l ON l.id = v.location_id JOIN department d ON"
                        " d.id = v.department_id WHERE v.serial = 'S3'"),
             s("Ålesund/Rådhuset/IT-avdelingen"));
    QVERIFY(report->newMunicipalities.isEmpty());
    QVERIFY(report->newLocations.isEmpty());
    QVERIFY(report->newDepartments.isEmpty());
    // The other spelling is said, so the file can be corrected at its source.
    QVERIFY2(report->warnings.join(u'\n').contains(s("read as the register's \"Ålesund\"")) || !row.contains("kommune"),
             qPrintable(report->warnings.join(u'\n')));
}

void TestImportNames::oneNameInTwoMunicipalitiesIsTwoUnits()
{
    // The same location and department text under two municipalities, the rows alternating: each row's units are
    // its own municipality's (the writer finds a name it met before by its number in the stream, and a location's
    // number is the same in both municipalities).
    Result<ImportReport> report = import("S3;PC-3;Ålesund;Skolen;Drift\n"
                                         "S4;PC-4;Molde;Skolen;Drift\n"
                                         "S5;PC-5;Ålesund;Skolen;Drift\n"
                                         "S6;PC-6;Molde;Skolen;Drift\n"
                                         "S7;PC-7;Molde;Kulturhuset;Drift\n");
    QVERIFY2(report.ok() && report->applied, report.ok() ? "not applied" : qPrintable(report.errorMessage()));
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM location WHERE name = 'Skolen'"), 2);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM department WHERE name = 'Drift'"), 2);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device v JOIN location l ON l.id = v.location_id JOIN department d"
                          " ON d.id = v.department_id WHERE l.municipality_id <> v.municipality_id"
                          " OR d.municipality_id <> v.municipality_id"),
             0);
    QCOMPARE(text(db(), "SELECT group_concat(m.name || '/' || l.name, ',') FROM (SELECT * FROM device ORDER BY"
                        " serial) v JOIN municipality m ON m.id = v.municipality_id JOIN location l ON"
                        " l.id = v.location_id WHERE v.serial BETWEEN 'S3' AND 'S7'"),
             s("Ålesund/Skolen,Molde/Skolen,Ålesund/Skolen,Molde/Skolen,Molde/Kulturhuset"));
}

void TestImportNames::dryRunListsWhatItWouldCreate()
{
    Result<ImportReport> report = import("S3;PC-3;Vestnes;Helsehuset;Pleie\n"
                                         "S4;PC-4;Molde;Rådhuset;Skole\n"
                                         "S5;PC-5;Molde kommune;Rådhuset;Økonomi\n",
                                         true);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.errorMessage()));
    QVERIFY(!report->applied);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM municipality"), 2); // a dry run creates nothing
    QCOMPARE(report->newMunicipalities, QStringList{s("Vestnes")});
    const QJsonObject json = report->toJson();
    QCOMPARE(names(json[QStringLiteral("newMunicipalities")].toArray()), QStringList{s("Vestnes")});
    // Molde's "Rådhuset" is new (Ålesund's is another building), once, though two rows name it.
    QCOMPARE(names(json[QStringLiteral("newLocations")].toArray()),
             (QStringList{s("Vestnes/Helsehuset"), s("Molde/Rådhuset")}));
    QCOMPARE(names(json[QStringLiteral("newDepartments")].toArray()),
             (QStringList{s("Vestnes/Pleie"), s("Molde/Økonomi")}));
    // The contract's keys are still there.
    for (const char* key : {"created", "updated", "unchanged", "missing", "rejected", "applied", "warnings"})
        QVERIFY2(json.contains(QString::fromLatin1(key)), key);
    // Warned beside what the register holds; Vestnes's units come with Vestnes.
    const QString warnings = report->warnings.join(u'\n');
    QVERIFY2(warnings.contains(s("not in the register yet, created by this import (check the spelling): Vestnes")),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(s("1 location(s) not in the register yet, created by this import: Rådhuset (Molde)")),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(s("1 department(s) not in the register yet, created by this import: Økonomi (Molde)")),
             qPrintable(warnings));
}

void TestImportNames::firstLoadListsButDoesNotWarn()
{
    QVERIFY(create()); // an empty register again
    Result<ImportReport> report = import("S1;PC-1;Ålesund;Rådhuset;IT\nS2;PC-2;Ålesund kommune;Rådhuset;IT\n");
    QVERIFY2(report.ok() && report->applied, report.ok() ? "not applied" : qPrintable(report.errorMessage()));
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM municipality"), 1); // the same file's two spellings are one too
    QCOMPARE(report->newMunicipalities, QStringList{s("Ålesund")});
    QCOMPARE(report->newLocations.size(), 1);
    QVERIFY2(!report->warnings.join(u'\n').contains(s("not in the register yet")),
             qPrintable(report->warnings.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestImportNames)
#include "test_import_names.moc"
