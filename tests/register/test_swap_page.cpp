// The swap screen as a technician with a barcode scanner uses it: two scans and one Enter.
#include "RegisterFixture.h"
#include "shell/AppSession.h"
#include "swap/SwapPage.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rullering;
using namespace rullering::test;

class TestSwapPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void twoScansAndEnterRecordTheSwap();
    void unknownOldSerialIsSaidPlainly();
    void sameSerialTwiceIsRefused();
    void undoAndRedoTheSwap();
    void placeholderSerialIsRefused();
    void swapDatedBeforeProductionIsRefused();
    void ctrlZUndoesTheSwapWhateverHasFocus_data();
    void ctrlZUndoesTheSwapWhateverHasFocus();
    void ctrlZRefusesToUndoAnotherKindOfChange();
    void otherTypeOrMunicipalityIsPointedOutBeforeConfirming();
    void screenshot();

private:
    void scan(const char* editName, const QString& serial);
    QString message() const { return m_page->findChild<QLabel*>(QStringLiteral("swapMessage"))->text(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    RegisterFixture m_fx; // a second connection, to check what the page wrote
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<SwapPage> m_page;
};

void TestSwapPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("swap.rullering"));
    QVERIFY(m_fx.open(path));
    QVERIFY(m_fx.add(m_fx.inUse(QStringLiteral("OLD1"))) > 0);
    m_session = std::make_unique<AppSession>();
    QVERIFY(m_session->openDatabase(path).ok());
    m_page = std::make_unique<SwapPage>(*m_session);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestSwapPage::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_fx = RegisterFixture();
    m_dir.reset();
}

void TestSwapPage::scan(const char* editName, const QString& serial)
{
    auto* edit = m_page->findChild<QLineEdit*>(QString::fromLatin1(editName));
    QVERIFY(edit);
    QTRY_VERIFY(edit->isEnabled());
    edit->setFocus();
    QTest::keyClicks(edit, serial);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestSwapPage::twoScansAndEnterRecordTheSwap()
{
    auto* today = m_page->findChild<QLabel*>(QStringLiteral("swappedTodayFigure"));
    QCOMPARE(today->text(), QStringLiteral("0"));

    scan("oldSerialEdit", QStringLiteral("old1"));
    QVERIFY(m_page->findChild<QWidget*>(QStringLiteral("oldDeviceCard"))->isVisible());
    const QString card = m_page->findChild<QLabel*>(QStringLiteral("oldDeviceDetails"))->text();
    QVERIFY2(card.contains(QStringLiteral("Kari Nordmann")) && card.contains(QStringLiteral("Molde rådhus")) &&
                 card.contains(QStringLiteral("Helse")),
             qPrintable(card));
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("oldDeviceModel"))->text().contains(QStringLiteral("T14")));

    scan("newSerialEdit", QStringLiteral("NEW1"));
    QVERIFY2(message().contains(QStringLiteral("Enter")), qPrintable(message()));
    QCOMPARE(m_fx.bySerial(QStringLiteral("OLD1")).state, LifecycleState::InUse); // not yet: Enter confirms
    QTest::keyClick(m_page->findChild<QLineEdit*>(QStringLiteral("newSerialEdit")), Qt::Key_Return);

    const Device old = m_fx.bySerial(QStringLiteral("OLD1"));
    const Device incoming = m_fx.bySerial(QStringLiteral("NEW1"));
    QCOMPARE(old.state, LifecycleState::Replaced);
    QCOMPARE(old.replacedById, incoming.id);
    QCOMPARE(incoming.state, LifecycleState::InUse);
    QCOMPARE(incoming.locationId, m_fx.townHall);
    QCOMPARE(today->text(), QStringLiteral("1"));
    // Ready for the next device.
    QVERIFY(m_page->findChild<QLineEdit*>(QStringLiteral("oldSerialEdit"))->text().isEmpty());
    QVERIFY(m_page->findChild<QLineEdit*>(QStringLiteral("oldSerialEdit"))->hasFocus());
}

void TestSwapPage::unknownOldSerialIsSaidPlainly()
{
    const qint64 audit = m_fx.auditCount();
    scan("oldSerialEdit", QStringLiteral("NOPE"));
    QVERIFY2(message().contains(QStringLiteral("No device with serial number NOPE")), qPrintable(message()));
    QVERIFY(!m_page->findChild<QLineEdit*>(QStringLiteral("newSerialEdit"))->isEnabled());
    QCOMPARE(m_fx.auditCount(), audit);
}

