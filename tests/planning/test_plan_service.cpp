// Planning against a real database: the counted summary equals the device-level plan, saved plans, the
// procurement list (per department, election pool), progress and the drill-down.

#include "generate/FleetGenerator.h"
#include "planning/PlanCounter.h"
#include "planning/PlanRepository.h"
#include "planning/PlanService.h"
#include "reporting/Dashboard.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DeviceRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/Transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

namespace {

// Every figure of the plan summary a table, chart or report shows.
void compareSummaries(const PlanSummary& counted, const PlanSummary& expected)
{
    QCOMPARE(counted.collect, expected.collect);
    QCOMPARE(counted.needsData, expected.needsData);
    QCOMPARE(counted.kept, expected.kept);
    QCOMPARE(counted.excludedPlace, expected.excludedPlace);
    QCOMPARE(counted.excludedType, expected.excludedType);
    QCOMPARE(counted.beyondHorizon, expected.beyondHorizon);
    QCOMPARE(counted.unplaced, expected.unplaced);
    QCOMPARE(counted.rows.size(), expected.rows.size());
    for (qsizetype i = 0; i < expected.rows.size(); ++i) {
        const PlanRow& a = counted.rows[i];
        const PlanRow& b = expected.rows[i];
        const QByteArray where = (b.municipality + u' ' + QString::number(b.year)).toUtf8();
        QVERIFY2(a.municipality == b.municipality && a.year == b.year, where.constData());
        QVERIFY2(a.due == b.due && a.straight == b.straight && a.levelled == b.levelled, where.constData());
        QVERIFY2(a.overdueStraight == b.overdueStraight && a.overdueLevelled == b.overdueLevelled, where.constData());
        for (int t = 0; t < DeviceTypeCount; ++t) {
            QVERIFY2(a.types[t].demand == b.types[t].demand, where.constData());
            QVERIFY2(a.types[t].supply == b.types[t].supply, where.constData());
            QVERIFY2(a.types[t].toBuy == b.types[t].toBuy, where.constData());
        }
        QCOMPARE(a.cost, b.cost);
    }
}

} // namespace

class TestPlanService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void countedSummaryEqualsDeviceLevelPlan_data();
    void countedSummaryEqualsDeviceLevelPlan();
    void savedPlansRoundTrip();
    void currentSettingsAreSavedAndFollowTheCalendar();
    void procurementGroupsPerDepartmentWhereOrderedSo();
    void electionPoolReducesProcurementOnlyFromItsDate();
    void progressCountsReplacedThisYear();
    void drillDownGivesDevicesWithReasons();
    void procurementRefusesAYearOutsideThePlan();

private:
    qint64 addDevice(const QString& serial, DeviceType type, int productionYear, qint64 municipality, qint64 department,
                     LifecycleState state = LifecycleState::InUse, qint64 pool = 0, const QDate& replacedOn = {});
    void buildSmallRegister();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_molde = 0, m_rauma = 0, m_school = 0, m_health = 0, m_moldeCentral = 0, m_pool = 0;
};

