// The dry-run and apply steps of the import wizard (the file and mapping steps are in ImportWizardPages.cpp).

#include "ImportRunner.h"
#include "ImportWizard.h"
#include "ImportWizardPages.h"
#include "reporting/StatusSnapshotStore.h"
#include "shell/AppSession.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>
#include <climits>

namespace rullering {
namespace {

QString summaryText(const ImportReport& r)
{
    const QLocale locale;
    return ImportDryRunPage::tr("Created: %1 · Updated: %2 · Unchanged: %3 · Missing from the file: %4 · "
                                "Rejected: %5")
        .arg(locale.toString(r.created), locale.toString(r.updated), locale.toString(r.unchanged),
             locale.toString(r.missing), locale.toString(r.rejectedCount));
}

} // namespace

// ------------------------------------------------------------------------------------------- dry run

ImportDryRunPage::ImportDryRunPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_runner(new ImportRunner(this))
{
    setTitle(tr("Check what will change"));
    setSubTitle(tr("A dry run: the whole import, rolled back. Nothing is changed yet."));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("dryRunProgress"));
    m_progress->setRange(0, 1000);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dryRunSummary"));
    m_summary->setWordWrap(true);

    m_changes = new QTreeWidget(this);
    m_changes->setObjectName(QStringLiteral("changesTree"));
    m_changes->setHeaderLabels({tr("Device / field"), tr("Before"), tr("After")});
    m_changes->setColumnWidth(0, 340); // fixed: measuring ten thousand diffs would stall the window
    m_changes->setColumnWidth(1, 260);
    m_rejected = new QTableWidget(this);
    m_rejected->setObjectName(QStringLiteral("rejectedTable"));
    m_rejected->setColumnCount(2);
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Reason")});
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->verticalHeader()->hide();
    m_missing = new QTreeWidget(this);
    m_missing->setObjectName(QStringLiteral("missingTree"));
    m_missing->setHeaderLabels({tr("Serial number"), tr("Device name")});
    m_missing->setColumnWidth(0, 240);
    // A note is a sentence or two: read whole, wrapped at the edge (re-measured as the list resizes), not cut off.
    m_notes = new QListWidget(this);
    m_notes->setObjectName(QStringLiteral("notesList"));
    m_notes->setWordWrap(true);
    m_notes->setResizeMode(QListView::Adjust);
    m_notes->setSpacing(2);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dryRunTabs"));
    m_tabs->addTab(m_changes, tr("Changes"));
    m_tabs->addTab(m_rejected, tr("Rejected rows"));
    m_tabs->addTab(m_missing, tr("Missing from the file"));
    m_tabs->addTab(m_notes, tr("Notes"));

    m_exportRejected = new QPushButton(tr("E&xport rejected rows..."), this);
    m_exportRejected->setObjectName(QStringLiteral("exportRejectedButton"));
    m_skipRejected = new QCheckBox(tr("Apply the other rows and &skip the rejected ones"), this);
    m_skipRejected->setObjectName(QStringLiteral("skipRejectedCheck"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_skipRejected, 1);
    bottom->addWidget(m_exportRejected);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    connect(m_runner, &ImportRunner::progress, m_progress, &QProgressBar::setValue);
    connect(m_runner, &ImportRunner::finished, this, &ImportDryRunPage::showReport);
    connect(m_exportRejected, &QPushButton::clicked, this, &ImportDryRunPage::exportRejected);
    connect(m_skipRejected, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard.options().skipRejected = on;
        emit completeChanged();
    });
}

void ImportDryRunPage::initializePage()
{
    m_done = false;
    m_wizard.dryRunReport().reset();
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Reading the file..."));
    for (QTreeWidget* tree : {m_changes, m_missing})
        tree->clear();
    m_notes->clear();
    m_rejected->setRowCount(0);
    m_exportRejected->setEnabled(false);
    m_skipRejected->setChecked(false);
    ImportOptions options = m_wizard.options();
    options.dryRun = true;
    m_runner->start(m_wizard.session().databasePath(), m_wizard.file(), options);
    emit completeChanged();
}

void ImportDryRunPage::cleanupPage()
{
    m_runner->cancel();
}

