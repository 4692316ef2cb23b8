#include "TestRegister.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DeviceRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

class TestDeviceRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createAndReadBackEveryField();
    void updateWritesOnlyChangedFieldsWithAudit();
    void auditGoesWithRollback();
    void conflictWhenChangedByOtherConnection();
    void refusesForbiddenTransition();
    void refusesDuplicateSerial();
    void referenceEntitiesAreReused();
    void duplicateKeyIsSaidPlainly();
    void serverErrorsPeopleCanActOn();

private:
    Device sampleDevice(Transaction& tx);

    std::unique_ptr<test::TestRegister> m_register;
    std::unique_ptr<Database> m_db;
};

void TestDeviceRepository::init()
{
    RULLERING_REQUIRE_TEST_ENGINE();
    m_register = std::make_unique<test::TestRegister>();
    QVERIFY2(m_register->isValid(), qPrintable(m_register->error()));
    Result<std::unique_ptr<Database>> db = Database::open(m_register->path());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db.value());
}

void TestDeviceRepository::cleanup()
{
    m_db.reset();
    m_register.reset();
}

Device TestDeviceRepository::sampleDevice(Transaction& tx)
{
    ReferenceRepository refs(m_db->connection());
    Device d;
    d.serial = QStringLiteral("PF1ABC23");
    d.assetTag = QStringLiteral("MK-00412");
    d.hostname = QStringLiteral("MOL-L100412");
    d.type = DeviceType::Laptop;
    d.manufacturer = QStringLiteral("LENOVO");
    d.model = QStringLiteral("ThinkPad T480");
    d.productionYear = 2018;
    d.yearSource = YearSource::WarrantyStart;
    d.purchaseDate = QDate(2018, 3, 14);
    d.municipalityId = refs.ensureMunicipality(tx, QStringLiteral("Molde")).value();
    d.locationId = refs.ensureLocation(tx, d.municipalityId, QStringLiteral("Kviltorp skole")).value();
    d.departmentId = refs.ensureDepartment(tx, d.municipalityId, QStringLiteral("Skole")).value();
    d.networkId = refs.ensureNetwork(tx, QStringLiteral("Elevnett")).value();
    d.primaryUser = QStringLiteral("Åse Sørensen");
    d.lastSeen = QDateTime(QDate(2023, 1, 24), QTime(7, 13, 55), Qt::UTC);
    d.state = LifecycleState::InUse;
    d.keep = true;
    d.poolId = refs.ensurePool(tx, QStringLiteral("Valg 2023"), QDate(2023, 9, 12)).value();
    d.notes = QStringLiteral("Brukes på eksamen; «ikke bytt»");
    return d;
}

void TestDeviceRepository::createAndReadBackEveryField()
{
    DeviceRepository repo(m_db->connection());
    Transaction tx(m_db->connection());
    Device created = sampleDevice(tx);
    QVERIFY(repo.create(tx, created, ChangeContext::now(AuditReason::Create)).ok());
    QVERIFY(tx.commit().ok());
    QVERIFY(created.id > 0);
    QCOMPARE(created.version, 1);

    Result<Device> read = repo.findById(created.id);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(read->serial, created.serial);
    QCOMPARE(read->primaryUser, QStringLiteral("Åse Sørensen"));
    QCOMPARE(read->lastSeen, created.lastSeen);
    QCOMPARE(read->municipalityName, QStringLiteral("Molde"));
    QCOMPARE(read->locationName, QStringLiteral("Kviltorp skole"));
    QCOMPARE(read->poolName, QStringLiteral("Valg 2023"));
    QVERIFY(DeviceRepository::differences(read.value(), created).isEmpty());

    Result<std::optional<Device>> bySerial = repo.findBySerial(QStringLiteral("PF1ABC23"));
    QVERIFY(bySerial.ok() && bySerial.value().has_value());
    QCOMPARE(bySerial.value()->id, created.id);
    Result<std::optional<Device>> unknown = repo.findBySerial(QStringLiteral("NOPE"));
    QVERIFY(unknown.ok() && !unknown.value().has_value());
}

