#include "domain/Manufacturer.h"
#include "import/CsvReader.h"
#include "import/ImportProfile.h"
#include "import/ImportRow.h"
#include "import/ImportValues.h"
#include "import/StateLabels.h"
#include "import/YearEvidence.h"

#include <QTest>

using namespace rullering;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestImportValues : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void dateOrderIsDecidedOverTheColumn_data();
    void dateOrderIsDecidedOverTheColumn();
    void serials_data();
    void serials();
    void yearEvidence_data();
    void yearEvidence();
    void weakerEvidenceNeverOverridesStronger();
    void profileDetection_data();
    void profileDetection();
    void genericMapsNorwegianAndEnglishHeaders();
    void ouPathNamesMunicipalityAndLocation();
    void sheetHeadersAreNotConfigMgrViews();
    void ignoredColumnsAndSuggestions();
    void statusLabelsOfOtherSystems_data();
    void statusLabelsOfOtherSystems();
    void manufacturerSpellings_data();
    void manufacturerSpellings();
    void rowConversionRejectsBadValuesWithColumnName();
};

void TestImportValues::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("outcome"); // ParsedDateTime::Outcome
    QTest::addColumn<QString>("utc"); // expected UTC instant, ISO; or the date for date-only values
    const int Ok = int(ParsedDateTime::Outcome::Ok), Empty = int(ParsedDateTime::Outcome::Empty),
              Invalid = int(ParsedDateTime::Outcome::Invalid);
    const int Auto = int(DateOrder::Auto), Dmy = int(DateOrder::DayFirst), Mdy = int(DateOrder::MonthFirst);
    QTest::newRow("ISO date") << s("2023-01-25") << Auto << Ok << s("2023-01-25");
    QTest::newRow("ISO date-time with Z") << s("2023-01-24T07:13:55Z") << Auto << Ok << s("2023-01-24T07:13:55Z");
    QTest::newRow("ISO date-time with offset")
        << s("2023-01-24T08:13:55+01:00") << Auto << Ok << s("2023-01-24T07:13:55Z");
    QTest::newRow("Intune date-time is UTC")
        << s("2023-01-24 07:13:55.0000000") << Auto << Ok << s("2023-01-24T07:13:55Z");
    QTest::newRow("Intune 0001-01-01 means empty") << s("0001-01-01 00:00:00.0000000") << Auto << Empty << QString();
    QTest::newRow("Norwegian dd.MM.yyyy") << s("25.01.2023") << Auto << Ok << s("2023-01-25");
    QTest::newRow("Norwegian with time is local (Oslo)")
        << s("24.01.2023 08:13") << Auto << Ok << s("2023-01-24T07:13:00Z");
    QTest::newRow("US date with AM/PM, local") << s("1/24/2023 8:13:55 AM") << Mdy << Ok << s("2023-01-24T07:13:55Z");
    QTest::newRow("US PM") << s("12/28/2022 2:44:10 PM") << Mdy << Ok << s("2022-12-28T13:44:10Z");
    QTest::newRow("day-first slash date") << s("03/04/2023") << Dmy << Ok << s("2023-04-03");
    QTest::newRow("month-first slash date") << s("03/04/2023") << Mdy << Ok << s("2023-03-04");
    QTest::newRow("FILETIME is UTC") << s("133190552350000000") << Auto << Ok << s("2023-01-24T17:33:55Z");
    QTest::newRow("FILETIME 0 means never") << s("0") << Auto << Empty << QString();
    QTest::newRow("FILETIME maximum means never") << s("9223372036854775807") << Auto << Empty << QString();
    QTest::newRow("empty cell") << s("  ") << Auto << Empty << QString();
    QTest::newRow("31 February is invalid") << s("31.02.2023") << Auto << Invalid << QString();
    QTest::newRow("month 13 in month-first is invalid") << s("13/01/2023") << Mdy << Invalid << QString();
    QTest::newRow("words are invalid") << s("last week") << Auto << Invalid << QString();
    QTest::newRow("two-digit year, dotted") << s("05.04.16") << Auto << Ok << s("2016-04-05");
    QTest::newRow("two-digit year, month first") << s("4/5/16") << Mdy << Ok << s("2016-04-05");
    QTest::newRow("two-digit year, day first") << s("4/5/16") << Dmy << Ok << s("2016-05-04");
    QTest::newRow("two-digit year 70-99 is the 1900s") << s("31.12.99") << Auto << Ok << s("1999-12-31");
    QTest::newRow("two-digit year past this year is the 1900s") << s("01.02.69") << Auto << Ok << s("1969-02-01");
    QTest::newRow("two-digit year with a time") << s("1/24/23 8:13 AM") << Mdy << Ok << s("2023-01-24T07:13:00Z");
    QTest::newRow("three-digit year is invalid") << s("25.01.023") << Auto << Invalid << QString();
}

