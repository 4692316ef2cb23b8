// The register's type filter offers every device type, the phones and servers of issue 21 too, and ticking one
// narrows the session's filter (so the table, the counts and the charts follow) to it.
#include "generate/FleetGenerator.h"
#include "register/DeviceTableModel.h"
#include "register/FilterPanel.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QListWidget>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;

class TestFilterPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offersEveryTypeAndFiltersPhones();
    void screenshot();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestFilterPanel::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("rullering-test"));
    m_path = m_dir.filePath(QStringLiteral("register.sqlite"));
    Result<std::unique_ptr<Database>> db = Database::open(m_path);
    QVERIFY(db.ok());
    GenerateOptions options;
    options.devices = 1500;
    options.seed = 21;
    options.asOf = QDate(2026, 11, 23);
    QVERIFY(FleetGenerator::generate(*db.value(), options).ok());
}

void TestFilterPanel::offersEveryTypeAndFiltersPhones()
{
    AppSession session;
    QVERIFY(session.openDatabase(m_path).ok());
    FilterPanel panel(session);
    auto* types = panel.findChild<QListWidget*>(QStringLiteral("typeFilter"));
    QVERIFY(types);
    QStringList names;
    for (int i = 0; i < types->count(); ++i)
        names.append(types->item(i)->text());
    QStringList expected;
    for (DeviceType type : allDeviceTypes())
        expected.append(deviceTypeName(type));
    QCOMPARE(names, expected);
    QVERIFY(names.contains(deviceTypeName(DeviceType::Phone)));
    QVERIFY(names.contains(deviceTypeName(DeviceType::Server)));

    const QList<QListWidgetItem*> phones = types->findItems(deviceTypeName(DeviceType::Phone), Qt::MatchExactly);
    QCOMPARE(phones.size(), 1);
    phones.constFirst()->setCheckState(Qt::Checked);
    QTRY_COMPARE(session.currentFilter().types, QList<DeviceType>{DeviceType::Phone});
}

// With RULLERING_SCREENSHOTS=dir: the main window on a register holding phones, the phone filter ticked.
void TestFilterPanel::screenshot()
{
    const QString dir = qEnvironmentVariable("RULLERING_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set RULLERING_SCREENSHOTS to a folder to save a screenshot");
    AppSession session;
    MainWindow window(session);
    window.resize(1440, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_path, false));
    auto* types = window.findChild<QListWidget*>(QStringLiteral("typeFilter"));
    QVERIFY(types);
    QTest::qWait(300);
    QVERIFY(window.grab().save(dir + QStringLiteral("/register-all.png")));
    types->findItems(deviceTypeName(DeviceType::Phone), Qt::MatchExactly).constFirst()->setCheckState(Qt::Checked);
    QTest::qWait(500);
    QVERIFY(window.grab().save(dir + QStringLiteral("/register-phones.png")));
}

QTEST_MAIN(TestFilterPanel)
#include "test_filter_panel.moc"
