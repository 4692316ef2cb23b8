#include "ReportingFixture.h"
#include "generate/FleetGenerator.h"
#include "planning/PlanService.h"
#include "reporting/BoardReport.h"
#include "reporting/ChartSeries.h"
#include "storage/Sql.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rullering;
using namespace rullering::test;

class TestBoardReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void norwegianPdf();
    void englishPdf();
    void withoutPlanSaysSo();
    void generatedFleetReport();
    void captionsStayWithTheirCharts_data();
    void captionsStayWithTheirCharts();
    void withoutPricesLeavesAmountsOut();
    void everyPageStatesTheScope_data();
    void everyPageStatesTheScope();

private:
    QString pdfText(const BoardReportInput& input, const QString& name);
    BoardReportInput fleetInput(Database& db, bool priced);
    BoardReportInput input(const QString& language, bool withPlan);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestBoardReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    m_db = openFixtureDatabase();
    FixtureDevice d;
    d.municipality = QStringLiteral("Ålesund");
    d.lastSeen = QStringLiteral("2023-01-20T08:00:00Z");
    QVERIFY(addDevice(*m_db, d) > 0);
    // 1 234 more due laptops in Smøla, for the thousands separator.
    QVERIFY(municipalityId(*m_db, QStringLiteral("Smøla")) > 0);
    QVERIFY(runStatement(m_db->connection(),
                         QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1234)"
                                        " INSERT INTO device (type, production_year, municipality_id, state, last_seen,"
                                        " created_at, updated_at) SELECT 1, 2016, (SELECT id FROM municipality WHERE"
                                        " name = 'Smøla'), 2, '2023-01-21T08:00:00Z', 'x', 'x' FROM n")));
    FixtureDevice swapped = d;
    swapped.state = LifecycleState::Replaced;
    swapped.replacedOn = QStringLiteral("2023-01-05");
    QVERIFY(addDevice(*m_db, swapped) > 0);
}

BoardReportInput TestBoardReport::input(const QString& language, bool withPlan)
{
    BoardReportInput in;
    Result<Dashboard> dashboard = Dashboard::load(m_db->connection(), QDate(2023, 1, 25), 90);
    if (!dashboard)
        qFatal("%s", qPrintable(dashboard.errorMessage()));
    in.dashboard = dashboard.value();
    in.municipalitySelection =
        language == QLatin1String("en") ? QStringLiteral("All municipalities") : QStringLiteral("Alle kommuner");
    in.language = language;
    if (withPlan) {
        PlanService service(*m_db);
        PlanPolicy policy = PlanService::defaultPolicy(QDate(2023, 1, 25));
        policy.setStandard(DeviceType::Laptop, {QStringLiteral("Dell Latitude 5440"), 11500});
        Result<PlanSummary> summary = service.summary(policy);
        if (!summary)
            qFatal("%s", qPrintable(summary.errorMessage()));
        in.plan = summary.value();
        Result<ProcurementList> procurement = service.procurement(policy, 2023);
        if (procurement)
            in.procurement = procurement.value();
    }
    return in;
}

QString TestBoardReport::pdfText(const BoardReportInput& in, const QString& name)
{
    const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
    const Status written = BoardReport::writePdf(in, pdf);
    if (!written)
        qWarning("%s", qPrintable(written.errorMessage()));
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).replace(QChar(0x00a0), u' ');
}

void TestBoardReport::norwegianPdf()
{
    const QString text = pdfText(input(QStringLiteral("nb"), true), QStringLiteral("nb"));
    QVERIFY2(!text.isEmpty(), "no text in the PDF");
    for (const QString& expected :
         {QStringLiteral("Rulleringsstatus per 25.01.2023"), QStringLiteral("Kommuner: Alle kommuner"),
          QStringLiteral("Status per kommune"), QStringLiteral("Smøla"), QStringLiteral("Ålesund"),
          QStringLiteral("1 234"), QStringLiteral("Totalt"), QStringLiteral("Andel utført"),
          QStringLiteral("Utskiftingsplan"), QStringLiteral("Innkjøp 2023"), QStringLiteral("kr")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text));
    QVERIFY(!text.contains(QLatin1String("Rollout status")));
    // Share done for Ålesund: 1 replaced of 2 due.
    QVERIFY2(text.contains(QStringLiteral("50,0 %")), qPrintable(text));
}