void TestImportValues::dates()
{
    QFETCH(QString, text);
    QFETCH(int, order);
    QFETCH(int, outcome);
    QFETCH(QString, utc);
    const ParsedDateTime parsed = parseDateTime(text, DateOrder(order));
    QCOMPARE(int(parsed.outcome), outcome);
    if (parsed.outcome != ParsedDateTime::Outcome::Ok)
        return;
    if (parsed.time.isValid())
        QCOMPARE(parsed.toUtc().toString(Qt::ISODate), utc);
    else
        QCOMPARE(parsed.date.toString(Qt::ISODate), utc);
}

void TestImportValues::dateOrderIsDecidedOverTheColumn_data()
{
    QTest::addColumn<QStringList>("column");
    QTest::addColumn<int>("decided");
    QTest::addColumn<bool>("ambiguous");
    QTest::addColumn<bool>("conflicting");
    QTest::newRow("one day above 12 late in the file decides day first")
        << QStringList{s("01/02/2023"), s("03/04/2023"), s("25/12/2022")} << int(DateOrder::DayFirst) << false << false;
    QTest::newRow("a second part above 12 decides month first")
        << QStringList{s("01/02/2023"), s("12/31/2022")} << int(DateOrder::MonthFirst) << false << false;
    QTest::newRow("all parts 12 or below is ambiguous")
        << QStringList{s("01/02/2023"), s("03/04/2023")} << int(DateOrder::Auto) << true << false;
    QTest::newRow("both kinds is conflicting")
        << QStringList{s("25/01/2023"), s("01/25/2023")} << int(DateOrder::Auto) << false << true;
    QTest::newRow("two-digit years vote as four-digit ones")
        << QStringList{s("4/5/16"), s("25/1/17")} << int(DateOrder::DayFirst) << false << false;
    QTest::newRow("dotted and ISO dates do not vote")
        << QStringList{s("25.01.2023"), s("2023-01-25")} << int(DateOrder::Auto) << false << false;
}

void TestImportValues::dateOrderIsDecidedOverTheColumn()
{
    QFETCH(QStringList, column);
    QFETCH(int, decided);
    QFETCH(bool, ambiguous);
    QFETCH(bool, conflicting);
    DateOrderVote vote;
    for (const QString& value : column)
        vote.add(value);
    QCOMPARE(int(vote.decided()), decided);
    QCOMPARE(vote.ambiguous(), ambiguous);
    QCOMPARE(vote.conflicting(), conflicting);
}

void TestImportValues::serials_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<bool>("junk");
    QTest::newRow("trimmed and upper case") << s("  5cg0451xyz ") << s("5CG0451XYZ") << false;
    QTest::newRow("empty") << s("") << s("") << true;
    QTest::newRow("zero") << s("0") << s("0") << true;
    QTest::newRow("all zeros") << s("00000000") << s("00000000") << true;
    QTest::newRow("To be filled by O.E.M.") << s("To be filled by O.E.M.") << s("TO BE FILLED BY O.E.M.") << true;
    QTest::newRow("Default string") << s("Default string") << s("DEFAULT STRING") << true;
    QTest::newRow("System Serial Number") << s("System Serial Number") << s("SYSTEM SERIAL NUMBER") << true;
    QTest::newRow("None") << s("None") << s("NONE") << true;
    QTest::newRow("N/A") << s("n/a") << s("N/A") << true;
    QTest::newRow("a real serial with zeros") << s("PF0ABC00") << s("PF0ABC00") << false;
}