void TestPlanService::init()
{
    QVERIFY(m_dir.isValid());
    Result<std::unique_ptr<Database>> db = Database::open(m_dir.filePath(QStringLiteral("plan.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db.value());
}

void TestPlanService::cleanup()
{
    m_db.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("plan.sqlite")));
}

qint64 TestPlanService::addDevice(const QString& serial, DeviceType type, int productionYear, qint64 municipality,
                                  qint64 department, LifecycleState state, qint64 pool, const QDate& replacedOn)
{
    Transaction tx(m_db->connection());
    Device device;
    device.serial = serial;
    device.type = type;
    device.productionYear = productionYear;
    device.municipalityId = municipality;
    device.departmentId = department;
    device.state = state;
    device.poolId = pool;
    device.replacedOn = replacedOn;
    device.lastSeen = QDateTime(QDate(2023, 1, 20), QTime(8, 0), Qt::UTC);
    DeviceRepository repository(m_db->connection());
    const Status created = repository.create(tx, device, ChangeContext::now(AuditReason::Create));
    if (!created || !tx.commit())
        qFatal("cannot add a test device: %s", qPrintable(created.errorMessage()));
    return device.id;
}

void TestPlanService::buildSmallRegister()
{
    Transaction tx(m_db->connection());
    ReferenceRepository references(m_db->connection());
    m_molde = references.ensureMunicipality(tx, QStringLiteral("Molde")).value();
    m_rauma = references.ensureMunicipality(tx, QStringLiteral("Rauma")).value();
    QVERIFY(references.setOrdersPerDepartment(tx, m_rauma, true).ok());
    m_school = references.ensureDepartment(tx, m_rauma, QStringLiteral("Åndalsnes skole")).value();
    m_health = references.ensureDepartment(tx, m_rauma, QStringLiteral("Helse og omsorg")).value();
    m_moldeCentral = references.ensureDepartment(tx, m_molde, QStringLiteral("Sentraladministrasjonen")).value();
    m_pool = references.ensurePool(tx, QStringLiteral("Valg 2023"), QDate(2023, 9, 12)).value();
    QVERIFY(tx.commit().ok());
    int n = 0;
    auto serial = [&n] {
        return QStringLiteral("TST%1").arg(++n, 5, 10, QLatin1Char('0'));
    };
    for (int i = 0; i < 3; ++i)
        addDevice(serial(), DeviceType::Laptop, 2016, m_molde, m_moldeCentral);
    for (int i = 0; i < 2; ++i)
        addDevice(serial(), DeviceType::Desktop, 2017, m_molde, m_moldeCentral);
    for (int i = 0; i < 4; ++i)
        addDevice(serial(), DeviceType::Laptop, 2017, m_rauma, m_school);
    for (int i = 0; i < 2; ++i)
        addDevice(serial(), DeviceType::Laptop, 2017, m_rauma, m_health);
    addDevice(serial(), DeviceType::Tablet, 2019, m_rauma, m_health);
    // The election pool: 3 laptops for Molde, available from 12 September 2023.
    for (int i = 0; i < 3; ++i)
        addDevice(serial(), DeviceType::Laptop, 2023, m_molde, m_moldeCentral, LifecycleState::InPool, m_pool);
}

void TestPlanService::countedSummaryEqualsDeviceLevelPlan_data()
{
    QTest::addColumn<bool>("levelled");
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("activityDays");
    QTest::addColumn<bool>("exclusions");
    QTest::addColumn<int>("laptopLifetime");
    QTest::addColumn<bool>("planPhones");
    QTest::newRow("straight, defaults") << false << 0 << 90 << false << 6 << false;
    QTest::newRow("levelled, defaults") << true << 0 << 90 << false << 6 << false;
    QTest::newRow("levelled with capacities") << true << 40 << 90 << false << 6 << false;
    QTest::newRow("straight with capacities") << false << 40 << 90 << false << 6 << false;
    QTest::newRow("levelled, lifetime 5, 30-day window, exclusions") << true << 0 << 30 << true << 5 << false;
    QTest::newRow("straight, exclusions and kept devices overlapping") << false << 0 << 90 << true << 6 << false;
    QTest::newRow("straight, phones planned, printers not") << false << 0 << 90 << false << 6 << true;
}

void TestPlanService::countedSummaryEqualsDeviceLevelPlan()
{
    QFETCH(bool, levelled);
    QFETCH(int, capacity);
    QFETCH(int, activityDays);
    QFETCH(bool, exclusions);
    QFETCH(int, laptopLifetime);
    QFETCH(bool, planPhones);
    GenerateOptions options;
    options.devices = 4000;
    options.seed = 11;
    options.asOf = QDate(2026, 11, 23);
    Result<GenerateSummary> generated = FleetGenerator::generate(*m_db, options);
    QVERIFY2(generated.ok(), qPrintable(generated.errorMessage()));

    PlanPolicy policy = PlanPolicy::defaults(options.asOf);
    policy.levelled = levelled;
    policy.activityDays = activityDays;
    policy.setLifetime(DeviceType::Laptop, laptopLifetime);
    policy.setStandard(DeviceType::Laptop, {QStringLiteral("Standard bærbar"), 11500});
    policy.setStandard(DeviceType::Desktop, {QStringLiteral("Standard stasjonær"), 9800});
    policy.setStandard(DeviceType::Tablet, {QStringLiteral("Nettbrett"), 5000});
    policy.setStandard(DeviceType::Phone, {QStringLiteral("Mobil"), 4000});
    if (planPhones) {
        policy.setExcluded(DeviceType::Phone, false);
        policy.setExcluded(DeviceType::Printer, true);
    }
    Result<QList<Municipality>> municipalities = ReferenceRepository(m_db->connection()).municipalities();
    QVERIFY(municipalities.ok() && !municipalities->isEmpty());
    for (const Municipality& municipality : municipalities.value()) {
        if (capacity > 0)
            policy.municipalities[municipality.id].capacity = capacity;
    }
    if (exclusions) {
        Result<QList<MunicipalUnit>> locations = ReferenceRepository(m_db->connection()).locations();
        Result<QList<MunicipalUnit>> departments = ReferenceRepository(m_db->connection()).departments();
        policy.excludedLocations = {locations->constFirst().id};
        policy.excludedDepartments = {departments->constLast().id};
        // One row plans the kept devices too; the other also excludes devices without a location (id 0) and
        // leaves kept devices out, so a device both kept and at an excluded place must be counted once, as kept.
        policy.excludeKept = laptopLifetime == 6;
        if (policy.excludeKept) {
            policy.excludedLocations.insert(0);
            QSqlQuery setUp(m_db->connection());
            QVERIFY(setUp.exec(QStringLiteral("UPDATE device SET location_id = NULL WHERE id % 17 = 0")));
            QVERIFY(setUp.exec(
                QStringLiteral(
                    "UPDATE device SET keep = 1 WHERE id % 5 = 0 AND (location_id IS NULL OR location_id = %1)")
                    .arg(locations->constFirst().id)));
            QVERIFY(setUp.numRowsAffected() > 10);
        }
    }

    PlanService service(*m_db);
    Result<PlanResult> full = service.compute(policy);
    QVERIFY2(full.ok(), qPrintable(full.errorMessage()));
    const PlanSummary expected = PlanService::summarise(full.value());
    Result<PlanSummary> counted = PlanCounter::summarise(*m_db, policy);
    QVERIFY2(counted.ok(), qPrintable(counted.errorMessage()));

    // The same summary when a status load has just counted the devices in use (the Status page's refresh).
    Result<Dashboard> dashboard = Dashboard::load(m_db->connection(), options.asOf, activityDays);
    QVERIFY2(dashboard.ok(), qPrintable(dashboard.errorMessage()));
    QVERIFY(dashboard->inUse.has_value());
    qint64 censusTotal = 0;
    for (const InUseCensus::Cell& cell : dashboard->inUse->cells)
        censusTotal += cell.count;
    QSqlQuery inUse(m_db->connection());
    QVERIFY(inUse.exec(QStringLiteral("SELECT COUNT(*) FROM device WHERE state = 2")) && inUse.next());
    QCOMPARE(censusTotal, inUse.value(0).toLongLong());
    Result<PlanSummary> shared = service.summary(policy, &*dashboard->inUse);
    QVERIFY2(shared.ok(), qPrintable(shared.errorMessage()));
    DeviceFilter laptops;
    laptops.types = {DeviceType::Laptop};
    Result<Dashboard> filtered = Dashboard::load(m_db->connection(), options.asOf, activityDays, laptops);
    QVERIFY(filtered.ok());
    QVERIFY(!filtered->inUse.has_value()); // a filtered count is not the fleet's

    for (const PlanSummary* summary : {&counted.value(), &shared.value()}) {
        compareSummaries(*summary, expected);
        if (QTest::currentTestFailed())
            return;
    }
    qint64 planned = 0;
    for (const PlanRow& row : expected.rows)
        planned += row.demand;
    QVERIFY(planned > 100); // the comparison covered a real plan
    QVERIFY(expected.collect > 0);
    // The generated fleet holds phones and servers: left out by default, counted apart, never bought.
    QVERIFY(expected.excludedType > 10);
    qint64 phonesToBuy = 0;
    for (const PlanRow& row : expected.rows)
        phonesToBuy += row.types[int(DeviceType::Phone)].toBuy;
    QCOMPARE(phonesToBuy > 0, planPhones);
    if (exclusions)
        QVERIFY(expected.excludedPlace > 0);
    if (policy.excludeKept && exclusions)
        QVERIFY(expected.kept > 10);
    if (capacity > 0)
        QVERIFY(
            std::any_of(expected.rows.cbegin(), expected.rows.cend(), [](const PlanRow& r) { return r.overdue > 0; }));
}

void TestPlanService::savedPlansRoundTrip()
{
    PlanRepository plans(m_db->connection());
    PlanPolicy policy = PlanPolicy::defaults(QDate(2023, 1, 25));
    policy.levelled = true;
    policy.setLifetime(DeviceType::Laptop, 5);
    {
        Transaction tx(m_db->connection());
        QVERIFY(plans.save(tx, QStringLiteral("Levetid 5 år"), policy).ok());
        QVERIFY(plans.save(tx, QStringLiteral("Standard"), PlanPolicy::defaults(QDate(2023, 1, 25))).ok());
        QCOMPARE(plans.save(tx, QStringLiteral("  "), policy).error().code(), Error::Code::Invalid);
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(plans.names().value(), QStringList({QStringLiteral("Levetid 5 år"), QStringLiteral("Standard")}));
    Result<PlanPolicy> loaded = plans.load(QStringLiteral("Levetid 5 år"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.value(), policy);
    policy.years = 8;
    {
        Transaction tx(m_db->connection());
        QVERIFY(plans.save(tx, QStringLiteral("Levetid 5 år"), policy).ok()); // overwrites
        QVERIFY(plans.remove(tx, QStringLiteral("Standard")).ok());
        QCOMPARE(plans.remove(tx, QStringLiteral("Standard")).error().code(), Error::Code::NotFound);
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(plans.load(QStringLiteral("Levetid 5 år")).value().years, 8);
    QCOMPARE(plans.load(QStringLiteral("Standard")).error().code(), Error::Code::NotFound);
    QCOMPARE(plans.names().value().size(), 1);
}

void TestPlanService::currentSettingsAreSavedAndFollowTheCalendar()
{
    const QDate saveDay(2023, 1, 25);
    PlanRepository plans(m_db->connection());
    Result<PlanPolicy> nothingSaved = plans.current(saveDay);
    QVERIFY(nothingSaved.ok());
    QCOMPARE(nothingSaved.value(), PlanPolicy::defaults(saveDay));

    PlanPolicy policy = PlanPolicy::defaults(saveDay);
    policy.setLifetime(DeviceType::Laptop, 5);
    policy.setStandard(DeviceType::Laptop, {QStringLiteral("Dell Latitude 5450"), 11500});
    policy.excludedLocations = {7};
    QVERIFY(plans.saveCurrent(policy, saveDay).ok());
    // Read back through another connection's eyes: a fresh repository, as after a restart.
    QCOMPARE(PlanRepository(m_db->connection()).current(saveDay).value(), policy);
    QVERIFY(plans.names().value().isEmpty()); // not one of the named plans

    // On a later day the status date was "today" when saved: it follows the calendar, the rest stays.
    const PlanPolicy nextYear = plans.current(QDate(2024, 1, 10)).value();
    QCOMPARE(nextYear.statusDate, QDate(2024, 1, 10));
    QCOMPARE(nextYear.firstYear, 2024);
    QCOMPARE(nextYear.standard(DeviceType::Laptop).unitPrice, 11500.0);
    QCOMPARE(nextYear.lifetime(DeviceType::Laptop), 5);

    // A status date chosen on purpose is kept.
    policy.statusDate = QDate(2022, 12, 31);
    QVERIFY(plans.saveCurrent(policy, saveDay).ok());
    QCOMPARE(plans.current(QDate(2024, 1, 10)).value().statusDate, QDate(2022, 12, 31));

    PlanPolicy invalid = policy;
    invalid.years = 0;
    QCOMPARE(plans.saveCurrent(invalid, saveDay).error().code(), Error::Code::Invalid);
    QCOMPARE(plans.current(saveDay).value(), policy); // the refused edit changed nothing
}

void TestPlanService::procurementGroupsPerDepartmentWhereOrderedSo()
{
    buildSmallRegister();
    PlanPolicy policy = PlanPolicy::defaults(QDate(2023, 1, 25));
    policy.setStandard(DeviceType::Laptop, {QStringLiteral("Bærbar «standard»"), 11500});
    policy.setStandard(DeviceType::Desktop, {QStringLiteral("Stasjonær"), 9000});
    PlanService service(*m_db);
    Result<ProcurementList> list = service.procurement(policy, 2023);
    QVERIFY2(list.ok(), qPrintable(list.errorMessage()));
    // Molde as a whole: laptops 3 (the pool comes only from September but counts in 2023), desktops 2.
    // Rauma per department, departments in name order: Helse og omsorg (2 laptops and a 2019 tablet, 2019 + 4),
    // Åndalsnes skole (4 laptops). No standard tablet price is set: the tablet line costs nothing.
    QList<QStringList> lines;
    for (const ProcurementLine& line : list->lines)
        lines.append({line.municipality, line.department, deviceTypeKey(line.type), QString::number(line.needed),
                      QString::number(line.quantity)});
    const QList<QStringList> expected = {
        {QStringLiteral("Molde"), QString(), QStringLiteral("desktop"), QStringLiteral("2"), QStringLiteral("2")},
        {QStringLiteral("Molde"), QString(), QStringLiteral("laptop"), QStringLiteral("3"), QStringLiteral("0")},
        {QStringLiteral("Rauma"), QStringLiteral("Helse og omsorg"), QStringLiteral("laptop"), QStringLiteral("2"),
         QStringLiteral("2")},
        {QStringLiteral("Rauma"), QStringLiteral("Helse og omsorg"), QStringLiteral("tablet"), QStringLiteral("1"),
         QStringLiteral("1")},
        {QStringLiteral("Rauma"), QStringLiteral("Åndalsnes skole"), QStringLiteral("laptop"), QStringLiteral("4"),
         QStringLiteral("4")},
    };
    QCOMPARE(lines, expected);
    QCOMPARE(list->subtotals.size(), 2);
    QCOMPARE(list->subtotals[0].total, 2 * 9000.0);
    QCOMPARE(list->subtotals[1].quantity, 7);
    QCOMPARE(list->totalQuantity, 9);
    QCOMPARE(list->totalAmount, 2 * 9000.0 + 6 * 11500.0);

    // The policy can override the register: Molde per department too.
    policy.municipalities[m_molde].ordersPerDepartment = true;
    Result<ProcurementList> perDepartment = service.procurement(policy, 2023);
    QCOMPARE(perDepartment->lines.constFirst().department, QStringLiteral("Sentraladministrasjonen"));
}

void TestPlanService::electionPoolReducesProcurementOnlyFromItsDate()
{
    buildSmallRegister();
    PlanPolicy policy = PlanPolicy::defaults(QDate(2022, 3, 1));
    policy.activityDays = 400; // the devices were last seen in January 2023
    PlanService service(*m_db);
    // 2022: Molde's 3 laptops produced 2016 are due (2016 + 6); the pool is not there until 12.09.2023.
    Result<ProcurementList> before = service.procurement(policy, 2022);
    QVERIFY2(before.ok(), qPrintable(before.errorMessage()));
    const auto moldeLaptops = [&](const ProcurementList& list) {
        for (const ProcurementLine& line : list.lines) {
            if (line.municipalityId == m_molde && line.type == DeviceType::Laptop)
                return std::pair(line.needed, line.quantity);
        }
        return std::pair(qint64(-1), qint64(-1));
    };
    QCOMPARE(moldeLaptops(before.value()), std::pair(qint64(3), qint64(3)));
    Result<PlanSummary> summary = service.summary(policy);
    const PlanRow& y2022 = summary->rows[0];
    QCOMPARE(y2022.municipality, QStringLiteral("Molde"));
    QCOMPARE(y2022.supply, 0);
    const PlanRow& y2023 = summary->rows[1];
    QCOMPARE(y2023.year, 2023);
    QCOMPARE(y2023.supply, 3);

    // Pool laptops for 2023: Molde has none due in 2023 except via the desktops, so move the plan a year on.
    PlanPolicy later = PlanPolicy::defaults(QDate(2023, 1, 25));
    later.firstYear = 2022;
    later.activityDays = 400;
    later.setLifetime(DeviceType::Laptop, 7); // 2016 + 7 = 2023: due the year the pool arrives
    Result<ProcurementList> after = service.procurement(later, 2023);
    QCOMPARE(moldeLaptops(after.value()), std::pair(qint64(3), qint64(0)));
}

void TestPlanService::progressCountsReplacedThisYear()
{
    buildSmallRegister();
    addDevice(QStringLiteral("OLD1"), DeviceType::Laptop, 2016, m_molde, m_moldeCentral, LifecycleState::Replaced, 0,
              QDate(2023, 3, 2));
    addDevice(QStringLiteral("OLD2"), DeviceType::Laptop, 2016, m_molde, m_moldeCentral, LifecycleState::Replaced, 0,
              QDate(2022, 12, 30));
    PlanService service(*m_db);
    Result<QList<ProgressRow>> progress = service.progress(PlanPolicy::defaults(QDate(2023, 1, 25)), 2023);
    QVERIFY2(progress.ok(), qPrintable(progress.errorMessage()));
    QCOMPARE(progress->size(), 2);
    QCOMPARE(progress->at(0).municipality, QStringLiteral("Molde"));
    QCOMPARE(progress->at(0).replaced, 1);
    QCOMPARE(progress->at(0).remaining, 5);
    QCOMPARE(progress->at(0).planned(), 6);
    QCOMPARE(progress->at(1).replaced, 0);
    QCOMPARE(progress->at(1).remaining, 7);
}

void TestPlanService::drillDownGivesDevicesWithReasons()
{
    buildSmallRegister();
    PlanPolicy policy = PlanPolicy::defaults(QDate(2023, 1, 25));
    PlanService service(*m_db);
    Result<PlanResult> plan = service.compute(policy);
    QVERIFY(plan.ok());
    Result<QList<PlanService::DeviceEntry>> devices = service.devices(plan.value(), m_molde, 2023);
    QVERIFY2(devices.ok(), qPrintable(devices.errorMessage()));
    QCOMPARE(devices->size(), 5);
    QCOMPARE(devices->constFirst().device.productionYear, 2016); // plan order: oldest first
    QCOMPARE(devices->constFirst().device.department, QStringLiteral("Sentraladministrasjonen"));
    QVERIFY(devices->constFirst().reason.contains(QStringLiteral("2016")));
    QVERIFY(!devices->constFirst().device.serial.isEmpty());
    Result<QList<PlanService::DeviceEntry>> everyone = service.devices(plan.value(), -1, 0);
    QCOMPARE(everyone->size(), 12);
    Result<QList<PlanService::DeviceEntry>> pool = service.devices(plan.value(), m_molde, 0, PlanStatus::Collect);
    QCOMPARE(pool->size(), 0); // pool devices are supply, not in the plan's scope
}

void TestPlanService::procurementRefusesAYearOutsideThePlan()
{
    PlanService service(*m_db);
    Result<ProcurementList> list = service.procurement(PlanPolicy::defaults(QDate(2023, 1, 25)), 2031);
    QVERIFY(!list.ok());
    QVERIFY(list.errorMessage().contains(QStringLiteral("2031")));
}

QTEST_GUILESS_MAIN(TestPlanService)
#include "test_plan_service.moc"
