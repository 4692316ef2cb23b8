#include "util/IsoTime.h"

#include <QTest>
#include <QTimeZone>

using namespace rullering;

class TestIsoTime : public QObject
{
    Q_OBJECT

private slots:
    void matchesQtOnEveryDayOfLeapAndCommonYears();
    void timesOfDay_data();
    void timesOfDay();
    void invalidIsEmpty();
    void convertsToUtc();
};

void TestIsoTime::matchesQtOnEveryDayOfLeapAndCommonYears()
{
    for (QDate date(1999, 12, 25); date <= QDate(2025, 3, 2); date = date.addDays(1)) {
        QCOMPARE(isoDate(date), date.toString(Qt::ISODate).toLatin1());
        const QDateTime noon(date, QTime(12, 0), Qt::UTC);
        QCOMPARE(isoUtc(noon), noon.toString(Qt::ISODate).toLatin1());
    }
}

void TestIsoTime::timesOfDay_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::newRow("midnight") << QDateTime(QDate(2023, 1, 25), QTime(0, 0), Qt::UTC);
    QTest::newRow("last second of the day") << QDateTime(QDate(2023, 1, 25), QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("intune check-in") << QDateTime(QDate(2023, 1, 24), QTime(7, 13, 55), Qt::UTC);
    QTest::newRow("leap day") << QDateTime(QDate(2024, 2, 29), QTime(13, 5, 7), Qt::UTC);
    QTest::newRow("before the epoch") << QDateTime(QDate(1969, 7, 20), QTime(20, 17, 40), Qt::UTC);
}

void TestIsoTime::timesOfDay()
{
    QFETCH(QDateTime, at);
    QCOMPARE(isoUtc(at), at.toString(Qt::ISODate).toLatin1());
    QCOMPARE(isoUtcFromEpoch(at.toSecsSinceEpoch()), at.toString(Qt::ISODate).toLatin1());
}

void TestIsoTime::invalidIsEmpty()
{
    QVERIFY(isoDate(QDate()).isEmpty());
    QVERIFY(isoUtc(QDateTime()).isEmpty());
}

void TestIsoTime::convertsToUtc()
{
    const QDateTime oslo(QDate(2023, 6, 1), QTime(10, 0), QTimeZone("Europe/Oslo"));
    QCOMPARE(isoUtc(oslo), QByteArray("2023-06-01T08:00:00Z"));
}

QTEST_GUILESS_MAIN(TestIsoTime)
#include "test_iso_time.moc"
