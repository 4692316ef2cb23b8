// The Plan page driven through its widgets: the table fills from the register, a cell drills down to its
// devices with reasons, the levelled switch changes the figures, the models pass QAbstractItemModelTester.

#include "generate/FleetGenerator.h"
#include "planning/PlanDeviceModel.h"
#include "planning/PlanPage.h"
#include "planning/PlanPolicyDialog.h"
#include "planning/PlanRepository.h"
#include "planning/PlanTableModel.h"
#include "planning/ScenarioDialog.h"
#include "reporting/StatusPage.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rullering;

class TestPlanPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsThePlanAndDrillsDown();
    void levelledSwitchChangesTheFigures();
    void collectListShowsInactiveDevices();
    void policyDialogRoundTrip();
    void currentSettingsSurviveARestartAndReachTheReport();
    void installedInTheMainWindow();
    void scenarioComparisonShowsTheDifference();
    void longScenarioNamesFitASmallScreen();
    void eachDifferenceBesideItsScenario();
    void screenshots();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<PlanPage> m_page;
};

void TestPlanPage::init()
{
    m_session = std::make_unique<AppSession>();
    const QString path = m_dir.filePath(QStringLiteral("page.sqlite"));
    QFile::remove(path);
    QVERIFY(m_session->openDatabase(path).ok());
    GenerateOptions options;
    options.devices = 3000;
    options.asOf = QDate::currentDate();
    QVERIFY(FleetGenerator::generate(*m_session->database(), options).ok());
    m_page = std::make_unique<PlanPage>(*m_session);
    m_page->resize(1200, 800);
    m_page->show();
}

void TestPlanPage::cleanup()
{
    m_page.reset();
    m_session.reset();
}

