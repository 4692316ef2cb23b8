#include "RegisterFixture.h"
#include "register/SwapProgress.h"
#include "register/SwapService.h"

#include <QTest>

using namespace rullering;
using namespace rullering::test;

class TestSwapService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsUnknownNewDevice();
    void matchesNewDeviceFromStockOrderOrPool_data();
    void matchesNewDeviceFromStockOrderOrPool();
    void matchesImportedUnplacedDevice();
    void refusals_data();
    void refusals();
    void normalisesScannedSerials();
    void swapOnTheDayOfPuttingIntoUseIsAllowed();
    void technicianNameFollowsTheTextRule();
    void dateDefaultsToTodayAndMayBeEarlier();
    void auditsEveryChangeAsSwap();
    void undoRestoresBothDevices();
    void undoOfCreatedDeviceLeavesItInStock();
    void undoRefusedAfterSomeoneElseChangedTheDevice();
    void dueRemainingLeavesPhonesAndServersOut();

private:
    RegisterFixture m_fx;
    qint64 m_oldId = 0;
    const QDate m_today = QDate(2026, 11, 23);
};

void TestSwapService::init()
{
    m_fx = RegisterFixture();
    QVERIFY(m_fx.open());
    m_oldId = m_fx.add(m_fx.inUse(QStringLiteral("OLD1")));
    QVERIFY(m_oldId > 0);
}

void TestSwapService::createsUnknownNewDevice()
{
    SwapService service(m_fx.db());
    Result<SwapOutcome> outcome = service.swap(
        {QStringLiteral("OLD1"), QStringLiteral("NEW1"), QStringLiteral("Per Tekniker"), QDate(2026, 11, 20)}, m_today);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QVERIFY(outcome->createdNew);

    const Device old = m_fx.byId(m_oldId);
    const Device incoming = m_fx.bySerial(QStringLiteral("NEW1"));
    QVERIFY(incoming.id > 0);
    QCOMPARE(old.state, LifecycleState::Replaced);
    QCOMPARE(old.replacedById, incoming.id);
    QCOMPARE(old.replacedOn, QDate(2026, 11, 20));
    QCOMPARE(old.replacedByTechnician, QStringLiteral("Per Tekniker"));

    QCOMPARE(incoming.state, LifecycleState::InUse);
    QCOMPARE(incoming.inServiceFrom, QDate(2026, 11, 20));
    QCOMPARE(incoming.municipalityId, m_fx.molde);
    QCOMPARE(incoming.locationId, m_fx.townHall);
    QCOMPARE(incoming.departmentId, m_fx.helse);
    QCOMPARE(incoming.networkId, m_fx.adminNet);
    QCOMPARE(incoming.primaryUser, QStringLiteral("Kari Nordmann"));
    QCOMPARE(incoming.type, DeviceType::Laptop);
}

void TestSwapService::matchesNewDeviceFromStockOrderOrPool_data()
{
    QTest::addColumn<LifecycleState>("state");
    QTest::newRow("ordered device is deployed") << LifecycleState::Ordered;
    QTest::newRow("device in stock is deployed") << LifecycleState::InStock;
    QTest::newRow("election pool device is deployed") << LifecycleState::InPool;
}

void TestSwapService::matchesNewDeviceFromStockOrderOrPool()
{
    QFETCH(LifecycleState, state);
    Device stock;
    stock.serial = QStringLiteral("NEW2");
    stock.type = DeviceType::Laptop;
    stock.model = QStringLiteral("ThinkPad T14 Gen 5");
    stock.productionYear = 2026;
    stock.state = state;
    const qint64 newId = m_fx.add(stock);
    const qint64 devicesBefore = DeviceRepository(m_fx.db()).count().value();

    Result<SwapOutcome> outcome =
        SwapService(m_fx.db()).swap({QStringLiteral("OLD1"), QStringLiteral("NEW2"), {}, {}}, m_today);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QVERIFY(!outcome->createdNew);
    QCOMPARE(DeviceRepository(m_fx.db()).count().value(), devicesBefore);
    const Device incoming = m_fx.byId(newId);
    QCOMPARE(incoming.state, LifecycleState::InUse);
    QCOMPARE(incoming.model, QStringLiteral("ThinkPad T14 Gen 5"));
    QCOMPARE(incoming.locationId, m_fx.townHall);
    QCOMPARE(incoming.inServiceFrom, m_today);
    QCOMPARE(m_fx.byId(m_oldId).replacedById, newId);
}

