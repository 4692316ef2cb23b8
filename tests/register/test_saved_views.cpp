#include "TestRegister.h"
#include "register/SavedViews.h"
#include "storage/Database.h"

#include <QSqlDatabase>
#include <QTest>

using namespace rullering;

class TestSavedViews : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTripsFilterColumnsAndSort();
    void replacesByNameAndRemoves();
    void refusesAnEmptyName();
    void missingViewIsNotFound();

private:
    std::unique_ptr<test::TestRegister> m_register;
    std::unique_ptr<Database> m_db;
};

void TestSavedViews::init()
{
    RULLERING_REQUIRE_TEST_ENGINE();
    m_db.reset();
    m_register = std::make_unique<test::TestRegister>();
    QVERIFY2(m_register->isValid(), qPrintable(m_register->error()));
    Result<std::unique_ptr<Database>> opened = Database::open(m_register->path());
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_db = std::move(opened).value();
}

void TestSavedViews::roundTripsFilterColumnsAndSort()
{
    SavedView view;
    view.name = QStringLiteral("Molde laptops due 2026");
    view.filter.municipalityIds = {3, 4};
    view.filter.locationIds = {17};
    view.filter.departmentIds = {5};
    view.filter.networkIds = {2};
    view.filter.types = {DeviceType::Laptop, DeviceType::Tablet};
    view.filter.states = {LifecycleState::InUse};
    view.filter.productionYearFrom = 2016;
    view.filter.productionYearTo = 2019;
    view.filter.dueYear = 2026;
    view.filter.notSeenForDays = 90;
    view.filter.search = QStringLiteral("Sæther \"x\"");
    view.columns = {DeviceColumn::Hostname, DeviceColumn::Serial, DeviceColumn::PrimaryUser};
    view.sort = {DeviceColumn::ProductionYear, true};
    SavedViews views(m_db->connection());
    QVERIFY(views.save(view).ok());
    Result<SavedView> loaded = views.load(view.name);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.value(), view);
}

void TestSavedViews::replacesByNameAndRemoves()
{
    SavedViews views(m_db->connection());
    SavedView view;
    view.name = QStringLiteral("B");
    QVERIFY(views.save(view).ok());
    view.name = QStringLiteral("A");
    QVERIFY(views.save(view).ok());
    view.filter.seenWithinDays = 30;
    QVERIFY(views.save(view).ok());
    QCOMPARE(views.names().value(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(views.load(QStringLiteral("A"))->filter.seenWithinDays, 30);
    QVERIFY(views.remove(QStringLiteral("A")).ok());
    QCOMPARE(views.names().value(), QStringList{QStringLiteral("B")});
}

void TestSavedViews::refusesAnEmptyName()
{
    SavedView view;
    view.name = QStringLiteral("  ");
    const Status saved = SavedViews(m_db->connection()).save(view);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code(), Error::Code::Invalid);
}

void TestSavedViews::missingViewIsNotFound()
{
    Result<SavedView> loaded = SavedViews(m_db->connection()).load(QStringLiteral("nope"));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code(), Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestSavedViews)
#include "test_saved_views.moc"
