#include "ReportingFixture.h"
#include "reporting/ChartPanel.h"
#include "reporting/ReportScopeDialog.h"
#include "reporting/SeriesTableModel.h"
#include "reporting/StatusPage.h"
#include "shell/AppSession.h"
#include "shell/MessageArea.h"
#include "storage/ReferenceRepository.h"

#include <QAbstractItemModelTester>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;
using namespace rullering::test;

class TestStatusPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showsStatusAsOfTheChosenDate();
    void followsTheFilterAndDataChanges();
    void chartsHaveTablesAndExport();
    void showsTheScopeAndClearsItInOneClick();
    void reportCoversTheWholeRegisterUnlessScoped();
    void saysWhatRestsOnLaterSightings();
    void recordsSnapshotsIntoHistory();
    void savedReportSaysWhereItWent();
    void progressChartShowsTheMonths();
    void screenshots();

private:
    QTableView* statusTable() { return m_page->findChild<QTableView*>(QStringLiteral("statusTable")); }
    QString cell(QAbstractItemModel* model, int row, int column)
    {
        return model->data(model->index(row, column)).toString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<StatusPage> m_page;
};

void TestStatusPage::init()
{
    m_page.reset();
    m_session = std::make_unique<AppSession>();
    const QString path = m_dir.filePath(QStringLiteral("page-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(m_session->openDatabase(path).ok());
    Database& db = *m_session->database();
    FixtureDevice d;
    d.lastSeen = QStringLiteral("2023-01-20T08:00:00Z");
    QVERIFY(addDevice(db, d) > 0); // Molde, due, active
    FixtureDevice old = d;
    old.municipality = QStringLiteral("Aukra");
    old.state = LifecycleState::Replaced;
    old.replacedOn = QStringLiteral("2023-01-26"); // the day after the status date
    old.seenAt = {QStringLiteral("2023-01-10T08:00:00Z")};
    QVERIFY(addDevice(db, old) > 0);
    m_page = std::make_unique<StatusPage>(*m_session);
    m_page->resize(1100, 700);
    m_page->show(); // a hidden page only refreshes when shown
    m_page->setStatusDate(QDate(2023, 1, 25));
}

void TestStatusPage::showsStatusAsOfTheChosenDate()
{
    QTableView* table = statusTable();
    QVERIFY(table);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 3); // Aukra, Molde, total
    QCOMPARE(cell(table->model(), 0, 0), QStringLiteral("Aukra"));
    QCOMPARE(table->model()->data(table->model()->index(0, 1), Qt::EditRole).toLongLong(), 1); // still in use
    QCOMPARE(table->model()->data(table->model()->index(2, 5), Qt::EditRole).toLongLong(), 2); // remaining total

    // On the 26th the Aukra device is swapped.
    m_page->findChild<QDateEdit*>(QStringLiteral("statusDateEdit"))->setDate(QDate(2023, 1, 26));
    QCOMPARE(table->model()->data(table->model()->index(0, 4), Qt::EditRole).toLongLong(), 1); // replaced
    QCOMPARE(m_page->dashboard().status.total.remaining, 1);

    auto* days = m_page->findChild<QSpinBox*>(QStringLiteral("activityDaysSpin"));
    days->setValue(3); // Molde's device was seen 6 days before
    QCOMPARE(m_page->dashboard().status.total.inactive, 1);
    QVERIFY(!m_page->findChild<QLabel*>(QStringLiteral("statusSummaryLabel"))->text().isEmpty());
}

void TestStatusPage::followsTheFilterAndDataChanges()
{
    // Hidden, the page keeps its figures until it is shown again.
    m_page->hide();
    FixtureDevice hidden;
    hidden.lastSeen = QStringLiteral("2023-01-21T08:00:00Z");
    QVERIFY(addDevice(*m_session->database(), hidden) > 0);
    m_session->notifyDataChanged();
    QCOMPARE(m_page->dashboard().status.total.inUse(), 2);
    m_page->show();
    QCOMPARE(m_page->dashboard().status.total.inUse(), 3);

    DeviceFilter filter;
    filter.types = {DeviceType::Tablet};
    m_session->setCurrentFilter(filter);
    QCOMPARE(m_page->dashboard().status.total.inUse(), 0);
    m_session->setCurrentFilter({});
    QCOMPARE(m_page->dashboard().status.total.inUse(), 3);

    FixtureDevice another;
    another.lastSeen = QStringLiteral("2023-01-21T08:00:00Z");
    QVERIFY(addDevice(*m_session->database(), another) > 0);
    m_session->notifyDataChanged();
    QCOMPARE(m_page->dashboard().status.total.inUse(), 4);
}

// Issue 19 point 2: the Devices page's filter narrows the Status page; the page says so and clears it in a click.
void TestStatusPage::showsTheScopeAndClearsItInOneClick()
{
    auto* bar = m_page->findChild<QWidget*>(QStringLiteral("statusScopeBar"));
    auto* label = m_page->findChild<QLabel*>(QStringLiteral("statusScopeLabel"));
    auto* clear = m_page->findChild<QPushButton*>(QStringLiteral("clearScopeButton"));
    QVERIFY(bar && label && clear);
    QVERIFY(!bar->isVisible());
    DeviceFilter filter;
    filter.municipalityIds = {municipalityId(*m_session->database(), QStringLiteral("Molde"))};
    filter.types = {DeviceType::Laptop};
    filter.search = QStringLiteral("hansen");
    m_session->setCurrentFilter(filter);
    QVERIFY(bar->isVisible());
    for (const QString& part :
         {QStringLiteral("Molde"), deviceTypeName(DeviceType::Laptop), QStringLiteral("«hansen»")})
        QVERIFY2(label->text().contains(part), qPrintable(label->text()));
    QCOMPARE(m_page->dashboard().status.total.inUse(), 0); // nobody called Hansen

    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(m_session->currentFilter().isEmpty());
    QVERIFY(!bar->isVisible());
    QCOMPARE(m_page->dashboard().status.total.inUse(), 2);
}

void TestStatusPage::reportCoversTheWholeRegisterUnlessScoped()
{
    DeviceFilter molde;
    molde.municipalityIds = {municipalityId(*m_session->database(), QStringLiteral("Molde"))};
    m_session->setCurrentFilter(molde);
    QCOMPARE(m_page->dashboard().status.total.inUse(), 1); // the page follows the filter, and says so

    Result<BoardReportInput> whole = m_page->reportInput();
    QVERIFY2(whole.ok(), qPrintable(whole.errorMessage()));
    QCOMPARE(whole->dashboard.status.total.inUse(), 2);
    QCOMPARE(whole->dashboard.status.rows.size(), 2);
    QVERIFY(whole->scope.isEmpty());
    QVERIFY2(whole->municipalitySelection == QStringLiteral("Alle kommuner") ||
                 whole->municipalitySelection == QStringLiteral("All municipalities"), // the report's language
             qPrintable(whole->municipalitySelection));
    QCOMPARE(whole->plan->rows.size(), whole->plan->policy.years * 2);

    const ReportScope scope = ReportScope::ofFilter(molde, *m_session->database());
    Result<BoardReportInput> scoped = m_page->reportInput(scope);
    QVERIFY(scoped.ok());
    QCOMPARE(scoped->dashboard.status.total.inUse(), 1);
    QCOMPARE(scoped->scope, QStringLiteral("Molde"));
    QCOMPARE(scoped->municipalitySelection, QStringLiteral("Molde"));
    QVERIFY(scoped->plan && scoped->planNarrowed);
    for (const PlanRow& row : std::as_const(scoped->plan->rows))
        QCOMPARE(row.municipality, QStringLiteral("Molde"));

    // The dialog offers the filter but starts from the whole register.
    ReportScopeDialog dialog(*m_session->database(), molde);
    QVERIFY(dialog.scope().isWhole());
    dialog.findChild<QRadioButton*>(QStringLiteral("filterScopeRadio"))->setChecked(true);
    QCOMPARE(dialog.scope().filter, molde);
    dialog.findChild<QRadioButton*>(QStringLiteral("municipalitiesScopeRadio"))->setChecked(true);
    QCOMPARE(dialog.scope().filter.municipalityIds, molde.municipalityIds); // ticked from the filter
}

// Issue 19 point 4: on a date before the only sightings of a device, the page counts it as in use and says so.
void TestStatusPage::saysWhatRestsOnLaterSightings()
{
    auto* inference = m_page->findChild<QLabel*>(QStringLiteral("statusInferenceLabel"));
    QVERIFY(inference);
    QVERIFY(!inference->isVisible());          // 25.01.2023: both devices were seen before it
    m_page->setStatusDate(QDate(2022, 11, 1)); // before Molde's only sighting (20.01.2023) and Aukra's (10.01.2023)
    QCOMPARE(m_page->dashboard().status.total.inactive, 0);
    QCOMPARE(m_page->dashboard().status.total.inferred, 2);
    QVERIFY(inference->isVisible());
    QVERIFY2(inference->text().startsWith(QStringLiteral("2 ")), qPrintable(inference->text()));
}

void TestStatusPage::chartsHaveTablesAndExport()
{
    for (const char* name : {"ageChart", "progressChart", "activityChart"}) {
        auto* panel = m_page->findChild<ChartPanel*>(QLatin1String(name));
        QVERIFY2(panel, name);
        QVERIFY(panel->chart());
        QVERIFY(!panel->chart()->series().isEmpty());
        QVERIFY(!panel->table().rows.isEmpty());
        auto* tableView = panel->findChild<QTableView*>(QLatin1String(name) + QStringLiteral("Table"));
        QVERIFY(tableView);
        QAbstractItemModelTester tester(tableView->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel->showTable(true);
        QVERIFY(panel->isShowingTable());
        panel->showTable(false);
        const QString png = m_dir.filePath(QLatin1String(name) + QStringLiteral(".png"));
        const QString svg = m_dir.filePath(QLatin1String(name) + QStringLiteral(".svg"));
        QVERIFY(panel->savePng(png).ok());
        QVERIFY(panel->saveSvg(svg, QSize(800, 500)).ok());
        QVERIFY(QFileInfo(png).size() > 1000);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("<svg"));
    }
    auto* age = m_page->findChild<ChartPanel*>(QStringLiteral("ageChart"));
    m_page->findChild<QComboBox*>(QStringLiteral("ageStackCombo"))->setCurrentIndex(1);
    QCOMPARE(age->table().columns.mid(1, 2), (QStringList{QStringLiteral("Aukra"), QStringLiteral("Molde")}));
}

void TestStatusPage::recordsSnapshotsIntoHistory()
{
    auto* history = m_page->findChild<QTableView*>(QStringLiteral("historyTable"));
    QVERIFY(history);
    QCOMPARE(history->model()->rowCount(), 0);
    m_page->recordSnapshot();
    QCOMPARE(history->model()->rowCount(), 1);
    QCOMPARE(history->model()->data(history->model()->index(0, 1)).toString(), QStringLiteral("T1 2023"));
    auto* tertials = m_page->findChild<QTableView*>(QStringLiteral("tertialTable"));
    QVERIFY(tertials);
    QCOMPARE(tertials->model()->rowCount(), 1);
    QCOMPARE(tertials->model()->data(tertials->model()->index(0, 0)).toString(), QStringLiteral("T1 2023"));
    QCOMPARE(tertials->model()->data(tertials->model()->index(0, 6), Qt::EditRole).toLongLong(),
             m_page->dashboard().status.total.remaining);
}

// For looking at the page: RULLERING_SCREENSHOT_DIR=dir RULLERING_SCREENSHOT_DB=register.sqlite saves one PNG
// per tab of a real register (e.g. a generated demo fleet).
void TestStatusPage::screenshots()
{
    const QString dir = qEnvironmentVariable("RULLERING_SCREENSHOT_DIR");
    const QString path = qEnvironmentVariable("RULLERING_SCREENSHOT_DB");
    if (dir.isEmpty() || path.isEmpty())
        QSKIP("set RULLERING_SCREENSHOT_DIR and RULLERING_SCREENSHOT_DB to take screenshots");
    m_page.reset();
    m_session = std::make_unique<AppSession>();
    QVERIFY(m_session->openDatabase(path).ok());
    m_page = std::make_unique<StatusPage>(*m_session);
    m_page->resize(1300, 820);
    m_page->setStatusDate(QDate(2026, 11, 23));
    m_page->show();
    auto* tabs = m_page->findChild<QTabWidget*>(QStringLiteral("statusTabs"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(200);
        QVERIFY(m_page->grab().save(dir + QStringLiteral("/status-tab-%1.png").arg(i)));
    }
    // Scoped by the Devices page's filter, on a past date (issue 19): the scope bar and the inference note.
    tabs->setCurrentIndex(0);
    Result<QList<Municipality>> municipalities =
        ReferenceRepository(m_session->database()->connection()).municipalities();
    QVERIFY(municipalities.ok() && !municipalities->isEmpty());
    DeviceFilter filter;
    filter.municipalityIds = {municipalities->constFirst().id};
    filter.types = {DeviceType::Laptop};
    m_session->setCurrentFilter(filter);
    m_page->setStatusDate(QDate(2026, 9, 1));
    QTest::qWait(200);
    QVERIFY(m_page->grab().save(dir + QStringLiteral("/status-scoped-past.png")));
    const ReportScope scope = ReportScope::ofFilter(filter, *m_session->database());
    Result<BoardReportInput> input = m_page->reportInput(scope);
    QVERIFY(input.ok());
    QVERIFY(BoardReport::writePdf(input.value(), dir + QStringLiteral("/board-scoped.pdf")).ok());
    ReportScopeDialog dialog(*m_session->database(), filter);
    dialog.show();
    QTest::qWait(100);
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/report-scope-dialog.png")));
}

// A saved PDF is confirmed on the page with its path and a way to the folder; a failed one says why.
void TestStatusPage::savedReportSaysWhereItWent()
{
    auto* message = m_page->findChild<MessageArea*>(QStringLiteral("statusMessage"));
    QVERIFY(message);
    const QString path = m_dir.filePath(QStringLiteral("styret.pdf"));
    QVERIFY(m_page->saveReportPdf(ReportScope::whole(), path).ok());
    QVERIFY(QFileInfo(path).size() > 1000);
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), MessageArea::Kind::Positive);
    QVERIFY2(message->text().contains(QDir::toNativeSeparators(path)), qPrintable(message->text()));
    auto* open = message->findChild<QPushButton*>(QStringLiteral("messageAction"));
    QVERIFY(open && open->isVisible());

    const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/styret.pdf"));
    QVERIFY(!m_page->saveReportPdf(ReportScope::whole(), nowhere).ok());
    QCOMPARE(message->kind(), MessageArea::Kind::Error);
    QVERIFY2(message->text().contains(QDir::toNativeSeparators(nowhere)), qPrintable(message->text()));
    QVERIFY(!open->isVisible()); // nothing to open
}

// The progress chart's axis is the year's twelve months, each band starting on the 1st.
void TestStatusPage::progressChartShowsTheMonths()
{
    auto* panel = m_page->findChild<ChartPanel*>(QStringLiteral("progressChart"));
    QVERIFY(panel && panel->chart());
    const QList<QAbstractAxis*> axes = panel->chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    auto* months = qobject_cast<QCategoryAxis*>(axes.constFirst());
    QVERIFY(months);
    const QStringList labels = months->categoriesLabels();
    QCOMPARE(labels.size(), 12);
    const int year = m_page->dashboard().progress.year;
    for (int month = 1; month <= 12; ++month) {
        QCOMPARE(labels[month - 1], QLocale().monthName(month, QLocale::ShortFormat));
        QCOMPARE(months->startValue(labels[month - 1]),
                 double(QDateTime(QDate(year, month, 1), QTime(0, 0)).toMSecsSinceEpoch()));
    }
}

QTEST_MAIN(TestStatusPage)
#include "test_status_page.moc"
