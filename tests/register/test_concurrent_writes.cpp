// Issue 18, point 3: people working on one register at once lose nothing. Two Database objects on the same register
// (two connections: an SQLite file, or one database on the test server), in both orders, and truly at once in two
// threads with a connection each.
#include "RegisterFixture.h"
#include "import/ImportApplier.h"
#include "register/BulkEditService.h"
#include "register/SwapService.h"
#include "storage/Sql.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <barrier>
#include <thread>

using namespace rullering;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace
using namespace rullering::test;

class TestConcurrentWrites : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void staleSaveNamesWhoChangedWhichFieldWhen();
    void staleBulkEditNamesTheChange();
    void secondScanOfOneDeviceIsToldWhoReplacedIt_data();
    void secondScanOfOneDeviceIsToldWhoReplacedIt();
    void scansOfOneDeviceInTwoThreadsLeaveOneSwap();
    void bulkEditAndSwapInEitherOrder_data();
    void bulkEditAndSwapInEitherOrder();
    void bulkEditAndSwapsInTwoThreadsLoseNothing();
    void importAndAnEditMeanwhileLoseNothing();
    void importLinkAndASwapMeanwhileLoseNothing();

private:
    // A second connection to the same register, as another person's Rullering.
    std::unique_ptr<Database> openAgain() const;
    QSqlDatabase other() const { return m_other->connection(); }
    qint64 count(const QString& sql) const;
    // Who the audit says changed SHARED1 last: the name given on a file, the signed-in user on a server (issue 18).
    QString recordedWho() const;

    RegisterFixture m_fx;
    std::unique_ptr<Database> m_other;
    qint64 m_id = 0;
};

void TestConcurrentWrites::init()
{
    RULLERING_REQUIRE_TEST_ENGINE();
    m_fx = RegisterFixture();
    QVERIFY(m_fx.open());
    m_id = m_fx.add(m_fx.inUse(QStringLiteral("SHARED1")));
    QVERIFY(m_id > 0);
    m_other = openAgain();
    QVERIFY(m_other);
}

void TestConcurrentWrites::cleanup()
{
    m_other.reset();
    m_fx = RegisterFixture();
}

std::unique_ptr<Database> TestConcurrentWrites::openAgain() const
{
    Result<std::unique_ptr<Database>> opened = Database::open(m_fx.database->path(), Database::OpenMode::MustExist);
    if (!opened) {
        qWarning() << opened.errorMessage();
        return nullptr;
    }
    return std::move(opened).value();
}

qint64 TestConcurrentWrites::count(const QString& sql) const
{
    Result<QSqlQuery> query = runQuery(m_fx.db(), sql);
    if (!query || !query.value().next())
        return -1;
    return query.value().value(0).toLongLong();
}

QString TestConcurrentWrites::recordedWho() const
{
    Result<QSqlQuery> query = runQuery(
        m_fx.db(), QStringLiteral("SELECT who FROM audit WHERE device_id = ? ORDER BY id DESC LIMIT 1"), {m_id});
    if (!query || !query.value().next())
        return QStringLiteral("(no audit row)");
    return query.value().value(0).toString();
}

void TestConcurrentWrites::staleSaveNamesWhoChangedWhichFieldWhen()
{
    Device mine = DeviceRepository(m_fx.db()).findById(m_id).value();
    Device theirs = DeviceRepository(other()).findById(m_id).value();
    theirs.notes = QStringLiteral("Skjerm sprukket");
    theirs.primaryUser = QStringLiteral("Ola Hansen");
    ChangeContext ola = ChangeContext::now(AuditReason::Edit);
    ola.who = QStringLiteral("ola.tekniker");
    ola.at = QDateTime(QDate(2026, 12, 5), QTime(8, 41, 7), Qt::UTC);
    {
        Transaction tx(other());
        QVERIFY(DeviceRepository(other()).update(tx, theirs, ola).ok());
        QVERIFY(tx.commit().ok());
    }

    mine.notes = QStringLiteral("Mine notes");
    Transaction tx(m_fx.db());
    Result<QList<DeviceField>> written =
        DeviceRepository(m_fx.db()).update(tx, mine, ChangeContext::now(AuditReason::Edit));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code(), Error::Code::Conflict);
    const QString message = written.errorMessage();
    QVERIFY2(message.contains(QStringLiteral("SHARED1")), qPrintable(message));
    QVERIFY2(message.contains(recordedWho() + QStringLiteral(" changed ")), qPrintable(message));
    QVERIFY2(message.contains(deviceFieldName(DeviceField::Notes)), qPrintable(message));
    QVERIFY2(message.contains(deviceFieldName(DeviceField::PrimaryUser)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("at 2026-12-05 09:41")), qPrintable(message)); // Oslo time
    tx.rollback();
    QCOMPARE(m_fx.byId(m_id).notes, QStringLiteral("Skjerm sprukket"));
}