void TestPlanPage::showsThePlanAndDrillsDown()
{
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("planTable"));
    QVERIFY(table);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(table->model()->rowCount() > 2); // municipalities and the total row
    QCOMPARE(table->model()->columnCount(), m_page->policy().years + 1);
    const int totalRow = table->model()->rowCount() - 1;
    QCOMPARE(table->model()->headerData(totalRow, Qt::Vertical).toString(), PlanTableModel::tr("Total"));
    const qint64 firstYearTotal = table->model()->data(table->model()->index(totalRow, 0), Qt::EditRole).toLongLong();
    QVERIFY(firstYearTotal > 0);

    auto* devices = m_page->findChild<QTableView*>(QStringLiteral("planDeviceTable"));
    QVERIFY(devices);
    QAbstractItemModelTester deviceTester(devices->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QRect cell = table->visualRect(table->model()->index(totalRow, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(devices->model()->rowCount(), int(firstYearTotal));
    const QString reason = devices->model()->data(devices->model()->index(0, PlanDeviceModel::ReasonColumn)).toString();
    QVERIFY2(reason.contains(QStringLiteral("lifetime")), qPrintable(reason));
    QVERIFY(
        m_page->findChild<QLabel*>(QStringLiteral("deviceTitle"))->text().contains(QString::number(firstYearTotal)));

    // A new plan (here levelled) empties the list: its title no longer names the old cell's devices.
    m_page->findChild<QCheckBox*>(QStringLiteral("levelledCheck"))->click();
    QCOMPARE(devices->model()->rowCount(), 0);
    QVERIFY2(
        !m_page->findChild<QLabel*>(QStringLiteral("deviceTitle"))->text().contains(QString::number(firstYearTotal)),
        qPrintable(m_page->findChild<QLabel*>(QStringLiteral("deviceTitle"))->text()));
}

void TestPlanPage::levelledSwitchChangesTheFigures()
{
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("planTable"));
    auto* levelled = m_page->findChild<QCheckBox*>(QStringLiteral("levelledCheck"));
    QVERIFY(table && levelled);
    QVERIFY(!levelled->isChecked());
    const int totalRow = table->model()->rowCount() - 1;
    auto yearly = [&] {
        QList<qint64> values;
        for (int c = 0; c < m_page->policy().years; ++c)
            values.append(table->model()->data(table->model()->index(totalRow, c), Qt::EditRole).toLongLong());
        return values;
    };
    const QList<qint64> straight = yearly();
    levelled->click();
    QVERIFY(m_page->policy().levelled);
    const QList<qint64> level = yearly();
    QCOMPARE(std::accumulate(level.cbegin(), level.cend(), qint64(0)) <=
                 std::accumulate(straight.cbegin(), straight.cend(), qint64(0)),
             true);
    QVERIFY(level != straight); // the generated fleet has a bulge to even out
    auto* figure = m_page->findChild<QComboBox*>(QStringLiteral("figureCombo"));
    figure->setCurrentIndex(figure->findData(int(PlanTableModel::Figure::Straight)));
    QCOMPARE(yearly(), straight);
}

void TestPlanPage::collectListShowsInactiveDevices()
{
    auto* collect = m_page->findChild<QPushButton*>(QStringLiteral("collectButton"));
    QVERIFY(collect);
    const QString text = collect->text();
    const qint64 count = text.section(u':', 1).remove(u'\u00a0').remove(u' ').toLongLong();
    QVERIFY2(count > 0, qPrintable(text));
    QTest::mouseClick(collect, Qt::LeftButton);
    auto* devices = m_page->findChild<QTableView*>(QStringLiteral("planDeviceTable"));
    QCOMPARE(devices->model()->rowCount(), int(count));
    QVERIFY(devices->model()
                ->data(devices->model()->index(0, PlanDeviceModel::ReasonColumn))
                .toString()
                .contains(QStringLiteral("collect")));
}

void TestPlanPage::policyDialogRoundTrip()
{
    PlanPolicy policy = m_page->policy();
    policy.levelled = true;
    policy.setStandard(DeviceType::Laptop, {QStringLiteral("Bærbar"), 11500});
    PlanPolicyDialog::Register reg;
    reg.municipalities = {{1, QStringLiteral("Molde"), false}};
    reg.locations = {{5, 1, QStringLiteral("Rådhuset")}};
    PlanPolicyDialog dialog(policy, reg);
    QCOMPARE(dialog.policy(), policy); // untouched form: the same policy
    auto* years = dialog.findChild<QSpinBox*>(QStringLiteral("yearsSpin"));
    QVERIFY(years);
    years->setValue(8);
    auto* lifetime = dialog.findChild<QSpinBox*>(QStringLiteral("lifetimeSpin_laptop"));
    QVERIFY(lifetime);
    lifetime->setValue(5);
    const PlanPolicy edited = dialog.policy();
    QCOMPARE(edited.years, 8);
    QCOMPARE(edited.lifetime(DeviceType::Laptop), 5);
    QCOMPARE(edited.standard(DeviceType::Laptop).unitPrice, 11500.0);
}

// Issue 19 point 5: prices and lifetimes edited under "(current settings)" were lost on restart, while the
// procurement export used them and the board report said no prices were entered.
void TestPlanPage::currentSettingsSurviveARestartAndReachTheReport()
{
    QString note;
    QTimer::singleShot(0, this, [&note] {
        auto* dialog = qobject_cast<PlanPolicyDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        note = dialog->findChild<QLabel*>(QStringLiteral("policySaveNote"))->text();
        dialog->findChild<QSpinBox*>(QStringLiteral("lifetimeSpin_laptop"))->setValue(5);
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("priceSpin_laptop"))->setValue(12345);
        dialog->accept();
    });
    m_page->editPolicy();
    QVERIFY2(note.contains(QStringLiteral("saves")), qPrintable(note));
    QCOMPARE(m_page->policy().standard(DeviceType::Laptop).unitPrice, 12345.0);

    // Restart: a new session on the same file, a new page.
    const QString path = m_session->database()->path();
    m_page.reset();
    m_session = std::make_unique<AppSession>();
    QVERIFY(m_session->openDatabase(path).ok());
    m_page = std::make_unique<PlanPage>(*m_session);
    QCOMPARE(m_page->policy().standard(DeviceType::Laptop).unitPrice, 12345.0);
    QCOMPARE(m_page->policy().lifetime(DeviceType::Laptop), 5);
    QCOMPARE(m_page->findChild<QComboBox*>(QStringLiteral("planCombo"))->currentIndex(), 0);

    // The board report plans with the same values: priced, so it shows amounts.
    StatusPage status(*m_session);
    Result<BoardReportInput> report = status.reportInput();
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(report->plan && report->procurement);
    QCOMPARE(report->plan->policy.standard(DeviceType::Laptop).unitPrice, 12345.0);
    QCOMPARE(report->plan->policy.lifetime(DeviceType::Laptop), 5);
    QVERIFY(report->procurement->totalAmount > 0);
}

void TestPlanPage::installedInTheMainWindow()
{
    MainWindow window(*m_session);
    window.resize(1300, 850);
    window.show();
    auto* page = qobject_cast<PlanPage*>(window.page(QStringLiteral("plan")));
    QVERIFY(page);
    auto* planAction = window.findChild<QAction*>(QStringLiteral("planPageAction"));
    QVERIFY(planAction);
    QCOMPARE(planAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));
    planAction->trigger();
    QVERIFY(page->isVisible());
    QVERIFY(page->findChild<QTableView*>(QStringLiteral("planTable"))->model()->rowCount() > 1);
    const QList<QAction*> tools = window.menu(MainWindow::ToolsMenu)->actions();
    QVERIFY(std::any_of(tools.cbegin(), tools.cend(), [](QAction* a) {
        return a->objectName() == QLatin1String("exportProcurementAction") && a->isEnabled();
    }));
    const QString dir = qEnvironmentVariable("RULLERING_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(window.grab().save(dir + QStringLiteral("/plan-main-window.png")));
}