void TestImportValues::serials()
{
    QFETCH(QString, raw);
    QFETCH(QString, normalised);
    QFETCH(bool, junk);
    QCOMPARE(normaliseSerial(raw), normalised);
    QCOMPARE(isJunkSerial(normaliseSerial(raw)), junk);
}

void TestImportValues::yearEvidence_data()
{
    QTest::addColumn<int>("explicitYear");
    QTest::addColumn<QDate>("purchase");
    QTest::addColumn<QDate>("warranty");
    QTest::addColumn<QDate>("osInstall");
    QTest::addColumn<QDate>("bios");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("source");
    const QDate p(2019, 5, 1), w(2019, 6, 1), o(2020, 1, 10), b(2022, 3, 3);
    QTest::newRow("explicit year beats every date") << 2018 << p << w << o << b << 2018 << int(YearSource::Explicit);
    QTest::newRow("purchase date beats warranty, OS and BIOS")
        << 0 << p << w << o << b << 2019 << int(YearSource::PurchaseDate);
    QTest::newRow("warranty start beats OS install")
        << 0 << QDate() << w << o << b << 2019 << int(YearSource::WarrantyStart);
    QTest::newRow("OS install beats a BIOS update")
        << 0 << QDate() << QDate() << o << b << 2020 << int(YearSource::OsInstall);
    QTest::newRow("BIOS release as the last date")
        << 0 << QDate() << QDate() << QDate() << b << 2022 << int(YearSource::BiosRelease);
    // The model's usual year is set after the rows, from the whole register (test_model_years).
    QTest::newRow("no evidence of its own")
        << 0 << QDate() << QDate() << QDate() << QDate() << 0 << int(YearSource::Unknown);
}

void TestImportValues::yearEvidence()
{
    QFETCH(int, explicitYear);
    QFETCH(QDate, purchase);
    QFETCH(QDate, warranty);
    QFETCH(QDate, osInstall);
    QFETCH(QDate, bios);
    QFETCH(int, year);
    QFETCH(int, source);
    YearEvidence evidence;
    if (explicitYear > 0)
        evidence.explicitYear = explicitYear;
    evidence.purchaseDate = purchase;
    evidence.warrantyStart = warranty;
    evidence.osInstall = osInstall;
    evidence.biosRelease = bios;
    const YearEstimate estimate = estimateProductionYear(evidence);
    QCOMPARE(estimate.year, year);
    QCOMPARE(int(estimate.source), source);
}

void TestImportValues::weakerEvidenceNeverOverridesStronger()
{
    QVERIFY(isEvidenceAtLeastAsGood(YearSource::Explicit, YearSource::PurchaseDate));
    QVERIFY(isEvidenceAtLeastAsGood(YearSource::BiosRelease, YearSource::BiosRelease));
    QVERIFY(isEvidenceAtLeastAsGood(YearSource::ModelTypical, YearSource::Unknown));
    QVERIFY(!isEvidenceAtLeastAsGood(YearSource::BiosRelease, YearSource::PurchaseDate));
    QVERIFY(!isEvidenceAtLeastAsGood(YearSource::Unknown, YearSource::ModelTypical));
}