void TestConcurrentWrites::staleBulkEditNamesTheChange()
{
    const int version = m_fx.byId(m_id).version;
    BulkEdit theirs;
    theirs.model = QStringLiteral("ThinkPad T14 Gen 3");
    QVERIFY(BulkEditService(other()).apply({{m_id, version}}, theirs).ok());

    BulkEdit mine;
    mine.notes = QStringLiteral("Mine");
    Result<BulkEditOutcome> outcome = BulkEditService(m_fx.db()).apply({{m_id, version}}, mine);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code(), Error::Code::Conflict);
    const QString message = outcome.errorMessage();
    QVERIFY2(message.contains(recordedWho() + QStringLiteral(" changed ") + deviceFieldName(DeviceField::Model)),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Reload")), qPrintable(message));
    QCOMPARE(m_fx.byId(m_id).notes, QString());
    QCOMPARE(m_fx.byId(m_id).model, QStringLiteral("ThinkPad T14 Gen 3"));
}

void TestConcurrentWrites::secondScanOfOneDeviceIsToldWhoReplacedIt_data()
{
    QTest::addColumn<bool>("otherFirst");
    QTest::newRow("the other connection scans first") << true;
    QTest::newRow("this connection scans first") << false;
}

void TestConcurrentWrites::secondScanOfOneDeviceIsToldWhoReplacedIt()
{
    QFETCH(bool, otherFirst);
    const QSqlDatabase first = otherFirst ? other() : m_fx.db();
    const QSqlDatabase second = otherFirst ? m_fx.db() : other();
    QVERIFY(
        SwapService(first).swap({QStringLiteral("SHARED1"), QStringLiteral("NEWA"), QStringLiteral("Per"), {}}).ok());
    Result<SwapOutcome> again =
        SwapService(second).swap({QStringLiteral("SHARED1"), QStringLiteral("NEWB"), QStringLiteral("Kari"), {}});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code(), Error::Code::Refused);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QVERIFY2(again.errorMessage().startsWith(QStringLiteral("SHARED1 (MOL-SHARED1) was already replaced by NEWA at ") +
                                             today),
             qPrintable(again.errorMessage()));
    QVERIFY2(again.errorMessage().endsWith(QStringLiteral(" by Per.")), qPrintable(again.errorMessage()));
    QCOMPARE(m_fx.bySerial(QStringLiteral("NEWB")).id, qint64(0));
    QCOMPARE(m_fx.byId(m_id).replacedById, m_fx.bySerial(QStringLiteral("NEWA")).id);
}