// Two scenarios side by side, and what the second changes against the first in columns of their own.
void TestPlanPage::scenarioComparisonShowsTheDifference()
{
    PlanPolicy shorter = m_page->policy();
    for (int& lifetime : shorter.lifetimes)
        lifetime = qMax(1, lifetime - 1);
    {
        Transaction tx(m_session->database()->connection());
        QVERIFY(PlanRepository(m_session->database()->connection()).save(tx, QStringLiteral("Kortere"), shorter).ok());
        QVERIFY(tx.commit().ok());
    }
    ScenarioDialog dialog(*m_session->database(), m_page->policy());
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("scenarioTable"));
    QVERIFY(table);
    // Municipality, year, two per scenario, two for the difference.
    QCOMPARE(table->columnCount(), 2 + 2 * 2 + 2);
    const QString header = table->horizontalHeaderItem(6)->toolTip();
    QVERIFY2(header.contains(QStringLiteral("Kortere")) && header.contains(ScenarioDialog::tr("Current settings")),
             qPrintable(header));
    const QLocale locale;
    const auto value = [&](int row, int column) {
        const QString text = table->item(row, column)->text().section(u' ', 0, 0); // "12 (3 overdue)"
        return text.isEmpty() ? 0.0 : locale.toDouble(QString(text).remove(locale.positiveSign()));
    };
    bool differs = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(value(row, 6), value(row, 4) - value(row, 2));
        QCOMPARE(value(row, 7), value(row, 5) - value(row, 3));
        differs = differs || value(row, 6) != 0;
        if (value(row, 6) > 0)
            QVERIFY(table->item(row, 6)->text().startsWith(locale.positiveSign()));
    }
    QVERIFY(differs); // shorter lifetimes move devices between years
}

// Two scenarios with long names and their difference fit a 1024 px screen: the names are elided in the headers
// (whole in their tooltips), not allowed to widen every column until the table scrolls sideways.
void TestPlanPage::longScenarioNamesFitASmallScreen()
{
    const QString name = QStringLiteral("Femårsrullering for alle grunnskolene i kommunen");
    {
        Transaction tx(m_session->database()->connection());
        QVERIFY(PlanRepository(m_session->database()->connection()).save(tx, name, m_page->policy()).ok());
        QVERIFY(tx.commit().ok());
    }
    ScenarioDialog dialog(*m_session->database(), m_page->policy());
    dialog.resize(984, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("scenarioTable"));
    QVERIFY(table);
    QCOMPARE(table->columnCount(), 2 + 2 * 2 + 2);
    QCOMPARE(table->horizontalHeaderItem(4)->toolTip().section(u'\n', 0, 0), name);
    QVERIFY(table->horizontalHeaderItem(4)->text().section(u'\n', 0, 0) != name);
    int width = 0;
    for (int column = 0; column < table->columnCount(); ++column)
        width += table->columnWidth(column);
    QVERIFY2(width <= table->viewport()->width(),
             qPrintable(QStringLiteral("%1 px of columns in %2 px").arg(width).arg(table->viewport()->width())));
}

// With three scenarios each one's difference from the first follows its own two columns, not past every scenario.
void TestPlanPage::eachDifferenceBesideItsScenario()
{
    PlanPolicy shorter = m_page->policy();
    PlanPolicy longer = m_page->policy();
    for (int& lifetime : shorter.lifetimes)
        lifetime = qMax(1, lifetime - 1);
    for (int& lifetime : longer.lifetimes)
        lifetime += 1;
    {
        Transaction tx(m_session->database()->connection());
        PlanRepository plans(m_session->database()->connection());
        QVERIFY(plans.save(tx, QStringLiteral("Kortere"), shorter).ok());
        QVERIFY(plans.save(tx, QStringLiteral("Lengre"), longer).ok());
        QVERIFY(tx.commit().ok());
    }
    ScenarioDialog dialog(*m_session->database(), m_page->policy());
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("scenarioTable"));
    QVERIFY(table);
    QCOMPARE(table->columnCount(), 2 + 2 + 4 + 4);
    for (int column : {4, 5, 6, 7})
        QVERIFY(table->horizontalHeaderItem(column)->text().startsWith(QStringLiteral("Kortere")));
    for (int column : {8, 9, 10, 11})
        QVERIFY(table->horizontalHeaderItem(column)->text().startsWith(QStringLiteral("Lengre")));
    const QLocale locale;
    const auto value = [&](int row, int column) {
        const QString text = table->item(row, column)->text().section(u' ', 0, 0);
        return text.isEmpty() ? 0.0 : locale.toDouble(QString(text).remove(locale.positiveSign()));
    };
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(value(row, 6), value(row, 4) - value(row, 2));
        QCOMPARE(value(row, 10), value(row, 8) - value(row, 2));
        QCOMPARE(value(row, 11), value(row, 9) - value(row, 3));
    }
}

void TestPlanPage::screenshots()
{
    const QString dir = qEnvironmentVariable("RULLERING_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set RULLERING_SCREENSHOTS to a folder to save pictures of the page");
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("planTable"));
    m_page->findChild<QCheckBox*>(QStringLiteral("levelledCheck"))->click();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 1)).center());
    QVERIFY(m_page->grab().save(dir + QStringLiteral("/plan-page.png")));
    ScenarioDialog scenarios(*m_session->database(), m_page->policy());
    scenarios.show();
    QVERIFY(scenarios.grab().save(dir + QStringLiteral("/plan-scenarios.png")));
}

QTEST_MAIN(TestPlanPage)
#include "test_plan_page.moc"