void TestImportValues::profileDetection_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("serialColumn");
    QTest::addColumn<QString>("hostnameColumn");
    QTest::addColumn<QString>("lastSeenColumns");
    QTest::newRow("Intune All devices") << s("intune_all_devices.csv") << s("intune") << s("UTF-8")
                                        << s("Serial number") << s("Device name") << s("Last check-in");
    QTest::newRow("AD computers (UTF-16, #TYPE line)") << s("ad_computers.csv") << s("ad") << s("UTF-16LE") << QString()
                                                       << s("Name") << s("lastLogonTimestamp,LastLogonDate");
    QTest::newRow("ConfigMgr query") << s("configmgr_query.csv") << s("configmgr") << s("UTF-8 BOM")
                                     << s("SerialNumber0") << s("Name0") << s("Last_Logon_Timestamp0");
    QTest::newRow("AD Export-Csv, ASCII") << s("ad_get_adcomputer.csv") << s("ad") << s("UTF-8") << QString()
                                          << s("Name") << s("lastLogonTimestamp,LastLogonDate");
    QTest::newRow("Intune with inventory") << s("intune_devices_inventory.csv") << s("intune") << s("UTF-8 BOM")
                                           << s("Serial number") << s("Device name") << s("Last check-in");
    QTest::newRow("Autopilot hardware hash") << s("autopilot_hwid.csv") << s("autopilot") << s("UTF-16LE")
                                             << s("Device Serial Number") << QString() << QString();
    QTest::newRow("ConfigMgr view columns with digits")
        << s("configmgr_views.csv") << s("configmgr") << s("UTF-8") << s("SerialNumber0,SerialNumber01")
        << s("Name0,Netbios_Name0") << s("LastLogonTimestamp0");
    QTest::newRow("ServiceNow CMDB") << s("servicenow_cmdb_ci_computer.csv") << s("servicenow") << s("UTF-8 BOM")
                                     << s("serial_number") << s("name") << s("last_discovered");
    QTest::newRow("Snipe-IT assets") << s("snipeit_assets.csv") << s("assets") << s("UTF-8") << s("Serial")
                                     << s("Asset Name") << QString();
    QTest::newRow("Spreadsheet asset register")
        << s("asset_register.csv") << s("generic") << s("Windows-1252") << s("Serial No") << QString() << QString();
    QTest::newRow("Norwegian Excel sheet") << s("norsk_excel.csv") << s("generic") << s("Windows-1252")
                                           << s("Serienummer") << s("Maskinnavn") << s("Sist pålogget");
}

void TestImportValues::profileDetection()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(QString, encoding);
    QFETCH(QString, serialColumn);
    QFETCH(QString, hostnameColumn);
    QFETCH(QString, lastSeenColumns);
    CsvReader reader;
    QVERIFY(reader.open(QStringLiteral(RULLERING_TEST_DATA "/") + file).ok());
    QCOMPARE(CsvReader::encodingName(reader.encoding()), encoding);
    const ImportProfile detected = detectImportProfile(reader.header());
    QCOMPARE(importProfileKey(detected), profile);
    const ColumnMapping mapping = mappingForProfile(detected, reader.header());
    QCOMPARE(mapping[ImportField::Serial].join(u','), serialColumn);
    QCOMPARE(mapping[ImportField::Hostname].join(u','), hostnameColumn);
    QCOMPARE(mapping[ImportField::LastSeen].join(u','), lastSeenColumns);
}

void TestImportValues::genericMapsNorwegianAndEnglishHeaders()
{
    const QStringList header = {s("SERIENUMMER"),   s("Maskin navn"),  s("produsent"), s("Modell"),
                                s("Produksjonsår"), s("Innkjøpsdato"), s("Kommune"),   s("Bygg"),
                                s("Enhet"),         s("Nett"),         s("Bruker"),    s("Sist pålogget"),
                                s("Status"),        s("Purchase date")};
    const ColumnMapping m = mappingForProfile(ImportProfile::Generic, header);
    QCOMPARE(m[ImportField::Serial], QStringList{s("SERIENUMMER")});
    QCOMPARE(m[ImportField::Hostname], QStringList{s("Maskin navn")});
    QCOMPARE(m[ImportField::Manufacturer], QStringList{s("produsent")});
    QCOMPARE(m[ImportField::ProductionYear], QStringList{s("Produksjonsår")});
    QCOMPARE(m[ImportField::Location], QStringList{s("Bygg")});
    QCOMPARE(m[ImportField::Department], QStringList{s("Enhet")});
    QCOMPARE(m[ImportField::LastSeen], QStringList{s("Sist pålogget")});
    QCOMPARE(m[ImportField::State], QStringList{s("Status")});
    // One column per field in a sheet: the English duplicate is not added behind the Norwegian one.
    QCOMPARE(m[ImportField::PurchaseDate], QStringList{s("Purchase date")});
    QCOMPARE(detectImportProfile(header), ImportProfile::Generic);
}

