#include "ReportingFixture.h"
#include "TestRegister.h"
#include "reporting/StatusCalculator.h"
#include "storage/Sql.h"

#include <QSqlDatabase>
#include <QTest>

using namespace rullering;
using namespace rullering::test;

using Devices = QList<FixtureDevice>;
Q_DECLARE_METATYPE(Devices)

// Status date 25.01.2023 with a 90-day window: seen on or after 27.10.2022 counts as active.
static const QDate StatusDate(2023, 1, 25);
static constexpr int Window = 90;

class TestStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { RULLERING_REQUIRE_TEST_ENGINE(); }
    void countsOneCase_data();
    void countsOneCase();
    void perMunicipalityAndTotal();
    void followsTheFilter();
    void followsTheSearch();
    void activityWindowIsAParameter();
    void rejectsBadInput();
};

static FixtureDevice device(int year, const QString& lastSeen, LifecycleState state = LifecycleState::InUse,
                            DeviceType type = DeviceType::Laptop)
{
    FixtureDevice d;
    d.productionYear = year;
    d.lastSeen = lastSeen;
    d.state = state;
    d.type = type;
    return d;
}

void TestStatus::countsOneCase_data()
{
    QTest::addColumn<Devices>("devices");
    QTest::addColumn<qint64>("active");
    QTest::addColumn<qint64>("inactive");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<qint64>("replaced");
    using S = LifecycleState;
    const QString recently = QStringLiteral("2023-01-20T08:00:00Z");

    QTest::newRow("due laptop (2017 + 6 = 2023) seen recently is active and remaining")
        << Devices{device(2017, recently)} << 1LL << 0LL << 1LL << 0LL;
    QTest::newRow("laptop not due before 2024 is active, not remaining")
        << Devices{device(2018, recently)} << 1LL << 0LL << 0LL << 0LL;
    QTest::newRow("last seen exactly D days before the date is active")
        << Devices{device(2017, QStringLiteral("2022-10-27T00:00:01Z"))} << 1LL << 0LL << 1LL << 0LL;
    QTest::newRow("last seen D + 1 days before the date is inactive and not remaining")
        << Devices{device(2017, QStringLiteral("2022-10-26T23:59:59Z"))} << 0LL << 1LL << 0LL << 0LL;
    QTest::newRow("seen late on the status date itself is active")
        << Devices{device(2017, QStringLiteral("2023-01-25T23:59:00Z"))} << 1LL << 0LL << 1LL << 0LL;
    QTest::newRow("never seen is inactive") << Devices{device(2017, QString())} << 0LL << 1LL << 0LL << 0LL;
    QTest::newRow("tablet (2019 + 4 = 2023) is due")
        << Devices{device(2019, recently, S::InUse, DeviceType::Tablet)} << 1LL << 0LL << 1LL << 0LL;
    QTest::newRow("printer (2016 + 8 = 2024) is not due")
        << Devices{device(2016, recently, S::InUse, DeviceType::Printer)} << 1LL << 0LL << 0LL << 0LL;
    QTest::newRow("phone (2019 + 3 = 2022) is active, never remaining: not in the PC rollout")
        << Devices{device(2019, recently, S::InUse, DeviceType::Phone)} << 1LL << 0LL << 0LL << 0LL;
    QTest::newRow("server from 2010 is active, never remaining")
        << Devices{device(2010, recently, S::InUse, DeviceType::Server)} << 1LL << 0LL << 0LL << 0LL;
    QTest::newRow("unknown production year is never remaining")
        << Devices{device(0, recently)} << 1LL << 0LL << 0LL << 0LL;

    // A swap the day after the status date: on the date the old device was still in use (and seen, by the
    // import history), the new one did not exist yet.
    FixtureDevice old = device(2017, QStringLiteral("2023-01-26T08:00:00Z"), S::Replaced);
    old.replacedOn = QStringLiteral("2023-01-26");
    old.seenAt = {QStringLiteral("2023-01-10T07:00:00Z"), QStringLiteral("2023-01-26T08:00:00Z")};
    FixtureDevice fresh = device(2023, QStringLiteral("2023-02-01T08:00:00Z"));
    fresh.inServiceFrom = QStringLiteral("2023-01-26");
    QTest::newRow("swapped the day after the date: old one still in use and remaining, new one not yet there")
        << Devices{old, fresh} << 1LL << 0LL << 1LL << 0LL;

    FixtureDevice oldUnseen = old;
    oldUnseen.seenAt = {QStringLiteral("2023-01-26T08:00:00Z")};
    // Issue 19: a device seen after the date was in use on it, not lying unused (active by inference).
    QTest::newRow("replaced after the date, seen by an import only after it: in use and active (inferred)")
        << Devices{oldUnseen} << 1LL << 0LL << 1LL << 0LL;

    FixtureDevice laterSeen = device(2017, QStringLiteral("2023-02-10T08:00:00Z"));
    QTest::newRow("last seen after the date with no earlier sighting on record is active on the date (inferred)")
        << Devices{laterSeen} << 1LL << 0LL << 1LL << 0LL;
    laterSeen.seenAt = {QStringLiteral("2022-12-01T09:00:00Z"), QStringLiteral("2023-02-10T08:00:00Z")};
    QTest::newRow("last seen after the date, an import saw it inside the window: active")
        << Devices{laterSeen} << 1LL << 0LL << 1LL << 0LL;
    laterSeen.seenAt = {QStringLiteral("2022-10-01T09:00:00Z"), QStringLiteral("2023-01-26T08:00:00Z")};
    QTest::newRow("import sightings before the window and after the date: active (inferred), never falls back")
        << Devices{laterSeen} << 1LL << 0LL << 1LL << 0LL;
    FixtureDevice setBack = device(2017, QStringLiteral("2022-06-01T08:00:00Z"));
    setBack.seenAt = {QStringLiteral("2023-03-01T08:00:00Z")};
    QTest::newRow("last_seen set back by an older import, the history saw it after the date: active (inferred)")
        << Devices{setBack} << 1LL << 0LL << 1LL << 0LL;

    // A swap on the status date: the swap counts as done, the new device as seen that day.
    FixtureDevice swappedOld = device(2017, QStringLiteral("2023-01-25T07:00:00Z"), S::Replaced);
    swappedOld.replacedOn = QStringLiteral("2023-01-25");
    FixtureDevice swappedNew = device(2023, QStringLiteral("2023-03-01T08:00:00Z"));
    swappedNew.inServiceFrom = QStringLiteral("2023-01-25");
    QTest::newRow("swapped on the date: replaced, and the new device is active from its swap date")
        << Devices{swappedOld, swappedNew} << 1LL << 0LL << 0LL << 1LL;

    // Put into service on the date, and nobody seen after it (the status of today): in use and active.
    FixtureDevice swappedToday = device(2023, QStringLiteral("2023-01-25T09:00:00Z"));
    swappedToday.inServiceFrom = QStringLiteral("2023-01-25");
    QTest::newRow("put into service on the date, nothing seen after it: in use and active")
        << Devices{swappedToday} << 1LL << 0LL << 0LL << 0LL;
    // Put into service inside the window and last seen after the date, no import sighting in the window: the
    // swap date is its sighting.
    FixtureDevice swappedInWindow = device(2023, QStringLiteral("2023-02-10T08:00:00Z"));
    swappedInWindow.inServiceFrom = QStringLiteral("2023-01-15");
    QTest::newRow("put into service in the window, last seen after the date: active from its swap date")
        << Devices{swappedInWindow} << 1LL << 0LL << 0LL << 0LL;

    FixtureDevice pulledForward = device(2018, QStringLiteral("2023-01-10T07:00:00Z"), S::Replaced);
    pulledForward.replacedOn = QStringLiteral("2023-01-10");
    QTest::newRow("replaced device pulled forward (2018, due 2024) counts as replaced and due")
        << Devices{pulledForward} << 0LL << 0LL << 0LL << 1LL;

    FixtureDevice lastYear = device(2016, QStringLiteral("2022-12-20T07:00:00Z"), S::Replaced);
    lastYear.replacedOn = QStringLiteral("2022-12-20");
    QTest::newRow("replaced last year: neither in use nor replaced this year")
        << Devices{lastYear} << 0LL << 0LL << 0LL << 0LL;
    FixtureDevice firstDay = lastYear;
    firstDay.replacedOn = QStringLiteral("2023-01-01");
    QTest::newRow("replaced on 1 January counts for the year") << Devices{firstDay} << 0LL << 0LL << 0LL << 1LL;

    FixtureDevice retiredAfterSwap = lastYear;
    retiredAfterSwap.state = S::Retired;
    retiredAfterSwap.replacedOn = QStringLiteral("2023-01-05");
    QTest::newRow("replaced this year and since retired still counts as replaced")
        << Devices{retiredAfterSwap} << 0LL << 0LL << 0LL << 1LL;

    for (S state : {S::Ordered, S::InStock, S::InPool, S::Retired, S::Lost}) {
        QTest::addRow("%s device is not in use", qPrintable(lifecycleStateKey(state)))
            << Devices{device(2017, recently, state)} << 0LL << 0LL << 0LL << 0LL;
    }

    FixtureDevice notYet = device(2023, QStringLiteral("2023-02-02T08:00:00Z"));
    notYet.inServiceFrom = QStringLiteral("2023-02-01");
    QTest::newRow("put into service by a swap after the date: did not exist")
        << Devices{notYet} << 0LL << 0LL << 0LL << 0LL;
}