void TestBoardReport::englishPdf()
{
    const QString text = pdfText(input(QStringLiteral("en"), true), QStringLiteral("en"));
    for (const QString& expected :
         {QStringLiteral("Rollout status as of 25.01.2023"), QStringLiteral("Status per municipality"),
          QStringLiteral("1,234"), QStringLiteral("Replacement plan"), QStringLiteral("Procurement 2023"),
          QStringLiteral("50.0%")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text));
}

void TestBoardReport::withoutPlanSaysSo()
{
    const QString text = pdfText(input(QStringLiteral("en"), false), QStringLiteral("noplan"));
    QVERIFY(text.contains(QLatin1String("No plan was computed for this report.")));
    QVERIFY(!text.contains(QLatin1String("Procurement")));
}

// A realistic register (the demo fleet): every municipality is in the table and the plan and procurement
// parts are filled. Set RULLERING_REPORT_DIR to keep the PDF for a look (pdftoppm -png).
// A realistic register (the demo fleet, 20k devices in the 27 municipalities of the catalogue).
static std::unique_ptr<Database> generatedFleet()
{
    auto db = openFixtureDatabase();
    GenerateOptions options;
    options.devices = 20000;
    options.seed = 7;
    options.asOf = QDate(2026, 11, 23);
    if (!FleetGenerator::generate(*db, options).ok())
        qFatal("cannot generate the demo fleet");
    return db;
}

BoardReportInput TestBoardReport::fleetInput(Database& db, bool priced)
{
    const QDate asOf(2026, 11, 23);
    BoardReportInput in;
    Result<Dashboard> dashboard = Dashboard::load(db.connection(), asOf, 90);
    if (!dashboard)
        qFatal("%s", qPrintable(dashboard.errorMessage()));
    in.dashboard = dashboard.value();
    in.municipalitySelection = QStringLiteral("Alle kommuner");
    PlanService service(db);
    PlanPolicy policy = PlanService::defaultPolicy(asOf);
    policy.levelled = true;
    if (priced) {
        policy.setStandard(DeviceType::Laptop, {QStringLiteral("Dell Latitude 5450"), 11500});
        policy.setStandard(DeviceType::Desktop, {QStringLiteral("Dell OptiPlex 7020"), 9800});
        policy.setStandard(DeviceType::Tablet, {QStringLiteral("iPad 10,9"), 5200});
        policy.setStandard(DeviceType::Printer, {QStringLiteral("HP LaserJet M480"), 8900});
    }
    Result<PlanSummary> summary = service.summary(policy);
    if (!summary)
        qFatal("%s", qPrintable(summary.errorMessage()));
    in.plan = summary.value();
    Result<ProcurementList> procurement = service.procurement(policy, asOf.year());
    if (!procurement)
        qFatal("%s", qPrintable(procurement.errorMessage()));
    in.procurement = procurement.value();
    return in;
}

void TestBoardReport::generatedFleetReport()
{
    auto db = generatedFleet();
    const BoardReportInput in = fleetInput(*db, true);
    const QString text = pdfText(in, QStringLiteral("fleet"));
    for (const StatusRow& row : in.dashboard.status.rows)
        QVERIFY2(text.contains(row.municipality), qPrintable(row.municipality));
    QVERIFY(text.contains(
        QLocale(QLocale::NorwegianBokmal).toString(in.dashboard.status.total.active).replace(QChar(0x00a0), u' ')));
    QVERIFY(text.contains(QStringLiteral("Innkjøp 2026")));
    QVERIFY(text.contains(QStringLiteral(" kr")));
    const QString keep = qEnvironmentVariable("RULLERING_REPORT_DIR");
    if (!keep.isEmpty()) {
        QFile::remove(keep + QStringLiteral("/board-report.pdf"));
        QFile::copy(m_dir.filePath(QStringLiteral("fleet.pdf")), keep + QStringLiteral("/board-report.pdf"));
        BoardReportInput english = in;
        english.language = QStringLiteral("en");
        english.municipalitySelection = QStringLiteral("All municipalities");
        QVERIFY(BoardReport::writePdf(english, keep + QStringLiteral("/board-report-en.pdf")).ok());
    }
}

void TestBoardReport::captionsStayWithTheirCharts_data()
{
    QTest::addColumn<int>("municipalities");
    for (int count : {5, 14, 20, 24, 27, 30, 36})
        QTest::addRow("%d municipalities", count) << count;
}

