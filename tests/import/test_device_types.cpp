// Issue 21 point 6: the type an import gives a device that names none, from its operating system and model.

#include "ImportScratch.h"
#include "export/DeviceCsvExport.h"
#include "import/DeviceTypeRules.h"
#include "import/ImportApplier.h"

#include <QSqlDatabase>
#include <QTest>

using namespace rullering;
using namespace rullering::test;

Q_DECLARE_METATYPE(std::optional<rullering::DeviceType>)

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(RULLERING_TEST_DATA "/") + QString::fromUtf8(name);
}

QString typeOf(Database& db, const QString& serial)
{
    Result<QSqlQuery> q =
        runQuery(db.connection(), QStringLiteral("SELECT type FROM device WHERE serial = ?"), {serial});
    if (!q || !q.value().next())
        return QStringLiteral("<no device>");
    return deviceTypeKey(deviceTypeFromNumber(q.value().value(0).toInt()));
}

} // namespace

class TestDeviceTypes : public QObject, private ImportScratch
{
    Q_OBJECT

private slots:
    void init()
    {
        RULLERING_REQUIRE_TEST_ENGINE();
        QVERIFY2(create(), qPrintable(error()));
    }
    void cleanup() { clear(); }

    void guessesFromOperatingSystemAndModel_data();
    void guessesFromOperatingSystemAndModel();
    void intuneExportImportsPhonesTabletsPcsAndAServer();
    void reimportCorrectsPhonesAnOlderVersionCalledTablets();
    void typeColumnNamesPhonesAndServers_data();
    void typeColumnNamesPhonesAndServers();
    void exportWritesPhoneAndServerKeysAndReadsThemBack();
};

void TestDeviceTypes::guessesFromOperatingSystemAndModel_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("os");
    QTest::addColumn<std::optional<DeviceType>>("expected");
    const std::optional<DeviceType> none;
    auto row = [](const char* name, const char* model, const char* os, std::optional<DeviceType> type) {
        QTest::newRow(name) << QString::fromUtf8(model) << QString::fromUtf8(os) << type;
    };
    // Phones (the issue: all of these became "tablet").
    row("iPhone on iOS", "iPhone 14", "iOS", DeviceType::Phone);
    row("iPhone, no OS column", "iPhone 15 Pro", "", DeviceType::Phone);
    row("iOS, no model", "", "iOS", DeviceType::Phone);
    row("Intune's iOS/iPadOS with an iPhone", "iPhone SE (3rd generation)", "iOS/iPadOS", DeviceType::Phone);
    row("Galaxy on Android", "Galaxy S23", "Android", DeviceType::Phone);
    row("Samsung phone code on Android", "SM-S911B", "Android", DeviceType::Phone);
    row("Samsung phone code, no OS column", "SM-A546B", "", DeviceType::Phone);
    row("Galaxy, no OS column", "Galaxy XCover6 Pro", "", DeviceType::Phone);
    row("Pixel on Android", "Pixel 8", "Android", DeviceType::Phone);
    row("Pixel, no OS column", "Pixel 7a", "", DeviceType::Phone);
    row("Moto on Android", "moto g54 5G", "Android", DeviceType::Phone);
    row("Motorola, no OS column", "motorola edge 40", "", DeviceType::Phone);
    row("Xiaomi on Android Enterprise", "Xiaomi 13T", "AndroidEnterprise", DeviceType::Phone);
    row("Redmi, no OS column", "Redmi Note 12", "", DeviceType::Phone);
    row("unknown model on Android", "XQ-DQ54", "Android", DeviceType::Phone);
    // Tablets: iPadOS and iPad; iOS and Android tablets by their model.
    row("iPad on iPadOS", "iPad (10th generation)", "iPadOS", DeviceType::Tablet);
    row("iPadOS, no model", "", "iPadOS", DeviceType::Tablet);
    row("iPad on an old iOS", "iPad Air (3rd generation)", "iOS", DeviceType::Tablet);
    row("iPad, no OS column", "iPad Pro (11-inch)", "", DeviceType::Tablet);
    row("Galaxy Tab on Android", "Galaxy Tab S9", "Android", DeviceType::Tablet);
    row("Samsung tablet code on Android", "SM-X710", "Android", DeviceType::Tablet);
    row("Pixel Tablet on Android", "Pixel Tablet", "Android", DeviceType::Tablet);
    row("Redmi Pad on Android", "Redmi Pad SE", "Android", DeviceType::Tablet);
    row("Surface Pro on Windows", "Surface Pro 9", "Windows", DeviceType::Tablet);
    // PCs (the issue: these became "other").
    row("Dell Pro 16", "Dell Pro 16 PC16250", "Windows", DeviceType::Laptop);
    row("Dell Pro 14, no OS column", "Dell Pro 14", "", DeviceType::Laptop);
    row("Dell Pro Micro is a desktop", "Dell Pro Micro QCM1250", "Windows", DeviceType::Desktop);
    row("ThinkBook 16 G7", "ThinkBook 16 G7 IML", "Windows", DeviceType::Laptop);
    row("Surface Laptop", "Surface Laptop 7th Edition", "Windows", DeviceType::Laptop);
    row("Surface Laptop, no OS column", "Surface Laptop", "", DeviceType::Laptop);
    row("MacBook on macOS", "MacBook Air", "macOS", DeviceType::Laptop);
    row("MacBook as Intune names it", "MacBookPro18,1", "macOS", DeviceType::Laptop);
    row("Galaxy Book is a laptop", "Galaxy Book3 Pro", "Windows", DeviceType::Laptop);
    row("HP Elite Mini", "HP Elite Mini 800 G9 Desktop PC", "Windows", DeviceType::Desktop);
    row("HP Elite Mini, no OS column", "HP Elite Mini 600 G9", "", DeviceType::Desktop);
    row("Latitude on AD's Windows", "Latitude 5440", "Windows 11 Enterprise", DeviceType::Laptop);
    row("OptiPlex", "OptiPlex 7010", "", DeviceType::Desktop);
    // Servers.
    row("AD's Windows Server, no model", "", "Windows Server 2019 Standard", DeviceType::Server);
    row("Configuration Manager's caption", "", "Microsoft Windows Server 2016 Datacenter", DeviceType::Server);
    row("a virtual machine on Windows Server", "Virtual Machine", "Windows Server 2022 Datacenter", DeviceType::Server);
    row("PowerEdge", "PowerEdge R750", "Windows", DeviceType::Server);
    row("ProLiant, no OS column", "ProLiant DL380 Gen10", "", DeviceType::Server);
    // Printers, and what no rule knows.
    row("LaserJet", "LaserJet Pro 4002dn", "", DeviceType::Printer);
    row("a virtual machine on Windows", "Virtual Machine", "Windows", none);
    row("Windows, no model", "", "Windows 10 Enterprise", none);
    row("nothing at all", "", "", none);
}

