#include "reporting/Tertial.h"

#include <QTest>

using namespace rullering;

class TestTertial : public QObject
{
    Q_OBJECT

private slots:
    void of_data();
    void of();
    void boundaries_data();
    void boundaries();
    void stepsAcrossYears();
};

void TestTertial::of_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("number");
    QTest::newRow("1 January opens T1") << QDate(2023, 1, 1) << 2023 << 1;
    QTest::newRow("30 April closes T1") << QDate(2023, 4, 30) << 2023 << 1;
    QTest::newRow("1 May opens T2") << QDate(2023, 5, 1) << 2023 << 2;
    QTest::newRow("31 August closes T2") << QDate(2023, 8, 31) << 2023 << 2;
    QTest::newRow("1 September opens T3") << QDate(2023, 9, 1) << 2023 << 3;
    QTest::newRow("31 December closes T3") << QDate(2023, 12, 31) << 2023 << 3;
    QTest::newRow("status date 25.01.2023 is in T1") << QDate(2023, 1, 25) << 2023 << 1;
    QTest::newRow("29 February of a leap year is in T1") << QDate(2024, 2, 29) << 2024 << 1;
}

void TestTertial::of()
{
    QFETCH(QDate, date);
    QFETCH(int, year);
    QFETCH(int, number);
    const Tertial t = Tertial::of(date);
    QCOMPARE(t.year, year);
    QCOMPARE(t.number, number);
    QVERIFY(t.contains(date));
    QVERIFY(!t.contains(t.firstDay().addDays(-1)));
    QVERIFY(!t.contains(t.lastDay().addDays(1)));
}

void TestTertial::boundaries_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("label");
    QTest::newRow("T1 is January to April")
        << 1 << QDate(2023, 1, 1) << QDate(2023, 4, 30) << QStringLiteral("T1 2023");
    QTest::newRow("T2 is May to August") << 2 << QDate(2023, 5, 1) << QDate(2023, 8, 31) << QStringLiteral("T2 2023");
    QTest::newRow("T3 is September to December")
        << 3 << QDate(2023, 9, 1) << QDate(2023, 12, 31) << QStringLiteral("T3 2023");
}

void TestTertial::boundaries()
{
    QFETCH(int, number);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, label);
    const Tertial t{2023, number};
    QCOMPARE(t.firstDay(), first);
    QCOMPARE(t.lastDay(), last);
    QCOMPARE(t.label(), label);
}

void TestTertial::stepsAcrossYears()
{
    QCOMPARE((Tertial{2023, 3}.next()), (Tertial{2024, 1}));
    QCOMPARE((Tertial{2024, 1}.previous()), (Tertial{2023, 3}));
    QCOMPARE((Tertial{2023, 1}.next()), (Tertial{2023, 2}));
    QVERIFY((Tertial{2023, 3}) < (Tertial{2024, 1}));
    QVERIFY(!Tertial::of(QDate()).isValid());
    QVERIFY(!Tertial{}.firstDay().isValid());
}

QTEST_GUILESS_MAIN(TestTertial)
#include "test_tertial.moc"
