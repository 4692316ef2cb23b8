#include "ReportingFixture.h"
#include "TestRegister.h"
#include "reporting/Dashboard.h"

#include <QSqlDatabase>
#include <QTest>

using namespace rullering;
using namespace rullering::test;

class TestChartSeries : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void ageDistributionByType();
    void ageDistributionByMunicipality();
    void ageDistributionShowsPhonesAndServers();
    void ageDistributionKeepsColoursFew();
    void ageDistributionFillsYearsWithoutDevices();
    void progressFromSwapHistory();
    void progressTargetFollowsThePlan();
    void activityPerMunicipality();
    void chartsFollowTheFilter();

private:
    Result<Dashboard> load(const DeviceFilter& filter = {}, qint64 planned = -1)
    {
        return Dashboard::load(m_db->connection(), QDate(2023, 1, 25), 90, filter, planned);
    }
    std::unique_ptr<Database> m_db;
};

void TestChartSeries::init()
{
    RULLERING_REQUIRE_TEST_ENGINE();
    m_db = openFixtureDatabase();
    const QString recently = QStringLiteral("2023-01-20T08:00:00Z");
    auto make = [&](const QString& municipality, DeviceType type, int year, const QString& seen,
                    const QString& replacedOn = {}) {
        FixtureDevice d;
        d.municipality = municipality;
        d.type = type;
        d.productionYear = year;
        d.lastSeen = seen;
        if (!replacedOn.isEmpty()) {
            d.state = LifecycleState::Replaced;
            d.replacedOn = replacedOn;
        }
        QVERIFY(addDevice(*m_db, d) > 0);
    };
    const QString molde = QStringLiteral("Molde");
    const QString aukra = QStringLiteral("Aukra");
    make(molde, DeviceType::Laptop, 2017, recently);
    make(molde, DeviceType::Laptop, 2017, recently);
    make(molde, DeviceType::Desktop, 2019, recently);
    make(molde, DeviceType::Tablet, 0, recently);
    make(aukra, DeviceType::Laptop, 2017, QStringLiteral("2022-06-01T08:00:00Z")); // inactive
    make(molde, DeviceType::Laptop, 2016, QStringLiteral("2023-01-03T08:00:00Z"), QStringLiteral("2023-01-03"));
    make(aukra, DeviceType::Desktop, 2016, QStringLiteral("2023-01-12T08:00:00Z"), QStringLiteral("2023-01-12"));
    make(molde, DeviceType::Laptop, 2017, QStringLiteral("2023-01-20T08:00:00Z"), QStringLiteral("2023-01-20"));
}

void TestChartSeries::ageDistributionByType()
{
    Result<Dashboard> d = load();
    QVERIFY2(d.ok(), qPrintable(d.errorMessage()));
    const AgeDistribution& age = d->ageByType;
    QCOMPARE(age.years, (QList<int>{2017, 2018, 2019, 0})); // 2018 has none but is shown; unknown year last
    QCOMPARE(age.stacks, (QStringList{deviceTypeName(DeviceType::Desktop), deviceTypeName(DeviceType::Laptop),
                                      deviceTypeName(DeviceType::Tablet)}));
    QCOMPARE(age.counts, (QList<QList<qint64>>{{0, 0, 1, 0}, {3, 0, 0, 0}, {0, 0, 0, 1}}));
    QCOMPARE(age.total(), d->status.total.inUse()); // in use on the date, replaced ones not
    const SeriesTable table = age.table();
    QCOMPARE(table.columns.size(), 5); // year, three types, total
    QCOMPARE(table.rows.size(), 4);
    QCOMPARE(table.rows[0], (QVariantList{QStringLiteral("2017"), 0LL, 3LL, 0LL, 3LL}));
    QCOMPARE(table.rows[1], (QVariantList{QStringLiteral("2018"), 0LL, 0LL, 0LL, 0LL}));
}