void TestDeviceTypes::guessesFromOperatingSystemAndModel()
{
    QFETCH(QString, model);
    QFETCH(QString, os);
    QFETCH(std::optional<DeviceType>, expected);
    const std::optional<DeviceType> guessed = guessDeviceType(model, os);
    QCOMPARE(guessed ? deviceTypeKey(*guessed) : QStringLiteral("<none>"),
             expected ? deviceTypeKey(*expected) : QStringLiteral("<none>"));
    QCOMPARE(guessDeviceType(model, os), guessed); // the second time from the cache: the same answer
}

// The Intune "All devices" export of a municipality: its phones, two tablets, PCs and a server.
void TestDeviceTypes::intuneExportImportsPhonesTabletsPcsAndAServer()
{
    Result<ImportReport> report = ImportApplier::run(db(), fixture("intune_phones.csv"), {});
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->profileKey, QStringLiteral("intune"));
    QCOMPARE(report->created, 14);
    QCOMPARE(report->rejectedCount, 0);
    const QList<std::pair<const char*, const char*>> expected = {
        {"F2LZK1ABCD01", "phone"}, {"R5CW12ABC3D", "phone"},  {"38241FDJH00ABC", "phone"}, {"ZY22H4ABCD", "phone"},
        {"8A7B6C5D4E3F", "phone"}, {"9F8E7D6C5B4A", "phone"}, {"DMPZK2Q3LMN5", "tablet"},  {"R52W30XYZ1A", "tablet"},
        {"7XK2M94", "laptop"},     {"PF5ABC12", "laptop"},    {"0F1234567890", "laptop"},  {"C02ZK1ABMD6M", "laptop"},
        {"CZC4123ABC", "desktop"}, {"4XK9T53", "server"},
    };
    for (const auto& [serial, type] : expected)
        QCOMPARE(QString(s(serial) + QStringLiteral(": ") + typeOf(db(), s(serial))),
                 QString(s(serial) + QStringLiteral(": ") + s(type)));
}