// Configuration Manager is told by its digits: a sheet with Name and Serial number stays a sheet.
void TestImportValues::sheetHeadersAreNotConfigMgrViews()
{
    QCOMPARE(detectImportProfile({s("Name"), s("Serial number"), s("Model")}), ImportProfile::Generic);
    QCOMPARE(detectImportProfile({s("Netbios_Name0"), s("Model0")}), ImportProfile::ConfigMgr);
    QCOMPARE(detectImportProfile({s("Name0"), s("SerialNumber01")}), ImportProfile::ConfigMgr);
}

void TestImportValues::ignoredColumnsAndSuggestions()
{
    const QStringList header = {s("Tag No"),     s("Asset Make"), s("Asset Model"), s("Serial No"), s("User Allocated"),
                                s("Model name"), s("Email"),      s("Colour"),      s("Location")};
    const ColumnMapping mapping = mappingForProfile(ImportProfile::Generic, header);
    QCOMPARE(ignoredColumns(mapping, header),
             (QStringList{s("Tag No"), s("Asset Make"), s("Asset Model"), s("User Allocated"), s("Model name"),
                          s("Email"), s("Colour")}));
    const ColumnMapping suggested = suggestedMapping(mapping, header);
    QCOMPARE(suggested[ImportField::AssetTag], QStringList{s("Tag No")});
    QCOMPARE(suggested[ImportField::Manufacturer], QStringList{s("Asset Make")});
    QCOMPARE(suggested[ImportField::Model], QStringList{s("Asset Model")}); // the first; "Model name" the next
    QCOMPARE(suggested[ImportField::PrimaryUser], QStringList{s("User Allocated")});
    QVERIFY(!suggested.isMapped(ImportField::Serial)); // mapped already
    QVERIFY(!suggested.isMapped(ImportField::Location));
    // Each on its own.
    const QStringList alone = {s("Serial No"), s("Model name"), s("Email")};
    const ColumnMapping single = suggestedMapping(mappingForProfile(ImportProfile::Generic, alone), alone);
    QCOMPARE(single[ImportField::Model], QStringList{s("Model name")});
    QCOMPARE(single[ImportField::PrimaryUser], QStringList{s("Email")});
}

void TestImportValues::statusLabelsOfOtherSystems_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("state"); // -1: unknown
    QTest::newRow("Snipe-IT Ready to Deploy") << s("Ready to Deploy") << int(LifecycleState::InStock);
    QTest::newRow("Snipe-IT Deployed") << s("Deployed") << int(LifecycleState::InUse);
    QTest::newRow("Snipe-IT Undeployable") << s("Undeployable") << int(LifecycleState::InStock);
    QTest::newRow("Snipe-IT Pending") << s("Pending") << int(LifecycleState::Ordered);
    QTest::newRow("Snipe-IT Archived") << s("Archived") << int(LifecycleState::Retired);
    QTest::newRow("Snipe-IT Lost/Stolen") << s("Lost/Stolen") << int(LifecycleState::Lost);
    QTest::newRow("sheet In-service") << s("In-service") << int(LifecycleState::InUse);
    QTest::newRow("sheet Broken") << s("Broken") << int(LifecycleState::InStock);
    QTest::newRow("Retired") << s("Retired") << int(LifecycleState::Retired);
    QTest::newRow("ServiceNow Installed") << s("Installed") << int(LifecycleState::InUse);
    QTest::newRow("ServiceNow In Stock") << s("In Stock") << int(LifecycleState::InStock);
    QTest::newRow("Norwegian utlevert") << s("Utlevert") << int(LifecycleState::InUse);
    QTest::newRow("Norwegian til reparasjon") << s("Til reparasjon") << int(LifecycleState::InStock);
    QTest::newRow("Rullering's own key") << s("in_use") << int(LifecycleState::InUse);
    QTest::newRow("unknown") << s("Awaiting Wipe") << -1;
}