void TestConcurrentWrites::scansOfOneDeviceInTwoThreadsLeaveOneSwap()
{
    // Many rounds, each two technicians scanning the same old device at the same moment (a barrier releases both).
    constexpr int Rounds = 12;
    for (int i = 0; i < Rounds; ++i)
        QVERIFY(m_fx.add(m_fx.inUse(QStringLiteral("RACE%1").arg(i))) > 0);
    const QString path = m_fx.database->path();
    std::barrier start(2);
    QStringList outcomes[2];
    auto technician = [&](int who) {
        Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::MustExist);
        for (int i = 0; i < Rounds; ++i) {
            start.arrive_and_wait();
            if (!db) {
                outcomes[who].append(QStringLiteral("open: ") + db.errorMessage());
                continue;
            }
            Result<SwapOutcome> swapped = SwapService(db.value()->connection())
                                              .swap({QStringLiteral("RACE%1").arg(i),
                                                     QStringLiteral("N%1-%2").arg(who).arg(i),
                                                     QStringLiteral("Tekniker %1").arg(who),
                                                     {}});
            outcomes[who].append(swapped ? QStringLiteral("ok") : swapped.errorMessage());
        }
    };
    std::thread a(technician, 0);
    std::thread b(technician, 1);
    a.join();
    b.join();
    for (int i = 0; i < Rounds; ++i) {
        const bool firstWon = outcomes[0].value(i) == QLatin1String("ok");
        const bool secondWon = outcomes[1].value(i) == QLatin1String("ok");
        QVERIFY2(firstWon != secondWon, qPrintable(outcomes[0].value(i) + u'|' + outcomes[1].value(i)));
        const int winner = firstWon ? 0 : 1;
        const QString loser = outcomes[1 - winner].value(i);
        const QString expected =
            QStringLiteral("RACE%1 (MOL-RACE%1) was already replaced by N%2-%1 at ").arg(i).arg(winner);
        QVERIFY2(loser.startsWith(expected), qPrintable(loser));
        QVERIFY2(loser.endsWith(QStringLiteral(" by Tekniker %1.").arg(winner)), qPrintable(loser));
        const Device old = m_fx.bySerial(QStringLiteral("RACE%1").arg(i));
        QCOMPARE(old.state, LifecycleState::Replaced);
        QCOMPARE(old.replacedById, m_fx.bySerial(QStringLiteral("N%1-%2").arg(winner).arg(i)).id);
        QCOMPARE(m_fx.bySerial(QStringLiteral("N%1-%2").arg(1 - winner).arg(i)).id, qint64(0));
    }
    // One swap's audit rows per round: the old device's state and the new one's, nothing twice.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit WHERE reason = 'swap' AND field = 'state'")),
             qint64(2 * Rounds));
}

void TestConcurrentWrites::bulkEditAndSwapInEitherOrder_data()
{
    QTest::addColumn<bool>("swapFirst");
    QTest::newRow("swap, then the bulk edit read before it") << true;
    QTest::newRow("bulk edit, then the swap") << false;
}

void TestConcurrentWrites::bulkEditAndSwapInEitherOrder()
{
    QFETCH(bool, swapFirst);
    const qint64 second = m_fx.add(m_fx.inUse(QStringLiteral("SHARED2")));
    // The coordinator read both devices before anything happened.
    const QList<DeviceStamp> read = {{m_id, m_fx.byId(m_id).version}, {second, m_fx.byId(second).version}};
    BulkEdit edit;
    edit.notes = QStringLiteral("Sjekk batteri");
    auto swap = [&] {
        return SwapService(other()).swap(
            {QStringLiteral("SHARED1"), QStringLiteral("NEWS"), QStringLiteral("Per"), {}});
    };
    if (swapFirst) {
        QVERIFY(swap().ok());
        Result<BulkEditOutcome> outcome = BulkEditService(m_fx.db()).apply(read, edit);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code(), Error::Code::Conflict);
        // The swap's audit rows name who recorded it (the actor; on a server the database user).
        QVERIFY2(outcome.errorMessage().contains(recordedWho() + QStringLiteral(" changed ") +
                                                 deviceFieldName(DeviceField::State)),
                 qPrintable(outcome.errorMessage()));
        QCOMPARE(m_fx.byId(second).notes, QString()); // all or nothing
    } else {
        QVERIFY(BulkEditService(m_fx.db()).apply(read, edit).ok());
        QVERIFY(swap().ok());
        QCOMPARE(m_fx.byId(m_id).notes, QStringLiteral("Sjekk batteri"));
        QCOMPARE(m_fx.byId(second).notes, QStringLiteral("Sjekk batteri"));
    }
    const Device old = m_fx.byId(m_id);
    QCOMPARE(old.state, LifecycleState::Replaced);
    QCOMPARE(old.replacedById, m_fx.bySerial(QStringLiteral("NEWS")).id);
    // Each stored write raised the version once: creation 1, the swap, and the bulk edit when it stood.
    QCOMPARE(old.version, swapFirst ? 2 : 3);
}

