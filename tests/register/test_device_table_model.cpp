// The register's windowed model: consistent under QAbstractItemModelTester, and showing exactly the rows SQL gives.
#include "GeneratedRegister.h"
#include "generate/FleetGenerator.h"
#include "register/DeviceListQuery.h"
#include "register/DeviceTableModel.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

class TestDeviceTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesTheModelTester();
    void rowsAreTheSqlPage();
    void sortsInSql();
    void filterChangesTheCount();
    void editRequestsCarryIdAndVersion();
    void refreshKeepsRowsWhenCountUnchanged();
    void slowCountGoesToTheBackground();
    void newestFilterWinsInTheBackground();
    void fastCountStaysInTheForeground();
    void refreshWithASlowCountReloadsInTheBackground();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDeviceTableModel::initTestCase()
{
    Result<std::unique_ptr<Database>> opened =
        test::generatedRegister(m_dir.filePath(QStringLiteral("model.rullering")), 3000, 11);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_db = std::move(opened).value();
}

void TestDeviceTableModel::passesTheModelTester()
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db.get());
    QCOMPARE(model.rowCount(), 3000);
    model.sort(static_cast<int>(DeviceColumn::ProductionYear), Qt::DescendingOrder);
    DeviceFilter filter;
    filter.types = {DeviceType::Laptop};
    model.setFilter(filter);
    model.refresh();
    for (int row = 0; row < model.rowCount(); row += 97)
        QVERIFY(model.index(row, 0).data().isValid());
    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestDeviceTableModel::rowsAreTheSqlPage()
{
    DeviceTableModel model;
    model.setDatabase(m_db.get());
    const DeviceSort sort = model.deviceSort();
    Result<QList<Device>> page = DeviceListQuery(m_db->connection()).page(DeviceFilter(), sort, 1000, 300);
    QVERIFY(page.ok());
    for (int i = 0; i < page->size(); ++i) {
        const QModelIndex index = model.index(1000 + i, static_cast<int>(DeviceColumn::Serial));
        QCOMPARE(index.data().toString(), page->at(i).serial);
        QCOMPARE(index.data(DeviceTableModel::DeviceIdRole).toLongLong(), page->at(i).id);
    }
}

void TestDeviceTableModel::sortsInSql()
{
    DeviceTableModel model;
    model.setDatabase(m_db.get());
    model.sort(static_cast<int>(DeviceColumn::ProductionYear), Qt::AscendingOrder);
    int previous = 0;
    for (int row = 0; row < model.rowCount(); row += 13) {
        const int year = model.index(row, static_cast<int>(DeviceColumn::ProductionYear)).data(Qt::EditRole).toInt();
        QVERIFY2(year >= previous, qPrintable(QStringLiteral("row %1: %2 after %3").arg(row).arg(year).arg(previous)));
        previous = year;
    }
}

void TestDeviceTableModel::filterChangesTheCount()
{
    DeviceTableModel model;
    model.setDatabase(m_db.get());
    QSignalSpy counts(&model, &DeviceTableModel::countChanged);
    DeviceFilter filter;
    filter.states = {LifecycleState::Replaced};
    model.setFilter(filter);
    QCOMPARE(counts.size(), 1);
    const qint64 expected = DeviceListQuery(m_db->connection()).count(filter).value();
    QCOMPARE(counts.constFirst().constFirst().toLongLong(), expected);
    QCOMPARE(model.rowCount(), int(expected));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, static_cast<int>(DeviceColumn::State)).data(Qt::EditRole).toInt(),
                 int(LifecycleState::Replaced));
}

void TestDeviceTableModel::editRequestsCarryIdAndVersion()
{
    DeviceTableModel model;
    model.setDatabase(m_db.get());
    QSignalSpy edits(&model, &DeviceTableModel::editRequested);
    const QModelIndex user = model.index(5, static_cast<int>(DeviceColumn::PrimaryUser));
    QVERIFY(model.flags(user) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(5, static_cast<int>(DeviceColumn::Serial))) & Qt::ItemIsEditable));
    QVERIFY(model.setData(user, QStringLiteral("Ny Bruker")));
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits.constFirst().at(0).toLongLong(), user.data(DeviceTableModel::DeviceIdRole).toLongLong());
    QCOMPARE(edits.constFirst().at(1).toInt(), user.data(DeviceTableModel::DeviceVersionRole).toInt());
    QCOMPARE(edits.constFirst().at(2).value<DeviceField>(), DeviceField::PrimaryUser);
}

void TestDeviceTableModel::refreshKeepsRowsWhenCountUnchanged()
{
    DeviceTableModel model;
    model.setDatabase(m_db.get());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.refresh();
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
}

void TestDeviceTableModel::slowCountGoesToTheBackground()
{
    // A budget of 0 ms: every count is "slow" and finishes on the loader's thread.
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setForegroundBudget(0);
    QSignalSpy counts(&model, &DeviceTableModel::countChanged);
    QSignalSpy loading(&model, &DeviceTableModel::loadingChanged);
    model.setDatabase(m_db.get());
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(counts.size(), 0); // no count until it is known
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(loading.size(), 2);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.constFirst().constFirst().toLongLong(), 3000);
    QCOMPARE(model.rowCount(), 3000);
    const QList<Device> page =
        DeviceListQuery(m_db->connection()).page(DeviceFilter(), model.deviceSort(), 0, 300).value();
    for (int i = 0; i < page.size(); ++i) // the first rows came with the count, the rest are read here
        QCOMPARE(model.index(i, static_cast<int>(DeviceColumn::Serial)).data().toString(), page.at(i).serial);
}

void TestDeviceTableModel::newestFilterWinsInTheBackground()
{
    // The person types on while counts run: each new filter cancels the count before it, and only the last one's
    // count is ever reported or shown.
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setForegroundBudget(0);
    model.setDatabase(m_db.get());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QSignalSpy counts(&model, &DeviceTableModel::countChanged);
    DeviceFilter filter;
    for (const char* text : {"m", "mo", "mol", "mol-"}) {
        filter.search = QString::fromLatin1(text);
        model.setFilter(filter);
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
    }
    model.sort(static_cast<int>(DeviceColumn::Serial), Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QTest::qWait(100); // anything still queued from the superseded counts would arrive now
    const qint64 expected = DeviceListQuery(m_db->connection()).count(filter).value();
    QVERIFY(expected > 0 && expected < 3000);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.constFirst().constFirst().toLongLong(), expected);
    QCOMPARE(model.rowCount(), int(expected));
    const DeviceSort sort{DeviceColumn::Serial, true};
    const QList<Device> page = DeviceListQuery(m_db->connection()).page(filter, sort, 0, 20).value();
    for (int i = 0; i < page.size(); ++i)
        QCOMPARE(model.index(i, 0).data(DeviceTableModel::DeviceIdRole).toLongLong(), page.at(i).id);
}

void TestDeviceTableModel::fastCountStaysInTheForeground()
{
    DeviceTableModel model;
    model.setForegroundBudget(10000);
    model.setDatabase(m_db.get());
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 3000);
}

void TestDeviceTableModel::refreshWithASlowCountReloadsInTheBackground()
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setForegroundBudget(0);
    model.setDatabase(m_db.get());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QSignalSpy counts(&model, &DeviceTableModel::countChanged);
    model.refresh(); // after a change elsewhere: the count is re-read, here in the background
    QVERIFY(model.isLoading());
    model.refresh(); // a second change while it runs restarts it
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QTest::qWait(50);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(model.rowCount(), 3000);
}

QTEST_MAIN(TestDeviceTableModel)
#include "test_device_table_model.moc"