void TestImportValues::statusLabelsOfOtherSystems()
{
    QFETCH(QString, label);
    QFETCH(int, state);
    const std::optional<LifecycleState> read = lifecycleStateFromLabel(label);
    QCOMPARE(read ? int(*read) : -1, state);
}

void TestImportValues::manufacturerSpellings_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("shown");
    QTest::newRow("Dell Inc.") << s("Dell Inc.") << s("Dell");
    QTest::newRow("DELL") << s("DELL") << s("Dell");
    QTest::newRow("LENOVO") << s("LENOVO") << s("Lenovo");
    QTest::newRow("HP Inc.") << s("HP Inc.") << s("HP");
    QTest::newRow("Hewlett-Packard") << s("Hewlett-Packard") << s("HP");
    QTest::newRow("Microsoft Corporation") << s("Microsoft Corporation") << s("Microsoft");
    QTest::newRow("unknown maker as written") << s(" Fairphone ") << s("Fairphone");
}

void TestImportValues::manufacturerSpellings()
{
    QFETCH(QString, raw);
    QFETCH(QString, shown);
    QCOMPARE(normaliseManufacturer(raw), shown);
}

void TestImportValues::ouPathNamesMunicipalityAndLocation()
{
    QString municipality, location;
    municipalityFromOuPath(s("CN=MOL-L1,OU=Klienter,OU=Rådhuset,OU=Molde,DC=kommune,DC=local"), municipality, location);
    QCOMPARE(municipality, s("Molde"));
    QCOMPARE(location, s("Rådhuset"));
    municipality.clear();
    location.clear();
    municipalityFromOuPath(s("CN=PC\\,1,OU=Computers,DC=x"), municipality, location);
    QVERIFY(municipality.isEmpty());
    QVERIFY(location.isEmpty());
}

void TestImportValues::rowConversionRejectsBadValuesWithColumnName()
{
    const QStringList header = {s("Serienummer"), s("Maskinnavn"), s("Produksjonsår"), s("Innkjøpsdato"), s("Type")};
    const ResolvedMapping resolved = resolveMapping(mappingForProfile(ImportProfile::Generic, header), header);
    const ImportRowConverter converter(resolved, header);

    Result<ImportRow> good = converter.convert({s(" pf1abc "), s("MOL-1"), s("2019"), s("01.02.2020"), s("Bærbar")}, 2);
    QVERIFY2(good.ok(), qPrintable(good.errorMessage()));
    QCOMPARE(good->serial, s("PF1ABC"));
    QCOMPARE(*good->year.explicitYear, 2019);
    QCOMPARE(good->purchaseDate, QDate(2020, 2, 1));
    QCOMPARE(*good->type, DeviceType::Laptop);

    Result<ImportRow> badYear = converter.convert({s("PF1"), s("H"), s("19"), QString(), QString()}, 3);
    QVERIFY(!badYear.ok());
    QVERIFY2(badYear.errorMessage().contains(s("Produksjonsår")), qPrintable(badYear.errorMessage()));
    Result<ImportRow> badDate = converter.convert({s("PF1"), s("H"), QString(), s("31.02.2020"), QString()}, 4);
    QVERIFY(!badDate.ok());
    QVERIFY2(badDate.errorMessage().contains(s("Innkjøpsdato")) && badDate.errorMessage().contains(s("31.02.2020")),
             qPrintable(badDate.errorMessage()));
    Result<ImportRow> badType = converter.convert({s("PF1"), s("H"), QString(), QString(), s("Kaffemaskin")}, 5);
    QVERIFY(!badType.ok());
    QVERIFY(badType.errorMessage().contains(s("Kaffemaskin")));

    Result<ImportRow> junk =
        converter.convert({s("To be filled by O.E.M."), s("H"), QString(), QString(), QString()}, 6);
    QVERIFY(junk.ok());
    QVERIFY(junk->junkSerial);
    QVERIFY(junk->serial.isEmpty());
    QVERIFY(junk->isEmpty(ImportField::ProductionYear));
}

QTEST_GUILESS_MAIN(TestImportValues)
#include "test_importvalues.moc"
