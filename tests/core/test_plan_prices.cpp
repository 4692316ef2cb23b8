// Unit prices are real amounts (issue 19, point 9): the policy refuses what would make a cost infinite or absurd,
// so the CLI, the GUI's policy dialog and a saved plan read from JSON all meet the same rule.
#include "planning/PlanPolicy.h"

#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace rullering;

class TestPlanPrices : public QObject
{
    Q_OBJECT

private slots:
    void policyRefusesPricesThatAreNotAmounts_data();
    void policyRefusesPricesThatAreNotAmounts();
    void savedPlanWithAnAbsurdPriceIsRefused();
};

void TestPlanPrices::policyRefusesPricesThatAreNotAmounts_data()
{
    QTest::addColumn<double>("price");
    QTest::addColumn<QString>("problemPart"); // empty: accepted
    QTest::newRow("not entered") << 0.0 << QString();
    QTest::newRow("a laptop") << 11500.5 << QString();
    QTest::newRow("the bound itself") << StandardItem::MaxUnitPrice << QString();
    QTest::newRow("1e308") << 1e308 << QStringLiteral("above 10000000 NOK");
    QTest::newRow("just above the bound") << StandardItem::MaxUnitPrice + 1 << QStringLiteral("above");
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QStringLiteral("not a number");
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("not a number");
    QTest::newRow("negative") << -1.0 << QStringLiteral("negative");
}

void TestPlanPrices::policyRefusesPricesThatAreNotAmounts()
{
    QFETCH(double, price);
    QFETCH(QString, problemPart);
    PlanPolicy policy = PlanPolicy::defaults(QDate(2026, 11, 23));
    policy.setStandard(DeviceType::Laptop, {QStringLiteral("Latitude 5450"), price});
    const QString problem = policy.validate();
    if (problemPart.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        return;
    }
    QVERIFY2(problem.contains(problemPart), qPrintable(problem));
    QVERIFY2(problem.contains(deviceTypeName(DeviceType::Laptop)), qPrintable(problem));
}

void TestPlanPrices::savedPlanWithAnAbsurdPriceIsRefused()
{
    QJsonObject json = PlanPolicy::defaults(QDate(2026, 11, 23)).toJson();
    json.insert(QStringLiteral("standards"),
                QJsonObject{{QStringLiteral("laptop"), QJsonObject{{QStringLiteral("model"), QStringLiteral("X")},
                                                                   {QStringLiteral("unitPrice"), 1e308}}}});
    const Result<PlanPolicy> policy = PlanPolicy::fromJson(json);
    QVERIFY(!policy.ok());
    QVERIFY2(policy.errorMessage().contains(QStringLiteral("above")), qPrintable(policy.errorMessage()));
}

QTEST_GUILESS_MAIN(TestPlanPrices)
#include "test_plan_prices.moc"
