#include "domain/Lifecycle.h"
#include "domain/YearSource.h"

#include <QTest>

using namespace rullering;

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void retiredIsFinal();
    void replacedOnlyFromInUse();
    void keysRoundTrip();
    void parsesNorwegian();
    void yearSourcesByKeyInAnyCase();
};

void TestLifecycle::transitions_data()
{
    QTest::addColumn<LifecycleState>("from");
    QTest::addColumn<LifecycleState>("to");
    QTest::addColumn<bool>("allowed");
    using S = LifecycleState;
    QTest::newRow("ordered device arrives in stock") << S::Ordered << S::InStock << true;
    QTest::newRow("ordered device deployed directly") << S::Ordered << S::InUse << true;
    QTest::newRow("ordered device cannot be replaced") << S::Ordered << S::Replaced << false;
    QTest::newRow("stock device deployed") << S::InStock << S::InUse << true;
    QTest::newRow("stock device lent to a pool") << S::InStock << S::InPool << true;
    QTest::newRow("stock device cannot go back to ordered") << S::InStock << S::Ordered << false;
    QTest::newRow("device in use is replaced by a swap") << S::InUse << S::Replaced << true;
    QTest::newRow("device in use returned to stock") << S::InUse << S::InStock << true;
    QTest::newRow("device in use goes missing") << S::InUse << S::Lost << true;
    QTest::newRow("pool device handed out after the election") << S::InPool << S::InUse << true;
    QTest::newRow("pool device cannot be replaced") << S::InPool << S::Replaced << false;
    QTest::newRow("replaced device is retired") << S::Replaced << S::Retired << true;
    QTest::newRow("replaced device kept as spare") << S::Replaced << S::InStock << true;
    QTest::newRow("replaced device cannot be in use again") << S::Replaced << S::InUse << false;
    QTest::newRow("retired device cannot come back") << S::Retired << S::InUse << false;
    QTest::newRow("lost device found again") << S::Lost << S::InStock << true;
    QTest::newRow("same state is no transition") << S::InUse << S::InUse << false;
}

void TestLifecycle::transitions()
{
    QFETCH(LifecycleState, from);
    QFETCH(LifecycleState, to);
    QFETCH(bool, allowed);
    QCOMPARE(isTransitionAllowed(from, to), allowed);
    QCOMPARE(allowedTransitions(from).contains(to), allowed);
    if (!allowed)
        QVERIFY(!transitionRefusal(from, to).isEmpty());
}

void TestLifecycle::retiredIsFinal()
{
    QVERIFY(allowedTransitions(LifecycleState::Retired).isEmpty());
}

void TestLifecycle::replacedOnlyFromInUse()
{
    for (LifecycleState from : allLifecycleStates())
        QCOMPARE(isTransitionAllowed(from, LifecycleState::Replaced), from == LifecycleState::InUse);
}

void TestLifecycle::keysRoundTrip()
{
    for (LifecycleState state : allLifecycleStates()) {
        QCOMPARE(parseLifecycleState(lifecycleStateKey(state)), std::optional<LifecycleState>(state));
        QCOMPARE(parseLifecycleState(lifecycleStateName(state)), std::optional<LifecycleState>(state));
    }
}

void TestLifecycle::parsesNorwegian()
{
    QCOMPARE(parseLifecycleState(QStringLiteral("I bruk")), std::optional<LifecycleState>(LifecycleState::InUse));
    QCOMPARE(parseLifecycleState(QStringLiteral(" KASSERT ")), std::optional<LifecycleState>(LifecycleState::Retired));
    QCOMPARE(parseLifecycleState(QStringLiteral("på lager")), std::optional<LifecycleState>(LifecycleState::InStock));
    QVERIFY(!parseLifecycleState(QStringLiteral("borte vekk")).has_value());
}

void TestLifecycle::yearSourcesByKeyInAnyCase()
{
    // The year source column of a Rullering export: each key, in any case, read from the middle of a row.
    for (YearSource source :
         {YearSource::Unknown, YearSource::Explicit, YearSource::PurchaseDate, YearSource::WarrantyStart,
          YearSource::OsInstall, YearSource::BiosRelease, YearSource::ModelTypical}) {
        const QString key = yearSourceKey(source);
        QCOMPARE(parseYearSource(key), std::optional<YearSource>(source));
        QCOMPARE(parseYearSource(key.toUpper()), std::optional<YearSource>(source));
        const QString row = QStringLiteral("2018;") + key + QStringLiteral(";Volda");
        QCOMPARE(parseYearSource(QStringView(row).mid(5, key.size())), std::optional<YearSource>(source));
        QCOMPARE(parseYearSource(QStringView(key).chopped(1)), std::nullopt);
        QCOMPARE(parseYearSource(QString(key + u's')), std::nullopt);
    }
    QCOMPARE(parseYearSource(QString()), std::nullopt);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "test_lifecycle.moc"