void TestDeviceRepository::updateWritesOnlyChangedFieldsWithAudit()
{
    DeviceRepository repo(m_db->connection());
    Device device;
    {
        Transaction tx(m_db->connection());
        device = sampleDevice(tx);
        QVERIFY(repo.create(tx, device, ChangeContext::now(AuditReason::Create)).ok());
        QVERIFY(tx.commit().ok());
    }
    Device changed = repo.findById(device.id).value();
    changed.primaryUser = QStringLiteral("Ørjan Lie");
    changed.model = QStringLiteral("ThinkPad T480s");
    Transaction tx(m_db->connection());
    ChangeContext context = ChangeContext::now(AuditReason::Edit);
    context.who = QStringLiteral("kari");
    Result<QList<DeviceField>> fields = repo.update(tx, changed, context);
    QVERIFY2(fields.ok(), qPrintable(fields.errorMessage()));
    QCOMPARE(fields.value(), (QList<DeviceField>{DeviceField::Model, DeviceField::PrimaryUser}));
    QVERIFY(tx.commit().ok());
    QCOMPARE(changed.version, 2);

    const QList<AuditEntry> history = AuditLog::forDevice(m_db->connection(), device.id).value();
    QCOMPARE(history.size(), 3); // created, model, primary_user
    QCOMPARE(history[0].field, QStringLiteral("created"));
    const AuditEntry& user = history[2].field == QLatin1String("primary_user") ? history[2] : history[1];
    QCOMPARE(user.oldValue, QStringLiteral("Åse Sørensen"));
    QCOMPARE(user.newValue, QStringLiteral("Ørjan Lie"));
    // On a server the audit's "who" is the signed-in database user, whatever the client names (issue 18).
    QString who = QStringLiteral("kari");
    if (test::TestRegister::onServer()) {
        Result<QSqlQuery> signedIn = runQuery(m_db->connection(), QStringLiteral("SELECT session_user"));
        QVERIFY(signedIn.ok() && signedIn.value().next());
        who = signedIn.value().value(0).toString();
        QVERIFY(who != QLatin1String("kari"));
    }
    QCOMPARE(user.who, who);
    QCOMPARE(user.reason, QStringLiteral("edit"));
}

void TestDeviceRepository::auditGoesWithRollback()
{
    DeviceRepository repo(m_db->connection());
    const qint64 auditBefore = AuditLog::count(m_db->connection()).value();
    {
        Transaction tx(m_db->connection());
        Device device = sampleDevice(tx);
        QVERIFY(repo.create(tx, device, ChangeContext::now(AuditReason::Create)).ok());
        QCOMPARE(AuditLog::count(m_db->connection()).value(), auditBefore + 1);
        // No commit: the guard rolls back the device and its audit row together.
    }
    QCOMPARE(repo.count().value(), 0);
    QCOMPARE(AuditLog::count(m_db->connection()).value(), auditBefore);
}

void TestDeviceRepository::conflictWhenChangedByOtherConnection()
{
    DeviceRepository repo(m_db->connection());
    Device device;
    {
        Transaction tx(m_db->connection());
        device = sampleDevice(tx);
        QVERIFY(repo.create(tx, device, ChangeContext::now(AuditReason::Create)).ok());
        QVERIFY(tx.commit().ok());
    }
    Device mine = repo.findById(device.id).value();

    // Someone else, in another instance on the same file, saves first.
    Result<std::unique_ptr<Database>> other = Database::open(m_db->path());
    QVERIFY(other.ok());
    {
        DeviceRepository theirRepo(other.value()->connection());
        Device theirs = theirRepo.findById(device.id).value();
        theirs.notes = QStringLiteral("Endret av en annen");
        Transaction tx(other.value()->connection());
        QVERIFY(theirRepo.update(tx, theirs, ChangeContext::now(AuditReason::Edit)).ok());
        QVERIFY(tx.commit().ok());
    }

    mine.primaryUser = QStringLiteral("Per Hansen");
    Transaction tx(m_db->connection());
    Result<QList<DeviceField>> result = repo.update(tx, mine, ChangeContext::now(AuditReason::Edit));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), Error::Code::Conflict);
    tx.rollback();
    const Device stored = repo.findById(device.id).value();
    QCOMPARE(stored.notes, QStringLiteral("Endret av en annen"));
    QCOMPARE(stored.primaryUser, QStringLiteral("Åse Sørensen"));

    // The user decided to overwrite: allowed explicitly, and audited.
    Transaction again(m_db->connection());
    QVERIFY(repo.overwrite(again, mine, ChangeContext::now(AuditReason::Edit)).ok());
    QVERIFY(again.commit().ok());
    QCOMPARE(repo.findById(device.id).value().primaryUser, QStringLiteral("Per Hansen"));
}

