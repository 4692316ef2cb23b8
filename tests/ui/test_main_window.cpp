#include "generate/FleetGenerator.h"
#include "register/DeviceTableModel.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rullering;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsGeneratedDevices();
    void sortsInSqlByHeaderClick();
    void refusesBrokenFileWithMessageAndKeepsWorking();
    void remembersRecentDatabases();
    void emptyRegisterShowsStartPanel();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestMainWindow::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("rullering-test"));
    m_path = m_dir.filePath(QStringLiteral("gui.sqlite"));
    Result<std::unique_ptr<Database>> db = Database::open(m_path);
    QVERIFY(db.ok());
    GenerateOptions options;
    options.devices = 2000;
    options.seed = 5;
    options.asOf = QDate(2023, 1, 25);
    QVERIFY(FleetGenerator::generate(*db.value(), options).ok());
}

void TestMainWindow::showsGeneratedDevices()
{
    AppSession session;
    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_path, false));

    auto* table = window.findChild<QTableView*>(QStringLiteral("deviceTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 2000);

    // A serial and host name straight from the file are somewhere in the table.
    QString serial;
    QString hostname;
    {
        Result<QSqlQuery> q = runQuery(session.database()->connection(),
                                       QStringLiteral("SELECT serial, hostname FROM device WHERE id = 777"));
        QVERIFY(q.ok() && q.value().next());
        serial = q.value().value(0).toString();
        hostname = q.value().value(1).toString();
    }
    bool found = false;
    for (int row = 0; row < table->model()->rowCount() && !found; ++row) {
        found = table->model()->index(row, static_cast<int>(DeviceColumn::Serial)).data().toString() == serial &&
                table->model()->index(row, static_cast<int>(DeviceColumn::Hostname)).data().toString() == hostname;
    }
    QVERIFY2(found, qPrintable(serial));

    auto* counts = window.findChild<QLabel*>(QStringLiteral("countsLabel"));
    QVERIFY(counts);
    // Counted right after the first paint.
    QTRY_VERIFY2(counts->text().contains(QLatin1String("2000")) || counts->text().contains(QLatin1String("2,000")),
                 qPrintable(counts->text()));
    QVERIFY(counts->text().contains(QLatin1String("Molde")));
    QVERIFY(window.windowTitle().contains(QLatin1String("gui.sqlite")));
}

void TestMainWindow::sortsInSqlByHeaderClick()
{
    AppSession session;
    MainWindow window(session);
    window.show();
    QVERIFY(window.openDatabase(m_path, false));
    auto* table = window.findChild<QTableView*>(QStringLiteral("deviceTable"));
    const int serialColumn = static_cast<int>(DeviceColumn::Serial);
    table->sortByColumn(serialColumn, Qt::DescendingOrder);
    QString maxSerial;
    {
        Result<QSqlQuery> q =
            runQuery(session.database()->connection(), QStringLiteral("SELECT MAX(serial) FROM device"));
        QVERIFY(q.ok() && q.value().next());
        maxSerial = q.value().value(0).toString();
    }
    QCOMPARE(table->model()->index(0, serialColumn).data().toString(), maxSerial);
    QCOMPARE(table->model()->rowCount(), 2000);
}

void TestMainWindow::refusesBrokenFileWithMessageAndKeepsWorking()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.sqlite"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database at all");
    file.close();

    AppSession session;
    MainWindow window(session);
    window.show();
    QVERIFY(window.openDatabase(m_path, false));
    // The warning box is modal: close it as a person would, with Enter.
    QTimer::singleShot(200, [] {
        if (QWidget* box = QApplication::activeModalWidget())
            QTest::keyClick(box, Qt::Key_Enter);
    });
    QVERIFY(!window.openDatabase(broken, false));
    QCOMPARE(session.databasePath(), m_path); // the open database stays open
    QCOMPARE(window.findChild<QTableView*>(QStringLiteral("deviceTable"))->model()->rowCount(), 2000);
    QCOMPARE(QFile(broken).size(), qint64(21)); // and the broken file is left as it was
}