// Issue 21: the municipality's phones and servers are stacks of their own, named and ordered with the others.
void TestChartSeries::ageDistributionShowsPhonesAndServers()
{
    const QString recently = QStringLiteral("2023-01-20T08:00:00Z");
    for (DeviceType type : {DeviceType::Phone, DeviceType::Phone, DeviceType::Server}) {
        FixtureDevice d;
        d.municipality = QStringLiteral("Molde");
        d.type = type;
        d.productionYear = 2019;
        d.lastSeen = recently;
        QVERIFY(addDevice(*m_db, d) > 0);
    }
    Result<Dashboard> d = load();
    QVERIFY2(d.ok(), qPrintable(d.errorMessage()));
    const AgeDistribution& age = d->ageByType;
    QCOMPARE(age.stacks, (QStringList{deviceTypeName(DeviceType::Desktop), deviceTypeName(DeviceType::Laptop),
                                      deviceTypeName(DeviceType::Tablet), deviceTypeName(DeviceType::Phone),
                                      deviceTypeName(DeviceType::Server)}));
    QCOMPARE(age.types.constLast(), DeviceType::Server);
    QCOMPARE(age.counts[3], (QList<qint64>{0, 0, 2, 0}));
    QCOMPARE(age.counts[4], (QList<qint64>{0, 0, 1, 0}));
    QCOMPARE(age.table().columns.size(), 7); // year, five types, total
    QCOMPARE(age.total(), d->status.total.inUse());
    DeviceFilter phones;
    phones.types = {DeviceType::Phone};
    Result<Dashboard> filtered = load(phones);
    QVERIFY(filtered.ok());
    QCOMPARE(filtered->ageByType.stacks, QStringList{deviceTypeName(DeviceType::Phone)});
    QCOMPARE(filtered->status.total.active, 2);
    QCOMPARE(filtered->status.total.remaining, 0);
}

void TestChartSeries::ageDistributionByMunicipality()
{
    Result<Dashboard> d = load();
    QVERIFY(d.ok());
    const AgeDistribution& age = d->ageByMunicipality;
    QCOMPARE(age.stacks, (QStringList{QStringLiteral("Aukra"), QStringLiteral("Molde")}));
    QCOMPARE(age.counts, (QList<QList<qint64>>{{1, 0, 0, 0}, {2, 0, 1, 1}}));
}

void TestChartSeries::ageDistributionFillsYearsWithoutDevices()
{
    // Issue 6: 2025 has no devices in use (only a replaced one) and 2023 none at all; both must be on the axis with
    // zeros, between the oldest (2022) and the newest (2026) year present, and the unknown year stays last.
    m_db = openFixtureDatabase();
    const QString recently = QStringLiteral("2023-01-20T08:00:00Z");
    auto make = [&](const QString& municipality, int year, LifecycleState state = LifecycleState::InUse) {
        FixtureDevice d;
        d.municipality = municipality;
        d.productionYear = year;
        d.lastSeen = recently;
        d.state = state;
        if (state == LifecycleState::Replaced)
            d.replacedOn = QStringLiteral("2023-01-10");
        QVERIFY(addDevice(*m_db, d) > 0);
    };
    make(QStringLiteral("Rauma"), 2022);
    make(QStringLiteral("Molde"), 2024);
    make(QStringLiteral("Molde"), 2024);
    make(QStringLiteral("Rauma"), 2025, LifecycleState::Replaced);
    make(QStringLiteral("Rauma"), 2026);
    make(QStringLiteral("Molde"), 0);

    Result<Dashboard> d = load();
    QVERIFY2(d.ok(), qPrintable(d.errorMessage()));
    const QList<int> years{2022, 2023, 2024, 2025, 2026, 0};
    for (const AgeDistribution* age : {&d->ageByMunicipality, &d->ageByType}) {
        QCOMPARE(age->years, years);
        for (const QList<qint64>& row : age->counts)
            QCOMPARE(row.size(), years.size());
    }
    QCOMPARE(d->ageByMunicipality.stacks, (QStringList{QStringLiteral("Molde"), QStringLiteral("Rauma")}));
    QCOMPARE(d->ageByMunicipality.counts, (QList<QList<qint64>>{{0, 0, 2, 0, 0, 1}, {1, 0, 0, 0, 1, 0}}));

    // The table behind the chart (shown beside it, copied and printed) has the empty years as zero rows.
    const SeriesTable table = d->ageByMunicipality.table();
    QCOMPARE(table.rows.size(), years.size());
    QCOMPARE(table.rows[1], (QVariantList{QStringLiteral("2023"), 0LL, 0LL, 0LL}));
    QCOMPARE(table.rows[3], (QVariantList{QStringLiteral("2025"), 0LL, 0LL, 0LL}));
    QCOMPARE(table.rows[4], (QVariantList{QStringLiteral("2026"), 0LL, 1LL, 1LL}));
}

