#include "StatusPage.h"

#include "ChartPanel.h"
#include "Charts.h"
#include "ReportScopeDialog.h"
#include "SeriesTableModel.h"
#include "planning/PlanRepository.h"
#include "reporting/StatusCalculator.h"
#include "reporting/StatusSnapshotStore.h"
#include "shell/AccessGate.h"
#include "shell/AppSession.h"
#include "shell/ExportFolder.h"
#include "shell/MessageArea.h"
#include "shell/OverflowRow.h"
#include "storage/ReferenceRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace rullering {

StatusPage::StatusPage(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    layout->addLayout(bar);

    m_dateEdit = new QDateEdit(QDate::currentDate(), this);
    m_dateEdit->setObjectName(QStringLiteral("statusDateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat)); // the language's, as elsewhere
    auto* dateLabel = new QLabel(tr("Status &date:"), this);
    dateLabel->setBuddy(m_dateEdit);
    m_daysSpin = new QSpinBox(this);
    m_daysSpin->setObjectName(QStringLiteral("activityDaysSpin"));
    m_daysSpin->setRange(1, 3650);
    m_daysSpin->setValue(StatusCalculator::DefaultActivityDays);
    m_daysSpin->setSuffix(tr(" days"));
    m_daysSpin->setToolTip(tr("Devices seen within this many days before the status date count as active. Active "
                              "Directory's logon time lags by up to 14 days: shorter windows mislead."));
    auto* daysLabel = new QLabel(tr("&Active if seen within:"), this);
    daysLabel->setBuddy(m_daysSpin);
    bar->addWidget(dateLabel);
    bar->addWidget(m_dateEdit);
    bar->addSpacing(12);
    bar->addWidget(daysLabel);
    bar->addWidget(m_daysSpin);
    bar->addStretch();

    auto* snapshot = new QPushButton(tr("Record &snapshot"), this);
    snapshot->setObjectName(QStringLiteral("recordSnapshotButton"));
    snapshot->setToolTip(tr("Store this status in the history, for trends and tertial reports."));
    requireCapability(m_session, snapshot, Capability::TakeSnapshot);
    auto* language = new QComboBox(this);
    language->setObjectName(QStringLiteral("reportLanguageCombo"));
    language->addItem(tr("Report in Norwegian Bokmål"), QStringLiteral("nb"));
    language->addItem(tr("Report in English"), QStringLiteral("en"));
    language->setCurrentIndex(BoardReport::languageSetting() == QLatin1String("en") ? 1 : 0);
    language->setAccessibleName(tr("Report language"));
    auto* pdf = new QPushButton(tr("Board report (&PDF)…"), this);
    pdf->setObjectName(QStringLiteral("reportPdfButton"));
    auto* print = new QPushButton(tr("P&rint report…"), this);
    print->setObjectName(QStringLiteral("reportPrintButton"));
    bar->addWidget(language);
    // On a narrow window (1024 px, or 200 % text on 1920 px) the three buttons become one "More" menu.
    auto* buttons = new OverflowRow(this);
    buttons->setObjectName(QStringLiteral("statusButtonRow"));
    buttons->addButton(snapshot);
    buttons->addButton(pdf);
    buttons->addButton(print);
    bar->addWidget(buttons);

    layout->addWidget(createScopeBar());

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statusSummaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_summary);
    m_message = new MessageArea(this);
    m_message->setObjectName(QStringLiteral("statusMessage"));
    layout->addWidget(m_message);
    m_inference = new QLabel(this);
    m_inference->setObjectName(QStringLiteral("statusInferenceLabel"));
    m_inference->setWordWrap(true);
    m_inference->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_inference->hide();
    layout->addWidget(m_inference);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("statusTabs"));
    m_tabs->setAccessibleName(tr("Status views"));
    layout->addWidget(m_tabs, 1);

    m_statusView = new QTableView(this);
    m_statusView->setObjectName(QStringLiteral("statusTable"));
    m_statusModel = new SeriesTableModel(this);
    m_statusView->setModel(m_statusModel);
    m_statusView->verticalHeader()->hide();
    m_statusView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // one row per municipality
    m_statusView->setAccessibleName(tr("Status per municipality"));
    m_tabs->addTab(m_statusView, tr("Status table"));

    m_progressPanel = new ChartPanel(QStringLiteral("progressChart"), this);
    m_tabs->addTab(m_progressPanel, tr("Progress"));
    m_agePanel = new ChartPanel(QStringLiteral("ageChart"), this);
    m_ageStack = new QComboBox(this);
    m_ageStack->setObjectName(QStringLiteral("ageStackCombo"));
    m_ageStack->addItem(tr("By type"));
    m_ageStack->addItem(tr("By municipality"));
    m_ageStack->setAccessibleName(tr("Stack the bars"));
    m_agePanel->controls()->insertWidget(0, m_ageStack);
    m_tabs->addTab(m_agePanel, tr("Age"));
    m_activityPanel = new ChartPanel(QStringLiteral("activityChart"), this);
    m_tabs->addTab(m_activityPanel, tr("Activity"));
    m_planPanel = new ChartPanel(QStringLiteral("planChart"), this);
    m_planMunicipality = new QComboBox(this);
    m_planMunicipality->setObjectName(QStringLiteral("planMunicipalityCombo"));
    m_planMunicipality->setAccessibleName(tr("Municipality"));
    m_planPanel->controls()->insertWidget(0, m_planMunicipality);
    m_planNote = new QLabel(this);
    m_planPanel->controls()->insertWidget(1, m_planNote);
    m_tabs->addTab(m_planPanel, tr("Plan"));

    auto* history = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(history);
    m_tertialLabel = new QLabel(history);
    historyLayout->addWidget(m_tertialLabel);
    m_tertialView = new QTableView(history);
    m_tertialView->setObjectName(QStringLiteral("tertialTable"));
    m_tertialModel = new SeriesTableModel(this);
    m_tertialView->setModel(m_tertialModel);
    m_tertialView->verticalHeader()->hide();
    m_tertialView->setMaximumHeight(m_tertialView->horizontalHeader()->sizeHint().height() * 5);
    m_tertialLabel->setBuddy(m_tertialView);
    historyLayout->addWidget(m_tertialView);
    auto* allLabel = new QLabel(tr("All recorded snapshots, newest first:"), history);
    historyLayout->addWidget(allLabel);
    m_historyView = new QTableView(history);
    m_historyView->setObjectName(QStringLiteral("historyTable"));
    m_historyModel = new SeriesTableModel(this);
    m_historyView->setModel(m_historyModel);
    m_historyView->verticalHeader()->hide();
    m_historyView->setAccessibleName(tr("Status history"));
    allLabel->setBuddy(m_historyView);
    historyLayout->addWidget(m_historyView, 1);
    m_tabs->addTab(history, tr("History"));

    connect(m_dateEdit, &QDateEdit::dateChanged, this, &StatusPage::refresh);
    connect(m_daysSpin, &QSpinBox::valueChanged, this, &StatusPage::refresh);
    connect(m_ageStack, &QComboBox::currentIndexChanged, this, &StatusPage::showAge);
    connect(m_planMunicipality, &QComboBox::currentIndexChanged, this, &StatusPage::showPlan);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_planPanel)
            showPlan();
    });
    connect(snapshot, &QPushButton::clicked, this, &StatusPage::recordSnapshot);
    connect(language, &QComboBox::currentIndexChanged, this,
            [language] { BoardReport::setLanguageSetting(language->currentData().toString()); });
    connect(pdf, &QPushButton::clicked, this, &StatusPage::exportReportPdf);
    connect(print, &QPushButton::clicked, this, &StatusPage::printReport);
    connect(&m_session, &AppSession::dataChanged, this, [this] {
        m_plan.reset();
        refreshWhenShown();
    });
    connect(&m_session, &AppSession::filterChanged, this, &StatusPage::refreshWhenShown);
    connect(&m_session, &AppSession::databaseOpened, this, [this] {
        m_plan.reset();
        refreshWhenShown();
    });
    refreshWhenShown();
}