void TestMainWindow::remembersRecentDatabases()
{
    AppSession session;
    MainWindow window(session);
    QVERIFY(window.openDatabase(m_path, false));
    auto* recent = window.findChild<QMenu*>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    QVERIFY(recent->isEnabled());
    QVERIFY(recent->actions().constFirst()->text().contains(QLatin1String("gui.sqlite")));
}

void TestMainWindow::emptyRegisterShowsStartPanel()
{
    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    AppSession session;
    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(empty, true));
    auto* start = window.findChild<QWidget*>(QStringLiteral("startPanel"));
    auto* pages = window.findChild<QWidget*>(QStringLiteral("pages"));
    QVERIFY(start && pages);
    // Once the register is counted (the status bar says so), not merely before.
    auto* counts = window.findChild<QLabel*>(QStringLiteral("countsLabel"));
    QTRY_VERIFY(!counts->text().isEmpty());
    QVERIFY(start->isVisible());
    QVERIFY(!pages->isVisible());
    QVERIFY(window.showsStartPanel());
    // "0 devices" once, not again as "0 devices in this view" of a page that is not shown.
    QVERIFY(!window.findChild<QLabel*>(QStringLiteral("viewSummaryLabel"))->isVisible());
    // The formats are named where the import is offered.
    const QString importText = window.findChild<QLabel*>(QStringLiteral("startImportButtonText"))->text();
    for (const char* format : {"Intune", "Active Directory", "ConfigMgr", "spreadsheet"})
        QVERIFY2(importText.contains(QLatin1String(format)), format);
    // Each choice is the window's own action, enabled as the action is.
    auto* importButton = window.findChild<QPushButton*>(QStringLiteral("startImportButton"));
    auto* importAction = window.findChild<QAction*>(QStringLiteral("importAction"));
    QVERIFY(importButton && importAction);
    QVERIFY(importButton->isEnabled());
    QSignalSpy triggered(importAction, &QAction::triggered);
    QSignalSpy demo(window.findChild<QAction*>(QStringLiteral("demoDataAction")), &QAction::triggered);
    QSignalSpy open(window.findChild<QAction*>(QStringLiteral("openDatabaseAction")), &QAction::triggered);
    QTimer::singleShot(300, [] {
        if (QWidget* wizard = QApplication::activeModalWidget())
            wizard->close();
    });
    importButton->click();
    QCOMPARE(triggered.count(), 1);
    QCOMPARE(demo.count(), 0);
    QCOMPARE(open.count(), 0);
    // A register on a server is one of the ways in too; a new register is not, with one open already.
    auto* connectButton = window.findChild<QPushButton*>(QStringLiteral("startConnectButton"));
    QVERIFY(connectButton && connectButton->isVisible());
    QSignalSpy connect(window.findChild<QAction*>(QStringLiteral("connectServerAction")), &QAction::triggered);
    QTimer::singleShot(300, [] {
        if (QWidget* dialog = QApplication::activeModalWidget())
            dialog->close();
    });
    connectButton->click();
    QCOMPARE(connect.count(), 1);
    QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("startNewButton"))->isVisible());
    for (QWidget* wizard : window.findChildren<QWidget*>(QStringLiteral("importWizard")))
        wizard->close();

    // Devices arrive (here by a second connection): the pages come back.
    {
        Result<std::unique_ptr<Database>> db = Database::open(empty);
        QVERIFY(db.ok());
        GenerateOptions options;
        options.devices = 10;
        QVERIFY(FleetGenerator::generate(*db.value(), options).ok());
    }
    session.notifyDataChanged();
    QTRY_VERIFY(pages->isVisible());
    QVERIFY(!start->isVisible());

    // Back to the panel when the register open has none, and with no register at all.
    session.closeDatabase();
    QVERIFY(start->isVisible());
    // Nothing to import into: a new register is offered instead, and the view's count is not shown.
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("startNewButton"))->isVisible());
    QVERIFY(!importButton->isVisible());
    QVERIFY(!window.findChild<QLabel*>(QStringLiteral("viewSummaryLabel"))->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