void ImportDryRunPage::showReport()
{
    m_done = true;
    m_progress->hide();
    const auto& result = *m_runner->result();
    if (!result) {
        m_summary->setText(tr("The file cannot be imported: %1").arg(result.errorMessage()));
        emit completeChanged();
        return;
    }
    const ImportReport& report = result.value();
    m_wizard.dryRunReport() = report;
    if (report.cancelled) {
        m_summary->setText(tr("Cancelled."));
        emit completeChanged();
        return;
    }
    m_summary->setText(summaryText(report));
    for (const DeviceDiff& diff : report.diffs) {
        auto* item = new QTreeWidgetItem(m_changes);
        const QString name = diff.serial.isEmpty() ? diff.hostname : diff.serial + u' ' + diff.hostname;
        item->setText(0, (diff.created ? tr("New: %1 (line %2)") : tr("%1 (line %2)")).arg(name).arg(diff.line));
        for (const FieldChange& change : diff.changes) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0, deviceFieldName(change.field));
            child->setText(1, deviceFieldValueText(change.field, change.before));
            child->setText(2, deviceFieldValueText(change.field, change.after));
        }
    }
    m_rejected->setRowCount(int(report.rejected.size()));
    for (int i = 0; i < report.rejected.size(); ++i) {
        m_rejected->setItem(i, 0, new QTableWidgetItem(QString::number(report.rejected[i].line)));
        m_rejected->setItem(i, 1, new QTableWidgetItem(report.rejected[i].reason));
    }
    for (const MissingDevice& device : report.missingDevices)
        new QTreeWidgetItem(m_missing, {device.serial, device.hostname});
    for (const QString& warning : report.warnings)
        m_notes->addItem(warning);
    if (!report.ignoredColumns.isEmpty())
        m_notes->addItem(tr("Columns not read (map them in the previous step if they matter): %1")
                             .arg(report.ignoredColumns.join(QStringLiteral(", "))));
    for (const SuggestedColumn& suggestion : report.suggestedColumns) {
        const auto field = parseImportField(suggestion.field);
        m_notes->addItem(tr("The column \"%1\" looks like %2: map it in the previous step to import it.")
                             .arg(suggestion.column, field ? importFieldName(*field) : suggestion.field));
    }
    for (const HostnameMatch& match : report.hostnameMatches)
        m_notes->addItem(tr("Line %1: the serial \"%2\" is missing or a placeholder; matched on the device name %3.")
                             .arg(match.line)
                             .arg(match.rawSerial, match.hostname));
    if (report.rejectedCount > report.rejected.size())
        m_notes->addItem(
            tr("%1 rows were rejected; the first %2 are listed.")
                .arg(QLocale().toString(report.rejectedCount), QLocale().toString(report.rejected.size())));
    // Each tab says how much it holds, so a warning on the last one is not missed.
    const QLocale locale;
    m_tabs->setTabText(0, tr("Changes (%1)").arg(locale.toString(report.created + report.updated)));
    m_tabs->setTabText(1, tr("Rejected rows (%1)").arg(locale.toString(report.rejectedCount)));
    m_tabs->setTabText(2, tr("Missing from the file (%1)").arg(locale.toString(report.missing)));
    m_tabs->setTabText(3, tr("Notes (%1)").arg(locale.toString(m_notes->count())));
    m_exportRejected->setEnabled(!report.rejected.isEmpty());
    m_skipRejected->setEnabled(report.rejectedCount > 0);
    emit completeChanged();
}

bool ImportDryRunPage::isComplete() const
{
    const auto& report = m_wizard.dryRunReport();
    return m_done && report && !report->cancelled && (report->rejectedCount == 0 || m_skipRejected->isChecked());
}

void ImportDryRunPage::exportRejected()
{
    const auto& report = m_wizard.dryRunReport();
    if (!report)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export rejected rows"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + report->rejectedCsv().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        m_summary->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
}

// --------------------------------------------------------------------------------------------- apply

ImportApplyPage::ImportApplyPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_runner(new ImportRunner(this))
{
    setTitle(tr("Apply the import"));
    setSubTitle(tr("All rows are saved in one step, or none: Cancel leaves the register as it was."));
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("applyProgress"));
    m_progress->setRange(0, 1000);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("applyResultLabel"));
    m_result->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch(1);
    connect(m_apply, &QPushButton::clicked, this, &ImportApplyPage::apply);
    connect(m_runner, &ImportRunner::progress, m_progress, &QProgressBar::setValue);
    connect(m_runner, &ImportRunner::finished, this, &ImportApplyPage::finished);
}

void ImportApplyPage::initializePage()
{
    m_done = false;
    m_progress->setValue(0);
    m_apply->setEnabled(true);
    const auto& report = m_wizard.dryRunReport();
    m_result->setText(report ? summaryText(*report) : QString());
}

void ImportApplyPage::apply()
{
    m_apply->setEnabled(false);
    m_result->setText(tr("Importing..."));
    ImportOptions options = m_wizard.options();
    options.dryRun = false;
    options.beforeCommit = StatusSnapshotStore::importHook();
    m_runner->start(m_wizard.session().databasePath(), m_wizard.file(), options);
}

bool ImportApplyPage::cancelRunning()
{
    if (!m_runner->isRunning())
        return false;
    m_result->setText(tr("Cancelling..."));
    m_runner->cancel();
    return true;
}

void ImportApplyPage::finished()
{
    const auto& result = *m_runner->result();
    if (!result || result->cancelled || !result->applied) {
        // Nothing was stored: the bar goes back to the start instead of standing where the work stopped, and the
        // import can be applied again (after freeing disk space, say).
        m_progress->setValue(0);
        m_apply->setEnabled(true);
        if (!result)
            m_result->setText(tr("Nothing was changed: %1").arg(result.errorMessage()));
        else if (result->cancelled)
            m_result->setText(tr("Cancelled: nothing was changed."));
        else {
            const int rejected = int(std::min(result->rejectedCount, qint64(INT_MAX)));
            m_result->setText(tr("Nothing was changed: %n row(s) were rejected.", nullptr, rejected));
        }
    } else {
        m_done = true;
        m_progress->setValue(1000);
        m_result->setText(tr("Imported. %1").arg(summaryText(result.value())));
        // Nothing left to cancel. (Hiding the button itself did not last: QWizard shows it again when it updates
        // its buttons, as completeChanged() below makes it do.)
        m_wizard.setOption(QWizard::NoCancelButton, true);
        m_wizard.session().notifyDataChanged();
    }
    emit completeChanged();
}

bool ImportApplyPage::isComplete() const
{
    return m_done;
}

bool ImportApplyPage::validatePage()
{
    return !m_runner->isRunning();
}

} // namespace rullering