void TestSwapPage::sameSerialTwiceIsRefused()
{
    scan("oldSerialEdit", QStringLiteral("OLD1"));
    scan("newSerialEdit", QStringLiteral("OLD1"));
    QVERIFY2(message().contains(QStringLiteral("same as the old one")), qPrintable(message()));
    QTest::keyClick(m_page->findChild<QLineEdit*>(QStringLiteral("newSerialEdit")), Qt::Key_Return);
    QCOMPARE(m_fx.bySerial(QStringLiteral("OLD1")).state, LifecycleState::InUse);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestSwapPage::undoAndRedoTheSwap()
{
    scan("oldSerialEdit", QStringLiteral("OLD1"));
    scan("newSerialEdit", QStringLiteral("NEW2"));
    QTest::keyClick(m_page->findChild<QLineEdit*>(QStringLiteral("newSerialEdit")), Qt::Key_Return);
    QCOMPARE(m_session->undoStack()->count(), 1);
    auto* today = m_page->findChild<QLabel*>(QStringLiteral("swappedTodayFigure"));
    QCOMPARE(today->text(), QStringLiteral("1"));

    m_session->undoStack()->undo();
    QCOMPARE(m_fx.bySerial(QStringLiteral("OLD1")).state, LifecycleState::InUse);
    QCOMPARE(m_fx.bySerial(QStringLiteral("NEW2")).state, LifecycleState::InStock);
    QCOMPARE(today->text(), QStringLiteral("0"));

    // Undone from Edit › Undo: the page no longer says "Done: … replaced".
    QVERIFY2(message().startsWith(QStringLiteral("Undone: OLD1")), qPrintable(message()));

    m_session->undoStack()->redo();
    QCOMPARE(m_fx.bySerial(QStringLiteral("OLD1")).state, LifecycleState::Replaced);
    QCOMPARE(m_fx.bySerial(QStringLiteral("NEW2")).state, LifecycleState::InUse);
    QCOMPARE(today->text(), QStringLiteral("1"));
    QVERIFY2(message().contains(QStringLiteral("OLD1 replaced by NEW2")), qPrintable(message()));
}

void TestSwapPage::ctrlZUndoesTheSwapWhateverHasFocus_data()
{
    QTest::addColumn<QString>("focus");
    QTest::newRow("scan field with typing in it") << QStringLiteral("oldSerialEdit");
    QTest::newRow("technician field") << QStringLiteral("technicianEdit");
    QTest::newRow("date field") << QStringLiteral("swapDateEdit");
}

void TestSwapPage::ctrlZUndoesTheSwapWhateverHasFocus()
{
    QFETCH(QString, focus);
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    scan("oldSerialEdit", QStringLiteral("OLD1"));
    scan("newSerialEdit", QStringLiteral("NEW3"));
    QTest::keyClick(m_page->findChild<QLineEdit*>(QStringLiteral("newSerialEdit")), Qt::Key_Return);
    QCOMPARE(m_fx.bySerial(QStringLiteral("OLD1")).state, LifecycleState::Replaced);

    auto* target = m_page->findChild<QWidget*>(focus);
    QVERIFY(target);
    target->setFocus();
    QTRY_VERIFY(target->hasFocus() || target->isAncestorOf(QApplication::focusWidget()));
    auto* scanField = m_page->findChild<QLineEdit*>(QStringLiteral("oldSerialEdit"));
    if (target == scanField)
        QTest::keyClicks(scanField, QStringLiteral("AB")); // the start of the next scan
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);

    QCOMPARE(m_fx.bySerial(QStringLiteral("OLD1")).state, LifecycleState::InUse);
    QCOMPARE(m_session->undoStack()->index(), 0);
    QVERIFY2(message().startsWith(QStringLiteral("Undone: OLD1")), qPrintable(message()));
}

void TestSwapPage::ctrlZRefusesToUndoAnotherKindOfChange()
{
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    auto* other = new QUndoCommand(QStringLiteral("Edit 3 devices"));
    m_session->undoStack()->push(other);
    auto* scanField = m_page->findChild<QLineEdit*>(QStringLiteral("oldSerialEdit"));
    scanField->setFocus();
    QTest::keyClick(scanField, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_session->undoStack()->index(), 1);
    QVERIFY2(message().contains(QStringLiteral("Edit 3 devices")), qPrintable(message()));
}