void TestSwapService::matchesImportedUnplacedDevice()
{
    // Intune reported the new PC (enrolled by the technician) before the swap was recorded.
    Device imported;
    imported.serial = QStringLiteral("NEW3");
    imported.hostname = QStringLiteral("MOL-L2001");
    imported.state = LifecycleState::InUse;
    const qint64 newId = m_fx.add(imported, AuditReason::Import);
    Result<SwapOutcome> outcome =
        SwapService(m_fx.db()).swap({QStringLiteral("OLD1"), QStringLiteral("NEW3"), {}, {}}, m_today);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QCOMPARE(m_fx.byId(newId).departmentId, m_fx.helse);
    QCOMPARE(m_fx.byId(newId).hostname, QStringLiteral("MOL-L2001"));
}

void TestSwapService::refusals_data()
{
    QTest::addColumn<QString>("oldSerial");
    QTest::addColumn<QString>("newSerial");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messagePart");
    const int refused = int(Error::Code::Refused);
    const QDate today(2026, 11, 23);
    QTest::newRow("unknown old serial") << QStringLiteral("NOPE") << QStringLiteral("NEW9") << today
                                        << int(Error::Code::NotFound)
                                        << QStringLiteral("No device with serial number NOPE");
    QTest::newRow("old already replaced") << QStringLiteral("GONE1") << QStringLiteral("NEW9") << today << refused
                                          << QStringLiteral("already replaced on 2026-01-10");
    QTest::newRow("old not in use") << QStringLiteral("STOCK1") << QStringLiteral("NEW9") << today << refused
                                    << QStringLiteral("is not in use");
    QTest::newRow("new serial in use elsewhere") << QStringLiteral("OLD1") << QStringLiteral("BUSY1") << today
                                                 << refused << QStringLiteral("already in use elsewhere (Ola Hansen");
    QTest::newRow("the same serial twice") << QStringLiteral("OLD1") << QStringLiteral("old1") << today << refused
                                           << QStringLiteral("same as the old one");
    QTest::newRow("new device was itself replaced") << QStringLiteral("OLD1") << QStringLiteral("GONE1") << today
                                                    << refused << QStringLiteral("was itself replaced");
    QTest::newRow("new device retired") << QStringLiteral("OLD1") << QStringLiteral("RET1") << today << refused
                                        << QStringLiteral("retired");
    QTest::newRow("date in the future") << QStringLiteral("OLD1") << QStringLiteral("NEW9") << today.addDays(1)
                                        << int(Error::Code::Invalid) << QStringLiteral("in the future");
    QTest::newRow("empty new serial") << QStringLiteral("OLD1") << QStringLiteral("  ") << today
                                      << int(Error::Code::Invalid) << QStringLiteral("new device");
    // The import's rule for a serial (issue 19, point 6): what a swap stores must import back.
    const int invalid = int(Error::Code::Invalid);
    for (const char* placeholder : {"0", "Default string", "To be filled by O.E.M.", "System Serial Number", "000"})
        QTest::newRow(qPrintable(QStringLiteral("placeholder serial \"%1\"").arg(QLatin1String(placeholder))))
            << QStringLiteral("OLD1") << QString::fromLatin1(placeholder) << today << invalid
            << QStringLiteral("placeholder");
    // Point 7: a scanner never sends these; a paste or a script does.
    QTest::newRow("tab inside the new serial") << QStringLiteral("OLD1") << QStringLiteral("NEW\t9") << today << invalid
                                               << QStringLiteral("control character (TAB");
    QTest::newRow("newline inside the new serial") << QStringLiteral("OLD1") << QStringLiteral("NEW\n9") << today
                                                   << invalid << QStringLiteral("control character (LF");
    QTest::newRow("5,000-character new serial")
        << QStringLiteral("OLD1") << QString(5000, u'N') << today << invalid << QStringLiteral("5000 characters long");
    // Point 8: the old device (produced 2017) cannot be swapped out before it existed.
    QTest::newRow("date in 1900") << QStringLiteral("OLD1") << QStringLiteral("NEW9") << QDate(1900, 1, 1) << invalid
                                  << QStringLiteral("before 1980-01-01");
    QTest::newRow("date before the production year")
        << QStringLiteral("OLD1") << QStringLiteral("NEW9") << QDate(2016, 12, 31) << refused
        << QStringLiteral("was produced (2017)");
    QTest::newRow("date before the old device was put into use")
        << QStringLiteral("FRESH1") << QStringLiteral("NEW9") << QDate(2026, 5, 31) << refused
        << QStringLiteral("put into use on 2026-06-01");
}