// A register filled by an earlier version holds its phones as tablets: the next import of the same file puts
// them right (audited as any change), and leaves its tablets, and a type a person chose, alone.
void TestDeviceTypes::reimportCorrectsPhonesAnOlderVersionCalledTablets()
{
    QVERIFY(ImportApplier::run(db(), fixture("intune_phones.csv"), {}).ok());
    QVERIFY(runQuery(db().connection(),
                     QStringLiteral("UPDATE device SET type = 2 WHERE serial IN ('F2LZK1ABCD01', 'R5CW12ABC3D')"))
                .ok());
    QVERIFY(runQuery(db().connection(), QStringLiteral("UPDATE device SET type = 4 WHERE serial = '38241FDJH00ABC'"))
                .ok()); // "other": as before, a guess fills it in
    QVERIFY(runQuery(db().connection(), QStringLiteral("UPDATE device SET type = 0 WHERE serial = '7XK2M94'")).ok());

    Result<ImportReport> again = ImportApplier::run(db(), fixture("intune_phones.csv"), {});
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again->updated, 3);
    QCOMPARE(typeOf(db(), QStringLiteral("F2LZK1ABCD01")), QStringLiteral("phone"));
    QCOMPARE(typeOf(db(), QStringLiteral("R5CW12ABC3D")), QStringLiteral("phone"));
    QCOMPARE(typeOf(db(), QStringLiteral("38241FDJH00ABC")), QStringLiteral("phone"));
    QCOMPARE(typeOf(db(), QStringLiteral("DMPZK2Q3LMN5")), QStringLiteral("tablet"));
    QCOMPARE(typeOf(db(), QStringLiteral("7XK2M94")), QStringLiteral("desktop")); // a person's choice stays
    QCOMPARE(number(db(), "SELECT COUNT(*) FROM audit WHERE field = 'type' AND new_value = 'phone'"), 3);
}

void TestDeviceTypes::typeColumnNamesPhonesAndServers_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("phone") << QStringLiteral("phone") << QStringLiteral("phone");
    QTest::newRow("Mobiltelefon") << QStringLiteral("Mobiltelefon") << QStringLiteral("phone");
    QTest::newRow("Telefon") << QStringLiteral("Telefon") << QStringLiteral("phone");
    QTest::newRow("server") << QStringLiteral("Server") << QStringLiteral("server");
    QTest::newRow("tjener") << QStringLiteral("tjener") << QStringLiteral("server");
}

// A file with a type column (our own export, a spreadsheet) names the new types in English or Norwegian.
void TestDeviceTypes::typeColumnNamesPhonesAndServers()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    const QString path = write(QStringLiteral("types.csv"),
                               "Serienummer;Type;Modell\r\nABC123;" + cell.toUtf8() + ";Noe helt annet\r\n");
    Result<ImportReport> report = ImportApplier::run(db(), path, {});
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->rejectedCount, 0);
    QCOMPARE(typeOf(db(), QStringLiteral("ABC123")), expected);
}

// The register's own CSV names each type by its key ("phone", "server"), and the import reads them back as they were
// even where a model would say otherwise.
void TestDeviceTypes::exportWritesPhoneAndServerKeysAndReadsThemBack()
{
    QVERIFY(ImportApplier::run(db(), fixture("intune_phones.csv"), {}).ok());
    const QString exported = filePath(QStringLiteral("enheter.csv"));
    Result<qint64> written = DeviceCsvExport::write(db(), exported, {});
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QCOMPARE(written.value(), 14);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    QVERIFY2(content.contains(QStringLiteral("F2LZK1ABCD01;;MOL-M001;phone;")), qPrintable(content.left(600)));
    QVERIFY(content.contains(QStringLiteral("4XK9T53;;MOL-S001;server;")));

    QVERIFY(create()); // a new, empty register
    const QString copy = write(QStringLiteral("copy.csv"), content.toUtf8());
    Result<ImportReport> back = ImportApplier::run(db(), copy, {});
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back->profileKey, QStringLiteral("rullering"));
    QCOMPARE(back->created, 14);
    QCOMPARE(typeOf(db(), QStringLiteral("F2LZK1ABCD01")), QStringLiteral("phone"));
    QCOMPARE(typeOf(db(), QStringLiteral("4XK9T53")), QStringLiteral("server"));
    QCOMPARE(typeOf(db(), QStringLiteral("DMPZK2Q3LMN5")), QStringLiteral("tablet"));
}

QTEST_GUILESS_MAIN(TestDeviceTypes)
#include "test_device_types.moc"
