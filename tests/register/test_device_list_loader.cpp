// The register's background counting: the newest request's result is the one reported, superseded ones are
// cancelled and never reported as loaded after it, and the first rows come with the count.
#include "GeneratedRegister.h"
#include "generate/FleetGenerator.h"
#include "register/DeviceListLoader.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

class TestDeviceListLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsCountAndFirstRows();
    void newestRequestWins();
    void missingDatabaseFails();
    void destroyedWhileLoading();

private:
    QString m_path;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDeviceListLoader::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("loader.rullering"));
    Result<std::unique_ptr<Database>> opened = test::generatedRegister(m_path, 3000, 7);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_db = std::move(opened).value();
}

void TestDeviceListLoader::loadsCountAndFirstRows()
{
    DeviceListLoader loader;
    QSignalSpy loaded(&loader, &DeviceListLoader::loaded);
    DeviceFilter filter;
    filter.types = {DeviceType::Laptop};
    const DeviceSort sort{DeviceColumn::ProductionYear, true};
    const quint64 id = loader.start({m_path, filter, sort, 100});
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
    const DeviceListQuery query(m_db->connection());
    QCOMPARE(loaded.constFirst().at(0).toULongLong(), id);
    QCOMPARE(loaded.constFirst().at(1).toLongLong(), query.count(filter).value());
    const auto rows = loaded.constFirst().at(2).value<QList<Device>>();
    QCOMPARE(rows, query.page(filter, sort, 0, 100).value());
}

void TestDeviceListLoader::newestRequestWins()
{
    DeviceListLoader loader;
    QList<quint64> order; // every report, in arrival order
    QHash<quint64, qint64> counts;
    connect(&loader, &DeviceListLoader::loaded, this, [&](quint64 id, qint64 count) {
        order.append(id);
        counts.insert(id, count);
    });
    connect(&loader, &DeviceListLoader::cancelled, this, [&](quint64 id) { order.append(id); });
    DeviceFilter replaced;
    replaced.states = {LifecycleState::Replaced};
    DeviceFilter searched;
    searched.search = QStringLiteral("mol");
    const quint64 first = loader.start({m_path, DeviceFilter(), DeviceSort(), 256});
    const quint64 second = loader.start({m_path, replaced, DeviceSort(), 256});
    const quint64 newest = loader.start({m_path, searched, DeviceSort(), 256});
    QTRY_VERIFY_WITH_TIMEOUT(order.contains(newest), 10000);
    QTest::qWait(50);
    // Each request is reported once, in order; the superseded ones as cancelled (or loaded, had they finished
    // before the next one started), the newest last and loaded with its own count.
    QCOMPARE(order, (QList<quint64>{first, second, newest}));
    QVERIFY(counts.contains(newest));
    QCOMPARE(counts.value(newest), DeviceListQuery(m_db->connection()).count(searched).value());
}

void TestDeviceListLoader::missingDatabaseFails()
{
    DeviceListLoader loader;
    QSignalSpy failed(&loader, &DeviceListLoader::failed);
    QSignalSpy loaded(&loader, &DeviceListLoader::loaded);
    loader.start({m_dir.filePath(QStringLiteral("missing.rullering")), DeviceFilter(), DeviceSort(), 10});
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY(!failed.constFirst().at(1).toString().isEmpty());
    QCOMPARE(loaded.size(), 0);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.rullering"))));
}

void TestDeviceListLoader::destroyedWhileLoading()
{
    // The window closes while a count runs: the loader stops it and waits, nothing is reported to a dead object.
    auto loader = std::make_unique<DeviceListLoader>();
    DeviceFilter filter;
    filter.search = QStringLiteral("a");
    loader->start({m_path, filter, DeviceSort(), 256});
    loader.reset();
    QTest::qWait(20);
}

QTEST_GUILESS_MAIN(TestDeviceListLoader)
#include "test_device_list_loader.moc"