QWidget* StatusPage::createScopeBar()
{
    // The Devices page's filter narrows these figures: said in so many words, with the way back one click away.
    m_scopeBar = new QFrame(this);
    m_scopeBar->setObjectName(QStringLiteral("statusScopeBar"));
    m_scopeBar->setStyleSheet(QStringLiteral("#statusScopeBar { background: #fff4ce; border: 1px solid #c8a600; }"));
    auto* scopeLayout = new QHBoxLayout(m_scopeBar);
    scopeLayout->setContentsMargins(8, 4, 8, 4);
    m_scopeLabel = new QLabel(m_scopeBar);
    m_scopeLabel->setObjectName(QStringLiteral("statusScopeLabel"));
    m_scopeLabel->setWordWrap(true);
    m_scopeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* clearScope = new QPushButton(tr("Show the &whole register"), m_scopeBar);
    clearScope->setObjectName(QStringLiteral("clearScopeButton"));
    clearScope->setToolTip(tr("Clears the Devices page's filter, which also narrows these figures."));
    scopeLayout->addWidget(m_scopeLabel, 1);
    scopeLayout->addWidget(clearScope);
    m_scopeBar->hide();
    connect(clearScope, &QPushButton::clicked, this, [this] { m_session.setCurrentFilter({}); });
    return m_scopeBar;
}