void TestDeviceRepository::refusesForbiddenTransition()
{
    DeviceRepository repo(m_db->connection());
    Transaction tx(m_db->connection());
    Device device = sampleDevice(tx);
    device.state = LifecycleState::Retired;
    QVERIFY(repo.create(tx, device, ChangeContext::now(AuditReason::Create)).ok());
    device.state = LifecycleState::InUse;
    Result<QList<DeviceField>> result = repo.update(tx, device, ChangeContext::now(AuditReason::Edit));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), Error::Code::Refused);
    QCOMPARE(repo.findById(device.id).value().state, LifecycleState::Retired);
}

void TestDeviceRepository::refusesDuplicateSerial()
{
    DeviceRepository repo(m_db->connection());
    Transaction tx(m_db->connection());
    Device first = sampleDevice(tx);
    QVERIFY(repo.create(tx, first, ChangeContext::now(AuditReason::Create)).ok());
    Device second = first;
    second.id = 0;
    second.hostname = QStringLiteral("MOL-L999");
    const Status result = repo.create(tx, second, ChangeContext::now(AuditReason::Create));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), Error::Code::Refused);
    QVERIFY(result.errorMessage().contains(QLatin1String("PF1ABC23")));
    QCOMPARE(repo.count().value(), 1);
}

void TestDeviceRepository::referenceEntitiesAreReused()
{
    ReferenceRepository refs(m_db->connection());
    Transaction tx(m_db->connection());
    const qint64 molde = refs.ensureMunicipality(tx, QStringLiteral("Molde")).value();
    QCOMPARE(refs.ensureMunicipality(tx, QStringLiteral(" Molde ")).value(), molde);
    const qint64 rauma = refs.ensureMunicipality(tx, QStringLiteral("Rauma")).value();
    QVERIFY(rauma != molde);
    // The same building name in two municipalities is two locations.
    const qint64 a = refs.ensureLocation(tx, molde, QStringLiteral("Rådhuset")).value();
    const qint64 b = refs.ensureLocation(tx, rauma, QStringLiteral("Rådhuset")).value();
    QVERIFY(a != b);
    QVERIFY(!refs.ensureLocation(tx, 0, QStringLiteral("Rådhuset")).ok());
    QCOMPARE(refs.ensureMunicipality(tx, QString()).value(), 0);
    QVERIFY(tx.commit().ok());
    QCOMPARE(refs.municipalities().value().size(), 2);
    QCOMPARE(refs.locations(molde).value().size(), 1);
}

// A row the database itself refuses for a key another row holds (a second writer got there first): on a server the
// message says so in the user's language and keeps the server's words, which name the key.
void TestDeviceRepository::duplicateKeyIsSaidPlainly()
{
    Transaction tx(m_db->connection());
    QVERIFY(tx.begin().ok());
    const QString insert = QStringLiteral("INSERT INTO device (serial, type, state, year_source, keep, version, "
                                          "created_at, updated_at) VALUES ('DUP-1', 1, 2, 0, 0, 1, 'x', 'x')");
    QVERIFY(runStatement(m_db->connection(), insert).ok());
    const Status again = runStatement(m_db->connection(), insert);
    QVERIFY(!again.ok());
    QVERIFY2(again.errorMessage().contains(QLatin1String("serial")), qPrintable(again.errorMessage()));
    if (test::TestRegister::onServer()) {
        QVERIFY2(again.errorMessage().contains(QLatin1String("already stored on another row")),
                 qPrintable(again.errorMessage()));
        QVERIFY2(again.errorMessage().contains(QLatin1String("DUP-1")), qPrintable(again.errorMessage()));
    }
}

// PostgreSQL's SQLSTATEs for what a person can act on get words of their own (Sql.cpp, serverErrorText).
void TestDeviceRepository::serverErrorsPeopleCanActOn()
{
    const QString diskFull = serverErrorText(QStringLiteral("53100"), QStringLiteral("could not extend file"));
    QVERIFY2(diskFull.contains(QLatin1String("disk is full")), qPrintable(diskFull));
    QCOMPARE(serverErrorText(QStringLiteral("25006"), QStringLiteral("cannot execute INSERT in a read-only "
                                                                     "transaction")),
             readOnlyRegisterText());
    QCOMPARE(serverErrorText(QStringLiteral("42P01"), QStringLiteral("relation does not exist")),
             QStringLiteral("relation does not exist"));
}

QTEST_GUILESS_MAIN(TestDeviceRepository)
#include "test_device_repository.moc"