void TestSwapService::refusals()
{
    QFETCH(QString, oldSerial);
    QFETCH(QString, newSerial);
    QFETCH(QDate, date);
    QFETCH(int, code);
    QFETCH(QString, messagePart);

    Device gone = m_fx.inUse(QStringLiteral("GONE1"));
    gone.state = LifecycleState::Replaced;
    gone.replacedOn = QDate(2026, 1, 10);
    m_fx.add(gone);
    Device stock = m_fx.inUse(QStringLiteral("STOCK1"));
    stock.state = LifecycleState::InStock;
    m_fx.add(stock);
    m_fx.add(m_fx.inUse(QStringLiteral("BUSY1"), QStringLiteral("Ola Hansen")));
    Device retired = m_fx.inUse(QStringLiteral("RET1"));
    retired.state = LifecycleState::Retired;
    m_fx.add(retired);
    Device fresh = m_fx.inUse(QStringLiteral("FRESH1"));
    fresh.inServiceFrom = QDate(2026, 6, 1);
    m_fx.add(fresh);

    const qint64 auditBefore = m_fx.auditCount();
    const qint64 devicesBefore = DeviceRepository(m_fx.db()).count().value();
    const Device oldBefore = m_fx.byId(m_oldId);

    Result<SwapOutcome> outcome = SwapService(m_fx.db()).swap({oldSerial, newSerial, {}, date}, QDate(2026, 11, 23));
    QVERIFY(!outcome.ok());
    QCOMPARE(int(outcome.error().code()), code);
    QVERIFY2(outcome.errorMessage().contains(messagePart), qPrintable(outcome.errorMessage()));
    QCOMPARE(m_fx.auditCount(), auditBefore);
    QCOMPARE(DeviceRepository(m_fx.db()).count().value(), devicesBefore);
    QCOMPARE(m_fx.byId(m_oldId), oldBefore);
}

void TestSwapService::normalisesScannedSerials()
{
    Result<SwapOutcome> outcome =
        SwapService(m_fx.db()).swap({QStringLiteral("  old1 \t"), QStringLiteral(" new5\n"), {}, {}}, m_today);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QCOMPARE(m_fx.bySerial(QStringLiteral("NEW5")).state, LifecycleState::InUse);
}

void TestSwapService::swapOnTheDayOfPuttingIntoUseIsAllowed()
{
    Device fresh = m_fx.inUse(QStringLiteral("FRESH2"));
    fresh.inServiceFrom = QDate(2026, 6, 1);
    m_fx.add(fresh);
    Result<SwapOutcome> outcome =
        SwapService(m_fx.db()).swap({QStringLiteral("FRESH2"), QStringLiteral("NEW8"), {}, QDate(2026, 6, 1)}, m_today);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
}

void TestSwapService::technicianNameFollowsTheTextRule()
{
    const qint64 auditBefore = m_fx.auditCount();
    Result<SwapOutcome> outcome = SwapService(m_fx.db()).swap(
        {QStringLiteral("OLD1"), QStringLiteral("NEW8"), QStringLiteral("Per\nTekniker"), {}}, m_today);
    QVERIFY(!outcome.ok());
    QCOMPARE(int(outcome.error().code()), int(Error::Code::Invalid));
    QVERIFY2(outcome.errorMessage().contains(QStringLiteral("technician")), qPrintable(outcome.errorMessage()));
    QCOMPARE(m_fx.auditCount(), auditBefore);
}

void TestSwapService::dateDefaultsToTodayAndMayBeEarlier()
{
    Result<SwapOutcome> outcome =
        SwapService(m_fx.db()).swap({QStringLiteral("OLD1"), QStringLiteral("NEW6"), {}, {}}, m_today);
    QVERIFY(outcome.ok());
    QCOMPARE(m_fx.byId(m_oldId).replacedOn, m_today);
    QCOMPARE(m_fx.bySerial(QStringLiteral("NEW6")).inServiceFrom, m_today);
}

void TestSwapService::auditsEveryChangeAsSwap()
{
    Result<SwapOutcome> outcome =
        SwapService(m_fx.db()).swap({QStringLiteral("OLD1"), QStringLiteral("NEW7"), {}, {}}, m_today);
    QVERIFY(outcome.ok());
    const QList<AuditEntry> oldHistory = AuditLog::forDevice(m_fx.db(), m_oldId).value();
    QStringList swapFields;
    for (const AuditEntry& entry : oldHistory) {
        if (entry.reason == QLatin1String("swap"))
            swapFields.append(entry.field);
    }
    swapFields.sort();
    QCOMPARE(swapFields, (QStringList{QStringLiteral("replaced_by"), QStringLiteral("replaced_by_technician"),
                                      QStringLiteral("replaced_on"), QStringLiteral("state")}));
    const QList<AuditEntry> newHistory = AuditLog::forDevice(m_fx.db(), outcome->newAfter.id).value();
    QVERIFY(!newHistory.isEmpty());
    for (const AuditEntry& entry : newHistory)
        QCOMPARE(entry.reason, QStringLiteral("swap"));
}