void TestChartSeries::ageDistributionKeepsColoursFew()
{
    AgeDistribution age;
    age.stackBy = AgeDistribution::StackBy::Municipality;
    age.years = {2017, 2018};
    age.stacks = {QStringLiteral("Aukra"), QStringLiteral("Molde"), QStringLiteral("Rauma")};
    age.counts = {{1, 0}, {5, 6}, {2, 2}};
    const AgeDistribution limited = age.limitedTo(2);
    QCOMPARE(limited.stacks.size(), 2);
    QCOMPARE(limited.stacks[0], QStringLiteral("Molde")); // the largest stays
    QCOMPARE(limited.counts[1], (QList<qint64>{3, 2}));   // the rest folded together
    QCOMPARE(limited.total(), age.total());
    QCOMPARE(age.limitedTo(3).stacks, age.stacks);
}

void TestChartSeries::progressFromSwapHistory()
{
    Result<Dashboard> d = load();
    QVERIFY(d.ok());
    const ProgressSeries& p = d->progress;
    QCOMPARE(p.year, 2023);
    QCOMPARE(p.due, 5); // 2 remaining + 3 replaced
    QList<QDate> days;
    QList<qint64> remaining;
    for (const auto& point : p.actual) {
        days.append(point.day);
        remaining.append(point.remaining);
    }
    QCOMPARE(days, (QList<QDate>{QDate(2023, 1, 1), QDate(2023, 1, 8), QDate(2023, 1, 15), QDate(2023, 1, 22),
                                 QDate(2023, 1, 25)}));
    QCOMPARE(remaining, (QList<qint64>{5, 4, 3, 2, 2}));
    QCOMPARE(p.actual.constLast().remaining, d->status.total.remaining);
    QCOMPARE(p.target.constFirst().day, QDate(2023, 1, 1));
    QCOMPARE(p.target.constFirst().remaining, 5.0);
    QCOMPARE(p.target.constLast().day, QDate(2023, 12, 31));
    QCOMPARE(p.target.constLast().remaining, 0.0);
    const SeriesTable table = p.table();
    QCOMPARE(table.rows.size(), p.target.size() + 1); // every week, and the status date
    QCOMPARE(table.rows[0], (QVariantList{QDate(2023, 1, 1), 5LL, 5LL}));
}

void TestChartSeries::progressTargetFollowsThePlan()
{
    Result<Dashboard> d = load({}, 3);
    QVERIFY(d.ok());
    QCOMPARE(d->progress.targetReplaced, 3);
    QCOMPARE(d->progress.target.constLast().remaining, 2.0);
}

void TestChartSeries::activityPerMunicipality()
{
    Result<Dashboard> d = load();
    QVERIFY(d.ok());
    QCOMPARE(d->activity.municipalities, (QStringList{QStringLiteral("Aukra"), QStringLiteral("Molde")}));
    QCOMPARE(d->activity.active, (QList<qint64>{0, 4}));
    QCOMPARE(d->activity.inactive, (QList<qint64>{1, 0}));
    QCOMPARE(d->activity.table().rows[1], (QVariantList{QStringLiteral("Molde"), 4LL, 0LL}));
}

void TestChartSeries::chartsFollowTheFilter()
{
    DeviceFilter filter;
    filter.types = {DeviceType::Laptop};
    Result<Dashboard> d = load(filter);
    QVERIFY(d.ok());
    QCOMPARE(d->ageByType.stacks, (QStringList{deviceTypeName(DeviceType::Laptop)}));
    QCOMPARE(d->ageByType.total(), 3);
    QCOMPARE(d->progress.due, 4); // 2 remaining laptops + 2 replaced laptops
    QCOMPARE(d->activity.inactive, (QList<qint64>{1, 0}));
}

QTEST_GUILESS_MAIN(TestChartSeries)
#include "test_chart_series.moc"
