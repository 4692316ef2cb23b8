// Two Rullering instances on one file: neither loses an edit silently, and a busy file is waited for.
#include "RegisterFixture.h"
#include "register/BulkEditService.h"
#include "register/SwapService.h"
#include "storage/Sql.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace rullering;
using namespace rullering::test;

class TestTwoConnections : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void secondEditOfTheSameReadIsAConflict();
    void singleDeviceUpdateDetectsTheOtherSave();
    void swapOfADeviceTheOtherJustSwappedIsRefused();
    void busyDatabaseIsWaitedFor();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    RegisterFixture m_first;
    std::unique_ptr<Database> m_second;
    qint64 m_id = 0;
};

void TestTwoConnections::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("shared.rullering"));
    m_first = RegisterFixture();
    QVERIFY(m_first.open(path));
    m_id = m_first.add(m_first.inUse(QStringLiteral("SHARED1")));
    Result<std::unique_ptr<Database>> second = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
    m_second = std::move(second).value();
}

void TestTwoConnections::cleanup()
{
    m_second.reset();
    m_first = RegisterFixture();
    m_dir.reset();
}

void TestTwoConnections::secondEditOfTheSameReadIsAConflict()
{
    // Both read the device at the same version.
    const int version = DeviceRepository(m_first.db()).findById(m_id)->version;
    const int versionSeenBySecond = DeviceRepository(m_second->connection()).findById(m_id)->version;
    QCOMPARE(versionSeenBySecond, version);

    BulkEdit first;
    first.primaryUser = QStringLiteral("Første");
    QVERIFY(BulkEditService(m_first.db()).apply({{m_id, version}}, first).ok());

    BulkEdit second;
    second.primaryUser = QStringLiteral("Andre");
    Result<BulkEditOutcome> outcome =
        BulkEditService(m_second->connection()).apply({{m_id, versionSeenBySecond}}, second);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code(), Error::Code::Conflict);
    QCOMPARE(DeviceRepository(m_second->connection()).findById(m_id)->primaryUser, QStringLiteral("Første"));
}

void TestTwoConnections::singleDeviceUpdateDetectsTheOtherSave()
{
    Device mine = DeviceRepository(m_first.db()).findById(m_id).value();
    Device theirs = DeviceRepository(m_second->connection()).findById(m_id).value();
    theirs.notes = QStringLiteral("theirs");
    {
        Transaction tx(m_second->connection());
        QVERIFY(
            DeviceRepository(m_second->connection()).update(tx, theirs, ChangeContext::now(AuditReason::Edit)).ok());
        QVERIFY(tx.commit().ok());
    }
    mine.notes = QStringLiteral("mine");
    Transaction tx(m_first.db());
    Result<QList<DeviceField>> written = DeviceRepository(m_first.db()).update(tx, mine, ChangeContext::now("edit"));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code(), Error::Code::Conflict);
}

void TestTwoConnections::swapOfADeviceTheOtherJustSwappedIsRefused()
{
    QVERIFY(SwapService(m_second->connection()).swap({QStringLiteral("SHARED1"), QStringLiteral("NEWA"), {}, {}}).ok());
    Result<SwapOutcome> again =
        SwapService(m_first.db()).swap({QStringLiteral("SHARED1"), QStringLiteral("NEWB"), {}, {}});
    QVERIFY(!again.ok());
    QVERIFY(again.errorMessage().contains(QStringLiteral("already replaced")));
    QCOMPARE(m_first.bySerial(QStringLiteral("NEWB")).id, qint64(0));
}

void TestTwoConnections::busyDatabaseIsWaitedFor()
{
    // The first instance holds the write lock for a moment; the second's edit waits instead of failing with
    // "database is locked".
    const QString path = m_second->path();
    std::atomic<bool> ok = false;
    QString message;
    Transaction holding(m_first.db());
    QVERIFY(holding.isActive());
    QVERIFY(runStatement(m_first.db(), QStringLiteral("UPDATE device SET notes = 'held' WHERE id = ?"), {m_id}).ok());
    std::thread other([&] {
        Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::MustExist);
        if (!db) {
            message = db.errorMessage();
            return;
        }
        BulkEdit edit;
        edit.primaryUser = QStringLiteral("Venter");
        Result<BulkEditOutcome> outcome = BulkEditService(db.value()->connection()).apply({{m_id, 0}}, edit);
        ok = outcome.ok();
        message = outcome.errorMessage();
    });
    QTest::qWait(700);
    QVERIFY(holding.commit().ok());
    other.join();
    QVERIFY2(ok, qPrintable(message));
    const Device d = m_first.byId(m_id);
    QCOMPARE(d.notes, QStringLiteral("held"));
    QCOMPARE(d.primaryUser, QStringLiteral("Venter"));
}

QTEST_GUILESS_MAIN(TestTwoConnections)
#include "test_two_connections.moc"