void TestSwapService::undoRestoresBothDevices()
{
    Device stock;
    stock.serial = QStringLiteral("NEW8");
    stock.state = LifecycleState::InStock;
    const qint64 newId = m_fx.add(stock);
    const Device oldBefore = m_fx.byId(m_oldId);
    const Device newBefore = m_fx.byId(newId);

    SwapService service(m_fx.db());
    Result<SwapOutcome> outcome = service.swap({QStringLiteral("OLD1"), QStringLiteral("NEW8"), {}, {}}, m_today);
    QVERIFY(outcome.ok());
    const Status undone = service.undo(outcome.value());
    QVERIFY2(undone.ok(), qPrintable(undone.errorMessage()));

    Device oldAfter = m_fx.byId(m_oldId);
    Device newAfter = m_fx.byId(newId);
    QCOMPARE(oldAfter.state, LifecycleState::InUse);
    QCOMPARE(newAfter.state, LifecycleState::InStock);
    QVERIFY(DeviceRepository::differences(oldAfter, oldBefore).isEmpty());
    QVERIFY(DeviceRepository::differences(newAfter, newBefore).isEmpty());

    // Redo is the same swap again.
    QVERIFY(service.swap({QStringLiteral("OLD1"), QStringLiteral("NEW8"), {}, {}}, m_today).ok());
    QCOMPARE(m_fx.byId(m_oldId).replacedById, newId);
}

void TestSwapService::undoOfCreatedDeviceLeavesItInStock()
{
    SwapService service(m_fx.db());
    Result<SwapOutcome> outcome = service.swap({QStringLiteral("OLD1"), QStringLiteral("NEW10"), {}, {}}, m_today);
    QVERIFY(outcome.ok());
    QVERIFY(service.undo(outcome.value()).ok());
    const Device created = m_fx.bySerial(QStringLiteral("NEW10"));
    QCOMPARE(created.state, LifecycleState::InStock);
    QCOMPARE(created.locationId, qint64(0));
    QVERIFY(created.primaryUser.isEmpty());
    QCOMPARE(m_fx.byId(m_oldId).state, LifecycleState::InUse);
}

void TestSwapService::undoRefusedAfterSomeoneElseChangedTheDevice()
{
    SwapService service(m_fx.db());
    Result<SwapOutcome> outcome = service.swap({QStringLiteral("OLD1"), QStringLiteral("NEW11"), {}, {}}, m_today);
    QVERIFY(outcome.ok());
    Device other = m_fx.byId(m_oldId);
    other.notes = QStringLiteral("collected, wiped");
    Transaction tx(m_fx.db());
    QVERIFY(DeviceRepository(m_fx.db()).update(tx, other, ChangeContext::now(AuditReason::Edit)).ok());
    QVERIFY(tx.commit().ok());

    const Status undone = service.undo(outcome.value());
    QVERIFY(!undone.ok());
    QCOMPARE(undone.error().code(), Error::Code::Conflict);
    QCOMPARE(m_fx.byId(m_oldId).state, LifecycleState::Replaced);
    QCOMPARE(m_fx.bySerial(QStringLiteral("NEW11")).state, LifecycleState::InUse);
}

// The swap page's "due, not yet swapped": the rollout's devices. Phones and servers are renewed outside it.
void TestSwapService::dueRemainingLeavesPhonesAndServersOut()
{
    // The count is the status cube's (reporting/FleetCube), a read the server engine gets on the read side's branch.
    if (TestRegister::onServer())
        QSKIP("SwapProgress reads through FleetCube, not yet ported to PostgreSQL (issue 17, read side)");
    // Counted as the Status page counts "still to replace": active (seen lately) devices only; OLD1 from init() was
    // never seen. A laptop from 2017 is due, and so is a tablet from 2019.
    for (const auto& [serial, type, year] :
         {std::tuple{"LAP1", DeviceType::Laptop, 2017}, std::tuple{"PHONE1", DeviceType::Phone, 2019},
          std::tuple{"SRV1", DeviceType::Server, 2012}, std::tuple{"TAB1", DeviceType::Tablet, 2019}}) {
        Device device = m_fx.inUse(QString::fromLatin1(serial));
        device.type = type;
        device.productionYear = year;
        device.lastSeen = QDateTime(m_today, QTime(8, 0), Qt::UTC);
        QVERIFY(m_fx.add(device) > 0);
    }
    Result<SwapProgress> progress = SwapProgress::compute(m_fx.db(), m_today);
    QVERIFY2(progress.ok(), qPrintable(progress.errorMessage()));
    QCOMPARE(progress->dueRemaining, 2); // the laptop and the tablet
}

QTEST_GUILESS_MAIN(TestSwapService)
#include "test_swap_service.moc"
