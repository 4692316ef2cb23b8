// Live updates as a user sees them (issue 18 point 4): another user's change appears in the open Devices page (its
// count and the visible rows), without a refresh; on a server a lost connection shows in the status bar and goes
// away by itself. Runs on a file and on the test server.
#include "RegisterFixture.h"
#include "register/DeviceTableModel.h"
#include "register/DevicesPage.h"
#include "shell/AppSession.h"
#include "shell/ConnectionIndicator.h"
#include "storage/Sql.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace rullering;
using namespace rullering::test;

namespace {

constexpr int ArrivalMs = 5000; // issue 18 asks for 2 s; room for a loaded test machine

} // namespace

class TestLivePages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void devicesPageShowsAnotherUsersChanges();
    void lostConnectionIsShownAndCleared();

private:
    int rowOf(const QString& serial) const;

    RegisterFixture m_other; // the other user's connection
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<DevicesPage> m_page;
};

void TestLivePages::init()
{
    RULLERING_REQUIRE_TEST_ENGINE();
    QVERIFY(m_other.open());
    for (const char* serial : {"LIVE1", "LIVE2", "LIVE3"})
        QVERIFY(m_other.add(m_other.inUse(QLatin1String(serial))) > 0);
    m_session = std::make_unique<AppSession>();
    QVERIFY(m_session->openDatabase(m_other.database->path()).ok());
    m_page = std::make_unique<DevicesPage>(*m_session);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestLivePages::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_other = RegisterFixture();
}

int TestLivePages::rowOf(const QString& serial) const
{
    const DeviceTableModel* model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->data(model->index(row, int(DeviceColumn::Serial))).toString() == serial)
            return row;
    }
    return -1;
}

void TestLivePages::devicesPageShowsAnotherUsersChanges()
{
    DeviceTableModel* model = m_page->model();
    QCOMPARE(model->rowCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isListening(), ArrivalMs); // a server's listener connects
    // A device added by the other user: the count and the rows follow.
    QVERIFY(m_other.add(m_other.inUse(QStringLiteral("LIVE4"))) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, ArrivalMs);
    QVERIFY(rowOf(QStringLiteral("LIVE4")) >= 0);
    // A visible row changed by the other user (the count stays): the row shows the new value in place.
    const int row = rowOf(QStringLiteral("LIVE2"));
    QVERIFY(row >= 0);
    const QModelIndex user = model->index(row, int(DeviceColumn::PrimaryUser));
    QCOMPARE(model->data(user).toString(), QStringLiteral("Kari Nordmann"));
    {
        Transaction tx(m_other.db());
        QVERIFY(runStatement(m_other.db(), QStringLiteral("UPDATE device SET primary_user = 'Ola Nordmann'"
                                                          " WHERE serial = 'LIVE2'"))
                    .ok());
        QVERIFY(tx.commit().ok());
    }
    QTRY_COMPARE_WITH_TIMEOUT(model->data(user).toString(), QStringLiteral("Ola Nordmann"), ArrivalMs);
    QCOMPARE(model->rowCount(), 4);
}

void TestLivePages::lostConnectionIsShownAndCleared()
{
    if (!TestRegister::onServer())
        QSKIP("a file has no connection to lose");
    QWidget statusBar; // where the main window puts it
    auto* indicatorWidget = new ConnectionIndicator(*m_session, &statusBar);
    ConnectionIndicator& indicator = *indicatorWidget;
    statusBar.show();
    QVERIFY(indicator.isHidden()); // connected
    QSignalSpy restored(m_session.get(), &AppSession::connectionRestored);
    // What the status bar shows the moment the loss is known (it may come back within milliseconds).
    const auto* text = indicator.findChild<QLabel*>(QStringLiteral("connectionLostLabel"));
    QString shown;
    connect(m_session.get(), &AppSession::connectionLost, &indicator,
            [&] { shown = indicator.isHidden() ? QStringLiteral("hidden") : text->text(); });
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isListening(), ArrivalMs);
    PostgresTestServer::Connection admin(PostgresTestServer::address());
    QVERIFY(admin.isOpen());
    const QString database = QSqlDatabase(m_other.db()).databaseName();
    admin.rows(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                              " WHERE datname = '%1' AND pid <> pg_backend_pid()")
                   .arg(database));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), ArrivalMs);
    QCOMPARE(shown, QStringLiteral("Connection to the server lost — retrying…"));
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 3 * ArrivalMs);
    QVERIFY(indicator.isHidden());
    QVERIFY(m_session->isConnected());
}

QTEST_MAIN(TestLivePages)
#include "test_live_pages.moc"
