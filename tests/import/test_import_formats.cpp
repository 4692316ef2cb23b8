// The exports people bring (issue 21), each in its real shape under tests/import/data: detected, read and imported
// without a mapping. One row per known export; the row name says which.
#include "ImportScratch.h"
#include "import/ImportApplier.h"
#include "import/ImportProfile.h"

#include <QTest>

using namespace rullering;
using namespace rullering::test;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(RULLERING_TEST_DATA "/") + name;
}

} // namespace

class TestImportFormats : public QObject, private ImportScratch
{
    Q_OBJECT

private slots:
    void init()
    {
        RULLERING_REQUIRE_TEST_ENGINE();
        QVERIFY2(create(), qPrintable(error()));
    }
    void cleanup() { clear(); }

    void knownExportIsDetectedAndImported_data();
    void knownExportIsDetectedAndImported();
    void sharedJunkSerialFallsBackToDeviceNames();
    void reEnrolledDeviceMergesMostRecentlySeenWinning();
    void unknownStatusIsKeptInTheNotes();
    void rawManufacturerIsKept();
};

void TestImportFormats::knownExportIsDetectedAndImported_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("municipality"); // --municipality
    QTest::addColumn<int>("created");
    QTest::addColumn<QString>("query"); // a value the import must have read
    QTest::addColumn<QString>("expected");

    QTest::newRow("AD Get-ADComputer | Export-Csv (#TYPE, quoted, ASCII)")
        << "ad_get_adcomputer.csv"
        << "ad"
        << "UTF-8"
        << "Hustadvika" << 3
        << "SELECT m.name || '/' || d.last_seen FROM device d JOIN municipality m ON m.id = d.municipality_id"
           " WHERE d.hostname = 'HUS-L30001'"
        << "Hustadvika/2025-11-28T20:41:10Z";
    QTest::newRow("Intune devices with inventory (BOM, IMEI, a device twice)")
        << "intune_devices_inventory.csv"
        << "intune"
        << "UTF-8 BOM" << QString() << 4 << "SELECT primary_user FROM device WHERE serial = 'PF2ABCDE'"
        << "kari.holm@rauma.kommune.no";
    QTest::newRow("Autopilot hardware hash (UTF-16 LE, BOM, CRLF)")
        << "autopilot_hwid.csv"
        << "autopilot"
        << "UTF-16LE" << QString() << 2 << "SELECT group_concat(serial, ' ') FROM device"
        << "5CG1234XYZ 8CG2222ABC";
    QTest::newRow("Configuration Manager views (Netbios_Name0, SerialNumber01)")
        << "configmgr_views.csv"
        << "configmgr"
        << "UTF-8" << QString() << 5 << "SELECT hostname || ' ' || manufacturer FROM device WHERE serial = '5CD0011QQ'"
        << "VES-L50002 HP";
    QTest::newRow("ServiceNow CMDB computer list")
        << "servicenow_cmdb_ci_computer.csv"
        << "servicenow"
        << "UTF-8 BOM" << QString() << 3
        << "SELECT m.name || '/' || d.state || '/' || d.manufacturer FROM device d"
           " JOIN municipality m ON m.id = d.municipality_id WHERE d.serial = 'CZC9876ABC'"
        << "Smøla kommune/5/HP";
    QTest::newRow("Web asset system (Snipe-IT)") << "snipeit_assets.csv"
                                                 << "assets"
                                                 << "UTF-8"
                                                 << "Molde" << 6
                                                 << "SELECT group_concat(state, '') FROM (SELECT state FROM device"
                                                    " ORDER BY asset_tag)"
                                                 << "215210";
    QTest::newRow("Spreadsheet asset register (Windows-1252, d/m/yy)")
        << "asset_register.csv"
        << "generic"
        << "Windows-1252"
        << "Aukra" << 4 << "SELECT purchase_date || ' ' || state FROM device WHERE serial = '7HXQ2K2'"
        << "2016-05-04 2";
}

void TestImportFormats::knownExportIsDetectedAndImported()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(QString, encoding);
    QFETCH(QString, municipality);
    QFETCH(int, created);
    QFETCH(QString, query);
    QFETCH(QString, expected);
    ImportOptions options;
    options.municipality = municipality;
    Result<ImportReport> report = ImportApplier::run(db(), fixture(file), options);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    for (const RejectedRow& row : report->rejected)
        qWarning("line %lld: %s", row.line, qPrintable(row.reason));
    QCOMPARE(report->profileKey, profile);
    QCOMPARE(report->encoding, encoding);
    QCOMPARE(report->rejectedCount, 0);
    QVERIFY(report->applied);
    QCOMPARE(report->created, created);
    QCOMPARE(text(db(), query.toUtf8().constData()), expected);
}