// The status table of the 27 municipalities of a large partnership ends near the foot of page 1: the charts'
// heading and the first caption used to stay there while the chart went to page 2. Tables of several lengths move
// the charts' page breaks around; every caption must be on the page of its chart (the charts are the PDF's only
// images, in document order), and the section heading on the first chart's page.
void TestBoardReport::captionsStayWithTheirCharts()
{
    QFETCH(int, municipalities);
    if (QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
        QSKIP("pdfimages (poppler-utils) is not installed");
    static auto db = generatedFleet();
    BoardReportInput in = fleetInput(*db, true);
    QList<StatusRow>& rows = in.dashboard.status.rows;
    QVERIFY(!rows.isEmpty() && rows.size() <= municipalities);
    for (int i = int(rows.size()); i < municipalities; ++i) { // more municipalities, with the first one's figures
        StatusRow extra = rows.constFirst();
        extra.municipalityId = 1000 + i;
        extra.municipality = QStringLiteral("Kommune %1").arg(i + 1);
        rows.append(extra);
    }
    in.dashboard.activity = ActivitySeries::fromStatus(in.dashboard.status);
    const QStringList pages = pdfText(in, QStringLiteral("captions")).split(u'\f');
    QProcess images;
    images.start(QStringLiteral("pdfimages"),
                 {QStringLiteral("-list"), m_dir.filePath(QStringLiteral("captions.pdf"))});
    QVERIFY(images.waitForFinished(30000) && images.exitCode() == 0);
    QList<int> imagePages;
    for (const QString& line : QString::fromUtf8(images.readAllStandardOutput()).split(u'\n')) {
        const QStringList fields = line.simplified().split(u' ');
        bool isPage = false;
        const int page = fields.value(0).toInt(&isPage);
        if (isPage && fields.value(2) == QLatin1String("image"))
            imagePages.append(page);
    }
    const QStringList captions = {QStringLiteral("Gjenstående enheter til utskifting i 2026"),
                                  QStringLiteral("Enheter i bruk per produksjonsår, etter type"),
                                  QStringLiteral("Aktive og inaktive enheter per kommune"),
                                  QStringLiteral("Planen per år, rett fram og utjevnet")};
    QCOMPARE(imagePages.size(), captions.size());
    auto pageOf = [&](const QString& text) {
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (pages[i].contains(text))
                return int(i + 1);
        }
        return 0;
    };
    for (qsizetype i = 0; i < captions.size(); ++i)
        QVERIFY2(pageOf(captions[i]) == imagePages[i],
                 qPrintable(QStringLiteral("%1: caption on page %2, chart on page %3")
                                .arg(captions[i])
                                .arg(pageOf(captions[i]))
                                .arg(imagePages[i])));
    QCOMPARE(pageOf(QStringLiteral("Diagrammer")), imagePages.constFirst());
}

// No unit prices entered: no column of 0 kr, and a note that says where prices are entered.
void TestBoardReport::withoutPricesLeavesAmountsOut()
{
    auto db = generatedFleet();
    const QString text = pdfText(fleetInput(*db, false), QStringLiteral("unpriced"));
    QVERIFY(text.contains(QStringLiteral("Innkjøp 2026")));
    QVERIFY2(!text.contains(QStringLiteral(" kr")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Kostnad")), qPrintable(text));
    QVERIFY2(text.simplified().contains(QStringLiteral("Ingen enhetspriser er lagt inn")), qPrintable(text));
}

// Issue 19 point 2: a page read alone (page 3 handed round at the board meeting) still says what it counts.
void TestBoardReport::everyPageStatesTheScope_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("expected");
    QTest::newRow("whole register, Bokmål")
        << QStringLiteral("nb") << QString() << QStringLiteral("Omfang: hele registeret");
    QTest::newRow("a chosen scope, English")
        << QStringLiteral("en") << QStringLiteral("Smøla · Laptop · search «hansen»")
        << QStringLiteral("Scope: Smøla · Laptop · search «hansen»");
}

void TestBoardReport::everyPageStatesTheScope()
{
    QFETCH(QString, language);
    QFETCH(QString, scope);
    QFETCH(QString, expected);
    BoardReportInput in = input(language, true);
    in.scope = scope;
    const QString text = pdfText(in, QStringLiteral("scope-") + language);
    QStringList pages = text.split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    QVERIFY2(pages.size() >= 2, qPrintable(text));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QVERIFY2(pages[i].simplified().contains(expected),
                 qPrintable(QStringLiteral("page %1 of %2:\n%3").arg(i + 1).arg(pages.size()).arg(pages[i])));
        QVERIFY2(pages[i].contains(language == QLatin1String("en")
                                       ? QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())
                                       : QStringLiteral("Side %1 av %2").arg(i + 1).arg(pages.size())),
                 qPrintable(pages[i]));
    }
}

QTEST_MAIN(TestBoardReport)
#include "test_board_report.moc"