void StatusPage::refreshWhenShown()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void StatusPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

QDate StatusPage::statusDate() const
{
    return m_dateEdit->date();
}

void StatusPage::setStatusDate(const QDate& date)
{
    m_dateEdit->setDate(date);
}

int StatusPage::activityDays() const
{
    return m_daysSpin->value();
}

void StatusPage::refresh()
{
    Database* db = m_session.database();
    if (!db)
        return;
    m_stale = false;
    Result<Dashboard> loaded = Dashboard::load(*db, statusDate(), activityDays(), m_session.currentFilter());
    if (!loaded) {
        m_message->showMessage(tr("The status could not be computed: %1").arg(loaded.errorMessage()));
        return;
    }
    m_message->clearMessage();
    m_dashboard = std::move(loaded.value());
    const StatusCounts& total = m_dashboard.status.total;
    const QLocale locale;
    m_summary->setText(tr("%1: %2 of %3 due devices replaced (%4%), %5 still to replace; %6 active, %7 inactive.")
                           .arg(municipalitySelection(m_session.currentFilter().municipalityIds),
                                locale.toString(total.replaced), locale.toString(total.due()),
                                locale.toString(total.shareDone() * 100.0, 'f', 1), locale.toString(total.remaining),
                                locale.toString(total.active), locale.toString(total.inactive)));
    m_summary->setToolTip(tr("Still to replace: active devices whose production year plus lifetime is %1 or earlier, "
                             "not kept and not at a place the plan leaves out (the current plan settings). The Swap "
                             "page and the plan's due count for %1 give the same figure.")
                              .arg(statusDate().year()));
    m_inference->setVisible(total.inferred > 0);
    m_inference->setText(tr("%1 of the active devices (%2 of those still to replace) were not seen in the %3 days "
                            "before %4, only after it: they are counted as in use on that date.")
                             .arg(locale.toString(total.inferred), locale.toString(total.inferredRemaining))
                             .arg(activityDays())
                             .arg(locale.toString(statusDate(), QLocale::ShortFormat)));
    showScope();
    m_statusModel->setTable(statusTable(m_dashboard.status));
    m_activityPanel->setChart(charts::activityChart(m_dashboard.activity), m_dashboard.activity.table());
    showAge();
    if (m_plan && m_planDate != statusDate())
        m_plan.reset();
    if (m_tabs->currentWidget() == m_planPanel)
        showPlan();
    else
        m_progressPanel->setChart(charts::progressChart(m_dashboard.progress), m_dashboard.progress.table());
    refreshHistory();
}

void StatusPage::showAge()
{
    const AgeDistribution& age =
        m_ageStack->currentIndex() == 1 ? m_dashboard.ageByMunicipality : m_dashboard.ageByType;
    m_agePanel->setChart(charts::ageChart(age), age.limitedTo(8).table());
}

void StatusPage::ensurePlan()
{
    Database* db = m_session.database();
    if (!db || (m_plan && m_planDate == statusDate()))
        return;
    PlanService service(*db);
    // The current plan settings (lifetimes, prices, scope), as the Plan page and the procurement export use them,
    // for this page's date and window.
    Result<PlanPolicy> current = PlanRepository(*db).current();
    if (!current) {
        m_planNote->setText(tr("The plan could not be computed: %1").arg(current.errorMessage()));
        return;
    }
    PlanPolicy policy = current.value();
    policy.statusDate = statusDate();
    policy.firstYear = statusDate().year();
    policy.activityDays = activityDays();
    // The refresh that just ran counted the devices in use; used once, so a later tab switch never plans from
    // counts older than the register.
    const std::optional<InUseCensus> census = std::exchange(m_dashboard.inUse, std::nullopt);
    Result<PlanSummary> summary = service.summary(policy, census ? &*census : nullptr);
    if (!summary) {
        m_planError = summary.errorMessage();
        m_planNote->setText(tr("The plan could not be computed: %1").arg(m_planError));
        return;
    }
    m_planError.clear();
    m_plan = std::move(summary.value());
    m_planDate = statusDate();
}