// Server rows whose serial column holds " Inc." (a maker's name split at its comma): not one device but three,
// each by its device name, with a warning.
void TestImportFormats::sharedJunkSerialFallsBackToDeviceNames()
{
    Result<ImportReport> report = ImportApplier::run(db(), fixture(s("configmgr_views.csv")), {});
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->rejectedCount, 0);
    QCOMPARE(report->merged, 0);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device WHERE hostname LIKE 'VES-SRV%' AND serial IS NULL"), 3);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device WHERE serial = 'INC.'"), 0);
    QCOMPARE(report->hostnameMatches.size(), 3);
    const QString warning = report->warnings.join(u'\n');
    QVERIFY2(warning.contains(s("\"Inc.\"")) && warning.contains(s("line 4")) && warning.contains(s("line 5")),
             qPrintable(warning));
}

// Intune keeps a re-enrolled laptop twice: one device, the later check-in's values, a warning naming both lines.
void TestImportFormats::reEnrolledDeviceMergesMostRecentlySeenWinning()
{
    Result<ImportReport> report = ImportApplier::run(db(), fixture(s("intune_devices_inventory.csv")), {});
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->rejectedCount, 0);
    QCOMPARE(report->merged, 1);
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM device WHERE serial = 'PF2ABCDE'"), 1);
    QCOMPARE(text(db(), "SELECT last_seen FROM device WHERE serial = 'PF2ABCDE'"), s("2026-11-28T12:00:00Z"));
    QVERIFY2(report->warnings.join(u'\n').contains(s("Lines 3 and 4 have the same serial number PF2ABCDE")),
             qPrintable(report->warnings.join(u'\n')));

    // The older row last: the newer values stay, and the older one only fills what is missing.
    const QString path = write(s("reversed.csv"), "Serial number,Device name,Last seen,Primary user,Model\n"
                                                  "S1,PC-1,2026-11-28,new.user,\n"
                                                  "S1,PC-1,2025-01-01,old.user,Latitude 5420\n"
                                                  "S2,PC-2,2026-01-01,same,\n"
                                                  "S2,PC-2,2026-01-01,same,\n");
    Result<ImportReport> second = ImportApplier::run(db(), path, {});
    QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
    QCOMPARE(second->rejectedCount, 0);
    QCOMPARE(second->created, 2);
    QCOMPARE(second->merged, 2);
    QCOMPARE(text(db(), "SELECT primary_user || ' ' || model FROM device WHERE serial = 'S1'"),
             s("new.user Latitude 5420"));
    const QString warnings = second->warnings.join(u'\n');
    QVERIFY2(warnings.contains(s("Lines 2 and 3")) && warnings.contains(s("line 2 (seen most recently)")),
             qPrintable(warnings));
    QVERIFY2(!warnings.contains(s("Lines 4 and 5")), qPrintable(warnings)); // equal rows merge silently
}

void TestImportFormats::unknownStatusIsKeptInTheNotes()
{
    ImportOptions options;
    options.municipality = s("Molde");
    Result<ImportReport> report = ImportApplier::run(db(), fixture(s("snipeit_assets.csv")), options);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->rejectedCount, 0);
    QCOMPARE(text(db(), "SELECT notes FROM device WHERE asset_tag = 'MK-0004'"),
             s("Status in the imported file: Awaiting Wipe"));
    QCOMPARE(number(db(), "SELECT state FROM device WHERE asset_tag = 'MK-0004'"), qint64(LifecycleState::InUse));
    QVERIFY2(report->warnings.join(u'\n').contains(s("\"Awaiting Wipe\" (line 5")),
             qPrintable(report->warnings.join(u'\n')));
    // Imported again: the note is not written twice.
    Result<ImportReport> again = ImportApplier::run(db(), fixture(s("snipeit_assets.csv")), options);
    QVERIFY(again.ok());
    QCOMPARE(again->updated, 0);
}

void TestImportFormats::rawManufacturerIsKept()
{
    QVERIFY(ImportApplier::run(db(), fixture(s("servicenow_cmdb_ci_computer.csv")), {}).ok());
    QCOMPARE(text(db(), "SELECT group_concat(manufacturer || '=' || manufacturer_raw, ';') FROM"
                        " (SELECT * FROM device ORDER BY serial)"),
             s("HP=HP Inc.;HP=Hewlett-Packard;Lenovo=Lenovo"));
}

QTEST_GUILESS_MAIN(TestImportFormats)
#include "test_import_formats.moc"