void TestSwapPage::otherTypeOrMunicipalityIsPointedOutBeforeConfirming()
{
    // A desktop from Aukra's stock for a Molde laptop: worth a second look, and Enter still swaps.
    Device stock = m_fx.inUse(QStringLiteral("AUK1"), QString());
    stock.type = DeviceType::Desktop;
    stock.municipalityId = m_fx.aukra;
    stock.locationId = 0;
    stock.departmentId = 0;
    stock.state = LifecycleState::InStock;
    QVERIFY(m_fx.add(stock) > 0);
    scan("oldSerialEdit", QStringLiteral("OLD1"));
    scan("newSerialEdit", QStringLiteral("AUK1"));
    QVERIFY2(message().startsWith(QStringLiteral("Check before you confirm")) &&
                 message().contains(QStringLiteral("desktop")) && message().contains(QStringLiteral("laptop")) &&
                 message().contains(QStringLiteral("Aukra")) && message().contains(QStringLiteral("Molde")),
             qPrintable(message()));
    QCOMPARE(m_fx.bySerial(QStringLiteral("OLD1")).state, LifecycleState::InUse);
    QTest::keyClick(m_page->findChild<QLineEdit*>(QStringLiteral("newSerialEdit")), Qt::Key_Return);
    QCOMPARE(m_fx.bySerial(QStringLiteral("OLD1")).state, LifecycleState::Replaced);

    // The same type from the same municipality: no warning.
    QVERIFY(m_fx.add(m_fx.inUse(QStringLiteral("OLD2"))) > 0);
    Device same = m_fx.inUse(QStringLiteral("NEW9"), QString());
    same.state = LifecycleState::InStock;
    QVERIFY(m_fx.add(same) > 0);
    scan("oldSerialEdit", QStringLiteral("OLD2"));
    scan("newSerialEdit", QStringLiteral("NEW9"));
    QVERIFY2(message().startsWith(QStringLiteral("Press Enter to confirm")), qPrintable(message()));
}

// The import's rule for a serial (issue 19, point 6): the page says why and Enter records nothing.
void TestSwapPage::placeholderSerialIsRefused()
{
    scan("oldSerialEdit", QStringLiteral("OLD1"));
    scan("newSerialEdit", QStringLiteral("To be filled by O.E.M."));
    QVERIFY2(message().contains(QStringLiteral("placeholder")), qPrintable(message()));
    QTest::keyClick(m_page->findChild<QLineEdit*>(QStringLiteral("newSerialEdit")), Qt::Key_Return);
    QCOMPARE(m_fx.bySerial(QStringLiteral("OLD1")).state, LifecycleState::InUse);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

// Issue 19, point 8: the old device was produced in 2017.
void TestSwapPage::swapDatedBeforeProductionIsRefused()
{
    auto* date = m_page->findChild<QDateEdit*>(QStringLiteral("swapDateEdit"));
    QVERIFY(date);
    QCOMPARE(date->minimumDate(), QDate(1980, 1, 1));
    date->setDate(QDate(2016, 6, 1));
    scan("oldSerialEdit", QStringLiteral("OLD1"));
    scan("newSerialEdit", QStringLiteral("NEW3"));
    QTest::keyClick(m_page->findChild<QLineEdit*>(QStringLiteral("newSerialEdit")), Qt::Key_Return);
    QVERIFY2(message().contains(QStringLiteral("was produced (2017)")), qPrintable(message()));
    QCOMPARE(m_fx.bySerial(QStringLiteral("OLD1")).state, LifecycleState::InUse);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

// With RULLERING_SCREENSHOTS=dir, saves the page with a scanned old device, for looking at.
void TestSwapPage::screenshot()
{
    const QString dir = qEnvironmentVariable("RULLERING_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set RULLERING_SCREENSHOTS to a folder to save a screenshot");
    m_page->resize(1300, 860);
    scan("oldSerialEdit", QStringLiteral("OLD1"));
    scan("newSerialEdit", QStringLiteral("NEW1"));
    QVERIFY(m_page->grab().save(dir + QStringLiteral("/swap-page.png")));
    m_page->findChild<QLineEdit*>(QStringLiteral("newSerialEdit"))->clear();
    scan("newSerialEdit", QStringLiteral("Default string"));
    QTest::qWait(50); // the longer message's layout request runs in the event loop, as on screen
    QVERIFY(m_page->grab().save(dir + QStringLiteral("/swap-page-placeholder.png")));
}

QTEST_MAIN(TestSwapPage)
#include "test_swap_page.moc"