void TestStatus::countsOneCase()
{
    QFETCH(Devices, devices);
    QFETCH(qint64, active);
    QFETCH(qint64, inactive);
    QFETCH(qint64, remaining);
    QFETCH(qint64, replaced);

    auto db = openFixtureDatabase();
    for (const FixtureDevice& d : devices)
        QVERIFY(addDevice(*db, d) > 0);
    Result<StatusReport> report = StatusCalculator::compute(db->connection(), StatusDate, Window);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    const StatusCounts& total = report->total;
    QCOMPARE(total.active, active);
    QCOMPARE(total.inactive, inactive);
    QCOMPARE(total.remaining, remaining);
    QCOMPARE(total.replaced, replaced);
    QCOMPARE(total.due(), remaining + replaced);
    QCOMPARE(report->asOf, StatusDate);
    QCOMPARE(report->activityDays, Window);
}

void TestStatus::perMunicipalityAndTotal()
{
    auto db = openFixtureDatabase();
    const QString recently = QStringLiteral("2023-01-20T08:00:00Z");
    auto in = [](FixtureDevice d, const QString& municipality) {
        d.municipality = municipality;
        return d;
    };
    FixtureDevice swapped = device(2017, QStringLiteral("2023-01-12T08:00:00Z"), LifecycleState::Replaced);
    swapped.replacedOn = QStringLiteral("2023-01-12");
    const QList<FixtureDevice> fleet = {
        in(device(2017, recently), QStringLiteral("Ålesund")),
        in(device(2020, recently), QStringLiteral("Ålesund")),
        in(swapped, QStringLiteral("Ålesund")),
        in(device(2016, QString()), QStringLiteral("Aukra")),
        in(device(2017, recently), QStringLiteral("Ørsta")),
        in(device(2017, recently), QString()),
    };
    for (const FixtureDevice& d : fleet)
        QVERIFY(addDevice(*db, d) > 0);
    QVERIFY(municipalityId(*db, QStringLiteral("Rauma")) > 0); // nothing to count there: no row

    Result<StatusReport> report = StatusCalculator::compute(db->connection(), StatusDate, Window);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QStringList names;
    for (const StatusRow& row : report->rows)
        names.append(row.municipality);
    // Norwegian order (Ø before Å), devices without a municipality last.
    QCOMPARE(names,
             (QStringList{QStringLiteral("Aukra"), QStringLiteral("Ørsta"), QStringLiteral("Ålesund"), QString()}));

    const StatusRow* alesund = report->row(QStringLiteral("Ålesund"));
    QVERIFY(alesund);
    QCOMPARE(alesund->counts, (StatusCounts{2, 0, 1, 1}));
    QCOMPARE(alesund->counts.shareDone(), 0.5);
    QCOMPARE(report->row(QStringLiteral("Aukra"))->counts, (StatusCounts{0, 1, 0, 0}));
    QCOMPARE(report->total, (StatusCounts{4, 1, 3, 1}));
    StatusCounts sum;
    for (const StatusRow& row : report->rows)
        sum += row.counts;
    QCOMPARE(sum, report->total);
}