void TestConcurrentWrites::bulkEditAndSwapsInTwoThreadsLoseNothing()
{
    // A coordinator's bulk edit of every device and a technician's swaps of some of them, at the same time. Whatever
    // the interleaving: every swap that said it was stored is stored once, and the bulk edit is on every device it
    // covered or on none.
    constexpr int Devices = 300;
    constexpr int Swaps = 20;
    QList<DeviceStamp> all;
    for (int i = 0; i < Devices; ++i) {
        const qint64 id = m_fx.add(m_fx.inUse(QStringLiteral("FLEET%1").arg(i)));
        QVERIFY(id > 0);
        all.append({id, 0}); // read inside the edit's transaction
    }
    const QString path = m_fx.database->path();
    std::barrier start(2);
    QString editResult;
    QStringList swapResults;
    std::thread coordinator([&] {
        Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::MustExist);
        start.arrive_and_wait();
        if (!db) {
            editResult = db.errorMessage();
            return;
        }
        BulkEdit edit;
        edit.notes = QStringLiteral("Inventert");
        Result<BulkEditOutcome> outcome = BulkEditService(db.value()->connection()).apply(all, edit);
        editResult = outcome ? QStringLiteral("ok") : outcome.errorMessage();
    });
    std::thread technician([&] {
        Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::MustExist);
        start.arrive_and_wait();
        for (int i = 0; i < Swaps; ++i) {
            if (!db) {
                swapResults.append(db.errorMessage());
                continue;
            }
            Result<SwapOutcome> swapped = SwapService(db.value()->connection())
                                              .swap({QStringLiteral("FLEET%1").arg(i * 7),
                                                     QStringLiteral("NY%1").arg(i),
                                                     QStringLiteral("Per"),
                                                     {}});
            swapResults.append(swapped ? QStringLiteral("ok") : swapped.errorMessage());
        }
    });
    coordinator.join();
    technician.join();

    for (int i = 0; i < Swaps; ++i) {
        QVERIFY2(swapResults.value(i) == QLatin1String("ok"), qPrintable(swapResults.value(i)));
        const Device old = m_fx.bySerial(QStringLiteral("FLEET%1").arg(i * 7));
        QCOMPARE(old.state, LifecycleState::Replaced);
        QCOMPARE(old.replacedById, m_fx.bySerial(QStringLiteral("NY%1").arg(i)).id);
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM device WHERE state = %1").arg(int(LifecycleState::Replaced))),
             qint64(Swaps));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit WHERE reason = 'swap' AND field = 'state'")),
             qint64(2 * Swaps));
    const qint64 edited = count(QStringLiteral("SELECT COUNT(*) FROM device WHERE notes = 'Inventert'"));
    const qint64 editAudit = count(QStringLiteral("SELECT COUNT(*) FROM audit WHERE reason = 'bulk_edit'"));
    if (editResult == QLatin1String("ok")) {
        QCOMPARE(edited, qint64(Devices));
        QCOMPARE(editAudit, qint64(Devices));
    } else {
        // Refused because a swap came between its read and its write: then nothing of it is stored.
        QVERIFY2(editResult.contains(QStringLiteral("changed by someone else")), qPrintable(editResult));
        QCOMPARE(edited, qint64(0));
        QCOMPARE(editAudit, qint64(0));
    }
    // Every device's version counts exactly its stored writes: creation (SHARED1 and the fleet), the bulk edit if it
    // stood, each swap's old device once and its new device twice (created, then put into use).
    const qint64 expectedVersions = 1 + Devices + (editResult == QLatin1String("ok") ? Devices : 0) + Swaps + 2 * Swaps;
    QCOMPARE(count(QStringLiteral("SELECT SUM(version) FROM device")), expectedVersions);
}

