#include "ReportingFixture.h"
#include "TestRegister.h"
#include "reporting/StatusCalculator.h"
#include "reporting/StatusSnapshotStore.h"
#include "storage/Sql.h"

#include <QSqlDatabase>
#include <QTest>

using namespace rullering;
using namespace rullering::test;

class TestSnapshotStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void recordsTotalAndMunicipalities();
    void historyKeepsWhatWasReported();
    void tertialReportPicksLatestInEach();
    void rollsBackWithTheTransaction();
    void refusesWithoutTrigger();

private:
    Status record(const QDate& asOf, const QString& trigger = StatusSnapshotStore::ManualTrigger)
    {
        Transaction tx(m_db->connection());
        if (Status begun = tx.begin(); !begun)
            return begun;
        if (Status s = StatusSnapshotStore(m_db->connection()).recordSnapshot(tx, asOf, 90, trigger, 0); !s)
            return s;
        return tx.commit();
    }
    std::unique_ptr<Database> m_db;
};

void TestSnapshotStore::init()
{
    RULLERING_REQUIRE_TEST_ENGINE();
    m_db = openFixtureDatabase();
    FixtureDevice molde;
    molde.lastSeen = QStringLiteral("2023-03-01T08:00:00Z");
    FixtureDevice aukra = molde;
    aukra.municipality = QStringLiteral("Aukra");
    aukra.productionYear = 2021;
    QVERIFY(addDevice(*m_db, molde) > 0);
    QVERIFY(addDevice(*m_db, aukra) > 0);
}

void TestSnapshotStore::recordsTotalAndMunicipalities()
{
    QVERIFY(record(QDate(2023, 3, 10), StatusSnapshotStore::ImportTrigger).ok());
    StatusSnapshotStore store(m_db->connection());
    Result<QList<StatusSnapshot>> totals = store.totals();
    QVERIFY2(totals.ok(), qPrintable(totals.errorMessage()));
    QCOMPARE(totals->size(), 1);
    const StatusSnapshot& total = totals->constFirst();
    QCOMPARE(total.asOf, QDate(2023, 3, 10));
    QCOMPARE(total.trigger, StatusSnapshotStore::ImportTrigger);
    QCOMPARE(total.activityDays, 90);
    QCOMPARE(total.municipalityId, 0);
    QCOMPARE(total.counts, (StatusCounts{2, 0, 1, 0}));
    QVERIFY(total.takenAt.isValid());

    Result<QList<StatusSnapshot>> lines = store.linesOf(total.id);
    QVERIFY(lines.ok());
    QCOMPARE(lines->size(), 2);
    QCOMPARE(lines->at(0).municipality, QStringLiteral("Aukra"));
    QCOMPARE(lines->at(0).counts, (StatusCounts{1, 0, 0, 0}));
    QCOMPARE(lines->at(1).counts, (StatusCounts{1, 0, 1, 0}));
}

void TestSnapshotStore::historyKeepsWhatWasReported()
{
    QVERIFY(record(QDate(2023, 3, 10)).ok());
    // The register changes afterwards; the stored snapshot does not.
    QVERIFY(runStatement(m_db->connection(), QStringLiteral("UPDATE device SET state = 5")));
    QVERIFY(record(QDate(2023, 3, 11)).ok());
    Result<QList<StatusSnapshot>> totals = StatusSnapshotStore(m_db->connection()).totals();
    QVERIFY(totals.ok());
    QCOMPARE(totals->size(), 2);
    QCOMPARE(totals->at(0).counts.active, 2);
    QCOMPARE(totals->at(1).counts.active, 0);
    QCOMPARE(StatusSnapshotStore(m_db->connection()).linesOf(totals->at(1).id)->size(), 0);
    QCOMPARE(StatusSnapshotStore(m_db->connection()).linesOf(totals->at(0).id)->size(), 2);
    Result<QList<StatusSnapshot>> march11 =
        StatusSnapshotStore(m_db->connection()).totals(QDate(2023, 3, 11), QDate(2023, 3, 31));
    QCOMPARE(march11->size(), 1);
}

void TestSnapshotStore::tertialReportPicksLatestInEach()
{
    QVERIFY(record(QDate(2023, 2, 1)).ok());
    QVERIFY(record(QDate(2023, 4, 30)).ok()); // last day of T1
    QVERIFY(record(QDate(2023, 9, 1)).ok());  // first day of T3
    Result<QList<std::pair<Tertial, StatusSnapshot>>> tertials = StatusSnapshotStore(m_db->connection()).tertials(2023);
    QVERIFY(tertials.ok());
    QCOMPARE(tertials->size(), 2); // nothing recorded in T2
    QCOMPARE(tertials->at(0).first, (Tertial{2023, 1}));
    QCOMPARE(tertials->at(0).second.asOf, QDate(2023, 4, 30));
    QCOMPARE(tertials->at(1).first, (Tertial{2023, 3}));
    QCOMPARE(tertials->at(1).second.asOf, QDate(2023, 9, 1));
}

void TestSnapshotStore::rollsBackWithTheTransaction()
{
    {
        Transaction tx(m_db->connection());
        QVERIFY(tx.begin().ok());
        QVERIFY(StatusSnapshotStore(m_db->connection())
                    .recordSnapshot(tx, QDate(2023, 3, 10), 90, StatusSnapshotStore::ImportTrigger, 0));
        // no commit: the import failed
    }
    QCOMPARE(StatusSnapshotStore(m_db->connection()).totals()->size(), 0);
}

void TestSnapshotStore::refusesWithoutTrigger()
{
    Status s = record(QDate(2023, 3, 10), QStringLiteral(" "));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), Error::Code::Invalid);
}

QTEST_GUILESS_MAIN(TestSnapshotStore)
#include "test_snapshot_store.moc"