void TestStatus::followsTheFilter()
{
    auto db = openFixtureDatabase();
    FixtureDevice molde = device(2017, QStringLiteral("2023-01-20T08:00:00Z"));
    FixtureDevice aukra = molde;
    aukra.municipality = QStringLiteral("Aukra");
    FixtureDevice tablet = molde;
    tablet.type = DeviceType::Tablet;
    for (const FixtureDevice& d : {molde, aukra, tablet})
        QVERIFY(addDevice(*db, d) > 0);

    DeviceFilter filter;
    filter.municipalityIds = {municipalityId(*db, QStringLiteral("Molde"))};
    Result<StatusReport> report = StatusCalculator::compute(db->connection(), StatusDate, Window, filter);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->rows.size(), 1);
    QCOMPARE(report->total.active, 2);

    filter.types = {DeviceType::Tablet};
    report = StatusCalculator::compute(db->connection(), StatusDate, Window, filter);
    QVERIFY(report.ok());
    QCOMPARE(report->total.active, 1);
}

// The search's matches are read once and tested by every count (on a server as one bound list, FleetCube): each kind
// of device (in use and seen, not seen, replaced after the date, swapped earlier this year) counts when its device
// name matches and only then, exactly as a register holding the matches alone counts them.
void TestStatus::followsTheSearch()
{
    FixtureDevice seen = device(2017, QStringLiteral("2023-01-20T08:00:00Z"));
    FixtureDevice unseen = device(2016, QString());
    FixtureDevice replacedLater = device(2017, QStringLiteral("2023-01-20T08:00:00Z"), LifecycleState::Replaced);
    replacedLater.replacedOn = QStringLiteral("2023-02-01");
    FixtureDevice swapped = device(2017, QStringLiteral("2023-01-12T08:00:00Z"), LifecycleState::Replaced);
    swapped.replacedOn = QStringLiteral("2023-01-12");
    const QList<FixtureDevice> kinds = {seen, unseen, replacedLater, swapped};

    auto filled = [&](bool withOthers) {
        auto db = openFixtureDatabase();
        for (const FixtureDevice& d : kinds) {
            const qint64 id = addDevice(*db, d);
            if (id <= 0 ||
                !runStatement(db->connection(), QStringLiteral("UPDATE device SET hostname = ? WHERE id = ?"),
                              {QStringLiteral("HANSEN-PC%1").arg(id), id}))
                return std::unique_ptr<Database>();
            if (withOthers && addDevice(*db, d) <= 0) // named by nobody: no match
                return std::unique_ptr<Database>();
        }
        return db;
    };
    auto both = filled(true);
    auto matchesOnly = filled(false);
    QVERIFY(both && matchesOnly);

    DeviceFilter search;
    search.search = QStringLiteral("hansen");
    Result<StatusReport> searched = StatusCalculator::compute(both->connection(), StatusDate, Window, search);
    QVERIFY2(searched.ok(), qPrintable(searched.errorMessage()));
    Result<StatusReport> alone = StatusCalculator::compute(matchesOnly->connection(), StatusDate, Window);
    QVERIFY(alone.ok());
    QCOMPARE(searched->total, alone->total);
    QCOMPARE(searched->total, (StatusCounts{2, 1, 2, 1})); // active: seen, replaced later; the swap done
    Result<StatusReport> everything = StatusCalculator::compute(both->connection(), StatusDate, Window);
    QVERIFY(everything.ok());
    QCOMPARE(everything->total, (StatusCounts{4, 2, 4, 2}));

    search.search = QStringLiteral("nobody");
    searched = StatusCalculator::compute(both->connection(), StatusDate, Window, search);
    QVERIFY(searched.ok());
    QCOMPARE(searched->total, StatusCounts{});
}

void TestStatus::activityWindowIsAParameter()
{
    auto db = openFixtureDatabase();
    QVERIFY(addDevice(*db, device(2017, QStringLiteral("2022-12-26T10:00:00Z"))) > 0); // 30 days before
    Result<StatusReport> thirty = StatusCalculator::compute(db->connection(), StatusDate, 30);
    Result<StatusReport> twentyNine = StatusCalculator::compute(db->connection(), StatusDate, 29);
    QVERIFY(thirty.ok() && twentyNine.ok());
    QCOMPARE(thirty->total.active, 1);
    QCOMPARE(twentyNine->total.active, 0);
    QCOMPARE(twentyNine->total.inactive, 1);
}

void TestStatus::rejectsBadInput()
{
    auto db = openFixtureDatabase();
    Result<StatusReport> noDate = StatusCalculator::compute(db->connection(), QDate(), Window);
    QVERIFY(!noDate.ok());
    QCOMPARE(noDate.error().code(), Error::Code::Invalid);
    QVERIFY(!StatusCalculator::compute(db->connection(), StatusDate, -1).ok());
}

QTEST_GUILESS_MAIN(TestStatus)
#include "test_status.moc"
