#include "TestRegister.h"
#include "generate/FleetGenerator.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DeviceRepository.h"
#include "storage/RegisterStatistics.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace rullering;

namespace {

// A digest of everything generated, row by row, in id order.
QByteArray contentDigest(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* sql : {"SELECT * FROM device ORDER BY id", "SELECT * FROM municipality ORDER BY id",
                            "SELECT * FROM location ORDER BY id", "SELECT * FROM department ORDER BY id",
                            "SELECT * FROM pool ORDER BY id",
                            "SELECT at, device_id, field, old_value, new_value, reason FROM audit ORDER BY id"}) {
        QSqlQuery query(db.connection());
        query.exec(QLatin1String(sql));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(QByteArray(query.value(i).toString().toUtf8() + '\x1f'));
            hash.addData(QByteArrayView("\n"));
        }
    }
    return hash.result();
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Whether the register has the named index, on either engine.
qint64 indexCount(Database& db, const QString& name)
{
    return scalar(
        db, rullering::test::TestRegister::onServer()
                ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = 'rullering' AND "
                                 "indexname = '%1'")
                      .arg(name)
                : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'").arg(name));
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sameSeedSameFleet();
    void otherSeedOtherFleet();
    void fleetLooksReal();
    void refusesNonEmptyDatabase();
    void cancelStoresNothing();
    void laterDevicesGetFreshIds();

private:
    std::unique_ptr<Database> open(const QString& name);
    std::vector<std::unique_ptr<test::TestRegister>> m_registers;
    GenerateOptions m_options;
};

void TestGenerator::init()
{
    RULLERING_REQUIRE_TEST_ENGINE();
    m_registers.clear();
    m_options = GenerateOptions();
    m_options.devices = 3000;
    m_options.seed = 42;
    m_options.asOf = QDate(2023, 1, 25);
}

std::unique_ptr<Database> TestGenerator::open(const QString& name)
{
    m_registers.push_back(std::make_unique<test::TestRegister>(name));
    if (!m_registers.back()->isValid())
        qFatal("%s", qPrintable(m_registers.back()->error()));
    Result<std::unique_ptr<Database>> db = Database::open(m_registers.back()->path());
    if (!db)
        qFatal("%s", qPrintable(db.errorMessage()));
    return std::move(db.value());
}

void TestGenerator::sameSeedSameFleet()
{
    auto a = open(QStringLiteral("a.sqlite"));
    auto b = open(QStringLiteral("b.sqlite"));
    QVERIFY(FleetGenerator::generate(*a, m_options).ok());
    QVERIFY(FleetGenerator::generate(*b, m_options).ok());
    QCOMPARE(contentDigest(*a), contentDigest(*b));
}

void TestGenerator::otherSeedOtherFleet()
{
    auto a = open(QStringLiteral("a.sqlite"));
    auto b = open(QStringLiteral("b.sqlite"));
    QVERIFY(FleetGenerator::generate(*a, m_options).ok());
    m_options.seed = 43;
    QVERIFY(FleetGenerator::generate(*b, m_options).ok());
    QVERIFY(contentDigest(*a) != contentDigest(*b));
}

void TestGenerator::fleetLooksReal()
{
    auto db = open(QStringLiteral("fleet.sqlite"));
    Result<GenerateSummary> summary = FleetGenerator::generate(*db, m_options);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->devices, m_options.devices);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM device")), m_options.devices);

    const RegisterStatistics stats = RegisterStatistics::compute(db->connection()).value();
    QStringList names;
    for (const auto& row : stats.perMunicipality)
        names.append(row.name);
    QCOMPARE(names, (QStringList{QStringLiteral("Aukra"), QStringLiteral("Hustadvika"), QStringLiteral("Molde"),
                                 QStringLiteral("Rauma"), QStringLiteral("Vestnes")}));
    for (const auto& row : stats.perType)
        QVERIFY2(row.count > 0, qPrintable(deviceTypeKey(row.type)));

    // Production years 2014–2024 for the original fleet; Molde's 2018–2019 bulge.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT MIN(production_year) FROM device")), 2014);
    const qint64 moldeBulge = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM device d JOIN municipality m ON "
                                                         "m.id = d.municipality_id WHERE m.name = 'Molde' AND "
                                                         "production_year IN (2018, 2019)"));
    const qint64 molde = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM device d JOIN municipality m ON "
                                                    "m.id = d.municipality_id WHERE m.name = 'Molde'"));
    QVERIFY2(moldeBulge * 100 / molde >= 35, "Molde's 2018-2019 bulge");

    // About 5 % of devices in use not seen for months.
    const qint64 inUse = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM device WHERE state = 2"));
    const qint64 stale = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM device WHERE state = 2 AND "
                                                    "last_seen < '2022-10-17'"));
    QVERIFY2(stale * 1000 / inUse >= 30 && stale * 1000 / inUse <= 75, qPrintable(QString::number(stale)));

    // The 2023 election pool, and Norwegian names with æøå.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM pool WHERE name = 'Valg 2023' AND "
                                        "available_from = '2023-09-12'")),
             1);
    QVERIFY(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM device WHERE primary_user LIKE '%ø%' OR "
                                       "primary_user LIKE '%å%' OR primary_user LIKE '%æ%'")) > 0);
    // Every swap links a replaced device to a device in use since the swap date.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM device o JOIN device n ON n.id = o.replaced_by_id "
                                        "WHERE o.state = 4 AND (n.in_service_from IS DISTINCT FROM o.replaced_on)")),
             0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM device WHERE state = 4")), summary->swaps);
    // Every device has its "created" audit row.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(DISTINCT device_id) FROM audit WHERE field = 'created'")),
             m_options.devices);
    QCOMPARE(indexCount(*db, QStringLiteral("device_serial")), 1);
}

void TestGenerator::refusesNonEmptyDatabase()
{
    auto db = open(QStringLiteral("twice.sqlite"));
    QVERIFY(FleetGenerator::generate(*db, m_options).ok());
    Result<GenerateSummary> again = FleetGenerator::generate(*db, m_options);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code(), Error::Code::Refused);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM device")), m_options.devices);
}

void TestGenerator::cancelStoresNothing()
{
    auto db = open(QStringLiteral("cancel.sqlite"));
    m_options.devices = 50000;
    Result<GenerateSummary> result = FleetGenerator::generate(*db, m_options, [](qint64, qint64) { return false; });
    QVERIFY(!result.ok());
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM device")), 0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM municipality")), 0);
    QCOMPARE(indexCount(*db, QStringLiteral("device_serial")), 1);
}

// The generated ids come from the engine's own numbering (on PostgreSQL reserved from the identity sequence for
// COPY): a device added afterwards gets the next free id, not one the fleet holds.
void TestGenerator::laterDevicesGetFreshIds()
{
    auto db = open(QStringLiteral("later.sqlite"));
    m_options.devices = 500;
    QVERIFY(FleetGenerator::generate(*db, m_options).ok());
    const qint64 maxId = scalar(*db, QStringLiteral("SELECT MAX(id) FROM device"));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM device")), 500);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit a JOIN device d ON d.id = a.device_id "
                                        "WHERE a.field = 'created'")),
             500);
    Transaction tx(db->connection());
    Device added;
    added.serial = QStringLiteral("LATER-1");
    added.type = DeviceType::Laptop;
    QVERIFY(DeviceRepository(db->connection()).create(tx, added, ChangeContext::now(AuditReason::Create)).ok());
    QVERIFY(tx.commit().ok());
    QVERIFY2(added.id > maxId, qPrintable(QStringLiteral("%1 <= %2").arg(added.id).arg(maxId)));
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "test_generator.moc"