// An import reads SHARED1, then another person saves a note on it before the import commits. On a server the
// import's updates are written after its last row, so the note is saved and the import, finding a newer version,
// applies nothing and names the change; on a file the import holds the write lock, so the note waits for it and is
// refused (busy). Either way exactly one of the two stands and the other was told: no change silently lost.
void TestConcurrentWrites::importAndAnEditMeanwhileLoseNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    QVERIFY(
        writeFile(path, "Serienummer;Maskinnavn;Bruker\nSHARED1;MOL-L0001;Randi Lie\nNEW0002;MOL-L0002;Per Hansen\n"));
    Status noteSaved;
    bool noteTried = false;
    ImportOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        if (!noteTried && done * 3 > total) { // the rows are read and matched: the apply pass
            noteTried = true;
            Device theirs = DeviceRepository(other()).findById(m_id).value();
            theirs.notes = QStringLiteral("Skjerm sprukket");
            ChangeContext ola = ChangeContext::now(AuditReason::Edit);
            ola.who = QStringLiteral("ola.tekniker");
            Transaction tx(other());
            Result<QList<DeviceField>> written = DeviceRepository(other()).update(tx, theirs, ola);
            noteSaved = written ? tx.commit() : Status(written.error());
        }
        return true;
    };
    Result<ImportReport> imported = ImportApplier::run(*m_fx.database, path, options);
    QVERIFY(noteTried);
    const Device stored = m_fx.byId(m_id);
    if (noteSaved.ok()) {
        QVERIFY2(!imported.ok(), "the import wrote over a note saved after it read the device");
        QCOMPARE(imported.error().code(), Error::Code::Conflict);
        QVERIFY2(imported.errorMessage().contains(recordedWho() + QStringLiteral(" changed ")),
                 qPrintable(imported.errorMessage()));
        QCOMPARE(stored.notes, QStringLiteral("Skjerm sprukket"));
        QCOMPARE(stored.primaryUser, QStringLiteral("Kari Nordmann")); // as before the import
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM device WHERE serial = 'NEW0002'")), 0);
    } else {
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QCOMPARE(stored.primaryUser, QStringLiteral("Randi Lie"));
        QCOMPARE(stored.notes, QString());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM device WHERE serial = 'NEW0002'")), 1);
    }
}

// A row whose only change is its link: the link is written after the rows, over the version the row read, so a
// successor a technician recorded meanwhile is not replaced by the file's (a server; a file's import holds the
// whole file, so the technician's save waits and fails, and the import links).
void TestConcurrentWrites::importLinkAndASwapMeanwhileLoseNothing()
{
    const qint64 theirSuccessor = m_fx.add(m_fx.inUse(QStringLiteral("THEIRS3")));
    QVERIFY(theirSuccessor > 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("links.csv"));
    QVERIFY(writeFile(path, "Serienummer;Erstattet av\nSHARED1;NEW0002\nNEW0002;\n"));
    Status swapSaved;
    bool swapTried = false;
    ImportOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        if (!swapTried && done * 3 > total) { // the rows are read and matched, the links not yet written
            swapTried = true;
            Device theirs = DeviceRepository(other()).findById(m_id).value();
            theirs.replacedById = theirSuccessor;
            ChangeContext ola = ChangeContext::now(AuditReason::Edit);
            ola.who = QStringLiteral("ola.tekniker");
            Transaction tx(other());
            Result<QList<DeviceField>> written = DeviceRepository(other()).update(tx, theirs, ola);
            swapSaved = written ? tx.commit() : Status(written.error());
        }
        return true;
    };
    Result<ImportReport> imported = ImportApplier::run(*m_fx.database, path, options);
    QVERIFY(swapTried);
    const Device stored = m_fx.byId(m_id);
    const qint64 created = count(QStringLiteral("SELECT COUNT(*) FROM device WHERE serial = 'NEW0002'"));
    if (swapSaved.ok()) {
        QVERIFY2(!imported.ok(), "the import's link wrote over a successor saved after it read the device");
        QCOMPARE(imported.error().code(), Error::Code::Conflict);
        QVERIFY2(imported.errorMessage().contains(recordedWho() + QStringLiteral(" changed ")),
                 qPrintable(imported.errorMessage()));
        QCOMPARE(stored.replacedById, theirSuccessor);
        QCOMPARE(created, 0);
    } else {
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QCOMPARE(created, 1);
        QCOMPARE(stored.replacedById, count(QStringLiteral("SELECT id FROM device WHERE serial = 'NEW0002'")));
    }
}

QTEST_GUILESS_MAIN(TestConcurrentWrites)
#include "test_concurrent_writes.moc"