void StatusPage::showPlan()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    ensurePlan();
    QGuiApplication::restoreOverrideCursor();
    if (!m_plan)
        return;
    m_planSeries = PlanSeries::fromSummary(*m_plan, m_session.currentFilter().municipalityIds);
    const int selected = m_planMunicipality->currentIndex();
    {
        const QSignalBlocker blocker(m_planMunicipality);
        m_planMunicipality->clear();
        m_planMunicipality->addItem(tr("All municipalities"));
        m_planMunicipality->addItems(m_planSeries.municipalities);
        m_planMunicipality->setCurrentIndex(qBound(0, selected, m_planMunicipality->count() - 1));
    }
    m_planNote->setText(
        tr("Plan %1–%2 with the current plan settings").arg(m_plan->policy.firstYear).arg(m_plan->policy.lastYear()));
    m_planPanel->setChart(charts::planChart(m_planSeries, m_planMunicipality->currentIndex() - 1),
                          m_planSeries.table());

    // With the plan known, progress is measured against it: replaced so far plus what it still has this year.
    const int year = statusDate().year();
    qint64 planned = m_dashboard.status.total.replaced;
    const QList<qint64> levelledOrStraight =
        m_plan->policy.levelled ? m_planSeries.levelledFor() : m_planSeries.straightFor();
    const qsizetype y = m_planSeries.years.indexOf(year);
    if (y >= 0)
        planned += levelledOrStraight[y];
    const ProgressSeries progress = m_dashboard.progress.withPlannedTarget(planned);
    m_progressPanel->setChart(charts::progressChart(progress), progress.table());
}

void StatusPage::refreshHistory()
{
    Database* db = m_session.database();
    if (!db)
        return;
    Result<QList<StatusSnapshot>> totals = StatusSnapshotStore(*db).totals();
    if (!totals) {
        m_message->showMessage(tr("The status history could not be read: %1").arg(totals.errorMessage()));
        return;
    }
    SeriesTable table;
    table.title = tr("Status history");
    table.columns = {tr("Status date"), tr("Tertial"), tr("Recorded"), tr("Why"),       tr("Active"),
                     tr("Inactive"),    tr("Due"),     tr("Replaced"), tr("Remaining"), tr("Share done")};
    table.percentColumn = 9;
    for (auto it = totals->crbegin(); it != totals->crend(); ++it) {
        const StatusCounts& c = it->counts;
        table.rows.append({it->asOf, Tertial::of(it->asOf).label(),
                           QLocale().toString(it->takenAt.toLocalTime(), QLocale::ShortFormat),
                           it->trigger == StatusSnapshotStore::ImportTrigger ? tr("import") : tr("on demand"), c.active,
                           c.inactive, c.due(), c.replaced, c.remaining,
                           c.due() > 0 ? QVariant(c.shareDone()) : QVariant()});
    }
    m_historyModel->setTable(table);

    // The tertial report: for each tertial of the status year, the last snapshot taken inside it.
    const int year = statusDate().year();
    m_tertialLabel->setText(tr("Per tertial in %1 (the latest snapshot in each):").arg(year));
    m_tertialView->setAccessibleName(m_tertialLabel->text());
    SeriesTable tertials;
    tertials.title = m_tertialLabel->text();
    tertials.columns = {tr("Tertial"), tr("Status date"), tr("Active"),    tr("Inactive"),
                        tr("Due"),     tr("Replaced"),    tr("Remaining"), tr("Share done")};
    tertials.percentColumn = 7;
    Result<QList<std::pair<Tertial, StatusSnapshot>>> perTertial = StatusSnapshotStore(*db).tertials(year);
    if (!perTertial)
        m_message->showMessage(tr("The tertial report could not be read: %1").arg(perTertial.errorMessage()));
    for (const auto& [tertial, snapshot] : perTertial.valueOr({})) {
        const StatusCounts& c = snapshot.counts;
        tertials.rows.append({tertial.label(), snapshot.asOf, c.active, c.inactive, c.due(), c.replaced, c.remaining,
                              c.due() > 0 ? QVariant(c.shareDone()) : QVariant()});
    }
    m_tertialModel->setTable(tertials);
}

void StatusPage::showScope()
{
    Database* db = m_session.database();
    const DeviceFilter& filter = m_session.currentFilter();
    m_scopeBar->setVisible(db && !filter.isEmpty());
    if (!db || filter.isEmpty())
        return;
    m_scopeLabel->setText(tr("Only part of the register is counted here — the Devices page's filter: %1")
                              .arg(ReportScope::ofFilter(filter, *db).description));
}

