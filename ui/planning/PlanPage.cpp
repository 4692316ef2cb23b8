#include "PlanPage.h"

#include "PlanDeviceModel.h"
#include "PlanPolicyDialog.h"
#include "PlanTableModel.h"
#include "ProcurementDialog.h"
#include "ScenarioDialog.h"
#include "planning/PlanRepository.h"
#include "shell/AccessGate.h"
#include "shell/AppSession.h"
#include "shell/MessageArea.h"
#include "shell/OverflowRow.h"
#include "storage/ReferenceRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace rullering {
namespace {

class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace

PlanPage::PlanPage(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_policy(PlanPolicy::defaults(QDate::currentDate()))
{
    setObjectName(QStringLiteral("planPage"));
    m_planCombo = new QComboBox(this);
    m_planCombo->setObjectName(QStringLiteral("planCombo"));
    m_planCombo->setMinimumContentsLength(18);
    m_planCombo->setAccessibleName(tr("Saved plan"));
    auto* planLabel = new QLabel(tr("&Plan:"), this);
    planLabel->setBuddy(m_planCombo);
    auto* editButton = new QPushButton(tr("Edit p&olicy…"), this);
    editButton->setObjectName(QStringLiteral("editPolicyButton"));
    auto* saveButton = new QPushButton(tr("&Save as…"), this);
    saveButton->setObjectName(QStringLiteral("savePlanButton"));
    requireCapability(m_session, editButton, Capability::EditPlans);
    requireCapability(m_session, saveButton, Capability::EditPlans);
    m_levelled = new QCheckBox(tr("&Levelled"), this);
    m_levelled->setObjectName(QStringLiteral("levelledCheck"));
    m_levelled->setToolTip(tr("Even out the yearly rate by pulling the soonest due devices forward."));
    m_figure = new QComboBox(this);
    m_figure->setObjectName(QStringLiteral("figureCombo"));
    m_figure->setAccessibleName(tr("Figure shown"));
    for (auto figure : {PlanTableModel::Figure::Plan, PlanTableModel::Figure::Straight,
                        PlanTableModel::Figure::Levelled, PlanTableModel::Figure::Overdue,
                        PlanTableModel::Figure::Supply, PlanTableModel::Figure::ToBuy, PlanTableModel::Figure::Cost})
        m_figure->addItem(PlanTableModel::figureName(figure), static_cast<int>(figure));
    auto* figureLabel = new QLabel(tr("Sho&w:"), this);
    figureLabel->setBuddy(m_figure);
    auto* compareButton = new QPushButton(tr("&Compare scenarios…"), this);
    compareButton->setObjectName(QStringLiteral("compareScenariosButton"));
    auto* exportButton = new QPushButton(tr("E&xport procurement list…"), this);
    exportButton->setObjectName(QStringLiteral("exportProcurementButton"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(planLabel);
    bar->addWidget(m_planCombo);
    bar->addWidget(editButton);
    bar->addWidget(saveButton);
    bar->addSpacing(12);
    bar->addWidget(m_levelled);
    bar->addWidget(figureLabel);
    bar->addWidget(m_figure);
    bar->addStretch(1);
    // On a narrow screen these two become one "More" menu (both are in the Tools menu too).
    auto* more = new OverflowRow(this);
    more->setObjectName(QStringLiteral("planButtonRow"));
    more->addButton(compareButton);
    more->addButton(exportButton);
    bar->addWidget(more);

    m_message = new MessageArea(this);
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("planTitle"));
    m_title->setWordWrap(true);
    m_collectButton = new QPushButton(this);
    m_collectButton->setObjectName(QStringLiteral("collectButton"));
    m_needsDataButton = new QPushButton(this);
    m_needsDataButton->setObjectName(QStringLiteral("needsDataButton"));
    m_outside = new QLabel(this);
    m_outside->setObjectName(QStringLiteral("outsideLabel"));
    auto* lists = new QHBoxLayout;
    lists->addWidget(m_collectButton);
    lists->addWidget(m_needsDataButton);
    lists->addWidget(m_outside, 1);

    m_model = new PlanTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setAccessibleName(tr("Plan per municipality and year"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    m_devices = new PlanDeviceModel(this);
    m_deviceTable = new QTableView(this);
    m_deviceTable->setObjectName(QStringLiteral("planDeviceTable"));
    m_deviceTable->setAccessibleName(tr("Devices in the chosen cell"));
    m_deviceTable->setModel(m_devices);
    m_deviceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deviceTable->setAlternatingRowColors(true);
    m_deviceTable->setWordWrap(false);
    m_deviceTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_deviceTable->verticalHeader()->setDefaultSectionSize(m_deviceTable->fontMetrics().height() + 8);
    m_deviceTable->verticalHeader()->hide();
    m_deviceTable->horizontalHeader()->setStretchLastSection(true);
    m_deviceTitle = new QLabel(choosePrompt(), this);
    m_deviceTitle->setObjectName(QStringLiteral("deviceTitle"));

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_deviceTitle);
    bottomLayout->addWidget(m_deviceTable);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addLayout(lists);
    layout->addWidget(splitter, 1);

    connect(editButton, &QPushButton::clicked, this, &PlanPage::editPolicy);
    connect(saveButton, &QPushButton::clicked, this, &PlanPage::savePlanAs);
    connect(compareButton, &QPushButton::clicked, this, &PlanPage::compareScenarios);
    connect(exportButton, &QPushButton::clicked, this, &PlanPage::exportProcurement);
    connect(m_planCombo, &QComboBox::activated, this, &PlanPage::planChosen);
    connect(m_levelled, &QCheckBox::toggled, this, [this](bool on) {
        if (m_policy.levelled == on)
            return;
        m_policy.levelled = on;
        if (m_planCombo->currentIndex() <= 0)
            saveCurrentSettings();
        refresh();
    });
    connect(m_figure, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setFigure(static_cast<PlanTableModel::Figure>(m_figure->currentData().toInt())); });
    connect(m_table, &QTableView::activated, this, &PlanPage::cellActivated);
    connect(m_table, &QTableView::clicked, this, &PlanPage::cellActivated);
    connect(m_collectButton, &QPushButton::clicked, this, [this] {
        showDevices(-1, 0, PlanStatus::Collect, tr("Collect or verify: in use, but not seen within the window"));
    });
    connect(m_needsDataButton, &QPushButton::clicked, this,
            [this] { showDevices(-1, 0, PlanStatus::NeedsData, tr("Needs data: no production year")); });
    connect(&m_session, &AppSession::databaseOpened, this, &PlanPage::databaseOpened);
    connect(&m_session, &AppSession::databaseClosed, this, [this] {
        m_service.reset();
        m_detailed.reset();
        m_model->setPlan({}, {}, 0);
        m_devices->setEntries({});
    });
    connect(&m_session, &AppSession::dataChanged, this, [this] {
        if (m_session.database()) {
            m_service = std::make_unique<PlanService>(*m_session.database()); // reads the register afresh
            refreshWhenShown();
        }
    });
    if (m_session.database())
        databaseOpened();
}

PlanPage::~PlanPage() = default;

QString PlanPage::choosePrompt()
{
    return tr("Choose a cell to see its devices and why each is there.");
}

QString PlanPage::planName() const
{
    return m_planCombo->currentIndex() > 0 ? m_planCombo->currentText() : QString();
}

void PlanPage::databaseOpened()
{
    m_service = std::make_unique<PlanService>(*m_session.database());
    reloadPlanNames();
    loadCurrentSettings();
    refreshWhenShown();
}

void PlanPage::refreshWhenShown()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void PlanPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void PlanPage::reloadPlanNames(const QString& select)
{
    m_planCombo->clear();
    m_planCombo->addItem(tr("(current settings)"));
    if (!m_session.database())
        return;
    Result<QStringList> names = PlanRepository(*m_session.database()).names();
    if (names)
        m_planCombo->addItems(names.value());
    else
        m_message->showMessage(tr("The saved plans could not be read: %1").arg(names.errorMessage()));
    if (!select.isEmpty())
        m_planCombo->setCurrentText(select);
}

void PlanPage::loadCurrentSettings()
{
    m_policy = PlanPolicy::defaults(QDate::currentDate());
    if (!m_session.database())
        return;
    Result<PlanPolicy> current = PlanRepository(*m_session.database()).current();
    if (!current) {
        QMessageBox::warning(this, tr("Plan"),
                             tr("%1\nThe plan starts from the default settings.").arg(current.errorMessage()));
        return;
    }
    m_policy = current.value();
}

void PlanPage::saveCurrentSettings()
{
    if (!m_session.database())
        return;
    const Status saved = PlanRepository(*m_session.database()).saveCurrent(m_policy);
    if (!saved)
        QMessageBox::warning(this, tr("Plan"),
                             tr("The current settings could not be saved: %1\nThey apply until Rullering is closed.")
                                 .arg(saved.errorMessage()));
    else
        m_session.notifyDataChanged(); // the status's due count and the Swap page read them too
}

void PlanPage::planChosen(int index)
{
    if (index == 0) {
        loadCurrentSettings();
        refresh();
        return;
    }
    if (index < 0 || !m_session.database())
        return;
    Result<PlanPolicy> policy = PlanRepository(*m_session.database()).load(m_planCombo->itemText(index));
    if (!policy) {
        QMessageBox::warning(this, tr("Plan"), policy.errorMessage());
        return;
    }
    m_policy = policy.value();
    refresh();
}

void PlanPage::refresh()
{
    m_stale = false;
    m_detailed.reset();
    m_devices->setEntries({});
    // The list is empty now: its title must not go on naming the cell (and count) it showed before.
    m_deviceTitle->setText(choosePrompt());
    if (!m_service)
        return;
    const QSignalBlocker blocker(m_levelled);
    m_levelled->setChecked(m_policy.levelled);
    WaitCursor wait;
    Result<PlanSummary> summary = m_service->summary(m_policy);
    if (!summary) {
        m_title->clear();
        m_message->showMessage(tr("The plan could not be computed: %1").arg(summary.errorMessage()));
        return;
    }
    m_message->clearMessage();
    const int progressYear = std::clamp(QDate::currentDate().year(), m_policy.firstYear, m_policy.lastYear());
    Result<QList<ProgressRow>> progress = m_service->progress(summary.value(), progressYear);
    if (!progress)
        m_message->showMessage(
            tr("The progress in %1 could not be counted: %2").arg(progressYear).arg(progress.errorMessage()));
    m_model->setPlan(summary.value(), progress.valueOr({}), progressYear);
    const QLocale locale;
    m_title->setText(tr("%1 plan %2–%3, status as of %4, activity window %5 days.")
                         .arg(m_policy.levelled ? tr("Levelled") : tr("Straight"))
                         .arg(m_policy.firstYear)
                         .arg(m_policy.lastYear())
                         .arg(locale.toString(m_policy.statusDate, QLocale::ShortFormat))
                         .arg(m_policy.activityDays));
    m_collectButton->setText(tr("Collect or verify: %1").arg(locale.toString(summary->collect)));
    m_needsDataButton->setText(tr("Needs data: %1").arg(locale.toString(summary->needsData)));
    QString outside = tr("Kept: %1 · at excluded places: %2 · due after %3: %4")
                          .arg(locale.toString(summary->kept), locale.toString(summary->excludedPlace))
                          .arg(m_policy.lastYear())
                          .arg(locale.toString(summary->beyondHorizon));
    if (summary->excludedType > 0)
        outside += u' ' + tr("· types not planned: %1").arg(locale.toString(summary->excludedType));
    if (summary->unplaced > 0)
        outside += u' ' + tr("· still overdue when the plan ends: %1").arg(locale.toString(summary->unplaced));
    m_outside->setText(outside);
}

bool PlanPage::ensureDetailedPlan()
{
    if (m_detailed)
        return true;
    if (!m_service)
        return false;
    WaitCursor wait;
    Result<PlanResult> result = m_service->compute(m_policy);
    if (!result) {
        QMessageBox::warning(this, tr("Plan"), result.errorMessage());
        return false;
    }
    m_detailed = std::move(result.value());
    return true;
}

void PlanPage::showDevices(qint64 municipalityId, int year, PlanStatus status, const QString& title)
{
    if (!ensureDetailedPlan())
        return;
    WaitCursor wait;
    Result<QList<PlanService::DeviceEntry>> entries = m_service->devices(*m_detailed, municipalityId, year, status);
    if (!entries) {
        QMessageBox::warning(this, tr("Plan"), entries.errorMessage());
        return;
    }
    m_deviceTitle->setText(tr("%1 — %n device(s)", nullptr, int(entries->size())).arg(title));
    m_devices->setEntries(std::move(entries.value()));
    m_deviceTable->resizeColumnsToContents();
}

void PlanPage::cellActivated(const QModelIndex& index)
{
    const int year = m_model->yearAt(index.column());
    if (!index.isValid() || year == 0)
        return;
    const qint64 municipalityId = m_model->municipalityAt(index.row());
    const QString where = m_model->headerData(index.row(), Qt::Vertical).toString();
    showDevices(municipalityId, year, PlanStatus::Planned, tr("%1, %2").arg(where).arg(year));
}

void PlanPage::editPolicy()
{
    if (!m_session.database())
        return;
    ReferenceRepository references(*m_session.database());
    PlanPolicyDialog::Register reg;
    Result<QList<Municipality>> municipalities = references.municipalities();
    Result<QList<MunicipalUnit>> locations = references.locations();
    Result<QList<MunicipalUnit>> departments = references.departments();
    if (!municipalities || !locations || !departments) {
        QMessageBox::warning(this, tr("Plan"),
                             !municipalities ? municipalities.errorMessage()
                             : !locations    ? locations.errorMessage()
                                             : departments.errorMessage());
        return;
    }
    reg.municipalities = municipalities.value();
    reg.locations = locations.value();
    reg.departments = departments.value();
    PlanPolicyDialog dialog(m_policy, reg, this);
    dialog.setSaveNote(
        m_planCombo->currentIndex() <= 0
            ? tr("OK saves these as the current settings in the register: the plan, the board report, the "
                 "procurement list and the status's due count use them, also after a restart.")
            : tr("OK makes these the current settings (saved in the register); the saved plan \"%1\" stays as it "
                 "was unless you save it again with \"Save as…\".")
                  .arg(m_planCombo->currentText()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_policy = dialog.policy();
    m_planCombo->setCurrentIndex(0); // edited: no longer the saved plan as it was, but the current settings
    saveCurrentSettings();
    refresh();
}

void PlanPage::savePlanAs()
{
    if (!m_session.database())
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save plan"), tr("Plan name:"), QLineEdit::Normal, planName(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    const Status saved = PlanRepository(*m_session.database()).save(name, m_policy);
    if (!saved) {
        QMessageBox::warning(this, tr("Save plan"), saved.errorMessage());
        return;
    }
    reloadPlanNames(name);
}

void PlanPage::compareScenarios()
{
    if (!m_session.database())
        return;
    ScenarioDialog dialog(*m_session.database(), m_policy, this);
    dialog.exec();
}

void PlanPage::exportProcurement()
{
    if (!m_session.database())
        return;
    ProcurementDialog dialog(*m_session.database(), m_policy, planName(), this);
    dialog.exec();
}

} // namespace rullering
