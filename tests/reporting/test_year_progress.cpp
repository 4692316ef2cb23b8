// Issue 19, points 3 and 4: one "still to replace" figure for a year, whoever shows it (the Swap page, the Status
// page, the plan), and a status for a past date that neither calls most devices inactive nor lets the year's
// progress fall as the date moves on. On a generated demo register, laid out around 23.11.2026 with no import
// history: every device's only sightings are in the weeks before that date.

#include "GeneratedRegister.h"
#include "planning/PlanRepository.h"
#include "planning/PlanService.h"
#include "register/SwapProgress.h"
#include "reporting/StatusCalculator.h"
#include "storage/ReferenceRepository.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

namespace {
const QDate Generated(2026, 11, 23);
} // namespace

class TestYearProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void swapStatusAndPlanAgree_data();
    void swapStatusAndPlanAgree();
    void pastDateCountsLaterSightingsAsInUse();
    void progressNeverFallsAsTheDateMovesOn();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestYearProgress::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Result<std::unique_ptr<Database>> opened =
        test::generatedRegister(m_dir.filePath(QStringLiteral("fleet.sqlite")), 5000, 19, Generated);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_db = std::move(opened.value());
}

void TestYearProgress::swapStatusAndPlanAgree_data()
{
    QTest::addColumn<bool>("changeSettings");
    QTest::newRow("the default settings") << false;
    QTest::newRow("saved settings: laptops 5 years, a location left out, kept devices planned") << true;
}

void TestYearProgress::swapStatusAndPlanAgree()
{
    QFETCH(bool, changeSettings);
    PlanRepository plans(m_db->connection());
    if (changeSettings) {
        PlanPolicy settings = PlanPolicy::defaults(Generated);
        settings.setLifetime(DeviceType::Laptop, 5);
        settings.excludeKept = false;
        Result<QList<MunicipalUnit>> locations = ReferenceRepository(m_db->connection()).locations();
        QVERIFY(locations.ok() && !locations->isEmpty());
        settings.excludedLocations = {locations->constFirst().id};
        QVERIFY(plans.saveCurrent(settings, Generated).ok());
    }
    Result<PlanPolicy> policy = plans.current(Generated);
    QVERIFY2(policy.ok(), qPrintable(policy.errorMessage()));
    QCOMPARE(policy->lifetime(DeviceType::Laptop), changeSettings ? 5 : 6);

    Result<SwapProgress> swap = SwapProgress::compute(m_db->connection(), Generated);
    QVERIFY2(swap.ok(), qPrintable(swap.errorMessage()));
    Result<StatusReport> status = StatusCalculator::compute(m_db->connection(), Generated);
    QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
    PlanService service(*m_db);
    Result<PlanSummary> plan = service.summary(policy.value());
    QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
    Result<QList<ProgressRow>> progress = service.progress(plan.value(), Generated.year());
    QVERIFY(progress.ok());
    qint64 planRemaining = 0;
    qint64 planReplaced = 0;
    for (const ProgressRow& row : progress.value()) {
        planRemaining += row.remaining;
        planReplaced += row.replaced;
    }

    const qint64 remaining = status->total.remaining;
    QVERIFY(remaining > 500); // a real figure, not two empty ones
    QCOMPARE(swap->dueRemaining, remaining);
    QCOMPARE(planRemaining, remaining);
    QCOMPARE(plan->totalsPerYear().constFirst().due, remaining);
    // ... and the denominators: replaced this year plus still to replace.
    QCOMPARE(planReplaced, status->total.replaced);
    QCOMPARE(swap->swappedThisYear, status->total.replaced);
    if (changeSettings)
        QVERIFY(plans.saveCurrent(PlanPolicy::defaults(Generated), Generated).ok()); // for the next tests
}

void TestYearProgress::pastDateCountsLaterSightingsAsInUse()
{
    Result<StatusReport> today = StatusCalculator::compute(m_db->connection(), Generated);
    Result<StatusReport> september = StatusCalculator::compute(m_db->connection(), QDate(2026, 9, 1));
    QVERIFY(today.ok() && september.ok());
    const StatusCounts& t = today->total;
    const StatusCounts& s = september->total;
    // On the generation date nothing rests on the inference.
    QCOMPARE(t.inferred, 0);
    QCOMPARE(t.inferredRemaining, 0);
    // On 1 September nearly every device's only sightings are later: in use then, by inference, and said so.
    QVERIFY2(s.inactive * 10 < s.inUse(),
             qPrintable(QStringLiteral("%1 of %2 inactive").arg(s.inactive).arg(s.inUse())));
    QVERIFY(s.inactive <= t.inactive + s.replaced); // not more idle devices than today's, give or take the swaps
    QVERIFY(s.inferred * 2 > s.active);
    QVERIFY(s.inferred <= s.active);
    QVERIFY(s.inferredRemaining > 0 && s.inferredRemaining <= s.remaining);
}

void TestYearProgress::progressNeverFallsAsTheDateMovesOn()
{
    StatusCounts previous;
    QDate previousDate;
    for (QDate date(2026, 1, 5); date <= Generated; date = date.addDays(9)) {
        Result<StatusReport> status = StatusCalculator::compute(m_db->connection(), date);
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        const StatusCounts& c = status->total;
        if (previousDate.isValid()) {
            const QString where = QStringLiteral("%1: %2 of %3; %4: %5 of %6")
                                      .arg(previousDate.toString(Qt::ISODate))
                                      .arg(previous.replaced)
                                      .arg(previous.due())
                                      .arg(date.toString(Qt::ISODate))
                                      .arg(c.replaced)
                                      .arg(c.due());
            QVERIFY2(c.replaced >= previous.replaced, qPrintable(where));
            // replaced / due never falls (compared without rounding).
            QVERIFY2(c.replaced * previous.due() >= previous.replaced * c.due(), qPrintable(where));
        }
        previous = c;
        previousDate = date;
    }
    QVERIFY(previous.replaced > 0);
}

QTEST_GUILESS_MAIN(TestYearProgress)
#include "test_year_progress.moc"