QString StatusPage::municipalitySelection(const QList<qint64>& ids) const
{
    if (ids.isEmpty() || !m_session.database())
        return tr("All municipalities");
    QStringList names;
    Result<QList<Municipality>> all = ReferenceRepository(*m_session.database()).municipalities();
    if (!all) {
        m_message->showMessage(tr("The municipalities' names could not be read: %1").arg(all.errorMessage()));
        return tr("%n selected municipalities", nullptr, int(ids.size()));
    }
    for (const Municipality& m : all.value()) {
        if (ids.contains(m.id))
            names.append(m.name);
    }
    return names.join(QStringLiteral(", "));
}

std::optional<ReportScope> StatusPage::chooseReportScope()
{
    Database* db = m_session.database();
    if (!db)
        return std::nullopt;
    ReportScopeDialog dialog(*db, m_session.currentFilter(), this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.scope();
}

Result<BoardReportInput> StatusPage::reportInput(const ReportScope& scope)
{
    Database* db = m_session.database();
    if (!db)
        return Error(tr("No database is open."));
    if (m_stale)
        refresh();
    BoardReportInput input;
    input.language = BoardReport::languageSetting();
    if (scope.filter == m_session.currentFilter()) {
        input.dashboard = m_dashboard;
    } else {
        Result<Dashboard> loaded = Dashboard::load(*db, statusDate(), activityDays(), scope.filter);
        if (!loaded)
            return loaded.error();
        input.dashboard = std::move(loaded.value());
    }
    const QList<qint64>& ids = scope.filter.municipalityIds;
    input.municipalitySelection = BoardReport::inLanguage(input.language, [&] { return municipalitySelection(ids); });
    if (!scope.isWhole())
        input.scope = BoardReport::inLanguage(input.language,
                                              [&] { return ReportScope::ofFilter(scope.filter, *db).description; });
    ensurePlan();
    if (m_plan) {
        input.plan = *m_plan;
        PlanService service(*db);
        Result<ProcurementList> procurement = service.procurement(m_plan->policy, statusDate().year());
        if (!procurement)
            return Error(
                tr("The procurement list for the report could not be computed: %1").arg(procurement.errorMessage()));
        input.procurement = std::move(procurement.value());
    } else if (!m_planError.isEmpty()) {
        return Error(tr("The plan for the report could not be computed: %1").arg(m_planError));
    }
    if (!ids.isEmpty())
        narrowReportToMunicipalities(input, ids);
    return input;
}

void StatusPage::exportReportPdf()
{
    const std::optional<ReportScope> scope = chooseReportScope();
    if (!scope)
        return;
    // Named in the report's language, not the window's: a Norwegian report is "Rulleringsstatus …".
    const QString suggested = suggestedExportPath(BoardReport::inLanguage(BoardReport::languageSetting(), [this] {
        return tr("Rollout status %1.pdf").arg(statusDate().toString(Qt::ISODate));
    }));
    QString path = QFileDialog::getSaveFileName(this, tr("Board report as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (!saveReportPdf(*scope, path).ok())
        return; // the page's message says why
}

Status StatusPage::saveReportPdf(const ReportScope& scope, const QString& path)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<BoardReportInput> input = reportInput(scope);
    const Status written = input ? BoardReport::writePdf(input.value(), path) : Status(input.error());
    QGuiApplication::restoreOverrideCursor();
    const QString where = QDir::toNativeSeparators(path);
    if (!written) {
        m_message->showMessage(tr("The board report was not saved to %1: %2").arg(where, written.errorMessage()));
        return written;
    }
    rememberExportFolder(path); // the next export dialog starts here
    // Said where it went, with the way there: a PDF saved without a word left people looking for it.
    const QString folder = QFileInfo(path).absolutePath();
    m_message->showMessage(tr("The board report was saved to %1.").arg(where), MessageArea::Kind::Positive,
                           tr("Open the folder"), [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    return written;
}

void StatusPage::printReport()
{
    const std::optional<ReportScope> scope = chooseReportScope();
    if (!scope)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print board report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<BoardReportInput> input = reportInput(*scope);
    const Status printed = input ? BoardReport::print(input.value(), printer) : Status(input.error());
    if (!printed)
        QMessageBox::warning(this, tr("Board report"), printed.errorMessage());
}

void StatusPage::recordSnapshot()
{
    Database* db = m_session.database();
    if (!db)
        return;
    const Status done = StatusSnapshotStore(*db).take(statusDate(), activityDays());
    if (!done) {
        QMessageBox::warning(this, tr("Record snapshot"), done.errorMessage());
        return;
    }
    refreshHistory();
    m_tabs->setCurrentWidget(m_historyView->parentWidget());
}

} // namespace rullering
