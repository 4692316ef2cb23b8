// The planning rules of issue 5 as pure functions, on hand-computed cases.

#include "planning/Planner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace rullering;

Q_DECLARE_METATYPE(PlanItem)

namespace {

const QDate StatusDate(2023, 1, 25);

qint64 seen(const QDate& date, int hour = 8)
{
    return QDateTime(date, QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

PlanItem device(qint64 id, int productionYear, DeviceType type = DeviceType::Laptop, qint64 municipality = 1,
                qint64 lastSeen = seen(QDate(2023, 1, 20)))
{
    PlanItem item;
    item.id = id;
    item.serial = QStringLiteral("SN%1").arg(id, 6, 10, QLatin1Char('0'));
    item.municipalityId = municipality;
    item.departmentId = 10 * municipality;
    item.locationId = 100 * municipality;
    item.type = type;
    item.productionYear = productionYear;
    item.lastSeen = lastSeen;
    return item;
}

PlanInput input(std::vector<PlanItem> items)
{
    PlanInput in;
    in.items = std::move(items);
    in.municipalities = {{1, QStringLiteral("Molde"), false}, {2, QStringLiteral("Rauma"), true}};
    return in;
}

PlanPolicy policy(int years = 3)
{
    PlanPolicy p = PlanPolicy::defaults(StatusDate);
    p.years = years;
    return p;
}

const PlanRow& row(const PlanResult& result, qint64 municipality, int year)
{
    const qsizetype index = result.rowIndex(municipality, year);
    Q_ASSERT(index >= 0);
    return result.rows[index];
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private slots:
    void allocation_data();
    void allocation();
    void dueYear_data();
    void dueYear();
    void producedUpTo2017AllDueIn2023();
    void levellingExamplePullsTheSoonestDueForward();
    void tieBreakOrder();
    void capacityOverflowIsShownAsOverdue();
    void capacityAtTheHorizonLeavesDevicesUnplaced();
    void scope_data();
    void scope();
    void beyondHorizonIsCountedNotPlanned();
    void electionPoolCountsFromItsYear();
    void stockCountsAtOnceAndSurplusCarries();
    void supplyIsMatchedPerType();
    void costIsToBuyTimesUnitPrice();
    void rowsForEveryMunicipalityAndYear();
    void reasons();
    void policyJsonRoundTrip();
    void policyJsonRefusesBadValues();
    void phonesAndServersAreLeftOutByDefault();
    void aPolicyMayPlanPhones();
    void policyJsonKeepsTheTypesLeftOut();
};

void TestPlanner::allocation_data()
{
    QTest::addColumn<QList<qint64>>("due");
    QTest::addColumn<qint64>("capacity");
    QTest::addColumn<bool>("levelled");
    QTest::addColumn<QList<qint64>>("planned");
    QTest::addColumn<QList<qint64>>("overdue");
    using L = QList<qint64>;
    QTest::newRow("straight plan: every device in its due year")
        << L{100, 400, 400} << 0LL << false << L{100, 400, 400} << L{0, 0, 0};
    QTest::newRow("levelling example 100/400/400 gives 300 a year")
        << L{100, 400, 400} << 0LL << true << L{300, 300, 300} << L{0, 0, 0};
    QTest::newRow("a late bulge is spread from the first year")
        << L{0, 0, 600} << 0LL << true << L{200, 200, 200} << L{0, 0, 0};
    QTest::newRow("a front bulge stays: nothing may be late")
        << L{600, 0, 0} << 0LL << true << L{600, 0, 0} << L{0, 0, 0};
    QTest::newRow("the rate rounds up: ceil(4/3) = 2") << L{1, 1, 2} << 0LL << true << L{2, 1, 1} << L{0, 0, 0};
    QTest::newRow("levelling decides each year anew")
        << L{300, 0, 0, 400} << 0LL << true << L{300, 134, 133, 133} << L{0, 0, 0, 0};
    QTest::newRow("nothing due, nothing planned") << L{0, 0, 0} << 0LL << true << L{0, 0, 0} << L{0, 0, 0};
    QTest::newRow("straight with capacity carries the overflow as overdue")
        << L{500, 100, 0} << 300LL << false << L{300, 300, 0} << L{200, 0, 0};
    QTest::newRow("straight with capacity: overdue until the backlog is gone")
        << L{900, 0, 0} << 300LL << false << L{300, 300, 300} << L{600, 300, 0};
    QTest::newRow("levelled with capacity never takes more than it")
        << L{100, 400, 400} << 250LL << true << L{250, 250, 250} << L{0, 0, 150};
    QTest::newRow("capacity above the need changes nothing")
        << L{100, 400, 400} << 1000LL << true << L{300, 300, 300} << L{0, 0, 0};
}

void TestPlanner::allocation()
{
    QFETCH(QList<qint64>, due);
    QFETCH(qint64, capacity);
    QFETCH(bool, levelled);
    QFETCH(QList<qint64>, planned);
    QFETCH(QList<qint64>, overdue);
    const YearAllocation result = levelled ? Planner::levelled(due, capacity) : Planner::straight(due, capacity);
    QCOMPARE(result.planned, planned);
    QCOMPARE(result.overdue, overdue);
}

void TestPlanner::dueYear_data()
{
    QTest::addColumn<DeviceType>("type");
    QTest::addColumn<int>("productionYear");
    QTest::addColumn<int>("firstYear");
    QTest::addColumn<int>("due");
    QTest::newRow("laptop 2017 + 6 = 2023") << DeviceType::Laptop << 2017 << 2023 << 2023;
    QTest::newRow("desktop 2012 is overdue: first year") << DeviceType::Desktop << 2012 << 2023 << 2023;
    QTest::newRow("laptop 2018 is due 2024") << DeviceType::Laptop << 2018 << 2023 << 2024;
    QTest::newRow("tablet lives 4 years: 2020 + 4") << DeviceType::Tablet << 2020 << 2023 << 2024;
    QTest::newRow("printer lives 8 years: 2016 + 8") << DeviceType::Printer << 2016 << 2023 << 2024;
    QTest::newRow("other lives 6 years") << DeviceType::Other << 2019 << 2023 << 2025;
}

void TestPlanner::dueYear()
{
    QFETCH(DeviceType, type);
    QFETCH(int, productionYear);
    QFETCH(int, firstYear);
    QFETCH(int, due);
    PlanPolicy p = policy();
    p.firstYear = firstYear;
    QCOMPARE(p.dueYear(type, productionYear), due);
}

void TestPlanner::producedUpTo2017AllDueIn2023()
{
    std::vector<PlanItem> items;
    qint64 id = 0;
    for (int year : {2009, 2013, 2016, 2017})
        items.push_back(device(++id, year, DeviceType::Desktop));
    for (int year : {2015, 2017})
        items.push_back(device(++id, year, DeviceType::Laptop));
    items.push_back(device(++id, 2018, DeviceType::Laptop));
    const PlanInput in = input(items);
    const PlanResult result = Planner::compute(in, policy());
    for (size_t i = 0; i + 1 < items.size(); ++i) {
        QCOMPARE(result.placements[i].status, PlanStatus::Planned);
        QCOMPARE(int(result.placements[i].straightYear), 2023);
    }
    QCOMPARE(int(result.placements.back().straightYear), 2024);
    QCOMPARE(row(result, 1, 2023).straight, 6);
    QCOMPARE(row(result, 1, 2023).due, 6);
    QCOMPARE(row(result, 1, 2024).straight, 1);
}

void TestPlanner::levellingExamplePullsTheSoonestDueForward()
{
    // 100 due in 2023 (produced 2017), 400 in 2024 (2018), 400 in 2025 (2019). The 2024 devices seen least
    // recently are pulled forward first.
    std::vector<PlanItem> items;
    qint64 id = 0;
    for (int i = 0; i < 100; ++i)
        items.push_back(device(++id, 2017));
    for (int i = 0; i < 400; ++i)
        items.push_back(device(++id, 2018, DeviceType::Laptop, 1, seen(QDate(2022, 11, 1).addDays(i % 80), 9)));
    for (int i = 0; i < 400; ++i)
        items.push_back(device(++id, 2019));
    PlanPolicy p = policy();
    p.levelled = true;
    const PlanResult result = Planner::compute(input(items), p);
    QCOMPARE(row(result, 1, 2023).levelled, 300);
    QCOMPARE(row(result, 1, 2024).levelled, 300);
    QCOMPARE(row(result, 1, 2025).levelled, 300);
    QCOMPARE(row(result, 1, 2023).straight, 100);
    QCOMPARE(row(result, 1, 2024).straight, 400);

    int due2023In2023 = 0, due2024In2023 = 0, due2025In2023 = 0;
    qint64 latestPulled = 0, earliestLeft = LLONG_MAX;
    for (size_t i = 0; i < items.size(); ++i) {
        const PlanPlacement& placement = result.placements[i];
        if (placement.levelledYear == 2023) {
            due2023In2023 += placement.dueYear == 2023;
            due2024In2023 += placement.dueYear == 2024;
            due2025In2023 += placement.dueYear == 2025;
            if (placement.dueYear == 2024)
                latestPulled = std::max(latestPulled, items[i].lastSeen);
        } else if (placement.dueYear == 2024) {
            earliestLeft = std::min(earliestLeft, items[i].lastSeen);
        }
    }
    QCOMPARE(due2023In2023, 100);
    QCOMPARE(due2024In2023, 200);
    QCOMPARE(due2025In2023, 0);
    QVERIFY2(latestPulled <= earliestLeft, "the least recently seen of 2024's devices go first");
}

void TestPlanner::tieBreakOrder()
{
    // Capacity 1 a year over devices all due in 2023: the order is production year, then last seen, then serial.
    std::vector<PlanItem> items = {
        device(1, 2016, DeviceType::Laptop, 1, seen(QDate(2023, 1, 10))), // production year 2016: third
        device(2, 2014, DeviceType::Laptop, 1, seen(QDate(2023, 1, 20))), // oldest: first
        device(3, 2016, DeviceType::Laptop, 1, seen(QDate(2023, 1, 5))),  // same year, seen earlier: second
        device(4, 2016, DeviceType::Laptop, 1, seen(QDate(2023, 1, 10))), // ties with 1: the serial decides
    };
    items[3].serial = QStringLiteral("SN000000"); // before device 1's SN000001
    PlanPolicy p = policy(5);
    p.municipalities[1].capacity = 1;
    const PlanResult result = Planner::compute(input(items), p);
    QCOMPARE(int(result.placements[1].straightYear), 2023);
    QCOMPARE(int(result.placements[2].straightYear), 2024);
    QCOMPARE(int(result.placements[3].straightYear), 2025);
    QCOMPARE(int(result.placements[0].straightYear), 2026);
}

void TestPlanner::capacityOverflowIsShownAsOverdue()
{
    std::vector<PlanItem> items;
    for (int i = 1; i <= 5; ++i)
        items.push_back(device(i, 2015));
    items.push_back(device(6, 2018));
    PlanPolicy p = policy();
    p.municipalities[1].capacity = 2;
    const PlanResult result = Planner::compute(input(items), p);
    QCOMPARE(row(result, 1, 2023).straight, 2);
    QCOMPARE(row(result, 1, 2023).overdue, 3);
    QCOMPARE(row(result, 1, 2024).straight, 2);
    QCOMPARE(row(result, 1, 2024).overdue, 2); // one of 2023's and the 2024 device wait
    QCOMPARE(row(result, 1, 2025).straight, 2);
    QCOMPARE(row(result, 1, 2025).overdue, 0);
    int carried = 0;
    for (const PlanPlacement& placement : result.placements)
        carried += placement.straightYear > placement.dueYear;
    QCOMPARE(carried, 4);
    QCOMPARE(result.unplaced, 0);
}

void TestPlanner::capacityAtTheHorizonLeavesDevicesUnplaced()
{
    std::vector<PlanItem> items;
    for (int i = 1; i <= 5; ++i)
        items.push_back(device(i, 2010));
    PlanPolicy p = policy(2);
    p.municipalities[1].capacity = 2;
    const PlanResult result = Planner::compute(input(items), p);
    QCOMPARE(result.unplaced, 1);
    QCOMPARE(row(result, 1, 2024).overdue, 1);
    QCOMPARE(result.placements[4].status, PlanStatus::Unplaced); // ids in order: the last one waits
}

void TestPlanner::scope_data()
{
    QTest::addColumn<PlanItem>("item");
    QTest::addColumn<int>("status");
    const qint64 cutoffDay = seen(StatusDate.addDays(-90), 0);
    PlanItem inactive = device(1, 2017, DeviceType::Laptop, 1, seen(StatusDate.addDays(-100)));
    QTest::newRow("not seen for 100 days with a 90-day window: collect") << inactive << int(PlanStatus::Collect);
    PlanItem active = device(1, 2017, DeviceType::Laptop, 1, seen(StatusDate.addDays(-89)));
    QTest::newRow("seen 89 days ago: planned") << active << int(PlanStatus::Planned);
    PlanItem atCutoff = device(1, 2017, DeviceType::Laptop, 1, cutoffDay);
    QTest::newRow("seen at the start of the window: planned") << atCutoff << int(PlanStatus::Planned);
    PlanItem never = device(1, 2017, DeviceType::Laptop, 1, 0);
    QTest::newRow("never seen: collect") << never << int(PlanStatus::Collect);
    PlanItem noYear = device(1, 0);
    QTest::newRow("no production year: needs data") << noYear << int(PlanStatus::NeedsData);
    PlanItem noYearInactive = device(1, 0, DeviceType::Laptop, 1, 0);
    QTest::newRow("inactive and no year: collect first") << noYearInactive << int(PlanStatus::Collect);
    PlanItem kept = device(1, 2010);
    kept.keep = true;
    QTest::newRow("flagged keep: kept") << kept << int(PlanStatus::Kept);
    PlanItem atExcludedLocation = device(1, 2010);
    atExcludedLocation.locationId = 777;
    QTest::newRow("at an excluded location: excluded") << atExcludedLocation << int(PlanStatus::ExcludedPlace);
    PlanItem inExcludedDepartment = device(1, 2010);
    inExcludedDepartment.departmentId = 888;
    QTest::newRow("in an excluded department: excluded") << inExcludedDepartment << int(PlanStatus::ExcludedPlace);
    QTest::newRow("a phone: not planned by default")
        << device(1, 2017, DeviceType::Phone) << int(PlanStatus::ExcludedType);
    QTest::newRow("a server: not planned by default")
        << device(1, 2010, DeviceType::Server) << int(PlanStatus::ExcludedType);
    PlanItem keptPhone = device(1, 2010, DeviceType::Phone, 1, 0);
    keptPhone.keep = true;
    QTest::newRow("a kept, inactive phone: its type first") << keptPhone << int(PlanStatus::ExcludedType);
}

void TestPlanner::scope()
{
    QFETCH(PlanItem, item);
    QFETCH(int, status);
    PlanPolicy p = policy();
    p.excludedLocations = {777};
    p.excludedDepartments = {888};
    const PlanResult result = Planner::compute(input({item}), p);
    QCOMPARE(int(result.placements[0].status), status);
    QCOMPARE(result.collect.size(), status == int(PlanStatus::Collect) ? 1 : 0);
    QCOMPARE(result.needsData.size(), status == int(PlanStatus::NeedsData) ? 1 : 0);
    QCOMPARE(result.kept, status == int(PlanStatus::Kept) ? 1 : 0);
    QCOMPARE(result.excludedPlace, status == int(PlanStatus::ExcludedPlace) ? 1 : 0);
    QCOMPARE(result.excludedType, status == int(PlanStatus::ExcludedType) ? 1 : 0);
    QCOMPARE(row(result, 1, 2023).straight, status == int(PlanStatus::Planned) ? 1 : 0);
}

void TestPlanner::beyondHorizonIsCountedNotPlanned()
{
    const PlanResult result = Planner::compute(input({device(1, 2021), device(2, 2017)}), policy());
    QCOMPARE(result.placements[0].status, PlanStatus::BeyondHorizon);
    QCOMPARE(result.beyondHorizon, 1);
    QCOMPARE(row(result, 1, 2023).straight, 1);
}

void TestPlanner::electionPoolCountsFromItsYear()
{
    // 10 laptops due each year; an election pool of 4 laptops available from 12 September 2024.
    std::vector<PlanItem> items;
    qint64 id = 0;
    for (int year : {2017, 2018, 2019})
        for (int i = 0; i < 10; ++i)
            items.push_back(device(++id, year));
    PlanInput in = input(items);
    in.supply = {{1, DeviceType::Laptop, false, QDate(2024, 9, 12), 4}};
    const PlanResult result = Planner::compute(in, policy());
    QCOMPARE(row(result, 1, 2023).supply, 0);
    QCOMPARE(row(result, 1, 2023).toBuy, 10);
    QCOMPARE(row(result, 1, 2024).supply, 4);
    QCOMPARE(row(result, 1, 2024).toBuy, 6);
    QCOMPARE(row(result, 1, 2025).toBuy, 10);

    in.supply = {{1, DeviceType::Laptop, false, QDate(), 4}};
    const PlanResult undated = Planner::compute(in, policy());
    QCOMPARE(row(undated, 1, 2024).toBuy, 10); // a pool without a date is no supply
}

void TestPlanner::stockCountsAtOnceAndSurplusCarries()
{
    std::vector<PlanItem> items = {device(1, 2017), device(2, 2018), device(3, 2018), device(4, 2019)};
    PlanInput in = input(items);
    in.supply = {{1, DeviceType::Laptop, true, QDate(), 2}};
    const PlanResult result = Planner::compute(in, policy());
    QCOMPARE(row(result, 1, 2023).supply, 2);
    QCOMPARE(row(result, 1, 2023).toBuy, 0);
    QCOMPARE(row(result, 1, 2024).supply, 1); // the one left over
    QCOMPARE(row(result, 1, 2024).toBuy, 1);
    QCOMPARE(row(result, 1, 2025).supply, 0);
    QCOMPARE(row(result, 1, 2025).toBuy, 1);
}

void TestPlanner::supplyIsMatchedPerType()
{
    PlanInput in = input({device(1, 2017, DeviceType::Desktop), device(2, 2017, DeviceType::Laptop)});
    in.supply = {{1, DeviceType::Laptop, true, QDate(), 5}};
    const PlanResult result = Planner::compute(in, policy());
    const PlanRow& r = row(result, 1, 2023);
    QCOMPARE(r.types[int(DeviceType::Desktop)].toBuy, 1);
    QCOMPARE(r.types[int(DeviceType::Laptop)].toBuy, 0);
    QCOMPARE(r.toBuy, 1);
}

void TestPlanner::costIsToBuyTimesUnitPrice()
{
    PlanPolicy p = policy();
    p.setStandard(DeviceType::Laptop, {QStringLiteral("Bærbar standard"), 11500});
    p.setStandard(DeviceType::Desktop, {QStringLiteral("Stasjonær standard"), 9800.5});
    PlanInput in = input({device(1, 2017), device(2, 2016), device(3, 2017, DeviceType::Desktop)});
    in.supply = {{1, DeviceType::Laptop, true, QDate(), 1}};
    const PlanResult result = Planner::compute(in, p);
    QCOMPARE(row(result, 1, 2023).cost, 11500.0 + 9800.5);
}

void TestPlanner::rowsForEveryMunicipalityAndYear()
{
    const PlanResult result = Planner::compute(input({device(1, 2017, DeviceType::Laptop, 2)}), policy(4));
    QCOMPARE(result.rows.size(), 8); // Molde has no devices but still has its rows
    QCOMPARE(result.rows[0].municipality, QStringLiteral("Molde"));
    QCOMPARE(result.rows[4].municipality, QStringLiteral("Rauma"));
    QCOMPARE(result.rows[4].year, 2023);
    QCOMPARE(result.rows[7].year, 2026);
}

void TestPlanner::reasons()
{
    std::vector<PlanItem> items = {device(1, 2012), device(2, 2018), device(3, 2017)};
    PlanPolicy p = policy();
    p.levelled = true;
    const PlanInput in = input(items);
    const PlanResult result = Planner::compute(in, p);
    QVERIFY(Planner::reason(in.items[0], result.placements[0], p).contains(QStringLiteral("overdue already")));
    // 1 due 2023 + 1 due 2023 + 1 due 2024: rate max(2, ceil(3/2)) = 2, nothing pulled.
    QVERIFY(Planner::reason(in.items[2], result.placements[2], p).contains(QStringLiteral("due 2023")));
    PlanItem inactive = device(9, 2017, DeviceType::Laptop, 1, seen(QDate(2022, 6, 1)));
    const PlanResult collect = Planner::compute(input({inactive}), p);
    QVERIFY(Planner::reason(inactive, collect.placements[0], p).contains(QStringLiteral("2022-06-01")));

    std::vector<PlanItem> pulled = {device(1, 2019), device(2, 2019), device(3, 2019)};
    const PlanInput pulledInput = input(pulled);
    const PlanResult levelled = Planner::compute(pulledInput, p);
    QCOMPARE(int(levelled.placements[0].levelledYear), 2023);
    QVERIFY(
        Planner::reason(pulledInput.items[0], levelled.placements[0], p).contains(QStringLiteral("Pulled forward")));
}

void TestPlanner::policyJsonRoundTrip()
{
    PlanPolicy p = policy(6);
    p.levelled = true;
    p.activityDays = 30;
    p.excludeKept = false;
    p.setLifetime(DeviceType::Laptop, 5);
    p.excludedLocations = {3, 1};
    p.excludedDepartments = {9};
    p.municipalities[4].capacity = 250;
    p.municipalities[4].ordersPerDepartment = true;
    p.municipalities[7].capacity = 0;
    p.setStandard(DeviceType::Tablet, {QStringLiteral("iPad 10.9 «skole»"), 4999.9});
    Result<PlanPolicy> back = PlanPolicy::fromJson(p.toJson());
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back.value(), p);
}

void TestPlanner::policyJsonRefusesBadValues()
{
    QJsonObject json = policy().toJson();
    json.insert(QStringLiteral("statusDate"), QStringLiteral("25.01.2023"));
    QVERIFY(PlanPolicy::fromJson(json).errorMessage().contains(QStringLiteral("25.01.2023")));
    json = policy().toJson();
    json.insert(QStringLiteral("lifetimes"), QJsonObject{{QStringLiteral("toaster"), 3}});
    QVERIFY(PlanPolicy::fromJson(json).errorMessage().contains(QStringLiteral("toaster")));
    json = policy().toJson();
    json.insert(QStringLiteral("years"), 0);
    QCOMPARE(PlanPolicy::fromJson(json).error().code(), Error::Code::Invalid);
}

// Issue 21: the municipality's phones came in as tablets and went into the tablet plan. Phones and servers are
// left out of a PC plan by default: not due, not bought, no supply, counted apart.
void TestPlanner::phonesAndServersAreLeftOutByDefault()
{
    PlanInput in = input({device(1, 2017, DeviceType::Laptop), device(2, 2017, DeviceType::Tablet),
                          device(3, 2017, DeviceType::Phone), device(4, 2019, DeviceType::Phone),
                          device(5, 2015, DeviceType::Server)});
    in.supply = {{1, DeviceType::Phone, true, QDate(), 3}};
    const PlanResult result = Planner::compute(in, policy());
    QCOMPARE(result.excludedType, 3);
    const PlanRow& r = row(result, 1, 2023);
    QCOMPARE(r.due, 2);
    QCOMPARE(r.straight, 2);
    QCOMPARE(r.types[int(DeviceType::Laptop)].demand, 1);
    QCOMPARE(r.types[int(DeviceType::Tablet)].demand, 1);
    QCOMPARE(r.types[int(DeviceType::Phone)].demand, 0);
    QCOMPARE(r.types[int(DeviceType::Server)].demand, 0);
    QCOMPARE(r.supply, 0); // phones in stock replace no PC
    QCOMPARE(r.toBuy, 2);
    for (qsizetype i : {2, 3, 4})
        QCOMPARE(result.placements[size_t(i)].status, PlanStatus::ExcludedType);
    QVERIFY(Planner::reason(in.items[2], result.placements[2], result.policy).contains(QStringLiteral("Phone")));
}

void TestPlanner::aPolicyMayPlanPhones()
{
    PlanPolicy p = policy();
    p.setExcluded(DeviceType::Phone, false);
    p.setExcluded(DeviceType::Printer, true);
    QCOMPARE(p.lifetime(DeviceType::Phone), 3); // their own lifetime: a 2020 phone is due in 2023
    PlanInput in = input({device(1, 2020, DeviceType::Phone), device(2, 2015, DeviceType::Printer),
                          device(3, 2015, DeviceType::Server)});
    in.supply = {{1, DeviceType::Phone, true, QDate(), 1}};
    const PlanResult result = Planner::compute(in, p);
    QCOMPARE(result.excludedType, 2);
    const PlanRow& r = row(result, 1, 2023);
    QCOMPARE(r.types[int(DeviceType::Phone)].demand, 1);
    QCOMPARE(r.types[int(DeviceType::Phone)].supply, 1);
    QCOMPARE(r.toBuy, 0);
}

void TestPlanner::policyJsonKeepsTheTypesLeftOut()
{
    const QJsonObject defaults = policy().toJson();
    QCOMPARE(defaults.value(QStringLiteral("excludedTypes")).toArray(),
             (QJsonArray{QStringLiteral("phone"), QStringLiteral("server")}));
    PlanPolicy p = policy();
    p.setExcluded(DeviceType::Phone, false);
    p.setExcluded(DeviceType::Printer, true);
    Result<PlanPolicy> back = PlanPolicy::fromJson(p.toJson());
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back.value(), p);
    // A plan saved before phones existed has no list: phones and servers stay out.
    QJsonObject old = defaults;
    old.remove(QStringLiteral("excludedTypes"));
    Result<PlanPolicy> fromOld = PlanPolicy::fromJson(old);
    QVERIFY(fromOld.ok());
    QVERIFY(fromOld->excludes(DeviceType::Phone) && fromOld->excludes(DeviceType::Server));
    QVERIFY(!fromOld->excludes(DeviceType::Laptop));
    old.insert(QStringLiteral("excludedTypes"), QJsonArray{QStringLiteral("toaster")});
    QVERIFY(PlanPolicy::fromJson(old).errorMessage().contains(QStringLiteral("toaster")));
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "test_planner.moc"
