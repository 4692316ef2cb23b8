#include "generate/FleetGenerator.h"
#include "register/DeviceTableModel.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

class TestDeviceTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesModelTester();
    void pagesMatchSqlOrder();
    void filterCountsMatchSql();
    void emptyWithoutDatabase();

private:
    qint64 scalar(const QString& sql);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDeviceTableModel::initTestCase()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_dir.filePath(QStringLiteral("m.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db.value());
    GenerateOptions options;
    options.devices = 1200; // more than a few pages
    options.asOf = QDate(2023, 1, 25);
    QVERIFY(FleetGenerator::generate(*m_db, options).ok());
}

qint64 TestDeviceTableModel::scalar(const QString& sql)
{
    Result<QSqlQuery> q = runQuery(m_db->connection(), sql);
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

void TestDeviceTableModel::passesModelTester()
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db->connection());
    QCOMPARE(model.rowCount(), 1200);
    model.sort(static_cast<int>(DeviceColumn::ProductionYear), Qt::DescendingOrder);
    DeviceFilter filter;
    filter.types = {DeviceType::Tablet};
    model.setFilter(filter);
    model.refresh();
    for (int row = 0; row < model.rowCount(); row += 97)
        QVERIFY(model.index(row, 0).data().isValid());
}

void TestDeviceTableModel::pagesMatchSqlOrder()
{
    DeviceTableModel model;
    model.setDatabase(m_db->connection());
    model.sort(static_cast<int>(DeviceColumn::Serial), Qt::AscendingOrder);
    // Rows across page boundaries come in the same order as SQL gives them.
    for (int row : {0, 255, 256, 511, 1199}) {
        Result<QSqlQuery> q =
            runQuery(m_db->connection(),
                     QStringLiteral("SELECT serial FROM device ORDER BY serial, id LIMIT 1 OFFSET ?"), {row});
        QVERIFY(q.ok() && q.value().next());
        QCOMPARE(model.index(row, static_cast<int>(DeviceColumn::Serial)).data().toString(),
                 q.value().value(0).toString());
    }
    QVERIFY(model.deviceAt(1199).has_value());
    QVERIFY(!model.deviceAt(1200).has_value());
}

void TestDeviceTableModel::filterCountsMatchSql()
{
    DeviceTableModel model;
    model.setDatabase(m_db->connection());
    QSignalSpy counted(&model, &DeviceTableModel::countChanged);
    DeviceFilter filter;
    filter.states = {LifecycleState::InUse};
    filter.productionYearTo = 2017;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(),
             scalar(QStringLiteral("SELECT COUNT(*) FROM device WHERE state = 2 AND production_year <= 2017")));
    QCOMPARE(counted.size(), 1);
    filter = DeviceFilter();
    filter.search = QStringLiteral("thinkpad");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), scalar(QStringLiteral("SELECT COUNT(*) FROM device WHERE model LIKE '%thinkpad%'")));
    QVERIFY(model.rowCount() > 0);
}

void TestDeviceTableModel::emptyWithoutDatabase()
{
    DeviceTableModel model;
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), static_cast<int>(DeviceColumn::Count));
    QVERIFY(!model.index(0, 0).isValid());
}

QTEST_MAIN(TestDeviceTableModel)
#include "test_device_table_model.moc"
